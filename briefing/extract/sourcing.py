"""Adding an article to a dossier as a source: verbatim copy, language, a proposed date with its sentence."""
from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass
from pathlib import Path

from ..errors import ContentError, Problem
from . import dates as _dates
from .text import detect_language, sentences


@dataclass
class DateProposal:
    date: str
    basis: str                  # stated (the article dates itself) | inferred (from what it tells) | given (--date)
    evidence: str | None        # the sentence or line that shows it


# A line that is only a date (a page's metadata line: «2016-11-23», «23.11.2016 14:05», «Дата: 06:48,
# 27-10-2017.», «22-12-20»), near the top or the bottom of the text: day, month and year in figures, a time
# before or after, a two-digit year of this century.
_META_WORDS = r"(?:опубликовано|дата(?:\s+публикации)?|обновлено|published|date|жарияланды|жарияланған)?\s*:?\s*"
_TIME = r"\d\d?:\d\d(?::\d\d)?"
_META_LINE = re.compile(
    r"^\s*[•·*]?\s*" + _META_WORDS + r"(?:" + _TIME + r"\s*[,|]?\s*)?"
    r"(?:(?P<y1>(?:19|20)\d\d)-(?P<m1>\d\d)-(?P<d1>\d\d)|(?P<d2>\d\d?)[./-](?P<m2>\d\d)[./-](?P<y2>(?:19|20)?\d\d))"
    r"(?:[T\s,|]+" + _TIME + r"\S*)?[\s|.]*$", re.I | re.M)
# «РИА Новости 19.09.24 Слов: 160»: an agency's line with the item's date in figures.
_AGENCY_LINE = re.compile(r"^[ \t]*(?:[A-ZА-ЯЁ][\w.\-]*[ \t]+){1,3}(?P<y1>)(?P<m1>)(?P<d1>)(?P<d2>\d\d?)\.(?P<m2>\d\d)\."
                          r"(?P<y2>(?:19|20)?\d\d)\b(?:[ \t]+[^\n]{0,30})?$", re.M)
# «15.09.2022 ТАСС …»: a date in figures and the agency that dates the item, at a line's start.
_AGENCY_DATELINE = re.compile(r"^\s*(?P<y1>)(?P<m1>)(?P<d1>)(?P<d2>\d\d?)\.(?P<m2>\d\d)\.(?P<y2>(?:19|20)\d\d)\s+"
                              r"(?=[A-ZА-ЯЁ]{2,}\b)", re.M)
# «текущего 2016 года», «в нынешнем 2016 году», «биылғы 2016 жылы»: the year the article calls its own.
_CURRENT_YEAR = re.compile(r"\b(?:текущ\w*|нынешн\w*|эт\w*|сего|биылғы|биыл)[,\s]+(?:(?:то есть|т\.\s?е\.|яғни)\s+)?"
                           r"((?:19|20)\d\d)\b", re.I)


# «к 2030 году», «до 2030 года», «2030 жылға дейін»: a year aimed at, not lived through.
_TARGET_BEFORE = re.compile(r"(?:\bк|\bдо|к\s+концу|до\s+конца|на\s+период\s+до)\s*$", re.I)


_GOAL = re.compile(r"\b(?:намерен(?:а|о|ы)?\b|цель\w*|довести|нарастить|увеличить|стратеги\w*|мақсат\w*|жеткізу)\b", re.I)


# «14 фев 2018, 05:12», «12 июля 2024 г.», «2024 жылғы 12 шілде», «Грузия, 9 сентября, 2013, 13:46 — ИА Регнум»:
# a date line with the month in words
_WORD_DATE_LINE = re.compile(r"^\s*[•·*]?\s*(?!(?:понедельник|вторник|среда|четверг|пятница|суббота|воскресенье|"
                             r"дүйсенбі|сейсенбі|сәрсенбі|бейсенбі|жұма|сенбі|жексенбі)\b)"
                             r"(?:[A-ZА-ЯЁ][\w\- ]{1,30},\s*)?" + _META_WORDS
                             + r"(?:(\d{1,2})\s+([^\W\d_]+)\.?,?\s+((?:19|20)\d\d)"
                             r"|((?:19|20)\d\d)\s+жылғы\s+(\d{1,2})\s+([^\W\d_]+)"
                             r"|([^\W\d_]+)\s+(\d{1,2}),\s+((?:19|20)\d\d))\s*(?:г\.|года)?"
                             r"(?:[.,\t |]+" + _TIME + r")?(?:[ \t]+[—–-][ \t]+[^\n]{2,40}|[ \t]+(?-i:[A-ZА-ЯЁ]{2,12})"
                             r"|[ \t]*•[^\n]{0,30})?[ \t|.]*$", re.I | re.M)
# «Грузия, 9 сентября, 2013, 13:46 — ИА Регнум. …»: a news agency's dateline opening the first paragraph
_AGENCY_DATELINE_WORDS = re.compile(r"^\s*[A-ZА-ЯЁ][\w\- ]{1,30},\s*(\d{1,2})\s+([^\W\d_]+)\.?,?\s+((?:19|20)\d\d)"
                                    r"(?:,?\s*" + _TIME + r")?\s+[—–-]\s", re.M)
_CLOCK = re.compile(r"\s*(?:понедельник|вторник|среда|четверг|пятница|суббота|воскресенье|дүйсенбі|сейсенбі|"
                    r"сәрсенбі|бейсенбі|жұма|сенбі|жексенбі),\s*\d", re.I)
# Month names in Uzbek Latin, as Uzbek pages quoted in Russian or Kazakh news write them («2 Noyabr 2023»). An
# English month is left out: on a Russian or Kazakh page it is the site's clock in its interface language.
_LATIN_MONTHS = {m: i for i, m in enumerate(("yanvar", "fevral", "mart", "aprel", "may", "iyun", "iyul", "avgust",
                                             "sentyabr", "oktyabr", "noyabr", "dekabr"), 1)}
# and in Ukrainian, as Ukrainian pages in Russian stamp their items («22:58 7 серпня 2019»)
_LATIN_MONTHS.update({m: i for i, m in enumerate(("січня", "лютого", "березня", "квітня", "травня", "червня", "липня",
                                                  "серпня", "вересня", "жовтня", "листопада", "грудня"), 1)})
_MONTH_ABBR = {"январь": 1, "февраль": 2, "март": 3, "апрель": 4, "июнь": 6, "июль": 7, "август": 8, "сентябрь": 9,
               "октябрь": 10, "ноябрь": 11, "декабрь": 12, "янв": 1, "фев": 2, "мар": 3, "апр": 4, "май": 5, "мая": 5, "июн": 6, "июл": 7, "авг": 8, "сен": 9,
               "сент": 9, "окт": 10, "ноя": 11, "нояб": 11, "дек": 12}


def _month_of(word: str) -> int | None:
    low = word.lower().rstrip(".")
    return _MONTH_ABBR.get(low) or _LATIN_MONTHS.get(low) or _dates._ru_month(low) or _dates._kk_month(low)


_DATE_IN_LINE = re.compile(r"(?<!\d)(\d{1,2})\s+([^\W\d_]{3,})\.?,?\s+((?:19|20)\d\d)\b")
_DOTTED_IN_HEAD = re.compile(r"(?<![\d.])(\d{1,2})\.(\d{2})\.((?:19|20)\d\d)(?![\d.])")
# «21 января 2011 - 09:33 AMT»: a date with its clock time near the top is the item's stamp
_STAMP = re.compile(r"(?<!\d)(\d{1,2})\s+([^\W\d_]+)\s+((?:19|20)\d\d)(?:\s*г\.)?\s*[-–—,|]?\s*\d\d?:\d\d\b"
                    r"|\b\d\d?:\d\d\s+(\d{1,2})\s+([^\W\d_]+)\s+((?:19|20)\d\d)\b")
# «Вчера, 20:12» under the page's clock «вторник, 11 марта 2025 г.»: the item's day, told against the clock
_RELATIVE_STAMP = re.compile(r"\b(Сегодня|Вчера|Бүгін|Кеше),?\s+\d\d?:\d\d\b")
_CLOCK_DATE = re.compile(r"(?:понедельник|вторник|среда|четверг|пятница|суббота|воскресенье),\s*(\d{1,2})\s+"
                         r"([^\W\d_]+)\s+((?:19|20)\d\d)", re.I)


def _meta_date(text: str) -> DateProposal | None:
    lines = [line for line in text.splitlines() if line.strip()]
    edge = "\n".join(lines[:12] + lines[-3:])
    for m in list(_WORD_DATE_LINE.finditer(edge)) + list(_AGENCY_DATELINE_WORDS.finditer(edge)):
        if m.re is _AGENCY_DATELINE_WORDS or m[1]:
            d, month, y = m[1], m[2], m[3]
        elif m[4]:
            d, month, y = m[5], m[6], m[4]
        else:       # «Март 01, 2026»: the month first
            d, month, y = m[8], m[7], m[9]
        mo = _month_of(month)
        if mo and 1 <= int(d) <= 31:
            return DateProposal(f"{int(y):04d}-{mo:02d}-{int(d):02d}", "stated", m[0].strip())
    # a short line near the top with a date in it («Билік 2 Noyabr 2023 3970»), or a dotted date in the first
    # lines («Sputnik Қазақстан, 1920, 11.09.2023»): the item's stamp
    for line in lines[:4]:
        if len(line.split()) <= 6 and not _CLOCK_DATE.search(line):
            m = _DATE_IN_LINE.search(line)
            if m and _month_of(m[2]) and 1 <= int(m[1]) <= 31:
                return DateProposal(f"{int(m[3]):04d}-{_month_of(m[2]):02d}-{int(m[1]):02d}", "stated", line.strip())
    head = text[:400]
    m = _DOTTED_IN_HEAD.search(head)
    if m and 1 <= int(m[2]) <= 12 and 1 <= int(m[1]) <= 31 and not _CLOCK.match(head[head.rfind("\n", 0, m.start()) + 1:]):
        return DateProposal(f"{int(m[3]):04d}-{int(m[2]):02d}-{int(m[1]):02d}", "stated",
                            head[head.rfind("\n", 0, m.start()) + 1:head.find("\n", m.end()) if "\n" in head[m.end():]
                                 else len(head)].strip())
    for m in _STAMP.finditer(head):
        if _CLOCK.match(head[head.rfind("\n", 0, m.start()) + 1:]):
            continue        # the page's clock, with its weekday
        d, month, y = (m[1], m[2], m[3]) if m[1] else (m[4], m[5], m[6])
        mo = _month_of(month)
        if mo and 1 <= int(d) <= 31:
            return DateProposal(f"{int(y):04d}-{mo:02d}-{int(d):02d}", "stated", m[0].strip())
    rel, clock = _RELATIVE_STAMP.search(head), _CLOCK_DATE.search(head)
    if rel and clock and _month_of(clock[2]) and clock.start() < rel.start():
        import datetime
        day = datetime.date(int(clock[3]), _month_of(clock[2]), int(clock[1]))
        if rel[1].lower() in ("вчера", "кеше"):
            day -= datetime.timedelta(days=1)
        return DateProposal(day.isoformat(), "stated", rel[0])
    for m in list(_META_LINE.finditer(edge)) + list(_AGENCY_DATELINE.finditer(edge)) + list(_AGENCY_LINE.finditer(edge)):
        y, mo, d = (int(m[g + "1"] or m[g + "2"]) for g in ("y", "m", "d"))
        y += 2000 if y < 100 else 0
        if 1 <= mo <= 12 and 1 <= d <= 31:
            return DateProposal(f"{y:04d}-{mo:02d}-{d:02d}", "stated", m[0].strip())
    return None


def propose_date(text: str, lang: str) -> DateProposal | None:
    """When the article was written, from what the text shows.

    Stated: a page's date line (an ISO or dotted date on a line of its own near the top or bottom) or a
    dateline («Астана, 12 июня 2024 года.»). Otherwise inferred, as a year: the year the article calls its own
    («текущего 2016 года»), else the latest year of a dated event it tells in the past tense, and never earlier
    than a year it speaks of as past («с 2020 года» puts it in 2020 or later); when the earliest year it speaks
    of as to come is later still («саммит 2026 года»), the year before that one."""
    meta = _meta_date(text)
    if meta is not None:
        return meta
    sents = sentences(text)
    for si, sent in enumerate(sents[:4]):
        for m in _dates.mentions(text, sent, lang):
            if m.value and len(m.value) == 10 and m.explicit_year and _dateline(text, m.start, m.end):
                return DateProposal(m.value, "stated", _quote(sent.text))
    past, future, own = [], [], []
    for si, sent in enumerate(sents):
        if _CLOCK.match(sent.text):
            continue        # «вторник, 23 апреля 2024»: the page's clock, the day it was read, not written
        for m in _CURRENT_YEAR.finditer(sent.text):
            own.append((int(m[1]), sent))
        for m in _dates.mentions(text, sent, lang):
            if not m.explicit_year or m.program or not m.value:
                continue
            years = [int(p[:4]) for p in m.value.split("..")]
            if m.since and not m.future:
                past.append((min(years), sent))     # «с 2020 года»: from a year already begun
            elif _TARGET_BEFORE.search(text[max(0, m.start - 25):m.start]) or (m.future and _GOAL.search(sent.text)):
                continue        # a target year says nothing of when the article was written
            elif m.future:
                future.append((min(years), sent))
            else:
                past.append((max(years), sent))
                if len(m.value) == 10:
                    own.append((years[0], sent))    # a dated event told as done: news tells it within days
    latest_past = max(past, key=lambda p: p[0]) if past else None
    if own:
        best = max(own, key=lambda p: p[0])
        if latest_past is None or latest_past[0] <= best[0]:
            return DateProposal(str(best[0]), "inferred", _quote(best[1].text))
    best = latest_past
    if future:
        soon = min(future, key=lambda p: p[0])
        if best is None or soon[0] - 1 > best[0]:
            best = (soon[0] - 1, soon[1])
    if best is None:
        return None
    return DateProposal(str(best[0]), "inferred", _quote(best[1].text))


_PLACE = re.compile(r"(?:[A-ZА-ЯЁӘҒҚҢӨҰҮҺІ][\w\-]+(?:\s+[A-ZА-ЯЁӘҒҚҢӨҰҮҺІ][\w\-]+)?\s*,\s*)?$")


def _dateline(text: str, start: int, end: int) -> bool:
    """«Астана, 12 июня 2024 года.» at the start of a line: the date the release gives itself."""
    line_start = text.rfind("\n", 0, start) + 1
    if not _PLACE.fullmatch(text[line_start:start].strip() + (" " if text[line_start:start].strip() else "")) and \
            text[line_start:start].strip():
        return False
    return bool(re.match(r"\s*(?:г\.|года)?\s*(?:[.—–\-]|\n|$)", text[end:end + 8]))


def _quote(sentence: str) -> str:
    return re.sub(r"\s+", " ", sentence).strip().rstrip(".")


def propose_title(text: str) -> str:
    """The headline: the first line of two words or more that is the article's own (not a date line, a
    dateline alone, a counter or a credit), without an outlet appended («… - «Qazaqstan» Ұлттық телеарнасы»);
    else the first sentence; cut at a word."""
    from .pipeline import page_furniture
    furniture = page_furniture(text)
    first = ""
    pos = 0
    for line in text.split("\n"):
        start, pos = pos, pos + len(line) + 1
        line = re.sub(r"\s+", " ", line).strip()
        if len(line.split()) < 2 or _META_LINE.fullmatch(line) or _DATELINE_ONLY.fullmatch(line) \
                or _DATE_FIRST.match(line) or _MASTHEAD.search(line):
            continue
        if any(a < pos and start < b for a, b in furniture) and not _OUTLET_SUFFIX.search(line):
            continue
        first = _OUTLET_SUFFIX.sub("", line).strip()
        if len(first) > 200:        # a lead with no headline above it: its first sentence
            sents = sentences(first)
            first = sents[0].text.strip() if sents else first
        break
    if not first:
        sents = sentences(text)
        first = sents[0].text.strip() if sents else text.strip()[:200]
    if len(first) > 200:
        first = first[:first.rfind(" ", 0, 200)].rstrip(" ,;:") + "…"
    return re.sub(r"\s+", " ", first)


# «ПЕКИН.», «Ташкент, 23:26 | 08 декабря»: a place and a time, no headline
_DATELINE_ONLY = re.compile(r"[A-ZА-ЯЁӘҒҚҢӨҰҮҺІ]{2,}[A-ZА-ЯЁӘҒҚҢӨҰҮҺІ\- ]*\.?"
                            r"|[A-ZА-ЯЁӘҒҚҢӨҰҮҺІ][\w\- ]{1,30},\s*(?:\d\d?:\d\d\s*\|?\s*)?\d{1,2}\s+\w+\.?")
_OUTLET_SUFFIX = re.compile(r"\s[-–|]\s«[^»]{2,60}»[^\n]{0,40}$")
# «2 сентября 2008 | ЭКОНОМИКА |», «19 января 2023, 15:33 O!News»: a page's date and section, no headline
_DATE_FIRST = re.compile(r"\d{1,2}\s+[^\W\d_]+\s+(?:19|20)\d\d\b")
# an outlet's masthead: «Узбекское телеграфное», «агентство»
_MASTHEAD = re.compile(r"\b(?:агентств\w*|телеграфн\w*|информационн\w+\s+агентств\w*|news agency|лента новостей|"
                       r"все новости|главная страница|жаңалықтар легі)\b", re.I)


def propose_outlet(text: str) -> str | None:
    """The outlet the text names: «сообщает ТАСС», «передает Kazinform», «— Sputnik», «15.09.2022 ТАСС»,
    «ИА "Дунё"», «Ташкент. 27 октября. УзТАГ –»."""
    for rx in (r"(?:передает|передаёт|сообщает|сообщило|пишет)\s+[^(\n]{0,60}?\(([A-ZА-ЯЁ][\w.\-]{1,20})\)",
               r"(?:передает|передаёт|сообщает|сообщило|пишет)\s+((?:ИА|агентство)\s+(?:[\"«][^\"»]{2,30}[\"»]"
               r"|[A-ZА-ЯЁ][\w.\-]*[\w])|[A-ZА-ЯЁ][\w.\-]*[\w](?:\s+[A-Z][\w.\-]*[\w])?)",
               r"[—–-]\s+(Sputnik|ТАСС|РИА Новости|Интерфакс|Kazinform|Казинформ|УзА|Trend|АПА|Report|ИА\s+[A-ZА-ЯЁ][\w\-]+)\b",
               r"^\s*\d\d?\.\d\d\.\d{4}\s+([A-ZА-ЯЁ]{2,}[\w\-]*)",
               r"\d{1,2}\s+\w+\.\s+([A-ZА-ЯЁ][\wА-ЯЁ]{2,})\s+[–—-]",
               r"^\s*[A-ZА-ЯЁ]+\s*/\s*([^/\n]{2,30}?)\s*/", r"деп хабарлады\s+([^.\n]{3,60})"):
        m = re.search(rx, text[:1500], re.M)
        if m:
            return m[1].strip(" .,")
    return None


def read_article(path: Path) -> tuple[bytes, str]:
    """The file's bytes and its text, read and decoded as the dossier's source texts are."""
    from ..yamlio import decode_text, read_bytes
    raw = read_bytes(path, str(path))
    text = decode_text(raw, str(path))
    if not text.strip():
        raise ContentError("empty file", [Problem(str(path), None, "", "the file is empty")])
    return raw, text


def held_by(dossier_dir: Path, raw: bytes, sources: list[dict]) -> str | None:
    """The id of the source whose text has exactly these bytes, if the dossier holds it already."""
    digest = hashlib.sha256(raw).digest()
    for src in sources:
        path = dossier_dir / str(src.get("file", ""))
        try:
            if hashlib.sha256(path.read_bytes()).digest() == digest:
                return str(src.get("id"))
        except OSError:
            continue
    return None


def next_id(sources: list[dict]) -> tuple[str, int]:
    numbers = [int(m[1]) for s in sources if (m := re.fullmatch(r"s(\d+)", str(s.get("id", ""))))]
    n = max(numbers) + 1 if numbers else 0
    return f"s{n:03d}", n


def text_name(raw: bytes, n: int) -> str:
    return f"texts/{n:03d}_{hashlib.sha256(raw).hexdigest()[:16]}.txt"


def source_entry(sid: str, file: str, text: str, date: DateProposal, lang: str | None = None) -> dict:
    entry = {"id": sid, "file": file, "title": propose_title(text), "outlet": propose_outlet(text),
             "language": lang or detect_language(text), "date": date.date, "date_basis": date.basis}
    if date.evidence:
        entry["date_evidence"] = date.evidence
    return entry
