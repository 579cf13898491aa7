"""Writing numbers, amounts, percents and dates in Russian, Kazakh and English, through babel/CLDR.

Space characters (one rule everywhere):
- GROUP_SEP = U+202F NARROW NO-BREAK SPACE groups thousands in ru and kk («25 352 121»), as the design's
  "(thin) non-breaking space" asks; CLDR's own U+00A0 is replaced.  English groups with commas.
  Four-digit figures are grouped too («5 000»), as CLDR does for ru and kk; years in dates never are.
- NBSP = U+00A0 NO-BREAK SPACE ties words that must not part: a figure and its scale word or unit
  («1,2 млрд долл. США», «30 дней», "US$1.2 billion", "115 million tonnes"), the words of «долл. США»
  and «АҚШ доллары», «5 июня», «2025 г.», «2025 жылғы», the short preposition «до», and a Kazakh
  postposition («астам», «жуық», «кем», «дейін») to the word before it.  The longer qualifiers
  («около», «более», «почти», «менее», «порядка», «шамамен», about, over, nearly, under, up to) take an
  ordinary space after them.

Month names and their genitive forms, plural rules, decimal and grouping symbols come from CLDR; only
wording CLDR lacks (currency words such as «долл. США», units, qualifiers, «г.», «жылғы») is tabled here.

Amount scales: the largest of трлн/млрд/млн/тыс. (kk: трлн/млрд/млн/мың; en: trillion/billion/million)
that leaves a mantissa ≥ 1 with at most two decimals; otherwise the whole number is written.  English
writes thousands in full ("25,000 tonnes"); days are never scaled; km and MW are scaled from a million up.
Figures are never rounded: a value that does not fit the rule is written out in full.
"""
from __future__ import annotations

import calendar
from datetime import date
from decimal import Decimal, InvalidOperation

from babel import Locale

from .textnum import kk_back
from babel.dates import format_date as _babel_date
from babel.numbers import format_decimal as _babel_decimal

__all__ = [
    "GROUP_SEP", "NBSP", "LANGS", "QUALIFIERS", "CURRENCIES", "UNITS",
    "format_number", "format_amount", "format_percent", "format_date", "format_period", "format_fuzzy",
    "kk_suffix", "kk_case",
]

GROUP_SEP = "\u202f"   # thousands separator in ru and kk
NBSP = "\u00a0"        # no-break space between words that must stay together
DASH = "\u2013"        # en dash in ranges
LANGS = ("ru", "kk", "en")
QUALIFIERS = ("about", "around", "over", "nearly", "under", "up_to")
CURRENCIES = ("USD", "KZT", "JPY", "EUR", "RUB", "CNY")
UNITS = ("t", "t/year", "day", "km", "MW", "person")

_LOCALES = {lang: Locale.parse(lang) for lang in LANGS}


def _lang(lang: str) -> str:
    if lang not in LANGS:
        raise ValueError(f"unknown language {lang!r}: expected one of {', '.join(LANGS)}")
    return lang


def _dec(value) -> Decimal:
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


# ---------------------------------------------------------------- numbers
def format_number(value, lang: str) -> str:
    """«25 352 121», «1,2» (ru, kk; U+202F groups); "25,352,121", "1.2" (en). Trailing zeros dropped."""
    lang = _lang(lang)
    text = _babel_decimal(_dec(value), locale=_LOCALES[lang], decimal_quantization=False)
    if lang != "en":
        text = text.replace("\u00a0", GROUP_SEP).replace(" ", GROUP_SEP)
    return text


def format_percent(value, lang: str) -> str:
    """«18,6%» (ru, kk), "18.6%" (en); the value as given (pass abs() for a magnitude)."""
    return format_number(value, lang) + "%"


# ---------------------------------------------------------------- Kazakh suffixes
_KK_VOWELS = set("аәеоөұүыіиэюя")
_KK_UNITS = ["нөл", "бір", "екі", "үш", "төрт", "бес", "алты", "жеті", "сегіз", "тоғыз"]
_KK_TENS = ["", "он", "жиырма", "отыз", "қырық", "елу", "алпыс", "жетпіс", "сексен", "тоқсан"]
_KK_SPOKEN_ABBR = {"млн": "миллион", "млрд": "миллиард", "трлн": "триллион", "тыс": "мың", "км": "километр",
                   "мвт": "мегаватт", "т": "тонна", "%": "пайыз", "$": "доллар"}


def _kk_last_word_of_int(n: int) -> str:
    if n == 0:
        return _KK_UNITS[0]
    if n % 10:
        return _KK_UNITS[n % 10]
    if n % 100:
        return _KK_TENS[n % 100 // 10]
    if n % 1000:
        return "жүз"
    for scale, word in ((10**6, "мың"), (10**9, "миллион"), (10**12, "миллиард")):
        if n % scale:
            return word
    return "триллион"


def _kk_spoken(number_text: str) -> str:
    """The word a Kazakh reader says last when reading `number_text` aloud (it picks the suffix)."""
    text = number_text.strip().rstrip(".").lower()
    if not text:
        raise ValueError("empty figure")
    if text.endswith("%"):
        return "пайыз"
    tail = ""
    for ch in reversed(text):
        if ch.isalpha():
            tail = ch + tail
        elif tail:
            break
        elif ch.isdigit():
            break
    if tail:
        return _KK_SPOKEN_ABBR.get(tail, tail)
    digits = "".join(ch for ch in text if ch.isdigit() or ch in ",.")
    whole, _, frac = digits.replace(".", ",").partition(",")
    if frac.strip("0"):
        return _kk_last_word_of_int(int(frac))
    return _kk_last_word_of_int(int(whole.replace(",", "") or 0))


def _kk_case_ending(word: str, case: str) -> str:
    back = kk_back(word)
    a, y = ("а", "ы") if back else ("е", "і")
    last = word[-1]
    if last in _KK_VOWELS:
        cls = "vowel"
    elif last in "мнң":
        cls = "nasal"
    elif last in "рлйузжь":
        cls = "voiced"
    else:   # voiceless, and loanword-final б в г д («миллиардқа»)
        cls = "voiceless"
    first = {
        "dat": {"vowel": "ғ", "nasal": "ғ", "voiced": "ғ", "voiceless": "қ"},
        "abl": {"vowel": "д", "nasal": "н", "voiced": "д", "voiceless": "т"},
        "loc": {"vowel": "д", "nasal": "д", "voiced": "д", "voiceless": "т"},
        "gen": {"vowel": "н", "nasal": "н", "voiced": "д", "voiceless": "т"},
        "acc": {"vowel": "н", "nasal": "д", "voiced": "д", "voiceless": "т"},
        "ins": {"vowel": "м", "nasal": "б", "voiced": "м", "voiceless": "п"},
    }
    if case not in first:
        raise ValueError(f"unknown Kazakh case {case!r}: expected one of {', '.join(first)}")
    c = first[case][cls]
    if case == "dat":
        c = {"ғ": "ғ" if back else "г", "қ": "қ" if back else "к"}[c]
        return c + a
    if case in ("abl",):
        return c + a + "н"
    if case == "loc":
        return c + a
    if case == "gen":
        return c + y + "ң"
    if case == "acc":
        return c + y
    if c == "б" and last in "зж":
        return "бен"
    return c + "ен"


def kk_suffix(number_text: str, suffix: str) -> str:
    """Join a Kazakh suffix to a figure with a hyphen: «18,6%» + «ға» -> «18,6%-ға»."""
    suffix = suffix.lstrip("-")
    return f"{number_text}-{suffix}" if suffix else number_text


def kk_case(number_text: str, case: str) -> str:
    """Put a figure in a Kazakh case, choosing the suffix by how the figure is read aloud:
    kk_case("25", "dat") -> «25-ке», kk_case("18,6%", "dat") -> «18,6%-ға», kk_case("30", "abl") -> «30-дан».
    Cases: dat, abl, loc, gen, acc, ins."""
    return kk_suffix(number_text, _kk_case_ending(_kk_spoken(number_text), case))


# ---------------------------------------------------------------- amounts
_SCALES = {
    "ru": ((10**12, "трлн"), (10**9, "млрд"), (10**6, "млн"), (10**3, "тыс.")),
    "kk": ((10**12, "трлн"), (10**9, "млрд"), (10**6, "млн"), (10**3, "мың")),
    "en": ((10**12, "trillion"), (10**9, "billion"), (10**6, "million")),
}
_MIN_SCALE = {"day": None, "km": 10**6, "MW": 10**6}

# Russian nouns: forms by CLDR plural category; "gen" after «около», «более», «менее», «до»; "scaled"
# after «млн», «млрд» … (genitive plural).  A plain string does not change.
_RU_NOUNS: dict[str, object] = {
    "USD": f"долл.{NBSP}США", "KZT": "тенге", "EUR": "евро", "RUB": "руб.",
    "JPY": {"nom": {"one": "иена", "few": "иены", "many": "иен", "other": "иены"},
            "gen": {"one": "иены", "few": "иен", "many": "иен", "other": "иены"}, "scaled": "иен"},
    "CNY": {"nom": {"one": "юань", "few": "юаня", "many": "юаней", "other": "юаня"},
            "gen": {"one": "юаня", "few": "юаней", "many": "юаней", "other": "юаня"}, "scaled": "юаней"},
    "t": "т", "t/year": "т в год", "km": "км", "MW": "МВт", "person": "чел.",
    "day": {"nom": {"one": "день", "few": "дня", "many": "дней", "other": "дня"},
            "gen": {"one": "дня", "few": "дней", "many": "дней", "other": "дня"}, "scaled": "дней"},
}
_RU_QUAL = {"about": ("около", "gen"), "around": ("порядка", "gen"), "over": ("более", "gen"),
            "nearly": ("почти", "nom"), "under": ("менее", "gen"), "up_to": ("до", "gen")}

# Kazakh nouns: (nominative, dative, ablative); "жылына" goes before the figure for t/year.
_KK_NOUNS = {
    "USD": (f"АҚШ{NBSP}доллары", f"АҚШ{NBSP}долларына", f"АҚШ{NBSP}долларынан"),
    "KZT": ("теңге", "теңгеге", "теңгеден"),
    "EUR": ("еуро", "еуроға", "еуродан"),
    "JPY": ("иена", "иенаға", "иенадан"),
    "RUB": ("рубль", "рубльге", "рубльден"),
    "CNY": ("юань", "юаньға", "юаньнан"),
    "t": ("тонна", "тоннаға", "тоннадан"),
    "t/year": ("тонна", "тоннаға", "тоннадан"),
    "day": ("күн", "күнге", "күннен"),
    "km": ("км", "км-ге", "км-ден"),
    "MW": ("МВт", "МВт-қа", "МВт-тан"),
    "person": ("адам", "адамға", "адамнан"),
}
# qualifier -> (word before the figure, case of the last word, word after it)
_KK_QUAL = {"about": ("шамамен", "nom", ""), "around": ("шамамен", "nom", ""),
            "over": ("", "abl", "астам"), "nearly": ("", "dat", "жуық"),
            "under": ("", "abl", "кем"), "up_to": ("", "dat", "дейін")}

_EN_PREFIX = {"USD": "US$", "EUR": "€", "JPY": "¥", "KZT": f"KZT{NBSP}", "RUB": f"RUB{NBSP}",
              "CNY": f"CNY{NBSP}"}
_EN_UNITS = {"t": ("tonne", "tonnes"), "t/year": ("tonne a year", "tonnes a year"), "day": ("day", "days"),
             "km": ("km", "km"), "MW": ("MW", "MW"), "person": ("person", "people")}
_EN_QUAL = {"about": "about", "around": "around", "over": "over", "nearly": "nearly", "under": "under",
            "up_to": "up to"}


def _split_scale(amount: Decimal, lang: str, unit: str | None) -> tuple[Decimal, str | None]:
    min_scale = _MIN_SCALE.get(unit, 10**3) if unit else 10**3
    if min_scale is None:
        return amount, None
    for scale, word in _SCALES[lang]:
        if scale < min_scale or abs(amount) < scale:
            continue
        mantissa = amount / Decimal(scale)
        if mantissa == mantissa.quantize(Decimal("0.01")):
            return _dec(mantissa), word
    return amount, None


def _plural(value: Decimal, lang: str) -> str:
    return _LOCALES[lang].plural_form(value)


def format_amount(amount, lang: str, currency: str | None = None, unit: str | None = None,
                  qualifier: str | None = None) -> str:
    """An amount with its scale, currency or unit and qualifier, e.g.
    ru «около 9 млрд долл. США», kk «4 млрд АҚШ долларынан астам», en "over US$4 billion".

    currency: USD KZT JPY EUR RUB CNY (other ISO codes are written as the code);
    unit: t, t/year, day, km, MW, person; qualifier: about, around, over, nearly, under, up_to."""
    lang = _lang(lang)
    value = _dec(amount)
    if currency and unit:
        raise ValueError("an amount has a currency or a unit, not both")
    if currency:
        currency = currency.upper()
    if unit and unit not in UNITS:
        raise ValueError(f"unknown unit {unit!r}: expected one of {', '.join(UNITS)}")
    if qualifier and qualifier not in QUALIFIERS:
        raise ValueError(f"unknown qualifier {qualifier!r}: expected one of {', '.join(QUALIFIERS)}")
    mantissa, scale = _split_scale(value, lang, unit)
    figure = format_number(mantissa, lang)
    if lang == "ru":
        return _amount_ru(mantissa, figure, scale, currency or unit, qualifier)
    if lang == "kk":
        return _amount_kk(figure, scale, currency, unit, qualifier)
    return _amount_en(mantissa, figure, scale, currency, unit, qualifier)


def _amount_ru(mantissa, figure, scale, noun_key, qualifier):
    word, case = _RU_QUAL.get(qualifier, ("", "nom"))
    parts = [figure]
    if scale:
        parts.append(scale)
    if noun_key:
        noun = _RU_NOUNS.get(noun_key, noun_key)
        if isinstance(noun, dict):
            noun = noun["scaled"] if scale else noun[case][_plural(abs(mantissa), "ru")]
        parts.append(noun)
    text = NBSP.join(parts)
    if word:
        text = word + (NBSP if len(word) <= 2 else " ") + text
    return text


def _amount_kk(figure, scale, currency, unit, qualifier):
    before, case, after = _KK_QUAL.get(qualifier, ("", "nom", ""))
    head = NBSP.join([figure, scale] if scale else [figure])
    key = currency or unit
    if key:
        # an unknown code takes a hyphenated suffix: «5 млрд CHF-тан астам»
        forms = _KK_NOUNS.get(key) or (key, kk_case(key, "dat"), kk_case(key, "abl"))
        noun = forms[{"nom": 0, "dat": 1, "abl": 2}[case]]
        text = f"{head}{NBSP}{noun}"
        if unit == "t/year":
            text = f"жылына {text}"
    else:
        text = head if case == "nom" else kk_case(head, case)
    if before:
        text = f"{before} {text}"
    if after:
        text = f"{text}{NBSP}{after}"
    return text


def _amount_en(mantissa, figure, scale, currency, unit, qualifier):
    number = f"{figure}{NBSP}{scale}" if scale else figure
    if currency:
        text = _EN_PREFIX.get(currency, f"{currency}{NBSP}") + number
    elif unit:
        one, many = _EN_UNITS[unit]
        noun = many if scale or _plural(abs(mantissa), "en") != "one" else one
        text = f"{number}{NBSP}{noun}"
    else:
        text = number
    if qualifier:
        text = f"{_EN_QUAL[qualifier]} {text}"
    return text


# ---------------------------------------------------------------- dates
_PRECISIONS = ("day", "month", "year")


def _month_standalone(d: date, lang: str) -> str:
    name = _babel_date(d, "LLLL", locale=_LOCALES[lang])
    return name.lower() if lang in ("ru", "kk") else name


def _day_month(d: date, lang: str) -> str:
    """«5 июня», «5 маусым», "5 June" (CLDR format-context month: genitive in Russian)."""
    return _babel_date(d, f"d{NBSP}MMMM", locale=_LOCALES[lang])


def format_date(d: date, lang: str, precision: str = "day") -> str:
    """ru «5 июня 2025 г.», «октябрь 2015 г.», «2015 г.»; kk «2025 жылғы 5 маусым», «2015 жылғы қазан»,
    «2015 жыл»; en "5 June 2025", "October 2015", "2015"."""
    lang = _lang(lang)
    if precision not in _PRECISIONS:
        raise ValueError(f"unknown precision {precision!r}: expected one of {', '.join(_PRECISIONS)}")
    if precision == "year":
        return {"ru": f"{d.year}{NBSP}г.", "kk": f"{d.year}{NBSP}жыл", "en": str(d.year)}[lang]
    return _in_year(_day_month(d, lang) if precision == "day" else _month_standalone(d, lang), d.year, lang)


def _in_year(text: str, year: int, lang: str) -> str:
    """Days or months of one year with the year: ru «5 июня 2025 г.», kk «2025 жылғы 5 маусым», en "5 June 2025"."""
    if lang == "ru":
        return f"{text} {year}{NBSP}г."
    if lang == "kk":
        return f"{year}{NBSP}жылғы {text}"
    return f"{text} {year}"


def _period_precision(start: date, end: date) -> str:
    if start.month == 1 and start.day == 1 and end.month == 12 and end.day == 31:
        return "year"
    if start.day == 1 and end.day == calendar.monthrange(end.year, end.month)[1]:
        return "month"
    return "day"


def format_period(start: date, end: date, lang: str, precision: str | None = None) -> str:
    """A range of days, months or years (precision inferred from the bounds unless given):
    ru «январь–май 2025 г.», «2015–2016 гг.»; kk «2025 жылғы қаңтар–мамыр», «2015–2016 жылдар»;
    en "January–May 2025", "2015–2016".  A range within one unit reduces to format_date; a month or day
    range across years is written as two dates: «октябрь 2015 г. – май 2016 г.»."""
    lang = _lang(lang)
    if end < start:
        raise ValueError(f"period ends before it starts: {start} – {end}")
    precision = precision or _period_precision(start, end)
    if precision not in _PRECISIONS:
        raise ValueError(f"unknown precision {precision!r}: expected one of {', '.join(_PRECISIONS)}")
    y1, y2 = start.year, end.year
    if precision == "year":
        if y1 == y2:
            return format_date(start, lang, "year")
        span = f"{y1}{DASH}{y2}"
        return {"ru": f"{span}{NBSP}гг.", "kk": f"{span}{NBSP}жылдар", "en": span}[lang]
    if precision == "month":
        if (y1, start.month) == (y2, end.month):
            return format_date(start, lang, "month")
        if y1 == y2:
            return _in_year(f"{_month_standalone(start, lang)}{DASH}{_month_standalone(end, lang)}", y1, lang)
    if precision == "day":
        if start == end:
            return format_date(start, lang, "day")
        if (y1, start.month) == (y2, end.month):
            return _in_year(f"{start.day}{DASH}{_day_month(end, lang)}", y1, lang)
    return f"{format_date(start, lang, precision)} {DASH} {format_date(end, lang, precision)}"


def format_fuzzy(fd, lang: str) -> str:
    """A `briefing.dossier.dates.FuzzyDate` (or anything with start, end and precision)."""
    if fd.precision in _PRECISIONS:
        return format_date(fd.start, lang, fd.precision)
    return format_period(fd.start, fd.end, lang)
