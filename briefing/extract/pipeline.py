"""All rules over one text: candidates with their topics, each number checked against its quote."""
from __future__ import annotations

from . import figures, rules_kk, rules_ru
from .candidate import Candidate
from .context import Context
from .framing import frame
from .topics import suggest

_FALLBACK_TOPIC = {"trade": "trade", "investment": "finance", "grant": "finance"}


def extract_candidates(text: str, lang: str, year: int | None = None, parties=()) -> list[Candidate]:
    """Candidate facts of one article, in text order."""
    ctx = Context(text, lang, year, list(parties))
    cands = figures.candidates(ctx)
    if lang in ("ru", "kk"):
        rules = rules_kk if lang == "kk" else rules_ru
        for rule in (rules.documents, rules.projects, rules.events, rules.people):
            cands += rule(ctx)
    out = []
    for c in cands:
        if not c.readable(text, lang) or c.end - c.start < 8:
            continue
        quote = text[c.start:c.end]
        sent = ctx.sents[ctx.sentence_of(c.start)].text
        topics = suggest(quote, lang) or suggest(sent, lang)
        if c.kind in ("person", "visit", "meeting") and "politics" not in topics:
            topics = ["politics"] + topics
        c.topics = topics[:3] or [_FALLBACK_TOPIC.get(c.kind, "politics")]
        frame(c, sent)
        out.append(c)
    out.sort(key=lambda c: (c.start, c.end))
    return out
