"""Proving the fact base: quotes are in their sources, numbers are in their quotes, references resolve."""
from __future__ import annotations

from collections import defaultdict
from dataclasses import replace
from pathlib import Path

from .. import vocab
from ..diagnostics import Problem, warning
from ..yamlio import no_gc
from .belonging import another_relationship, dossier_states, other_states
from .load import Dossier, load_dossier


def squash(text: str) -> str:
    """Whitespace-insensitive form: every run of spaces and line breaks (NBSP included) becomes one space.
    (str.split() splits on exactly the characters `\\s` matches, str.isspace(), and is several times faster.)"""
    return " ".join(text.split())


class _Texts:
    """`has(sid, quote)`: whether the source text holds the (squashed) quote, whitespace aside. A quote copied
    as it stands is found in the text itself, and then also in the text squashed (its inner spaces are single
    spaces, its ends not spaces); only a text where some quote is not found as it stands is squashed (once)."""

    def __init__(self, texts: dict[str, str]):
        self._texts = texts
        self._squashed: dict[str, str] = {}

    def __contains__(self, sid) -> bool:
        return sid in self._texts

    def has(self, sid: str, quote: str) -> bool:
        if quote in self._texts[sid]:
            return True
        squashed = self._squashed.get(sid)
        if squashed is None:
            squashed = self._squashed[sid] = squash(self._texts[sid])
        return quote in squashed


def fact_numbers(fact, evidence=None) -> list[tuple[str, object]]:
    """The numbers a fact asserts (as `evidence` gives them, when it gives its own figure), each with the
    field that holds it."""
    out = []
    if evidence is not None and evidence.value is not None:
        out.append(("evidence.value.amount", evidence.value.amount))
    elif fact.value is not None:
        out.append(("value.amount", fact.value.amount))
    if fact.value is not None and fact.value.per is not None and fact.value.per.amount != 1:
        out.append(("value.per.amount", fact.value.per.amount))     # «за тонну» says its 1 in a word
    if fact.count is not None:
        out.append(("count", fact.count))
    if fact.percent is not None:
        out.append(("percent", abs(fact.percent)))
    return out


def verify(dossier: Dossier) -> list[Problem]:
    from ..textnum import contains_number

    problems: list[Problem] = []
    texts = _Texts(dossier.texts)
    sources = dossier.sources
    known_topics = vocab.topics()
    broken = dossier.broken_sources
    citing = dossier.citing_broken   # broken source id (None: sources.yaml) -> the facts citing it
    for fact in dossier.facts:
        if fact.attribution is not None and fact.attribution.person is not None:   # may be in another file
            try:
                said_by = dossier.fact(fact.attribution.person)
            except StopIteration:
                said_by = None
            if said_by is None or said_by.kind != "person":
                loc = dossier.where[fact.id]
                problems.append(Problem(loc.file, loc.line("attribution", "person"), "attribution.person",
                                        f"{fact.attribution.person!r} is not a person fact of the dossier",
                                        code="unknown-person"))
        if fact.part_of is not None:
            try:
                dossier.fact(fact.part_of)
            except StopIteration:
                loc = dossier.where[fact.id]
                problems.append(Problem(loc.file, loc.line("part_of"), "part_of",
                                        f"{fact.part_of!r} is not a fact of the dossier", code="unknown-fact"))
        if dossier.verified_before(fact):   # its file, these bytes, passed against these sources and this tool
            continue
        for i, topic in enumerate(fact.topics):
            if topic not in known_topics:
                loc = dossier.where[fact.id]
                problems.append(Problem(loc.file, loc.line("topics", i), "topics",
                                        f"unknown topic {topic!r}; known: {', '.join(known_topics)}", code="unknown-topic"))
        seen_sources = set()
        for i, ev in enumerate(fact.evidence):
            source = sources.get(ev.source)
            if source is None and (ev.source in broken or None in broken):   # said once, where it broke
                citing.setdefault(ev.source if ev.source in broken else None, set()).add(fact.id)
                continue
            if source is None:
                loc = dossier.where[fact.id]
                problems.append(Problem(loc.file, loc.line("evidence", i, "source"), "evidence.source",
                                        f"unknown source {ev.source!r}", code="unknown-source"))
                continue
            if ev.source in seen_sources:
                loc = dossier.where[fact.id]
                problems.append(Problem(loc.file, loc.line("evidence", i, "source"), "evidence.source",
                                        f"source {ev.source!r} cited twice; keep one quote per source", code="source-cited-twice"))
            seen_sources.add(ev.source)
            if ev.source not in texts:
                continue  # the unreadable source was already reported
            quote = squash(ev.quote)
            if not texts.has(ev.source, quote):
                loc = dossier.where[fact.id]
                problems.append(Problem(loc.file, loc.line("evidence", i, "quote"), "evidence.quote",
                                        f"quote not found in source {ev.source} ({source.file})", code="quote-not-found"))
                continue
            for field, number in fact_numbers(fact, ev):
                if not contains_number(quote, number, source.language):
                    loc = dossier.where[fact.id]
                    at = ("evidence", i, "value", "amount") if field.startswith("evidence.") else field.split(".")
                    problems.append(Problem(loc.file, loc.line(*at), field,
                                            f"{number} is not in the quote from {ev.source}", code="number-not-in-quote"))
    for sid, src in dossier.sources.items():
        if src.date_evidence and sid in texts and not texts.has(sid, squash(src.date_evidence)):
            sloc = dossier.source_where[sid]
            problems.append(Problem(sloc.file, sloc.line("date_evidence"), "date_evidence",
                                    f"sentence not found in {src.file}", code="date-evidence-not-found"))
    from .printable import printable_problems
    problems += printable_problems(dossier)
    return problems


def _period(dossier: Dossier, fact) -> str:
    """The period a figure is for: its own date, or (a stock figure stated without one) its source's date."""
    if fact.date:
        return fact.date
    source = dossier.sources.get(fact.evidence[0].source)
    return source.date if source else ""


def indicator_groups(dossier: Dossier) -> list[list]:
    """Facts about the same indicator and period, two or more to a group."""
    groups: dict[tuple, list] = defaultdict(list)
    for fact in dossier.facts:
        if fact.indicator and fact.value is not None:
            groups[(fact.indicator, _period(dossier, fact))].append(fact)
    return [facts for _, facts in sorted(groups.items()) if len(facts) > 1]


def _shown(fact) -> tuple:
    """What must agree: the amount and its unit. «порядка 9 млрд» and «более 9 млрд» can both be true."""
    return fact.value.amount, fact.value.currency or fact.value.unit


def disagreements(dossier: Dossier) -> list[list]:
    return [facts for facts in indicator_groups(dossier) if len({_shown(f) for f in facts}) > 1]


def consistency(dossier: Dossier) -> tuple[list[Problem], list[str]]:
    """Facts on one indicator and date: disagreeing values are warnings, agreeing ones are notes. A signed
    document without its level is a warning too: the note cannot tell a treaty from a company's contract; and
    so is a fact of another pair of states, which notes leave out (belonging.py)."""
    warnings, notes = [], []
    own = dossier_states(dossier.meta.parties)
    for fact in dossier.facts:
        if other_states(fact.parties, own):
            loc = dossier.where[fact.id]
            warnings.append(warning(loc.file, loc.line("parties"), "parties",
                                    f"{fact.id}: {another_relationship(fact.parties, dossier.meta.parties)}; notes "
                                    f"leave it out", "other-pair"))
        if fact.kind == "agreement" and fact.level is None:
            loc = dossier.where[fact.id]
            warnings.append(warning(loc.file, loc.line("kind"), "level",
                                    f"{fact.id}: a signed document without `level` "
                                    f"({', '.join(vocab.DOCUMENT_LEVELS)}) is listed as inter-agency",
                                    "document-level-missing"))
        if fact.percent is not None and fact.base is None and fact.indicator:
            loc = dossier.where[fact.id]
            warnings.append(warning(loc.file, loc.line("percent"), "base",
                                    f"{fact.id}: a change without `base` (the period it compares with) is printed "
                                    f"without one", "change-base-missing"))
    for facts in indicator_groups(dossier):
        head = facts[0]
        period = _period(dossier, head)
        ids = ", ".join(f.id for f in facts)
        if len({_shown(f) for f in facts}) > 1:
            loc = dossier.where[head.id]
            values = "; ".join(" ".join(str(x) for x in (f.id + ":", f.value.qualifier, f.value.amount,
                                                          f.value.currency or f.value.unit) if x) for f in facts)
            warnings.append(warning(loc.file, loc.line("value"), "value",
                                    f"{head.indicator} {period} differs between facts ({values})",
                                    "disagreeing-figures"))
        else:
            qualifiers = {f.value.qualifier for f in facts}
            extra = " (with different qualifiers)" if len(qualifiers) > 1 else ""
            notes.append(f"{head.indicator} {period}: {ids} agree{extra}")
    return warnings, notes


def check_dossier(root: Path, save: bool = True):
    """Load and verify, in full; returns (dossier or None, problems). The facts files that pass go into the
    verification cache (cache.py) unless `save` is false."""
    return _checked(root, use_cache=False, save=save)


def checked_dossier(root: Path):
    """What `check_dossier` gives, with the facts files the verification cache holds for their bytes and
    context taken from there (they passed then, against the same sources, by the same tool)."""
    return _checked(root, use_cache=True, save=True)


def _checked(root: Path, use_cache: bool, save: bool):
    with no_gc():
        dossier, problems = load_dossier(root, use_cache)
        if dossier is not None:
            problems += verify(dossier)
            problems = _with_citing(dossier, problems)
        if save and dossier is not None and dossier.cacheable:
            _remember(dossier, problems)
    return dossier, problems


def _with_citing(dossier: Dossier, problems: list[Problem]) -> list[Problem]:
    """The problem of each broken source entry (or of sources.yaml) with how many facts cite it, instead of one
    "unknown source" line per citation."""
    said = {}
    for sid, fids in dossier.citing_broken.items():
        n = len(fids)
        said[id(dossier.broken_sources[sid])] = f"{n} fact{'s' if n != 1 else ''} cite{'s' if n == 1 else ''} " \
                                                 f"{'it' if sid is not None else 'its sources'}"
    return [replace(p, message=f"{p.message} ({said[id(p)]})") if id(p) in said else p for p in problems]


def _remember(dossier: Dossier, problems: list) -> None:
    """Keep each facts file parsed now that has no problem of its own, with the digests of the sources its facts
    cite; nothing if a problem has no file among them (a source, dossier.yaml: then what they were checked against
    is in doubt). Entries of files no longer there as they were are removed."""
    if not dossier.parsed:
        return
    from . import cache
    from .load import _shown, fact_files
    shown = {str(Path(_shown(dossier.root)) / rel): rel for rel in dossier.parsed}
    failed = {shown.get(p.file) for p in problems}
    if None in failed:
        return
    digests = dossier.source_digests
    for rel, facts in dossier.parsed.items():
        if rel not in failed:
            cited = sorted({ev.source for fact in facts for ev in fact.evidence})
            cache.write(dossier.root, dossier.inputs[rel], facts, {sid: digests[sid] for sid in cited})
    cache.prune(dossier.root, {dossier.inputs[rel] for rel in fact_files(dossier.root) if rel in dossier.inputs})
