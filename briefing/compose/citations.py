"""Numbering citations after the note is written, so that its Sources list holds exactly what it cites.

While the sections are composed, a `Citing` selection writes each citation as a placeholder naming its
source ids. Once every section and figure caption exists, the cited sources are numbered in the order of the
Sources list (by date, then id, as `select` orders them) and the placeholders become «[1, 3]». With a dossier of
a hundred facts every source is cited anyway and nothing changes; with an archive of thousands of sources a
note cites the few dozen its sections and capped annexes name, not all of them."""
from __future__ import annotations

import dataclasses
import re

from ..model import Figure, Table
from .select import Selection

_OPEN, _CLOSE = "\ue000", "\ue001"   # private-use characters: never in a dossier's text (printable check)
_ID = re.compile(f"{_OPEN}([^{_CLOSE}]*){_CLOSE}")
_MARK = f"{_OPEN}[^{_CLOSE}]*{_CLOSE}"
_GROUP = re.compile(rf"\[({_MARK}(?:, {_MARK})*)\]")          # «[a, b]»: one citation of several sources
_RUN = re.compile(rf"\[{_MARK}\](?:, \[{_MARK}\])+")           # «[a], [b]»: a figure caption's list


@dataclasses.dataclass(frozen=True)
class Citing(Selection):
    """A selection whose citations are placeholders (see `number_all`)."""

    def number(self, source_id: str) -> str:
        if source_id not in self.dossier.sources:
            raise StopIteration(source_id)
        return f"{_OPEN}{source_id}{_CLOSE}"


def citing(sel: Selection) -> Citing:
    fields = {f.name: getattr(sel, f.name) for f in dataclasses.fields(Selection)}
    marked = Citing(**{**fields, "sources": ()})
    marked.__dict__.update(as_of=sel.as_of, span=sel.span)   # the same facts: found once, not twice
    return marked


def _strings(obj):
    if isinstance(obj, str):
        yield obj
    elif isinstance(obj, (list, tuple)):
        for item in obj:
            yield from _strings(item)
    elif isinstance(obj, dict):
        yield from _strings(list(obj.values()))
    elif isinstance(obj, (Table, Figure)):
        yield from _strings(obj.rows if isinstance(obj, Table) else obj.caption)


def _map(obj, fn):
    if isinstance(obj, str):
        return fn(obj) if _OPEN in obj else obj
    if isinstance(obj, list):
        return [_map(item, fn) for item in obj]
    if isinstance(obj, tuple):
        return tuple(_map(item, fn) for item in obj)
    if isinstance(obj, dict):
        return {key: _map(value, fn) for key, value in obj.items()}
    if isinstance(obj, Table):
        return dataclasses.replace(obj, rows=_map(obj.rows, fn))
    if isinstance(obj, Figure):
        return dataclasses.replace(obj, caption=_map(obj.caption, fn))
    return obj


def number_all(sel: Selection, parts: dict) -> tuple[Selection, dict]:
    """(the selection with only the cited sources, `parts` with every placeholder replaced by its number)."""
    cited = {sid for value in parts.values() for text in _strings(value) for sid in _ID.findall(text)}
    # The selection's sources, in its order, then any other the note cites (the background's visits of the
    # period come from the whole dossier), by date and id.
    sources = tuple(s for s in sel.sources if s.id in cited)
    extra = sorted((sel.dossier.sources[sid] for sid in cited - {s.id for s in sources}),
                   key=lambda s: (s.when.start, s.id))
    sources = tuple(sorted((*sources, *extra), key=lambda s: (s.when.start, s.id))) if extra else sources
    final = dataclasses.replace(sel, sources=sources)
    number = {s.id: i for i, s in enumerate(sources, 1)}

    def numbers(text: str) -> list[int]:
        return sorted({number[sid] for sid in _ID.findall(text)})

    def fn(text: str) -> str:
        text = _RUN.sub(lambda m: ", ".join(f"[{n}]" for n in numbers(m.group())), text)
        text = _GROUP.sub(lambda m: "[" + ", ".join(map(str, numbers(m.group()))) + "]", text)
        return _ID.sub(lambda m: str(number[m.group(1)]), text)

    return final, {key: _map(value, fn) for key, value in parts.items()}
