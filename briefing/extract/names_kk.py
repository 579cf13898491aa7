"""Kazakh personal names in the nominative.

Kazakh marks case with a suffix on the last word of the noun phrase — for a name, its surname: «Нұртілеудің»
(genitive), «Нұртілеуге» (dative), «Нұртілеуді» (accusative), «Нұртілеуде» (locative), «Нұртілеуден»
(ablative), «Нұртілеумен» (instrumental). Which form a suffix takes follows from the stem it is added to: its
first consonant from the stem's last sound (н- after a vowel or м, н, ң in the genitive; д- after л, р, у, й,
з, ж; т- after a voiceless consonant), its vowel from the stem's last vowel (back а, ы / front е, і). A suffix
is taken off a name only when it is the form that stem would take, so «Сүлейменова» or «Ольга» keep their
last letters.
"""
from __future__ import annotations

import re

_BACK = set("аоұыяё")
_FRONT = set("әөүіэ")
_SONORANT = set("лруйwў")
_NASAL = set("мнң")
_VOICED = set("зж")
_VOICELESS = set("кқпстфхцчшщбвгд")
_VOWELS = _BACK | _FRONT | set("уюеи")

# suffix -> (case, which stems take it: a set of classes, harmony "back"/"front"/None)
_V, _S, _N, _Z, _T = "vowel", "sonorant", "nasal", "voiced", "voiceless"
_SUFFIXES = {
    "ның": ({_V, _N}, "back"), "нің": ({_V, _N}, "front"),
    "дың": ({_S, _Z}, "back"), "дің": ({_S, _Z}, "front"),
    "тың": ({_T}, "back"), "тің": ({_T}, "front"),
    "ны": ({_V}, "back"), "ні": ({_V}, "front"),
    "ды": ({_S, _N, _Z}, "back"), "ді": ({_S, _N, _Z}, "front"),
    "ты": ({_T}, "back"), "ті": ({_T}, "front"),
    "ға": ({_V, _S, _N, _Z}, "back"), "ге": ({_V, _S, _N, _Z}, "front"),
    "қа": ({_T}, "back"), "ке": ({_T}, "front"),
    "да": ({_V, _S, _N, _Z}, "back"), "де": ({_V, _S, _N, _Z}, "front"),
    "та": ({_T}, "back"), "те": ({_T}, "front"),
    "дан": ({_V, _S, _Z}, "back"), "ден": ({_V, _S, _Z}, "front"),
    "нан": ({_N}, "back"), "нен": ({_N}, "front"),
    "тан": ({_T}, "back"), "тен": ({_T}, "front"),
    # «мен» is written after nasals too in news («Путинмен»), and is the usual form: taken after any stem
    "мен": ({_V, _S, _N, _Z, _T}, None), "бен": ({_N, _Z}, None), "пен": ({_T}, None),
}
_ORDER = sorted(_SUFFIXES, key=len, reverse=True)


def _sound_class(stem: str) -> str | None:
    s = stem.rstrip("ьъ")
    if not s:
        return None
    last = s[-1]
    if last == "и" and len(s) > 2:
        return _S       # «и» is [ɪj]: it takes the endings of a sonorant («Папуашвилиді», «Папуашвилиге»)
    if last in _VOWELS and last not in "у":
        return _V
    if last == "у":          # «у» after a vowel is a glide (Нұртілеу): a sonorant; after a consonant, a vowel
        return _S if len(s) > 1 and s[-2] in _VOWELS else _V
    if last in _SONORANT:
        return _S
    if last in _NASAL:
        return _N
    if s.endswith("дж"):
        return _T       # «дж» [dʒ] is written as a voiceless ending takes it: «Сэвиджпен», «Джорджтың»
    if last in _VOICED:
        return _Z
    if last in _VOICELESS:
        return _T
    return None


def _harmony(stem: str) -> set[str]:
    stem = re.sub(r"(?:ов|ёв)$", "", stem.lower()) or stem   # «Әбдікәрімовтің»: the Russian «-ов» is neutral
    for ch in reversed(stem):
        if ch in _BACK:
            return {"back"}
        if ch in _FRONT:
            return {"front"}
        if ch in "еи":
            break           # either: «Тоқаевтың» (the Russian -ев), «Қасымбекке»
        if ch in "ую":
            continue        # neutral in loans and names: look further back
    return {"back", "front"}


def nominative(word: str) -> str:
    """The surname (or a one-word name) without its case suffix: «Нұртілеудің» → «Нұртілеу», «Абэмен» → «Абэ»,
    «Шольцпен» → «Шольц»; a word whose ending is not a suffix its stem would take is kept («Сүлейменова»)."""
    low = word.lower()
    if re.search(r"\w{2}(?:зода|заде|зада)$", low):
        return word     # «Ибодзода», «Тураджонзода»: a Persian «son of» ends the name, no locative «-да»
    if re.search(r"\w{3}(?:балды|берді|бердi)$", low):
        return word     # «Сатыбалды», «Тілеуберді»: names built on «балды», «берді», no accusative (but «Саберді» is
        # «Сабер» in the accusative: no word before «берді»)
    for suf in _ORDER:
        if not low.endswith(suf):
            continue
        stem = low[:-len(suf)]
        if len(stem.rstrip("ьъ")) < 2 or (len(stem) < 3 and suf not in ("мен", "бен", "пен")):
            continue
        classes, harmony = _SUFFIXES[suf]
        if _sound_class(stem) not in classes and not (stem.endswith("дж") and _Z in classes):
            continue    # (after «дж» the voiced endings too: «Сэвиджді»)
        if harmony and harmony not in _harmony(stem):
            continue
        if stem.endswith("ь") and suf in ("ға", "ге"):
            continue        # «Ольга»
        return word[:len(stem)]
    return word
