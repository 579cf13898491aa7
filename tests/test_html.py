"""The HTML note, read as a reader sees it: opened in a real browser (headless chromium driven by selenium)."""
from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from conftest import SEED, run_cli, squash, headless_chromium

PROJECT_TITLE = "    ru: Добыча природного урана\n"      # a project of the energy note: a row of its first table
FACTS = "facts/2015-2016.yaml"
MARKUP = "Добыча <script>window.pwned = 1</script> & <b>урана</b> &amp; \"кавычки\" 'апостроф'"


@pytest.fixture(scope="module")
def browser():
    yield from headless_chromium("1280,1024")


def _open(browser, path: Path):
    browser.get(path.resolve().as_uri())
    return browser


def _texts(browser, selector: str) -> list[str]:
    """The visible texts of the elements, whitespace squashed (a browser shows a no-break space as a space)."""
    from selenium.webdriver.common.by import By
    return [squash(el.text) for el in browser.find_elements(By.CSS_SELECTOR, selector)]


def _build(lang: str, out: Path, dossier: Path = SEED, topic: str = "trade"):
    """The note built by the function `briefing make` calls: its composed Document and its HTML file."""
    from briefing.compose.note import NoteRequest
    from briefing.make import build_note, load_checked
    from briefing.topics import resolve

    request = NoteRequest(topic=resolve(topic), lang=lang, chart_cache=out / ".cache" / "charts")
    built = build_note(load_checked(dossier), request, ["html"], out)
    return built.document, next(p for p in built.paths if p.suffix == ".html")


@pytest.mark.parametrize("lang", ["ru", "kk", "en"])
def test_the_trade_note_reads_in_a_browser(browser, tmp_path, lang):
    from selenium.webdriver.common.by import By

    document, path = _build(lang, tmp_path / "out")
    meta = document.meta
    _open(browser, path)
    assert browser.execute_script("return document.documentElement.lang") == lang
    assert browser.title == meta.title
    assert browser.find_element(By.TAG_NAME, "h1").text == "\n".join(meta.title_lines)
    assert squash(meta.subtitle) in _texts(browser, "body")[0]

    # Every heading, numbered, in order: the sections of the note.
    headings = [squash(b.label) for b in document.blocks if b.kind == "heading"]
    assert _texts(browser, "h2, h3, h4") == headings
    assert re.match(r"1\. \S", headings[0]) and len(headings) >= 6

    # The first table: its numbered caption, its header and a cell.
    table = next(b for b in document.blocks if b.kind == "table")
    shown = browser.find_element(By.TAG_NAME, "table")
    caption = squash(shown.find_element(By.TAG_NAME, "caption").text)
    assert caption == squash(table.label) and caption.startswith(f"{meta.table_label} 1. ")
    assert {"ru": "Таблица", "kk": "Кесте", "en": "Table"}[lang] == meta.table_label
    assert _texts(browser, "table:first-of-type th") == [squash(c) for c in table.columns]
    assert _texts(browser, "table:first-of-type tbody tr:first-child td") == [squash(c) for c in table.rows[0]]

    # The figure: drawn as SVG, of a size one can see, with its numbered caption and its text searchable.
    figure = next(b for b in document.blocks if b.kind == "figure")
    svg = browser.find_element(By.CSS_SELECTOR, "figure svg")
    assert svg.is_displayed()
    assert svg.size["width"] > 300 and svg.size["height"] > 50, svg.size
    assert _texts(browser, "figure figcaption")[0] == squash(figure.label)
    assert figure.label.startswith(f"{meta.figure_label} 1. ")
    assert browser.execute_script("return document.querySelectorAll('figure svg text').length") > 3
    assert browser.execute_script("return document.querySelectorAll('figure img').length") == 0

    if lang == "ru":   # what the seed note says, word for word
        assert browser.title == "СПРАВКА о казахстанско-японском сотрудничестве"
        assert headings[:3] == ["1. Цель", "2. Основные тезисы", "3. Общие сведения"]
        assert any(h.endswith("Источники") for h in headings)
        assert caption.startswith("Таблица 1. ") and _texts(browser, "figure figcaption")[0].startswith("Рисунок 1. ")

    # The marking, as the language's practice places it.
    markings = browser.find_elements(By.CSS_SELECTOR, "p.marking")
    assert [m.text for m in markings if m.is_displayed()] == [meta.marking] * len(markings)
    body_text = _texts(browser, "body")[0].strip()
    if lang == "en":   # capitals, at the top and at the bottom
        assert meta.marking == meta.marking.upper() == "OFFICIAL"
        assert len(markings) == 2
        assert body_text.startswith(meta.marking) and body_text.endswith(meta.marking)
        assert _centred(browser, markings[0])
    else:              # once, top right of the first page
        assert meta.marking != meta.marking.upper()
        assert len(markings) == 1 and body_text.startswith(meta.marking)
        assert _right_aligned(browser, markings[0])


def _text_box(browser, element) -> dict:
    """Where the text of an element stands on screen, beside the element's own box."""
    return browser.execute_script("""
        const el = arguments[0], range = document.createRange();
        range.selectNodeContents(el);
        const text = range.getBoundingClientRect(), box = el.getBoundingClientRect();
        return {left: text.left, right: text.right, boxLeft: box.left, boxRight: box.right};""", element)


def _right_aligned(browser, element) -> bool:
    box = _text_box(browser, element)
    return abs(box["right"] - box["boxRight"]) < 2 and box["left"] - box["boxLeft"] > 100


def _centred(browser, element) -> bool:
    box = _text_box(browser, element)
    return abs((box["left"] - box["boxLeft"]) - (box["boxRight"] - box["right"])) < 2 and box["left"] > box["boxLeft"]


def test_markup_in_a_fact_shows_literally(browser, tmp_path, dossier_copy):
    """`<script>`, `<b>`, `&`, `&amp;` and quotes in a fact's title are text on the page, through the real command."""
    facts = dossier_copy / FACTS
    text = facts.read_text(encoding="utf-8")
    assert PROJECT_TITLE in text
    facts.write_text(text.replace(PROJECT_TITLE, "    ru: " + json.dumps(MARKUP, ensure_ascii=False) + "\n"),
                     encoding="utf-8")
    out = tmp_path / "out"
    proc = run_cli("make", "--dossier", dossier_copy, "--topic", "energy", "--format", "html", "--out", out,
                   check=True)
    assert proc.stdout.strip() == str(out / "energy_ru.html")
    _open(browser, out / "energy_ru.html")
    assert MARKUP in _texts(browser, "td")
    assert browser.execute_script("return window.pwned") is None
    assert browser.execute_script("return document.scripts.length") == 0
    assert browser.execute_script("return document.querySelectorAll('td b').length") == 0


def test_a_tampered_chart_runs_nothing_in_the_page(browser, tmp_path):
    """The charts' SVG comes from a cache anyone with the output folder can edit: a script, an event handler or
    a picture from elsewhere put into it does not reach the page, and the chart is still drawn."""
    out = tmp_path / "out"
    _build("ru", out)
    cached = sorted((out / ".cache" / "charts").glob("*.svg"))
    assert cached
    for svg in cached:
        data = svg.read_text(encoding="utf-8")
        data = re.sub(r"<svg\b", '<svg onload="window.pwned = 2"', data, count=1)
        data = data.replace("</svg>", '<script>window.pwned = 1</script><image href="http://127.0.0.1:9/x.png"/>'
                                      '<foreignObject><p xmlns="http://www.w3.org/1999/xhtml" onclick="1">x</p>'
                                      "</foreignObject></svg>")
        svg.write_text(data, encoding="utf-8")
    _, path = _build("ru", out)
    page = path.read_text(encoding="utf-8")
    assert "pwned" not in page and "127.0.0.1" not in page and "foreignObject" not in page
    _open(browser, path)
    assert browser.execute_script("return window.pwned") is None
    assert browser.execute_script("return document.scripts.length") == 0
    from selenium.webdriver.common.by import By
    svg = browser.find_element(By.CSS_SELECTOR, "figure svg")
    assert svg.is_displayed() and svg.size["height"] > 50


def test_two_charts_in_one_page_keep_their_own_clip_paths(browser, tmp_path):
    """The overview shows several charts: each SVG's ids are its own, so no chart borrows another's clipping."""
    from selenium.webdriver.common.by import By

    from briefing.compose.note import NoteRequest
    from briefing.make import build_note, load_checked

    out = tmp_path / "out"
    built = build_note(load_checked(SEED), NoteRequest(lang="ru", chart_cache=out / ".cache"), ["html"], out)
    figures = [b for b in built.document.blocks if b.kind == "figure"]
    assert len(figures) >= 2
    _open(browser, built.paths[0])
    ids = browser.execute_script("return [...document.querySelectorAll('[id]')].map(e => e.id)")
    assert len(ids) == len(set(ids))
    dangling = browser.execute_script("""
        const refs = [...document.querySelectorAll('[clip-path], use')].map(
            e => (e.getAttribute('clip-path') || e.getAttribute('href') || '').replace(/^url\\(#|\\)$|^#/g, ''));
        return refs.filter(id => id && !document.getElementById(id));""")
    assert dangling == []
    sizes = [s.size for s in browser.find_elements(By.CSS_SELECTOR, "figure svg")]
    assert len(sizes) == len(figures) and all(s["height"] > 50 for s in sizes)


def test_the_same_note_gives_the_same_bytes(tmp_path):
    first = _build("kk", tmp_path / "a")[1].read_bytes()
    second = _build("kk", tmp_path / "b")[1].read_bytes()
    assert first == second
