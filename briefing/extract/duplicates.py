"""Does a candidate repeat a fact the dossier already holds from another source?

Same quantity (amount with its currency or unit and qualifier, a count of the same things, a percentage),
same thing (same kind, same indicator when both name one, dates that overlap), other source.  People are the
same person when their surnames match; documents when most of the words of their titles match."""
from __future__ import annotations

import re
from decimal import Decimal

from ..dossier.dates import FuzzyDate
from ..vocab import LANGS


def _dates_meet(a: str | None, b: str | None) -> bool:
    if not a or not b:
        return True
    try:
        return FuzzyDate.parse(a).overlaps(FuzzyDate.parse(b))
    except ValueError:
        return True


def _value_key(value) -> tuple | None:
    if value is None:
        return None
    get = value.get if isinstance(value, dict) else (lambda k: getattr(value, k))
    per = get("per")
    if per is not None and not isinstance(per, dict):
        per = per.model_dump()
    per_key = None if per is None else (str(per.get("amount", 1)), per.get("currency"), per.get("unit"))
    return (Decimal(str(get("amount"))).normalize(), get("currency"), get("unit"), get("qualifier"), per_key)


def _surname(person) -> str | None:
    if not person:
        return None
    names = person["name"] if isinstance(person, dict) else person.name.model_dump()
    for lang in LANGS:
        n = names.get(lang) if isinstance(names, dict) else None
        if n:
            return n.split()[-1].lower()[:6]
    return None


def _stems(text: str) -> set[str]:
    return {w.lower()[:5] for w in re.findall(r"[^\W\d_]{4,}", text)}


def find(candidate: dict, facts, source_id: str) -> list[str]:
    """Ids of the facts `candidate` (a review entry) repeats."""
    out = []
    kind = candidate.get("kind")
    value = _value_key(candidate.get("value"))
    for fact in facts:
        if source_id in fact.sources:
            continue
        if not _dates_meet(candidate.get("date"), fact.date):
            continue
        if kind == "person" and fact.kind == "person":
            if _surname(candidate.get("person")) and _surname(candidate.get("person")) == _surname(fact.person):
                out.append(fact.id)
            continue
        same_kind = fact.kind == kind
        if candidate.get("indicator") and fact.indicator and candidate["indicator"] != fact.indicator:
            continue
        numeric = False
        if value is not None and fact.value is not None:
            if value != _value_key(fact.value):
                continue
            numeric = True
        if candidate.get("count") is not None and fact.count is not None:
            if int(candidate["count"]) != fact.count or (candidate.get("counted") or None) != (fact.counted or None) \
                    and fact.counted is not None:
                continue
            numeric = True
        if candidate.get("percent") is not None and fact.percent is not None:
            if Decimal(str(candidate["percent"])) != fact.percent:
                continue
            numeric = True
        if numeric and (same_kind or (candidate.get("indicator") and candidate.get("indicator") == fact.indicator)):
            out.append(fact.id)
            continue
        if not numeric and kind == "agreement" and fact.kind == "agreement" and value is None and fact.value is None:
            a = _stems(" ".join(v for v in (candidate.get("title") or {}).values() if v))
            b = _stems(" ".join(v for v in fact.title.model_dump().values() if v))
            if min(len(a), len(b)) >= 3 and len(a & b) / min(len(a), len(b)) >= 0.6:
                out.append(fact.id)
    return out
