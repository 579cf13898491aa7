"""The candidate form of the review page, both ways: the fields it shows for a candidate, and the edits a posted
form makes to it. Only what a field cannot even say (a number that is not one) is refused here; everything else
is proved by the same code as `briefing check` when the candidate is accepted."""
from __future__ import annotations

from decimal import Decimal, InvalidOperation

from ..errors import Problem
from ..vocab import COUNTED, CURRENCIES, DOCUMENT_LEVELS, KINDS, LANGS, MODALITIES, QUALIFIERS, STATUSES, UNITS

CHOICES = {"kind": tuple(KINDS), "status": STATUSES, "modality": tuple(MODALITIES), "level": tuple(DOCUMENT_LEVELS),
           "value_currency": CURRENCIES, "value_unit": UNITS, "value_qualifier": QUALIFIERS,
           "per_currency": CURRENCIES, "per_unit": UNITS,
           "count_qualifier": QUALIFIERS, "counted": COUNTED}


def _text(value) -> str:
    return "" if value is None else str(value)


def fields(entry: dict) -> dict[str, str]:
    """The form's values for a candidate, by field name."""
    value = entry.get("value") if isinstance(entry.get("value"), dict) else {}
    person = entry.get("person") if isinstance(entry.get("person"), dict) else {}
    out = {
        "fact_id": _text(entry.get("fact_id")), "kind": _text(entry.get("kind")), "date": _text(entry.get("date")),
        "topics": list(entry.get("topics") or []), "parties": ", ".join(map(str, entry.get("parties") or [])),
        "value_amount": _text(value.get("amount")), "value_currency": _text(value.get("currency")),
        "value_unit": _text(value.get("unit")), "value_qualifier": _text(value.get("qualifier")),
        "count": _text(entry.get("count")), "count_qualifier": _text(entry.get("count_qualifier")),
        "counted": _text(entry.get("counted")), "percent": _text(entry.get("percent")),
        "status": _text(entry.get("status")), "modality": _text(entry.get("modality")),
        "level": _text(entry.get("level")),
    }
    per = value.get("per") if isinstance(value.get("per"), dict) else {}
    out.update({"per_amount": _text(per.get("amount", 1) if per else None), "per_currency": _text(per.get("currency")),
                "per_unit": _text(per.get("unit"))})
    for lang in LANGS:
        out[f"title_{lang}"] = _text((entry.get("title") or {}).get(lang))
        for part in ("name", "post"):
            out[f"person_{part}_{lang}"] = _text((person.get(part) or {}).get(lang))
    return out


def _number(text: str, name: str, problems: list[Problem], whole: bool = False):
    """A number as an analyst types it: «9 000 000 000», «2,5», «-18.6»; None when the field is empty."""
    text = text.replace("\u00a0", "").replace("\u202f", "").replace(" ", "").replace("_", "").replace(",", ".")
    if not text:
        return None
    try:
        number = Decimal(text)
    except InvalidOperation:
        problems.append(Problem("", None, name, f"not a number: {text!r}"))
        return None
    if not number.is_finite() or (whole and number != number.to_integral_value()):
        problems.append(Problem("", None, name, f"not a {'whole ' if whole else ''}number: {text!r}"))
        return None
    return int(number) if number == number.to_integral_value() else number


def _texts(form, prefix: str) -> dict | None:
    texts = {lang: form.get(f"{prefix}_{lang}", "").strip() for lang in LANGS}
    return {lang: t for lang, t in texts.items() if t} or None


def edits(form, entry: dict) -> tuple[dict, list[Problem]]:
    """The candidate fields a posted form sets (None: cleared), and what in it is not even a value."""
    problems: list[Problem] = []
    get = lambda name: (form.get(name) or "").strip()   # noqa: E731
    out: dict = {"kind": get("kind") or None, "date": get("date") or None, "fact_id": get("fact_id") or None,
                 "topics": list(form.getlist("topics")) or None,
                 "parties": [p.strip() for p in get("parties").split(",") if p.strip()] or None,
                 "title": _texts(form, "title")}
    for name in ("status", "modality", "level", "count_qualifier", "counted"):
        out[name] = get(name) or None
    out["count"] = _number(get("count"), "count", problems, whole=True)
    out["percent"] = _number(get("percent"), "percent", problems)
    amount = _number(get("value_amount"), "value.amount", problems)
    value = {"amount": amount, "currency": get("value_currency") or None, "unit": get("value_unit") or None,
             "qualifier": get("value_qualifier") or None}
    value = {k: v for k, v in value.items() if v is not None}
    # a rate or a price: what the amount is per («27 крон за 1 евро»); empty fields: a plain sum
    per = {"amount": _number(get("per_amount"), "value.per.amount", problems), "currency": get("per_currency") or None,
           "unit": get("per_unit") or None}
    if per["currency"] or per["unit"]:
        value["per"] = {k: v for k, v in per.items() if v is not None and not (k == "amount" and v == 1)}
    old_value = entry.get("value") if isinstance(entry.get("value"), dict) else {}
    # Keys of the value the form does not show stay as they were.
    shown = ("amount", "currency", "unit", "qualifier", "per")
    out["value"] = ({**{k: v for k, v in old_value.items() if k not in shown}, **value} if value else None)
    if out["kind"] == "person" or entry.get("person"):
        person = dict(entry.get("person") or {})
        for part in ("name", "post"):
            person[part] = _texts(form, f"person_{part}")
        person = {k: v for k, v in person.items() if v is not None}
        out["person"] = person or None
    return out, problems
