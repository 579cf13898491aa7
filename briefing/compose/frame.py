"""The selected facts as rows: the one shape tables and charts query.

Plain records: selecting a chart's facts is one linear filter, and its series (a point per year, topic or
figure) one pass over them (`briefing/charts.py::series`); the drawing process gets only the series. `Rows`
keeps the frame idioms the chart code uses: `rows["year"]` is that column as a list, `rows.empty`, `len(rows)`."""
from __future__ import annotations

from .. import vocab
from .select import Selection


def usd(value) -> float | None:
    """A money value in rough US dollars, to rank and chart figures of different currencies together."""
    if value is None or value.currency is None or value.per is not None:   # a rate or a price is no sum
        return None
    return vocab.usd(value.amount, value.currency)


COLUMNS = ("id", "kind", "indicator", "topic", "status", "amount", "currency", "usd", "count", "year",
           "start", "precision", "sources", "label")


class Rows(list):
    """A list of row dicts; indexing with a column name gives the column. A row's "label" is filled in only
    when a chart asks for it (`labelled`): formatting a title and date for each of 100,000 facts would cost
    seconds, and a chart prints at most a few dozen."""

    label_of = staticmethod(lambda fid: fid)   # facts_frame gives each frame the note's titles

    def __getitem__(self, key):
        if isinstance(key, str):
            return [row[key] for row in self]
        return super().__getitem__(key)

    @property
    def empty(self) -> bool:
        return not self

    def where(self, keep) -> "Rows":
        rows = Rows(row for row in self if keep(row))
        rows.label_of = self.label_of
        return rows

    def labelled(self) -> "Rows":
        for row in self:
            if row["label"] is None:
                row["label"] = self.label_of(row["id"])
        return self


def facts_frame(sel: Selection, facts, label) -> Rows:
    """Rows of `facts` (some of the selection's). `label(fact)` gives the text a chart prints for a fact (its
    title in the note's language), asked for only by the rows a chart labels."""
    rows = Rows()
    by_id = {f.id: f for f in facts}
    rows.label_of = lambda fid: label(by_id[fid])
    for f in facts:
        d = sel.dates[f.id]
        v = f.value
        rows.append({
            "id": f.id, "kind": f.kind, "indicator": f.indicator, "topic": f.topics[0], "status": f.status,
            "amount": float(v.amount) if v else None, "currency": v.currency if v else None,
            "usd": usd(v),
            "count": f.count, "year": d.start.year, "start": d.start, "precision": d.precision,
            "sources": tuple(f.sources), "label": None,
        })
    return rows
