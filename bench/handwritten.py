"""The plain route in one process, as a developer would write it for the same energy note without briefing or a
template engine: a matplotlib PNG chart, the DOCX with python-docx, the PDF with ReportLab's platypus (a
registered TrueType font for Cyrillic).

    python bench/handwritten.py DOSSIER OUT FONTS   -> OUT/chart.png, OUT/energy_ru.docx, OUT/energy_ru.pdf

FONTS is a folder holding LiberationSerif-Regular.ttf and LiberationSerif-Bold.ttf (briefing/fonts has them).
The note's content comes from note_content.py, shared with alternative.py (docxtpl + LibreOffice)."""
from __future__ import annotations

import sys
from pathlib import Path
from xml.sax.saxutils import escape

from note_content import content, draw_chart

TITLE = "СПРАВКА"
HEADINGS = ("1. Цель", "2. Основные тезисы", "3. Совместные проекты", "4. Источники",
            "Приложение. Перечень сведений")
PROJECT_COLUMNS = ("Проект", "Статус", "Стоимость", "Источник")
REGISTER_COLUMNS = ("Дата", "Сведения", "Значение", "Источник")
CAPTION = "Рисунок 1. Проекты по статусу"


def project_rows(c: dict) -> list[tuple]:
    return [(p["title"], p["status"], p["value"], p["cite"]) for p in c["projects"]]


def register_rows(c: dict) -> list[tuple]:
    return [(r["date"], r["title"], r["figure"], r["cite"]) for r in c["register"]]


def write_docx(c: dict, chart: Path, path: Path) -> None:
    from docx import Document
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Mm, Pt
    doc = Document()
    doc.styles["Normal"].font.name = "Liberation Serif"
    doc.styles["Normal"].font.size = Pt(14)
    doc.add_paragraph(TITLE).alignment = WD_ALIGN_PARAGRAPH.CENTER
    doc.add_paragraph(f"о {c['subject']}").alignment = WD_ALIGN_PARAGRAPH.CENTER
    doc.add_heading(HEADINGS[0], level=1)
    doc.add_paragraph(c["purpose"])
    doc.add_heading(HEADINGS[1], level=1)
    for i, point in enumerate(c["key_points"], 1):
        doc.add_paragraph(f"{i}. {point}")
    doc.add_heading(HEADINGS[2], level=1)
    docx_table(doc, PROJECT_COLUMNS, project_rows(c))
    doc.add_picture(str(chart), width=Mm(160))
    doc.add_paragraph(CAPTION)
    doc.add_heading(HEADINGS[3], level=1)
    for i, source in enumerate(c["sources"], 1):
        doc.add_paragraph(f"{i}. {source}")
    doc.add_page_break()
    doc.add_heading(HEADINGS[4], level=1)
    docx_table(doc, REGISTER_COLUMNS, register_rows(c))
    doc.save(path)


def docx_table(doc, header: tuple, rows: list[tuple]) -> None:
    table = doc.add_table(rows=1, cols=len(header))
    table.style = "Table Grid"
    for cell, text in zip(table.rows[0].cells, header):
        cell.text = text
    for row in rows:
        for cell, text in zip(table.add_row().cells, row):
            cell.text = text


def write_pdf(c: dict, chart: Path, path: Path, fonts: Path) -> None:
    from reportlab.lib import colors
    from reportlab.lib.enums import TA_CENTER
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.lib.utils import ImageReader
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.platypus import Image, PageBreak, Paragraph, SimpleDocTemplate, Table, TableStyle
    pdfmetrics.registerFont(TTFont("Serif", str(fonts / "LiberationSerif-Regular.ttf")))
    pdfmetrics.registerFont(TTFont("Serif-Bold", str(fonts / "LiberationSerif-Bold.ttf")))
    pdfmetrics.registerFontFamily("Serif", normal="Serif", bold="Serif-Bold", italic="Serif", boldItalic="Serif-Bold")
    body = ParagraphStyle("body", fontName="Serif", fontSize=14, leading=17, spaceAfter=4)
    title = ParagraphStyle("title", parent=body, fontName="Serif-Bold", alignment=TA_CENTER)
    heading = ParagraphStyle("heading", parent=body, fontName="Serif-Bold", spaceBefore=10)
    cell = ParagraphStyle("cell", fontName="Serif", fontSize=11, leading=13)

    def para(text, style=body):
        return Paragraph(escape(text), style)

    def table(header, rows, widths):
        t = Table([[para(h, cell) for h in header]] + [[para(x, cell) for x in row] for row in rows],
                  colWidths=[w * mm for w in widths], repeatRows=1)
        t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.black), ("VALIGN", (0, 0), (-1, -1), "TOP"),
                               ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#e8ecf2"))]))
        return t

    width, height = ImageReader(str(chart)).getSize()
    story = [para(TITLE, title), para(f"о {c['subject']}", title),
             para(HEADINGS[0], heading), para(c["purpose"]),
             para(HEADINGS[1], heading), *[para(f"{i}. {p}") for i, p in enumerate(c["key_points"], 1)],
             para(HEADINGS[2], heading), table(PROJECT_COLUMNS, project_rows(c), (70, 30, 45, 25)),
             Image(str(chart), width=160 * mm, height=160 * mm * height / width), para(CAPTION),
             para(HEADINGS[3], heading), *[para(f"{i}. {s}") for i, s in enumerate(c["sources"], 1)],
             PageBreak(), para(HEADINGS[4], heading), table(REGISTER_COLUMNS, register_rows(c), (25, 85, 45, 15))]
    SimpleDocTemplate(str(path), pagesize=A4, leftMargin=30 * mm, rightMargin=15 * mm, topMargin=20 * mm,
                      bottomMargin=20 * mm, title=TITLE).build(story)


def main(argv: list[str]) -> None:
    if len(argv) != 3:
        raise SystemExit("usage: handwritten.py DOSSIER OUT FONTS")
    dossier, out, fonts = map(Path, argv)
    out.mkdir(parents=True, exist_ok=True)
    c = content(dossier)
    chart = out / "chart.png"
    draw_chart(c["statuses"], chart)
    write_docx(c, chart, out / "energy_ru.docx")
    write_pdf(c, chart, out / "energy_ru.pdf", fonts)


if __name__ == "__main__":
    main(sys.argv[1:])
