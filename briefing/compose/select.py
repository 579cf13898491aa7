"""Choosing the facts of one note: by topic and period, with sources numbered for citation."""
from __future__ import annotations

from dataclasses import dataclass
from functools import cached_property
from itertools import chain
from operator import itemgetter

from ..dossier.belonging import dossier_states, other_states
from ..dossier.dates import FuzzyDate
from ..dossier.load import Dossier
from ..dossier.schema import Fact, Source
from ..topics import Topic


@dataclass(frozen=True)
class Selection:
    dossier: Dossier
    topic: Topic | None
    period: FuzzyDate | None
    facts: tuple[Fact, ...]               # chronological
    sources: tuple[Source, ...]           # in citation order: [1], [2], …
    dates: dict                           # fact id -> FuzzyDate used for ordering and periods
    other_pairs: tuple[Fact, ...] = ()    # matched, but of another relationship (belonging.py): left out
    foreign: frozenset[str] = frozenset()  # ids of every fact of another relationship in the dossier

    @property
    def relationship_facts(self) -> list[Fact]:
        """The dossier's facts of its own relationship, whatever their topic and period (a topic note narrates
        the period's visits from the whole dossier, never another pair's)."""
        return [f for f in self.dossier.facts if f.id not in self.foreign]

    def cite(self, fact: Fact) -> str:
        numbers = sorted({self.number(s) for s in fact.sources})
        return "[" + ", ".join(str(n) for n in numbers) + "]"

    def number(self, source_id: str) -> int:
        try:
            return self._numbers[source_id]
        except KeyError:
            raise StopIteration(source_id) from None   # what the linear search raised

    @cached_property
    def _numbers(self) -> dict[str, int]:
        """Source id -> citation number, built once: a note cites thousands of times."""
        return {s.id: i for i, s in enumerate(self.sources, 1)}

    def of_kind(self, *kinds: str) -> list[Fact]:
        """The selected facts of these kinds, in the selection's order."""
        groups = [self._by_kind.get(kind, ()) for kind in dict.fromkeys(kinds)]
        if len(groups) == 1:
            return [f for _, f in groups[0]]
        # the groups are runs already in order: sorting their concatenation by position is a merge
        return [f for _, f in sorted(chain.from_iterable(groups), key=itemgetter(0))]

    @cached_property
    def _by_kind(self) -> dict[str, list[tuple[int, Fact]]]:
        """kind -> [(position in the selection, fact)]: one pass, then each section asks for its kinds."""
        groups: dict[str, list[tuple[int, Fact]]] = {}
        for i, f in enumerate(self.facts):
            groups.setdefault(f.kind, []).append((i, f))
        return groups

    @cached_property
    def as_of(self) -> FuzzyDate | None:
        """The date of the newest fact, as known when reported: a plan for next year is news of its source's date."""
        best, best_end = None, None
        when = {sid: src.when for sid, src in self.dossier.sources.items()}
        dates = self.dates
        for f in self.facts:
            evidence = f.evidence
            reported = (when[evidence[0].source] if len(evidence) == 1
                        else max((when[e.source] for e in evidence), key=lambda d: d.end))
            own = dates[f.id]
            known = own if own.end <= reported.end else reported
            if best is None or known.end > best_end:
                best, best_end = known, known.end
        return best

    @cached_property
    def span(self) -> tuple[FuzzyDate, FuzzyDate] | None:
        """First and last dates the note covers; a plan for a later year counts at its report's date."""
        if not self.facts:
            return None
        return self.dates[self.facts[0].id], self.as_of   # the facts are in order of their dates' start


def select(dossier: Dossier, topic: Topic | None = None, period: FuzzyDate | None = None) -> Selection:
    """One pass over the dossier: every fact's date (periods and ordering need it), the facts that match."""
    sources = dossier.sources
    topic_id = topic.id if topic is not None else None
    own = dossier_states(dossier.meta.parties)
    dates, chosen, others, foreign = {}, [], [], set()
    for f in dossier.facts:
        # a fact's own date, or the date of the first source that reports it
        d = dates[f.id] = f.when or sources[f.evidence[0].source].when
        if other_states(f.parties, own):
            foreign.add(f.id)
        if (topic_id is None or topic_id in f.topics) and (period is None or d.overlaps(period)):
            (others if f.id in foreign else chosen).append(f)
    chosen.sort(key=lambda f: (dates[f.id].start, dates[f.id].end, f.id))
    cited = {e.source for f in chosen for e in f.evidence}
    ordered = sorted((sources[s] for s in cited), key=lambda s: (s.when.start, s.id))
    return Selection(dossier, topic, period, tuple(chosen), tuple(ordered), dates, tuple(others), frozenset(foreign))
