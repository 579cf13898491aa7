"""The selected facts as a pandas frame: the one shape tables and charts query."""
from __future__ import annotations

import pandas as pd

from .select import Selection

USD_RATES = {"USD": 1.0, "EUR": 1.1, "JPY": 0.007, "KZT": 0.002, "RUB": 0.011, "CNY": 0.14}


def facts_frame(sel: Selection, label=None) -> pd.DataFrame:
    """`label(fact)` gives the text a chart prints for a fact (its title in the note's language)."""
    rows = []
    for f in sel.facts:
        d = sel.dates[f.id]
        v = f.value
        rows.append({
            "id": f.id, "kind": f.kind, "indicator": f.indicator, "topic": f.topics[0], "status": f.status,
            "amount": float(v.amount) if v else None, "currency": v.currency if v else None,
            "usd": float(v.amount) * USD_RATES[v.currency] if v and v.currency else None,
            "count": f.count, "year": d.start.year, "start": pd.Timestamp(d.start), "precision": d.precision,
            "sources": tuple(f.sources), "label": label(f) if label else f.id,
        })
    columns = ["id", "kind", "indicator", "topic", "status", "amount", "currency", "usd", "count", "year",
               "start", "precision", "sources", "label"]
    return pd.DataFrame(rows, columns=columns)
