"""The document plan: which facts the note says, in which section, in what order, and with which facts each
is said in one sentence (Reiter & Dale's content selection, document plan and aggregation). Nothing here
knows a language; `briefing.realise` writes the sentences.

Significance (what a key point is) is documented in `significance`; every section after the key points takes
only what the sections before it did not say, so nothing is printed twice in sections 1–6."""
from __future__ import annotations

import math
from dataclasses import dataclass, field

from ..dossier.dates import FuzzyDate
from .frame import usd as usd_value
from .select import Selection

KEY_POINTS = (3, 6)
TALKING_POINTS = 5
RISKS = 4
STALLED_YEARS = 3
# How much each section may say: a topic note's main part must fit two pages, the overview's three.
BUDGET = {"topic": {"background_events": 3, "background_figures": 2, "politics": 3, "economy": 3, "projects": 3,
                    "treaty": 4},
          "overview": {"background_events": 4, "background_figures": 3, "politics": 4, "economy": 4, "projects": 4,
                       "treaty": 5}}

ECONOMY_KINDS = {"trade", "investment", "grant", "count", "indicator"}
ECONOMY_TOPICS = {"trade", "finance"}
TREATY_LEVELS = (None, "inter_state", "inter_governmental", "inter_agency")


@dataclass
class Item:
    """One thing the note says: a fact and the facts said with it (its parts: contracts signed at a forum,
    the causes of a decline)."""
    fact: object
    parts: list = field(default_factory=list)
    context: list = field(default_factory=list)   # said before it: the last full period of its indicator

    @property
    def facts(self) -> list:
        return [self.fact, *self.parts]


@dataclass
class Risk:
    kind: str                 # decline, disagree, stalled, stale
    facts: list
    causes: list = field(default_factory=list)
    said: bool = False        # its figure is already in the note: refer to it, do not repeat it


@dataclass
class Ask:
    ask: str                  # thank, welcome, complete, commit, support, explore, restore, confirm, review
    item: Item


@dataclass
class Plan:
    key_points: list[Item]
    events: list              # visits and meetings the background narrates, most significant first (printed in date order)
    background_figures: list  # earlier levels of indicators the key points give a newer figure for
    politics: list[Item]
    economy: list[Item]
    projects: dict            # modality -> projects, in date order
    treaty: list              # documents of the treaty framework not said before
    risks: list[Risk]
    talking: list[Ask]


def significance(sel: Selection, fact, topic_id: str | None) -> float:
    """How much a fact matters to this note, higher first:
    - the topic: a fact filed first under the note's topic outranks one that lists it among others, a fact of
      the sector alone ranks a little higher, and a cross-sector fact (three topics or more) ranks below;
    - the kind: trade and investment figures, then signed documents (inter-state above commercial), grants
      and projects that are done or under way, visits, plans, counts and meetings, then statements; people
      never lead;
    - magnitude: the logarithm of its amount in US dollars, or of its count;
    - change: a figure with its change outranks a bare level;
    - recency: a year older costs a quarter of a point."""
    weight = {"trade": 3.0, "investment": 3.0, "agreement": 2.0, "grant": 2.0, "project": 1.5, "visit": 1.8,
              "plan": 1.3, "count": 1.2, "indicator": 1.2, "meeting": 1.0, "statement": 0.6, "person": -10.0}
    score = weight[fact.kind]
    if topic_id is not None:
        if fact.topics[0] == topic_id:
            score += 2.0
        elif topic_id in fact.topics:
            score += 1.0 / len(fact.topics)
        if len(fact.topics) >= 3:
            score -= 1.0
        elif len(fact.topics) == 1 and fact.topics[0] == topic_id:
            score += 0.3   # of this sector alone
    if fact.kind == "agreement":
        score += {"inter_state": 0.8, "inter_governmental": 0.6, "inter_agency": 0.2, "commercial": -0.3}.get(
            fact.level, 0)
    if fact.kind in ("project", "plan", "statement"):
        score += {"done": 0.6, "in_progress": 0.5, "agreed": 0.3, "planned": 0.4, "proposed": 0.0,
                  "potential": -0.2}[fact.mode]
    usd = usd_value(fact.value)
    if usd:
        score += math.log10(usd) / 3
    elif fact.value is not None:
        score += 1.0
    if fact.count:
        score += math.log10(fact.count + 1) / 2
    if fact.percent is not None:
        score += 1.0
    if fact.claim is not None:
        score += 0.3
    newest = sel.as_of
    if newest is not None:
        score -= max(0, newest.end.year - sel.dates[fact.id].end.year) / 4
    return score


def _items(sel: Selection) -> tuple[list[Item], dict]:
    """The selection grouped: each fact with the selected facts that are part of it; a part whose whole is
    not selected stands alone."""
    chosen = {f.id for f in sel.facts}
    parts: dict[str, list] = {}
    for f in sel.facts:
        if f.part_of and f.part_of in chosen and f.part_of != f.id:
            parts.setdefault(f.part_of, []).append(f)
    items = [Item(f, parts.get(f.id, [])) for f in sel.facts
             if not (f.part_of and f.part_of in chosen and f.part_of != f.id)]
    return items, parts


def _worth_a_key_point(item: Item) -> bool:
    f = item.fact
    if f.kind == "person":
        return False
    if f.kind == "statement" and f.mode == "done" and f.claim is None and f.attribution is None \
            and not any(p.value or p.count for p in item.parts):
        return False   # a bare topic of talks is background, not a key point
    return True


def make_plan(sel: Selection, overview: bool = False) -> Plan:
    topic_id = sel.topic.id if sel.topic else None
    score = {f.id: significance(sel, f, topic_id) for f in sel.facts}
    items, _ = _items(sel)
    # an item weighs what its weightiest fact weighs (a proposal to export more coal carries the 115 Mt figure)
    item_score = {id(i): max(score[f.id] for f in i.facts) + 0.1 * len(i.parts) for i in items}
    ranked = sorted(items, key=lambda i: -item_score[id(i)])
    budget = BUDGET["overview" if overview else "topic"]
    used: set[str] = set()

    def take(item: Item) -> Item:
        used.update(f.id for f in item.facts)
        return item

    # Key points: the most significant items, one per indicator (the newest figure of it), 3–6.
    def own(item: Item) -> bool:
        """Whether the item is of the note's topic: one of its facts is filed first under it among at most three
        topics, or under it and one other (a fact of more sectors, or of three led by another, is cross-sector)."""
        return topic_id is None or any((f.topics[0] == topic_id and len(f.topics) <= 3)
                                       or (topic_id in f.topics and len(f.topics) <= 2) for f in item.facts)

    key, indicators, shapes = [], set(), {}
    # the topic's own facts first; cross-sector ones lead only when the topic has too few
    for item in sorted(ranked, key=lambda i: not own(i)):
        if not _worth_a_key_point(item):
            continue
        if not own(item) and len(key) >= KEY_POINTS[0]:
            break
        shape = (item.fact.kind, item.fact.mode)   # one project per stage: the others go to their section
        if item.fact.kind == "project" and shapes.get(shape):
            continue
        shapes[shape] = shapes.get(shape, 0) + 1
        ind = item.fact.indicator
        if ind and ind in indicators:
            continue
        if ind:
            indicators.add(ind)
        key.append(take(item))
        if len(key) == KEY_POINTS[1]:
            break
    if len(key) < KEY_POINTS[0]:   # a small note: statements may lead too (still one figure per indicator)
        for item in ranked:
            if item.fact.kind != "person" and item.fact.id not in used and not (
                    item.fact.indicator and item.fact.indicator in indicators):
                key.append(take(item))
                if len(key) == KEY_POINTS[0]:
                    break
    key.sort(key=lambda i: -item_score[id(i)])
    # A figure for part of a year is read against the last whole period before it: «in 2024 … ; in January–May
    # 2025 it fell …» — the level the change is measured from, said first.
    for item in key:
        f = item.fact
        if not f.indicator or f.percent is None:
            continue
        start = sel.dates[f.id].start
        before = [g for g in sel.facts if g.indicator == f.indicator and g.id not in used and g.value is not None
                  and g.percent is None and sel.dates[g.id].end < start]
        if before:
            latest = max(before, key=lambda g: sel.dates[g.id].end)
            item.context.append(latest)
            used.add(latest.id)

    # Figures of one indicator and period that other sources give differently are said once, as a risk.
    from ..dossier.verify import disagreements
    disagreeing = disagreements(sel.dossier)
    for group in disagreeing:
        if any(f.id in used for f in group):
            used.update(f.id for f in group)

    # Background: the visits and meetings of the period, and the earlier figures of the key points' indicators.
    # A topic note narrates the relationship of its period too: the period's visits come from the whole dossier.
    window = sel.period or (FuzzyDate.parse(f"{sel.span[0].start.year}..{sel.span[1].end.year}")
                            if sel.span else None)
    pool = [f for f in sel.relationship_facts if f.kind in ("visit", "meeting") and f.id not in used
            and (window is None or sel.dates[f.id].overlaps(window)) and (f.part_of is None)]
    pool.sort(key=lambda f: -(significance(sel, f, None) + (1.0 if f.kind == "visit" else 0)))
    # the period narrated, not its last year: the most significant event of each year first, then the rest
    firsts, seen = [], set()
    for f in pool:
        year = sel.dates[f.id].start.year
        if year not in seen:
            seen.add(year)
            firsts.append(f)
    first_ids = {f.id for f in firsts}
    pool = firsts + [f for f in pool if f.id not in first_ids]
    events = pool[:budget["background_events"]]   # most significant first; printed in date order
    used.update(f.id for f in events)
    said_periods = {}
    for item in key:
        for f in item.facts + item.context:
            if f.indicator:
                said_periods.setdefault(f.indicator, []).append(sel.dates[f.id])
    latest: dict[str, object] = {}
    for item in items:
        f = item.fact
        # an earlier figure, not another source's figure for a period the key points give (that is a risk);
        # of each indicator the latest one only (a dossier of years of figures would narrate them all)
        if f.indicator in indicators and f.id not in used and f.value is not None and not any(
                sel.dates[f.id].overlaps(d) for d in said_periods.get(f.indicator, [])):
            best = latest.get(f.indicator)
            if best is None or sel.dates[f.id].end > sel.dates[best.id].end:
                latest[f.indicator] = f
    earlier = sorted(latest.values(), key=lambda f: -score[f.id])[:budget["background_figures"]]
    earlier.sort(key=lambda f: sel.dates[f.id].start)
    used.update(f.id for f in earlier)

    def section(pred, n):
        out = []
        for item in sorted(ranked, key=lambda i: not own(i)):   # the topic's own facts before cross-sector ones
            if item.fact.id in used or item.fact.kind == "person" or not pred(item.fact):
                continue
            out.append(take(item))
            if len(out) == n:
                break
        return out   # most significant first: the budget drops from the end; the note prints them in date order

    def economic(f):
        return f.kind in ECONOMY_KINDS or (f.kind in ("statement", "plan") and f.topics[0] in ECONOMY_TOPICS) \
            or (f.kind == "agreement" and f.level == "commercial")

    economy = section(economic, budget["economy"])
    politics = section(lambda f: f.kind in ("visit", "meeting", "statement", "plan"), budget["politics"])
    projects: dict[str, list] = {}
    for item in ranked:
        f = item.fact
        if f.kind == "project" and f.id not in used and len(projects.get(f.mode, [])) < budget["projects"]:
            projects.setdefault(f.mode, []).append(f)
    for facts in projects.values():
        used.update(f.id for f in facts)
    treaty = [i.fact for i in ranked if i.fact.kind == "agreement" and i.fact.level in TREATY_LEVELS
              and i.fact.id not in used][:budget["treaty"]]
    used.update(f.id for f in treaty)
    said = {f.id for i in key for f in i.facts} | {f.id for i in economy for f in i.facts}
    return Plan(key, events, earlier, politics, economy, projects, treaty,
                _risks(sel, items, score, said, disagreeing), _talking(sel, ranked))


def _risks(sel: Selection, items: list[Item], score: dict, said: set, disagreeing: list) -> list[Risk]:
    out = []
    for item in items:
        f = item.fact
        if f.percent is not None and f.percent < 0:
            said_it = f.id in said
            causes = [] if said_it else [p for p in item.parts if p.kind == "statement"]
            out.append(Risk("decline", [f], causes, said=said_it))
    for f in sel.facts:
        if f.disagreeing:
            out.append(Risk("disagree", [f], said=f.id in said))
    chosen = {f.id for f in sel.facts}
    for group in disagreeing:
        facts = [f for f in group if f.id in chosen]
        if len(facts) >= 2:
            out.append(Risk("disagree", facts[:4]))
    newest = sel.as_of.end if sel.as_of else None
    if newest is not None:
        stalled = [f for f in sel.facts if f.kind == "project" and f.mode in ("agreed", "in_progress", "planned")
                   and newest.year - sel.dates[f.id].end.year >= STALLED_YEARS]
        if stalled:
            stalled.sort(key=lambda f: -score[f.id])
            out.append(Risk("stalled", stalled))
        by_indicator: dict[str, list] = {}
        for f in sel.facts:
            if f.indicator and f.value is not None:
                by_indicator.setdefault(f.indicator, []).append(f)
        for facts in by_indicator.values():   # "stale" only when the note holds no newer figure
            latest = max(facts, key=lambda f: sel.dates[f.id].end)
            if newest.year - sel.dates[latest.id].end.year > 5:
                out.append(Risk("stale", [latest]))
    return out[:RISKS]


# What the minister can say about a fact, by what it is (drafting.md, "Talking points").
def _ask(f) -> str | None:
    if f.percent is not None and f.percent < 0:
        return "restore"
    if f.kind == "grant":
        return "thank"
    if f.kind == "agreement":
        return None if f.level == "commercial" else "review"
    if f.kind in ("person", "count", "indicator", "trade", "investment", "meeting", "visit"):
        return None
    return {"done": "welcome" if f.kind == "project" else None, "in_progress": "complete", "agreed": "commit",
            "planned": "support", "proposed": "confirm", "potential": "explore"}[f.mode]


def _talking(sel: Selection, ranked: list[Item]) -> list[Ask]:
    """Up to TALKING_POINTS asks, the most significant facts first, no two of one ask (each ask has its own
    frame: two points never open the same way)."""
    out, asks = [], set()
    for item in ranked:
        ask = _ask(item.fact)
        if ask is None or ask in asks:
            continue
        asks.add(ask)
        out.append(Ask(ask, item))
        if len(out) == TALKING_POINTS:
            break
    return out
