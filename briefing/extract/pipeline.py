"""All rules over one text: candidates with their topics, each number checked against its quote."""
from __future__ import annotations

import re

from . import coref_kk, coref_ru, figures, rules_kk, rules_ru
from .candidate import Candidate
from .context import Context
from .framing import frame
from .text import page_furniture
from .topics import suggest

_FALLBACK_TOPIC = {"trade": "trade", "investment": "finance", "grant": "finance"}
_CYRILLIC = dict(zip("aceopxyABCEHKMOPTX", "асеорхуАВСЕНКМОРТХ"))
_LOOKALIKE = re.compile(r"(?<=[а-яёәғқңөұүһіА-ЯЁ])[aceopxyABCEHKMOPTX]|[aceopxyABCEHKMOPTX](?=[а-яёәғқңөұүһі])")
_LATIN_I = re.compile(r"(?<=[а-яәғқңөұүһіё])[iI]|[iI](?=[а-яәғқңөұүһіё])", re.I)


def extract_candidates(text: str, lang: str, year: int | None = None, parties=()) -> list[Candidate]:
    """Candidate facts of one article, in text order."""
    # the page around the article is blanked, offsets kept: nothing is proposed from it, and a figure a caption
    # repeats is taken from the article's own sentence
    furniture = page_furniture(text)
    original = text
    if lang == "kk":
        # some Kazakh sites type «і» as the Latin «i» («бiрқатар келiсiмге»): read as the letter it stands for
        # (one letter for one, so every offset, and every quote cut from the source, stays)
        text = _LATIN_I.sub(lambda m: "і" if m[0] == "i" else "І", text)
    # a Latin look-alike typed inside a Cyrillic word («Василенкo»): read as the Cyrillic letter
    text = _LOOKALIKE.sub(lambda m: _CYRILLIC[m[0]], text)
    for a, b in furniture:
        text = text[:a] + " " * (b - a) + text[b:]
    ctx = Context(text, lang, year, list(parties))
    cands = figures.candidates(ctx)
    if lang in ("ru", "kk"):
        rules = rules_kk if lang == "kk" else rules_ru
        for rule in (rules.documents, rules.projects, rules.events, rules.people):
            cands += rule(ctx)
        # a post said apart from the name, in a later sentence
        coref = coref_kk if lang == "kk" else coref_ru
        cands += coref.people_by_periphrasis(ctx, [c for c in cands if c.kind == "person"])
    out = []
    text = original
    for c in cands:
        while c.start < c.end and text[c.start].isspace():
            c.start += 1
        if any(a < c.end and c.start < b for a, b in furniture):
            continue    # a quote must be the source's own words, credits and all: one that spans them is dropped
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
