"""Review files: one per source (`review/<source-id>.yaml`), the candidates proposed from it, and the decisions
taken on them.

The analyst may edit a candidate in the file (title, date, topics, parties, values) before accepting it, or
give the edits with the decision (the review page does). Accepting turns it into a `Fact`, proves it the way
`check` does (schema, quote in the source, every number readable in the quote, topics known) and appends it to
`facts/<source-id>.yaml`; a candidate that fails stays pending and the problem is reported at its line in the
review file. `briefing review` and the review page take their decisions through the same `Desk`, so both write
the same files in the same form."""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path

import yaml

from ..dossier.belonging import other_states
from ..errors import ContentError, Problem
from ..fsutil import atomic_write, write_together
from ..yamlio import Lines, line_of, load_file

FACT_FIELDS = ("kind", "title", "date", "topics", "parties", "value", "count", "count_qualifier", "counted",
               "percent", "indicator", "status", "modality", "person", "level", "base", "period")
PENDING, ACCEPTED, REJECTED = "pending", "accepted", "rejected"
FACTS_HEADER = "# Facts accepted with `briefing review` from the candidates of review/{sid}.yaml.\n"

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


def decision(entry: dict) -> str:
    return entry.get("decision", PENDING)


def figure(entry: dict) -> str:
    """The candidate's figures in one phrase: «over 9000000000 USD; 18.6%»."""
    parts = []
    v = entry.get("value")
    if isinstance(v, dict):
        parts.append(" ".join(str(x) for x in (v.get("qualifier"), v.get("amount"), v.get("currency") or v.get("unit"))
                              if x is not None))
    if entry.get("count") is not None:
        parts.append(" ".join(str(x) for x in (entry.get("count_qualifier"), entry["count"], entry.get("counted"))
                              if x is not None))
    if entry.get("percent") is not None:
        parts.append(f"{entry['percent']}%")
    return "; ".join(parts)


def shorten(text: str, width: int) -> str:
    """`text` on one line (its line breaks and runs of spaces as one space), cut to `width` with an ellipsis."""
    text = " ".join(str(text).split())
    return text if len(text) <= width else text[:width - 1].rstrip() + "…"


def describe(entry: dict, quote_width: int = 90, own: frozenset[str] = frozenset()) -> str:
    """One line for the listing: id, kind, confidence, figure, date, title, the quote (shortened), duplicate mark,
    and a mark when its parties are another pair of states than `own`, the dossier's (notes leave it out)."""
    parts = [f"{entry.get('id', '?'):<10}", f"{entry.get('kind', '?'):<10}", f"{float(entry.get('confidence', 0)):.2f}"]
    if figure(entry):
        parts.append(figure(entry))
    if entry.get("date"):
        parts.append(str(entry["date"]))
    title = next((t for t in (entry.get("title") or {}).values() if t), "")
    parts.append(f"«{title}»")
    quote = (entry.get("evidence") or {}).get("quote")
    if quote:
        parts.append(f"“{shorten(quote, quote_width)}”")
    if entry.get("duplicate_of"):
        parts.append(f"[duplicate of {', '.join(entry['duplicate_of'])}]")
    other = other_pair(entry, own)
    if other:
        parts.append(f"[another pair: {other}; notes leave it out]")
    return "  ".join(parts)


def other_pair(entry: dict, own: frozenset[str]) -> str:
    """The candidate's parties, joined, when they are another relationship than `own`, the dossier's states (a
    note leaves such a fact out); else empty."""
    parties = [str(p) for p in entry.get("parties") or []]
    return ", ".join(parties) if other_states(parties, own) else ""


def facts_with(path: Path, facts: list[dict], header: str, old: bytes | None) -> bytes:
    """A fact file's bytes with `facts` added after what is there (comments included)."""
    text = old.decode("utf-8") if old is not None else header
    if text and not text.endswith("\n"):
        text += "\n"
    return (text + ("\n" if text.strip() else "") + dump(facts)).encode("utf-8")


@dataclass
class Change:
    """What one save wrote: each file's bytes before (None: the file was not there) and after, so that it can be
    undone; `cids` are the candidates it decided."""
    before: dict[Path, bytes | None]
    after: dict[Path, bytes]
    cids: list[str] = field(default_factory=list)


def _read(path: Path) -> bytes | None:
    try:
        return path.read_bytes()
    except FileNotFoundError:
        return None


class Desk:
    """A dossier's review files and what their candidates are proved against, loaded for deciding. Use it under
    the dossier's lock (`fsutil.output_lock`): decisions are taken in memory and written together by `save`."""

    def __init__(self, dossier_dir: Path):
        self.dir = Path(dossier_dir)
        self.reviews = load_reviews(self.dir)
        self.by_id = {str(e.get("id")): (r, i) for r in self.reviews for i, e in enumerate(r.candidates)}
        self._facts = None
        self.new_facts: dict[str, list[dict]] = {}
        self.changed: dict[str, ReviewFile] = {}
        self.decided: list[str] = []

    def review(self, sid: str) -> ReviewFile | None:
        return next((r for r in self.reviews if r.source == sid), None)

    def entry(self, cid: str) -> dict:
        r, i = self.by_id[cid]
        return r.candidates[i]

    def _proof(self):
        """The dossier's facts, ids, texts and languages, loaded once (listing needs none of them)."""
        if self._facts is None:
            from ..dossier.load import load_dossier
            dossier, problems = load_dossier(self.dir)
            if dossier is None:
                raise ContentError(f"{self.dir}: the dossier does not load", problems)
            self._facts = list(dossier.facts)
            self.known_ids = {f.id for f in self._facts}
            self.texts = dict(dossier.texts)
            self.langs = {sid: s.language for sid, s in dossier.sources.items()}
        return self._facts

    @property
    def facts(self):
        return self._proof()

    def _mark(self, r: ReviewFile, cid: str) -> None:
        self.changed[r.source] = r
        self.decided.append(cid)

    def accept(self, cid: str, edits: dict | None = None) -> tuple[dict | None, list[Problem]]:
        """Accept a candidate, with `edits` (candidate fields; None removes one) made first: the fact it becomes,
        or the problems that keep it pending (then nothing is changed)."""
        from ..dossier.schema import Fact
        r, i = self.by_id[cid]
        facts = self._proof()
        trial = {k: v for k, v in {**r.candidates[i], **(edits or {})}.items() if v is not None}
        trial.setdefault("fact_id", fact_id_for(trial))
        data = to_fact(trial)
        found = proof_problems(data, self.texts, self.langs, self.known_ids, str(r.path),
                               lambda *loc: r.line(i, *loc))
        if found:
            return None, found
        trial["decision"] = ACCEPTED
        r.candidates[i] = trial
        facts.append(Fact(**data))
        self.known_ids.add(data["id"])
        self.new_facts.setdefault(r.source, []).append(data)
        self._mark(r, cid)
        return data, []

    def reject(self, cid: str) -> None:
        r, i = self.by_id[cid]
        r.candidates[i]["decision"] = REJECTED
        self._mark(r, cid)

    def reject_rest(self, sid: str | None = None, keep=()) -> list[str]:
        """Reject every pending candidate (of source `sid` only, when given) but those in `keep`."""
        done = []
        for r in self.reviews:
            if sid is not None and r.source != sid:
                continue
            for e in r.candidates:
                cid = str(e.get("id"))
                if decision(e) == PENDING and cid not in keep:
                    self.reject(cid)
                    done.append(cid)
        return done

    def save(self) -> Change:
        """Write the accepted facts and the changed review files, all or none."""
        files: dict[Path, bytes] = {}
        before: dict[Path, bytes | None] = {}
        for sid, items in self.new_facts.items():
            path = self.dir / "facts" / f"{sid}.yaml"
            before[path] = _read(path)
            files[path] = facts_with(path, items, FACTS_HEADER.format(sid=sid), before[path])
        for r in self.changed.values():
            before[r.path] = _read(r.path)
            files[r.path] = r.render().encode("utf-8")
        write_together(files)
        change = Change(before, files, list(self.decided))
        self.new_facts, self.changed, self.decided = {}, {}, []
        return change


def undo(change: Change) -> list[str]:
    """Put the files a save wrote back as they were. Refused (the reasons returned, nothing written) when any of
    them has changed since: undoing then would lose that later work."""
    moved = [f"{path}: changed since; not undone" for path, data in change.after.items() if _read(path) != data]
    if moved:
        return moved
    write_together({p: b for p, b in change.before.items() if b is not None})
    for path, data in change.before.items():
        if data is None:
            path.unlink(missing_ok=True)
    return []


def fact_id_for(entry: dict) -> str:
    cid = str(entry.get("id", "x"))
    kind = str(entry.get("kind", "fact"))
    return re.sub(r"[^a-z0-9_.-]", "-", f"{kind}-{cid}".lower())[:80]
