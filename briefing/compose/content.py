"""What each section of the note says, derived from the selected facts by rule; every item cites its sources."""
from __future__ import annotations

import heapq
import math
from dataclasses import dataclass, field

from .. import vocab
from ..dossier.verify import disagreements
from ..model import Table
from .frame import usd as usd_value
from .phrases import Phraser, tidy
from .select import Selection

ECONOMY_KINDS = {"trade", "investment", "grant", "count", "indicator"}
POLITICAL_KINDS = {"visit", "meeting", "statement", "plan"}
BODY_TABLE_ROWS = 4
KEY_POINTS = (3, 6)
TALKING_POINTS = 5
STATUS_ITEMS = 5   # bullets per status sub-section: the main part must stay near two pages
STALE_YEARS = 5
STALLED_YEARS = 3
# A note stays a note whatever the size of the dossier: an annex table lists at most this many facts (the
# most significant, in their usual order) and then says how many more the dossier holds; at most this many
# declines are raised as risks. A dossier of 100 facts never reaches these; an archive of 100,000 would
# otherwise make a note of thousands of pages.
ANNEX_ROWS = 150
RISK_DECLINES = 3
RISK_CONFLICTS = 3
CITE_SOURCES = 12     # at most this many sources in one citation of a group of facts


@dataclass
class Content:
    """The template's context, before it becomes blocks."""

    labels: dict
    purpose: str
    key_points: list[str]
    background: list[str]
    politics: list[str]
    economy: list[str]
    projects: Table | None
    projects_full: Table | None
    agreements: Table | None
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


def _key_points(sel: Selection, ph: Phraser) -> list[str]:
    ranked = _ranked(sel)
    chosen, seen = [], set()
    for fact in ranked:
        if fact.kind == "person" or not (fact.value or fact.count or fact.percent or fact.kind in ("agreement", "visit")):
            continue
        key = fact.indicator or fact.id
        if key in seen:
            continue
        seen.add(key)
        chosen.append(fact)
        if len(chosen) == KEY_POINTS[1]:
            break
    chosen.sort(key=lambda f: sel.dates[f.id].start, reverse=True)
    return [_dated(sel, ph, f) for f in chosen]


def _dated(sel: Selection, ph: Phraser, fact) -> str:
    """«Title — figure (date) [n]»: the date only where the fact has its own."""
    fig = ph.figure(fact)
    text = f"{ph.title(fact)}\u00a0— {fig}" if fig else ph.title(fact)
    if fact.when:
        text += f" ({ph.date(fact.when)})"
    return f"{text} {sel.cite(fact)}"


def _background(sel: Selection, ph: Phraser, L: dict) -> list[str]:
    """A short narrative. It states no tallies of its own: every number in a note comes from a verified fact."""
    if not sel.facts:
        return []
    first, last = sel.span
    period = ph.date(sel.period) if sel.period else ph.years([first, last])
    B = L["background"]
    paras = [tidy(B["span"].format(period=period))]
    visits = sel.of_kind("visit", "meeting")
    if visits:
        top = sorted(_most_significant(sel, visits, 4), key=lambda f: sel.dates[f.id].start)
        items = "; ".join(f"{ph.title(f)} ({ph.date(sel.dates[f.id])}) {sel.cite(f)}" for f in top)
        paras.append(B["visits"].format(items=items))
    docs = sel.of_kind("agreement")
    if docs:
        top = _most_significant(sel, docs, 3)
        paras.append(B["documents"].format(items="; ".join(f"{ph.quoted(ph.title(f))} {sel.cite(f)}" for f in top)))
    for status in ("implemented", "in_progress"):
        projects = [f for f in sel.of_kind("project") if f.status == status]
        if projects:
            top = _most_significant(sel, projects, 3)
            paras.append(B[f"projects_{status}"].format(
                items="; ".join(f"{ph.quoted(ph.title(f))} {sel.cite(f)}" for f in top)))
    return paras


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


def _agreement_rows(sel: Selection, ph: Phraser, facts=None) -> list[tuple]:
    return [(ph.date(sel.dates[f.id]), ph.title(f), ", ".join(ph.party(p) for p in f.parties) or "—", sel.cite(f))
            for f in (sel.facts if facts is None else facts) if f.kind == "agreement"]


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
    return _annex(sel, ph, L, facts, lambda shown: [(ph.localized(f.person.name), ph.localized(f.person.post),
                                                     sel.cite(f)) for f in shown])


def _risks(sel: Selection, ph: Phraser, L: dict) -> list[str]:
    R = L["risks"]
    out = []
    declines = [f for f in sel.facts if f.percent is not None and f.percent < 0]
    if len(declines) > RISK_DECLINES:
        keep = {id(f) for f in _most_significant(sel, declines, RISK_DECLINES)}
        declines = [f for f in declines if id(f) in keep]
    for f in declines:
        out.append(R["decline"].format(title=ph.title(f), percent=ph.percent(f),
                                       value=ph.amount(f) if f.value else "", cite=sel.cite(f)).replace(" ()", ""))
    chosen = {f.id for f in sel.facts}
    conflicts = []
    for group in disagreements(sel.dossier):
        facts = [f for f in group if f.id in chosen]
        by_value = {}   # one fact per figure given: sixty reports of one figure are one side of the dispute
        for f in facts:
            by_value.setdefault((f.value.amount, f.value.qualifier, f.value.currency or f.value.unit), f)
        if len(facts) >= 2:
            conflicts.append(facts if len(facts) <= 4 else list(by_value.values())[:4])
    newest_first = sorted(conflicts, key=lambda facts: sel.dates[facts[0].id].end, reverse=True)
    raised = {id(facts) for facts in newest_first[:RISK_CONFLICTS]}
    for facts in conflicts:
        if id(facts) in raised:
            items = "; ".join(f"{ph.title(f)}\u00a0— {ph.figure(f)}" for f in facts)
            out.append(R["disagree"].format(items=items, cite=_cites(sel, facts)))
    newest = sel.as_of.end if sel.as_of else None
    if newest is not None:
        stalled = [f for f in sel.of_kind("project") if f.status in ("agreed", "in_progress", "planned")
                   and newest.year - sel.dates[f.id].end.year >= STALLED_YEARS]
        if stalled:
            out.append(R["stalled"].format(
                period=ph.years([sel.dates[f.id] for f in stalled]),
                items="; ".join(f"{ph.quoted(ph.title(f))} ({ph.labels['status'][f.status]})" for f in stalled[:3]),
                more=R["more"] if len(stalled) > 3 else "",
                cite=_cites_some(sel, stalled, stalled[:3])))
        stale = [f for f in sel.of_kind("trade", "investment")
                 if newest.year - sel.dates[f.id].end.year > STALE_YEARS]
        if stale:
            out.append(R["stale"].format(
                items="; ".join(f"{ph.title(f)} ({ph.date(sel.dates[f.id])})" for f in stale[:5]),
                years=STALE_YEARS, cite=_cites_some(sel, stale, stale[:5])))
    return out


def _cites_some(sel: Selection, facts, named) -> str:
    """The sources of all `facts` a line speaks of, or, when they are more than a citation can hold
    (an archive's hundreds of stalled projects), of the facts it names."""
    sources = {s for f in facts for s in f.sources}
    return _cites(sel, facts if len(sources) <= CITE_SOURCES else named)


def _cites(sel: Selection, facts) -> str:
    numbers = sorted({sel.number(s) for f in facts for s in f.sources})
    return "[" + ", ".join(map(str, numbers)) + "]"


def _talking_points(sel: Selection, ph: Phraser, L: dict) -> list[str]:
    T = L["talking"]
    points = []
    recent = sorted(sel.facts, key=lambda f: sel.dates[f.id].end, reverse=True)
    for f in recent:
        if f.percent is not None and f.percent < 0:
            points.append(T["decline"].format(title=ph.title(f), percent="−" + ph.percent(f), cite=sel.cite(f)))
        elif f.kind == "project" and f.status:
            points.append(T[f.status].format(title=ph.inner(ph.title(f)), cite=sel.cite(f)))
        elif f.kind in ("plan", "statement") and f.status in ("planned", "discussed", "agreed"):
            points.append(T[f.status].format(title=ph.inner(ph.title(f)), cite=sel.cite(f)))
        elif f.kind == "agreement":
            points.append(T["agreement"].format(title=ph.inner(ph.title(f)), cite=sel.cite(f)))
        if len(points) == TALKING_POINTS:
            break
    return points


def _language(ph: Phraser, L: dict, code: str) -> str:
    """How the note names a source's language: its catalogue's phrase («на русском языке»), else CLDR's name."""
    return L["languages"].get(code) or ph.words.language_name(code)


def _sources(sel: Selection, ph: Phraser, L: dict) -> list[str]:
    out = []
    for s in sel.sources:
        outlet = f"{s.outlet}. " if s.outlet else ""
        summary = ph.localized(s.summary) if s.summary else ""
        out.append(L["source_entry"].format(outlet=outlet, title=s.title, date=ph.date(s.when),
                                            language=_language(ph, L, s.language), summary=summary).strip())
    return out


def _top(sel: Selection, facts: list) -> list:
    """The most significant few, shown in date order."""
    keep = {f.id for f in _most_significant(sel, facts, STATUS_ITEMS)}
    return [f for f in facts if f.id in keep]


def build_content(sel: Selection, ph: Phraser, L: dict) -> Content:
    purpose = ph.localized(sel.dossier.meta.purpose) if sel.dossier.meta.purpose else L["purpose_default"]
    project_facts = sel.of_kind("project")
    agreement_facts = sel.of_kind("agreement")
    projects = _project_rows(sel, ph, project_facts[:BODY_TABLE_ROWS])
    agreements = _agreement_rows(sel, ph, agreement_facts[:BODY_TABLE_ROWS])
    proj_w, agr_w = (3.3, 1.5, 2.1, 1.4, 1.25), (1.4, 3.8, 2.2, 1.25)
    body_projects = _table(L, "projects", ["project", "topic", "value", "status", "source"],
                           projects[:BODY_TABLE_ROWS], proj_w)
    body_agreements = _table(L, "agreements", ["date", "document", "parties", "source"],
                             agreements[:BODY_TABLE_ROWS], agr_w)
    full_projects = (_table(L, "projects", ["project", "topic", "value", "status", "source"],
                            _annex(sel, ph, L, project_facts, lambda shown: _project_rows(sel, ph, shown)), proj_w)
                     if len(project_facts) > BODY_TABLE_ROWS else None)
    full_agreements = (_table(L, "agreements", ["date", "document", "parties", "source"],
                              _annex(sel, ph, L, agreement_facts, lambda shown: _agreement_rows(sel, ph, shown)), agr_w)
                       if len(agreement_facts) > BODY_TABLE_ROWS else None)
    indicators = _table(L, "indicators", ["indicator", "period", "value", "source"],
                        _indicator_rows(sel, ph, L), (3.3, 1.5, 2.5, 1.25))
    people = _table(L, "people", ["name", "post", "source"], _people_rows(sel, ph, L), (2, 5, 1.25))
    register = _table(L, "register", ["date", "fact", "value", "source"], _register_rows(sel, ph, L),
                      (1.5, 3.9, 2.4, 1.25))
    politics = [_dated(sel, ph, f) for f in _top(sel, sel.of_kind(*POLITICAL_KINDS))]
    economy = [_dated(sel, ph, f) for f in _top(sel, [f for f in sel.of_kind(*ECONOMY_KINDS) if _has_figure(f)])]
    return Content(
        labels=L, purpose=purpose, key_points=_key_points(sel, ph), background=_background(sel, ph, L),
        politics=politics, economy=economy, projects=body_projects, projects_full=full_projects,
        agreements=body_agreements, agreements_full=full_agreements, indicators=indicators, people=people,
        register=register, risks=_risks(sel, ph, L), talking_points=_talking_points(sel, ph, L), sources=_sources(sel, ph, L),
    )
