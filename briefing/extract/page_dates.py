"""The date a web page puts on its item, read from the page's own lines: a date line («12.07.2024, 19:29»,
«14 фев 2018, 05:12», «Март 01, 2026»), an agency's dateline («Грузия, 9 сентября, 2013, 13:46 — ИА Регнум»,
«15.09.2022 ТАСС»), a stamp with its clock time («21 января 2011 - 09:33»), or a relative stamp told against the
page's clock («Вчера, 20:12» under «вторник, 11 марта 2025 г.»). The page's clock itself, with its weekday, is the
day the page was read, not written. `sourcing.propose_date` asks here first."""
from __future__ import annotations

import datetime
import re

from . import dates as _dates
from .nlp import parse

_WEEKDAYS_RU = "понедельник|вторник|среда|четверг|пятница|суббота|воскресенье"
_WEEKDAYS_KK = "дүйсенбі|сейсенбі|сәрсенбі|бейсенбі|жұма|сенбі|жексенбі"
_WEEKDAY = "(?:" + _WEEKDAYS_RU + "|" + _WEEKDAYS_KK + ")"
_WEEKDAY_WORD = re.compile(r"\b" + _WEEKDAY + r"\b", re.I)

# A line that is only a date (a page's metadata line: «2016-11-23», «2019.10.15.», «23.11.2016 14:05», «Дата: 06:48,
# 27-10-2017.», «22-12-20»), near the top or the bottom of the text: day, month and year in figures, a time
# before or after, a two-digit year of this century.
_META_WORDS = (r"(?:опубликовано|дата(?:\s+публикации)?|обновлено|обн|(?:this\s+(?:post|article|entry)\s+was\s+)?"
               r"published(?:\s+on)?|date|жарияланды|жарияланған)?\s*:?\s*")
_TIME = r"\d\d?:\d\d(?::\d\d)?"
META_LINE = re.compile(
    r"^\s*[•·*]?\s*" + _META_WORDS + r"(?:" + _TIME + r"\s*[,|]?\s*)?"
    r"(?:(?P<y1>(?:19|20)\d\d)([-.])(?P<m1>\d\d?)\2(?P<d1>\d\d?)|(?P<d2>\d\d?)[./-](?P<m2>\d\d)[./-](?P<y2>(?:19|20)?\d\d))"
    r"(?:[T\s,|–—-]+" + _TIME + r"\S*(?:\s*\([^)\n]{1,20}\))?)?"
    r"(?:,\s*" + _WEEKDAY + r")?[\s|.]*$", re.I | re.M)    # «08:4819/02/2026, четверг»
# «РИА Новости 19.09.24 Слов: 160»: an agency's line with the item's date in figures.
_AGENCY_LINE = re.compile(r"^[ \t]*(?:[A-ZА-ЯЁ][\w.\-]*[ \t]+){1,3}(?P<y1>)(?P<m1>)(?P<d1>)(?P<d2>\d\d?)\.(?P<m2>\d\d)\."
                          r"(?P<y2>(?:19|20)?\d\d)\b(?:[ \t]+[^\n]{0,30})?$", re.M)
# «15.09.2022 ТАСС …»: a date in figures and the agency that dates the item, at a line's start.
_AGENCY_DATELINE = re.compile(r"^\s*(?P<y1>)(?P<m1>)(?P<d1>)(?P<d2>\d\d?)\.(?P<m2>\d\d)\.(?P<y2>(?:19|20)\d\d)\s+"
                              r"(?=[A-ZА-ЯЁ]{2,}\b)", re.M)
# «14 фев 2018, 05:12», «12 июля 2024 г.», «2024 жылғы 12 шілде», «Грузия, 9 сентября, 2013, 13:46 — ИА Регнум»,
# «28 мамыр, 2021 / NewsRoom / Жаңалықтар»: a date line with the month in words
_WORD_DATE_LINE = re.compile(r"^\s*[•·*-]?\s*(?!" + _WEEKDAY + r"\b)"
                             r"(?:[A-ZА-ЯЁ][\w\- ]{1,30},\s*)?" + _META_WORDS
                             + r"(?:(\d{1,2})\s+([^\W\d_]+)\.?,?\s+((?:19|20)\d\d)"
                             r"|((?:19|20)\d\d)\s+жылғы\s+(\d{1,2})\s+([^\W\d_]+)"
                             r"|([^\W\d_]+)\s+(\d{1,2})(?:st|nd|rd|th)?,\s+((?:19|20)\d\d))\s*(?:г\.|года)?"
                             r"(?:[.,\t |]+" + _TIME + r")?(?:[ \t]+[—–/-][ \t]+[^\n]{2,40}|[ \t]+(?-i:[A-ZА-ЯЁ]{2,12})"
                             r"|(?<=\d)[ \t]+(?-i:[A-ZА-ЯЁ][a-zа-яё]{2,20})"
                             r"|[ \t]*•[^\n]{0,30}|[ \t]*\|[ \t]*[^\n|]{2,40})?[ \t|.]*$", re.I | re.M)
# «Грузия, 9 сентября, 2013, 13:46 — ИА Регнум. …»: a news agency's dateline opening the first paragraph
_AGENCY_DATELINE_WORDS = re.compile(r"^\s*[A-ZА-ЯЁ][\w\- ]{1,30},\s*(\d{1,2})\s+([^\W\d_]+)\.?,?\s+((?:19|20)\d\d)"
                                    r"(?:\s*(?:года|г\.))?(?:,?\s*" + _TIME + r")?\s+[—–-]\s", re.M)
# «22 сәуір, 2020 ж., Нұр Сұлтан, Қазақстан – …»: the date, then the place, opening the first paragraph
_DATE_PLACE_DATELINE = re.compile(r"^\s*(\d{1,2})\s+([^\W\d_]+)\.?,?\s+((?:19|20)\d\d)\s*(?:ж\.|жыл\w*|г\.|года)?,"
                                  r"(?:\s*[A-ZА-ЯЁӘҒҚҢӨҰҮҺІ][\w\-]*(?:\s+[A-ZА-ЯЁӘҒҚҢӨҰҮҺІ][\w\-]*)?,?){1,2}\s+[—–-]\s",
                                  re.M)
_CLOCK = re.compile(r"\s*" + _WEEKDAY + r",\s*\d", re.I)
# «Московское время 14:25 29 Марта 2024 года»: a clock that says it is one, the time of the reader's visit
_TIME_LABEL = re.compile(r"\s*(?:московское|местное|астанинское|ташкентское|бишкекское|минское|киевское)\s+время\b",
                         re.I)
# Month names in Uzbek Latin, as Uzbek pages quoted in Russian or Kazakh news write them («2 Noyabr 2023»). An
# English month is left out: on a Russian or Kazakh page it is the site's clock in its interface language.
_LATIN_MONTHS = {m: i for i, m in enumerate(("yanvar", "fevral", "mart", "aprel", "may", "iyun", "iyul", "avgust",
                                             "sentyabr", "oktyabr", "noyabr", "dekabr"), 1)}
# and in Ukrainian, as Ukrainian pages in Russian stamp their items («22:58 7 серпня 2019»)
# and in Belarusian, as Belarusian papers cite their issues («// Зямля і людзі. — 2019. — 23 студзеня.»)
_LATIN_MONTHS.update({m: i for i, m in enumerate(("студзеня", "лютага", "сакавіка", "красавіка", "мая", "чэрвеня",
                                                  "ліпеня", "жніўня", "верасня", "кастрычніка", "лістапада",
                                                  "снежня"), 1)})
_LATIN_MONTHS.update({m: i for i, m in enumerate(("січня", "лютого", "березня", "квітня", "травня", "червня", "липня",
                                                  "серпня", "вересня", "жовтня", "листопада", "грудня"), 1)})
MONTH_ABBR = {"январь": 1, "февраль": 2, "март": 3, "апрель": 4, "июнь": 6, "июль": 7, "август": 8, "сентябрь": 9,
               "октябрь": 10, "ноябрь": 11, "декабрь": 12, "янв": 1, "фев": 2, "мар": 3, "апр": 4, "май": 5, "мая": 5,
               "июн": 6, "июл": 7, "авг": 8, "сен": 9, "сент": 9, "окт": 10, "ноя": 11, "нояб": 11, "дек": 12,
               # Kazakh months cut to three letters, as site stamps write them («Қар 03, 2020 17:04»)
               "қаң": 1, "ақп": 2, "нау": 3, "сәу": 4, "мам": 5, "мау": 6, "шіл": 7, "там": 8, "қыр": 9, "қаз": 10,
               "қар": 11, "жел": 12}


def _month_of(word: str) -> int | None:
    low = word.lower().rstrip(".")
    return MONTH_ABBR.get(low) or _LATIN_MONTHS.get(low) or _dates._ru_month(low) or _dates._kk_month(low)


_DATE_IN_LINE = re.compile(r"(?<!\d)(\d{1,2})\s+([^\W\d_]{3,})\.?,?\s+((?:19|20)\d\d)\b")
_DOTTED_IN_HEAD = re.compile(r"(?<![\d.])(\d{1,2})\. ?(\d{2})\. ?((?:19|20)\d\d)(?![\d.])")   # («21. 10. 2016»)
# «21 января 2011 - 09:33 AMT», «04:40, июня 5, 2024»: a date with its clock time near the top is the item's stamp
_STAMP = re.compile(r"(?<!\d)(\d{1,2})\s+([^\W\d_]+)\s+((?:19|20)\d\d)(?:\s*г\.)?\s*[-–—,|]?\s*\d\d?:\d\d\b"
                    r"|\b\d\d?:\d\d,?\s+(\d{1,2})\s+([^\W\d_]+)\.?\s+((?:19|20)\d\d)\b"
                    r"|\b\d\d?:\d\d,?\s+([^\W\d_]+)\s+(\d{1,2}),\s+((?:19|20)\d\d)\b")
# «Сегодня, 17 февраля», «Бүгін, 17-ақпанда»: the day the item calls its own
_TODAY = re.compile(r"\b(?:Сегодня|Бүгін),?\s+(\d{1,2})(?:-|\s+)([^\W\d_]{3,})")
# «Вчера, 20:12» under the page's clock «вторник, 11 марта 2025 г.»: the item's day, told against the clock
_RELATIVE_STAMP = re.compile(r"\b(Сегодня|Вчера|Бүгін|Кеше),?\s+\d\d?:\d\d\b")
_CLOCK_DATE = re.compile(r"(?:" + _WEEKDAYS_RU + r"),\s*(\d{1,2})\s+"
                         r"([^\W\d_]+)\s+((?:19|20)\d\d)", re.I)




def is_clock(line: str) -> bool:
    """A line that opens with a weekday and a date: the page's clock («вторник, 23 апреля 2024»)."""
    return bool(_CLOCK.match(line) or _TIME_LABEL.match(line))


# «Минск-Уручье Сплошная облачность -1°C»: a weather widget's temperature
_TEMPERATURE = re.compile(r"[-+−]?\d{1,2}\s*°\s*[CСF]?\b")


def is_widget(line: str) -> bool:
    """A short line of the site's widgets, no headline: a clock with its weekday anywhere in it («Флаг Четверг, 21
    ноября 2024») or the weather («Сплошная облачность -1°C»)."""
    return len(line.split()) <= 8 and bool(
        _WEEKDAY_WORD.search(line) and _DATE_IN_LINE.search(line) or _TEMPERATURE.search(line))


def _day(y, mo, d) -> str | None:
    """The ISO date of figures read off a page, or None when they are no date; a two-digit year is of this
    century."""
    y, mo, d = int(y), int(mo), int(d)
    y += 2000 if y < 100 else 0
    return f"{y:04d}-{mo:02d}-{d:02d}" if 1 <= mo <= 12 and 1 <= d <= 31 else None


_GLUED_DOTTED = re.compile(r"\s*" + _TIME + r"\s+(\d{1,2})[./](\d{2})[./]((?:19|20)\d\d)(?=[А-ЯЁA-Z«\"])")
# «2019.10.15. В ходе официального визита …»: a date in the order year, month, day opening the first paragraph
_YMD_OPENING = re.compile(r"\s*((?:19|20)\d\d)\.(\d{2})\.(\d{2})\.?\s+(?=[А-ЯЁA-Z«\"])")
_GLUED_STAMP = re.compile(r"\s*(\d{1,2})\s+([^\W\d_]+)\.?,?\s+((?:19|20)\d\d)(?=(\d{1,2})\s+([^\W\d_]+))")


def _older_line(edge: str, day: str) -> tuple[str, str] | None:
    """A date line in figures that is older than the one found («Столетие | 4 мая 2025 | … | 23.04.2015»): a
    page shows the day it is read (its clock) beside the day the item was written, never a later one, so the
    older date is the item's."""
    for m in META_LINE.finditer(edge):
        older = _day(*(m[g + "1"] or m[g + "2"] for g in ("y", "m", "d")))
        if older and older < day:
            return older, m[0].strip()
    for m in _TIMED_WORD_DATE_LINE.finditer(edge):     # «5:25 | 5 ноября 2024» above «12:46 | 15 декабря 2015»
        month = _month_of(m[2])
        older = month and _day(m[3], month, m[1])
        if older and older < day:
            return older, m[0].strip()
    return None


# a line of a clock time and a date in words: «12:46 | 15 декабря 2015», «17:59, 17 янв 2023 г.    Лента новостей»
_TIMED_WORD_DATE_LINE = re.compile(r"^[ \t]*\d\d?:\d\d[ \t]*[|,]?[ \t]*(\d{1,2})\s+([^\W\d_]+)\.?\s+((?:19|20)\d\d)"
                                   r"(?:\s*г\.)?(?:[ \t]{2,}[^\n]{0,40})?[ \t]*$", re.M)


def _stamp_then_furniture(line: str) -> bool:
    """A line that opens with a date and goes on with the page's rubric and counters, not a sentence («31 Окт
    2015 В Кыргызстане, Новости 0 1098»): no verb in it and no full stop at its end."""
    m = _DATE_IN_LINE.match(line.strip())
    if not m or len(line.split()) > 12 or line.rstrip().endswith((".", "!", "?", ":")):
        return False
    return not any(parse(w.lower()).tag.POS in ("VERB", "INFN", "PRTS") for w in re.findall(r"[^\W\d_]+", line[m.end():]))


def _line_around(text: str, start: int, end: int) -> str:
    cut = text.find("\n", end)
    return text[text.rfind("\n", 0, start) + 1:cut if cut != -1 else len(text)].strip()


# A stamp with its clock time, which no site clock has beside a weekday: «Понедельник, 27 Март 2017 04:22 Автор …»,
# «2025, 26 ноября 15:26», «2008-11-27 09:45 ИА Фергана.Ру»
_TIMED_STAMP = re.compile(r"^[ \t]*(?:" + _WEEKDAY + r",[ \t]*)?(?:(?P<y0>(?:19|20)\d\d),[ \t]*)?(?P<d>\d{1,2})[ \t]+"
                          r"(?P<mon>[^\W\d_]+)\.?,?[ \t]*(?P<y>(?:19|20)\d\d)?[ \t]*(?:г\.|года)?,?[ \t]+" + _TIME + r"\b",
                          re.I)
# the month first: «Қар 03, 2020 17:04 Asia/Almaty»
_MONTH_FIRST_TIMED = re.compile(r"^[ \t]*(?P<mon>[^\W\d_]{3,9})\.?[ \t]+(?P<d>\d{1,2}),[ \t]*(?P<y>(?:19|20)\d\d)[ \t]+"
                                + _TIME + r"\b")
# a rubric or a place, then the date in slashes: «Экономика 23/06/2012 Узбекистан закупит …», «Кыргызстан 15/01/2025 — 16:20»
RUBRIC_SLASHED = re.compile(r"^[ \t]*[A-ZА-ЯЁ][\w-]{2,20}[ \t]+(?P<d>\d{1,2})/(?P<m>\d{1,2})/(?P<y>(?:19|20)\d\d)\b")
_ISO_TIMED = re.compile(r"^[ \t]*(?P<y>(?:19|20)\d\d)-(?P<m>\d\d)-(?P<d>\d\d)[ \t]+" + _TIME
                        + r"[ \t]+(?:ИА|РИА|[A-ZА-ЯЁ]{2,})\b[^\n]{0,40}$")
# «19.11.2019 12:08»: a dotted date and its clock time, alone on a line
_DOTTED_TIMED_LINE = re.compile(r"^[ \t]*(?P<d>\d{1,2})\.(?P<m>\d{2})\.(?P<y>(?:19|20)\d\d),?[ \t]+" + _TIME + r"[ \t]*$")
# «10:30 / 2023-03-27»: a clock time, then the date year first, alone on a line
_TIMED_ISO_LINE = re.compile(r"^[ \t]*" + _TIME + r"[ \t]*[/|,]?[ \t]*(?P<y>(?:19|20)\d\d)-(?P<m>\d\d)-(?P<d>\d\d)[ \t]*$")
# «29-12-2013, 15:07. Разместил: Редакция ОКО ПЛАНЕТЫ»: a date with dashes and its clock time opening a line, who
# posted it after them
_DASHED_TIMED_OPENING = re.compile(r"^[ \t]*(?P<d>\d{1,2})-(?P<m>\d{2})-(?P<y>(?:19|20)\d\d),?[ \t]+" + _TIME + r"\b")
# «| 2006-11-01 19:22:40 Президент России …»: a machine's date and time to the second opening a line (a table
# cell's bar before it), the first paragraph glued after it
_ISO_SECONDS = re.compile(r"^[ \t|]*(?P<y>(?:19|20)\d\d)-(?P<m>\d\d)-(?P<d>\d\d)[ \tT]+\d\d:\d\d:\d\d\b")
# «… с послом Турции в России 2023-09-21T22:01:00+05:00 Глава …»: a machine's timestamp with its time zone, which
# only a page's own markup writes, wherever it stands in the head's lines
_ISO_ZONED = re.compile(r"(?<![\d-])(?P<y>(?:19|20)\d\d)-(?P<m>\d\d)-(?P<d>\d\d)T\d\d:\d\d(?::\d\d)?(?:\.\d+)?"
                        r"(?:Z|[+-]\d\d:?\d\d)(?![\d:])")


# a stamp in two lines, the day and month above the clock time and the year: «15 февраля» / «13:12 2020»
_DAY_MONTH_LINE = re.compile(r"^[ \t]*(\d{1,2})[ \t]+([^\W\d_]{3,})\.?[ \t]*$")
_TIMED_YEAR_LINE = re.compile(r"^[ \t]*(?:" + _TIME + r"[ \t,]+)?((?:19|20)\d\d)(?:[ \t,]+" + _TIME + r")?[ \t]*$")


# «22.11.201277»: a date in figures with a counter glued to it, alone on its line
_GLUED_COUNTER = re.compile(r"^[ \t]*(?P<d>\d\d)\.(?P<m>\d\d)\.(?P<y>(?:19|20)\d\d)\d{1,6}[ \t]*$")


def _timed_stamp(lines: list[str]) -> tuple[str, str] | None:
    """The item's stamp with its clock time (or a counter glued on) in the first lines: (ISO date, the line)."""
    for line in lines[:12]:
        m = _GLUED_COUNTER.match(line)
        day = m and _day(m["y"], m["m"], m["d"])
        if day:
            return day, line.strip()
    for line, after in zip(lines[:20], lines[1:21]):
        m, y = _DAY_MONTH_LINE.match(line), _TIMED_YEAR_LINE.match(after)
        day = m and y and _month_of(m[2]) and _day(y[1], _month_of(m[2]), m[1])
        if day:
            return day, f"{line.strip()} {after.strip()}"
    for line in lines[:20]:
        day = _stamp_day(line)
        if day:
            shown = line.strip()
            # (the first paragraph glued after the stamp is no part of what shows the date)
            return day, shown if len(shown) <= 80 else shown[:shown.rfind(" ", 0, 40)]
    for line in lines[:20]:
        m = _ISO_ZONED.search(line)
        day = m and _day(m["y"], m["m"], m["d"])
        if day:
            return day, m[0]
    return None


def _stamp_day(line: str) -> str | None:
    m = _TIMED_STAMP.match(line)
    if m and bool(m["y0"]) != bool(m["y"]) and _month_of(m["mon"]):
        return _day(m["y0"] or m["y"], _month_of(m["mon"]), m["d"])
    m = _ISO_TIMED.match(line) or RUBRIC_SLASHED.match(line) or _ISO_SECONDS.match(line) or \
        _DOTTED_TIMED_LINE.match(line) or _DASHED_TIMED_OPENING.match(line) or _TIMED_ISO_LINE.match(line)
    if m:
        return _day(m["y"], m["m"], m["d"])
    m = _MONTH_FIRST_TIMED.match(line)
    if m and _month_of(m["mon"]):
        return _day(m["y"], _month_of(m["mon"]), m["d"])
    return None


def page_date(text: str) -> tuple[str, str] | None:
    """(ISO date, the line that shows it) of the page's own date, or None."""
    from .text import other_news_box
    # a box of other news (another item's date and headline) is read as blank, every offset kept
    for a, b in other_news_box(text):
        text = text[:a] + " " * (b - a) + text[b:]
    lines = [line for line in text.splitlines() if line.strip() and not _TIME_LABEL.match(line)]
    edge = "\n".join(lines[:12] + lines[-3:])
    today = _TODAY.search(text)
    if today and _month_of(today[2]):
        # «Бүгін, 17-ақпанда …» and a line «17 Ақпан 2004» below: the item's own date, whatever clock the page
        # shows above it («2024 Жыл 23 Сәуiр»)
        for line in lines:
            for m in _DATE_IN_LINE.finditer(line):
                if int(m[1]) == int(today[1]) and _month_of(m[2]) == _month_of(today[2]) \
                        and len(line.split()) <= 8 and _day(m[3], _month_of(m[2]), m[1]):
                    return _day(m[3], _month_of(m[2]), m[1]), line.strip()
    timed = _timed_stamp(lines)
    if timed is not None:
        return timed
    for m in list(_WORD_DATE_LINE.finditer(edge)) + list(_AGENCY_DATELINE_WORDS.finditer(edge)) + \
            list(_DATE_PLACE_DATELINE.finditer(edge)):
        if _WEEKDAY_WORD.search(m[0]):
            continue        # «Флаг Пятница, 22 ноября 2024»: the site's clock, a word before its weekday
        if m.re is not _WORD_DATE_LINE or m[1]:
            d, month, y = m[1], m[2], m[3]
        elif m[4]:
            d, month, y = m[5], m[6], m[4]
        else:       # «Март 01, 2026», «- Apr 30, 2018»: the month first (so a US-style stamp, no clock)
            d, month, y = m[8], m[7], m[9]
        number = _month_of(month) or (m.re is _WORD_DATE_LINE and not m[1] and not m[4] and _en_month(month))
        day = number and _day(y, number, d)
        if day:
            return _older_line(edge, day) or (day, m[0].strip())
    # a short line near the top with a date in it («Билік 2 Noyabr 2023 3970»), or a dotted date in the first
    # lines («Sputnik Қазақстан, 1920, 11.09.2023»): the item's stamp
    for line in lines[:4]:
        if not _CLOCK_DATE.search(line) and not is_clock(line) and (len(line.split()) <= 6
                                                                    or _stamp_then_furniture(line)):
            m = _DATE_IN_LINE.search(line)
            day = m and _month_of(m[2]) and _day(m[3], _month_of(m[2]), m[1])
            if day:
                return _older_line(edge, day) or (day, line.strip())
    # «20:43 09/07/2023Кыргызские овощи …»: a clock time and a dotted date glued to the first paragraph;
    # «2019.10.15. В ходе …»: a date year first opening it
    for rx, ymd in ((_GLUED_DOTTED, (3, 2, 1)), (_YMD_OPENING, (1, 2, 3))):
        for line in lines[:4]:
            m = rx.match(line)
            day = m and _day(*(m[g] for g in ymd))
            if day:
                return day, m[0].strip()
    # «26 май, 202521 мая в МИД …»: the stamp glued to the first paragraph, which begins with a day and month
    for line in lines[:4]:
        m = _GLUED_STAMP.match(line)
        day = m and _month_of(m[2]) and _month_of(m[5]) and _day(m[3], _month_of(m[2]), m[1])
        if day:
            return day, line[:m.end(3)].strip()
    head = text[:400]
    m = _DOTTED_IN_HEAD.search(head)
    day = m and _day(m[3], m[2], m[1])
    if day and not is_clock(head[head.rfind("\n", 0, m.start()) + 1:]):
        # («23.01.2026» above the headline, «28.02.2020» below it: the older is the item's)
        return _older_line(edge, day) or (day, _line_around(head, m.start(), m.end()))
    for m in _STAMP.finditer(head):
        if is_clock(head[head.rfind("\n", 0, m.start()) + 1:]):
            continue        # the page's clock, with its weekday
        d, month, y = (m[1], m[2], m[3]) if m[1] else (m[4], m[5], m[6]) if m[4] else (m[8], m[7], m[9])
        # (a clock time beside it makes it the item's stamp, in English too: «23 September 2003 - 13:38 AMT»)
        month = _month_of(month) or _en_month(month)
        day = month and _day(y, month, d)
        if day:
            return day, m[0].strip()
    rel, clock = _RELATIVE_STAMP.search(head), _CLOCK_DATE.search(head)
    if rel and clock and _month_of(clock[2]) and clock.start() < rel.start():
        day = datetime.date(int(clock[3]), _month_of(clock[2]), int(clock[1]))
        if rel[1].lower() in ("вчера", "кеше"):
            day -= datetime.timedelta(days=1)
        return day.isoformat(), rel[0]
    for m in list(META_LINE.finditer(edge)) + list(_AGENCY_DATELINE.finditer(edge)) + list(_AGENCY_LINE.finditer(edge)):
        day = _day(*(m[g + "1"] or m[g + "2"] for g in ("y", "m", "d")))
        if day:
            return day, m[0].strip()
    return _confirmed_stamp(lines) or _any_stamp_line(lines, edge)


_EN_MONTHS = {m: i for i, m in enumerate(("january", "february", "march", "april", "may", "june", "july", "august",
                                          "september", "october", "november", "december"), 1)}


def _en_month(word: str) -> int | None:
    """An English month, whole or cut to three letters («Apr», «April»)."""
    low = word.lower().rstrip(".")
    return next((n for name, n in _EN_MONTHS.items() if low == name or (len(low) == 3 and name.startswith(low))),
                None)


_DAY_MONTH = re.compile(r"(?<!\d)(\d{1,2})\s+([^\W\d_]{3,})")


def _confirmed_stamp(lines: list[str]) -> tuple[str, str] | None:
    """A date near the top that the rules above set aside (a weekday before it, an English month: «Monday,
    21 August 2023 14:22») is the item's own when the article tells its news on that very day («Будапешт и
    Баку 21 августа … подписали»): a page's clock would not match the day of the event."""
    for line in lines[:12]:
        m = _DATE_IN_LINE.search(line)
        if not m or len(line.split()) > 8:
            continue
        month = _month_of(m[2]) or _en_month(m[2])
        day = month and _day(m[3], month, m[1])
        if not day:
            continue
        body = "\n".join(x for x in lines if x is not line)
        if any(int(d[1]) == int(m[1]) and _month_of(d[2]) == month for d in _DAY_MONTH.finditer(body)):
            return day, line.strip()
    return None


# A date in any of the forms pages write (day, month in words or figures, year; the month or the year first; a
# bibliographic «— 2019. — 23 студзеня»): what `_any_stamp_line` looks for when no form above matched.
_MON = r"(?P<mon>[^\W\d_]{3,11})\.?"
_Y4 = r"(?P<y>(?:19|20)\d\d)"
_ANY_DATE = (
    re.compile(r"(?<![\d.])(?<!\d[-–])(?P<d>\d{1,2})(?:st|nd|rd|th)?[ \t]+" + _MON + r",?[ \t]+" + _Y4 + r"(?!\d)"),
    re.compile(r"(?<![\w.])" + _MON + r"[ \t]+(?P<d>\d{1,2}),?[ \t]+" + _Y4 + r"(?!\d)"),
    re.compile(r"(?<![\d.])(?P<d>\d{1,2})[./-](?P<m>\d{1,2})[./-]" + _Y4 + r"(?:(?!\d)|\d{1,6}[ \t]*$)"),
    re.compile(r"(?<![\d.])" + _Y4 + r"[./-](?P<m>\d{1,2})[./-](?P<d>\d{1,2})(?!\d)"),
    re.compile(r"(?<!\d)" + _Y4 + r"[ \t]*(?:ж\.|жылғы)?,?[ \t]+(?P<d>\d{1,2})[ \t]+" + _MON),
    re.compile(_Y4 + r"\.[ \t]*[—–-][ \t]*(?P<d>\d{1,2})[ \t]+" + _MON),
    # a year in two figures before the page's counter of views: «Актуально 03 декабря 19 818»
    re.compile(r"(?<![\d.])(?P<d>\d{1,2})[ \t]+" + _MON + r"[ \t]+(?P<y>\d\d)(?=[ \t]+\d{1,7}[ \t]*$)"),
)
# a library's record of a press item (GOST 7.1): «… // Зямля і людзі. — 2019. — 23 студзеня. — С. 1.»
_BIBLIOGRAPHIC = re.compile(r"\s//\s[^/\n]{2,80}?\.\s[—–-]\s(?:19|20)\d\d\.\s[—–-]\s\d{1,2}\s[^\W\d_]+")
# dates of a rates widget (the day the page was read) and of the medium's registration
_NOT_THE_ITEMS = re.compile(r"^[ \t]*Курс[ыа]? валют|\b(?:ЭЛ|ПИ)[ \t]*№", re.I)
# words a date line may carry besides its date: labels and the marks of a year
_LINE_LABEL = re.compile(r"(?:опубликовано|дата|публикации|обновлено|published|date|жарияланды|жарияланған|г|года|"
                         r"ж|жылы|р|am|pm)$", re.I)


def _any_stamp_line(lines: list[str], edge: str) -> tuple[str, str] | None:
    """A date in any form on a line of the page's furniture near the top (or the last lines): a line that is no
    sentence — at most eight words beside the date, and a verb only among three or fewer («Кыргызстан
    15/01/2025 — 16:20», «2008-11-27 09:45 ИА Фергана.Ру», «// Зямля і людзі. — 2019. — 23 студзеня. — С. 1.»).
    The page's clock (a weekday, or an English month, and no time), widgets and the last day of a span of days
    (an event's, «27-28 июня 2024 года») are passed over; of two dates the older is the item's, as `_older_line`
    says."""
    for line in lines[:12] + lines[-3:]:
        if _TIME_LABEL.match(line) or _NOT_THE_ITEMS.search(line):
            continue
        if _WEEKDAY_WORD.search(line) and not re.search(_TIME, line):
            continue
        for rx in _ANY_DATE:
            for m in rx.finditer(line):
                month = m["m"] if "mon" not in m.re.groupindex else _month_of(m["mon"]) or (
                    re.search(_TIME, line) and _en_month(m["mon"]))     # an English month alone: the site's clock
                day = month and _day(m["y"], month, m["d"])
                if day and (_no_sentence(line[:m.start()] + " " + line[m.end():]) or _BIBLIOGRAPHIC.search(line)):
                    return _older_line(edge, day) or (day, line.strip())
    return None


# the page's buttons beside a stamp («01-05-2015 Избранное Отправить Исправить Шрифт: a a a»): no sentence's words
_BUTTON = re.compile(r"(?:избранное|отправить|исправить|шрифт|печать|распечатать|версия|для|печати|поделиться|"
                     r"комментировать|сохранить|print|share|e-?mail|a)$", re.I)


def _no_sentence(rest: str) -> bool:
    words = [w for w in re.findall(r"[^\W\d_]+", rest) if not _LINE_LABEL.match(w) and not _BUTTON.match(w)]
    return len(words) <= 8 and (len(words) <= 3 or not any(
        parse(w.lower()).tag.POS in ("VERB", "INFN") for w in words))


# The signature line of a post embedded in the page («— Володимир Зеленський (@ZelenskyyUa) March 15, 2023»,
# «- UKR Mission to UN (@UKRinUN) 26 вересня 2018 р.»): the author, the handle and the day it was posted.
_EMBEDDED_POST = re.compile(r"^[ \t]*[—–-][ \t]+[^\n()]{1,60}\(@\w{1,30}\)[ \t]+(?P<date>[^\n]{6,30}?)[ \t.]*$", re.M)


def embedded_posts(text: str) -> list[tuple[str, str]]:
    """(ISO date, the line) of each post the page embeds: the article quotes it, so it is written that day or
    after."""
    out = []
    for m in _EMBEDDED_POST.finditer(text):
        for rx in _ANY_DATE[:2]:    # (the forms with the month in words: day first, month first)
            d = rx.search(m["date"])
            month = d and (_month_of(d["mon"]) or _en_month(d["mon"]))
            day = month and _day(d["y"], month, d["d"])
            if day:
                out.append((day, m[0].strip()))
                break
    return out
