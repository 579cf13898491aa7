"""Russian agreement and cases, through pymorphy3: a noun phrase put into a case, a verb agreed with its
subject, a first letter lowered only when the word is not a name."""
from __future__ import annotations

import re
from functools import lru_cache

_WORD = re.compile(r"[А-Яа-яЁё]+(?:-[А-Яа-яЁё]+)*")
_PROPER = {"Name", "Surn", "Patr", "Geox", "Orgn", "Trad", "Abbr"}
_CASES = {"nom": "nomn", "gen": "gent", "dat": "datv", "acc": "accs", "ins": "ablt", "loc": "loct"}


@lru_cache(maxsize=1)
def _morph():
    import pymorphy3
    return pymorphy3.MorphAnalyzer(lang="ru")


@lru_cache(maxsize=20000)
def _parses(word: str):
    return tuple(_morph().parse(word))


def _nominative(word: str):
    """The parse of `word` as a nominative noun or adjective, if it can be one."""
    for p in _parses(word.lower()):
        if "nomn" in p.tag and p.tag.POS in ("NOUN", "ADJF", "PRTF", "NUMR"):
            return p
    return None


def _keep_case(source: str, target: str) -> str:
    if source.isupper() and len(source) > 1:
        return target.upper()
    if source[:1].isupper():
        return target[:1].upper() + target[1:]
    return target


def _inflect_word(word: str, grams: set) -> str:
    if "-" in word:   # «Премьер-министр»: the last part declines
        head, _, last = word.rpartition("-")
        return f"{head}-{_inflect_word(last, grams)}"
    p = _nominative(word)
    if p is None:
        return word
    form = p.inflect(grams)
    return _keep_case(word, form.word) if form else word


def head_noun(phrase: str):
    """The parse of the phrase's head: its first nominative noun outside quotes and brackets."""
    depth = 0
    for token in re.findall(r"«|»|\(|\)|[^\s«»()]+", phrase):
        if token in "«(":
            depth += 1
        elif token in "»)":
            depth = max(0, depth - 1)
        elif depth == 0:
            word = token.strip(".,;:—–")
            if not _WORD.fullmatch(word or "-"):
                continue
            p = _nominative(word.split("-")[-1])
            if p is not None and p.tag.POS == "NOUN":
                return p
    return None


def _segment(segment: str, case: str) -> str:
    """Leading adjectives, their conjunctions and the head noun of one segment, put into `case`."""
    grams = {_CASES[case]}
    head = head_noun(segment)
    if head is not None and "plur" in head.tag:
        grams.add("plur")
    out, done = [], False
    for token in re.split(r"(\s+)", segment):
        if done or not token.strip():
            out.append(token)
            continue
        word = token.strip(",")
        if word in ("и", "или"):
            out.append(token)
            continue
        p = _nominative(word.split("-")[-1]) if _WORD.fullmatch(word) else None
        if p is None:
            out.append(token)
            done = True
            continue
        # an adjective in the accusative takes its noun's animacy («богатые запасы», «японских партнеров»)
        word_grams = grams | ({"anim" if "anim" in head.tag else "inan"}
                              if case == "acc" and head is not None and p.tag.POS in ("ADJF", "PRTF") else set())
        out.append(token.replace(word, _inflect_word(word, word_grams)))
        if p.tag.POS == "NOUN":
            done = True
    return "".join(out)


def inflect(phrase: str, case: str) -> str:
    """A nominative noun phrase in `case` (gen, dat, acc, ins, loc): its leading words up to the head noun
    decline, its complements («… Республики Казахстан») stay; each part of an apposition joined by a dash
    («Заместитель Премьер-министра – Министр …») declines the same way."""
    if case == "nom":
        return phrase
    parts = re.split(r"(\s[–—]\s)", phrase)
    return "".join(p if i % 2 else _segment(p, case) for i, p in enumerate(parts))


def agree(phrase: str, masc: str, femn: str, neut: str, plur: str) -> str:
    """The form of a past-tense verb or short participle that agrees with the phrase's head noun."""
    p = head_noun(phrase)
    if p is None:
        return neut
    if "plur" in p.tag or "Pltm" in p.tag:
        return plur
    return {"masc": masc, "femn": femn, "neut": neut}.get(p.tag.gender, masc)


def surname_case(surname: str, case: str, gender: str) -> str:
    """A surname in `case`: pymorphy3's when it knows the surname, else the Russian pattern of -ов/-ев/-ин
    (masculine «Хаиров» -> «Хаирова»); others («Нуртлеу», «Ивая») do not decline."""
    grams = {"gen": "gent", "dat": "datv", "ins": "ablt", "loc": "loct", "acc": "accs"}[case]
    for p in _parses(surname.lower()):
        if "Surn" in p.tag and p.tag.case == "nomn" and p.tag.gender == gender:
            form = p.inflect({grams})
            if form:
                return _keep_case(surname, form.word)
    if gender == "masc" and surname.lower().endswith(("ов", "ев", "ёв", "ин", "ын")):
        return surname + {"gen": "а", "acc": "а", "dat": "у", "ins": "ым", "loc": "е"}[case]
    return surname


def gender_of_person(name: str) -> str:
    """masc or femn, from the first name (or surname) pymorphy3 knows; masc when it cannot tell."""
    for word in name.split():
        for p in _parses(word.lower()):
            if p.tag.POS == "NOUN" and "Name" in p.tag and p.tag.case == "nomn" and p.normal_form == word.lower():
                return "femn" if p.tag.gender == "femn" else "masc"
    return "masc"


_PREPOSITIONS = {"в", "во", "на", "с", "со", "по", "к", "ко", "у", "о", "об", "из", "от", "до", "за", "при", "для",
                 "после", "перед", "между", "через", "над", "под"}


def lower_first(phrase: str) -> str:
    """The phrase to stand inside a sentence: its first letter lowered unless the first word is a name, an
    abbreviation or written in capitals («Япония», «ООН», «Fortuner»)."""
    m = re.match(r"[«\"(]?([^\s,;:]+)", phrase)
    if not m:
        return phrase
    word = m.group(1)
    if not word[:1].isupper() or (len(word) > 1 and word[1:2].isupper()) or not _WORD.fullmatch(word):
        return phrase
    if word.lower() in _PREPOSITIONS:       # «В областном театре … состоялся форум»: no name begins so
        i = phrase.index(word)
        return phrase[:i] + word[0].lower() + word[1:] + phrase[i + len(word):]
    for p in _parses(word.lower()):
        if _PROPER & set(str(p.tag).replace(" ", ",").split(",")):
            return phrase
    following = [w.strip(",;:") for w in phrase[m.end():].split()[:2] if w not in ("и", "или")]
    if following and following[0][:1].isupper() and _nominative(following[0].split("-")[-1]) is not None \
            and any("nomn" in p.tag for p in _parses(following[0].lower())[:1]):
        return phrase   # a name of several words in apposition: «Республика Казахстан», «Народная Республика»
    if any(_INSTITUTION.fullmatch(w) for w in following[:2]) and \
            any(p.tag.POS == "ADJF" for p in _parses(word.lower())[:1]):
        return phrase   # an institution's name, its adjective capitalised: «Европейский союз», «Всемирный банк»
    i = phrase.index(word)
    return phrase[:i] + word[0].lower() + word[1:] + phrase[i + len(word):]


# nouns that, after a capitalised adjective, make an institution's name rather than a description
_INSTITUTION = re.compile(r"(?:союз|парламент|банк|комисси|совет|суд|фонд|сообществ|агентств)[а-яё]*")


def is_clause(title: str) -> bool:
    """Whether a title is a sentence with its own verb («Правительство России одобрило выделение кредита»), as an
    extracted candidate's may be, rather than the noun phrase a drafter's title is."""
    for w in re.findall(r"[а-яё]+", title.lower()):
        if len(w) > 2:
            p = _parses(w)[0]
            if p.tag.POS in ("VERB", "PRTS") and p.score > 0.5:
                return True
            if p.tag.POS == "ADJS" and p.normal_form in _MODAL:
                return True     # «Европейский союз намерен выделить …», «Стороны готовы рассмотреть …»
    return False


_MODAL = {"намеренный", "готовый", "должный", "согласный", "обязанный", "заинтересованный"}
