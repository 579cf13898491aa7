"""Dates of known precision: a year, a month, a day, or a range of them ("2025-01..2025-05")."""
from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import date
from functools import lru_cache

_PART = re.compile(r"^(\d{4})(?:-(\d{1,2})(?:-(\d{1,2}))?)?$")


@dataclass(frozen=True, order=True)
class FuzzyDate:
    start: date
    end: date
    precision: str  # "year" | "month" | "day" | "range"
    text: str

    @classmethod
    def parse(cls, text: str) -> "FuzzyDate":
        return _parse(cls, str(text).strip())

    @classmethod
    def _parse(cls, text: str) -> "FuzzyDate":
        if ".." in text:
            left, _, right = text.partition("..")
            a, b = cls.parse(left), cls.parse(right)
            if b.end < a.start:
                raise ValueError(f"range ends before it starts: {text!r}")
            return cls(a.start, b.end, "range", text)
        m = _PART.match(text)
        if not m:
            raise ValueError(f"not a date: {text!r} (expected YYYY, YYYY-MM, YYYY-MM-DD or A..B)")
        y, mo, d = int(m[1]), m[2] and int(m[2]), m[3] and int(m[3])
        if not 1000 <= y <= 2999:
            raise ValueError(f"year out of range: {text!r}")
        if mo is None:
            return cls(date(y, 1, 1), date(y, 12, 31), "year", text)
        if not 1 <= mo <= 12:
            raise ValueError(f"no month {mo} in {text!r}")
        last = calendar.monthrange(y, mo)[1]
        if d is None:
            return cls(date(y, mo, 1), date(y, mo, last), "month", text)
        if not 1 <= d <= last:
            raise ValueError(f"no day {d} in {y}-{mo:02d}: {text!r}")
        return cls(date(y, mo, d), date(y, mo, d), "day", text)

    def overlaps(self, other: "FuzzyDate") -> bool:
        return self.start <= other.end and other.start <= self.end

    def __str__(self) -> str:
        return self.text


@lru_cache(maxsize=8192)
def _parse(cls, text: str) -> FuzzyDate:
    """Dates repeat across a dossier ("2025", "2016-11"); a FuzzyDate is frozen, so one parse serves all.
    (Errors are not cached: lru_cache does not keep exceptions.)"""
    return cls._parse(text)
