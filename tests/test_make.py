"""`briefing make`: the notes, read back from the files a user gets."""
from __future__ import annotations

import re
from decimal import Decimal
from pathlib import Path

import pytest
from docx import Document as read_docx

from conftest import ROOT, SEED, pdf_text, run_cli, squash


@pytest.fixture(scope="module")
def notes(tmp_path_factory) -> dict[str, Path]:
    out = tmp_path_factory.mktemp("notes")
    made = {}
    for name, args in {"energy": ["--topic", "energy"], "trade": ["--topic", "торговля"], "overview": [],
                       "p2025": ["--period", "2025"], "p2015": ["--topic", "energy", "--period", "2015-2016"]}.items():
        sub = out / name
        proc = run_cli("make", *args, "--out", sub, check=True)
        paths = [Path(p) for p in proc.stdout.split()]
        assert [p.suffix for p in paths] == [".docx", ".pdf"] and all(p.exists() for p in paths)
        made[name] = sub
    return made


def _one(folder: Path, ext: str) -> Path:
    (path,) = folder.glob(f"*.{ext}")
    return path


def _load():
    import sys
    sys.path.insert(0, str(ROOT))
    from briefing.dossier.load import load_dossier
    dossier, problems = load_dossier(SEED)
    assert not problems
    return dossier


def test_stdout_is_paths_only(tmp_path):
    proc = run_cli("make", "--topic", "energy", "--format", "pdf", "--out", tmp_path, check=True)
    assert proc.stdout.strip() == str(tmp_path / "energy_ru.pdf")


def test_docx_structure(notes):
    doc = read_docx(_one(notes["energy"], "docx"))
    headings = [p.text for p in doc.paragraphs if p.style.name.startswith("Heading 1")]
    for name in ("Цель", "Основные тезисы", "Общие сведения", "Текущее состояние", "Источники"):
        assert any(h.endswith(name) for h in headings), (name, headings)
    assert any(p.style.name == "Title" and p.text == "СПРАВКА" for p in doc.paragraphs)
    headers = [[c.text for c in t.rows[0].cells] for t in doc.tables]
    # no energy project has a value in the dossier: the column that would hold only dashes is left out
    assert ["Проект", "Отрасль", "Статус", "Источник"] in headers
    assert ["Дата", "Документ", "Уровень", "Стороны", "Источник"] in headers
    projects = next(t for t in doc.tables if t.rows[0].cells[0].text == "Проект")
    assert len(projects.rows) >= 3
    names = " ".join(r.cells[0].text for r in projects.rows[1:])
    assert "урана" in names
    # energy's one chart would be a single bar (all its projects are of one sector): left out; trade has one
    assert len(doc.inline_shapes) == 0
    assert len(read_docx(_one(notes["trade"], "docx")).inline_shapes) >= 1
    assert doc.core_properties.language == "ru"


def _docx_text(path: Path) -> str:
    doc = read_docx(path)
    return squash(" ".join([p.text for p in doc.paragraphs] +
                           [c.text for t in doc.tables for r in t.rows for c in r.cells]))


def test_pdf_text_and_russian_figures(notes):
    text = squash(pdf_text(_one(notes["overview"], "pdf")))
    assert "СПРАВКА" in text and "о казахстанско-японском сотрудничестве" in text
    # Figures of the running text, as the Russian rules write them (table cells may wrap in the PDF).
    for figure in ("порядка 9 млрд долл. США", "более 9 млрд долл. США", "1,2 млрд долл. США", "18,6%",
                   "635,2 млн долл. США"):
        assert figure in text, figure
    assert not re.search(r"\d (млн|млрд)\.", text)  # «млн», «млрд» take no full stop
    everything = _docx_text(_one(notes["overview"], "docx"))
    for figure in ("почти 2 млрд долл. США", "698 млн долл. США", "52,5 млн долл. США", "более 4 млрд долл. США", "около 60 компаний",
                   "порядка 350 компаний", "9 проектов", "1 млрд долл. США"):
        assert figure in everything, figure


def test_energy_note_is_on_topic(notes):
    text = squash(pdf_text(_one(notes["energy"], "pdf")))
    body = text.split("Источники")[0] + text.split("Приложения")[-1]   # the source list summarises whole articles
    assert "урана" in body and "ветроэнергетической" in body
    for off_topic in ("безвиз", "визов", "вуз", "ЭКСПО-2017", "товарооборот"):
        assert off_topic not in body, off_topic


def test_energy_note_holds_every_energy_fact(notes):
    dossier = _load()
    body = _docx_text(_one(notes["energy"], "docx"))
    energy = [f for f in dossier.facts if "energy" in f.topics]
    assert len(energy) >= 8
    for fact in energy:
        shown = fact.person.name.ru if fact.person else fact.title.ru
        assert squash(shown) in body, fact.id


def test_period_filter(notes):
    dossier = _load()
    body = _docx_text(_one(notes["p2025"], "docx"))
    assert "Период: 2025 г." in body
    assert "635,2 млн долл. США" in body
    # 2015–2016 facts are out: the 2016 business forum and its 1.2 billion, the 2015 turnover.
    assert "1,2 млрд" not in body and "1,5 млрд" not in body
    assert "ноябрь 2016" not in body and "2015 г." not in body
    only_2015 = squash(pdf_text(_one(notes["p2015"], "pdf")))
    assert "2025" not in only_2015.replace("2015–2016", "")


def test_trade_note_has_turnover_chart_and_figures(notes):
    doc = read_docx(_one(notes["trade"], "docx"))
    captions = [p.text for p in doc.paragraphs if p.style.name == "Caption"]
    assert any(c.startswith("Рисунок 1.") and "товарооборот" in c for c in captions), captions
    text = squash(pdf_text(_one(notes["trade"], "pdf")))
    assert "1,5 млрд долл. США" in text
    # in a table cell, which may wrap in the PDF: whole in the DOCX's text
    assert "почти 2 млрд долл. США" in _docx_text(_one(notes["trade"], "docx"))


def _allowed_numbers(dossier) -> set[Decimal]:
    """Every number a verified fact (or a source's metadata) licenses a note to print, at every scale."""
    from briefing.textnum import numbers_in
    allowed: set[Decimal] = set()
    for f in dossier.facts:
        if f.value is not None:
            for scale in (1, 10**3, 10**6, 10**9, 10**12):
                allowed.add((f.value.amount / scale).normalize())
        if f.count is not None:
            allowed.add(Decimal(f.count))
        if f.percent is not None:
            allowed.add(abs(f.percent).normalize())
        for loc in (f.title, *( (f.person.name, f.person.post) if f.person else ())):
            for lang in ("ru", "kk", "en"):
                allowed |= numbers_in(loc.get(lang) or "")
    for d in [f.when for f in dossier.facts if f.when] + [s.when for s in dossier.sources.values()]:
        allowed |= {Decimal(d.start.year), Decimal(d.end.year), Decimal(d.start.day), Decimal(d.end.day)}
    for s in dossier.sources.values():
        allowed |= numbers_in(s.title)
    return {a.normalize() for a in allowed}


def test_every_number_in_a_note_comes_from_a_verified_fact(notes):
    from briefing.compose.note import NoteRequest, compose
    from briefing.model import Heading, ListBlock, Paragraph, Table
    from briefing.textnum import numbers_in
    dossier = _load()
    allowed = _allowed_numbers(dossier)
    for request in (NoteRequest(), NoteRequest(lang="ru")):
        doc = compose(dossier, request).document
        texts = [doc.meta.subtitle]
        for b in doc.blocks:
            if isinstance(b, (Paragraph,)):
                texts.append(b.text)
            elif isinstance(b, ListBlock):
                texts.extend(b.items)
            elif isinstance(b, Table):
                texts.extend(c for row in b.rows for c in row)
        for text in texts:
            bare = re.sub(r"\[\d+(?:, \d+)*\]", "", text)  # citations are references, not figures
            for n in numbers_in(bare, "ru"):
                assert n.normalize() in allowed, (n, text)


def test_charts_drawn_or_from_the_cache_give_the_same_note(tmp_path):
    """A note made with charts drawn afresh and one made from the chart cache are byte for byte the same; a
    damaged cache entry is drawn again."""
    forked = tmp_path / "first"
    run_cli("make", "--out", forked, check=True)   # the overview: its three charts, drawn
    notes = ("overview_ru.docx", "overview_ru.pdf")
    first = {n: (forked / n).read_bytes() for n in notes}
    run_cli("make", "--out", forked, check=True)   # from the cache
    assert {n: (forked / n).read_bytes() for n in notes} == first

    cache = forked / ".cache" / "charts"
    pictures = sorted(cache.glob("*.svg"))
    assert len(pictures) == 3   # timeline, portfolio, trade; the values chart mixes measures (charts.enough)
    pictures[0].write_bytes(pictures[0].read_bytes()[:500])   # damaged: a picture cut short
    next(cache.glob("*.json")).write_text("{not json")   # damaged: unreadable metadata
    run_cli("make", "--out", forked, check=True)
    assert {n: (forked / n).read_bytes() for n in notes} == first
    assert pictures[0].read_bytes().startswith(b"<?xml")


def test_an_archive_note_keeps_its_annexes_short(tmp_path):
    """At 20,000 facts the overview still has its charts (three: the values chart would mix stocks, flows and
    grants, and is left out), and its annexes say how many facts they leave out."""
    import subprocess
    import sys
    archive = tmp_path / "archive"
    subprocess.run([sys.executable, str(ROOT / "bench" / "synth.py"), str(archive), "--facts", "20000"],
                   check=True, capture_output=True)
    forked = tmp_path / "out"
    run_cli("make", "--dossier", archive, "--out", forked, "--format", "pdf", check=True)
    text = squash(pdf_text(forked / "overview_ru.pdf"))
    assert "Рисунок 3." in text and "… и ещё в досье:" in text   # three charts; annexes say how many they leave out
