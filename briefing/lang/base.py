"""What every language's writing shares: numbers, scales, plural categories, dates and periods through
babel/CLDR. A language module (`ru.py`, `kk.py`, `en.py`) subclasses `Language` with only what CLDR lacks —
its scale words, how a figure meets its currency, unit and qualifier, how a year is written.

Space characters (one rule everywhere):
- GROUP_SEP = U+202F NARROW NO-BREAK SPACE groups thousands where a language groups with a space (ru, kk:
  «25 352 121»), as the design's "(thin) non-breaking space" asks; CLDR's own U+00A0 is replaced.  Four-digit
  figures are grouped too («5 000»), as CLDR does for ru and kk; years in dates never are.
- NBSP = U+00A0 NO-BREAK SPACE ties words that must not part: a figure and its scale word or unit, the words
  of a currency's name, a day and its month, a year and its word; which words, each language module says.

Amount scales: the largest of the language's scale words that leaves a mantissa ≥ 1 with at most two
decimals; otherwise the whole number is written.  Days are never scaled; km and MW are scaled from a million
up.  Figures are never rounded: a value that does not fit the rule is written out in full.
"""
from __future__ import annotations

import calendar
from datetime import date
from decimal import Decimal, InvalidOperation
from typing import NamedTuple

from babel import Locale
from babel.dates import format_date as babel_date
from babel.numbers import format_decimal as babel_decimal, get_decimal_symbol

from .. import vocab

GROUP_SEP = "\u202f"   # thousands separator where a language groups with a space
NBSP = "\u00a0"        # no-break space between words that must stay together
DASH = "\u2013"        # en dash in ranges
PRECISIONS = ("day", "month", "year")
# CLDR's plural categories in CLDR's order; a catalogue's count nouns list a language's forms in this order.
PLURAL_CATEGORIES = ("zero", "one", "two", "few", "many", "other")
# The smallest scale a unit is written with (None: never scaled); anything else from a thousand.
MIN_SCALE = {"day": None, "km": 10**6, "MW": 10**6}


def decimal(value) -> Decimal:
    """`value` as a normalised finite Decimal: 1.20 -> 1.2, 1E+3 -> 1000; floats by their shortest repr."""
    if isinstance(value, Decimal):
        d = value
    elif isinstance(value, float):
        d = Decimal(repr(value))
    else:
        try:
            d = Decimal(str(value).strip())
        except InvalidOperation as exc:
            raise ValueError(f"not a number: {value!r}") from exc
    if not d.is_finite():
        raise ValueError(f"not a finite number: {value!r}")
    d = d.normalize()
    if d == d.to_integral_value():
        d = d.quantize(Decimal(1))
    return d


class Numeral(NamedTuple):
    """A word the number reader (briefing/textnum.py) takes for a number, and its part in a compound."""

    form: str
    value: Decimal
    kind: str                  # unit | teen | tens | hund | hmul (multiplies the unit before it) | scale | half
                               # | zharym (adds a half to the number before it)
    ambiguous: bool = False    # a number only beside another numeral of its language (or in a text in it)
    needs_mult: bool = False   # a scale word that is no number without a figure before it («тысячи»)
    inflected: bool = False    # a generated form: it never displaces another language's word


def _choose(what: str, value, known) -> None:
    if value not in known:
        raise ValueError(f"unknown {what} {value!r}: expected one of {', '.join(known)}")


class Language:
    """One language's way of writing figures and dates. Subclasses set `code` and `scales` and write the
    wording hooks (`worded_amount`, `year`, `years`, `in_year`)."""

    code: str
    scales: tuple[tuple[int, str], ...]     # (scale, word), largest first
    group_sep: str | None = None            # replaces CLDR's grouping space; None keeps CLDR's grouping
    lower_months: bool = False              # standalone month names in lower case («январь»)
    numerals: tuple[Numeral, ...] = ()      # the words the number reader takes for numbers
    ignores_numerals_of: tuple[str, ...] = ()   # languages whose numeral words are other words in this one

    def __init__(self) -> None:
        self.locale = Locale.parse(vocab.LANGUAGES[self.code].locale)
        # babel's tags leave out "other", which every language has
        self.categories = tuple(c for c in PLURAL_CATEGORIES if c in self.locale.plural_form.tags or c == "other")
        self.decimal_comma = get_decimal_symbol(self.locale) == ","   # «1,234» is a decimal, not a thousand

    def language_name(self, code: str) -> str:
        """CLDR's name, in this language, of the vocabulary's language `code` («немецкий», "German"): what a
        note says of a source in a language its catalogue has no phrase for."""
        return self.locale.languages.get(vocab.LANGUAGES[code].locale, code)

    # ------------------------------------------------------------ numbers
    def number(self, value) -> str:
        """The figure in this language's digits and separators; trailing zeros dropped."""
        text = babel_decimal(decimal(value), locale=self.locale, decimal_quantization=False)
        if self.group_sep:
            text = text.replace("\u00a0", self.group_sep).replace(" ", self.group_sep)
        return text

    def percent(self, value) -> str:
        """The value as given, with a percent sign (pass abs() for a magnitude)."""
        return self.number(value) + "%"

    def plural(self, value) -> str:
        """CLDR's plural category of `value` in this language: one, few, many, other …"""
        return self.locale.plural_form(value)

    def plural_form(self, n, forms: list[str]) -> str:
        """The form of a noun for `n`, from `forms` listed in CLDR's category order (ru: one, few, many;
        en: one, other); a category past the list's end takes its last form, a single form never changes."""
        index = self.categories.index(self.plural(n))
        return forms[min(index, len(forms) - 1)]

    # ------------------------------------------------------------ amounts
    def amount(self, amount, currency: str | None = None, unit: str | None = None,
               qualifier: str | None = None, per=None) -> str:
        """An amount with its scale, currency or unit and qualifier; with `per` (amount, currency, unit) a
        rate or a price: «27 чешских крон за 1 евро», «250 долл. США за 1000 куб. м». Currencies: CLDR's
        (`briefing/currencies.py`); units and qualifiers: the vocabulary's."""
        text = self._amount(amount, currency, unit, qualifier)
        if per is None:
            return text
        per_amount, per_currency, per_unit = per
        return self.priced(text, decimal(per_amount), per_currency, per_unit)

    def value(self, v) -> str:
        """A fact's value (amount, currency or unit, qualifier, and what it is per, if anything)."""
        per = getattr(v, "per", None)
        return self.amount(v.amount, currency=v.currency, unit=v.unit, qualifier=v.qualifier,
                           per=None if per is None else (per.amount, per.currency, per.unit))

    def priced(self, text: str, per_amount: Decimal, currency: str | None, unit: str | None) -> str:
        """`text` (an amount) per `per_amount` of a currency or unit."""
        raise NotImplementedError

    def _amount(self, amount, currency, unit, qualifier, scaled: bool = True) -> str:
        value = decimal(amount)
        if currency and unit:
            raise ValueError("an amount has a currency or a unit, not both")
        if currency:
            currency = currency.upper()
        if unit:
            _choose("unit", unit, vocab.UNITS)
        if qualifier:
            _choose("qualifier", qualifier, vocab.QUALIFIERS)
        # what a price is per keeps its figure: «за 1000 куб. м», not «за 1 тыс. куб. м»
        mantissa, scale = self.split_scale(value, unit) if scaled else (value, None)
        return self.worded_amount(mantissa, self.number(mantissa), scale, currency, unit, qualifier)

    def split_scale(self, amount: Decimal, unit: str | None) -> tuple[Decimal, str | None]:
        """(mantissa, scale word), or (amount, None) when no scale writes it exactly with two decimals."""
        min_scale = MIN_SCALE.get(unit, 10**3) if unit else 10**3
        if min_scale is None:
            return amount, None
        for scale, word in self.scales:
            if scale < min_scale or abs(amount) < scale:
                continue
            mantissa = amount / Decimal(scale)
            if mantissa == mantissa.quantize(Decimal("0.01")):
                return decimal(mantissa), word
        return amount, None

    def worded_amount(self, mantissa: Decimal, figure: str, scale: str | None, currency: str | None,
                      unit: str | None, qualifier: str | None) -> str:
        raise NotImplementedError

    # ------------------------------------------------------------ dates
    def month(self, d: date) -> str:
        """The month's standalone name («январь», "January")."""
        name = babel_date(d, "LLLL", locale=self.locale)
        return name.lower() if self.lower_months else name

    def day_month(self, d: date) -> str:
        """«5 июня», «5 маусым», "5 June" (CLDR's format-context month: genitive in Russian)."""
        return babel_date(d, f"d{NBSP}MMMM", locale=self.locale)

    def year(self, year: int) -> str:
        """A year on its own: «2025 г.»."""
        raise NotImplementedError

    def years(self, span: str) -> str:
        """A span of years («2015–2016») as a period: «2015–2016 гг.»."""
        raise NotImplementedError

    def in_year(self, text: str, year: int) -> str:
        """Days or months of one year with the year: «5 июня 2025 г.»."""
        raise NotImplementedError

    def date(self, d: date, precision: str = "day") -> str:
        _choose("precision", precision, PRECISIONS)
        if precision == "year":
            return self.year(d.year)
        return self.in_year(self.day_month(d) if precision == "day" else self.month(d), d.year)

    def period(self, start: date, end: date, precision: str | None = None) -> str:
        """A range of days, months or years (precision inferred from the bounds unless given). A range within
        one unit reduces to `date`; a month or day range across years is written as two dates."""
        if end < start:
            raise ValueError(f"period ends before it starts: {start} – {end}")
        precision = precision or _period_precision(start, end)
        _choose("precision", precision, PRECISIONS)
        y1, y2 = start.year, end.year
        if precision == "year":
            if y1 == y2:
                return self.date(start, "year")
            return self.years(f"{y1}{DASH}{y2}")
        if precision == "month":
            if (y1, start.month) == (y2, end.month):
                return self.date(start, "month")
            if y1 == y2:
                return self.in_year(f"{self.month(start)}{DASH}{self.month(end)}", y1)
        if precision == "day":
            if start == end:
                return self.date(start, "day")
            if (y1, start.month) == (y2, end.month):
                return self.in_year(f"{start.day}{DASH}{self.day_month(end)}", y1)
        return f"{self.date(start, precision)} {DASH} {self.date(end, precision)}"

    def as_of(self, fd) -> str:
        """The date a state of things is given at, as «по состоянию на …» / "as at …" takes it."""
        return self.fuzzy(fd)

    def fuzzy(self, fd) -> str:
        """A `briefing.dossier.dates.FuzzyDate` (or anything with start, end and precision)."""
        if fd.precision in PRECISIONS:
            return self.date(fd.start, fd.precision)
        return self.period(fd.start, fd.end)


def _period_precision(start: date, end: date) -> str:
    if start.month == 1 and start.day == 1 and end.month == 12 and end.day == 31:
        return "year"
    if start.day == 1 and end.day == calendar.monthrange(end.year, end.month)[1]:
        return "month"
    return "day"
