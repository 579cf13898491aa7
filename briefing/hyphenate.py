"""Where a word may break at the end of a line: soft hyphens (U+00AD) put into the words of the note's text by
the layout (briefing/model.py), so that every writer breaks a word in a narrow table column at a syllable and
with a hyphen («промыш-ленность»), never mid-syllable without one («промы/шленность»). A soft hyphen prints
only where the line breaks: ReportLab draws a hyphen there, Word and LibreOffice honour it (the DOCX writer
writes it as w:softHyphen), browsers honour U+00AD.

The break points come from pyphen's dictionaries (the TeX/LibreOffice hyphenation patterns): ru_RU for Russian
and en_GB for English, and for a Latin-script word in any note (a company's or a person's name) en_GB. pyphen
has no Kazakh dictionary, and Russian patterns split Kazakh words badly: they know none of ә ғ қ ң ө ұ ү һ і
(«Ын-ты-мақта-стықтың», «өнер-кәсіптік»). A Kazakh word is broken at its syllables instead: the Kazakh rule
(a word carries over by syllables; one consonant between two vowels starts the next syllable, of two the second
does, of three the last two unless the first is a sonorant) is regular enough to be written down in a few lines. A word of a Kazakh note written
without Kazakh letters (Russian spelling: «Республикасы», «инфраструктура») takes the Russian patterns, as it
was borrowed with its spelling."""
from __future__ import annotations

import re
from functools import lru_cache

SHY = "\u00ad"
MIN_WORD = 6          # shorter words are not broken (2 letters either side leave too little to be worth it)
MAX_WORD = 50         # longer is no word (a pasted code, a run of one letter): left to the writers' own splitting
LEFT = RIGHT = 2      # letters kept together at the start and at the end of a word (the Russian rule)

_WORD = re.compile(r"[^\W\d_]+")
_LATIN = re.compile(r"^[A-Za-z\u00c0-\u024f]+$")
_CYRILLIC = re.compile(r"^[\u0400-\u04ff]+$")
_KAZAKH_LETTERS = set("әғқңөұүһіӘҒҚҢӨҰҮҺІ")
_KK_VOWELS = set("аәеёиоөуұүыіэюя")
_SONORANTS = set("рлйнңмуў")
_DICTIONARY = {"ru": "ru_RU", "kk": "ru_RU", "en": "en_GB"}


@lru_cache(maxsize=4)
def _pyphen(dictionary: str):
    import pyphen
    return pyphen.Pyphen(lang=dictionary, left=LEFT, right=RIGHT)


def _kazakh_breaks(word: str) -> list[int]:
    """Positions (indices into `word`) where a Kazakh word may break: between its syllables."""
    low = word.lower()
    n = len(low)

    def vowel(i: int) -> bool:
        ch = low[i]
        if ch == "у":   # у after a vowel, or first before one, is a consonant (а-уыл, уа-қыт), else a vowel (ша-ру-а)
            after_vowel = i > 0 and low[i - 1] in _KK_VOWELS and low[i - 1] != "у"
            return not (after_vowel or (i == 0 and n > 1 and low[1] in _KK_VOWELS))
        return ch in _KK_VOWELS

    nuclei = [i for i in range(n) if vowel(i)]
    breaks = []
    for a, b in zip(nuclei, nuclei[1:]):
        consonants = [i for i in range(a + 1, b) if low[i] not in "ьъ"]   # the signs stay with the letter before
        if len(consonants) < 3:   # V-CV, VC-CV
            at = b if not consonants else consonants[-1]
        else:                     # a sonorant closes the syllable with the next (айт-қан), else one goes (зақ-стан)
            at = consonants[2] if low[consonants[0]] in _SONORANTS else consonants[1]
        if LEFT <= at <= n - RIGHT:
            breaks.append(at)
    return breaks


@lru_cache(maxsize=65536)
def word(text: str, lang: str) -> str:
    """One word with its soft hyphens; unchanged when short, in capitals (an abbreviation), or of mixed script."""
    if not MIN_WORD <= len(text) <= MAX_WORD or text.isupper():
        return text
    if _LATIN.match(text):
        return _pyphen("en_GB").inserted(text, hyphen=SHY)
    if not _CYRILLIC.match(text) or lang not in _DICTIONARY or lang == "en":
        return text
    if lang == "kk" and _KAZAKH_LETTERS.intersection(text):
        out, last = [], 0
        for at in _kazakh_breaks(text):
            out.append(text[last:at])
            last = at
        out.append(text[last:])
        return SHY.join(out)
    return _pyphen(_DICTIONARY[lang]).inserted(text, hyphen=SHY)


def hyphenate(text: str, lang: str) -> str:
    """`text` with soft hyphens in its long words, and only there (any it had, pasted from Word, are dropped)."""
    return _WORD.sub(lambda m: word(m[0], lang), text.replace(SHY, ""))


def unhyphenate(text: str) -> str:
    """`text` as a reader sees it on one line: without its soft hyphens."""
    return text.replace(SHY, "")
