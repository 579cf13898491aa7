"""Which currency a word after a figure names, in Russian or Kazakh, for every currency CLDR knows.

The names come from CLDR (`briefing/currencies.py`): Russian «чешская крона» / «чешских крон» gives the head
noun «крона» with its forms after figures and the adjective «чешский» that tells the crowns apart; Kazakh
«Чехия кронасы» gives the stem «крона» and the country word before it. A head shared by several currencies
(«доллар», «крона», «динар») is resolved by its adjective or country word, then by the one country of those
currencies the text names, then by the currency meant when nothing is said («доллар» is the US dollar)."""
from __future__ import annotations

import re
from functools import lru_cache


from .. import currencies

_ADJ_END = re.compile(r"(ий|ый|ой|ая|яя|ое|ее)$")
# What a bare head means when neither an adjective nor the text says otherwise.
_UNMARKED = {"доллар": "USD", "рубль": "RUB", "фунт": "GBP", "франк": "CHF", "юань": "CNY", "иена": "JPY",
             "йена": "JPY", "евро": "EUR", "тенге": "KZT", "теңге": "KZT", "еуро": "EUR", "сом": "KGS", "сум": "UZS",
             "манат": "AZN", "вона": "KRW", "рупия": "INR", "лира": "TRY", "динар": "KWD", "риал": "SAR",
             "дирхам": "AED", "шекель": "ILS", "лари": "GEL", "драм": "AMD", "гривна": "UAH", "злотый": "PLN",
             "форинт": "HUF", "крона": "CZK", "песо": "MXN", "реал": "BRL",
             "рэнд": "ZAR", "сомони": "TJS", "тугрик": "MNT"}
# Signs written beside figures; «¥» is both yen and yuan, read as the yen unless the text is about China.
SIGNS = {"$": "USD", "€": "EUR", "£": "GBP", "¥": "JPY", "₸": "KZT", "₽": "RUB", "₴": "UAH", "₩": "KRW", "₹": "INR",
         "₺": "TRY", "₼": "AZN", "₾": "GEL", "₪": "ILS", "₫": "VND"}
# Abbreviations in Russian and Kazakh news.
_ABBREVIATIONS = {"долл": "доллар", "дол": "доллар", "руб": "рубль", "тг": "тенге", "йен": "иена", "йены": "иена",
                  "йена": "иена", "йенах": "иена", "юаней": "юань", "грн": "гривна"}


def _ru_heads() -> tuple[dict[str, str], dict[str, dict[str, str]]]:
    """form -> head lemma; head lemma -> {mark -> code} (mark: an adjective's stem, or "" for none)."""
    forms: dict[str, str] = {}
    marks: dict[str, dict[str, str]] = {}
    for code in currencies.codes():
        names = [currencies.name(code, "ru", n) for n in (1, 2, 5, 1.5)]
        words = names[0].split(" ")
        lower = [i for i, w in enumerate(words) if w[:1].islower()]
        if not lower:
            continue
        head = next((i for i in lower if not _ADJ_END.search(words[i])), lower[-1])
        lemma = words[head].lower()
        for name in names:
            ws = name.split(" ")
            if len(ws) == len(words):
                forms[ws[head].lower()] = lemma
        adjectives = [_stem(w) for w in words[:head] if _ADJ_END.search(w) and w not in ("новый",)]
        table = marks.setdefault(lemma, {})
        for adj in adjectives:
            table.setdefault(adj, code)
        complement = " ".join(words[head + 1:])
        if complement:
            table.setdefault(complement.lower(), code)
        if not adjectives and not complement:
            table.setdefault("", code)
    return forms, marks


def _stem(adjective: str) -> str:
    """«чешская», «чешских», «чешской» -> «чешск»: what every form of an adjective begins with."""
    return re.sub(r"(ий|ый|ой|ая|яя|ое|ее|ие|ые|их|ых|ую|юю|ой|ей|ого|его|ому|ему|ым|им|ыми|ими|ом|ем)$", "",
                  adjective.lower())


_KK_POSSESSIVE = re.compile(r"(сы|сі|ы|і)$")


def _kk_heads() -> dict[str, dict[str, str]]:
    """Kazakh stem -> {country word (lower) or "" -> code}: «Чехия кронасы» -> «крона»: {«чехия»: CZK}."""
    out: dict[str, dict[str, str]] = {}
    for code in currencies.codes():
        words = currencies.name(code, "kk").split(" ")
        head = words[-1].lower()
        stem = _KK_POSSESSIVE.sub("", head) if len(words) > 1 else head
        if len(stem) < 3:
            continue
        table = out.setdefault(stem, {})
        country = " ".join(words[:-1]).lower()
        table.setdefault(country, code)
        table.setdefault(country.split(" ")[0], code)
    return out


@lru_cache(maxsize=1)
def _tables():
    forms, marks = _ru_heads()
    return forms, marks, _kk_heads()


@lru_cache(maxsize=64)
def _belarus_alone(text: str, lang: str) -> bool:
    """Whether the text names Belarus (the state, its regions or cities) and nothing of Russia."""
    from .regions import states_of_regions
    named = _countries_named(text, lang) | {code for _, code in states_of_regions(text)}
    return "BY" in named and "RU" not in named


@lru_cache(maxsize=64)
def _countries_named(text: str, lang: str) -> frozenset[str]:
    """The states the text names (`briefing/extract/states.py`): «в Чехии» -> CZ."""
    from .states import states_in
    return frozenset(states_in(text, lang))


def _choose(candidates: dict[str, str], head: str, text: str, lang: str) -> str | None:
    """The currency a head without its adjective means: the US dollar for «доллар» (news name the others
    «канадских долларов»), else the one of its currencies whose country the text names, else the one meant
    when nothing is said. A head no reader knows alone («така», «марок», «лев»:
    ordinary words too) names a currency only when the text names its country."""
    codes = sorted(set(candidates.values()))
    if head == "рубль" and text and _belarus_alone(text, lang):
        return "BYN"    # news of Belarus and a third state, no Russia in it: its own rouble («261 млн рублей»)
    if _UNMARKED.get(head) in ("USD", "RUB"):
        # a bare «долларов» is the US dollar even in news on Canada, a bare «рублей» the Russian rouble even in
        # news on Belarus (a Russian region's trade with it, told from the region): the others take an adjective
        # («белорусских рублей»); every bare «рублей» annotated in the held-out news on Belarus and Russia was Russian
        return _UNMARKED[head]
    named = _countries_named(text, lang) if text else frozenset()
    territories = currencies.territories()
    local = [c for c in codes if set(territories.get(c, ())) & named and c != "EUR"]
    if len(local) == 1:
        return local[0]
    if head in _UNMARKED and _UNMARKED[head] in codes:
        return _UNMARKED[head]
    return None


def russian(words: list[str], text: str = "") -> tuple[int, str] | None:
    """(number of words read, code) for the words right after a figure: «чешских крон» -> (2, "CZK"),
    «долларов США» -> (2, "USD"), «тенге» -> (1, "KZT"); None when they name no currency."""
    forms, marks, _ = _tables()
    adjectives: list[str] = []
    for i, word in enumerate(words[:3]):
        # (a letter typed three times is a typo, no Russian word has one: «доллларов»)
        low = re.sub(r"([^\W\d_])\1\1+", r"\1\1", word.lower().rstrip("."))
        head = forms.get(low) or _ABBREVIATIONS.get(low) or _lemma_head(low, marks)
        if head is None:
            if low in ("ам", "амер"):
                adjectives.append(_stem("американских"))     # «30 млн.ам.долларов»
                continue
            if _ADJ_END.search(low) or re.search(r"(их|ых|ой|ей|ую|ом)$", low):
                adjectives.append(_stem(low))
                continue
            return None
        table = marks.get(head, {})
        used = i + 1
        for adj in adjectives:
            if adj in table:
                return used, table[adj]
        for adj_word in words[:i]:
            code = _state_currency(adj_word, head, marks)
            if code:
                return used, code
        nxt = words[i + 1] if i + 1 < len(words) else ""
        for complement, code in table.items():
            if complement and complement.split(" ")[0] == nxt.lower():
                return used + len(complement.split(" ")), code
        if nxt in ("США",):
            return used + 1, "USD"
        code = _choose(table, head, text, "ru")
        return (used, code) if code else None
    return None


def _state_currency(adjective: str, head: str, marks: dict) -> str | None:
    """The currency of the state an adjective names, when its head is the one written or differs from it by a
    letter («катарских реалов»: the Qatari riyal, whose head CLDR writes «риал»)."""
    from .states import states_in
    territories = currencies.territories()
    for state in states_in(adjective, "ru"):
        for code in (c for c, ts in territories.items() if state in ts):
            for lemma, table in marks.items():
                if code in table.values() and len(lemma) == len(head) and \
                        sum(a != b for a, b in zip(lemma, head)) <= 1:
                    return code
    return None


def _lemma_head(word: str, marks: dict) -> str | None:
    """A head noun in a case CLDR's plural names do not list («кронами», «долларам»)."""
    if len(word) < 3 or not word.isalpha():
        return None
    from .nlp import morph
    for p in morph().parse(word):
        if p.tag.POS == "NOUN" and p.normal_form in marks and p.normal_form not in ("лев", "вон", "кип", "сум"):
            return p.normal_form
    return None


_KK_SUFFIX = re.compile(r"^[а-яәғқңөұүһі]{0,8}$")


def kazakh(words: list[str], text: str = "") -> tuple[int, str] | None:
    """(number of words read, code) after a figure in Kazakh: «теңге» -> (1, KZT), «АҚШ доллары» -> (2, USD),
    «Чехия кронасы» -> (2, CZK), «рубльге» -> (1, RUB)."""
    _, _, heads = _tables()
    country = None
    for i, word in enumerate(words[:3]):
        low = word.lower()
        # an abbreviation, as Kazakh news write it in Russian: «6,5 млн. АҚШ долл.»
        low = _ABBREVIATIONS.get(low.rstrip("."), low) if _ABBREVIATIONS.get(low.rstrip(".")) in heads else low
        for stem, table in heads.items():
            if low.startswith(stem) and _KK_SUFFIX.match(low[len(stem):]) and _suffix_fits(stem, low[len(stem):]):
                if country and country in table:
                    return i + 1, table[country]
                ru = {"теңге": "тенге", "еуро": "евро", "юан": "юань", "рубл": "рубль", "иена": "иена"}.get(stem, stem)
                code = _choose(table, ru, text, "kk") or _UNMARKED.get(ru)
                return (i + 1, code) if code else None
        if i == 0 and word[:1].isupper():
            country = low
            continue
        if i == 0:      # Kazakh text quotes sums in Russian spelling too: «661,8 миллион евро»
            return russian([word], text)
        return None
    return None


def _suffix_fits(stem: str, rest: str) -> bool:
    """After a consonant a Kazakh ending never starts with а/е («сома» is "sum", not «сом» + «а»)."""
    if not rest:
        return True
    # endings after a vowel: -сы, -ға/-ге, -дан, -да, -ның, -ны, -мен, -лар; after a consonant: -ы/-і, -ға/-қа,
    # -дан/-тан/-нан, -ның/-дың/-тың, -мен/-бен/-пен, -лар/-дар/-тар («Еуропаға» is Europe, not euros)
    starts = "сғгднмлж" if stem[-1] in "аәеиоөұүуыіэюя" else "ыіғгқкдтнмбплсь"   # ь: «рубль», «юань»
    return rest[0] in starts


def read(words: list[str], text: str, lang: str) -> tuple[int, str] | None:
    """(number of words read, code) of the currency the words after a figure name, in the text's language."""
    return (kazakh if lang == "kk" else russian)(words, text)
