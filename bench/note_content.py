"""The energy note's content as a developer without briefing would take it from the dossier's YAML: the energy
facts, key figures, a projects table, a register of every fact with its quote's source, a sources list, and the
counts one chart shows. Shared by the two hand-made routes the benchmark sets beside `briefing make`
(alternative.py: docxtpl + LibreOffice; handwritten.py: python-docx + reportlab), so both write the same note.
Its content matches the tool's note where that is cheap to do; it reads the YAML with PyYAML's safe_load and
checks nothing."""
from __future__ import annotations

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


def content(dossier: Path) -> dict:
    """Everything the note says, as plain strings, lists and dicts (what a template is filled with)."""
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

    key = [f for f in facts if f.get("value") or f.get("count")][:6]
    statuses: dict = {}
    for f in facts:
        if f["kind"] == "project":
            statuses[f["status"]] = statuses.get(f["status"], 0) + 1
    return {
        "subject": meta["subject"]["ru"], "purpose": meta["purpose"]["ru"],
        "key_points": [f"{f['title']['ru']} — {figure(f)} {cite(f)}" for f in key],
        "projects": [{"title": f["title"]["ru"], "status": f.get("status", ""),
                      "value": money(f["value"]) if f.get("value") else "—", "cite": cite(f)}
                     for f in facts if f["kind"] == "project"],
        "register": [{"date": str(f.get("date", "")), "title": f["title"]["ru"], "figure": figure(f) or "—",
                      "cite": cite(f)} for f in facts if f["kind"] != "person"],
        "sources": [f"{sources[s].get('outlet') or ''} «{sources[s]['title']}», {sources[s]['date']}" for s in cited],
        "statuses": statuses,
    }


def draw_chart(statuses: dict, path: Path) -> None:
    """Projects by status as a PNG, with pyplot, as chart scripts are written."""
    import matplotlib
    matplotlib.use("Agg")
    import matplotlib.pyplot as plt
    fig, ax = plt.subplots(figsize=(6.3, 2.6))
    ax.barh(list(statuses), list(statuses.values()), color="#1f3a5f")
    ax.set_xlabel("число проектов")
    fig.tight_layout()
    fig.savefig(path, dpi=200)
    plt.close(fig)
