"""What every language's realiser shares: the facts' figures, citations, dates and speakers, and the order
in which an item (a fact and its parts) becomes one sentence. A language module writes the frames."""
from __future__ import annotations

import re

from ..dossier.dates import FuzzyDate
from ..vocab import LANGS


def _sentence(text: str) -> str:
    text = text.strip()
    text = text[:1].upper() + text[1:]
    return text if text.endswith((".", "!", "?")) else text + "."


class Realiser:
    lang = ""

    def __init__(self, sel, ph, meta):
        self.sel, self.ph, self.meta, self.words = sel, ph, meta, ph.words
        self.as_of = sel.as_of
        self._value_of: dict[str, object] = {}   # a counted fact's id -> the part that gives its total value

    # ------------------------------------------------------------ shared pieces
    def cite(self, *facts) -> str:
        facts = facts + tuple(self._value_of[f.id] for f in facts if f.id in self._value_of)
        numbers = sorted({self.sel.number(s) for f in facts for s in f.sources})
        return "[" + ", ".join(str(n) for n in numbers) + "]"

    def cite_source(self, source_id: str) -> str:
        return f"[{self.sel.number(source_id)}]"

    def title(self, fact) -> str:
        return self.ph.title(fact)

    def amount(self, value) -> str:
        return self.words.value(value)

    def count(self, fact) -> str:
        return self.ph.count(fact.count, fact.counted, fact.count_qualifier)

    def figure(self, fact) -> str:
        """Count and amount: «8 проектов на сумму 52,5 млн долл. США»."""
        parts = []
        if fact.count is not None:
            parts.append(self.count(fact))
        if fact.value is not None:
            parts.append(self.amount(fact.value))
        elif fact.id in self._value_of:
            parts.append(self.amount(self._value_of[fact.id].value))
        return self.joined_figure(parts)

    def joined_figure(self, parts: list[str]) -> str:
        if len(parts) == 2:
            return self.count_and_amount(*parts)
        return "; ".join(parts)

    def count_and_amount(self, count: str, amount: str) -> str:
        return f"{count}; {amount}"

    def flow_period(self, fact) -> FuzzyDate | None:
        """The period a figure covers: its own `period`, else — for trade, always a flow over a period — its
        date when that is a year or a span of months. A stock (investment accumulated) has none: it is a
        level as of its date."""
        if fact.period:
            return FuzzyDate.parse(fact.period)
        if fact.kind == "trade" and fact.when is not None and fact.when.precision != "day":
            return fact.when
        return None

    # a title's own trailing period words, said again by the sentence's date: «… в 2024 году», "… in 2024"
    _PERIOD_WORDS = re.compile(r"\s*,?\s*\(?(?:(?:в|за|по итогам|in|for|during)\s+)?(?:\d{4}\s*(?:году|год|года|г\.)|"
                               r"\d{4}\s*жыл(?:ы|ғы|да)?|\d{4})\)?$")

    def title_without_period(self, fact) -> str:
        title = self.title(fact)
        if self.flow_period(fact) is None:
            return title
        stripped = self._PERIOD_WORDS.sub("", title)
        return stripped if len(stripped) >= 3 and stripped != title and not stripped.endswith(("в", "за")) else title

    def date_of(self, fact) -> FuzzyDate:
        return self.sel.dates[fact.id]

    def period_of(self, fact) -> FuzzyDate | None:
        if fact.period:
            return FuzzyDate.parse(fact.period)
        return fact.when

    def future(self, fact) -> bool:
        """Whether the fact's own date is after every source that reports it: a target, not an event."""
        if fact.when is None:
            return False
        sources = self.sel.dossier.sources
        return fact.when.start > max(sources[s].when.end for s in fact.sources)

    def inferred(self, fact) -> bool:
        """Whether the fact's date is its source's, and that date was inferred, not stated."""
        if fact.when is not None:
            return False
        return self.sel.dossier.sources[fact.evidence[0].source].date_basis == "inferred"

    def local(self, loc) -> str:
        return self.ph.localized(loc)

    def party(self, name: str) -> str:
        return self.ph.party(name)

    def speaker(self, name: str) -> str:
        """A party as the subject of a sentence: a state by its short name (CLDR's «Казахстан», "Kazakhstan"),
        else the dossier's name for it."""
        from ..lang.names import country_name
        return country_name(name, self.lang) or self.party(name)

    def person_fact(self, fact):
        if fact.attribution is None or fact.attribution.person is None:
            return None
        try:
            return self.sel.dossier.fact(fact.attribution.person)
        except StopIteration:
            return None

    def post_year(self, person_fact) -> int | None:
        """The year a person held the post, when the note is later: the post is printed with it."""
        if person_fact.person.as_of:
            held = FuzzyDate.parse(person_fact.person.as_of)
        else:
            sources = self.sel.dossier.sources
            held = max((sources[s].when for s in person_fact.sources), key=lambda d: d.end)
        if self.as_of is not None and held.end.year < self.as_of.end.year:
            return held.end.year
        return None

    @staticmethod
    def initials(name: str) -> str:
        """«Мурат Нуртлеу» -> «М. Нуртлеу»; a name of one word stays."""
        words = name.split()
        if len(words) < 2:
            return name
        return "\u00a0".join(["".join(w[0] + "." for w in words[:-1]), words[-1]])

    # ------------------------------------------------------------ items
    def sentence(self, item) -> str:
        """The item as one sentence: the fact's clause, its parts' clauses after it (a count of documents or
        projects and the total value of the same said as one figure: «13 соглашений на сумму 1,2 млрд»)."""
        main = self.clause(item.fact)
        parts = self._aggregated(item.parts)
        parts = [self.part_clause(p) for p in parts]
        return _sentence(main + "".join(f"; {p}" for p in parts if p))

    @staticmethod
    def names_stage(title: str, verb: str) -> bool:
        """Whether a title says its stage already («Проекты, реализованные …», "Projects implemented …"): then the
        sentence does not say it again."""
        return verb.split()[-1][:6].lower() in title.lower()

    def old(self, fact) -> bool:
        """Whether a figure dated only by its source is older than the note: its date must then be said."""
        return self.as_of is not None and self.date_of(fact).end.year < self.as_of.end.year

    @staticmethod
    def exchanged(fact) -> bool:
        """An exchange of notes is made, not signed."""
        title = " ".join(fact.title.get(code) or "" for code in LANGS).lower() if fact.title else ""
        return fact.kind == "agreement" and bool(re.search(r"обмен нотами|ноталар алмас|exchange of notes", title))

    def _aggregated(self, parts: list) -> list:
        counted = [p for p in parts if p.count is not None and p.value is None and p.kind in ("agreement", "project", "count")]
        values = [p for p in parts if p.value is not None and p.count is None and p.percent is None
                  and p.kind in ("investment", "indicator", "trade") and p.indicator is None]
        if len(counted) >= 1 and len(values) == 1:
            whole = max(counted, key=lambda p: p.kind == "agreement")
            self._value_of[whole.id] = values[0]
            return [p for p in parts if p is not values[0]]
        return parts

    def part_clause(self, fact) -> str:
        if fact.claim is not None:
            return f"{self.lower(self.local(fact.claim))} {self.cite(fact)}"
        return self.lower(self.clause(fact, in_part=True))

    def lower(self, text: str) -> str:
        """The phrase inside a sentence: its first letter lowered unless its first word is a name (a country
        CLDR knows in this language, a party of the dossier) or written in capitals."""
        m = re.match(r"[«“\"(]?([^\s,;:’']+)", text)
        if not m or not text[:1].isupper():
            return text
        word = m.group(1)
        if (len(word) > 1 and any(c.isupper() for c in word[1:])) or word in self._proper_words() \
                or self._named_inside(word):
            return text
        following = text[m.end():].split()[:1]
        if self.lang == "en" and following and following[0][:1].isupper() and len(following[0]) > 3:
            return text   # a name in title case: "Joint Statement of …"
        return text[:1].lower() + text[1:]

    def _proper_words(self) -> set:
        words = self.__dict__.get("_proper")
        if words is None:
            from babel import Locale
            names = list(Locale.parse(self.words.locale).territories.values())
            names += [self.party(p) for p in self.sel.dossier.meta.parties]
            names += [self.party(p) for f in self.sel.facts for p in f.parties]
            words = self.__dict__["_proper"] = {w.strip("«»“”\"(),") for n in names for w in n.split()[:1]}
        return words

    def _named_inside(self, word: str) -> bool:
        """Whether the dossier writes this word (or its stem: «Токио», «Токиодағы») with a capital inside a
        sentence, as one writes a name: then it keeps its capital at the head of a phrase too."""
        found = self.__dict__.get("_inside")
        if found is None:
            capital, lower = set(), set()
            for f in self.sel.dossier.facts:
                for loc in (f.title, f.claim):
                    text = loc.get(self.lang) if loc else None
                    for w in (text or "").split()[1:]:
                        w = w.strip("«»“”\"(),.;:")
                        if len(w) >= 4 and "-" not in w and w[1:].islower():
                            (capital if w[:1].isupper() else lower).add(w[:5].lower())
            # a word also written in lower case is a common word capitalised in a name («Economic
            # Cooperation Committee»), not a name («Japanese», «Токиодағы»)
            found = self.__dict__["_inside"] = capital - lower
        return len(word) >= 4 and "-" not in word and word[:5].lower() in found

    def attributed(self, fact, clause: str) -> str:
        if fact.attribution is None:
            return clause
        return self.according_to(fact, self.lower(clause))

    def clause(self, fact, in_part: bool = False) -> str:
        if fact.percent is not None:
            return self.change(fact)
        if fact.disagreeing:
            return self.disagreeing_level(fact)
        if fact.kind in ("trade", "investment", "indicator") and fact.value is not None:
            return self.level(fact)
        if fact.kind == "project":
            return self.project(fact)
        if fact.kind == "agreement":
            return self.document(fact, in_part)
        if fact.kind == "grant":
            return self.grant(fact)
        if fact.kind in ("visit", "meeting"):
            return self.event(fact, in_part)
        if fact.kind == "count":
            return self.counted(fact)
        return self.statement(fact)

    # ------------------------------------------------------------ sections
    def key_point(self, item) -> str:
        before = " ".join(_sentence(self.clause(f)) for f in item.context)
        return f"{before} {self.sentence(item)}".strip()

    def event_date(self, fact, period: str) -> str:
        """« (март 2025 г.)» after an event in the background, unless the period says it already («В 2025 г.»)."""
        text = self.words.fuzzy(self.date_of(fact))
        return "" if text in period else f" ({text})"

    def paragraph(self, sentences: list[str]) -> str:
        return " ".join(s for s in sentences if s)

    def untranslated_mark(self) -> str:
        return self.ph.labels["untranslated"]


def other_language_text(loc, lang: str):
    """(text, its language) from a Localized, the note's language first."""
    if loc is None:
        return None, None
    for code in (lang, *LANGS):
        text = loc.get(code)
        if text:
            return text, code
    return None, None


def strip_period_words(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()
