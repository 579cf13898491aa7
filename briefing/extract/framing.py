"""What a candidate needs so that a note frames it as its source does (the fields `check` warns about when
missing): a document's level, the base a change is measured from, the period a trade figure covers.
Read from the candidate's own sentence by the words a Russian or Kazakh text uses for them."""
from __future__ import annotations

import re

# A document's level, by what it is called and who signs it; the first match wins, so the narrowest first.
_LEVEL = (
    ("commercial", re.compile(r"коммерческ|контракт|бизнес|компани|корпорац|\bАО\b|\bТОО\b|коммерциялық|"
                              r"келісімшарт|компания|кәсіпкер", re.I)),
    ("inter_state", re.compile(r"совместн\w* заявлени|декларац|межгосударственн|"
                               r"бірлескен мәлімдеме|мемлекетаралық|декларация", re.I)),
    ("inter_governmental", re.compile(r"правительств|межправительственн|үкімет", re.I)),
    ("inter_agency", re.compile(r"министерств|ведомств|агентств|комитет|банк|фонд|центр|ассоциац|университет|"
                                r"министрлі|агенттігі|қоры|орталығы|университеті", re.I)),
)

# «к аналогичному периоду прошлого года», «по сравнению с январём–маем 2024 года», «өткен жылдың сәйкес кезеңімен»
_SAME_PERIOD = re.compile(r"(?:аналогичн\w+|тем же|тот же|соответствующ\w+) период\w* (?:прошлого|предыдущего|\d{4})|"
                          r"в годовом выражении|год к году|өткен жылдың (?:сәйкес|осы) кезең\w*|"
                          r"(?:сәйкес|осы) кезеңі?мен салыстырғанда", re.I)
_VERSUS_YEAR = re.compile(r"(?:по сравнению с|относительно|против|к)\s+(\d{4})\s*(?:год\w*|г\.)|"
                          r"(\d{4})\s*жыл\w*\s*(?:салыстырғанда|қарағанда)", re.I)


def level_of(text: str) -> str | None:
    for level, rx in _LEVEL:
        if rx.search(text):
            return level
    return None


def _states(parties: list) -> str | None:
    """Two states as the parties (CLDR knows both names): an inter-state document."""
    from ..lang.names import territory
    return "inter_state" if len(parties) >= 2 and all(territory(p) for p in parties) else None


def base_of(sentence: str, period: str | None) -> str | None:
    """The period a change is measured from, when the sentence says it; None when it does not."""
    m = _VERSUS_YEAR.search(sentence)
    if m:
        return m.group(1) or m.group(2)
    if _SAME_PERIOD.search(sentence) and period:
        return _year_before(period)
    return None


def _year_before(period: str) -> str | None:
    """"2025-01..2025-05" -> "2024-01..2024-05"; "2025" -> "2024"."""
    def back(part: str) -> str:
        return str(int(part[:4]) - 1) + part[4:]
    if not re.fullmatch(r"\d{4}(?:-\d{2}){0,2}(?:\.\.\d{4}(?:-\d{2}){0,2})?", period):
        return None
    return "..".join(back(p) for p in period.split(".."))


def frame(c, sentence: str) -> None:
    """Fill what the candidate's sentence says of its framing (in place)."""
    if c.kind == "agreement" and c.level is None:
        # its own name and signatories first; the sentence around it only when they say nothing
        c.level = level_of(" ".join([*(c.title or {}).values(), *c.parties])) or _states(c.parties) \
            or level_of(sentence)
    if c.percent is not None and c.base is None:
        c.base = base_of(sentence, c.date)
    if c.kind == "trade" and c.value and c.period is None and c.date:
        c.period = c.date
