"""Country names in every language, from CLDR (through babel): a dossier that names its parties in one
language gets them, and a subject built from them, in all three."""
from __future__ import annotations

import re
from functools import lru_cache

from babel import Locale

from ..vocab import LANGUAGES

# Long official forms a dossier may use for a country CLDR names short.
_LONG = {"ru": r"^(?:Республика|Королевство|Государство|Федеративная Республика|Народная Республика)\s+(.+)$",
         "kk": r"^(.+?)\s+(?:Республикасы|Корольдігі|Мемлекеті)$",
         "en": r"^(?:the\s+)?(?:Republic|Kingdom|State|Federal Republic|People's Republic) of\s+(.+)$"}


@lru_cache(maxsize=1)
def _index() -> dict[str, str]:
    """Any language's CLDR name of a territory, lower case -> its code."""
    out = {}
    for info in LANGUAGES.values():
        for code, name in Locale.parse(info.locale).territories.items():
            if code.isalpha():
                out.setdefault(name.lower(), code)
    return out


def territory(name: str) -> str | None:
    """The CLDR code of the country `name` names, in any of the languages, long forms included."""
    key = name.strip().lower()
    index = _index()
    if key in index:
        return index[key]
    for lang, pattern in _LONG.items():
        m = re.match(pattern, name.strip(), flags=re.I)
        if m and m.group(1).lower() in index:
            return index[m.group(1).lower()]
    return None


def country_name(name: str, lang: str) -> str | None:
    """The country's name in `lang` (CLDR's), or None when `name` is not a country CLDR knows."""
    code = territory(name)
    if code is None:
        return None
    return Locale.parse(LANGUAGES[lang].locale).territories.get(code)


def subject_from_parties(parties: list[str], lang: str) -> str | None:
    """«казахстанско-…» cannot be built for any pair, so the subject names the countries: «сотрудничестве
    Казахстана и Китая», "Kazakhstan–China cooperation", «Қазақстан мен Қытай ынтымақтастығы»."""
    names = [country_name(p, lang) for p in parties]
    if len(names) < 2 or any(n is None for n in names):
        return None
    if lang == "en":
        return "–".join(names) + " cooperation"
    if lang == "ru":
        from ..realise.morph_ru import inflect
        return "сотрудничестве " + " и ".join(inflect(n, "gen") for n in names)
    if lang == "kk":
        first = names[0]
        last = first[-1].lower()
        # «мен» after vowels, sonorants and nasals; «бен» after з, ж; «пен» after voiceless consonants
        joiner = "мен" if last in "аәеиоөұүыіэюямнңлрйу" else "бен" if last in "зж" else "пен"
        return f"{first} {joiner} " + " мен ".join(names[1:]) + " ынтымақтастығы"
    return None
