"""The route a user would otherwise take for the same energy note: a matplotlib chart script, a docxtpl Word
template filled from the dossier's YAML, and headless LibreOffice to turn the DOCX into a PDF.

Three processes, as such a pipeline runs:
    python bench/alternative.py chart DOSSIER OUT     -> OUT/chart.png  (pyplot, as chart scripts are written)
    python bench/alternative.py docx DOSSIER OUT      -> OUT/energy_ru.docx (docxtpl)
    soffice --headless --convert-to pdf --outdir OUT OUT/energy_ru.docx
`python bench/alternative.py template OUT` writes the Word template (python-docx, once, not timed).
The content matches the tool's note where it is cheap to: the energy facts, key figures, a projects table,
a register of every fact with its quote's source, a sources list, and one chart."""
from __future__ import annotations

import sys
from pathlib import Path

TOPIC = "energy"


def load(dossier: Path):
    import yaml
    facts = []
    for path in sorted((dossier / "facts").glob("*.yaml")):
        facts += yaml.safe_load(path.read_text(encoding="utf-8")) or []
    sources = {s["id"]: s for s in yaml.safe_load((dossier / "sources.yaml").read_text(encoding="utf-8"))}
    meta = yaml.safe_load((dossier / "dossier.yaml").read_text(encoding="utf-8"))
    chosen = [f for f in facts if TOPIC in f.get("topics", [])]
    chosen.sort(key=lambda f: str(f.get("date") or sources[f["evidence"][0]["source"]]["date"]))
    return meta, sources, chosen


def money(v: dict) -> str:
    amount = float(v["amount"])
    scale, word = (1e9, "млрд") if amount >= 1e9 else (1e6, "млн") if amount >= 1e6 else (1, "")
    text = f"{amount / scale:,.1f}".replace(",", " ").replace(".", ",").replace(",0", "")
    cur = {"USD": "долл. США", "JPY": "иен", "KZT": "тенге", "EUR": "евро"}.get(v.get("currency"), v.get("unit", ""))
    return f"{text} {word} {cur}".replace("  ", " ")


def chart(dossier: Path, out: Path) -> None:
    import matplotlib
    matplotlib.use("Agg")
    import matplotlib.pyplot as plt
    _, _, facts = load(dossier)
    counts: dict = {}
    for f in facts:
        if f["kind"] == "project":
            counts[f["status"]] = counts.get(f["status"], 0) + 1
    fig, ax = plt.subplots(figsize=(6.3, 2.6))
    ax.barh(list(counts), list(counts.values()), color="#1f3a5f")
    ax.set_xlabel("число проектов")
    fig.tight_layout()
    fig.savefig(out / "chart.png", dpi=200)


def docx(dossier: Path, out: Path) -> None:
    from docx.shared import Mm
    from docxtpl import DocxTemplate, InlineImage
    meta, sources, facts = load(dossier)
    cited = sorted({e["source"] for f in facts for e in f["evidence"]}, key=lambda s: (sources[s]["date"], s))
    number = {s: i for i, s in enumerate(cited, 1)}

    def cite(f):
        return "[" + ", ".join(str(number[e["source"]]) for e in f["evidence"]) + "]"

    def figure(f):
        parts = [money(f["value"])] if f.get("value") else []
        if f.get("count") is not None:
            parts.append(str(f["count"]))
        if f.get("percent") is not None:
            parts.append(f"{f['percent']}%".replace(".", ","))
        return "; ".join(parts)

    doc = DocxTemplate(out / "template.docx")
    key = [f for f in facts if f.get("value") or f.get("count")][:6]
    context = {
        "subject": meta["subject"]["ru"], "purpose": meta["purpose"]["ru"],
        "key_points": [f"{f['title']['ru']} — {figure(f)} {cite(f)}" for f in key],
        "projects": [{"title": f["title"]["ru"], "status": f.get("status", ""),
                      "value": money(f["value"]) if f.get("value") else "—", "cite": cite(f)}
                     for f in facts if f["kind"] == "project"],
        "register": [{"date": str(f.get("date", "")), "title": f["title"]["ru"], "figure": figure(f) or "—",
                      "cite": cite(f)} for f in facts if f["kind"] != "person"],
        "sources": [f"{sources[s].get('outlet') or ''} «{sources[s]['title']}», {sources[s]['date']}" for s in cited],
        "chart": InlineImage(doc, str(out / "chart.png"), width=Mm(160)),
    }
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
