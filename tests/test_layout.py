"""Layout a reader notices: words in narrow table columns break at a syllable with a hyphen, columns are as wide
as what they hold and none says nothing in every row, the DOCX names Times New Roman and keeps rows whole so
Word and LibreOffice lay it out as the PDF, and a chart is drawn only where it carries information."""
from __future__ import annotations

import io
import re
import shutil
import subprocess
import zipfile
from dataclasses import replace
from pathlib import Path

import pytest

from conftest import ROOT, SEED, pdf_text

SHY = "\u00ad"
NARROW_WORDS = ("высокотехнологичный", "машиностроительный", "промышленность", "коммерческий",
                "межправительственный", "сельскохозяйственный")


@pytest.fixture(scope="module")
def overview():
    """The seed's overview in Russian, composed (the note with every annex table)."""
    from briefing.compose.note import NoteRequest, compose
    from briefing.make import load_checked
    return compose(load_checked(SEED), NoteRequest(lang="ru")).document


def _style():
    from briefing.compose.catalog import style
    from briefing import resources
    return style(resources.templates())


def _render(document, fmt: str) -> bytes:
    from briefing.writers import writer
    from briefing.writers.common import WriteOptions
    return writer(fmt)(document, WriteOptions(style=_style()))


def _narrow_note(lang: str = "ru"):
    """A note of one table whose six columns each hold long words: none can be as wide as its longest word."""
    from briefing.model import Document, Meta, Table
    meta = Meta(lang=lang, title="T", table_label="Таблица")
    columns = tuple(f"К{i}" for i in range(6))
    rows = tuple(tuple(" ".join(NARROW_WORDS[(i + j) % 6] for j in range(3)) for i in range(6)) for _ in range(2))
    return Document(meta, (Table(1, "Узкие столбцы", columns, rows).laid_out(meta),))


# --- hyphenation ---------------------------------------------------------------------------------------------

@pytest.mark.parametrize("lang, text, expected", [
    ("ru", "промышленность", "про-мыш-лен-ность"),
    ("ru", "Источник", "Ис-точ-ник"),
    ("en", "implemented", "im-ple-men-ted"),
    ("kk", "Қазақстан", "Қа-зақ-стан"),
    ("kk", "өнеркәсіптік", "өнер-кә-сіп-тік"),
    ("kk", "ауылшаруашылығы", "ауыл-ша-ру-а-шы-лы-ғы"),
    ("kk", "Республикасының", "Рес-пуб-ли-ка-сы-ның"),
    ("ru", "ВВП и ЭКСПО 2017 г.", "ВВП и ЭКСПО 2017 г."),      # abbreviations, short words and figures: unbroken
])
def test_words_break_at_syllables(lang, text, expected):
    from briefing.hyphenate import hyphenate
    assert hyphenate(text, lang).replace(SHY, "-") == expected


def test_a_narrow_column_breaks_words_only_with_a_hyphen(tmp_path):
    """In the PDF, each line of a narrow cell ends with a whole word or a syllable and a hyphen: joined again at
    the hyphens, the lines give back exactly the words of the cell."""
    import pdfplumber
    document = _narrow_note()
    table = document.blocks[0]
    assert all(SHY in cell for row in table.rows for cell in row)
    path = tmp_path / "narrow.pdf"
    path.write_bytes(_render(document, "pdf"))
    assert SHY not in subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True).stdout
    with pdfplumber.open(path) as pdf:
        page = pdf.pages[0]
        left = 30 * 72 / 25.4
        edges = [left]
        for share in table.shares:
            edges.append(edges[-1] + share * 467.7)
        broken = 0
        header = max(w["bottom"] for w in page.extract_words() if re.fullmatch("К[0-5]", w["text"]))
        for x0, x1 in zip(edges, edges[1:]):
            words = page.crop((x0 + 1, header + 1, x1 - 1, page.height)).extract_words(keep_blank_chars=False)
            text = " ".join(w["text"] for w in words)
            broken += text.count("- ")
            joined = re.sub(r"- ", "", text)
            assert set(joined.split()) <= set(NARROW_WORDS), (text, joined)
        assert broken   # the words did not fit: they were broken, each at a hyphen


def test_the_docx_marks_soft_hyphens_as_word_does(tmp_path):
    xml = zipfile.ZipFile(io.BytesIO(_render(_narrow_note(), "docx"))).read("word/document.xml").decode()
    assert "<w:softHyphen/>" in xml
    assert SHY not in xml   # as w:softHyphen, never as a character Word might print


def test_soft_hyphens_in_html_only_inside_words():
    html = _render(_narrow_note(), "html").decode()
    assert SHY in html and not re.search(f"(^|[\\s>]){SHY}|{SHY}([\\s<]|$)", html)


# --- columns -------------------------------------------------------------------------------------------------

def _is_empty(cell: str) -> bool:
    return cell.replace(SHY, "").strip() in {"", "—", "–", "-"}


def test_no_table_has_a_column_that_says_nothing(overview):
    tables = [b for b in overview.blocks if b.kind == "table"]
    assert tables
    for table in tables:
        for j, name in enumerate(table.columns):
            assert not all(_is_empty(row[j]) for row in table.rows), (table.label, name)


def test_the_projects_table_drops_its_dash_only_value_column():
    from briefing.model import Meta, Table
    meta = Meta(lang="ru", title="T", table_label="Таблица")
    table = Table(1, "Проекты", ("Проект", "Стоимость", "Источник"),
                  (("Завод", "—", "[1]"), ("Порт", "", "[2]"))).laid_out(meta)
    assert table.columns == ("Проект", "Источник")
    assert [len(r) for r in table.rows] == [2, 2] and abs(sum(table.shares) - 1) < 1e-9


def test_columns_are_sized_from_their_content(overview):
    """A column is at least as wide as its longest header word (bold) and its longest syllable; a column of
    short dates and citations is narrower than one of long descriptions."""
    from briefing import resources
    from briefing.layout import measure
    meta = overview.meta
    fonts = resources.fonts()
    for table in (b for b in overview.blocks if b.kind == "table"):
        for j, name in enumerate(table.columns):
            room = table.shares[j] * meta.text_width - meta.cell_padding
            for word in name.split():
                assert measure(word, fonts / meta.font_bold, meta.table_size) <= room + 0.01, (table.label, word)
            for row in table.rows:
                for word in row[j].split():
                    pieces = word.split(SHY)
                    for piece in [p + "-" for p in pieces[:-1]] + pieces[-1:]:
                        assert measure(piece, fonts / meta.font_regular, meta.table_size) <= room + 0.01, \
                            (table.label, piece)
        if "Источник" in table.columns and len(table.columns) > 2:
            source = table.columns.index("Источник")
            assert table.shares[source] < max(table.shares) / 2


def test_the_pdf_of_the_overview_has_no_unhyphenated_break_in_its_tables(overview, tmp_path):
    """pdftotext of the note has none of the breaks the old layout printed («промы / шленность»)."""
    path = tmp_path / "overview.pdf"
    path.write_bytes(_render(overview, "pdf"))
    text = pdf_text(path)
    for bad in ("промы\n", "коммерческ\n", "Источни\n", "implemente\n"):
        assert bad not in text


# --- DOCX ----------------------------------------------------------------------------------------------------

def test_docx_names_times_new_roman_and_keeps_rows_whole(overview):
    data = zipfile.ZipFile(io.BytesIO(_render(overview, "docx")))
    styles = data.read("word/styles.xml").decode()
    defaults = re.search(r"<w:docDefaults>.*?</w:docDefaults>", styles, re.S)[0]
    assert re.search(r'<w:rFonts[^>]*w:ascii="Times New Roman"[^>]*w:hAnsi="Times New Roman"', defaults)
    assert "Theme" not in defaults.split("<w:pPrDefault>")[0]
    normal = re.search(r'<w:style [^>]*w:styleId="Normal".*?</w:style>', styles, re.S)[0]
    for attr in ("ascii", "hAnsi", "cs", "eastAsia"):
        assert f'w:{attr}="Times New Roman"' in normal
    document = data.read("word/document.xml").decode()
    rows = re.findall(r"<w:tr[ >].*?</w:tr>", document, re.S)
    assert rows and all("<w:cantSplit" in row for row in rows)
    # Lines set exactly as the PDF sets them, but never a picture's line: that would clip the chart to a strip.
    assert 'w:lineRule="exact"' in styles
    pictures = [p for p in re.findall(r"<w:p[ >].*?</w:p>", document, re.S) if "<w:drawing" in p]
    assert pictures and not any('w:lineRule="exact"' in p for p in pictures)
    tables = re.findall(r"<w:tbl>.*?</w:tbl>", document, re.S)
    assert tables and all("<w:tblHeader" in re.search(r"<w:tr[ >].*?</w:tr>", t, re.S)[0] for t in tables)


def _fontconfig(tmp_path: Path) -> dict:
    """An environment in which LibreOffice finds the bundled Liberation fonts (the metric twins of Times New
    Roman it maps the name to) whatever the machine has installed."""
    conf = tmp_path / "fonts.conf"
    conf.write_text(f"""<?xml version="1.0"?><!DOCTYPE fontconfig SYSTEM "fonts.dtd"><fontconfig>
<include ignore_missing="yes">/etc/fonts/fonts.conf</include><dir>{ROOT / 'briefing' / 'fonts'}</dir>
<cachedir>{tmp_path / 'fc-cache'}</cachedir></fontconfig>""")
    import os
    return {**os.environ, "FONTCONFIG_FILE": str(conf)}


@pytest.mark.skipif(not shutil.which("soffice"), reason="LibreOffice not installed (scripts/setup.sh --test)")
def test_docx_and_pdf_run_to_the_same_number_of_pages(tmp_path):
    """LibreOffice lays the DOCX out within a page of the PDF writer, for a topic note and the overview."""
    from briefing.compose.note import NoteRequest
    from briefing.make import build_note, load_checked
    from briefing.topics import resolve
    dossier = load_checked(SEED)
    out = tmp_path / "out"
    built = [build_note(dossier, NoteRequest(topic=resolve(t) if t else None, lang=lang), ["docx", "pdf"], out)
             for t, lang in (("trade", "ru"), (None, "kk"))]
    docx = [p for b in built for p in b.paths if p.suffix == ".docx"]
    lo = tmp_path / "lo"
    subprocess.run(["soffice", "--headless", f"-env:UserInstallation=file://{tmp_path}/profile", "--convert-to",
                    "pdf", "--outdir", str(lo), *map(str, docx)], capture_output=True, timeout=300, check=True,
                   env=_fontconfig(tmp_path))

    def pages(path: Path) -> int:
        info = subprocess.run(["pdfinfo", str(path)], capture_output=True, text=True, check=True).stdout
        return int(re.search(r"Pages:\s+(\d+)", info)[1])

    for d in docx:
        assert abs(pages(lo / f"{d.stem}.pdf") - pages(d.with_suffix(".pdf"))) <= 1, d.stem


# --- charts --------------------------------------------------------------------------------------------------

def _spec(**kw):
    from briefing.charts import ChartSpec
    base = {"id": "c", "kind": "bars", "select": {"kinds": ["trade"]}, "title": {"ru": "Т"}, "min_points": 1}
    return ChartSpec(**{**base, **kw})


def _rows(*rows):
    from briefing.compose.frame import COLUMNS, Rows
    return Rows({**dict.fromkeys(COLUMNS), **r} for r in rows)


def test_a_chart_of_one_point_is_not_drawn():
    from briefing.charts import enough
    one = _rows({"kind": "trade", "year": 2024, "amount": 2e9, "usd": 2e9})
    two = _rows({"kind": "trade", "year": 2024, "amount": 2e9, "usd": 2e9},
                {"kind": "trade", "year": 2025, "amount": 1e9, "usd": 1e9})
    assert not enough(_spec(), one)            # even when the spec would allow one point
    assert enough(_spec(), two)
    portfolio = _spec(kind="portfolio", select={"kinds": ["project"]})
    assert not enough(portfolio, _rows({"kind": "project", "topic": "energy", "year": 2015},
                                       {"kind": "project", "topic": "energy", "year": 2016}))


def test_a_chart_mixing_stocks_flows_and_grants_is_not_drawn():
    from briefing.charts import enough
    spec = _spec(kind="values", select={"kinds": ["trade", "investment", "grant"]})
    trade = {"kind": "trade", "indicator": "trade_turnover", "year": 2024, "usd": 2e9}
    stock = {"kind": "investment", "indicator": "fdi_stock", "year": 2025, "usd": 9e9}
    grant = {"kind": "grant", "year": 2025, "usd": 2e6}
    assert not enough(spec, _rows(trade, stock))
    assert not enough(spec, _rows(trade, {**trade, "year": 2025}, grant))
    assert enough(spec, _rows(grant, {**grant, "usd": 7e6}))


def test_the_seed_notes_draw_no_chart_of_one_topic_or_mixed_measures(overview):
    from briefing.compose.note import NoteRequest, compose
    from briefing.make import load_checked
    from briefing.topics import resolve
    energy = compose(load_checked(SEED), NoteRequest(topic=resolve("energy"), lang="ru")).document
    assert not [b for b in energy.blocks if b.kind == "figure"]   # one topic's portfolio: one bar
    titles = [b.title for b in overview.blocks if b.kind == "figure"]
    assert titles and "Стоимостные показатели сотрудничества" not in titles


@pytest.mark.parametrize("kind", ["bars", "portfolio", "values", "timeline"])
def test_chart_labels_are_at_least_8_pt_on_paper(kind):
    """Every text of a chart, at the width the note prints it (the DOCX's 16 cm; the PDF's is wider)."""
    from matplotlib.text import Text
    from briefing import chartdraw
    data = {
        "bars": {"points": [[2015, 1.5], [2024, 2.0]]},
        "portfolio": {"topics": ["energy", "transport"], "statuses": ["agreed", "implemented"],
                      "with_value": True, "counts": [[1, 2], [3, 0]], "values": [[10.0, 0.0], [5.0, 1.0]]},
        "values": {"points": [["Грант Японии на оборудование, 2025 г.", 2.0], ["Грант, 2024 г.", 7.4]]},
        "timeline": {"points": [[2016, 3], [2025, 1]]},
    }[kind]
    spec = {"kind": kind, "axis": {"ru": ["число", "стоимость", "млн"] if kind == "portfolio" else "млн"}}
    with chartdraw._style():
        fig = chartdraw._draw(spec, data, "ru", {"agreed": "согласован", "implemented": "реализован"},
                              {"energy": "энергетика", "transport": "транспорт"})
        scale = (16 / 2.54) / fig.get_size_inches()[0]
        sizes = [t.get_fontsize() * scale for t in fig.findobj(Text) if t.get_text().strip() and t.get_visible()]
    assert sizes and min(sizes) >= 8 - 1e-6, sorted(sizes)[:3]
