"""Small pieces of Russian grammar on top of pymorphy3: putting a noun phrase into the nominative."""
from __future__ import annotations

import re

from .nlp import parse

_WORD = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)*")


def _inflect(word: str, p, grams: set) -> str:
    """`word` inflected to `grams`, capitals and hyphenated parts kept."""
    if "-" in word:   # «премьер-министра»: inflect the last part
        head, _, last = word.rpartition("-")
        return head + "-" + _inflect(last, parse(last.lower()), grams)
    form = p.inflect(grams)
    if form is None:
        return word
    out = form.word
    if "ё" not in word.lower():
        out = out.replace("ё", "е")     # the letters as the source writes them: «договоренности», not «-рённость»
    if word.isupper() and len(word) > 1:
        return out.upper()
    if word[:1].isupper():
        return out[:1].upper() + out[1:]
    return out


def nominative(phrase: str) -> str:
    return inflect_phrase(phrase, "nomn")


def agrees_with(adj, word: str) -> bool:
    """Whether an adjective's reading agrees with a reading of the word after it in case, number and gender
    («главного исполнительного директора»: «главного», read first as the noun «главное», is its adjective)."""
    return any(p.tag.POS in ("ADJF", "PRTF", "NOUN") and p.tag.case == adj.tag.case and p.tag.number == adj.tag.number
               and (p.tag.gender == adj.tag.gender or adj.tag.number == "plur")
               for p in _parses(word.lower().replace("ё", "е")))


def _next_word(phrase: str, pos: int) -> str | None:
    """The word right after pos, with nothing but spaces between."""
    nxt = _WORD.search(phrase, pos)
    return nxt.group() if nxt is not None and not phrase[pos:nxt.start()].strip() else None


def inflect_phrase(phrase: str, case: str) -> str:
    """The leading noun phrase of `phrase` in the nominative («заместителем премьер-министра» →
    «заместитель премьер-министра», «Чрезвычайного и Полномочного Посла» → «Чрезвычайный и Полномочный
    Посол»); what follows the head noun (its genitive complements) is kept as written.  After a dash a new
    head may start («Заместитель Премьер-министра – министром …»)."""
    out = []
    pos = 0
    pending: list[tuple[re.Match, object]] = []   # adjectives waiting for their noun
    head_case = None
    done = False
    for m in _WORD.finditer(phrase):
        out.append(phrase[pos:m.start()])
        pos = m.end()
        word = m.group()
        gap = out[-1]
        if done and re.search(r"[–—]|\s-\s", gap):
            done, head_case = False, None     # a second post after a dash
        if done:
            out.append(word)
            continue
        low = word.lower().replace("ё", "е")
        if low == "и" and pending:
            out.append(word)
            continue
        parses = [p for p in _parses(low) if p.tag.POS in ("NOUN", "ADJF", "PRTF")]
        if not parses:
            done = True
            out.append(word)
            continue
        if head_case:
            same = [p for p in parses if p.tag.case == head_case]
            parses = same or parses
        noun = next((p for p in parses if p.tag.POS == "NOUN"), None)
        adjs = [p for p in parses if p.tag.POS in ("ADJF", "PRTF")]
        # of two adjectives that share the form, the more usual: «временным» is «временный», not «временной»
        adj = max(adjs, key=lambda p: (p.score, not p.normal_form.endswith("ой"))) if adjs else None
        # (a noun that is an adjective made a noun, «главное», not one of its own, «главой администрации»)
        nxt = _next_word(phrase, pos) if noun is not None and adjs and noun.tag.gender == "neut" \
            and "inan" in noun.tag else None
        agreeing = [a for a in adjs if agrees_with(a, nxt)] if nxt else []
        adj = agreeing[0] if agreeing and parses[0].tag.POS == "NOUN" else adj
        if adj is not None and (noun is None or parses[0].tag.POS != "NOUN" or agreeing):
            head_case = head_case or adj.tag.case
            pending.append((len(out), adj))
            out.append(word)
            continue
        p = noun or parses[0]
        number = p.tag.number or "sing"
        out.append(_inflect(word, p, {case, number}))
        gender = str(p.tag.gender) if p.tag.gender in ("masc", "femn", "neut") else "masc"
        for idx, a in pending:
            g = {case, "plur"} if number == "plur" else {case, "sing", gender}
            out[idx] = _inflect(out[idx], a, g)
        pending = []
        done = True
    out.append(phrase[pos:])
    return "".join(out)


def _parses(low: str):
    from .nlp import morph
    if "-" in low:
        last = low.rpartition("-")[2]
        return morph().parse(last) if last else []
    return morph().parse(low)
