"""The state of a region or a city a passage names, from ISO 3166-2 (pycountry, with the iso-codes project's Russian
names) and CLDR's time-zone cities (babel): «Пензенская и Хатлонская области подписали соглашение» is a fact of
Russia's, «в Баку» of Azerbaijan's, «в Каире» of Egypt's.
A fact's parties are the states it concerns, and a region speaks for its state.

Only names that cannot be ordinary words are read: a name of several words («Пензенская область», «Республика
Татарстан»), or one word the dictionary knows as a place or does not know at all and of six letters or more
(«Бавария», «Татарстан», «Гуандун»); a name two states share, or that is a state's own name, is left out."""
from __future__ import annotations

import gettext
import os
import re
from functools import lru_cache

# the type words of a subdivision's name: stems, as they decline («области», «краю», «округе»); a region's
# bodies stand for its type word («Гомельского облисполкома»)
_TYPE_WORDS = {"область": "(?:област|облисполком|облсовет|облдум|облгосадминистраци)", "край": "кра",
               "республика": "республик", "округ": "округ",
               "провинция": "провинци", "автономный": "автономн", "штат": "штат", "район": "район",
               "велаят": "велаят"}


# Names the registries lack: Kazakhstan's capital and its regions of 2018–2022 and three of Belarus's regions, which
# iso-codes gives no Russian name, and the short names of Russia's republics and regions in everyday use («между
# Ираном и Башкирией»)
_NOT_IN_REGISTRIES = {
    "BY": ("Брестская область", "Могилёвская область", "Витебская область", "Гродно"),
    # (iso-codes gives Kyrgyzstan's, Tajikistan's, Turkmenistan's and Moldova's subdivisions and most of Uzbekistan's
    # no Russian name)
    "KG": ("Баткенская область", "Джалал-Абадская область", "Иссык-Кульская область", "Нарынская область",
           "Ошская область", "Таласская область", "Чуйская область"),
    "TJ": ("Согдийская область", "Хатлонская область", "Горно-Бадахшанская автономная область"),
    "TM": ("Ахалский велаят", "Балканский велаят", "Дашогузский велаят", "Лебапский велаят", "Марыйский велаят"),
    "UZ": ("Андижанская область", "Бухарская область", "Джизакская область", "Кашкадарьинская область",
           "Навоийская область", "Наманганская область", "Самаркандская область", "Сурхандарьинская область",
           "Сырдарьинская область", "Ташкентская область", "Ферганская область", "Хорезмская область"),
    "MD": ("Гагаузия", "Приднестровье"),
    # (the regions of 2022 are officially «область Абай», «область Жетісу», «область Ұлытау», read with Russian
    # letters as the text is)
    "KZ": ("Астана", "Нур-Султан", "Туркестан", "Туркестанская область", "Абайская область", "Жетысуская область",
           "Улытауская область", "область Абай", "область Жетысу", "область Жетису", "область Улытау"),
    "RU": ("Башкирия", "Чувашия", "Якутия", "Удмуртия", "Мордовия", "Татария", "Кабардино-Балкария",
           "Карачаево-Черкесия", "Кузбасс", "Кубань", "Ямал", "Югра", "Приморье", "Забайкалье", "Ставрополье",
           "Прикамье", "Вологодчина", "Смоленщина", "Брянщина", "Белгородчина", "Тверская земля",
           "Сахалин", "Камчатка", "Чукотка", "Колыма", "Прибайкалье"),
}
# …and in Kazakh spelling («Астанадағы», «Түркістанда»)
_NOT_IN_REGISTRIES_KK = {"KZ": ("Астана", "Нұр-Сұлтан", "Түркістан")}


@lru_cache(maxsize=1)
def _table() -> tuple[re.Pattern | None, list[str]]:
    """One pattern over every name, a group for each, and the state of each group."""
    try:
        import pycountry
    except ImportError:     # the plain install, without the extract extra: no regions
        return None, []
    from .nlp import morph
    from .states import states_in
    ru = gettext.translation("iso3166-2", localedir=os.path.join(os.path.dirname(pycountry.__file__), "locales"),
                             languages=["ru"], fallback=True)
    states: dict[str, set[str]] = {}
    for sub in pycountry.subdivisions:
        name = ru.gettext(sub.name)
        if name == sub.name or not re.fullmatch(r"[А-ЯЁа-яё -]+", name):
            continue        # no Russian name
        if states_in(name, "ru"):
            continue
        for key in _keys(name, morph) + [_stem(city) for city in _capital_named_alike(name, morph)]:
            states.setdefault(key, set()).add(sub.country_code)
    for name, code in _zone_cities("ru"):
        for key in _keys(name, morph) + _city_body(name):
            states.setdefault(key, set()).add(code)
    for code, names in _NOT_IN_REGISTRIES.items():
        for name in names:
            for key in (_keys(name, morph) + [_stem(c) for c in _capital_named_alike(name, morph)]
                        if " " in name else [_stem(name)]):
                states.setdefault(key, set()).add(code)
    return _compiled(states)


@lru_cache(maxsize=1)
def _kazakh_table() -> tuple[re.Pattern | None, list[str]]:
    """CLDR's time-zone cities by their Kazakh names, spelt with Russian letters as the text is read
    («Мәскеу» → «Маскеу»), with a Kazakh case or derivation suffix on («Мәскеуде», «Мәскеулік»): a Kazakh text
    names a city so."""
    from .states import states_in
    states: dict[str, set[str]] = {}
    named = _zone_cities("kk") + [(name, code) for code, names in _NOT_IN_REGISTRIES_KK.items() for name in names]
    for name, code in named:
        name = name.translate(_KAZAKH_LETTERS)
        if len(name) >= 5 and not states_in(name, "ru"):
            states.setdefault(re.escape(_any_yo(name)), set()).add(code)
    return _compiled(states, suffix=r"(?:[а-я]{1,8})?")


def _compiled(states: dict[str, set[str]], suffix: str = "") -> tuple[re.Pattern | None, list[str]]:
    """One pattern over the names only one state has, longest first, a group for each (and the suffix a name may
    take), and the state of each group."""
    keys = sorted((k for k, v in states.items() if len(v) == 1), key=len, reverse=True)
    if not keys:
        return None, []
    body = "|".join(f"(?P<r{i}>{k})" for i, k in enumerate(keys))
    return re.compile(r"(?<![\w-])(?:" + body + r")" + suffix + r"(?![\w-])"), [next(iter(states[k])) for k in keys]


def _capital_named_alike(region: str, morph) -> list[str]:
    """The city a region is named after, which the registries do not list: «Могилёвская область» → «Могилёв»,
    «Оренбургская область» → «Оренбург», «Астраханская область» → «Астрахань», «Витебская область» → «Витебск»
    — a word the dictionary knows as a place, so that «Пензенская» gives no «Пензен»."""
    m = re.fullmatch(r"([А-ЯЁ][а-яё]+)ская (?:область|край)", region)
    if not m:
        return []
    for city in (m[1] + "ск", m[1], m[1] + "ь"):
        low = city.lower()
        parses = morph().parse(low)[:3]
        if len(city) >= 4 and morph().word_is_known(low) \
                and any("Geox" in p.tag and p.normal_form == low for p in parses) \
                and not any(t in p.tag for p in parses for t in ("Name", "Patr")):
            return [city]       # (not a first name too: «Владимира» is a man's as often)
    return []


def _city_body(city: str) -> list[str]:
    """A city's own body, named by the city's adjective: «Бишкекского городского кенеша», «Ташкентский городской
    хокимият». (The adjective alone is left out: «Минские соглашения», «Парижский клуб» are no parties.)"""
    if len(city) < 4 or not re.fullmatch(r"[А-ЯЁ][а-яё]+", city) or city[-1] in "аеёийоуыьэюя":
        return []
    adjective = city.lower() + ("" if city.endswith("ск") else "ск")
    return [rf"(?i:{_any_yo(adjective)})(?:ий|ого|ому|им|ом|ая|ой|ую|ое|ие|их|ими)\s+городск\w*"]


def _zone_cities(lang: str) -> list[tuple[str, str]]:
    """(city, ISO code of its state) of CLDR's time-zone cities — the capitals and the large cities of most states,
    which ISO 3166-2 lists only where a city is a subdivision: «в Каире», «в Улан-Баторе», «Эр-Рияд и Киев …»."""
    from babel import Locale
    from babel.core import get_global
    from .states import states_in
    territory = get_global("zone_territories")
    out = []
    for zone, names in Locale(lang).time_zones.items():
        city, code = dict(names).get("city"), territory.get(zone)
        if not city or not code or not code.isalpha() or code in ("AQ", "ZZ") or "," in city or "о-в" in city:
            continue        # no state (Antarctica, «Неизвестный город»), an island group, a US county seat
        if re.fullmatch(r"[А-ЯЁӘҒҚҢӨҰҮҺІ][А-ЯЁа-яёӘҒҚҢӨҰҮҺІәғқңөұүһі-]+", city) and not states_in(city, lang):
            out.append((city, code))   # (a city-state's name is the state's: «Сингапур», «Андорра»)
    return out


_KAZAKH_ONLY = re.compile(r"[әғқңөұүһіӘҒҚҢӨҰҮҺІ]")


@lru_cache(maxsize=1)
def _city_states() -> dict[str, str]:
    """Each Cyrillic name of briefing/data/large_cities.tsv (GeoNames' cities of 100,000 people or more, made by
    scripts/large_cities.py) -> the ISO code of its state. A name two states' cities bear is the one's only when
    it is far the bigger («Одесса» is Ukraine's, not Texas's; «Сари» is Iran's as much as Canada's Surrey)."""
    from ..resources import package_dir
    bearers: dict[str, dict[str, int]] = {}     # name -> state -> population of its biggest city so named
    with open(package_dir() / "data" / "large_cities.tsv", encoding="utf-8") as table:
        for line in table:
            if not line.startswith("#"):
                name, code, population = line.rstrip("\n").split("\t")
                bearers.setdefault(name, {})[code] = int(population)
    out = {}
    for name, states in bearers.items():
        ranked = sorted(states.values(), reverse=True)
        if len(ranked) == 1 or ranked[0] >= 5 * ranked[1]:
            out[name] = max(states, key=states.get)
    return out


@lru_cache(maxsize=2)
def _large_cities(lang: str) -> list[tuple[str, str]]:
    """(name, ISO code of its state) of the large cities (`_city_states`) a text in `lang` names so — the regional
    centres the registries and CLDR leave out: «Казань», «Хабаровск», «Шымкент», «Вэйхай». For Russian, names in
    Russian letters that the dictionary knows as a place and as no person, or does not know (foreign names); for
    Kazakh, names with a Kazakh letter («Қарағанды»)."""
    from .nlp import morph
    out = []
    for name, code in _city_states().items():
        if lang == "kk":
            if _KAZAKH_ONLY.search(name) and len(name) >= 4:
                out.append((name, code))
            continue
        if _KAZAKH_ONLY.search(name):
            continue
        if len(name) < 4:
            continue        # «Ван», «Ош»: a syllable of an Asian name as often
        low = name.split()[-1].lower()
        if morph().word_is_known(low):
            parses = morph().parse(low)[:3]
            if any(t in p.tag and p.normal_form == low for p in parses for t in ("Name", "Surn", "Patr")) \
                    or "Geox" not in parses[0].tag:
                continue        # «Киров», «Королёв»: a person's name as often (not «Ханой», an instrumental of
                                # «Хана»); «Семей», «Ровно»: another word first
        if name.lower()[:5] not in _state_name_heads():
            out.append((name, code))
    return out


@lru_cache(maxsize=1)
def _state_name_heads() -> frozenset[str]:
    """The first five letters of every state's Russian name: a city named as a state («Сингапур», «Кувейт»;
    Colombia's «Армения») is left to the state's name. (Compared so, not by `states_in`: six thousand names
    would cost it a second.)"""
    from babel import Locale
    return frozenset(name.lower()[:5] for code, name in Locale("ru").territories.items()
                     if code.isalpha() and len(name) >= 4)


# Kazakh case and derivation suffixes, with Russian letters for Kazakh ones as the text is read (ғ → г, і → и, …):
# locative, dative, ablative, genitive, accusative, instrumental, «-дағы», «-лық», the possessive «-ы» and its cases
_KAZAKH_CASE = re.compile(r"(?:с?[ыи])?(?:н?[дт][аеыи]|[гк][аеиы]|н?[аеиы]|[дтн][аеиы]н|[дтн]?[ыи]н|[дтн]?[ыи]|"
                          r"[мпб][еа]н(?:ен)?|[дт][аеиы][гк][ыи]|[лдт][ыиу]к|н)?")


@lru_cache(maxsize=2)
def _large_city_forms(lang: str) -> dict[str, str]:
    """Every form of the large cities' names (`_large_cities`) -> ISO code: looked up word by word, as a
    pattern of thousands of names would cost a second a text. A Kazakh name is kept as is, with Russian letters
    (its suffixes are cut off the word looked up)."""
    from .nlp import morph
    forms: dict[str, str] = {}
    for name, code in _large_cities(lang):
        if lang == "kk":
            forms.setdefault(name.translate(_KAZAKH_LETTERS), code)
            continue
        low = name.lower()
        if " " in low or re.search(r"(?:ий|ый|ая|ое)$", low) or low.endswith("ой") and \
                morph().word_is_known(low) and morph().parse(low)[0].tag.POS == "ADJF":
            continue        # an adjective's forms are a pattern's work (but «Ханой» is a noun); a name of two
                            # words is looked up by the patterns
        if low[-1] in "оиуэю":
            forms.setdefault(low.replace("ё", "е"), code)
            continue        # «Иваново», «Тольятти» do not decline (and «Иванова» is a person)
        if low.endswith("й"):
            stems, endings = low[:-1], ("й", "я", "ю", "е", "ем")
        elif low.endswith("ье"):
            stems, endings = low[:-1], ("е", "я", "ю", "ем")
        elif low[-1] in "аяь":
            stems, endings = low[:-1], _CITY_ENDINGS[1:]     # (the stem alone is no form: «Сапара» gives no «Сапар»)
        else:
            stems, endings = low, _CITY_ENDINGS
        for ending in endings:
            form = (stems + ending).replace("ё", "е")
            if form != low.replace("ё", "е") and morph().word_is_known(form) and not any(
                    "Geox" in p.tag and not {"Name", "Surn", "Patr"} & set(p.tag.grammemes)
                    for p in morph().parse(form)[:2]):
                continue    # a form that is another word and no place (the name's own forms are places)
            forms.setdefault(form, code)
    return forms


_CAPITALISED_WORD = re.compile(r"(?<![\w-])[А-ЯЁ][а-яё]+(?:-[А-ЯЁа-яё][а-яё]+)*(?![\w-])")


def _large_city_matches(text: str, lang: str):
    """(match, ISO code) of each capitalised word that is a form of a large city's name."""
    forms = _large_city_forms("ru")
    kazakh = _large_city_forms("kk") if lang == "kk" else {}
    for m in _CAPITALISED_WORD.finditer(text):
        low = m.group().lower().replace("ё", "е")
        code = forms.get(low)
        if code is None and lang == "kk":
            # a Kazakh case suffix on the name, in its Kazakh or its Russian spelling («Шымкентте», «Қарағандыда»);
            # a name of five letters or more, as the Kazakh table's (a short one is a word's stem as often:
            # «Бүгін» is no «Буга»)
            word = m.group()
            code = next((found for cut in range(len(word) - 1, 4, -1) if _KAZAKH_CASE.fullmatch(word[cut:].lower())
                         and (found := kazakh.get(word[:cut]) or forms.get(word[:cut].lower()))), None)
        if code is not None:
            yield m, code


def _keys(name: str, morph) -> list[str]:
    """The patterns a name is found by, in any case: each word's stem and its endings; none for a name that could
    be an ordinary word. «Республика Татарстан» is found as «Татарстан» too, and «Пензенская область» in «Пензенская
    и Хатлонская области»."""
    words = [w for w in name.replace("—", " ").split() if w != "-"]
    typed = [w for w in words if w.lower() in _TYPE_WORDS]
    proper = [w for w in words if w.lower() not in _TYPE_WORDS]
    if not proper or not all(w[:1].isupper() for w in proper):
        return []
    out = []
    if len(proper) == 1 and not _adjective(proper[0]) and len(proper[0]) >= 4 and _place_word(proper[0], morph):
        out.append(_stem(proper[0]))
    elif len(proper) == 1 and not typed:
        return []
    if typed:
        parts = []
        for w in words:
            if w.lower() in _TYPE_WORDS:
                parts.append("(?i:" + _TYPE_WORDS[w.lower()] + r")\w*")
            else:
                parts.append(_stem(w) + (r"(?:\s+и\s+[А-ЯЁ][\w-]+)?" if _adjective(w) else ""))
        out.append(r"\s+".join(parts))
    elif len(proper) > 1:
        out.append(r"\s+".join(_stem(w) for w in words))
    return out


def _adjective(word: str) -> bool:
    return re.search(r"(?:ая|ий|ый|ой)$", word.lower()) is not None


def _place_word(word: str, morph) -> bool:
    """One word that is no ordinary word: a place to the dictionary, or unknown to it and long."""
    low = word.lower()
    return any("Geox" in p.tag for p in morph().parse(low)[:2]) or (not morph().word_is_known(low) and len(word) >= 6)


# the case endings of a place's name («Москва», «Москвы», «Москве»; «Баку» does not decline)
_CITY_ENDINGS = ("", "а", "я", "у", "ю", "е", "и", "ы", "о", "ь", "ой", "ей", "ом", "ем", "ью", "ию", "ии", "ия", "ией")
_NOUN_ENDINGS = ("(?:[" + "".join(e for e in _CITY_ENDINGS if len(e) == 1) + "]|"
                 + "|".join(e for e in _CITY_ENDINGS if len(e) > 1) + ")?")


def _stem(word: str) -> str:
    return _any_yo(_stem_of(word))


def _any_yo(pattern: str) -> str:
    """«Могилёвская» is written «Могилевская» as often: the letter ё matches е too."""
    return pattern.replace("ё", "[её]").replace("Ё", "[ЁЕ]")


def _stem_of(word: str) -> str:
    low = word.lower()
    if _adjective(word):        # «Пензенская», «Приморский»: its ending declines
        return re.escape(word[:-2]) + r"(?:ая|ой|ую|ий|ый|ого|ому|ым|ом|ие|ых|им|ими|их)"
    if re.search(r"[аяь]$", low):
        return re.escape(word[:-1]) + _NOUN_ENDINGS
    if low.endswith("ье"):      # «Приморье», «в Приморье», «Приморья»
        return re.escape(word[:-1]) + r"(?:е|я|ю|ем)"
    if low.endswith("й") and not _adjective(word):       # «Дубай», «в Дубае»
        return re.escape(word[:-1]) + r"(?:й|я|ю|е|ем)"
    return re.escape(word) + _NOUN_ENDINGS


def _headline_in_capitals(line: re.Match) -> str:
    """A line written in capitals with each word capitalised instead; a line of ordinary text as it is, its
    acronyms too («газопровода ТАПИ» is no Estonian Tapa)."""
    words = re.findall(r"[^\W\d_]{2,}", line[0])
    if len(words) < 3 or sum(w.isupper() for w in words) * 2 < len(words):
        return line[0]
    return re.sub(r"[^\W\d_]+", lambda w: w[0].capitalize() if w[0].isupper() else w[0], line[0])


_KAZAKH_LETTERS = str.maketrans("әғқңөұүһіӘҒҚҢӨҰҮҺІ", "агкноуухиАГКНОУУХИ")


def _region_matches(text: str, lang: str = "ru"):
    """(match, ISO code of its state) of every region the passage names; a state's own name is no region. A
    Kazakh text is read for the cities' Kazakh names too."""
    rx, codes = _table()
    if rx is None:
        return
    from .states import states_in
    # a headline in capitals names its places too («ШЫМКЕНТ ҚАЛАСЫНЫҢ ӘКІМІ …»); the copy keeps every position
    text = re.sub(r"[^\n]+", _headline_in_capitals, text)
    # and Kazakh spells them with its own letters («Ақтөбе», «Қызылорда»), the registries with Russian ones
    text = text.translate(_KAZAKH_LETTERS)
    tables = [(rx, codes)] + ([_kazakh_table()] if lang == "kk" else [])
    # a place's name in English quotes names something else: the plant “Арарат” (in «…» it may be the place
    # itself, «Санкт-Петербург» quoted; a fact's passage leaves those out, context.states_named)
    taken: list[tuple[int, int]] = [(m.start(), m.end()) for m in re.finditer(r"“[^“”\n]{1,80}”", text)]
    found = [(m, codes[int(m.lastgroup[1:])]) for rx, codes in tables if rx is not None for m in rx.finditer(text)]
    # (then the large cities, a name the patterns gave no state to — one two states bear — left so)
    found += list(_large_city_matches(text, lang))
    for m, code in found:
        if any(a < m.end() and m.start() < b for a, b in taken):
            continue
        before = re.search(r"[\w-]+\s+$", text[max(0, m.start() - 30):m.start()])
        if before and states_in(before.group() + m.group(), "ru") and not states_in(before.group(), "ru"):
            continue        # «Новой Зеландии» is a state, not Denmark's Zealand (but «акими Шымкентте» is a place
                            # after a word that names a state by itself)
        placed = _PLACED_IN.search(text[max(0, m.start() - 40):m.start()])
        if placed and states_in(placed[1], "ru"):
            continue        # «в китайский город Алтай»: a place of the state named before it, whatever else
                            # bears its name (Russia's Altai)
        taken.append((m.start(), m.end()))
        yield m, code


# a state's adjective and a kind of place right before a place's name: «китайский город Алтай», «в японской
# префектуре Хоккайдо»
_PLACED_IN = re.compile(r"(?i)(?<![\w-])([а-яё]+(?:ий|ый|ой|ая|ого|ому|ом|ую))\s+(?:город|провинци|префектур|"
                        r"штат|регион|област|округ|уезд|район|порт)\w*\s+$")


def states_of_regions(text: str, lang: str = "ru") -> list[tuple[int, str]]:
    """(position, ISO code of its state) of every region or city of another state's subdivision list the
    passage names."""
    return [(m.start(), code) for m, code in _region_matches(text, lang)]


_TYPE_WORD = re.compile(r"(?i)(?:" + "|".join(_TYPE_WORDS.values()) + ")")


def named_regions(text: str) -> list[tuple[str, str]]:
    """(the region's own name as written, without its type word, ISO code of its state) of every region the
    passage names: «Раис Татарстана» gives («Татарстана», "RU")."""
    out = []
    for m, code in _region_matches(text):
        words = [w for w in m.group().split() if not _TYPE_WORD.match(w)]
        if words:
            out.append((words[0], code))
    return out
