"""The article as the page shows it: its text with every candidate's quote marked where its evidence offsets
put it, the current candidate's emphasised."""
from __future__ import annotations

from markupsafe import Markup, escape

from ..extract.reviewing import decision


def _span(entry: dict, length: int) -> tuple[int, int] | None:
    ev = entry.get("evidence") or {}
    start, end = ev.get("start"), ev.get("end")
    if not isinstance(start, int) or not isinstance(end, int) or not 0 <= start < end <= length:
        return None   # offsets lost in an edit of the review file: the candidate is listed, not marked
    return start, end


def highlighted(text: str, candidates: list[dict], current: str | None) -> Markup:
    """`text` as HTML, each stretch covered by quotes in a <mark> naming the candidate a click selects there:
    the current one if it covers the stretch, else the one with the shortest quote (the most precise)."""
    spans = {}
    for e in candidates:
        span = _span(e, len(text))
        if span:
            spans[str(e.get("id"))] = (span, decision(e))
    cuts = sorted({0, len(text)} | {p for (s, e), _ in spans.values() for p in (s, e)})
    out = []
    for a, b in zip(cuts, cuts[1:]):
        piece = escape(text[a:b])
        over = [cid for cid, ((s, e), _) in spans.items() if s <= a and b <= e]
        if not over:
            out.append(piece)
            continue
        pick = current if current in over else min(over, key=lambda c: spans[c][0][1] - spans[c][0][0])
        classes = ["q", spans[pick][1]]
        if current in over:
            classes.append("current")
        if len(over) > 1:
            classes.append("overlap")
        out.append(Markup('<mark class="{}" data-cid="{}" title="{}">{}</mark>').format(
            " ".join(classes), pick, ", ".join(over), piece))
    return Markup("").join(out)


def counts(candidates: list[dict]) -> dict[str, int]:
    out = {"pending": 0, "accepted": 0, "rejected": 0}
    for e in candidates:
        out[decision(e)] = out.get(decision(e), 0) + 1
    return out
