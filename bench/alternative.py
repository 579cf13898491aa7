"""The route a user would otherwise take for the same energy note: a matplotlib chart script, a docxtpl Word
template filled from the dossier's YAML, and headless LibreOffice to turn the DOCX into a PDF.

Three processes, as such a pipeline runs:
    python bench/alternative.py chart DOSSIER OUT     -> OUT/chart.png  (pyplot, as chart scripts are written)
    python bench/alternative.py docx DOSSIER OUT      -> OUT/energy_ru.docx (docxtpl)
    soffice --headless --convert-to pdf --outdir OUT OUT/energy_ru.docx
`python bench/alternative.py template OUT` writes the Word template (python-docx, once, not timed).
The note's content comes from note_content.py (shared with handwritten.py, the one-process route)."""
from __future__ import annotations

import sys
from pathlib import Path

from note_content import content, draw_chart


def chart(dossier: Path, out: Path) -> None:
    draw_chart(content(dossier)["statuses"], out / "chart.png")


def docx(dossier: Path, out: Path) -> None:
    from docx.shared import Mm
    from docxtpl import DocxTemplate, InlineImage
    doc = DocxTemplate(out / "template.docx")
    context = {**content(dossier), "chart": InlineImage(doc, str(out / "chart.png"), width=Mm(160))}
    doc.render(context, autoescape=True)
    doc.save(out / "energy_ru.docx")


def template(out: Path) -> None:
    """The Word template with jinja tags, as a user would draw it in Word."""
    from docx import Document
    from docx.shared import Pt
    doc = Document()
    doc.styles["Normal"].font.name = "Liberation Serif"
    doc.styles["Normal"].font.size = Pt(14)
    doc.add_paragraph("СПРАВКА").alignment = 1
    doc.add_paragraph("о {{ subject }}").alignment = 1
    doc.add_heading("1. Цель", level=1)
    doc.add_paragraph("{{ purpose }}")
    doc.add_heading("2. Основные тезисы", level=1)
    doc.add_paragraph("{%p for p in key_points %}")
    doc.add_paragraph("{{ loop.index }}. {{ p }}")
    doc.add_paragraph("{%p endfor %}")
    doc.add_heading("3. Совместные проекты", level=1)
    _loop_table(doc, ("Проект", "Статус", "Стоимость", "Источник"), "projects",
                ("{{ r.title }}", "{{ r.status }}", "{{ r.value }}", "{{ r.cite }}"))
    doc.add_paragraph("{{ chart }}")
    doc.add_paragraph("Рисунок 1. Проекты по статусу")
    doc.add_heading("4. Источники", level=1)
    doc.add_paragraph("{%p for s in sources %}")
    doc.add_paragraph("{{ loop.index }}. {{ s }}")
    doc.add_paragraph("{%p endfor %}")
    doc.add_page_break()
    doc.add_heading("Приложение. Перечень сведений", level=1)
    _loop_table(doc, ("Дата", "Сведения", "Значение", "Источник"), "register",
                ("{{ r.date }}", "{{ r.title }}", "{{ r.figure }}", "{{ r.cite }}"))
    doc.save(out / "template.docx")


def _loop_table(doc, header: tuple, items: str, cells: tuple) -> None:
    """A table with a header row and one docxtpl row repeated for each of `items` (`{%tr for r in … %}`)."""
    table = doc.add_table(rows=3, cols=len(header))
    table.style = "Table Grid"
    for cell, text in zip(table.rows[0].cells, header):
        cell.text = text
    table.rows[1].cells[0].text = f"{{%tr for r in {items} %}}"
    for cell, text in zip(table.rows[2].cells, cells):
        cell.text = text
    table.add_row().cells[0].text = "{%tr endfor %}"


def main(argv: list[str]) -> None:
    step = argv[0]
    if step == "template":
        template(Path(argv[1]))
    elif step == "chart":
        chart(Path(argv[1]), Path(argv[2]))
    elif step == "docx":
        docx(Path(argv[1]), Path(argv[2]))
    else:
        raise SystemExit(f"unknown step {step!r}: template | chart | docx")


if __name__ == "__main__":
    main(sys.argv[1:])
