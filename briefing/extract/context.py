"""What every rule needs to know about the text it reads: sentences, language, the article's year, the
dossier's parties; computed once per text."""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cached_property

from . import dates as _dates
from .text import Span, sentences


@dataclass
class Context:
    text: str
    lang: str
    year: int | None = None                  # the article's year, for «в прошлом году» and «6 ноября»
    parties: list[str] = field(default_factory=list)

    @cached_property
    def sents(self) -> list[Span]:
        return sentences(self.text)

    @cached_property
    def _mentions(self) -> dict[int, list]:
        return {}

    def mentions(self, si: int) -> list:
        """The dates of sentence si, read when a rule first asks (most sentences hold no candidate)."""
        if si not in self._mentions:
            self._mentions[si] = _dates.mentions(self.text, self.sents[si], self.lang)
        return self._mentions[si]

    def sentence_of(self, pos: int) -> int:
        for i, s in enumerate(self.sents):
            if s.start <= pos < s.end:
                return i
        return max(0, len(self.sents) - 1)

    @cached_property
    def ner(self) -> list[tuple[str, int, int, str]]:
        if self.lang != "ru":
            return []
        from .nlp import ner_spans
        return ner_spans(self.text)

    def date_near(self, si: int, start: int, end: int, lo: int | None = None, hi: int | None = None) -> str | None:
        """The date said of [start, end): the nearest mention before it within [lo, hi), else the first after."""
        lo = self.sents[si].start if lo is None else lo
        hi = self.sents[si].end if hi is None else hi
        every = [m for m in self.mentions(si) if not m.program
                 and not re.search(r"сравнени\w* с(?:\s+\S+){0,4}\s*$", self.text[max(0, m.start - 50):m.start])]
        usable = [m for m in every if lo <= m.start < hi]
        before = [m for m in usable if m.end <= start]
        after = [m for m in usable if m.start >= end]
        pick = before[-1] if before else (after[0] if after else None)
        if pick is None:    # «В октябре 2015 года состоялся визит … (тогда были достигнуты договоренности по 8 проектам»
            earlier = [m for m in every if m.end <= start and not m.attributive and not m.future]
            pick = earlier[-1] if earlier else None
        return pick.resolve(self.year) if pick else None

    def date_spans(self, si: int, keep_periods: bool = False) -> list[tuple[int, int]]:
        """Where the dates of sentence si are written, to keep them out of titles; with `keep_periods`, a period a
        document is named by («Программа … на 2025-2026 годы», «… до 2030 года») stays."""
        out = []
        for m in self.mentions(si):
            before = re.search(r"(?:\b(?:в|во|с|со|к|по|до|на|за|по итогам|в течение|начиная с)\s+)$",
                               self.text[max(0, m.start - 20):m.start], re.I)
            if keep_periods and before and before.group().strip().lower() in ("на", "до"):
                continue
            out.append((m.start - (len(before.group()) if before else 0), m.end))
        return out

    @cached_property
    def _party_codes(self) -> dict[str, str]:
        """ISO code -> the dossier's name of that party, for the parties that are states."""
        from .states import code_of
        out = {}
        for party in self.parties:
            code = code_of(party, self.lang)
            if code:
                out.setdefault(code, party)
        return out

    def parties_in(self, text: str) -> list[str]:
        """The states a passage names, the dossier's parties by the dossier's names («Республика Казахстан»)
        and any other state by CLDR's («Турция»); a party that is no state (a bank, a union) by the stem of its
        main word. Empty when the passage names none: then the caller may fall back on the dossier's parties,
        and only then («Турция и Украина» is about Turkey and Ukraine, whatever the dossier)."""
        from .states import union_named, unions_in
        low = text.lower()
        found = []
        for party in self.parties:
            if party in self._party_codes.values():
                continue
            union = union_named(party)
            if union:
                if union in unions_in(text):
                    found.append(party)
                continue
            for stem in party_stems(party):
                if re.search(r"(?<![^\W\d_])" + re.escape(stem), low):
                    found.append(party)
                    break
        for name in self.states_named(text):
            if name not in found:
                found.append(name)
        ordered = [p for p in self.parties if p in found]
        return ordered + [p for p in found if p not in ordered]

    def states_named(self, text: str) -> list[str]:
        """The states a passage names, in its order: the dossier's parties by the dossier's names, any other
        by CLDR's."""
        from .states import name_of, states_in
        at = self.text.find(text)
        people = [(s - at, e - at) for typ, s, e, _ in self.ner if typ == "PER"] if at >= 0 else []
        # a state's name inside a person's is none («губернатором провинции Шэньси Чжао Гана» names no Ghana)
        inside = [(max(0, a), min(len(text), b)) for a, b in people if a < len(text) and b > 0
                  and " " in text[max(0, a):b].strip()]     # (a full name: natasha reads «Шри-Ланкой» as a person)
        unnamed = text
        for a, b in inside if self.lang == "ru" else ():
            unnamed = unnamed[:a] + " " * (b - a) + unnamed[b:]
        codes = states_in(unnamed, self.lang, self._regions)
        if self.lang in ("ru", "kk"):
            # a region or a city speaks for its state («Пензенская область», «в Баку»), unless two states are
            # named already (then it is the venue: «в Нью-Йорке») and no body of the region acts («Зампред
            # правительства Омской области … с Генеральным консулом Республики Узбекистан …»); not a person's
            # name («Мурси» is no Murcia)
            from .regions import states_of_regions
            # (nor a place in a quoted name: the conference «Үлкен Алтай»)
            quoted = [(m.start(), m.end()) for m in re.finditer(r"«[^«»\n]{1,80}»", text)]
            codes += [c for pos, c in states_of_regions(text, self.lang)
                      if c not in codes and not any(a <= pos < b for a, b in people + quoted)
                      and not _SUMMIT_VENUE.search(text[max(0, pos - 90):pos])
                      and (len(codes) < 2 or _body_of_region(text[max(0, pos - 40):pos])
                           or self.lang == "kk" and _REGION_BODY_KK.match(text, pos))]
            codes = list(dict.fromkeys(codes))
        return [self._party_codes.get(code) or name_of(code, "kk" if self.lang == "kk" else "ru") for code in codes]

    @cached_property
    def person_spans(self) -> list[tuple[int, int, str | None]]:
        """The people a Russian text names (rules_ru._person_spans), read once for the people rule and for the
        posts said apart from the name (coref_ru)."""
        from .rules_ru import _person_spans
        return _person_spans(self)

    @cached_property
    def _regions(self) -> frozenset[str]:
        from .states import abbreviations_of_regions
        return abbreviations_of_regions(self.text)

    @cached_property
    def _lead_states(self) -> list[str]:
        """The states the article's headline and lead name (not its dateline's city, where the outlet sits:
        «КИЕВ. 28 сентября. УНН.», «Киев • УНН»)."""
        return self.states_named(_DATELINE.sub(lambda m: " " * len(m[0]), self.text[:400]))

    def _counterpart(self, text: str, party: str) -> bool:
        """Whether the passage names the party as the other side of a dealing: «внешнеторговый оборот с РФ»,
        «Ресеймен сыртқы сауда» — one country's trade with that one, not with the world."""
        from .states import states_in
        code = self._code_of_party.get(party)
        if code is None:
            return False
        rx = _WITH_STATE_KK if self.lang == "kk" else _WITH_STATE
        return any(code in states_in(m[1], self.lang, self._regions) for m in rx.finditer(text))

    @cached_property
    def _code_of_party(self) -> dict[str, str]:
        return {party: code for code, party in self._party_codes.items()}

    def parties_of(self, text: str) -> list[str]:
        """A fact's parties, from the passage that states it: the states it names; one of a bilateral
        dossier's two parties named alone, with no other state, is that relation's fact («Компания из КНР
        построит завод», «Белоруссия готова поставить») and takes both, unless the figure is one country's with
        the whole world (_WHOLE) and names no counterpart («оборот с РФ» has one); a member of a union named alone
        in a dossier with that union takes the union's partner; a passage naming no state takes the dossier's
        parties, unless its article's lead names another state and not both of the dossier's."""
        named = self.parties_in(text)
        if not named:
            # a passage naming no state is about what its article is about: an article whose headline and lead name
            # another state, and not both of the dossier's, gives their states, not the dossier's («Түркістан облысы
            # Ресейлік инвесторлармен …» in a Kazakhstan–Japan dossier: a Russian investment is no Japanese one)
            lead, dossier = self._lead_states, set(self.parties)
            if dossier and set(lead) - dossier and not dossier <= set(lead):
                return lead     # (and one «Власти Японии выделят … в Таджикистане» names, in a Kazakhstan–Japan
                # dossier: a grant of Japan to Tajikistan)
            return list(self.parties)
        if len(named) == 1 and len(self.parties) == 2 and named[0] in self.parties and (
                not _WHOLE.search(text) or self._counterpart(text, named[0])):
            return list(self.parties)
        if len(named) == 1 and len(self.parties) == 2 and not _WHOLE.search(text):
            # a member of a union named alone in a dossier with that union: the union's side of the relation
            # («Латвия … 8 мың тонна бензин сатып алды» in a Kazakhstan–EU dossier is Latvia's with Kazakhstan)
            from .states import MEMBERS, code_of, union_named
            for k, party in enumerate(self.parties):
                union = union_named(party)
                if union and code_of(named[0], self.lang) in MEMBERS.get(union, ()):
                    return [self.parties[1 - k], named[0]]
        return named


# the host city of a summit, or of what met «on its sidelines», is no party («встретились на полях саммита ШОС в
# Тяньцзине»)
_SUMMIT_VENUE = re.compile(r"(?:саммит\w*|на\s+полях)\b[^.;:!?\n]{0,60}\bв(?:о)?\s+(?:городе\s+|г\.\s*)?$", re.I)

# a body or an office of a region right before its name: the region acts, it is no venue
_REGION_BODY = re.compile(r"\b(?:правительств|администраци|губернатор|вице-губернатор|глав[аыуе]|делегаци|министерств|"
                          r"аким|хоким|мэр|зампред|председател|заместител|представител|парламент|дум[аыуе]|"
                          r"исполком|совет[аеу]?)\w*\s+(?:[\w-]+\s+){0,2}$", re.I)


def _body_of_region(before: str) -> bool:
    """A body right before a region's name, not a body then a venue («саммита Тюркского совета в городе
    Стамбуле» is held in Istanbul; the council is no Turkish one)."""
    m = _REGION_BODY.search(before)
    return bool(m) and not re.search(r"(?<![\w-])(?:в|во|на)\s", m[0])


# a dateline's city in capitals before the day, or a line of the place and the agency: the outlet's seat
_DATELINE = re.compile(r"(?m)^\s*[А-ЯЁ][А-ЯЁ-]{2,}(?:\s+[А-ЯЁ-]{2,})?[.,]\s*(?=\d{1,2}\s+[а-яё]+)|^[^\n•]{0,30}•[^\n]{0,40}$")


# …and in Kazakh after it: «Шымкент қаласының әкімі», «Татарстан Республикасының делегациясы»
_REGION_BODY_KK = re.compile(r"(?i)[\w-]+(?:\s+[\w-]+){0,2}?\s+(?:әкім|үкімет|басшы|делегация|парламент|мәслихат|"
                             r"губернатор|министрлі)")


# A figure of one country's dealings with the whole world («прямые иностранные инвестиции в Казахстан»,
# «внешнеторговый оборот»): its one party named is its only party.
# So is a region's share of its country's total («Өңірде еліміздің жалпы ішкі өнімінің 8 пайызы», «республика
# бойынша электр энергиясының 42 пайызы», «… по стране»).
# («министров иностранных дел», «сыртқы істер министрі», «внешнеполитического ведомства»: a ministry of foreign
# affairs is no such figure)
_WHOLE = re.compile(r"иностранн(?!\w*\s+дел)|зарубежн|внешн(?!еполитическ)|всего мира|со всеми|в целом|шетел|сыртқы(?!\s+істер)|әлем|"
                    r"республика бойынша|ел бойынша|еліміздің жалпы|еліміздегі\s+\w+\s+\d+(?:[,.]\d+)?\s*пайыз|"
                    r"по стране\b|по республике\b|в масштабах страны|от общего объема по", re.I)


# a state as the other side of a dealing: «оборот с РФ», «торговля со Швецией»; «Ресеймен», «Қытаймен»
_WITH_STATE = re.compile(r"(?<![\w-])(?:[Сс]|[Сс]о)\s+((?:[А-ЯЁ][\w-]*\s+){0,2}[А-ЯЁ][\w-]*)")
_WITH_STATE_KK = re.compile(r"(?<![\w-])([А-ЯӘҒҚҢӨҰҮҺІЁ][\w-]*(?:мен|бен|пен))(?![\w-])")


_GENERIC = {"республика", "республики", "королевство", "федерация", "государство", "штаты", "правительство",
            "министерство", "народная", "демократическая", "объединенные", "соединенные", "содружество"}


def party_stems(party: str) -> list[str]:
    words = [w.lower() for w in re.findall(r"[^\W\d_]+", party)]
    main = [w for w in words if w not in _GENERIC] or words
    out = []
    for w in main:
        if len(w) <= 4:
            out.append(w)
        else:
            out.append(w[:min(5, max(4, len(w) - 3))])
    return out
