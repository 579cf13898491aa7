"""Whether a fact is about the dossier's relationship. Extraction gives a fact the parties its own sentence names,
so a dossier collects facts of other pairs too (a Kyrgyz–Uzbek loan told in an article on Central Asia). A note
on the dossier's relationship must not present them as its own («we thank … for the funds» about money one third
state gave another), so a fact whose parties name states of another relationship — none of the dossier's, or
one of them with a third — is left out of notes and `check` says so. A party that names no state (a company, a
fund, a city) tells nothing either way: a fact with only such parties stays."""
from __future__ import annotations

from functools import lru_cache
from pathlib import Path

import yaml

# The state registry reads CLDR's names through babel only; extraction's heavier stack is not imported.
from ..extract.states import state_named_exactly, states_in


@lru_cache(maxsize=4096)
def states_named(party: str) -> frozenset[str]:
    """ISO codes of the states a party's name names: «Министерство иностранных дел Японии» -> {JP},
    «Қазақстан» -> {KZ}, «Mitsubishi» -> {}."""
    found = set(states_in(party, "ru")) | set(states_in(party, "kk"))
    code = None if found else state_named_exactly(party)
    return frozenset(found | {code} if code else found)


def dossier_states(parties) -> frozenset[str]:
    return frozenset().union(*(states_named(p) for p in parties))


def other_states(parties, own: frozenset[str]) -> frozenset[str]:
    """The states a fact's parties name when they make it another relationship than the dossier's (`own`): none
    of them the dossier's (a Lithuanian grant to Ukraine), or one of them with a third state (Kazakhstan's aid to
    Tajikistan in a Kazakhstan–Japan dossier). Empty when the fact belongs to the dossier: its states are among
    the dossier's, or include them all (a meeting of the two with a third); or when its parties name no state,
    or the dossier's name none."""
    if not own:
        return frozenset()
    named = dossier_states(parties)
    return named if named and not (named <= own or own <= named) else frozenset()


def another_relationship(parties, dossier_parties) -> str:
    """What `check` and `make` say of a fact of another relationship."""
    return (f"its parties ({', '.join(parties)}) are another relationship than the dossier's "
            f"({', '.join(dossier_parties)})")


def states_of_dossier_at(root: Path) -> frozenset[str]:
    """The states a dossier folder's `dossier.yaml` names as its parties, for review's hint; empty when the file
    cannot be read (`check` reports that, located). Read again only when the file changes: the review page asks
    on every request."""
    path = Path(root) / "dossier.yaml"
    try:
        stat = path.stat()
    except OSError:
        return frozenset()
    return _states_of_file(str(path), stat.st_mtime_ns, stat.st_size)


@lru_cache(maxsize=16)
def _states_of_file(path: str, mtime_ns: int, size: int) -> frozenset[str]:
    try:
        meta = yaml.safe_load(Path(path).read_text(encoding="utf-8"))
        parties = meta.get("parties") or []
    except (OSError, UnicodeDecodeError, yaml.YAMLError, AttributeError):
        return frozenset()
    return dossier_states(str(p) for p in parties if p)
