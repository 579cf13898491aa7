"""All rules over one text: candidates with their topics, each number checked against its quote."""
from __future__ import annotations

import re

from . import figures, rules_kk, rules_ru
from .candidate import Candidate
from .context import Context
from .framing import frame
from .topics import suggest

_FALLBACK_TOPIC = {"trade": "trade", "investment": "finance", "grant": "finance"}

# What a web page puts around an article: counters and share buttons, photo credits and captions, bylines.
_COUNTER_LINE = re.compile(r"^[^\n]{0,40}\b(?:Поделиться|Просмотр\w*|Комментари\w*|Нравится|Подписаться|"
                           r"рет қаралған|Пікір\w*|Бөлісу|Слов:|Время чтения|мин\.? чтения|оқу уақыты)[^\n]{0,40}$",
                           re.I | re.M)
_CREDIT = re.compile(r"(?:\b(?:Фото|Фотография|Photo|Сурет|Видео|Источник фото)\s*:\s*[^\s«\"“]+(?:\s+[^\s«\"“.,]+)?"
                     r"|^[^\n]{0,160}\s/\s*[\w.\- ]{2,30}$"
                     r"|^(?:Иллюстративное фото|Фото из открытых источников)\.?$"
                     r"|^[^\n]{10,200}\s[-–|]\s«[^»\n]{2,60}»[^\n]{0,40}$"
                     r"|^\d\d?\.\d\d\.\d{4}\s+[A-ZА-ЯЁ]{2,}\s*\d*(?=\S|\s)"
                     r"|^(?:[^|\n]{0,40}\|){2,}[^|\n]{0,40}$"
                     # a currency widget: «USD 468.56», «AZN = 49.92 RUB», «• EUR 497.56»
                     r"|^[ \t•·*]*(?:1[ \t]*)?[A-Z]{3}[ \t]*[=:|]?[ \t]*\d+(?:[.,]\d+)?[ \t]*(?:[A-Z]{3}|[₸₽$€])?[ \t]*$"
                     r"|^(?:Адрес материала|Ссылки для упрощенного доступа|Источник)\s*:?[^\n]*$)", re.I | re.M)


def page_furniture(text: str) -> list[tuple[int, int]]:
    """Spans of the page around the article, never proposed: «Поделиться 0 … 21 Просмотры», «Фото: …»,
    a caption ending in its credit («… / shutterstock»)."""
    return sorted((m.start(), m.end()) for rx in (_COUNTER_LINE, _CREDIT) for m in rx.finditer(text))


def extract_candidates(text: str, lang: str, year: int | None = None, parties=()) -> list[Candidate]:
    """Candidate facts of one article, in text order."""
    # the page around the article is blanked, offsets kept: nothing is proposed from it, and a figure a caption
    # repeats is taken from the article's own sentence
    furniture = page_furniture(text)
    original = text
    for a, b in furniture:
        text = text[:a] + " " * (b - a) + text[b:]
    ctx = Context(text, lang, year, list(parties))
    cands = figures.candidates(ctx)
    if lang in ("ru", "kk"):
        rules = rules_kk if lang == "kk" else rules_ru
        for rule in (rules.documents, rules.projects, rules.events, rules.people):
            cands += rule(ctx)
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
