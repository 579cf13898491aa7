"""What each section of the note says, derived from the selected facts by rule; every item cites its sources."""
from __future__ import annotations

import heapq
import math
import re
from dataclasses import dataclass, field

from .. import vocab
from ..model import Table
from .frame import usd as usd_value
from .phrases import Phraser, tidy
from .plan import make_plan
from .select import Selection
from ..dossier.dates import FuzzyDate

# A note stays a note whatever the size of the dossier: an annex table lists at most this many facts (the
# most significant, in their usual order) and then says how many more the dossier holds; at most this many
# declines are raised as risks. A dossier of 100 facts never reaches these; an archive of 100,000 would
# otherwise make a note of thousands of pages.
ANNEX_ROWS = 150


@dataclass
class Content:
    """The template's context, before it becomes blocks."""

    labels: dict
    purpose: str
    key_points: list[str]
    background: list[str]
    politics: list[str]
    economy: list[str]
    projects: list[str]
    projects_full: Table | None
    agreements: list[str]
    agreements_full: Table | None
    indicators: Table | None
    people: Table | None
    register: Table | None
    risks: list[str]
    talking_points: list[str]
    sources: list[str]
    figures: list = field(default_factory=list)
    changes: list[str] = field(default_factory=list)


def _scores(sel: Selection) -> dict[str, float]:
    """Every selected fact's significance — higher for large money, economic indicators, signed documents and
    recent facts; people never lead — computed in one pass once per note (rankings sort the same facts several
    times)."""
    scores = sel.__dict__.get("_significance")
    if scores is None:
        scores = sel.__dict__["_significance"] = {f.id: _significance(sel, f) for f in sel.facts}
    return scores


def _most_significant(sel: Selection, facts: list, n: int) -> list:
    """The `n` most significant of `facts` (a part of the selection, in its order), most significant first;
    among equals the earlier, as a stable sort would keep them."""
    score = _scores(sel)
    if len(facts) < 1000:
        return heapq.nlargest(n, facts, key=lambda f: score[f.id])
    # A large part (an archive's register): walk the selection's one ranking instead of heaping it again.
    wanted, chosen = {id(f) for f in facts}, []
    for f in _ranked(sel):
        if id(f) in wanted:
            chosen.append(f)
            if len(chosen) == n:
                break
    return chosen


def _ranked(sel: Selection) -> list:
    """The selection, most significant first (stable: among equals in the selection's order); once per note."""
    ranked = sel.__dict__.get("_ranked")
    if ranked is None:
        score = _scores(sel)
        ranked = sel.__dict__["_ranked"] = sorted(sel.facts, key=lambda f: -score[f.id])
    return ranked


def _has_figure(fact) -> bool:
    """Whether `Phraser.figure` would say anything, without formatting it."""
    return fact.count is not None or fact.value is not None or fact.percent is not None


_WEIGHT = {"trade": 3.0, "investment": 3.0, "agreement": 2.0, "grant": 1.5, "project": 1.5, "count": 1.5,
           "visit": 1.5, "meeting": 1.0, "plan": 0.8, "statement": 0.5, "indicator": 1.0, "person": -10.0}


def _significance(sel: Selection, fact) -> float:
    score = _WEIGHT[fact.kind]
    usd = usd_value(fact.value)
    if usd:
        score += math.log10(usd) / 3
    if fact.percent is not None:
        score += 1.0
    newest = sel.as_of
    if newest is not None:
        score -= (newest.end.year - sel.dates[fact.id].end.year) / 10
    return score


def _table(L: dict, key: str, columns: list[str], rows: list[tuple], widths: tuple) -> Table | None:
    if not rows:
        return None
    return Table(0, L["tables"][key], tuple(L["columns"][c] for c in columns), tuple(rows), widths)


def _capped(sel: Selection, facts: list) -> tuple[list, int]:
    """(the facts an annex table shows, how many it leaves out): the ANNEX_ROWS most significant, in order."""
    if len(facts) <= ANNEX_ROWS:
        return facts, 0
    # nlargest keeps, among equals, the earlier fact, as a stable sort would
    keep = {id(f) for f in _most_significant(sel, facts, ANNEX_ROWS)}
    return [f for f in facts if id(f) in keep], len(facts) - ANNEX_ROWS


def _with_more(rows: list[tuple], more: int, ph: Phraser, L: dict) -> list[tuple]:
    """A last row saying how many facts the table leaves out, when it leaves any out."""
    if not more or not rows:
        return rows
    text = L.get("annex_more", "… +{n}").format(n=ph.words.number(more))
    return rows + [("", text) + ("",) * (len(rows[0]) - 2)]


def _project_rows(sel: Selection, ph: Phraser, facts=None) -> list[tuple]:
    topics = vocab.topics()
    rows = []
    for f in (sel.facts if facts is None else facts):
        if f.kind != "project":
            continue
        value = ph.amount(f) if f.value is not None else "—"
        rows.append((ph.title(f), topics[f.topics[0]].name(ph.lang), value,
                     ph.labels["status"][f.status], sel.cite(f)))
    return rows


def _annex(sel: Selection, ph: Phraser, L: dict, facts: list, rows_of) -> list[tuple]:
    shown, more = _capped(sel, facts)
    return _with_more(rows_of(shown), more, ph, L)


def _indicator_rows(sel: Selection, ph: Phraser, L: dict) -> list[tuple]:
    facts = [f for f in sel.of_kind("trade", "investment", "grant", "indicator") if _has_figure(f)]
    return _annex(sel, ph, L, facts, lambda shown: [(ph.title(f), ph.date(sel.dates[f.id]), ph.figure(f), sel.cite(f))
                                                    for f in shown])


def _register_rows(sel: Selection, ph: Phraser, L: dict) -> list[tuple]:
    """Every fact of the note but the people (they have their own table): nothing selected goes unseen —
    up to ANNEX_ROWS of them; past that the table says how many more the dossier holds."""
    facts = [f for f in sel.facts if f.kind != "person"]
    return _annex(sel, ph, L, facts, lambda shown: [(ph.date(sel.dates[f.id]), ph.title(f), ph.figure(f) or "—",
                                                     sel.cite(f)) for f in shown])


def _people_rows(sel: Selection, ph: Phraser, L: dict) -> list[tuple]:
    facts = [f for f in sel.of_kind("person") if f.person is not None]
    return _annex(sel, ph, L, facts, lambda shown: [(ph.localized(f.person.name), _post(sel, ph, L, f),
                                                     sel.cite(f)) for f in shown])


def _post(sel: Selection, ph: Phraser, L: dict, fact) -> str:
    """The post as the sources give it, with its year when the note is later («(в 2016 г.)»)."""
    from ..dossier.dates import FuzzyDate
    post = ph.marked(fact.person.post)
    held = (FuzzyDate.parse(fact.person.as_of) if fact.person.as_of else
            max((sel.dossier.sources[s].when for s in fact.sources), key=lambda d: d.end))
    if sel.as_of is not None and held.end.year < sel.as_of.end.year:
        post += " " + L["post_held"].format(date=ph.date(FuzzyDate.parse(str(held.end.year))))
    return post


def _language(ph: Phraser, L: dict, code: str) -> str:
    """How the note names a source's language: its catalogue's phrase («на русском языке»), else CLDR's name."""
    return L["languages"].get(code) or ph.words.language_name(code)


def _sources(sel: Selection, ph: Phraser, L: dict) -> list[str]:
    """«Outlet. «Title» [translation], date (inferred: with its bounds), language. Summary.» in the note's
    language: outlets given per language are printed in it; a title in another language gets its translation
    in brackets when the dossier has one, else the mark that it has none."""
    out = []
    for s in sel.sources:
        outlet = s.outlet if isinstance(s.outlet, str) or s.outlet is None else ph.localized(s.outlet)
        outlet = f"{outlet}. " if outlet else ""
        # a headline's closing full stop is no part of a title in quotes («Договор подписан.» → «Договор подписан»);
        # an abbreviation's point stays («… в 2020 г.»)
        title = ph.quoted(re.sub(r"(?<=\w\w)(?<!\b[гГ]\w)\.$", "", s.title.strip()))
        if s.language != ph.lang:
            translated = s.title_translation.get(ph.lang) if s.title_translation else None
            title += f" [{translated}]" if translated else f" {L['untranslated']}"
        date = ph.date(s.when)
        if s.date_basis == "inferred":
            bounds = []
            if s.not_before:
                bounds.append(L["date_bounds"]["not_before"].format(date=ph.genitive_date(s.not_before)))
            if s.not_after:
                bounds.append(L["date_bounds"]["not_after"].format(date=ph.genitive_date(s.not_after)))
            date += " (" + "; ".join([L["date_bounds"]["inferred"], *bounds]) + ")"
        summary = ph.localized(s.summary) if s.summary else ""
        out.append(L["source_entry"].format(outlet=outlet, title=title, date=date,
                                            language=_language(ph, L, s.language), summary=summary).strip())
    return out


def _agreement_rows(sel: Selection, ph: Phraser, facts=None) -> list[tuple]:
    levels = ph.labels["levels"]
    return [(ph.date(sel.dates[f.id]), ph.title(f), levels.get(f.level or "inter_agency", ""),
             ", ".join(ph.party(p) for p in f.parties) or "—", sel.cite(f))
            for f in (sel.facts if facts is None else facts) if f.kind == "agreement"]


# Sections 1–6 fit two pages for a topic, three for the overview (briefing-note.md). A page of 14 pt body
# text on A4 with the GOST margins holds about 2,600 characters, the first page less (the title block), and
# every paragraph ends in a part-filled line: the note is measured so, in characters, before anything is laid
# out, and chooses fewer items until it fits — never a smaller font.
# Kazakh's longer words leave more space at line ends and between justified words: fewer characters a page.
CHARS_PER_PAGE = {"ru": 2650, "en": 2800, "kk": 2500}
PARAGRAPH_COST = 110          # the spacing and the part-filled last line of a paragraph or list item
HEADINGS_COST = 1200          # the title block and the section headings
PAGE_BUDGET = {"topic": 2, "overview": 3}
# What goes first when the note is too long: the least significant item of these, in this order of sections
# (each keeps its minimum; the current status keeps at least one item, or the section would vanish).
_TRIM_ORDER = (("politics", 1), ("economy", 1), ("projects", 1), ("agreements", 0), ("background", 1),
               ("talking_points", 4), ("risks", 2), ("key_points", 5), ("politics", 0), ("economy", 0),
               ("projects", 0),
               ("talking_points", 3), ("risks", 1), ("key_points", 4), ("key_points", 3))


def _cost(sections: dict) -> int:
    return HEADINGS_COST + sum(len(text) + PARAGRAPH_COST for texts in sections.values() for text in texts)


def _within_budget(plan, say, period: str, purpose: str, pages: int, lang: str) -> dict:
    """Every section's sentences, fewer items where the whole would run past `pages`."""
    # The plan keeps each section's items most significant first, so that the budget drops the least
    # significant; the note prints them in the order of their dates.
    def dated(facts):
        return sorted(facts, key=lambda f: say.sel.dates[f.id].start)

    def dated_items(items):
        return sorted(items, key=lambda i: say.sel.dates[i.fact.id].start)

    said: dict = {}   # each item's sentence is written once, however many times the budget re-measures

    def once(how, item) -> str:
        key = (how.__name__, id(item))
        if key not in said:
            said[key] = how(item)
        return said[key]

    def written():
        return {
            "key_points": [once(say.key_point, i) for i in plan.key_points],
            "background": [p for p in (say.events(dated(plan.events), period), say.earlier(plan.background_figures)) if p],
            "politics": [once(say.sentence, i) for i in dated_items(plan.politics)],
            "economy": [once(say.sentence, i) for i in dated_items(plan.economy)],
            "projects": [say.projects(mode, dated(facts)) for mode, facts in plan.projects.items()],
            "agreements": [say.treaty(dated(plan.treaty))] if plan.treaty else [],
            "risks": [say.risk(r) for r in plan.risks],
            "talking_points": [say.talk(a) for a in plan.talking],
        }
    budget = pages * CHARS_PER_PAGE.get(lang, min(CHARS_PER_PAGE.values()))
    sections = written()
    while _cost({**sections, "purpose": [purpose]}) > budget:
        for name, keep in _TRIM_ORDER:
            if _trim(plan, name, keep):
                break
        else:
            break
        sections = written()
    return sections


def _trim(plan, section: str, keep: int) -> bool:
    """Drop the least significant item of one section (the plan keeps its items most significant first
    where order is by significance, else the section drops its last); False when it is at `keep`."""
    status = len(plan.politics) + len(plan.economy) + len(plan.treaty) + sum(map(len, plan.projects.values()))
    if section in ("politics", "economy", "projects", "agreements") and status <= 1:
        return False
    if section == "projects":
        modes = [m for m, facts in plan.projects.items() if facts]
        total = sum(len(plan.projects[m]) for m in modes)
        if total <= keep or not modes:
            return False
        longest = max(modes, key=lambda m: len(plan.projects[m]))
        plan.projects[longest].pop()
        if not plan.projects[longest]:
            del plan.projects[longest]
        return True
    if section == "background":
        if plan.background_figures:
            plan.background_figures.pop()
            return True
        if len(plan.events) > max(keep, 1):
            plan.events.pop()
            return True
        return False
    attr = {"agreements": "treaty", "talking_points": "talking", "key_points": "key_points"}.get(section, section)
    items = getattr(plan, attr)
    if len(items) <= keep:
        return False
    items.pop()
    return True


def build_content(sel: Selection, ph: Phraser, L: dict, overview: bool = False) -> Content:
    from ..realise import realiser
    plan = make_plan(sel, overview)
    say = realiser(ph.lang, sel, ph, sel.dossier.meta)
    purpose = ph.localized(sel.dossier.meta.purpose) if sel.dossier.meta.purpose else L["purpose_default"]
    project_facts = sel.of_kind("project")
    agreement_facts = sel.of_kind("agreement")
    proj_w, agr_w = (3.3, 1.5, 2.1, 1.4, 1.25), (1.3, 3.6, 1.4, 2.0, 1.1)
    full_projects = _table(L, "projects", ["project", "topic", "value", "status", "source"],
                           _annex(sel, ph, L, project_facts, lambda shown: _project_rows(sel, ph, shown)), proj_w)
    full_agreements = _table(L, "agreements", ["date", "document", "level", "parties", "source"],
                             _annex(sel, ph, L, agreement_facts, lambda shown: _agreement_rows(sel, ph, shown)), agr_w)
    indicators = _table(L, "indicators", ["indicator", "period", "value", "source"],
                        _indicator_rows(sel, ph, L), (3.3, 1.5, 2.5, 1.25))
    people = _table(L, "people", ["name", "post", "source"], _people_rows(sel, ph, L), (2, 5, 1.25))
    register = _table(L, "register", ["date", "fact", "value", "source"], _register_rows(sel, ph, L),
                      (1.5, 3.9, 2.4, 1.25))
    first, last = sel.span
    period = say.during(sel.period) if sel.period else say.during(FuzzyDate.parse(
        f"{first.start.year}..{last.end.year}" if first.start.year != last.end.year else str(first.start.year)))
    written = _within_budget(plan, say, period, purpose, PAGE_BUDGET["overview" if overview else "topic"],
                             ph.lang)
    return Content(
        labels=L, purpose=purpose, **written, projects_full=full_projects, agreements_full=full_agreements,
        indicators=indicators, people=people, register=register,
        sources=_sources(sel, ph, L),
    )
