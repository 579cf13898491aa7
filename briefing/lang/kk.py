"""Kazakh: «4 млрд АҚШ долларынан астам», «2025 жылғы 5 маусым», «2015–2016 жылдар»; the case suffixes a
figure takes («25-ке», «18,6%-ға», «30-дан») by vowel harmony and the word it is read aloud with.

Scale words трлн, млрд, млн, мың; a qualifier is a word before the figure («шамамен») or a postposition after
it («астам», «жуық», «кем», «дейін») that puts the noun before it in the ablative or dative.  NBSP ties the
figure to its scale word and noun, the words of «АҚШ доллары», «2025 жылғы», and a postposition to the word
before it."""
from __future__ import annotations

from decimal import Decimal

from .. import currencies
from .base import GROUP_SEP, NBSP, Language, Numeral

_BACK, _FRONT = set("аоұыя"), set("әөүіеэ")
_VOWELS = set("аәеоөұүыіиэюя")


def back_harmony(word: str) -> bool:
    """Vowel harmony: whether suffixes on `word` take back vowels (its last vowel decides)."""
    for ch in reversed(word):
        if ch in _BACK:
            return True
        if ch in _FRONT:
            return False
    return True


# ---------------------------------------------------------------- numerals
# (word, value, part in a compound, a number only beside another Kazakh numeral: «он бес», «бес жүз»)
NUMERALS = (
    ("нөл", 0, "unit", False), ("бір", 1, "unit", False), ("екі", 2, "unit", False), ("үш", 3, "unit", False),
    ("төрт", 4, "unit", False), ("бес", 5, "unit", True), ("алты", 6, "unit", False),
    ("жеті", 7, "unit", False), ("сегіз", 8, "unit", False), ("тоғыз", 9, "unit", False),
    ("он", 10, "tens", True), ("жиырма", 20, "tens", False), ("отыз", 30, "tens", False),
    ("қырық", 40, "tens", False), ("елу", 50, "tens", False), ("алпыс", 60, "tens", False),
    ("жетпіс", 70, "tens", False), ("сексен", 80, "tens", False), ("тоқсан", 90, "tens", False),
    ("жүз", 100, "hmul", True),
    ("мың", 1000, "scale", False), ("миллион", 10**6, "scale", False), ("миллиард", 10**9, "scale", False),
    ("триллион", 10**12, "scale", False),
)
_WORD = {value: word for word, value, _, _ in NUMERALS}
# case forms that are mostly pronouns or adverbs, not numerals
NOT_NUMERALS = {"онда", "оны", "онын", "оның", "онымен", "бірге", "бірден", "бірде", "бірі", "бірін",
                "біріне", "бірінен", "бірінде", "бірінің", "бірімен"}


# ---------------------------------------------------------------- how a figure is read aloud
_SPOKEN_ABBR = {"млн": "миллион", "млрд": "миллиард", "трлн": "триллион", "тыс": "мың", "км": "километр",
                "мвт": "мегаватт", "т": "тонна", "%": "пайыз", "$": "доллар"}


def _last_word_of_int(n: int) -> str:
    if n == 0:
        return _WORD[0]
    if n % 10:
        return _WORD[n % 10]
    if n % 100:
        return _WORD[n % 100 // 10 * 10]
    if n % 1000:
        return _WORD[100]
    for scale in (10**6, 10**9, 10**12):
        if n % scale:
            return _WORD[scale // 1000]
    return _WORD[10**12]


def _spoken(number_text: str) -> str:
    """The word a reader says last when reading `number_text` aloud (it picks the suffix)."""
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
        return _SPOKEN_ABBR.get(tail, tail)
    digits = "".join(ch for ch in text if ch.isdigit() or ch in ",.")
    whole, _, frac = digits.replace(".", ",").partition(",")
    if frac.strip("0"):
        return _last_word_of_int(int(frac))
    return _last_word_of_int(int(whole.replace(",", "") or 0))


# ---------------------------------------------------------------- case suffixes
CASES = ("dat", "abl", "loc", "gen", "acc", "ins")
# the suffix's first consonant by case and by the class of the word's last sound
_FIRST = {
    "dat": {"vowel": "ғ", "nasal": "ғ", "voiced": "ғ", "voiceless": "қ"},
    "abl": {"vowel": "д", "nasal": "н", "voiced": "д", "voiceless": "т"},
    "loc": {"vowel": "д", "nasal": "д", "voiced": "д", "voiceless": "т"},
    "gen": {"vowel": "н", "nasal": "н", "voiced": "д", "voiceless": "т"},
    "acc": {"vowel": "н", "nasal": "д", "voiced": "д", "voiceless": "т"},
    "ins": {"vowel": "м", "nasal": "б", "voiced": "м", "voiceless": "п"},
}


def _sound(last: str) -> str:
    if last in _VOWELS:
        return "vowel"
    if last in "мнң":
        return "nasal"
    if last in "рлйузжь":
        return "voiced"
    return "voiceless"   # voiceless, and loanword-final б в г д («миллиардқа»)


def case_ending(word: str, case: str) -> str:
    """The ending `word` takes in `case` (dat, abl, loc, gen, acc, ins): «миллиард», "dat" -> «қа»."""
    if case not in _FIRST:
        raise ValueError(f"unknown Kazakh case {case!r}: expected one of {', '.join(CASES)}")
    back = back_harmony(word)
    a, y = ("а", "ы") if back else ("е", "і")
    last = word[-1]
    c = _FIRST[case][_sound(last)]
    if case == "dat":
        c = {"ғ": "ғ" if back else "г", "қ": "қ" if back else "к"}[c]
        return c + a
    if case == "abl":
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


def case_forms(stem: str, possessive: bool = True) -> list[str]:
    """Every case form of `stem` a reader may meet: the six cases (the instrumental both ways after a nasal
    or voiced sound: «мыңмен», «мыңбен»), and with `possessive` the 3rd-person possessive («екісі»,
    «миллиарды») in each case."""
    forms = [stem + case_ending(stem, case) for case in CASES]
    sound = _sound(stem[-1])
    if sound in ("nasal", "voiced"):
        forms += [stem + "мен", stem + "бен"]
    if possessive:
        a, y = ("а", "ы") if back_harmony(stem) else ("е", "і")
        base = stem + ("с" + y if sound == "vowel" else y)
        forms += [base] + [base + s for s in ("н", "н" + a, "н" + a + "н", "нд" + a, "н" + y + "ң", "мен")]
    return forms


def with_suffix(number_text: str, suffix: str) -> str:
    """Join a suffix to a figure with a hyphen: «18,6%» + «ға» -> «18,6%-ға»."""
    suffix = suffix.lstrip("-")
    return f"{number_text}-{suffix}" if suffix else number_text


def with_case(number_text: str, case: str) -> str:
    """A figure in a case, the suffix chosen by how the figure is read aloud:
    with_case("25", "dat") -> «25-ке», with_case("18,6%", "dat") -> «18,6%-ға», with_case("30", "abl") -> «30-дан».
    Cases: dat, abl, loc, gen, acc, ins."""
    return with_suffix(number_text, case_ending(_spoken(number_text), case))


# ---------------------------------------------------------------- amounts
# Nouns: (nominative, dative, ablative); «жылына» goes before the figure for t/year.
NOUNS = {
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
    "m3": ("текше метр", "текше метрге", "текше метрден"),
    "kWh": ("кВт·сағ", "кВт·сағ-қа", "кВт·сағ-тан"),
    "barrel": ("баррель", "баррельге", "баррельден"),
    "kg": ("кг", "кг-ға", "кг-нан"),
}


def _noun(key: str) -> tuple[str, str, str]:
    """(nominative, dative, ablative) of a currency or unit: the module's own, else CLDR's name («Чехия
    кронасы»), whose possessive ending takes н before a case ending («Чехия кронасына»)."""
    if key in NOUNS:
        return NOUNS[key]
    if key not in currencies.codes():
        return (key, with_case(key, "dat"), with_case(key, "abl"))
    name = currencies.name(key, "kk")
    last = name.split(" ")[-1]
    if len(name.split(" ")) > 1 and last[-1] in "ыі":
        a = "а" if back_harmony(last) else "е"
        return (name, f"{name}н{a}", f"{name}н{a}н")
    return (name, name + case_ending(last, "dat"), name + case_ending(last, "abl"))
# qualifier -> (word before the figure, case of the last word, word after it)
QUALIFIERS = {"about": ("шамамен", "nom", ""), "around": ("шамамен", "nom", ""),
              "over": ("", "abl", "астам"), "nearly": ("", "dat", "жуық"),
              "under": ("", "abl", "кем"), "up_to": ("", "dat", "дейін")}


def _numerals() -> tuple[Numeral, ...]:
    """The numerals, their case forms («миллиардқа», «екісі»; «он» and «жүз» take no possessive), «жарым»
    (and a half) and the scale abbreviations shared with Russian."""
    out = []
    for word, value, kind, ambiguous in NUMERALS:
        out.append(Numeral(word, Decimal(value), kind, ambiguous=ambiguous))
        out += [Numeral(form, Decimal(value), kind, inflected=True)
                for form in case_forms(word, possessive=word not in ("он", "жүз")) if form not in NOT_NUMERALS]
    out.append(Numeral("жарым", Decimal("0.5"), "zharym"))
    out += [Numeral(abbr, Decimal(value), "scale", needs_mult=True)
            for abbr, value in (("млн", 10**6), ("млрд", 10**9), ("трлн", 10**12))]
    return tuple(out)


class Kazakh(Language):
    code = "kk"
    scales = ((10**12, "трлн"), (10**9, "млрд"), (10**6, "млн"), (10**3, "мың"))
    group_sep = GROUP_SEP
    lower_months = True
    numerals = _numerals()

    def worded_amount(self, mantissa, figure, scale, currency, unit, qualifier):
        before, case, after = QUALIFIERS.get(qualifier, ("", "nom", ""))
        head = NBSP.join([figure, scale] if scale else [figure])
        key = currency or unit
        if key:
            # an unknown code takes a hyphenated suffix: «5 млрд CHF-тан астам»
            forms = _noun(key)
            noun = forms[{"nom": 0, "dat": 1, "abl": 2}[case]]
            text = f"{head}{NBSP}{noun}"
            if unit == "t/year":
                text = f"жылына {text}"
        else:
            text = head if case == "nom" else with_case(head, case)
        if before:
            text = f"{before} {text}"
        if after:
            text = f"{text}{NBSP}{after}"
        return text

    def priced(self, text, per_amount, currency, unit):
        # «1 000 текше метр үшін 250 АҚШ доллары»: what it is per comes first
        return f"{self._amount(per_amount, currency, unit, None, scaled=False)} үшін {text}"

    def year(self, year: int) -> str:
        return f"{year}{NBSP}жыл"

    def years(self, span: str) -> str:
        return f"{span}{NBSP}жылдар"

    def in_year(self, text: str, year: int) -> str:
        return f"{year}{NBSP}жылғы {text}"

    def as_of(self, fd) -> str:
        """«… жағдай бойынша» takes an attributive date: «2025 жылғы», «2016 жылғы қарашадағы», «2025 жылғы
        5 маусымдағы» (the locative and -ғы/-гі)."""
        if fd.precision == "year":
            return f"{fd.start.year}{NBSP}жылғы"
        if fd.precision in ("month", "day"):
            text = self.fuzzy(fd)
            last = text.split()[-1]
            ending = case_ending(last, "loc")
            return f"{text}{ending}{'ғы' if back_harmony(last) else 'гі'}"
        return self.fuzzy(fd)


LANGUAGE = Kazakh()
