"""A person named in one sentence and given a post by a periphrasis in a later one («Касым-Жомарт Токаев назвал
Баку … Пользуясь случаем, Глава государства еще раз поздравил Ильхама Алиева»): the post goes to the person the
periphrasis takes up. Only a post of state office is taken («глава государства», «российский президент»,
«премьер-министр Грузии»), said as the subject of its clause, and only when one person is its antecedent: the
nearest earlier subject of the same gender, in the three sentences before, alone as a subject there and not named
again in the periphrasis's own sentence. A person who already has a post next to the name keeps it."""
from __future__ import annotations

import re

from .candidate import Candidate
from .context import Context
from .names_ru import analyse, nominative, reads_in
from .nlp import morph
from .rules_ru import _clean_name, _head_parses, _person_key, _post_nominative, _STOPS, _surface_name
from .states import states_in
from .text import Tok, tokens

# posts of state office, the only ones a news text takes up without the name («Президент подчеркнул»); a
# «представитель компании» or «руководитель делегации» is said of people the text may never name
_OFFICE = {"президент", "вице-президент", "премьер-министр", "премьер", "вице-премьер", "министр", "глава",
           "канцлер", "король", "королева", "император", "эмир", "султан", "посол", "губернатор", "мэр", "аким",
           "хоким", "лидер", "председатель", "госсекретарь", "генсек"}
# what the post may be of: a state (by name), or the state itself said as a word
_OF_STATE = {"государство", "страна", "республика", "правительство", "мид", "кабинет", "министр", "иностранный",
             "дело", "внешнеполитический", "ведомство", "федерация", "королевство"}
_NEEDS_COMPLEMENT = {"глава", "лидер", "председатель"}     # «Глава отметил» is no office
_BACK = 3       # sentences an antecedent may stand before the periphrasis


def people_by_periphrasis(ctx: Context, people: list[Candidate]) -> list[Candidate]:
    text = ctx.text
    persons = ctx.person_spans
    found = {}
    for c in people:
        found[_person_key(c.person["name"]["ru"], found)] = c
    out = []
    for si, sent in enumerate(ctx.sents):
        toks = tokens(text, sent.start, sent.end)
        for j in range(len(toks)):
            post = _periphrasis(ctx, toks, j, persons)
            if post is None:
                continue
            a, b, gender = post
            antecedent = _antecedent(ctx, si, persons, gender)
            if antecedent is None:
                continue
            own = set(states_in(text[a:b], "ru"))
            said = ctx.sents[ctx.sentence_of(antecedent[0])]
            if own & set(states_in(text[said.start:said.end], "ru")):
                continue    # its subject speaks of that state («Ли Мён Бак выразил поддержку … Грузии»): a
                # «Президент Грузии» after it is more likely someone else
            s, e, normal = antecedent
            name = _clean_name(nominative(_surface_name(text, s, e), frozenset({"nomn"}), gender))
            key = _person_key(name, found)
            if key in found or len(name.split()) < 2 and not normal:
                continue
            title = _post_nominative(text[a:b])
            if any(_lemmas(title) <= _lemmas(c.person["post"]["ru"]) for c in found.values()):
                continue    # the office of a person named with it («Президент Грузии» after «президента Грузии
                # Михаила Саакашвили»; «губернатор» after «Губернатор Араратской области Армении Седрак Тевонян»)
            c = Candidate("person", s, b, "person", 0.6, title={"ru": f"{title} {name}"},
                          parties=ctx.parties_in(text[a:b]),
                          person={"name": {"ru": name}, "post": {"ru": title}}, anchor=(s, e))
            found[key] = c
            out.append(c)
    return out


def _periphrasis(ctx: Context, toks: list[Tok], j: int, persons) -> tuple[int, int, str | None] | None:
    """(start, end, the verb's gender) of a post of state office at token j said as its clause's subject, with
    no name of its own: adjectives before it back to the clause's start, a complement of a state after it, then
    a finite verb."""
    heads = [p for p in _head_parses(toks[j]) if p.tag.case == "nomn" and p.tag.number == "sing"
             and p.normal_form.replace("ё", "е") in _OFFICE]
    if not heads:
        return None
    i = j
    while i > 0 and any(p.tag.POS == "ADJF" and p.tag.case == "nomn" for p in morph().parse(toks[i - 1].low)):
        i -= 1
    if i > 0 and toks[i - 1].text not in ",—–:":
        return None
    m = j + 1
    while m < len(toks) and m <= j + 6 and toks[m].is_word and (
            any(p.normal_form in _OF_STATE for p in morph().parse(toks[m].low)) or states_in(toks[m].text, "ru")):
        m += 1
    if m == j + 1 and heads[0].normal_form in _NEEDS_COMPLEMENT:
        return None
    end = toks[m - 1].end
    if any(toks[i].start <= s < end + 3 for s, _, _ in persons):
        return None     # a name of its own («Президент Ильхам Алиев»), or a person's post («пресс-секретарь Путина»)
    # its verb next, only adverbs and particles between («Глава государства еще раз поздравил»)
    for t in toks[m:m + 4]:
        if t.text in _STOPS or not t.is_word:
            return None
        parses = morph().parse(t.low)
        verbs = [p for p in parses if p.tag.POS == "VERB" and p.tag.mood == "indc"]
        if verbs:
            if any(p.tag.number == "plur" for p in verbs[:1]):
                return None
            return toks[i].start, end, verbs[0].tag.gender
        if parses[0].tag.POS not in ("ADVB", "PRCL", "CONJ") and t.low != "раз":
            return None
    return None


def _has_verb(ctx: Context, p) -> bool:
    """Whether a finite verb follows the name in its sentence: a subject, not a byline or a caption."""
    sent = ctx.sents[ctx.sentence_of(p[0])]
    return any(q.tag.POS == "VERB" and q.tag.mood == "indc"
               for t in tokens(ctx.text, p[1], sent.end) if t.is_word for q in morph().parse(t.low)[:1])


def _antecedent(ctx: Context, si: int, persons, gender: str | None):
    """The one person the periphrasis in sentence si takes up, or None."""
    sent = ctx.sents[si]
    here = [p for p in persons if sent.start <= p[0] < sent.end]
    for back in range(si - 1, max(-1, si - 1 - _BACK), -1):
        prev = ctx.sents[back]
        named = [p for p in persons if prev.start <= p[0] < prev.end]
        if not named:
            continue
        subjects = [p for p in named if _subject(ctx.text, p) and _has_verb(ctx, p)]
        if not subjects:
            return None     # the nearest person named is no subject («режим Башара Асада … Экс-президент бежал»)
        if len({_last(ctx.text, p) for p in subjects}) > 1:
            return None     # two people as subjects: which one the post takes up is not told
        p = subjects[-1]
        if gender and _gender(ctx.text, p) != gender:
            return None
        if any(_last(ctx.text, q) == _last(ctx.text, p) for q in here):
            return None     # named again beside it: the periphrasis is someone else
        return p
    return None


def _lemmas(post: str) -> set[str]:
    return {morph().parse(w)[0].normal_form for w in re.findall(r"[^\W\d_]+(?:-[^\W\d_]+)*", post.lower())}


def _subject(text: str, p) -> bool:
    """A name in the nominative: as natasha normalised it in its sentence, else by its best reading alone."""
    surface = _surface_name(text, p[0], p[1])
    if not surface:
        return False
    if p[2]:
        return p[2].replace("ё", "е").lower() == surface.replace("ё", "е").lower()
    return reads_in(surface, "nomn") and analyse(surface.split())[0] == "nomn"


def _gender(text: str, p) -> str:
    return analyse(_surface_name(text, p[0], p[1]).split(), frozenset({"nomn"}))[1]


def _last(text: str, p) -> str:
    words = _surface_name(text, p[0], p[1]).split()
    return words[-1][:6].lower() if words else ""
