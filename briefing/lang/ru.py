"""Russian: «около 9 млрд долл. США», «5 июня 2025 г.», «2015–2016 гг.».

Scale words трлн, млрд, млн, тыс.; a noun after a figure takes the form of the figure's CLDR plural category,
the genitive after «около», «более», «менее», «до», and the genitive plural after a scale word.  NBSP ties the
figure to its scale word and noun, the words of «долл. США», «5 июня», «2025 г.» and the short preposition
«до»; the longer qualifiers take an ordinary space after them."""
from __future__ import annotations

from .base import GROUP_SEP, NBSP, Language

# Nouns: forms by CLDR plural category; "gen" after «около», «более», «менее», «до»; "scaled" after «млн»,
# «млрд» … (genitive plural).  A plain string does not change.
NOUNS: dict[str, object] = {
    "USD": f"долл.{NBSP}США", "KZT": "тенге", "EUR": "евро", "RUB": "руб.",
    "JPY": {"nom": {"one": "иена", "few": "иены", "many": "иен", "other": "иены"},
            "gen": {"one": "иены", "few": "иен", "many": "иен", "other": "иены"}, "scaled": "иен"},
    "CNY": {"nom": {"one": "юань", "few": "юаня", "many": "юаней", "other": "юаня"},
            "gen": {"one": "юаня", "few": "юаней", "many": "юаней", "other": "юаня"}, "scaled": "юаней"},
    "t": "т", "t/year": "т в год", "km": "км", "MW": "МВт", "person": "чел.",
    "day": {"nom": {"one": "день", "few": "дня", "many": "дней", "other": "дня"},
            "gen": {"one": "дня", "few": "дней", "many": "дней", "other": "дня"}, "scaled": "дней"},
}
# qualifier -> (word before the figure, case of the noun after it)
QUALIFIERS = {"about": ("около", "gen"), "around": ("порядка", "gen"), "over": ("более", "gen"),
              "nearly": ("почти", "nom"), "under": ("менее", "gen"), "up_to": ("до", "gen")}


class Russian(Language):
    code = "ru"
    scales = ((10**12, "трлн"), (10**9, "млрд"), (10**6, "млн"), (10**3, "тыс."))
    group_sep = GROUP_SEP
    lower_months = True

    def worded_amount(self, mantissa, figure, scale, currency, unit, qualifier):
        word, case = QUALIFIERS.get(qualifier, ("", "nom"))
        parts = [figure]
        if scale:
            parts.append(scale)
        noun_key = currency or unit
        if noun_key:
            noun = NOUNS.get(noun_key, noun_key)
            if isinstance(noun, dict):
                noun = noun["scaled"] if scale else noun[case][self.plural(abs(mantissa))]
            parts.append(noun)
        text = NBSP.join(parts)
        if word:
            text = word + (NBSP if len(word) <= 2 else " ") + text
        return text

    def year(self, year: int) -> str:
        return f"{year}{NBSP}г."

    def years(self, span: str) -> str:
        return f"{span}{NBSP}гг."

    def in_year(self, text: str, year: int) -> str:
        return f"{text} {year}{NBSP}г."


LANGUAGE = Russian()
