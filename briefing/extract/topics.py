"""Suggesting topics for a passage from each topic's vocabulary of stems.

Russian words are compared by their pymorphy3 lemma («угля» → «уголь», «энергетики» → «энергетика»);
Kazakh words by their stem once known endings are peeled off, with the consonant that softens before a
vowel («көлігі» → «көлік», «денсаулығы» → «денсаулық»). A stem of three letters or fewer must match the
whole lemma (or a lemma one ending longer), so that «газ» does not suggest energy for «газета».
"""
from __future__ import annotations

import re
from functools import lru_cache

from .. import vocab

_WORD = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)*")

# Kazakh endings, longest first: plural, possessive, case (after both vowel and consonant stems).
_KK_SUFFIXES = sorted({
    "лар", "лер", "дар", "дер", "тар", "тер",
    "ы", "і", "сы", "сі", "ым", "ім", "м", "ың", "ің", "ң", "ымыз", "іміз", "мыз", "міз", "ыңыз", "іңіз",
    "ның", "нің", "дың", "дің", "тың", "тің", "ға", "ге", "қа", "ке", "на", "не", "а", "е",
    "ны", "ні", "ды", "ді", "ты", "ті", "н", "да", "де", "та", "те", "нда", "нде",
    "дан", "ден", "тан", "тен", "нан", "нен", "ндан", "нден", "мен", "бен", "пен", "менен",
    "дағы", "дегі", "тағы", "тегі", "ндағы", "ндегі", "лық", "лік", "дық", "дік", "тық", "тік",
}, key=len, reverse=True)
_SOFT = {"қ": "ғ", "к": "г", "п": "б"}


def _kk_endings_only(rest: str, depth: int = 0) -> bool:
    """True if `rest` is made of known Kazakh endings (at most four of them)."""
    if not rest:
        return True
    if depth >= 4:
        return False
    return any(rest.startswith(s) and _kk_endings_only(rest[len(s):], depth + 1) for s in _KK_SUFFIXES)


def kk_matches(word: str, stem: str) -> bool:
    """A Kazakh word form is `stem` plus endings, a final қ/к/п softened before a vowel ending."""
    if word.startswith(stem):
        rest = word[len(stem):]
        return len(stem) >= 6 or _kk_endings_only(rest)
    if stem[-1] in _SOFT and word.startswith(stem[:-1] + _SOFT[stem[-1]]):
        return _kk_endings_only(word[len(stem):])
    return False


def _ru_matches(lemma: str, form: str, stem: str) -> bool:
    if len(stem) <= 3:
        return lemma == stem or (lemma.startswith(stem) and len(lemma) - len(stem) <= 1) \
            or lemma.startswith(stem + "ов") or lemma.startswith(stem + "о")
    return lemma.startswith(stem) or (len(stem) >= 5 and form.startswith(stem))


@lru_cache(maxsize=1)
def _vocab() -> list[tuple[str, tuple[str, ...]]]:
    out = []
    for topic in vocab.topics().values():
        for entry in topic.vocabulary:
            out.append((topic.id, tuple(entry.lower().split())))
    return out


@lru_cache(maxsize=1)
def _by_first_stem() -> dict[str, list[tuple[str, tuple[str, ...]]]]:
    """The vocabulary entries under their first stem."""
    out: dict[str, list] = {}
    for tid, stems in _vocab():
        out.setdefault(stems[0], []).append((tid, stems))
    return out


_UNSOFT = {v: k for k, v in _SOFT.items()}


def _stems_at(words: tuple[str, ...]) -> set[str]:
    """The stems that can match a word: every match begins the word or its lemma with the stem (in Kazakh
    perhaps with its last consonant softened), so looking up the words' prefixes finds them all, instead
    of trying every entry of the vocabulary at every word."""
    keys = _by_first_stem()
    out = set()
    for w in words:
        for n in range(1, len(w) + 1):
            head = w[:n]
            if head in keys:
                out.add(head)
            if head[-1] in _UNSOFT and head[:-1] + _UNSOFT[head[-1]] in keys:
                out.add(head[:-1] + _UNSOFT[head[-1]])
    return out


def _matches(form: str, lemma: str, stem: str, lang: str) -> bool:
    if lang == "kk":
        return kk_matches(form, stem)
    if lang == "ru":
        return _ru_matches(lemma, form, stem)
    return form.startswith(stem)


def suggest(text: str, lang: str) -> list[str]:
    """Topic ids whose vocabulary occurs in `text`, most hits first."""
    from .nlp import lemma
    forms = [w.lower().replace("ё", "е") for w in _WORD.findall(text)]
    lemmas = [lemma(w) if lang == "ru" else w for w in forms]
    entries = _by_first_stem()
    hits: dict[str, int] = {}
    for i, (form, lem) in enumerate(zip(forms, lemmas)):
        for first in _stems_at((form, lem)):
            for tid, stems in entries[first]:
                if i + len(stems) > len(forms):
                    continue
                if all(_matches(forms[i + k], lemmas[i + k], stem, lang) for k, stem in enumerate(stems)):
                    hits[tid] = hits.get(tid, 0) + 1
    order = list(vocab.topics())
    return sorted(hits, key=lambda t: (-hits[t], order.index(t)))
