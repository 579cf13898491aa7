"""Review files: one per source (`review/<source-id>.yaml`), the candidates proposed from it.

The analyst may edit a candidate in the file (title, date, topics, parties, values) before accepting it.
Accepting turns it into a `Fact`, proves it the way `check` does (schema, quote in the source, every number
readable in the quote, topics known) and appends it to `facts/<source-id>.yaml`; a candidate that fails stays
pending and the problem is reported at its line in the review file."""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path

import yaml

from ..errors import ContentError, Problem
from ..fsutil import atomic_write
from ..yamlio import Lines, line_of, load_file

FACT_FIELDS = ("kind", "title", "date", "topics", "parties", "value", "count", "count_qualifier", "counted",
               "percent", "indicator", "status", "person", "level", "base", "period")

_HEADER = """\
# Candidate facts proposed by `briefing extract` from {sid} ({file}).
# Each has its evidence (quote, and character offsets start/end in the source text), a confidence, and
# `duplicate_of` when the dossier already holds the same fact from another source.
# Edit a candidate here if needed, then `briefing review --accept ID` (or --reject ID, or --all).
"""


def plain(obj):
    """Data ready for YAML: Decimals as int or float, tuples as lists, empty values dropped."""
    if isinstance(obj, Decimal):
        return int(obj) if obj == obj.to_integral_value() else float(obj)
    if isinstance(obj, dict):
        return {k: plain(v) for k, v in obj.items() if v is not None and v != [] and v != {}}
    if isinstance(obj, (list, tuple)):
        return [plain(v) for v in obj]
    return obj


def dump(data) -> str:
    return yaml.safe_dump(plain(data), allow_unicode=True, sort_keys=False, width=110, default_flow_style=False)


@dataclass
class ReviewFile:
    path: Path
    source: str
    file: str
    candidates: list[dict]
    lines: Lines = field(default_factory=dict)

    def line(self, index: int, *loc) -> int | None:
        return line_of(self.lines, ("candidates", index) + loc)

    def render(self) -> str:
        return _HEADER.format(sid=self.source, file=self.file) + dump(
            {"source": self.source, "file": self.file, "candidates": self.candidates})

    def save(self) -> None:
        atomic_write(self.path, self.render().encode("utf-8"))


def review_dir(dossier_dir: Path) -> Path:
    return Path(dossier_dir) / "review"


def load_reviews(dossier_dir: Path) -> list[ReviewFile]:
    out = []
    folder = review_dir(dossier_dir)
    if not folder.is_dir():
        return out
    for path in sorted(folder.glob("*.yaml")):
        data, lines = load_file(path, str(path))
        if not isinstance(data, dict) or not isinstance(data.get("candidates"), list):
            raise ContentError("bad review file", [Problem(str(path), 1, "", "expected `source`, `file` and a list "
                                                                           "of `candidates`")])
        out.append(ReviewFile(path, str(data.get("source", path.stem)), str(data.get("file", "")),
                              data["candidates"], lines))
    return out


def to_fact(entry: dict) -> dict:
    """The fact an accepted candidate becomes (evidence without its offsets)."""
    fact = {"id": entry.get("fact_id")}
    for key in FACT_FIELDS:
        if entry.get(key) is not None:
            fact[key] = entry[key]
    ev = entry.get("evidence") or {}
    fact["evidence"] = [{"source": ev.get("source"), "quote": ev.get("quote")}]
    return plain(fact)


def proof_problems(fact_data: dict, texts: dict[str, str], langs: dict[str, str], known_ids: set[str],
                   shown: str, line) -> list[Problem]:
    """What `check` would say about this fact, before it is written."""
    from pydantic import ValidationError

    from ..dossier.schema import Fact
    from ..dossier.verify import fact_numbers, squash
    from ..textnum import contains_number
    from .. import vocab

    try:
        fact = Fact(**fact_data)
    except ValidationError as exc:
        return [Problem(shown, line(*[p for p in err["loc"] if isinstance(p, str)][:1]),
                        ".".join(str(p) for p in err["loc"] if not isinstance(p, int)) or "(entry)",
                        err["msg"].removeprefix("Value error, ")) for err in exc.errors()]
    problems = []
    if fact.id in known_ids:
        problems.append(Problem(shown, line("fact_id"), "fact_id", f"fact id {fact.id!r} is taken; set another"))
    topics = vocab.topics()
    for t in fact.topics:
        if t not in topics:
            problems.append(Problem(shown, line("topics"), "topics", f"unknown topic {t!r}; known: {', '.join(topics)}"))
    for ev in fact.evidence:
        text = texts.get(ev.source)
        if text is None:
            problems.append(Problem(shown, line("evidence"), "evidence.source", f"unknown source {ev.source!r}"))
            continue
        quote = squash(ev.quote)
        if quote not in squash(text):
            problems.append(Problem(shown, line("evidence"), "evidence.quote", f"quote not found in source {ev.source}"))
            continue
        for name, number in fact_numbers(fact):
            if not contains_number(quote, number, langs.get(ev.source)):
                problems.append(Problem(shown, line(name.split(".")[0]), name, f"{number} is not in the quote"))
    return problems


def describe(entry: dict) -> str:
    """One line for the listing: id, kind, confidence, figure, date, title, duplicate mark."""
    parts = [f"{entry.get('id', '?'):<10}", f"{entry.get('kind', '?'):<10}", f"{float(entry.get('confidence', 0)):.2f}"]
    figure = []
    v = entry.get("value")
    if v:
        figure.append(" ".join(str(x) for x in (v.get("qualifier"), v.get("amount"), v.get("currency") or v.get("unit"))
                               if x is not None))
    if entry.get("count") is not None:
        figure.append(f"{entry.get('count_qualifier') or ''} {entry['count']} {entry.get('counted') or ''}".strip())
    if entry.get("percent") is not None:
        figure.append(f"{entry['percent']}%")
    if figure:
        parts.append("; ".join(figure))
    if entry.get("date"):
        parts.append(str(entry["date"]))
    title = next((t for t in (entry.get("title") or {}).values() if t), "")
    parts.append(f"«{title}»")
    if entry.get("duplicate_of"):
        parts.append(f"[duplicate of {', '.join(entry['duplicate_of'])}]")
    return "  ".join(parts)


def append_facts(path: Path, facts: list[dict], header: str) -> None:
    """Add facts to a fact file, keeping what is there (comments included)."""
    old = path.read_text(encoding="utf-8") if path.exists() else header
    if old and not old.endswith("\n"):
        old += "\n"
    block = dump(facts)
    atomic_write(path, (old + ("\n" if old.strip() else "") + block).encode("utf-8"))


def fact_id_for(entry: dict) -> str:
    cid = str(entry.get("id", "x"))
    kind = str(entry.get("kind", "fact"))
    return re.sub(r"[^a-z0-9_.-]", "-", f"{kind}-{cid}".lower())[:80]
