"""Notes in Russian, Kazakh and English: sections, letters, number and date rules, page furniture, metadata."""
from __future__ import annotations

import re
import subprocess
from pathlib import Path

import pytest
from docx import Document as read_docx

from conftest import pdf_text, run_cli, squash

EXPECT = {
    "ru": {"sections": ["Цель", "Основные тезисы", "Общие сведения", "Текущее состояние", "Тезисы для беседы",
                        "Источники", "Приложения"],
           "title": "СПРАВКА", "marking": "Для служебного пользования",
           "figures": ["1,2 млрд долл. США", "18,6%", "почти 2 млрд долл. США", "ноябрь 2016 г."],
           "figure": "Рисунок", "table": "Таблица"},
    "kk": {"sections": ["Мақсаты", "Негізгі тұжырымдар", "Жалпы мәліметтер", "Қазіргі жай-күйі",
                        "Әңгімеге арналған тезистер", "Дереккөздер", "Қосымшалар"],
           "title": "АНЫҚТАМА", "marking": "Қызмет бабында пайдалану үшін",
           "figures": ["1,2 млрд АҚШ доллары", "18,6%", "2016 жылғы қараша", "635,2 млн АҚШ доллары"],
           "figure": "Сурет", "table": "Кесте"},
    "en": {"sections": ["Purpose", "Key points", "Background", "Current status", "Talking points", "Sources",
                        "Annexes"],
           "title": "BRIEFING NOTE", "marking": "OFFICIAL",
           "figures": ["US$1.2 billion", "18.6%", "November 2016", "US$635.2 million"],
           "figure": "Figure", "table": "Table"},
}


@pytest.fixture(scope="module")
def trade(tmp_path_factory) -> dict[str, dict[str, Path]]:
    out = tmp_path_factory.mktemp("lang")
    made = {}
    for lang in EXPECT:
        proc = run_cli("make", "--topic", "trade", "--lang", lang, "--out", out, "--drafter", "A. Analyst, +7 7172 000000",
                       check=True)
        made[lang] = {Path(p).suffix[1:]: Path(p) for p in proc.stdout.split()}
    return made


def _page(pdf: Path, n: int) -> str:
    return subprocess.run(["pdftotext", "-layout", "-f", str(n), "-l", str(n), str(pdf), "-"],
                          capture_output=True, text=True, check=True).stdout


@pytest.mark.parametrize("lang", EXPECT)
def test_sections_letters_and_figures(trade, lang):
    e = EXPECT[lang]
    text = squash(pdf_text(trade[lang]["pdf"]))
    for name in e["sections"]:
        assert re.search(rf"\d+\. {re.escape(name)}", text), name
    assert e["title"] in text
    for figure in e["figures"]:
        assert figure in text, figure
    assert "\ufffd" not in text and "■" not in text
    if lang == "kk":
        for letter in "әғқңөұүі":
            assert letter in text, letter


@pytest.mark.parametrize("lang", EXPECT)
def test_marking_and_page_numbers(trade, lang):
    pdf = trade[lang]["pdf"]
    first, second = _page(pdf, 1), _page(pdf, 2)
    marking = EXPECT[lang]["marking"]
    assert (marking.upper() if lang == "en" else marking) in first
    lines1 = [l.strip() for l in first.splitlines() if l.strip()]
    lines2 = [l.strip() for l in second.splitlines() if l.strip()]
    assert "1" not in lines1                 # no number on page 1
    assert "2" in lines2[:3]                 # top of page 2
    if lang == "en":
        assert lines2[0] == "OFFICIAL" and lines2[-1] == "OFFICIAL"   # top and bottom of every page
    else:
        assert marking not in second


@pytest.mark.parametrize("lang", EXPECT)
def test_fonts_metadata_bookmarks(trade, lang):
    pdf = trade[lang]["pdf"]
    fonts = subprocess.run(["pdffonts", str(pdf)], capture_output=True, text=True, check=True).stdout.splitlines()[2:]
    assert fonts and all(" yes " in f.split("TrueType", 1)[-1][:40] or "yes yes" in f for f in fonts), fonts
    info = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True, check=True).stdout
    assert EXPECT[lang]["title"] in re.search(r"Title:\s+(.*)", info).group(1)
    assert re.search(r"Subject:\s+\S", info) and re.search(r"Keywords:\s+\S", info) and "Author:" in info
    from pdfminer.pdfdocument import PDFDocument
    from pdfminer.pdfparser import PDFParser
    with open(pdf, "rb") as fh:
        doc = PDFDocument(PDFParser(fh))
        titles = [title for _, title, *_ in doc.get_outlines()]
        assert b"/Lang" in pdf.read_bytes()
    assert any(EXPECT[lang]["sections"][0] in t for t in titles), titles


@pytest.mark.parametrize("lang", EXPECT)
def test_charts_and_numbered_tables(trade, lang):
    e = EXPECT[lang]
    text = pdf_text(trade[lang]["pdf"])
    # One chart: trade turnover (the values chart would mix stocks, flows and grants, and is left out).
    assert re.search(rf"^\s*{e['figure']} 1\. ", text, re.M) and not re.search(rf"^\s*{e['figure']} 2\. ", text, re.M)
    assert re.search(rf"^\s*{e['table']} 1\. ", text, re.M) and re.search(rf"^\s*{e['table']} 2\. ", text, re.M)
    doc = read_docx(trade[lang]["docx"])
    assert len(doc.inline_shapes) == 1
    header = doc.tables[0].rows[0]._tr.xml
    assert "w:tblHeader" in header          # header row repeats on every page
    assert {"Title", "Heading 1", "Heading 2", "Caption"} <= {p.style.name for p in doc.paragraphs}
    assert doc.core_properties.language == lang and doc.core_properties.title


@pytest.mark.parametrize("lang", EXPECT)
def test_docx_page_fields_and_drafter(trade, lang):
    doc = read_docx(trade[lang]["docx"])
    section = doc.sections[0]
    assert section.different_first_page_header_footer
    assert "PAGE" in section.header._element.xml and "PAGE" not in section.first_page_header._element.xml
    last = [p.text for p in doc.paragraphs if p.text.strip()][-1]
    assert "A. Analyst" in last


def test_libreoffice_opens_every_docx(trade, tmp_path):
    docs = [trade[lang]["docx"] for lang in EXPECT]
    proc = subprocess.run(["soffice", "--headless", f"-env:UserInstallation=file://{tmp_path}/lo", "--convert-to",
                           "pdf", "--outdir", str(tmp_path), *map(str, docs)],
                          capture_output=True, text=True, timeout=300)
    assert proc.returncode == 0, proc.stderr
    for d in docs:
        converted = tmp_path / (d.stem + ".pdf")
        assert converted.exists() and converted.stat().st_size > 10_000
        assert EXPECT[d.stem.split("_")[-1]]["title"] in pdf_text(converted)


def test_reference_doc_supplies_styles_margins_letterhead(tmp_path):
    from docx.shared import Mm, Pt, RGBColor
    ref = read_docx()
    ref.styles["Normal"].font.name = "DejaVu Sans"
    ref.styles["Normal"].font.size = Pt(11)
    ref.styles["Heading 1"].font.color.rgb = RGBColor(0xC0, 0x00, 0x00)
    section = ref.sections[0]
    section.left_margin = Mm(25)
    section.header.paragraphs[0].text = "MINISTRY LETTERHEAD"
    ref_path = tmp_path / "letterhead.docx"
    ref.save(ref_path)
    proc = run_cli("make", "--topic", "energy", "--format", "docx", "--out", tmp_path / "o", "--reference-doc", ref_path,
                   check=True)
    built = read_docx(proc.stdout.strip())
    assert built.styles["Normal"].font.name == "DejaVu Sans"
    assert built.styles["Normal"].font.size == Pt(11)
    assert built.styles["Heading 1"].font.color.rgb == RGBColor(0xC0, 0x00, 0x00)
    assert abs(built.sections[0].left_margin - Mm(25)) < Mm(0.5)
    assert "MINISTRY LETTERHEAD" in built.sections[0].first_page_header._element.xml
    assert any(p.style.name == "Heading 1" for p in built.paragraphs)


def test_reference_doc_must_be_a_docx(tmp_path):
    bad = tmp_path / "not.docx"
    bad.write_text("hello")
    proc = run_cli("make", "--topic", "energy", "--out", tmp_path / "o", "--reference-doc", bad)
    assert proc.returncode == 1 and "not a readable .docx" in proc.stderr and "Traceback" not in proc.stderr
    assert not (tmp_path / "o").exists() or not any((tmp_path / "o").iterdir())


def test_strict_fails_on_missing_translation(dossier_copy, tmp_path):
    facts = dossier_copy / "facts" / "2025.yaml"
    text = facts.read_text(encoding="utf-8")
    m = re.search(r"^    en: .*\n", text, re.M)
    facts.write_text(text[: m.start()] + text[m.end():], encoding="utf-8")
    ok = run_cli("make", "--lang", "en", "--dossier", dossier_copy, "--out", tmp_path / "a", "--format", "pdf")
    assert ok.returncode == 0 and "no en title" in ok.stderr
    assert "[not translated]" in squash(pdf_text(Path(ok.stdout.strip())))
    strict = run_cli("make", "--lang", "en", "--strict", "--dossier", dossier_copy, "--out", tmp_path / "b")
    assert strict.returncode == 1 and "no en title" in strict.stderr
    assert not (tmp_path / "b").exists() or not any((tmp_path / "b").glob("*.pdf"))
