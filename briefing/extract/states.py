"""The states a passage names, from CLDR's names of territories in Russian and Kazakh, by their stems so that
cases and adjectives are found too («Чехии», «чешской», «Қытайдың», «китайские»).

A fact's parties are the states its own sentence names; a dossier's parties are guessed from the states its
texts name most, never from cities or regions."""
from __future__ import annotations

import re
from functools import lru_cache

from babel import Locale

# Names in use that CLDR does not give, or gives in another form.
_ALIASES = {
    "ru": {"РФ": "RU", "КНР": "CN", "США": "US", "ОАЭ": "AE", "РК": "KZ", "КР": "KG", "РУз": "UZ", "ФРГ": "DE",
           "Кыргызстан": "KG", "Киргизия": "KG", "Белоруссия": "BY", "Беларусь": "BY", "Молдавия": "MD",
           "Британия": "GB", "Великобритания": "GB", "Южная Корея": "KR", "Республика Корея": "KR",
           "КНДР": "KP", "Корейская Народно-Демократическая Республика": "KP", "Северная Корея": "KP",
           "Турция": "TR", "Туркменистан": "TM", "Туркмения": "TM", "Азербайджан": "AZ",
           "Таджикистан": "TJ", "Америка": "US", "Чехия": "CZ", "ТР": "TR", "ИРИ": "IR", "РУ": "UZ",
           # the official abbreviations CIS news use for a «Республика …»
           "РТ": "TJ", "РА": "AM", "РМ": "MD", "РБ": "BY", "АР": "AZ",
           "УЗ": "UZ",     # («товарооборот между РТ и УЗ»: Tajik news)
           # other names in use: «Монтенегро», «Голландия», «Македония», «инвесторы из Эмиратов»
           "Монтенегро": "ME", "Голландия": "NL", "Македония": "MK", "Эмираты": "AE",
           # the two Congos by their official names (CLDR names them by their capitals)
           "Республика Конго": "CG", "Конго-Браззавиль": "CG", "Демократическая Республика Конго": "CD",
           "ДР Конго": "CD", "ДРК": "CD", "Конго-Киншаса": "CD"},
    "kk": {"АҚШ": "US", "ҚХР": "CN", "РФ": "RU", "ҚР": "KZ", "БАӘ": "AE", "Қырғызстан": "KG", "Түркия": "TR",
           "Корея": "KR", "КХДР": "KP", "Солтүстік Корея": "KP", "Ұлыбритания": "GB", "Әзербайжан": "AZ",
           "Түркіменстан": "TM", "Тәжікстан": "TJ",
           "Сауд Арабиясы": "SA", "Ауғанстан": "AF", "Пәкістан": "PK",
           "Конго Республикасы": "CG", "Конго Демократиялық Республикасы": "CD",
           # Kazakh's own name of Hungary (CLDR gives «Венгрия»)
           "Мажарстан": "HU",
           # Kazakh-language news says «еліміз» (our country) of Kazakhstan
           "Еліміз": "KZ"},
}
# Adjectives whose stem is not the name's («турецкий», «китайский», «британский», «немецкий» …).
_ADJECTIVES = {"ru": {"турецк": "TR", "немецк": "DE", "германск": "DE", "британск": "GB", "английск": "GB",
                      "американск": "US", "французск": "FR", "китайск": "CN", "японск": "JP", "корейск": "KR",
                      "чешск": "CZ", "польск": "PL", "белорусск": "BY", "киргизск": "KG", "кыргызск": "KG",
                      "узбекск": "UZ", "казахск": "KZ", "казахстанск": "KZ", "российск": "RU", "русск": "RU",
                      "туркменск": "TM", "таджикск": "TJ", "монгольск": "MN", "индийск": "IN", "итальянск": "IT",
                      "испанск": "ES", "швейцарск": "CH", "нидерландск": "NL", "голландск": "NL",
                      "азербайджанск": "AZ", "грузинск": "GE", "армянск": "AM", "украинск": "UA",
                      "венгерск": "HU", "иранск": "IR", "пакистанск": "PK", "афганск": "AF", "саудовск": "SA",
                      "эмиратск": "AE", "катарск": "QA", "египетск": "EG", "израильск": "IL",
                      "сингапурск": "SG", "малайзийск": "MY", "индонезийск": "ID", "вьетнамск": "VN",
                      "австрийск": "AT", "финск": "FI", "шведск": "SE", "норвежск": "NO", "датск": "DK",
                      "бельгийск": "BE", "канадск": "CA", "австралийск": "AU", "бразильск": "BR",
                      "кубинск": "CU", "сербск": "RS", "румынск": "RO", "молдавск": "MD", "болгарск": "BG",
                      "греческ": "GR", "словацк": "SK", "литовск": "LT", "латвийск": "LV", "эстонск": "EE",
                      "португальск": "PT", "аргентинск": "AR", "мексиканск": "MX", "южноафриканск": "ZA",
                      "оманск": "OM", "кувейтск": "KW", "бахрейнск": "BH", "иорданск": "JO", "ливанск": "LB",
                      "сирийск": "SY", "иракск": "IQ", "филиппинск": "PH", "северокорейск": "KP",
                      "южнокорейск": "KR", "новозеландск": "NZ", "ирландск": "IE", "хорватск": "HR",
                      "словенск": "SI", "черногорск": "ME", "албанск": "AL", "алжирск": "DZ", "марокканск": "MA",
                      "тунисск": "TN", "ливийск": "LY", "эфиопск": "ET", "кенийск": "KE", "нигерийск": "NG",
                      "венесуэльск": "VE", "колумбийск": "CO", "чилийск": "CL", "перуанск": "PE",
                      "лаосск": "LA", "камбоджийск": "KH", "таиландск": "TH", "бангладешск": "BD",
                      "непальск": "NP", "шриланкийск": "LK", "мьянманск": "MM", "кипрск": "CY"},
               # Kazakh adjectives of nationality («Қырғыз Республикасы», «өзбек басшысы», «түрік компаниялары»);
               # «қазақ», «орыс», «ағылшын», «неміс» are left out: they name the languages as often as the states
               "kk": {"қырғыз": "KG", "өзбек": "UZ", "тәжік": "TJ", "түрікмен": "TM", "түрік": "TR",
                      "әзербайжан": "AZ", "моңғол": "MN",
                      "қазақстандық": "KZ", "ресейлік": "RU", "қытайлық": "CN", "жапондық": "JP",
                      "америкалық": "US", "кореялық": "KR", "түркиялық": "TR", "үнді": "IN"}}
# People of a country: «для россиян», «китайцы», «казахстанцев».
_ADJECTIVES["ru"].update({"россиян": "RU", "казахстанц": "KZ", "китайц": "CN", "японц": "JP", "узбекистанц": "UZ",
                          "кыргызстанц": "KG", "белорус": "BY", "украинц": "UA", "немц": "DE", "француз": "FR",
                          "американц": "US", "британц": "GB", "корейц": "KR", "азербайджанц": "AZ",
                          "иранц": "IR", "индийц": "IN", "пакистанц": "PK", "афганц": "AF", "иракц": "IQ",
                          "сирийц": "SY", "египтян": "EG", "израильтян": "IL", "итальянц": "IT", "испанц": "ES",
                          "вьетнамц": "VN", "малайзийц": "MY", "индонезийц": "ID", "грузин": "GE", "армян": "AM",
                          "таджик": "TJ", "узбек": "UZ", "киргиз": "KG", "туркмен": "TM"})
# Names that are ordinary words too: found only with their capital letter, inside a sentence.
_SHORT = 5
_COMMON_WORDS = {"Того", "Мали", "Чад", "Гана", "Нигер"}


# «долларов США», «цента США», «млрд. АҚШ)»: a currency's country, not a party
_IN_CURRENCY = re.compile(r"(?:доллар\w*|долл\.?|цент\w*|(?:млрд|млн|тыс)\.?)\s*$", re.I)
_ADJ_ENDING = r"(?:ом|ой|ий|ый|ая|ое|ые|ых|ому|ым|ую|ими)"
_ADJ_END = re.compile(_ADJ_ENDING + "$")
_ADJ = r"[а-яё]+" + _ADJ_ENDING
_LANGUAGE_AFTER = re.compile(rf"(?:\s*(?:,|и)\s*{_ADJ})*\s+язык", re.I)
_LANGUAGES_BEFORE = re.compile(rf"язык\w*\s*[—–:-]?\s*(?:{_ADJ}\s*(?:,|и)\s*)*$", re.I)
_CONTINENT_BEFORE = re.compile(r"(?:Южн|Северн|Латинск|Центральн|Оңтүстік|Солтүстік|Латын|Орталық)\w*\s+$", re.I)
_REPUBLIC_BEFORE = re.compile(r"(?<![\w-])Республик\w*\s+$")
_CURRENCY_AFTER = re.compile(r"\w*\s+(?:доллар|валют)", re.I)     # «АҚШ доллары», «в американской валюте»


@lru_cache(maxsize=4)
def _names(lang: str) -> dict[str, str]:
    """name -> ISO 3166 code, for every country of CLDR (not regions like «Европа», codes of two letters).
    Kazakh news write many states by their Russian names too («Египет» beside «Мысыр», «Индия» beside
    «Үндістан»): a Kazakh text is read with both."""
    out = {}
    for code, name in Locale(lang).territories.items():
        if len(code) == 2 and code.isalpha() and code not in ("EU", "EZ", "UN", "QO", "XA", "XB", "ZZ"):
            out[name] = code
            gloss = re.fullmatch(r"([^(),]+?)\s*\(([^()]+)\)", name)
            if gloss and not re.search(r"(?:о-ва|аралдары)", name):
                # «Мьянма (Бирма)», «Гонконг (САР)»: the name alone, and its other name
                out.setdefault(gloss[1], code)
                if not gloss[2].isupper():
                    out.setdefault(gloss[2], code)
    if lang == "kk":
        for name, code in _names("ru").items():
            if name[:1].isupper() and not name.isupper():
                out.setdefault(name, code)
    out.update(_ALIASES.get(lang, {}))
    return out


def _stem(name: str) -> str:
    """«Казахстан» -> «казахстан», «Япония» -> «япони», «Китай» -> «кита», «Куба» -> «куб»: what every case form
    starts with. A short name keeps its last letter unless it is the «-а» of a noun that declines («Кубы»):
    «Перу», «Чили» do not."""
    low = name.lower()
    if len(low) <= 4:
        return low[:-1] if low.endswith("а") and not name.isupper() else low   # «США», «РА» are abbreviations
    return re.sub(r"[аяыиьйо]$", "", low) or low


# Kazakh writes many borrowed names with its own letters where CLDR keeps the Russian ones: «Қатар» for «Катар».
_KK_LETTERS = {"к": "[кқ]", "г": "[гғ]", "н": "[нң]", "у": "[уұү]", "о": "[оө]", "х": "[хһ]",
               "К": "[КҚ]", "Г": "[ГҒ]", "Н": "[НҢ]", "У": "[УҰҮ]", "О": "[ОӨ]", "Х": "[ХҺ]"}


def _kk_spelling(pattern: str) -> str:
    return "".join(_KK_LETTERS.get(ch, ch) for ch in pattern)


@lru_cache(maxsize=4)
def _patterns(lang: str) -> list[tuple[re.Pattern, str, str]]:
    """(pattern, code, name), longest names first."""
    out = []
    for name, code in sorted(_names(lang).items(), key=lambda kv: -len(kv[0])):
        if "(" in name or "," in name:
            continue
        if name in _COMMON_WORDS:
            # with its capital, inside a sentence, in the forms of the name: «для Мали», «Республики Гана», «Ганы»
            forms = name[:-1] + r"(?:а|ы|у|е|ой)" if name.endswith("а") else \
                name + r"(?:а|у|е|ом)?" if name[-1] not in "иоеу" else name
            rx = re.compile(r"(?<![.!?\n]\s)(?<=\s)" + forms + r"(?![\w-])")
            out.append((rx, code, name))
            continue
        words = name.split(" ")
        # Russian names change their last vowel («Китай», «Китая»); Kazakh ones keep it and take suffixes; a name
        # ending in two vowels does not decline («Самоа»: «Само заседание» is no Samoa)
        last = _stem if lang == "ru" and not re.search(r"[аоуэе][аоуэ]$", name.lower()) else str.lower
        stems = [last(w) if i == len(words) - 1 else w.lower()[:max(3, len(w) - 2)] for i, w in enumerate(words)]
        fleeting = lang == "ru" and len(words) == 1 and re.search(r"[бвгдзклмнпрстфхцчшщ][ео][бвгдзклмнпрстфхцчшщ]$",
                                                                     stems[0])
        # a name takes case endings only («Китаем», «Японии»), so «Данияр» is no Denmark; Kazakh endings are
        # longer and many («Қытайдың»)
        plural = lang == "ru" and re.search(r"[ыи]$", words[-1]) is not None   # «Эмираты»: «Эмиратов»
        ending = (r"(?:[аяуюеиыоьй]|ой|ей|ом|ем|ию|ии|ией|ия|ью|ами|ах" + ("|ов|ам" if plural else "")
                  + r")?(?![\w-])") if lang == "ru" else \
            r"(?:[ғгқкдтнмбплсыіае][а-яәғқңөұүһі]{0,8})?(?![\w-])" if not name.isupper() else \
            r"(?:-[а-яәғқңөұүһі]{1,8})?(?![\w-])"      # «ҚР-дағы», «АҚШ-тың»: an abbreviation's suffix after a hyphen
        body = r"\w*\s+".join(re.escape(s) for s in stems)
        if fleeting:    # a vowel that drops in the other cases: «Египет», «Египта»
            body = body[:-2] + "(?:" + body[-2] + ")?" + body[-1]
        short = len(name) <= _SHORT or name.isupper()
        flags = 0 if short else re.I
        first = re.escape(name[:len(stems[0])]) if short else body
        head = first if short and len(words) == 1 else body
        rx = re.compile(r"(?<![\w-])" + (_kk_spelling(head) if lang == "kk" else head) + ending, flags)
        out.append((rx, code, name))
    if lang == "ru":
        # units of government only one state has: a Russian «край», an Uzbek «хоким»
        out.append((re.compile(r"(?<![\w-])\w+(?:ск|цк)(?:ий|ого|ому|им|ом)\s+кра(?:й|я|ю|ем|е)\b", re.I), "RU", ""))
        out.append((re.compile(r"(?<![\w-])хоким\w*", re.I), "UZ", ""))
        # …a Kazakh «аким» («Аким области Берик Уали»; «Аким» alone may be a Russian first name)
        out.append((re.compile(r"(?<![\w-])(?:аким\w*|акимат\w*|Аким(?:а|у|ом)?(?=\s+(?:област|город|район|[А-ЯЁ]\w+ск)))"),
                    "KZ", ""))
    for stem, code in _ADJECTIVES.get(lang, {}).items():
        # («кыргызско-пакистанской»: the second part of a compound adjective names a state too)
        out.append((re.compile(r"(?:(?<![\w-])|(?<=о-))" + stem + r"\w*", re.I), code, ""))
    return out


_REPUBLIC = re.compile(r"(?<![\w-])Республик\w*\s+(([А-ЯЁ])[а-яё-]+)")


def abbreviations_of_regions(text: str) -> frozenset[str]:
    """The abbreviations «Р<letter>» a text uses for a republic that is no state: after «Республика Татарстан»,
    «Президента РТ» is Tatarstan's president, not Tajikistan's. (A text that never names the state in full may
    still mean it: Tajik news write «РТ» alone.)"""
    out = {"Р" + m[2] for m in _REPUBLIC.finditer(text) if "Р" + m[2] in _ALIASES["ru"] and not states_in(m[1], "ru")}
    # «Раис Татарстана …, пресс-служба Раиса РТ»: a republic of another state named by its name alone, with that
    # letter, and the state the abbreviation could mean never named in full
    from .regions import named_regions
    regions = None
    for abbr, code in _ALIASES["ru"].items():
        if len(abbr) != 2 or abbr[0] != "Р" or abbr in out or not re.search(rf"(?<![\w-]){abbr}(?![\w-])", text):
            continue
        if regions is None:
            regions = named_regions(text)
        named = states_in(text, "ru", frozenset({abbr}))
        if code in named:
            continue
        if any(name.startswith(abbr[1]) and state != code for name, state in regions):
            out.add(abbr)
            continue
        # «Сегодня у столицы РТ есть 70 соглашений» in a text on Kazan: the letters Russia's republics share
        # with states (Tatarstan, Bashkortostan, Adygea, Mordovia) stand for a republic where the text names
        # Russia's places and none of the state's, nor Russia as a state beside it («между РТ и РФ»)
        places = {state for _, state in regions}
        if "RU" in places and code not in places and "RU" not in named:
            out.add(abbr)
            continue
        # «Агрызским муниципальным районом РТ (Российская Федерация)»: the republic glossed as Russia's
        if re.search(rf"(?<![\w-]){abbr}\s*\((?:Российская\s+Федерация|РФ|Россия)\)", text):
            out.add(abbr)
    # «РК» is the Republic of Korea in Korean news as «Республика Корея» is: in a text that names Korea and never
    # Kazakhstan by its name, it is not Kazakhstan
    if re.search(r"(?<![\w-])РК(?![\w-])", text):
        named = states_in(text, "ru", frozenset(out | {"РК"}))
        if "KR" in named and "KZ" not in named:
            out.add("РК")
    return frozenset(out)


def _region_of_another(after: str) -> bool:
    """A region or city of a state other than Kazakhstan at the head of `after`."""
    from .regions import states_of_regions
    return any(pos < 4 and code != "KZ" for pos, code in states_of_regions(after, "ru"))


# an outlet with an edition for each state, written before the state's name
_EDITION_BEFORE = re.compile(r"(?i)(?:sputnik|спутник)\s+$")


def states_in(text: str, lang: str, skip: frozenset[str] = frozenset()) -> list[str]:
    """ISO codes of the states a passage names, in the order it first names them; `skip`: names that stand
    for something else in this text (abbreviations_of_regions)."""
    found: dict[str, int] = {}
    taken: list[tuple[int, int]] = []
    for rx, code, name in _patterns("kk" if lang == "kk" else "ru"):
        if name in skip:
            continue
        for m in rx.finditer(text):
            if any(a < m.end() and m.start() < b for a, b in taken):
                continue
            named = m.group()
            if code == "US" and _CONTINENT_BEFORE.search(text[max(0, m.start() - 16):m.start()]):
                continue    # «делегация из Южной Америки»: a continent, not the United States
            if _ADJ_END.search(named) and (_LANGUAGE_AFTER.match(text, m.end())
                                           or _LANGUAGES_BEFORE.search(text[max(0, m.start() - 80):m.start()])):
                continue    # «на трех языках — испанском, русском и английском»: languages, not states
            if _ADJ_END.search(named) and _REPUBLIC_BEFORE.search(text[max(0, m.start() - 14):m.start()]):
                continue    # «Республики Сербской»: a republic inside another state (Bosnia's), named like the state
            if _EDITION_BEFORE.search(text[max(0, m.start() - 12):m.start()]):
                continue    # «Sputnik Таджикистан»: an outlet's edition, page furniture
            if code == "KZ" and named.lower().startswith("аким") and _region_of_another(text[m.end():m.end() + 40]):
                continue    # «аким Ферганской области»: a governor of another state's region, so called
            if (_IN_CURRENCY.search(text[max(0, m.start() - 12):m.start()])
                    and (named.isupper() or named[-1:].lower() in "аяыи")) or _CURRENCY_AFTER.match(text, m.end()):
                continue    # «долларов США», «АҚШ доллары»: a currency's name, not a party (but «Кредит в
                            # 100 млн долларов Кыргызстан планирует взять»: the state in the nominative, its subject)
            taken.append((m.start(), m.end()))
            found.setdefault(code, m.start())
            found[code] = min(found[code], m.start())
    return sorted(found, key=found.get)


# Unions of states a dossier may be about («ЕС выделит Армении 270 млн евро»): a party when the parties are
# guessed, never a state of a fact (CLDR names the EU but lists it among no countries).
_UNIONS = {"EU": re.compile(r"(?<![\w-])(?:ЕС|ЕО)(?![\w-])|(?i:(?<![\w-])(?:евросоюз|еврокомисси|европарламент|"
                            r"еуроодақ|еурокомиссия|еуропарламент)|европейск\w*\s+(?:союз|комисси|совет|парламент)|"
                            r"еуропалық\s+(?:одақ|комиссия|кеңес|парламент))")}


# the members of a union, for a fact of a union's dossier that names one member alone (2020 on)
MEMBERS = {"EU": frozenset("AT BE BG HR CY CZ DK EE FI FR DE GR HU IE IT LV LT LU MT NL PL PT RO SK SI ES SE".split())}


def unions_in(text: str) -> list[str]:
    """The unions of states a passage names («Евросоюз», «ЕС», «Еуроодақ»), by CLDR's codes."""
    return [code for code, rx in _UNIONS.items() if rx.search(text)]


def union_named(name: str) -> str | None:
    """The union a party's name names: «Европейский союз», «Евросоюз» -> EU."""
    return next(iter(unions_in(name)), None)


def code_of(name: str, lang: str = "ru") -> str | None:
    """The state a party's name names: «Республика Казахстан» -> KZ, «Япония» -> JP, «Пекин» -> None."""
    codes = states_in(name, lang) or states_in(name, "kk" if lang == "ru" else "ru")
    return codes[0] if codes else state_named_exactly(name, lang)


def state_named_exactly(name: str, lang: str = "ru") -> str | None:
    """The state whose CLDR name the whole of `name` is: a name that is an ordinary word too («Мали», «Того») is
    found in a text only inside a sentence, and a party may be that word alone."""
    return _names(lang).get(name.strip()) or _names("ru").get(name.strip())


def name_of(code: str, lang: str = "ru") -> str:
    """CLDR's short name of a state in `lang` («Чехия», «Түркия»)."""
    return Locale(lang).territories.get(code, code)
