"""The currencies a value may carry: every ISO 4217 code in legal tender somewhere, from CLDR (babel), with
its names in the note's languages and a rough rate to US dollars where one is known.

CLDR, not a hand list: a dossier on Czechia or Uzbekistan quotes crowns and sums, and the names and plural
forms of every currency in Russian and Kazakh are CLDR's («чешских крон», «Өзбекстан сомы»)."""
from __future__ import annotations

import datetime
from functools import lru_cache

from babel import Locale
from babel.numbers import get_currency_name, get_currency_symbol, get_territory_currencies

# Fixed, so that the codes a dossier may use do not change with the day the tool runs.
_AS_OF = datetime.date(2025, 1, 1)


@lru_cache(maxsize=1)
def codes() -> tuple[str, ...]:
    """Every currency in legal tender in some territory, as CLDR knows it."""
    found: set[str] = set()
    for territory in Locale("en").territories:
        if len(territory) == 2 and territory.isalpha():
            found.update(get_territory_currencies(territory, _AS_OF, tender=True))
    return tuple(sorted(found))


@lru_cache(maxsize=1)
def territories() -> dict[str, tuple[str, ...]]:
    """code -> the territories (ISO 3166 alpha-2) whose tender it is: which country's crown a text means."""
    out: dict[str, list[str]] = {}
    for territory in Locale("en").territories:
        if len(territory) == 2 and territory.isalpha():
            for code in get_territory_currencies(territory, _AS_OF, tender=True):
                out.setdefault(code, []).append(territory)
    return {k: tuple(v) for k, v in out.items()}


# Rough rates to US dollars (2025), enough to rank and chart figures in different currencies together; never
# printed. A currency without one is left out of rankings by value, not guessed.
USD_RATES: dict[str, float] = {
    "USD": 1.0, "EUR": 1.1, "GBP": 1.3, "CHF": 1.15, "JPY": 0.007, "CNY": 0.14, "KRW": 0.0007, "INR": 0.012,
    "RUB": 0.011, "KZT": 0.002, "UZS": 0.00008, "KGS": 0.0115, "TJS": 0.093, "TMT": 0.29, "AZN": 0.59,
    "GEL": 0.37, "AMD": 0.0026, "BYN": 0.31, "UAH": 0.024, "MNT": 0.00029, "TRY": 0.026, "CZK": 0.045,
    "PLN": 0.26, "HUF": 0.0028, "RON": 0.22, "BGN": 0.56, "SEK": 0.1, "NOK": 0.095, "DKK": 0.15, "CAD": 0.72,
    "AUD": 0.66, "NZD": 0.6, "HKD": 0.13, "SGD": 0.76, "AED": 0.27, "SAR": 0.27, "QAR": 0.27, "KWD": 3.25,
    "ILS": 0.28, "EGP": 0.02, "IRR": 0.000024, "PKR": 0.0036, "MYR": 0.23, "IDR": 0.00006, "THB": 0.03,
    "VND": 0.00004, "BRL": 0.18, "MXN": 0.053, "ZAR": 0.055,
}


def usd(amount, code: str) -> float | None:
    """An amount in rough US dollars, or None when no rate is known."""
    rate = USD_RATES.get(code)
    return None if rate is None else float(amount) * rate


def name(code: str, lang: str, count=None) -> str:
    """CLDR's name of the currency in `lang` («чешских крон» for count 5, «Чехия кронасы»); `count` picks
    the plural form (CLDR's currency plural names)."""
    return get_currency_name(code, count, locale=lang)


def symbol(code: str, lang: str) -> str:
    return get_currency_symbol(code, locale=lang)
