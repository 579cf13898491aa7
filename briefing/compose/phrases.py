"""A fact put into words in one language: its title, its figure, its date."""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from ..dossier.dates import FuzzyDate
from ..dossier.schema import Fact
from ..lang import Language, language
from ..vocab import LANGS


def tidy(text: str) -> str:
    """One full stop where an abbreviation («гг.») ends a sentence."""
    return re.sub(r"(?<!\.)\.\.(?!\.)", ".", text)


@dataclass
class Phraser:
    lang: str
    labels: dict
    source_langs: dict              # source id -> language
    names: dict = field(default_factory=dict)   # party -> Localized
    warnings: list = field(default_factory=list)
    _warned: set = field(default_factory=set)
    words: Language = field(init=False)     # how the language writes figures and dates

    def __post_init__(self):
        self.words = language(self.lang)

    def title(self, fact: Fact) -> str:
        text = fact.title.get(self.lang)
        if text:
            return text.strip()
        order = [self.source_langs.get(fact.evidence[0].source), *LANGS]
        fallback = next(fact.title.get(l) for l in order if l and fact.title.get(l))
        if fact.id not in self._warned:
            self._warned.add(fact.id)
            self.warnings.append((fact.id, "title", f"no {self.lang} title; shown in its source language", "untranslated"))
        # quoted, so that the sentence around it reads in the note's language and the foreign words stand apart
        q = self.labels["quotes"]
        return f"{q['open']}{self.inner(fallback.strip())}{q['close']} {self.labels['untranslated']}"

    def marked(self, loc) -> str:
        """A free text in the note's language, else in another with the mark that it has no translation."""
        if loc is None:
            return ""
        text = loc.get(self.lang)
        return text if text else f"{self.localized(loc)} {self.labels['untranslated']}"

    def party(self, name: str) -> str:
        """A party in the note's language: the dossier's own name for it, else CLDR's for a country, else as
        given (marked when the note is English and the name is not)."""
        loc = self.names.get(name)
        text = loc.get(self.lang) if loc else None
        if text:
            return text
        from ..lang.names import country_name
        return country_name(name, self.lang) or name

    def inner(self, text: str) -> str:
        """A title that will stand inside quotes: its own quotes become the inner kind («» → „“)."""
        q = self.labels["quotes"]
        text = re.sub(r"«([^«»]*)»", q["inner_open"] + r"\1" + q["inner_close"], text)
        text = re.sub(r"“([^“”]*)”", q["inner_open"] + r"\1" + q["inner_close"], text)
        return re.sub(r'"([^"]*)"', q["inner_open"] + r"\1" + q["inner_close"], text)

    def quoted(self, text: str) -> str:
        q = self.labels["quotes"]
        if text.endswith(f"{q['close']} {self.labels['untranslated']}"):
            return text   # an untranslated title comes quoted already
        return f"{q['open']}{self.inner(text)}{q['close']}"

    def localized(self, loc) -> str:
        if loc is None:
            return ""
        return loc.get(self.lang) or next(loc.get(l) for l in LANGS if loc.get(l))

    def count(self, n: int, counted: str | None, qualifier: str | None = None) -> str:
        number = self.words.number(n)
        forms = self.labels.get("count_nouns", {}).get(counted or "")
        text = f"{number}\u00a0{self.words.plural_form(n, forms)}" if forms else number
        if qualifier:
            text = self.labels["count_qualifiers"][qualifier].format(n=text)
        return text

    def amount(self, fact: Fact) -> str:
        return self.words.value(fact.value)

    def percent(self, fact: Fact) -> str:
        return self.words.percent(abs(fact.percent))

    def figure(self, fact: Fact) -> str:
        """Every number of the fact, formatted: «8 проектов; 52,5 млн долл. США»."""
        parts = []
        if fact.count is not None:
            parts.append(self.count(fact.count, fact.counted, fact.count_qualifier))
        if fact.value is not None:
            parts.append(self.amount(fact))
        if fact.percent is not None:
            sign = "−" if fact.percent < 0 else "+"
            parts.append(sign + self.percent(fact))
        return "; ".join(parts)

    def years(self, dates) -> str:
        """The years the dates cover: «2015 г.» or «2015–2025 гг.»."""
        lo, hi = min(d.start.year for d in dates), max(d.end.year for d in dates)
        return self.date(FuzzyDate.parse(str(lo) if lo == hi else f"{lo}..{hi}"))

    def genitive_date(self, text: str) -> str:
        """A date after «не ранее»: Russian months in the genitive («октября 2015 г.»)."""
        d = FuzzyDate.parse(text)
        if self.lang == "ru" and d.precision == "month":
            from babel.dates import format_date
            return f"{format_date(d.start, 'MMMM', locale='ru')} {self.words.year(d.start.year)}"
        return self.date(d)

    def date(self, d: FuzzyDate | None) -> str:
        if d is None:
            return ""
        return self.words.fuzzy(d)
