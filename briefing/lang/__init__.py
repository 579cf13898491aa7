"""The languages a note is written in: one module each (`ru.py`, `kk.py`, `en.py`) holding its wording of
figures and dates and its inflection helpers, on the shared ground of `base.py` (babel/CLDR underneath).
The words a note prints are the language's label catalogue, `templates/lang/<code>.yaml`.

Adding a language: its entry in `briefing/vocab.py` LANGUAGES, `briefing/lang/<code>.py` defining `LANGUAGE`
(a `base.Language`), and `templates/lang/<code>.yaml` with the keys of `ru.yaml` (and fonts that draw it)."""
from __future__ import annotations

from datetime import date
from functools import lru_cache
from importlib import import_module

from .. import vocab
from ..errors import UsageError
from .base import GROUP_SEP, NBSP, Language

__all__ = [
    "GROUP_SEP", "NBSP", "Language", "language", "check_lang",
    "format_number", "format_amount", "format_percent", "format_date", "format_period", "format_fuzzy",
]


@lru_cache(maxsize=None)
def language(code: str) -> Language:
    """The language `code` names (a ValueError for one outside the vocabulary)."""
    if code not in vocab.LANGUAGES:
        raise ValueError(f"unknown language {code!r}: expected one of {', '.join(vocab.LANGS)}")
    return import_module(f"{__name__}.{code}").LANGUAGE


def check_lang(code: str) -> str:
    """`code` if a note can be written in it; a usage error naming the choices otherwise."""
    if code not in vocab.LANGUAGES:
        raise UsageError(f"--lang: unknown language {code!r}; choose one of {', '.join(vocab.LANGS)}")
    return code


# Shorthands for callers that hold a language's code.
def format_number(value, lang: str) -> str:
    """«25 352 121», «1,2» (ru, kk; U+202F groups); "25,352,121", "1.2" (en). Trailing zeros dropped."""
    return language(lang).number(value)


def format_percent(value, lang: str) -> str:
    """«18,6%» (ru, kk), "18.6%" (en); the value as given (pass abs() for a magnitude)."""
    return language(lang).percent(value)


def format_amount(amount, lang: str, currency: str | None = None, unit: str | None = None,
                  qualifier: str | None = None) -> str:
    """An amount with its scale, currency or unit and qualifier, e.g.
    ru «около 9 млрд долл. США», kk «4 млрд АҚШ долларынан астам», en "over US$4 billion"."""
    return language(lang).amount(amount, currency, unit, qualifier)


def format_date(d: date, lang: str, precision: str = "day") -> str:
    """ru «5 июня 2025 г.», «октябрь 2015 г.», «2015 г.»; kk «2025 жылғы 5 маусым», «2015 жылғы қазан»,
    «2015 жыл»; en "5 June 2025", "October 2015", "2015"."""
    return language(lang).date(d, precision)


def format_period(start: date, end: date, lang: str, precision: str | None = None) -> str:
    """ru «январь–май 2025 г.», «2015–2016 гг.»; kk «2025 жылғы қаңтар–мамыр», «2015–2016 жылдар»;
    en "January–May 2025", "2015–2016"; across years two dates: «октябрь 2015 г. – май 2016 г.»."""
    return language(lang).period(start, end, precision)


def format_fuzzy(fd, lang: str) -> str:
    """A `briefing.dossier.dates.FuzzyDate` (or anything with start, end and precision)."""
    return language(lang).fuzzy(fd)
