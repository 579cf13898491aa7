"""English: "over US$4 billion", "115 million tonnes", "5 June 2025", "2015–2016".

Scale words trillion, billion, million (thousands are written in full: "25,000 tonnes"); a currency is a
prefix; a unit noun is plural unless the figure is CLDR's "one".  NBSP ties a figure to its scale word and
unit; the qualifiers (about, over, nearly, under, up to) take an ordinary space after them."""
from __future__ import annotations

from decimal import Decimal

from .base import NBSP, Language, Numeral

PREFIXES = {"USD": "US$", "EUR": "€", "JPY": "¥", "KZT": f"KZT{NBSP}", "RUB": f"RUB{NBSP}", "CNY": f"CNY{NBSP}"}
UNITS = {"t": ("tonne", "tonnes"), "t/year": ("tonne a year", "tonnes a year"), "day": ("day", "days"),
         "km": ("km", "km"), "MW": ("MW", "MW"), "person": ("person", "people"), "m3": ("m³", "m³"),
         "kWh": ("kWh", "kWh"), "barrel": ("barrel", "barrels"), "kg": ("kg", "kg")}
QUALIFIERS = {"about": "about", "around": "around", "over": "over", "nearly": "nearly", "under": "under",
              "up_to": "up to"}


# The scale words (a plural one with no figure before it is not a number: "millions").
NUMERALS = tuple(
    numeral for word, value in (("thousand", 1000), ("million", 10**6), ("billion", 10**9), ("trillion", 10**12))
    for numeral in (Numeral(word, Decimal(value), "scale"),
                    Numeral(word + "s", Decimal(value), "scale", needs_mult=True))
) + (Numeral("bn", Decimal(10**9), "scale", needs_mult=True), Numeral("mln", Decimal(10**6), "scale", needs_mult=True))


class English(Language):
    code = "en"
    scales = ((10**12, "trillion"), (10**9, "billion"), (10**6, "million"))
    numerals = NUMERALS

    def worded_amount(self, mantissa, figure, scale, currency, unit, qualifier):
        number = f"{figure}{NBSP}{scale}" if scale else figure
        if currency:
            text = PREFIXES.get(currency, f"{currency}{NBSP}") + number
        elif unit:
            one, many = UNITS[unit]
            noun = many if scale or self.plural(abs(mantissa)) != "one" else one
            text = f"{number}{NBSP}{noun}"
        else:
            text = number
        if qualifier:
            text = f"{QUALIFIERS[qualifier]} {text}"
        return text

    def priced(self, text, per_amount, currency, unit):
        if per_amount == 1 and unit:
            return f"{text} per {UNITS[unit][0]}"
        return f"{text} per {self._amount(per_amount, currency, unit, None, scaled=False)}"

    def year(self, year: int) -> str:
        return str(year)

    def years(self, span: str) -> str:
        return span

    def in_year(self, text: str, year: int) -> str:
        return f"{text} {year}"


LANGUAGE = English()
