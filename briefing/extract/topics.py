"""Suggesting topics for a passage from each topic's vocabulary of stems.

Russian words are compared by their pymorphy3 lemma («угля» → «уголь», «энергетики» → «энергетика»);
Kazakh words by their stem once known endings are peeled off, with the consonant that softens before a
vowel («көлігі» → «көлік», «денсаулығы» → «денсаулық»). A stem of three letters or fewer must match the
whole lemma (or a lemma one ending longer), so that «газ» does not suggest energy for «газета».
"""
from __future__ import annotations

import re
from functools import lru_cache

from ..topics import all_topics

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
    for topic in all_topics().values():
        for entry in topic.vocabulary:
            out.append((topic.id, tuple(entry.lower().split())))
    return out


def suggest(text: str, lang: str) -> list[str]:
    """Topic ids whose vocabulary occurs in `text`, most hits first."""
    from .nlp import lemma
    forms = [w.lower().replace("ё", "е") for w in _WORD.findall(text)]
    lemmas = [lemma(w) if lang == "ru" else w for w in forms]
    hits: dict[str, int] = {}
    for tid, stems in _vocab():
        n = len(stems)
        for i in range(len(forms) - n + 1):
            ok = True
            for k, stem in enumerate(stems):
                f, l = forms[i + k], lemmas[i + k]
                if lang == "kk":
                    good = kk_matches(f, stem)
                elif lang == "ru":
                    good = _ru_matches(l, f, stem)
                else:
                    good = f.startswith(stem)
                if not good:
                    ok = False
                    break
            if ok:
                hits[tid] = hits.get(tid, 0) + 1
    return sorted(hits, key=lambda t: (-hits[t], list(all_topics()).index(t)))
