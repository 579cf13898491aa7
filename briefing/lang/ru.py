"""Russian: «около 9 млрд долл. США», «5 июня 2025 г.», «2015–2016 гг.».

Scale words трлн, млрд, млн, тыс.; a noun after a figure takes the form of the figure's CLDR plural category,
the genitive after «около», «более», «менее», «до», and the genitive plural after a scale word.  NBSP ties the
figure to its scale word and noun, the words of «долл. США», «5 июня», «2025 г.» and the short preposition
«до»; the longer qualifiers take an ordinary space after them."""
from __future__ import annotations

from decimal import Decimal

from .. import currencies
from .base import GROUP_SEP, NBSP, Language, Numeral

# Nouns: forms by CLDR plural category; "gen" after «около», «более», «менее», «до»; "scaled" after «млн»,
# «млрд» … (genitive plural).  A plain string does not change.
NOUNS: dict[str, object] = {
    "USD": f"долл.{NBSP}США", "KZT": "тенге", "EUR": "евро", "RUB": "руб.",
    "JPY": {"nom": {"one": "иена", "few": "иены", "many": "иен", "other": "иены"},
            "gen": {"one": "иены", "few": "иен", "many": "иен", "other": "иены"}, "scaled": "иен"},
    "CNY": {"nom": {"one": "юань", "few": "юаня", "many": "юаней", "other": "юаня"},
            "gen": {"one": "юаня", "few": "юаней", "many": "юаней", "other": "юаня"}, "scaled": "юаней"},
    "t": "т", "t/year": "т в год", "km": "км", "MW": "МВт", "person": "чел.", "m3": f"куб.{NBSP}м", "kWh": "кВт·ч",
    "kg": "кг",
    "barrel": {"nom": {"one": "баррель", "few": "барреля", "many": "баррелей", "other": "барреля"},
               "gen": {"one": "барреля", "few": "баррелей", "many": "баррелей", "other": "барреля"},
               "scaled": "баррелей"},
    "day": {"nom": {"one": "день", "few": "дня", "many": "дней", "other": "дня"},
            "gen": {"one": "дня", "few": "дней", "many": "дней", "other": "дня"}, "scaled": "дней"},
}
# One of a unit after «за»: «за тонну», «за баррель».
PER_ONE = {"t": "тонну", "m3": "кубометр", "kWh": "кВт·ч", "barrel": "баррель", "kg": "килограмм", "person": "человека",
           "day": "сутки", "km": "километр", "MW": "МВт"}


def _noun(key: str):
    """The forms of a currency or unit: the module's own, else CLDR's plural names of the currency («чешская
    крона», «чешские кроны», «чешских крон»; the genitive singular from CLDR's "other", «чешской кроны»)."""
    if key in NOUNS:
        return NOUNS[key]
    if key not in currencies.codes():
        return key
    one, few, many, other = (currencies.name(key, "ru", n) for n in (1, 2, 5, 1.5))
    return {"nom": {"one": one, "few": few, "many": many, "other": other},
            "gen": {"one": other, "few": many, "many": many, "other": other}, "scaled": many}


def _accusative_one(nominative: str) -> str:
    """«чешская крона» -> «чешскую крону»; masculine and indeclinable names do not change (inanimate)."""
    words = []
    for w in nominative.split(" "):
        for end, acc in (("ая", "ую"), ("яя", "юю"), ("а", "у"), ("я", "ю")):
            if w.endswith(end) and not w.isupper():
                w = w[: -len(end)] + acc
                break
        words.append(w)
    return " ".join(words)


# qualifier -> (word before the figure, case of the noun after it)
QUALIFIERS = {"about": ("около", "gen"), "around": ("порядка", "gen"), "over": ("более", "gen"),
              "nearly": ("почти", "nom"), "under": ("менее", "gen"), "up_to": ("до", "gen")}


def _numerals() -> tuple[Numeral, ...]:
    """Every case form of the cardinal numerals, from their stems; «полтора», «с половиной»; the scale words and their
    abbreviations (a plural scale word with no figure before it is not a number: «миллионы»)."""
    out: list[Numeral] = []

    def add(forms, value, kind, needs_mult=False):
        out.extend(Numeral(form, Decimal(value), kind, needs_mult=needs_mult) for form in forms)

    add("ноль нуль нуля нулю нулем нуле".split(), 0, "unit")
    add("один одна одно одни одного одной одному одним одном одну одною одними одних".split(), 1, "unit")
    add("два две двух двум двумя".split(), 2, "unit")
    add("три трех трем тремя".split(), 3, "unit")
    add("четыре четырех четырем четырьмя".split(), 4, "unit")
    # 5..9: nominative, oblique, instrumental stems; they also build 50..80 and 500..900
    five_nine = {
        5: (["пять"], ["пяти"], ["пятью"]),
        6: (["шесть"], ["шести"], ["шестью"]),
        7: (["семь"], ["семи"], ["семью"]),
        8: (["восемь"], ["восьми"], ["восемью", "восьмью"]),
        9: (["девять"], ["девяти"], ["девятью"]),
    }
    for value, (nom, obl, ins) in five_nine.items():
        add(nom + obl + ins, value, "unit")
        add([s + "сот" for s in nom + obl] + [s + "стам" for s in obl] + [s + "стах" for s in obl]
            + [s + "стами" for s in ins], value * 100, "hund")
        if value <= 8:
            add([s + "десят" for s in nom] + [s + "десяти" for s in obl] + [s + "десятью" for s in ins],
                value * 10, "tens")
    for value, stem in enumerate("десят одиннадцат двенадцат тринадцат четырнадцат пятнадцат шестнадцат "
                                 "семнадцат восемнадцат девятнадцат".split(), start=10):
        add([stem + e for e in ("ь", "и", "ью")], value, "teen")
    add(["двадцать", "двадцати", "двадцатью"], 20, "tens")
    add(["тридцать", "тридцати", "тридцатью"], 30, "tens")
    add(["сорок", "сорока"], 40, "tens")
    add(["девяносто", "девяноста"], 90, "tens")
    add(["сто", "ста"], 100, "hund")
    add("двести двухсот двумстам двумястами двухстах".split(), 200, "hund")
    add("триста трехсот тремстам тремястами трехстах".split(), 300, "hund")
    add("четыреста четырехсот четыремстам четырьмястами четырехстах".split(), 400, "hund")
    add("полтора полторы полутора".split(), Decimal("1.5"), "half")
    # «три с половиной миллиона», «3 с половиной млн»: a half added to the number before it (the number reader
    # takes the two words for one)
    add(["с половиной"], Decimal("0.5"), "zharym")
    # «полмиллиарда», «около полумиллиона»: half of a scale, one word
    for value, stem in ((1000, "тысяч"), (10**6, "миллион"), (10**9, "миллиард"), (10**12, "триллион")):
        add([prefix + stem + ("и" if value == 1000 else "а") for prefix in ("пол", "полу")], Decimal(value) / 2,
            "unit")

    add("тысяча тысяче тысячу тысячей тысячею".split(), 1000, "scale")
    add("тысячи тысяч тысячам тысячами тысячах".split(), 1000, "scale", needs_mult=True)
    for value, stem in ((10**6, "миллион"), (10**9, "миллиард"), (10**12, "триллион")):
        add([stem + e for e in ("а", "у", "ом", "е")], value, "scale")
        add([stem + e for e in ("ы", "ов", "ам", "ами", "ах")], value, "scale", needs_mult=True)
        add([stem], value, "scale")
    for abbr, value in (("тыс", 1000), ("млн", 10**6), ("млрд", 10**9), ("трлн", 10**12)):
        add([abbr], value, "scale", needs_mult=True)
    return tuple(out)


class Russian(Language):
    code = "ru"
    scales = ((10**12, "трлн"), (10**9, "млрд"), (10**6, "млн"), (10**3, "тыс."))
    group_sep = GROUP_SEP
    lower_months = True
    numerals = _numerals()
    # Kazakh numerals are Russian words too («он» he, «бес» demon): a Russian text is not read for them.
    ignores_numerals_of = ("kk",)

    def worded_amount(self, mantissa, figure, scale, currency, unit, qualifier):
        word, case = QUALIFIERS.get(qualifier, ("", "nom"))
        parts = [figure]
        if scale:
            parts.append(scale)
        noun_key = currency or unit
        if noun_key:
            noun = _noun(noun_key)
            if isinstance(noun, dict):
                noun = noun["scaled"] if scale else noun[case][self.plural(abs(mantissa))]
            parts.append(noun)
        text = NBSP.join(parts)
        if word:
            text = word + (NBSP if len(word) <= 2 else " ") + text
        return text

    def priced(self, text, per_amount, currency, unit):
        if per_amount == 1 and unit in PER_ONE:
            return f"{text} за {PER_ONE[unit]}"
        if per_amount == 1 and currency:
            noun = _noun(currency)
            one = noun["nom"]["one"] if isinstance(noun, dict) else noun
            return f"{text} за 1{NBSP}{_accusative_one(one)}"
        return f"{text} за {self._amount(per_amount, currency, unit, None, scaled=False)}"

    def year(self, year: int) -> str:
        return f"{year}{NBSP}г."

    def years(self, span: str) -> str:
        return f"{span}{NBSP}гг."

    def in_year(self, text: str, year: int) -> str:
        return f"{text} {year}{NBSP}г."


LANGUAGE = Russian()
