"""A fact put into words in one language: its title, its figure, its date."""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from ..dossier.dates import FuzzyDate
from ..dossier.schema import Fact
from .. import locale_fmt


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

    def title(self, fact: Fact) -> str:
        text = fact.title.get(self.lang)
        if text:
            return text.strip()
        order = [self.source_langs.get(fact.evidence[0].source), "ru", "kk", "en"]
        fallback = next(fact.title.get(l) for l in order if l and fact.title.get(l))
        if fact.id not in self._warned:
            self._warned.add(fact.id)
            self.warnings.append(f"fact {fact.id}: no {self.lang} title; shown in its source language")
        return f"{fallback.strip()} {self.labels['untranslated']}"

    def party(self, name: str) -> str:
        loc = self.names.get(name)
        return (loc.get(self.lang) if loc else None) or name

    def inner(self, text: str) -> str:
        """A title that will stand inside quotes: its own quotes become the inner kind («» → „“)."""
        q = self.labels["quotes"]
        text = re.sub(r"«([^«»]*)»", q["inner_open"] + r"\1" + q["inner_close"], text)
        text = re.sub(r"“([^“”]*)”", q["inner_open"] + r"\1" + q["inner_close"], text)
        return re.sub(r'"([^"]*)"', q["inner_open"] + r"\1" + q["inner_close"], text)

    def quoted(self, text: str) -> str:
        q = self.labels["quotes"]
        return f"{q['open']}{self.inner(text)}{q['close']}"

    def localized(self, loc) -> str:
        if loc is None:
            return ""
        return loc.get(self.lang) or next(loc.get(l) for l in ("ru", "kk", "en") if loc.get(l))

    def count(self, n: int, counted: str | None, qualifier: str | None = None) -> str:
        number = locale_fmt.format_number(n, self.lang)
        forms = self.labels.get("count_nouns", {}).get(counted or "")
        text = f"{number}\u00a0{self._plural(n, forms)}" if forms else number
        if qualifier:
            text = self.labels["count_qualifiers"][qualifier].format(n=text)
        return text

    def _plural(self, n: int, forms: list[str]) -> str:
        if len(forms) == 1:
            return forms[0]
        if self.lang == "ru":
            n10, n100 = n % 10, n % 100
            if n10 == 1 and n100 != 11:
                return forms[0]
            if 2 <= n10 <= 4 and not 12 <= n100 <= 14:
                return forms[1]
            return forms[2]
        return forms[0] if n == 1 else forms[-1]

    def amount(self, fact: Fact) -> str:
        v = fact.value
        return locale_fmt.format_amount(v.amount, self.lang, currency=v.currency, unit=v.unit, qualifier=v.qualifier)

    def percent(self, fact: Fact) -> str:
        return locale_fmt.format_percent(abs(fact.percent), self.lang)

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

    def date(self, d: FuzzyDate | None) -> str:
        if d is None:
            return ""
        if d.precision == "range":
            return locale_fmt.format_period(d.start, d.end, self.lang)
        return locale_fmt.format_date(d.start, self.lang, d.precision)
