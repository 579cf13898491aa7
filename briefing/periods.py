"""Periods on the command line and in the book: `2025`, `2015-2016`, `2025-03..2025-07`."""
from __future__ import annotations

import re

from .dossier.dates import FuzzyDate
from .errors import UsageError

_YEARS = re.compile(r"^(\d{4})\s*[-–]\s*(\d{4})$")


def note_stem(topic: str | None, period: str | None, lang: str) -> str:
    """A note's name in file names, within its book (`energy_ru`, `overview_2015_2016_kk`): `make`, `build`
    and the mail's attachments all name notes so."""
    shown = f"_{period.replace('..', '_')}" if period else ""
    return f"{topic or 'overview'}{shown}_{lang}"


def period_of(text: str) -> FuzzyDate:
    """The period `text` names (ValueError if none): years joined by a hyphen or dash are a range of years."""
    text = text.strip()
    m = _YEARS.match(text)
    return FuzzyDate.parse(f"{m[1]}..{m[2]}" if m else text)


def parse_period(text: str) -> FuzzyDate:
    try:
        return period_of(text)
    except ValueError as exc:
        raise UsageError(f"--period: {exc}") from None
