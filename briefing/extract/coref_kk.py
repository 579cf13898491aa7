"""Kazakh: a person named in one sentence and given a post by a periphrasis in another («Қасым-Жомарт Тоқаев … .
Мемлекет басшысы осы дәстүрді жалғастыру керектігін атап өтті»). As in Russian (coref_ru): a post of state office
said bare as its clause's subject, with no name after it, takes up the one person named as a subject in the
nearest sentence before it that names anyone (three at most), unless that person is named again beside it or
already has a post next to the name."""
from __future__ import annotations

import re

from .candidate import Candidate
from .context import Context
from .names_kk import nominative
from .rules_kk import _NAME, _POST, _not_name, person_candidate
from .states import states_in

_U = "А-ЯӘҒҚҢӨҰҮҺІЁ"
_L = "а-яәғқңөұүһіё"
# the office said bare, in the nominative (the possessive «-і/-ы» and nothing after it), optionally after the
# state («Қазақстан Президенті», «ҚР Президенті»)
_OFFICE = re.compile(rf"(?:(?P<state>[{_U}][{_U}{_L}-]*)\s+)?(?P<post>[Мм]емлекет басшысы|[Пп]резиденті|[Пп]резидент|"
                     rf"[Пп]ремьер-[Мм]инистрі|[Сс]ыртқы істер министрі|[Кк]ороль|[Кк]анцлері)(?=\s+[{_L}«\"]|[,:]\s)")
# what may stand between a clause's start and its subject
_LEAD = re.compile(r"(?:Сондай-ақ|Сонымен қатар|Сонымен бірге|Бұдан бөлек|Бұған қоса|Өз кезегінде|Кездесуде|"
                   r"Кездесу барысында|Келіссөз барысында|Сөз соңында|Атап айтқанда|Сонымен)\s*,?\s*$")
# a surname, more strictly than the people rule reads it (its post beside it tells a name there): here a name
# stands alone, and «Корей Халық Демократиялық Республикасы» must not read as one
_SURNAME = re.compile(r"(?:ов|ев|ёв|ова|ева|ин|ина|ұлы|қызы|ян|швили|дзе|ко|ук|енко|ский|ская)$")
_NOT_NAME_SUFFIX = re.compile(r"(?:лық|лік|дық|дік|тық|тік|шы|ші|ғы|гі|қы|кі)$")
_COORD = re.compile(r"^\s+(?:пен|мен|бен|және)\s")
_BACK = 3


def people_by_periphrasis(ctx: Context, people: list[Candidate]) -> list[Candidate]:
    text = ctx.text
    persons = _persons(text)
    have = {c.person["name"]["kk"].split()[-1].lower()[:6] for c in people}
    out = []
    for si, sent in enumerate(ctx.sents):
        for m in _OFFICE.finditer(text, sent.start, sent.end):
            a = m.start("state") if m["state"] and states_in(m["state"], "kk") else m.start("post")
            lead = text[sent.start:a]
            if lead.strip() and not (lead.rstrip().endswith(",") or _LEAD.search(lead)):
                continue    # not the clause's subject
            antecedent = _antecedent(ctx, si, persons)
            if antecedent is None:
                continue
            s, e, name, key = antecedent
            if key in have:
                continue
            post = text[a:m.end("post")]
            have.add(key)
            out.append(person_candidate(ctx, s, m.end("post"), post, name, (s, e), 0.55))
    return out


def _persons(text: str) -> list[tuple[int, int, str, str, bool]]:
    """(start, end, name in the nominative, surname key, whether written in the nominative) of every name of two
    or more words whose last reads as a surname."""
    out = []
    for m in _NAME.finditer(text):
        words = m.group().split()
        keep = next((i for i, w in enumerate(words) if _not_name(w) or _POST.fullmatch(w)), len(words))
        words = words[:keep]    # «Қасым-Жомарт Тоқаев Қазақстан тәуелсіздігін …»: the name ends before the state
        if len(words) < 2:
            continue
        last = nominative(words[-1])
        if not _SURNAME.search(last.lower()) or any(_NOT_NAME_SUFFIX.search(w.lower()) for w in words):
            continue
        end = m.start() + len(" ".join(words)) if m.group().startswith(" ".join(words)) else m.end()
        bare = last == words[-1] and not _COORD.match(text[end:end + 7])
        out.append((m.start(), end, " ".join(words[:-1] + [last]), last.lower()[:6], bare))
    return out


def _antecedent(ctx: Context, si: int, persons):
    sent = ctx.sents[si]
    here = {p[3] for p in persons if sent.start <= p[0] < sent.end}
    for back in range(si - 1, max(-1, si - 1 - _BACK), -1):
        prev = ctx.sents[back]
        named = [p for p in persons if prev.start <= p[0] < prev.end]
        if not named:
            continue
        subjects = [p for p in named if p[4]]
        if len({p[3] for p in subjects}) != 1 or len({p[3] for p in named}) > 1 and subjects[0] is not named[0]:
            return None     # none, or two: which one the post takes up is not told
        p = subjects[0]
        return None if p[3] in here else p[:4]
    return None
