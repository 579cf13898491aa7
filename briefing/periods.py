"""Periods on the command line: `2025`, `2015-2016`, `2025-03..2025-07`."""
from __future__ import annotations

import re

from .dossier.dates import FuzzyDate
from .errors import UsageError

_YEARS = re.compile(r"^(\d{4})\s*[-–]\s*(\d{4})$")


def parse_period(text: str) -> FuzzyDate:
    text = text.strip()
    m = _YEARS.match(text)
    spec = f"{m[1]}..{m[2]}" if m else text
    try:
        period = FuzzyDate.parse(spec)
    except ValueError as exc:
        raise UsageError(f"--period: {exc}") from None
    return period
