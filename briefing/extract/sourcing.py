"""Adding an article to a dossier as a source: verbatim copy, language, a proposed date with its sentence."""
from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass
from pathlib import Path

from ..errors import ContentError, Problem
from ..yamlio import read_raw
from . import dates as _dates
from .page_dates import META_LINE, RUBRIC_SLASHED, embedded_posts, is_clock, is_widget, page_date
from .text import detect_language, page_furniture, sentences


@dataclass
class DateProposal:
    date: str
    basis: str                  # stated (the article dates itself) | inferred (from what it tells) | given (--date)
    evidence: str | None        # the sentence or line that shows it


# «текущего 2016 года», «в нынешнем 2016 году», «биылғы 2016 жылы»: the year the article calls its own.
_CURRENT_YEAR = re.compile(r"\b(?:текущ\w*|нынешн\w*|эт\w*|сего|биылғы|биыл)[,\s]+(?:(?:то есть|т\.\s?е\.|яғни)\s+)?"
                           r"((?:19|20)\d\d)\b", re.I)


# «к 2030 году», «до 2030 года», «2030 жылға дейін»: a year aimed at, not lived through.
_TARGET_BEFORE = re.compile(r"(?:\bк|\bдо|к\s+концу|до\s+конца|на\s+период\s+до)\s*$", re.I)


_GOAL = re.compile(r"\b(?:намерен(?:а|о|ы)?\b|цель\w*|довести|нарастить|увеличить|стратеги\w*|мақсат\w*|жеткізу)\b", re.I)


# «ещё 23 сентября 2014 года», «ещё в 2014 году»: a date the article tells as long before its news
_LONG_BEFORE = re.compile(r"\bещ[её]\s+(?:в\s+|с\s+)?$", re.I)


# the page's own address, labelled as such, with the day in its path: «Ссылка на статью:
# https://inkazan.ru/news/2024-06-21/kazan-stala-…», «…/2019/03/07/…»
_OWN_ADDRESS = re.compile(r"^[ \t]*(?:Ссылка на (?:статью|материал|новость|публикацию)|Постоянная ссылка|Адрес (?:статьи|"
                          r"материала)|Мақалаға сілтеме|Сілтеме)[ \t]*:[ \t]*(https?://\S+)", re.M | re.I)
_PATH_DAY = re.compile(r"/((?:19|20)\d\d)([-/])(\d\d)\2(\d\d)(?=[/_-]|$)")


def _own_address_date(text: str) -> tuple[str, str] | None:
    """(ISO date, the line) of the day in the page's own address, where the text gives it."""
    for m in _OWN_ADDRESS.finditer(text):
        day = _PATH_DAY.search(m[1])
        if day and 1 <= int(day[3]) <= 12 and 1 <= int(day[4]) <= 31:
            return f"{day[1]}-{day[3]}-{day[4]}", m[0].strip()
    return None


def propose_date(text: str, lang: str) -> DateProposal | None:
    """When the article was written, from what the text shows.

    Stated: a page's date line (an ISO or dotted date on a line of its own near the top or bottom) or a
    dateline («Астана, 12 июня 2024 года.»). Otherwise inferred, as a year: the year the article calls its own
    («текущего 2016 года»), else the latest year of a dated event it tells in the past tense (the year after, for the
    figures of a whole year: «по итогам 2022 года товарооборот вырос» is told in 2023). A year it speaks of
    as begun («с 2020 года») or as to come («саммит 2026 года») bounds the date but does not give it: measured on
    the held-out news, the year before the earliest year to come was right in two articles of eight, a begun year
    taken as the date was a lower bound and no estimate; such texts get no proposal and `extract` asks for
    `--date`."""
    stamp = page_date(text) or _own_address_date(text)
    if stamp is not None:
        return DateProposal(stamp[0], "stated", stamp[1])
    sents = sentences(text)
    furniture = page_furniture(text)
    for si, sent in enumerate(sents[:4]):
        for m in _dates.mentions(text, sent, lang):
            if m.value and len(m.value) == 10 and m.explicit_year and _dateline(text, m.start, m.end) \
                    and not any(a <= m.start < b for a, b in furniture):
                return DateProposal(m.value, "stated", _quote(sent.text))
    past, own, floor, ceiling = [], [], [], []
    for si, sent in enumerate(sents):
        if is_clock(sent.text):
            continue        # «вторник, 23 апреля 2024»: the page's clock, the day it was read, not written
        for m in _CURRENT_YEAR.finditer(sent.text):
            own.append((int(m[1]), sent.text))
        for m in _dates.mentions(text, sent, lang):
            if any(a <= m.start < b for a, b in furniture):
                continue    # in a credit or the medium's registration («ЭЛ № ФС 77-84799 от 3 марта 2023 г.»)
            if m.program and m.explicit_year and m.value and m.value[:4].isdigit():
                floor.append(int(m.value[:4]) - 1)  # a plan «на 2018 - 2019 годы» is made in 2017 at the earliest
                continue
            if not m.explicit_year or m.program or not m.value:
                continue
            years = [int(p[:4]) for p in m.value.split("..")]
            if m.since and not m.future:
                floor.append(min(years))     # «с 2020 года»: a year already begun, a bound and no estimate
            elif _TARGET_BEFORE.search(text[max(0, m.start - 25):m.start]) or (m.future and _GOAL.search(sent.text)):
                continue        # a target year says nothing of when the article was written
            elif m.future and len(m.value) == 4 and _FORECAST.search(text[max(0, m.start - 15):m.end + 60]) \
                    and _YEAR_FIGURE.search(sent.text):
                own.append((years[0], sent.text))    # «по итогам 2008 года достигнет около 800 миллионов»: the year's
                # result foreseen as it nears its end
            elif m.future:
                ceiling.append(min(years))  # a year to come: the article is from then or earlier
            elif _LONG_BEFORE.search(text[max(0, m.start - 12):m.start]):
                floor.append(max(years))    # «договор, подписанный ещё 23 сентября 2014 года»: told as long
                                            # before what the article reports, a bound and no estimate
            else:
                year = max(years)
                told = _figures_told(text, sent.text, m)
                if told == "after":
                    year += 1       # a whole year's figures are told once it has ended
                elif told == "within":
                    own.append((year, sent.text))    # «за первую половину 2018 года …»: told within that year
                elif told == "bound":
                    floor.append(year)  # «за десять месяцев 2014 года»: told at the year's end or in the next
                    continue
                past.append((year, sent.text))
                if all(len(part) == 10 for part in m.value.split("..")):
                    own.append((years[0], sent.text))    # a dated event told as done («с 14 по 17 ноября 2015 года»
                    # too): news tells it within days
        if _ANNIVERSARY_WORD.search(sent.text):
            for m in _ANNIVERSARY_SPAN.finditer(sent.text):
                own.append((int(m[2]), sent.text))  # «30-й годовщины … (14 ноября 1994 - 2024)»: the year it is kept
        if lang == "ru" and _RECENT.search(sent.text) and _told_as_done(sent.text):
            for m in _EVENT_OF_YEAR.finditer(sent.text):
                past.append((int(m[1]), sent.text))      # «в рамках … салона МАКС-2015», «на … форуме — 2018»
    for day, line in embedded_posts(text):
        own.append((int(day[:4]), line))    # a post the article quotes, of the days before it
    latest_past = max(past, key=lambda p: p[0]) if past else None
    if own:
        best = max(own, key=lambda p: p[0])
        if latest_past is None or latest_past[0] <= best[0]:
            return DateProposal(str(best[0]), "inferred", _quote(best[1]))
    best = latest_past
    if best is None:
        return None
    if floor and max(floor) > best[0] or ceiling and min(ceiling) - 1 > best[0]:
        return None     # what it tells is older than a year it speaks of as begun, or well before a year to
                        # come: the article may be of any year between
    return DateProposal(str(best[0]), "inferred", _quote(best[1]))


# A figure of a whole year — trade, investment, exports — told with a verb of figures («по итогам 2022 года
# товарооборот вырос», «2024 жылы … көлемі 44 миллиард долларға жетті»), and not of a part of it («за 11 месяцев»).
_YEAR_FIGURE = re.compile(r"товарооборот|оборот|объ[её]м|экспорт|импорт|инвестици|ВВП|торгов|айналым|көлем", re.I)
_FIGURE_VERB = re.compile(r"\bпо итогам\b|составил|вырос|выросл|достиг|превысил|превысит|увеличил|сократил|снизил|"
                          r"\bқұра|жетті|асты|асқан|өсті|артты|төмендеді", re.I)
_FORECAST = re.compile(r"(?:\bпо итогам\s+(?:текущего\s+)?(?:19|20)\d\d\s+года|\bв\s+(?:19|20)\d\d\s+году)\s+"
                       r"(?:\w+\s+){0,4}?"
                       r"(?:достигнет|составит|превысит|вырастет|увеличится|сократится|снизится|может\s+\w+|ожидается)",
                       re.I)
_SINCE_START = r"\bс\s+начала\s+(?:19|20)\d\d"     # «с начала 2023 года»: the year so far
_PART_OF_YEAR = re.compile(r"месяц|квартал|полугоди|половин\w* \d{4}|январ\w*\s*[-–—]|" + _SINCE_START
                           + r"|\bай(?:ы|ында|да|лар\w*)?\b|тоқсан|жарты жыл", re.I)


# the first part of a year, whose figures are told within it (the figures of ten or eleven months are told as
# often in the January after)
_EARLY_PART = re.compile(r"половин|полугоди|квартал|" + _SINCE_START + r"|\b(?:[2-9]|двух|два|тр[её]х|три|четыр\w+|"
                         r"пят\w+|шест\w+|сем\w+|восем\w+|девят\w+)\s+месяц|жарты жыл|тоқсан", re.I)


def _early_months(value: str) -> bool | None:
    """For months of one year from January («2014-01..2014-08», as «за январь-август 2014 года» is read): whether
    they end by September (their figures told within the year) or later (ten or eleven months are told at its end
    or in the January after); None for any other value."""
    parts = value.split("..")
    if len(parts) != 2 or not all(len(p) == 7 for p in parts) or parts[0][:4] != parts[1][:4] \
            or parts[0][5:] != "01":
        return None
    return int(parts[1][5:]) <= 9


def _figures_told(text: str, sentence: str, m) -> str | None:
    """When the figures a year's mention dates are told: "after" the year (a whole year's), "within" it (its first
    months), "bound" (ten or eleven months: at its end or after), or None (no figures of a year, or another date)."""
    early = _early_months(m.value)
    if early is not None:
        return "within" if early else ("bound" if _YEAR_FIGURE.search(sentence) else None)
    if len(m.value) != 4:
        return None
    if not _YEAR_FIGURE.search(sentence) and not (
            re.search(r"\b(?:он|она|оно|показатель)\b", sentence, re.I)
            and _YEAR_FIGURE.search(text[max(0, m.start - 300):m.start])):
        return None     # (but «Товарооборот растёт. В 2021 году он составил …»: the figure named before)
    around = text[max(0, m.start - 40):m.end + 20]
    if not _PART_OF_YEAR.search(around) and _FIGURE_VERB.search(sentence):
        return "after"
    if _EARLY_PART.search(around):
        return "within"
    return "bound" if _PART_OF_YEAR.search(around) else None


# An anniversary kept this year, with its span in brackets: «30-й годовщины установления отношений (14 ноября
# 1994 - 2024)», «30 жылдығы (1992-2022)»
_ANNIVERSARY_WORD = re.compile(r"годовщин|летие|летия|летию|юбиле|жылдығ", re.I)
_ANNIVERSARY_SPAN = re.compile(r"\(\s*(?:\d{1,2}\s+[^\W\d_]+\s+)?((?:19|20)\d\d)\s*(?:г\.|ж\.)?\s*[-–—]\s*"
                               r"((?:19|20)\d\d)\s*(?:гг?\.|годы|жж\.)?\s*\)")


# An event named with its year («МАКС-2015», «Петербургском международном экономическом форуме — 2018»)…
_EVENT_OF_YEAR = re.compile(r"(?:\b[А-ЯЁA-Z]{3,}|\b(?:форум|саммит|выставк|салон|олимпиад|игр|чемпионат|универсиад|"
                            r"экспо|ярмарк)\w*)\s*[-–—]\s*((?:19|20)\d\d)\b(?![-–—.]?\d)", re.I)
# …told as done a few days ago: an event's name keeps its year when it is held later («ЭКСПО-2020» opened in 2021)
_RECENT = re.compile(r"\b(?:сегодня|вчера|накануне|ранее|на днях|на этой неделе|на прошлой неделе|недавно|"
                     r"не так давно|в понедельник|во вторник|в среду|"
                     r"в четверг|в пятницу|в субботу|в воскресенье)\b", re.I)
_FUTURE_WORDS = re.compile(r"\b(?:будет|будут|состоится|пройд[её]т|планиру\w*|намерен\w*|предстоящ\w*|откроется)\b", re.I)


def _told_as_done(sentence: str) -> bool:
    """A sentence that tells what happened: a verb in the past tense, nothing of what will be."""
    from .nlp import parse
    if _FUTURE_WORDS.search(sentence):
        return False
    return any(parse(w.lower()).tag.tense == "past" for w in re.findall(r"[а-яё]+", sentence, re.I))


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
    furniture = page_furniture(text)
    first = ""
    pos = 0
    wrapped = False
    for line in text.split("\n"):
        start, pos = pos, pos + len(line) + 1
        line = re.sub(r"\s+", " ", line).strip()
        if wrapped or line.endswith(","):
            wrapped = line.endswith(",")
            continue        # «Главные новости Актобе,⏎Казахстана и мира»: a site's slogan wrapped, no headline
        if len(re.findall(r"[^\W\d_]{2,}", line)) < 2 or META_LINE.fullmatch(line) or _DATELINE_ONLY.fullmatch(line) \
                or _DATE_FIRST.match(line) or _MASTHEAD.search(line) or RUBRIC_SLASHED.match(line) \
                or is_widget(line) or re.match(r"(?:Реклама|Жарнама)\b", line):
            continue        # (nor an advertisement's line, «Реклама на сайте …», nor a line of figures, «• 89.02»)
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
    from ..yamlio import decode_text, read_bytes, text_limit
    raw = read_bytes(path, str(path), text_limit())
    text = decode_text(raw, str(path))
    if not text.strip():
        raise ContentError("empty file", [Problem(str(path), None, "", "the file is empty")])
    return raw, text


def held_by(dossier_dir: Path, raw: bytes, sources: list[dict]) -> str | None:
    """The id of the source whose text has exactly these bytes, if the dossier holds it already."""
    digest = hashlib.sha256(raw).digest()
    for src in sources:
        path = dossier_dir / str(src.get("file", ""))
        try:   # read_raw: a FIFO or a device in the dossier is skipped here (`check` reports it), not waited on
            if hashlib.sha256(read_raw(path)).digest() == digest:
                return str(src.get("id"))
        except (OSError, ValueError):
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
