"""Dates written in Russian and Kazakh text, each as a `FuzzyDate` string with its offsets.

natasha's DatesExtractor finds day, month and year in Russian; the rules here add what it does not give:
ranges («в январе-мае 2025 года», «2025–2026 годы», «с 13 по 14 апреля»), dates relative to the article
(«в прошлом году», «в ноябре прошлого года», «келесі жылы») and Kazakh month names with their endings.
"""
from __future__ import annotations

import calendar
import re
from dataclasses import dataclass, replace

from .text import Span

RU_MONTHS = ("январ", "феврал", "март", "апрел", "ма", "июн", "июл", "август", "сентябр", "октябр", "ноябр", "декабр")
KK_MONTHS = ("қаңтар", "ақпан", "наурыз", "сәуір", "мамыр", "маусым", "шілде", "тамыз", "қыркүйек", "қазан",
             "қараша", "желтоқсан")

_RU_MONTH = (r"(?:январ[ьяею]|феврал[ьяею]|март[аеу]?|апрел[ьяею]|ма[йяею]|июн[ьяею]|июл[ьяею]|август[аеу]?"
             r"|сентябр[ьяею]|октябр[ьяею]|ноябр[ьяею]|декабр[ьяею])")
_KK_MONTH = r"(?:" + "|".join(KK_MONTHS) + r")[а-яәғқңөұүһі]*"
_Y = r"((?:19|20)\d\d)"
_D = r"(\d{1,2})"
_YEAR_WORD = r"\s*(?:годах|годам|годов|годы|года|году|год|гг\.?|г\.)"
_REL_RU = {"позапрошл": -2, "прошл": -1, "минувш": -1, "текущ": 0, "эт": 0, "нынешн": 0, "следующ": 1, "будущ": 1}
_DIGIT = re.compile(r"\d")
# Each of natasha's date rules (yargy) has a number in digits and «dd.mm», a year of four digits or a month's
# name (every form of which begins with these letters). Its parser costs about a millisecond a sentence
# whatever it finds, so a sentence with none of them is not given to it.
_NATASHA_HINT = re.compile(r"\d\s*\.\s*\d|\d{4}|(?<![а-яё])(?:янв|фев|мар|апр|ма|июн|июл|авг|сен|окт|ноя|дек)", re.I)
_REL_RU_RE = r"(позапрошл|прошл|минувш|текущ|эт|нынешн|следующ|будущ)(?:ом|ого|ем|его)"


@dataclass(frozen=True)
class DateMention:
    start: int
    end: int
    value: str | None        # FuzzyDate text; None until a relative date is resolved against a year
    year_offset: int | None = None   # relative to the article's year («в прошлом году»: -1)
    month: int | None = None          # for «6 ноября» or «в ноябре прошлого года»: month known, year not
    day: int | None = None
    day_end: int | None = None
    month_end: int | None = None      # «январь–апрель текущего года»
    since: bool = False               # «с 2005 года»: from then until the article
    explicit_year: bool = False
    attributive: bool = False         # «саммит 2026 года»: names an event rather than dating the sentence
    program: bool = False             # «программа на 2015–2019 годы»
    future: bool = False              # said of what is to come

    def resolve(self, year: int | None) -> str | None:
        """The date as text, a relative one resolved against the article's year."""
        if self.value is not None:
            if self.since and year is not None and self.value.isdigit() and int(self.value) < year:
                return f"{self.value}..{year}"
            return self.value
        if year is None:
            return None
        y = year + (self.year_offset or 0)
        if self.month is None:
            return f"{y}"
        if self.month_end:
            return f"{y}-{self.month:02d}..{y}-{self.month_end:02d}"
        if self.day is None:
            return f"{y}-{self.month:02d}"
        last = calendar.monthrange(y, self.month)[1]
        if self.day > last:
            return f"{y}-{self.month:02d}"
        if self.day_end is not None and self.day_end <= last and self.day_end > self.day:
            return f"{y}-{self.month:02d}-{self.day:02d}..{y}-{self.month:02d}-{self.day_end:02d}"
        return f"{y}-{self.month:02d}-{self.day:02d}"


def _ru_month(word: str) -> int | None:
    w = word.lower()
    for i, stem in enumerate(RU_MONTHS, 1):
        if stem == "ма":
            if re.fullmatch(r"ма[йяею]", w):
                return i
        elif w.startswith(stem):
            return i
    return None


def _kk_month(word: str) -> int | None:
    w = word.lower()
    for i, stem in enumerate(KK_MONTHS, 1):
        if w.startswith(stem):
            return i
    return None


_PART_WORD = re.compile(r"(?:половин|полугоди|квартал|месяц|итог|начал|конц|конец|середин|период|течени|протяжени"
                        r"|весн|летом$|лета$|осен|зим)")     # («весной 2025 года»: a season dates as a part does)


def _valid_day(y, m, d) -> bool:
    return 1 <= m <= 12 and 1 <= d <= calendar.monthrange(y or 2000, m)[1]


_PREPS = {"в", "во", "с", "со", "до", "к", "по", "за", "на", "от", "после", "перед", "около", "между", "из", "начиная",
          "итогам", "итогах", "конце", "начале", "середине", "течение", "концу", "началу", "середины", "конца",
          "начала", "году", "года", "период", "периоде", "первом", "втором", "полугодии", "квартале", "уже", "и",
          "или", "же", "лишь", "только", "еще", "ещё"}


def _ru(text: str, s: int, e: int) -> list[DateMention]:
    out: list[DateMention] = []
    M, flags = _RU_MONTH, re.I

    def add(m, **kw):
        out.append(DateMention(m.start(), m.end(), **kw))

    for m in re.finditer(rf"(?:\bс\s+)?\b{_D}\s*(?:-|–|—|−|по)\s*{_D}\s+({M})(?:\s+{_Y}{_YEAR_WORD})?", text[:e], flags):
        if m.start() < s:
            continue
        d1, d2, mon, y = int(m[1]), int(m[2]), _ru_month(m[3]), m[4] and int(m[4])
        if mon and _valid_day(y, mon, d1) and _valid_day(y, mon, d2) and d2 > d1:
            if y:
                add(m, value=f"{y}-{mon:02d}-{d1:02d}..{y}-{mon:02d}-{d2:02d}", explicit_year=True)
            else:
                add(m, value=None, month=mon, day=d1, day_end=d2)
    for m in re.finditer(rf"\b({M})\s*(?:-|–|—|−|по)\s*({M})\s+{_Y}{_YEAR_WORD}?", text[:e], flags):
        if m.start() < s:
            continue
        a, b, y = _ru_month(m[1]), _ru_month(m[2]), int(m[3])
        if a and b and b > a:
            add(m, value=f"{y}-{a:02d}..{y}-{b:02d}", explicit_year=True)
    for m in re.finditer(rf"\b{_D}\s+({M})\s+{_Y}(?:{_YEAR_WORD})?", text[:e], flags):
        if m.start() < s:
            continue
        d, mon, y = int(m[1]), _ru_month(m[2]), int(m[3])
        if mon and _valid_day(y, mon, d):
            add(m, value=f"{y}-{mon:02d}-{d:02d}", explicit_year=True)
    for m in re.finditer(rf"\b{_D}\s+({M})\b", text[:e], flags):
        if m.start() < s:
            continue
        d, mon = int(m[1]), _ru_month(m[2])
        if mon and _valid_day(None, mon, d):
            add(m, value=None, month=mon, day=d)
    for m in re.finditer(rf"\b({M})\s+{_Y}(?:{_YEAR_WORD})?", text[:e], flags):
        if m.start() < s:
            continue
        mon, y = _ru_month(m[1]), int(m[2])
        if mon:
            add(m, value=f"{y}-{mon:02d}", explicit_year=True)
    for m in re.finditer(rf"\b({M})\s*(?:-|–|—|−|по)\s*({M})\s+{_REL_RU_RE}\s+года", text[:e], flags):
        if m.start() < s:
            continue
        a, b = _ru_month(m[1]), _ru_month(m[2])
        if a and b and b > a:
            add(m, value=None, month=a, month_end=b, year_offset=_REL_RU[m[3].lower()])
    for m in re.finditer(rf"\b({M})\s+{_REL_RU_RE}\s+года", text[:e], flags):
        if m.start() < s:
            continue
        mon = _ru_month(m[1])
        if mon:
            add(m, value=None, month=mon, year_offset=_REL_RU[m[2].lower()])
    # «за 9 месяцев 2024 года», «в первом полугодии 2024 года», «в I квартале 2024 года»
    for m in re.finditer(rf"\bза\s+(\d{{1,2}}|[а-я]+)\s+месяц\w*\s+{_Y}{_YEAR_WORD}", text[:e], flags):
        if m.start() < s:
            continue
        from ..textnum import numbers_in
        n = max(numbers_in(m[1], "ru"), default=None)
        if n is not None and 1 <= n <= 12 and n == int(n):
            add(m, value=f"{m[2]}-01..{m[2]}-{int(n):02d}", explicit_year=True)
    for m in re.finditer(rf"\b(?:в|за)\s+(перв\w+|втор\w+|треть\w+|четверт\w+|I|II|III|IV)\s+(полугоди\w+|квартал\w*)"
                         rf"\s+{_Y}{_YEAR_WORD}", text[:e], flags):
        if m.start() < s:
            continue
        order = {"перв": 1, "втор": 2, "трет": 3, "четв": 4, "i": 1, "ii": 2, "iii": 3, "iv": 4}
        k = next((v for key, v in order.items() if m[1].lower().startswith(key) and (len(key) > 2 or m[1].lower() == key)), None)
        span = 6 if m[2].lower().startswith("полугод") else 3
        if k and k * span <= 12:
            add(m, value=f"{m[3]}-{(k - 1) * span + 1:02d}..{m[3]}-{k * span:02d}", explicit_year=True)
    # a span of years, with a dash («2024–2026 годы»; a dash a page lost in its encoding is a «?»: «2018?2020 годы»)
    # or in words («с 2019 по 2023 годы»); a plan's period when «на» or «в период» leads it
    for rx in (rf"(?<![\d.,-]){_Y}(?:\s*(?:-|–|—|−)\s*|\?){_Y}{_YEAR_WORD}",
               rf"\bс\s+{_Y}\s+(?:г\.\s+)?по\s+{_Y}{_YEAR_WORD}"):
        for m in re.finditer(rx, text[:e], flags):
            a, b = int(m[1]), int(m[2])
            if m.start() >= s and b > a:
                add(m, value=f"{a}..{b}", explicit_year=True, program=_plan_period(text, m.start()))
    # («в 2025-м», «2025-го», «к 2026-му»: the year with its case ending and no «год»)
    for m in re.finditer(rf"(?<![\d.,\w-]){_Y}(?:{_YEAR_WORD}|-(?:м|го|му|й|ом)(?=\W))(?!\w)", text[:e], flags):
        if m.start() < s:
            continue
        prev = re.findall(r"[^\W\d_]+", text[max(0, m.start() - 30):m.start()])
        prev_word = prev[-1].lower() if prev else ""
        # («саммит 2026 года» names an event; «первую половину 2018 года», «итогам 2022 года» a part or the whole of
        # a year, which dates)
        # (but not across a comma, «по словам посла Жексембина, 2010 год стал …», nor a year in the nominative,
        # which is the sentence's subject)
        attributive = bool(prev_word) and prev_word not in _PREPS and _ru_month(prev_word) is None \
            and not _PART_WORD.match(prev_word) and not re.search(r"\bгод(?:ы)?$", m[0], re.I) \
            and not re.search(r"[^\w\s]\s*$", text[max(0, m.start() - 30):m.start()])
        add(m, value=m[1], explicit_year=True, attributive=attributive,
            future=prev_word == "до", since=prev_word in ("с", "со") and not m[0].lower().endswith("годы"))
    for m in re.finditer(rf"\b(?:в\s+)?{_REL_RU_RE}\s+(?:году|года)\b", text[:e], flags):
        if m.start() < s:
            continue
        add(m, value=None, year_offset=_REL_RU[m[1].lower()])
    for m in re.finditer(r"(?<![\d.])(\d{1,2})\.(\d{1,2})\.((?:19|20)\d\d)(?![\d])", text[:e]):
        if m.start() < s:
            continue
        d, mon, y = int(m[1]), int(m[2]), int(m[3])
        if _valid_day(y, mon, d):
            add(m, value=f"{y}-{mon:02d}-{d:02d}", explicit_year=True)
    return out


def _kk(text: str, s: int, e: int) -> list[DateMention]:
    out: list[DateMention] = []
    M, flags = _KK_MONTH, re.I

    def add(m, **kw):
        if m.start() >= s:
            out.append(DateMention(m.start(), m.end(), **kw))

    chunk = text[:e]
    for m in re.finditer(rf"{_Y}\s*-?\s*жыл\w*\s+{_D}\s+({M})", chunk, flags):
        y, d, mon = int(m[1]), int(m[2]), _kk_month(m[3])
        if mon and _valid_day(y, mon, d):
            add(m, value=f"{y}-{mon:02d}-{d:02d}", explicit_year=True, future=_kk_from(chunk, m.end()))
    for m in re.finditer(rf"{_Y}\s*-?\s*жыл\w*\s+({M})\s*[-–—−]\s*({M})", chunk, flags):
        y, a, b = int(m[1]), _kk_month(m[2]), _kk_month(m[3])
        if a and b and b > a:
            add(m, value=f"{y}-{a:02d}..{y}-{b:02d}", explicit_year=True)
    for m in re.finditer(rf"{_Y}\s*-?\s*жыл\w*\s+({M})", chunk, flags):
        y, mon = int(m[1]), _kk_month(m[2])
        if mon:
            add(m, value=f"{y}-{mon:02d}", explicit_year=True, future=_kk_from(chunk, m.end()))
    for m in re.finditer(rf"(?<![\d.]){_D}\s+({M})", chunk, flags):
        d, mon = int(m[1]), _kk_month(m[2])
        if mon and _valid_day(None, mon, d):
            add(m, value=None, month=mon, day=d, future=_kk_from(chunk, m.end()))
    # «2022 жылдың 9 айында»: the first months of a year (as «за 9 месяцев 2022 года»)
    for m in re.finditer(rf"{_Y}\s*-?\s*жыл(?:дың|ғы)\s+(?:алғашқы\s+|бірінші\s+)?(\d{{1,2}})\s+ай(?:ында|ы|да)\b",
                         chunk, flags):
        y, n = int(m[1]), int(m[2])
        if 1 <= n <= 12:
            add(m, value=f"{y}-01..{y}-{n:02d}", explicit_year=True)
    for m in re.finditer(rf"(?<![\d.,-]){_Y}\s*[-–—−]\s*{_Y}\s*-?\s*жыл\w*", chunk, flags):
        a, b = int(m[1]), int(m[2])
        if b > a:
            add(m, value=f"{a}..{b}", explicit_year=True, program="арнал" in chunk[m.end():m.end() + 20])
    for m in re.finditer(rf"(?<![\d.,\w-]){_Y}\s*-?\s*жыл\w*", chunk, flags):
        add(m, value=m[1], explicit_year=True, future=_kk_from(chunk, m.end()))
    for m in re.finditer(r"\b(өткен жылы|былтыр\w*|биыл\w*|осы жылы|келесі жылы|алдағы жылы)", chunk, flags):
        w = m[1].lower()
        off = -1 if w.startswith(("өткен", "былтыр")) else 1 if w.startswith(("келесі", "алдағы")) else 0
        add(m, value=None, year_offset=off, future=off > 0)
    return out


def _plan_period(text: str, pos: int) -> bool:
    """Whether the span of years at pos is a plan's period: «на 2024–2026 годы», «на период с 2024 по 2027 год»,
    «в период 2025–2027 годов» — it dates nothing told."""
    return bool(re.search(r"(?:\bна|\bв)\s+период\s*$|\bна\s*$", text[max(0, pos - 12):pos].lower()))


def _kk_from(text: str, pos: int) -> bool:
    """«2017 жылғы 1 қаңтардан бастап»: a date from which something will hold."""
    return bool(re.match(r"\s*\S*\s*бастап", text[pos:pos + 30]))


_RU_FUTURE = re.compile(r"\b(будет|будут|буду|будем|будете|планиру\w*|запланирован\w*|намечен\w*|намечает\w*"
                        r"|предстоящ\w*|состоится|состоятся|станет|станут|предполага\w*|ожида\w*|намерен(?:а|о|ы)?\b"
                        r"|цель|целью|прогноз\w*|стремят\w*|стремимся|рассчитыва\w*"
                        r"|должен|должна|должно|должны|предстоит)\b", re.I)     # «должна получить в 2021 году»
# «болмақ», «қол қойылмақ», «өткізілмек»: the intended future; «алуы тиіс»: what is to be
_KK_FUTURE = re.compile(r"(болады|болмақ|жоспарлан\w*|\bалдағы\b|\w+(?:атын|етін|йтын|йтін)\s+бол"
                        r"|\w+(?:ыл|іл|ын|ін)(?:мақ|мек|бақ|бек|пақ|пек)\b|\bтиіс\b)", re.I)


# «2027 жылы Белградта өтетін көрме»: a date whose own word is a participle in -атын/-етін (what is to take place),
# whatever the sentence's verb («… дайын екенін жеткізді»)
_KK_TO_BE_HELD = re.compile(r"(?:\s+[^\s.!?,]+){0,2}?\s+[^\s.!?,]+(?:атын|етін|йтын|йтін|итын|итін)(?![а-яәғқңөұүһі])",
                            re.I)


def sentence_is_future(sentence: str, lang: str) -> bool:
    """Said of what is to come: «будет», «планируется», a perfective verb in the present form («станет»)."""
    if lang == "kk":
        return bool(_KK_FUTURE.search(sentence))
    if _RU_FUTURE.search(sentence):
        return True
    from .nlp import parse
    for w in re.findall(r"[а-яё]+", sentence.lower()):
        p = parse(w)
        if p.tag.POS == "VERB" and "futr" in p.tag and "3per" in p.tag and p.score > 0.5:
            return True
    return False


def mentions(text: str, sent: Span, lang: str) -> list[DateMention]:
    """The dates in one sentence, longest first where two overlap."""
    found = _kk(text, sent.start, sent.end) if lang == "kk" else _ru(text, sent.start, sent.end)
    if lang != "kk":
        found += _natasha(text, sent)
    found.sort(key=lambda d: (-(d.end - d.start), d.start))
    kept: list[DateMention] = []
    for d in found:
        if any(d.start < k.end and k.start < d.end for k in kept):
            continue
        kept.append(d)
    whole = None
    out = []
    for d in kept:
        part = _clause_of(text, sent, d.start, d.end)
        if _has_verb(part, lang):
            future = sentence_is_future(part, lang)
        else:
            if whole is None:
                whole = sentence_is_future(sent.text, lang)
            future = whole
        if lang != "kk" and not future and _promised(text[max(sent.start, d.start - 120):d.start]):
            future = True
        if lang == "kk" and _KK_TO_BE_HELD.match(text, d.end, sent.end):
            future = True
        out.append(replace(d, future=d.future or future or d.attributive))
    return sorted(out, key=lambda d: d.start)


# verbs after which an infinitive's action is done, not promised: «удалось подписать», «начал работать»
_DONE_WITH_INFINITIVE = re.compile(r"^(?:удал|смог|сумел|успел|нача|стал|продолжи|перестал|прекрати|пыта)")


def _promised(before: str) -> bool:
    """Whether a date belongs to an action agreed or promised in the past, told by an infinitive («Новая
    Зеландия обязалась поддерживать Вьетнам в … проведении АТЭС в 2017 году», «договорились провести … в 2025
    году»): a year to come, not one lived through."""
    from .nlp import parse
    words = re.findall(r"[а-яё]+", before.lower())
    for k in range(len(words) - 1, 0, -1):
        p = parse(words[k])
        if p.tag.POS == "VERB":
            return False        # a finite verb nearer the date is the date's
        if p.tag.POS == "INFN":
            prev = parse(words[k - 1])
            return prev.tag.POS == "VERB" and "past" in prev.tag and not _DONE_WITH_INFINITIVE.match(words[k - 1])
    return False


def _clause_of(text: str, sent: Span, start: int, end: int) -> str:
    """The comma-delimited part of the sentence around a date: «…, который состоялся в 2005 году …»."""
    a = max(text.rfind(ch, sent.start, start) for ch in ",;:()–—")
    b = [text.find(ch, end, sent.end) for ch in ",;:()–—"]
    b = min([x for x in b if x != -1], default=sent.end)
    return text[max(a + 1, sent.start):b]


def _has_verb(part: str, lang: str) -> bool:
    if lang == "kk":
        return bool(re.search(r"\w+(ды|ді|ты|ті|ған|ген|қан|кен|ады|еді|йды|йді|болады)\b", part))
    from .nlp import parse
    return any(parse(w).tag.POS in ("VERB", "PRTS") for w in re.findall(r"[а-яё]+", part.lower()))


def _natasha(text: str, sent: Span) -> list[DateMention]:
    """natasha's dates, kept where the rules above found nothing (they overlap-check afterwards)."""
    if not (_DIGIT.search(sent.text) and _NATASHA_HINT.search(sent.text)):
        return []
    from .nlp import natasha
    out = []
    for m in natasha().dates(sent.text):
        f = m.fact
        start, end = sent.start + m.start, sent.start + m.stop
        if f.year and not re.search(r"\d{4}", text[start:end]):
            # «19.09.24»: natasha reads a two-digit year as 19xx; news of this century means 20xx
            f.year = 2000 + f.year % 100 if f.year % 100 <= 69 else 1900 + f.year % 100
        if f.year and f.month and f.day and _valid_day(f.year, f.month, f.day):
            out.append(DateMention(start, end, f"{f.year}-{f.month:02d}-{f.day:02d}", explicit_year=True))
        elif f.year and f.month:
            out.append(DateMention(start, end, f"{f.year}-{f.month:02d}", explicit_year=True))
        elif f.year and 1900 <= f.year <= 2100 and re.search(r"\d{4}", text[start:end]):
            out.append(DateMention(start, end, f"{f.year}", explicit_year=True))
        elif f.month and f.day and _valid_day(None, f.month, f.day):
            out.append(DateMention(start, end, None, month=f.month, day=f.day))
    return out
