"""A candidate fact: what the rules propose, with its evidence span, before the analyst decides."""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from decimal import Decimal

from ..textnum import numbers_in
from .text import first_upper


@dataclass
class Candidate:
    kind: str
    start: int                      # the evidence quote: text[start:end]
    end: int
    rule: str                       # which rule proposed it, for the analyst and the evaluation
    confidence: float
    title: dict = field(default_factory=dict)      # language -> one-line title
    date: str | None = None
    topics: list = field(default_factory=list)
    parties: list = field(default_factory=list)
    value: dict | None = None       # amount, currency | unit, qualifier
    count: int | None = None
    count_qualifier: str | None = None
    counted: str | None = None
    percent: Decimal | None = None
    indicator: str | None = None
    status: str | None = None
    person: dict | None = None      # {"name": {lang: …}, "post": {lang: …}}
    level: str | None = None        # a document's: inter_state, inter_governmental, inter_agency, commercial
    base: str | None = None         # a change's base period
    period: str | None = None       # the period a flow covers
    anchor: tuple = ()              # the figure or key phrase inside the quote (start, end)

    def numbers(self) -> list[Decimal]:
        out = []
        if self.value:
            out.append(Decimal(self.value["amount"]))
            per = self.value.get("per") or {}
            if per.get("amount", 1) != 1:
                out.append(Decimal(per["amount"]))
        if self.count is not None:
            out.append(Decimal(self.count))
        if self.percent is not None:
            out.append(abs(Decimal(self.percent)))
        return out

    def readable(self, text: str, lang: str) -> bool:
        """Every number the candidate asserts can be read in its quote, as `check` will read it."""
        from ..textnum import contains_number
        quote = text[self.start:self.end]
        return all(contains_number(quote, n, lang) for n in self.numbers())


# Words that only introduce or link, dropped from the start of a title.
_LEAD = re.compile(
    r"^(?:(?:кроме того|к примеру|например|напомним|справочно|при этом|в частности|также|тем не менее|однако|что|как известно|"
    r"вместе с тем|в свою очередь|тем временем|между тем|так|итак|и|а|но|тогда|сегодня|бұдан бөлек|сондай-ақ|алайда|бұл орайда|"
    r"бұған қоса|атап айтқанда|мәселен|подписанн\w*|заключенн\w*|заключённ\w*|включающ\w*|в том числе|"
    r"включая)\b[\s,:]*)+", re.I)
# Words left dangling at the end once the figure is gone.
_TAIL = re.compile(
    r"(?:[\s,:;–—-]+|\b(?:на|до|в|во|по|с|со|к|из|от|о|об|за|при|для|между|около|более|порядка|почти|свыше|менее|примерно|составил\w*|"
    r"составляет|составляют|достиг\w*|приблизил\w*|превысил\w*|общую|сумму|сумма|размере|объемом|стоимостью|"
    r"сроком|и|а|или|что|это|он|она|они|был\w*|болып|отыр|құрады|шамамен|астам|жуық|әзірге)\b)+$", re.I)


# Words that tie a figure to its sentence, dropped with the figure: «в размере …», «на общую сумму …», «кредит в …».
_CONNECT = re.compile(
    r"(?:\b(?:в размере|на (?:общую )?сумму|общей стоимостью|стоимостью|объемом|составил\w*|составляет|составляют|"
    r"достиг\w*|приблизил\w* к|превысил\w*|в сумме|в объ[её]ме|на уровне|до|на|около|более|порядка|почти|"
    r"свыше|за|с участием)\s*)+[\x00\x01]+", re.I)
# «кредит в 100 млн долларов»: «в» goes with a figure cut out with its unit (marked \x01); with the number alone cut
# out, the noun it counts stays and so does «в» («осуществляется в 4 фазах» -> «в фазах»)
_WITH_UNIT = re.compile(r"\b(?:в|во)\s*\x01+", re.I)


def strip_numbers(text: str, lang: str) -> str:
    """The text without figures, numeral words and the «%» sign."""
    def keep(m):
        w = m.group()
        if w[:1].isdigit():
            return ""
        return "" if numbers_in(w.lower(), lang) else w
    out = re.sub(r"(?<![^\W\d_]-)\d+(?:[ \u00a0]\d{3})*(?:[.,]\d+)?(?:-[^\W\d_]{1,3})?\s*%?|[^\W\d_]+", keep, text)
    out = re.sub(r"\b(млн|млрд|тыс|трлн)\b\.?", "", out)
    out = re.sub(r"\(\s*\)|«\s*»", "", out)
    return out


# A preposition or sign left with nothing to govern once the figure is gone: «грант в и …», «на $».
_DANGLING = re.compile(r"(?:\s+(?:в|во|на|до|за|по|с|со|из|от|к|около|более|порядка|почти|свыше|менее)|\s*[$€£¥₸₽])"
                       r"(?=\s*(?:(?:и|или|а)\b|[,.;:)»–—]|$))", re.I)


# the saying after a quote, its speaker unnamed there («…»,-деді; «…», — сказал он); a speaker named after it
# («…» - деді Тоқаев) stays, so the title keeps who said it
_SPEECH_TAG = re.compile(r"»\s*,?\s*[-–—]?\s*(?:деді|деп\s+\w+|(?:сказал|отметил|заявил|подчеркнул|сообщил)\w*)"
                         r"(?:\s+(?:он|она|они|ол|олар))?\s*\.?$", re.I)


def make_title(text: str, lang: str, cut: list[tuple[int, int]] = (), base: int = 0, limit: int = 120) -> str:
    """A one-line title from a passage: the figures (spans in `cut`, offsets relative to `base`) taken out
    with the words that tied them in, linking words trimmed, cut at a word boundary."""
    chars = list(text)
    for s, e in cut:
        lo, hi = max(0, s - base), min(len(chars), e - base)
        mark = "\x01" if hi > lo and not chars[hi - 1].isdigit() else "\x00"
        for k in range(lo, hi):
            chars[k] = mark
    t = "".join(chars)
    t = _WITH_UNIT.sub("\x00", t)
    t = _CONNECT.sub("\0", t)
    t = re.sub(r"[\x00\x01]+", " ", t)
    # the other figures of the passage stay: «инвестирует в строительство четырех заводов» reads, «… заводов …
    # гектаров … тенге» with the figures taken out does not; they are the source's words, in its quote
    t = re.sub(r"\s+", " ", t).strip()
    t = _DANGLING.sub("", t)
    t = re.sub(r"\(\s*\)|«\s*»", "", t)
    t = re.sub(r"\s+([,.;:)»])", r"\1", t)
    t = re.sub(r"([(«])\s+", r"\1", t)
    t = re.sub(r"\(\s*[–—-]\s*", "(", t)
    t = re.sub(r",\s*,", ",", t)
    t = _LEAD.sub("", t).strip()
    t = _TAIL.sub("", t).strip()
    t = _SPEECH_TAG.sub("»", t)      # «…»,-деді / «…», — сказал он: the words said, not the saying
    t = t.strip(" ,.;:–—-")
    if len(t) > limit:
        cut_at = t.rfind(" ", 0, limit)
        # the last comma that parts words, not a decimal comma («1,2 миллиарда»)
        comma = max((m.start() for m in re.finditer(r",(?!\d)", t[:limit])), default=-1)
        if comma > limit * 0.6:
            cut_at = comma
        t = _TAIL.sub("", t[:cut_at if cut_at > 0 else limit]).strip(" ,.;:–—-")
    if t.count("«") > t.count("»"):
        t += "»"
    while t.count("»") > t.count("«") and t.endswith("»"):
        t = t[:-1]      # «Декларацию о намерениях», the opening mark left before the cut
    if t.startswith("«") and t.endswith("»") and t.count("«") == 1:
        t = t[1:-1]     # a title quoted whole is the title
    if t.count("(") > t.count(")"):
        t += ")"
    return first_upper(t)
