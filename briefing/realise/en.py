"""English: frames by what a fact is and how sure it is (drafting.md); titles open their sentences, so no
word needs its case changed."""
from __future__ import annotations

import re

from ..dossier.dates import FuzzyDate
from .base import Realiser, _sentence

NB = "\u00a0"


def _same_months_year_before(period: FuzzyDate, base: FuzzyDate) -> bool:
    try:
        return (base.start == period.start.replace(year=period.start.year - 1)
                and (base.end.month, base.end.year) == (period.end.month, period.end.year - 1))
    except ValueError:
        return False


_PREPOSITION = re.compile(r"\s(?:of|on|in|for|between|with|to|about|regarding|by|from|at)\s", re.I)


def _plural(title: str) -> bool:
    """Whether a title's head noun is plural: the last word before its first preposition ("Grant agreements on
    …", "Memoranda of understanding"); «ss», «us», «is» endings are singular ("Business", "Consensus")."""
    head = _PREPOSITION.split(title, 1)[0].strip(" ”“\"'»«").split()
    word = head[-1].lower() if head else ""
    return word in ("memoranda", "data", "people") or (
        word.endswith("s") and not word.endswith(("ss", "us", "is", "'s")) and len(word) > 3)


class English(Realiser):
    lang = "en"

    def during(self, fd: FuzzyDate | None) -> str:
        if fd is None:
            return ""
        if fd.precision == "day" or fd.start == fd.end:
            return f"on {self.words.fuzzy(fd)}"
        return f"in {self.words.fuzzy(fd)}"

    def when(self, fact) -> str:
        if self.inferred(fact):
            src = self.sel.dossier.sources[fact.evidence[0].source]
            if src.not_before:
                return f"not before {self.words.fuzzy(FuzzyDate.parse(src.not_before))} (date not stated)"
            return f"{self.during(self.date_of(fact))} (date inferred)"
        return self.during(self.date_of(fact))

    def base_phrase(self, fact) -> str:
        if not fact.base:
            return ""
        base = FuzzyDate.parse(fact.base)
        period = self.period_of(fact)
        if period is not None and _same_months_year_before(period, base):
            return "year on year"
        return f"compared with {self.words.fuzzy(base)}"

    def who(self, fact) -> str:
        att = fact.attribution
        if att is None:
            return ""
        if att.party is not None:
            return self.with_article(self.speaker(att.party))
        pf = self.person_fact(fact)
        if pf is None:
            return ""
        year = self.post_year(pf)
        held = f" (in {year})" if year else ""
        return f"{self.local(pf.person.name)}, {self.local(pf.person.post)}{held}"

    # names of a state or body that take "the": "the Republic of Kazakhstan", "the Ministry of …"
    _THE = ("Republic", "Government", "Ministry", "Embassy", "Kingdom", "State", "Federation", "People's",
            "Council", "Office", "Department", "Agency", "Association", "Bank", "Committee", "Union", "European",
            "United", "Presidential", "National", "Administration", "Secretariat", "Cabinet", "Parliament")

    def with_article(self, name: str) -> str:
        return f"the {name}" if name.split(" ", 1)[0] in self._THE else name

    def according_to(self, fact, clause: str) -> str:
        return f"according to {self.who(fact)}, {clause}"

    def count_and_amount(self, count: str, amount: str) -> str:
        return f"{count} worth {amount}"

    def change(self, fact) -> str:
        verb = "rose" if fact.percent > 0 else "fell"
        parts = [self.title_without_period(fact), verb, f"by {self.words.percent(abs(fact.percent))}", self.base_phrase(fact),
                 self.during(self.period_of(fact))]
        text = " ".join(p for p in parts if p)
        if fact.value is not None:
            text += f", to {self.amount(fact.value)}"
        return self.attributed(fact, f"{text} {self.cite(fact)}")

    def level(self, fact) -> str:
        period = self.flow_period(fact)
        if period is not None:
            text = f"{self.title_without_period(fact)} amounted to {self.amount(fact.value)} {self.during(period)}"
        else:
            text = f"{self.title(fact)} stands at {self.amount(fact.value)} (as at {self.words.fuzzy(self.date_of(fact))})"
        return self.attributed(fact, f"{text} {self.cite(fact)}")

    def disagreeing_level(self, fact) -> str:
        figures = [f"{self.amount(v)} according to {self.cite_source(sid)}" for sid, v in fact.figures]
        return f"{self.title(fact)}: sources differ, {', '.join(figures)}"

    _PROJECT = {"done": "has been implemented", "in_progress": "is under way", "agreed": "has been agreed",
                "planned": "is planned", "proposed": "has been proposed", "potential": "is under consideration"}

    def project(self, fact) -> str:
        value = f" (worth {self.amount(fact.value)})" if fact.value is not None else ""
        when = f" ({self.words.fuzzy(self.date_of(fact))})" if fact.when else ""
        return f"The project {self.ph.quoted(self.title(fact))}{value} {self._PROJECT[fact.mode]}{when} {self.cite(fact)}"

    def document(self, fact, in_part: bool = False) -> str:
        figure = f" ({self.figure(fact)})" if (fact.count or fact.value) else ""
        plural = (fact.count is not None and fact.count != 1) or (fact.count is None and _plural(self.title(fact)))
        when = "" if in_part else f" {self.when(fact)}"
        done = "took place" if self.exchanged(fact) else f"{'were' if plural else 'was'} signed"
        return f"{self.title(fact)}{figure} {done}{when} {self.cite(fact)}"

    # what the source says happened to a grant: given, being given, agreed, planned, offered, considered
    _GRANT_MODE = {"done": ("was provided", "were provided"), "in_progress": ("is being provided", "are being provided"),
                   "agreed": ("was agreed", "were agreed"), "planned": ("is planned", "are planned"),
                   "proposed": ("was offered", "were offered"),
                   "potential": ("is under consideration", "are under consideration")}

    def grant(self, fact) -> str:
        amount = f" ({self.amount(fact.value)})" if fact.value is not None else ""
        when = f" {self.when(fact)}" if fact.when else ""
        title = self.title(fact)
        verb = self._GRANT_MODE.get(fact.mode, self._GRANT_MODE["done"])[_plural(title)]
        return f"{title}{amount} {verb}{when} {self.cite(fact)}"

    def event(self, fact, in_part: bool = False) -> str:
        when = "" if in_part else f" {self.when(fact)}"
        title = self.title(fact)
        done = ("are planned" if _plural(title) else "is planned") if fact.mode == "planned" else "took place"
        return f"{title} {done}{when} {self.cite(fact)}"

    _COUNT_MODE = {"done": "implemented", "in_progress": "under way", "agreed": "agreed", "planned": "planned",
                   "proposed": "proposed", "potential": "under consideration"}

    def counted(self, fact) -> str:
        when = f" (as at {self.words.fuzzy(self.date_of(fact))})" if fact.when or self.old(fact) else ""
        title = self.title(fact)
        if fact.status and not self.names_stage(title, self._COUNT_MODE[fact.mode]):
            return self.attributed(fact, f"{title}: {self.figure(fact)}, {self._COUNT_MODE[fact.mode]}"
                                         f"{when} {self.cite(fact)}")
        return self.attributed(fact, f"{title}: {self.figure(fact)}{when} {self.cite(fact)}")

    def statement(self, fact) -> str:
        title, cite = self.title(fact), self.cite(fact)
        if fact.claim is not None:
            return self.attributed(fact, f"{self.local(fact.claim)} {cite}")
        mode = fact.mode
        if mode == "planned":
            if self.future(fact):
                return self.attributed(fact, f"{title} is planned {self.during(fact.when)} {cite}")
            verb = "were" if re.match(r"[A-Za-z]+[^s]s\b", title) else "was"   # "Preparations … were"
            return self.attributed(fact, f"{title} {verb} announced as planned {self.when(fact)} {cite}")
        if mode == "potential" and " — " in title:   # «Приоритетные сферы — …»: a sentence already
            return self.attributed(fact, f"{title} {cite}")
        if mode == "potential":
            area = "a promising area" if title.lower().startswith("cooperation") else \
                "a promising area of cooperation"
            return self.attributed(fact, f"{title} is seen as {area} {cite}")
        if mode == "proposed":
            if fact.attribution is not None and fact.attribution.party is not None:
                who = self.who(fact)
                bare = who.removeprefix("the ")
                if title.startswith(f"{bare}'s "):      # "Kazakhstan's readiness …" said by Kazakhstan
                    return f"{who} stated its {self.lower(title[len(bare) + 3:])} {cite}"
                return f"{who} proposed {self.lower(title)} {cite}"
            if fact.attribution is not None:
                return f"{self.who(fact)} raised {self.lower(title)} {cite}"
            if re.match(r"(?:\S+'s )?[Rr]eadiness\b", title):
                return f"{title} was expressed {cite}"
            if title.startswith("Discussion of "):
                return f"The sides discussed {title[len('Discussion of '):]} {cite}"
            if title.startswith("Invitation "):
                return f"{title} was extended {cite}"
            return f"The sides discussed {self.ph.quoted(title)} {cite}"
        if mode == "agreed":
            if title.lower().startswith("agreement to "):
                return f"The sides agreed to {title[len('Agreement to '):]} {cite}"
            return f"The sides agreed on {self.lower(title)} {cite}"
        if mode == "in_progress":
            return f"{title} continues {cite}"
        if fact.attribution is not None:
            return f"{self.who(fact)} noted: {title} {cite}"
        if re.search(r"\b(?:is|are|was|were|has|have|will)\b", title):   # a sentence already
            return f"{title} {cite}"
        return f"The sides noted {self.lower(title)} {cite}"   # a noun phrase: what was noted

    def events(self, facts: list, period: str) -> str:
        if not facts:
            return ""
        items = "; ".join(f"{self.lower(self.title(f))}{self.event_date(f, period)} {self.cite(f)}"
                          for f in facts)
        return _sentence(f"{period[:1].upper()}{period[1:]}, the sides kept up high-level political dialogue: {items}")

    def earlier(self, facts: list) -> str:
        return " ".join(_sentence(self.clause(f)) for f in facts)

    _PROJECTS = {"done": "Joint projects implemented", "in_progress": "Projects under way",
                 "agreed": "Projects agreed", "planned": "Projects planned", "proposed": "Projects proposed",
                 "potential": "Projects under consideration"}

    def projects(self, mode: str, facts: list) -> str:
        items = ", ".join(self.ph.quoted(self.title(f)) for f in facts)
        return _sentence(f"{self._PROJECTS[mode]}: {items} {self.cite(*facts)}")

    def treaty(self, facts: list) -> str:
        items = "; ".join(f"{self.lower(self.title(f))} ({self.words.fuzzy(self.date_of(f))}) {self.cite(f)}"
                          for f in facts)
        return _sentence(f"The treaty framework includes: {items}")

    def risk(self, risk) -> str:
        f = risk.facts[0]
        if risk.kind == "decline":
            causes = "; ".join(f"{self.local(c.claim)} {self.cite(c)}" for c in risk.causes if c.claim)
            head = (f"The fall in {self.ph.quoted(self.title(f))} {self.during(self.period_of(f))}" if risk.said else
                    f"{self.title(f)} fell by {self.words.percent(abs(f.percent))} {self.during(self.period_of(f))} "
                    f"{self.cite(f)}")
            text = head + (f": {causes}" if causes else (f" {self.cite(f)}" if risk.said else ""))
            return _sentence(text + "; its causes and ways to restore volumes need analysis")
        if risk.kind == "disagree":
            if len(risk.facts) == 1:
                figures = "; ".join(f"{self.cite_source(s)}: {self.amount(v)}" for s, v in f.figures)
            else:
                figures = "; ".join(f"{self.cite(x)}: {self.amount(x.value)}" for x in risk.facts)
            return _sentence(f"Sources differ on {self.ph.quoted(self.title(f))} ({figures}); check the figure "
                             f"before using it in talks")
        if risk.kind == "stalled":
            shown = risk.facts[:3]
            items = ", ".join(self.ph.quoted(self.title(x)) for x in shown)
            since = self.words.fuzzy(self.date_of(max(risk.facts, key=lambda x: self.date_of(x).end)))
            more = " and others (see the annex)" if len(risk.facts) > 3 else ""
            return _sentence(f"No news of progress since {since} on {items}{more} {self.cite(*shown)}; ask the "
                             f"partners for their current status")
        return _sentence(f"The latest figure for {self.ph.quoted(self.title(f))} dates from "
                         f"{self.words.fuzzy(self.date_of(f))} {self.cite(f)}; it needs updating")

    def talk(self, ask) -> str:
        f = ask.item.fact
        title, cite = self.title(f), self.cite(f)
        q = self.ph.quoted(title)
        if ask.ask == "thank":
            amount = f" ({self.amount(f.value)})" if f.value is not None else ""
            return _sentence(f"We are grateful for {q}{amount} {cite}, and will keep our partners informed of "
                             f"how the funds are used")
        if ask.ask == "welcome":
            return _sentence(f"We welcome the implementation of {q} {cite} and propose to define the next stage")
        if ask.ask == "complete":
            return _sentence(f"We count on the early completion of {q} {cite}; could you share the timetable "
                             f"for the remaining work?")
        if ask.ask == "commit":
            return _sentence(f"We remain committed to {q} {cite} and propose a working group to agree the dates")
        if ask.ask == "support":
            when = f", planned {self.during(f.when)} {cite}," if self.future(f) else f" {cite}"
            return _sentence(f"We support {q}{when} and stand ready to help; please confirm the dates")
        if ask.ask == "explore":
            return _sentence(f"We propose to explore {q} {cite}, for instance through a joint working group or "
                             f"a road map")
        if ask.ask == "restore":
            cause = ""   # the causes are said with the decline itself
            return _sentence(f"Noting the fall in {q} {self.during(self.period_of(f))}{cause} {cite}, we propose "
                             f"to restore volumes through long-term contracts and new goods")
        if ask.ask == "confirm" and f.attribution is not None and f.attribution.party is not None \
                and title.startswith(f"{self.speaker(f.attribution.party)}'s "):
            return _sentence(f"We confirm {title[:1].lower() + title[1:] if title[:1].islower() else title} {cite} "
                             f"and propose to agree concrete steps")
        if ask.ask == "confirm":
            return _sentence(f"Let us confirm our interest in {q} {cite} and agree concrete steps")
        return _sentence(f"It is time to review how {q} {cite} is being implemented")
