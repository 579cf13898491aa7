"""Charts declared in charts/*.yaml: their specs, the facts each selects, the series it draws, and the cache of
their pictures (keyed by a hash of series and spec). The drawing itself is in briefing/chartdraw.py."""
from __future__ import annotations

import hashlib
import json
from dataclasses import asdict
from pathlib import Path
from typing import Literal, Optional

from pydantic import BaseModel, ConfigDict, Field, ValidationError

from . import __version__
from .chartdraw import Chart, Picture
from .errors import ContentError, Problem
from .vocab import STATUSES
from .yamlio import line_of, load_file

# What a picture depends on besides its data: the series rules here and the drawing rules.
_CODE_HASH = hashlib.sha256(b"".join(Path(__file__).with_name(n).read_bytes()
                                     for n in ("charts.py", "chartdraw.py"))).hexdigest()[:16]


class ChartSelect(BaseModel):
    model_config = ConfigDict(extra="forbid")
    kinds: list[str] = Field(min_length=1)
    indicator: Optional[str] = None
    precision: Optional[list[Literal["year", "month", "day", "range"]]] = None


class ChartSpec(BaseModel):
    model_config = ConfigDict(extra="forbid")
    id: str = Field(pattern=r"^[a-z][a-z0-9_]*$")
    kind: Literal["bars", "portfolio", "timeline", "values"]
    select: ChartSelect
    value: Literal["amount", "count"] = "amount"
    # Figures are divided by it: a denormal or huge scale makes them infinite or zero, and the axis with them.
    scale: float = Field(default=1.0, ge=1e-9, le=1e15, allow_inf_nan=False)
    title: dict[str, str]
    axis: dict[str, object] = {}
    min_points: int = Field(default=1, ge=1)
    max_points: int = Field(default=15, ge=1, le=1000)   # `values`: the largest figures only


def load_specs(folder: Path) -> list[ChartSpec]:
    specs, problems = [], []
    for path in sorted(Path(folder).glob("*.yaml")):
        try:
            data, lines = load_file(path)
        except ContentError as exc:
            problems.extend(exc.problems)
            continue
        if not isinstance(data, dict):
            problems.append(Problem(str(path), 1, "", "expected a chart spec mapping"))
            continue
        try:
            specs.append(ChartSpec(**data))
        except ValidationError as exc:
            for err in exc.errors():
                loc = tuple(err["loc"])
                problems.append(Problem(str(path), line_of(lines, loc), ".".join(map(str, loc)),
                                        err["msg"].removeprefix("Value error, ")))
    if problems:
        raise ContentError(f"{folder}: the chart specs are not valid", problems)
    return specs


def chart_data(spec: ChartSpec, frame):
    """The rows of the facts frame (`compose.frame.Rows`) a spec asks for. A `values` chart shows at most
    `max_points` figures, the largest: a bar per figure of a whole archive would not fit on a page."""
    kinds, sel = set(spec.select.kinds), spec.select
    precision = set(sel.precision or ())
    need = {"bars": spec.value, "values": "usd"}.get(spec.kind)
    rows = frame.where(lambda r: r["kind"] in kinds
                       and (not sel.indicator or r["indicator"] == sel.indicator)
                       and (not precision or r["precision"] in precision)
                       and (need is None or r[need] is not None))
    if spec.kind == "values":   # the one kind that prints each fact's label
        if len(rows) > spec.max_points:
            keep = {id(r) for r in sorted(rows, key=lambda r: -r["usd"])[: spec.max_points]}
            rows = rows.where(lambda r: id(r) in keep)
        rows.labelled()
    return rows


MIN_POINTS = 2   # a chart of one point says nothing a sentence or a table row does not: never drawn


def measure(row) -> str:
    """What a money figure measures: a stock (an amount held at a date: accumulated investment), a flow (an
    amount over a period: trade, a deal's value) or a grant (an amount given). Bars of different measures on one
    axis compare what cannot be compared (and needed a logarithmic scale to fit), so a chart shows one."""
    if row["kind"] == "grant":
        return "grant"
    if (row["indicator"] or "").endswith("_stock"):
        return "stock"
    return "flow"


def enough(spec: ChartSpec, rows) -> bool:
    """Whether a chart carries information: at least `min_points` (and never fewer than two) distinct points
    (years; topics for a portfolio; figures for `values`), and for `values` figures of one measure. A chart that
    fails is left out; its facts stay in the note's tables."""
    if rows.empty:
        return False
    if spec.kind == "values" and len({measure(r) for r in rows}) > 1:
        return False
    points = {"portfolio": len(set(rows["topic"])), "values": len(rows)}.get(spec.kind, len(set(rows["year"])))
    return points >= max(spec.min_points, MIN_POINTS)


def series(spec: ChartSpec, rows) -> dict:
    """What a chart draws, aggregated from its rows in one pass: a handful of points whatever the size of the
    dossier. The cache key and the drawing see only this, never the facts."""
    if spec.kind == "bars":
        best: dict[int, float] = {}
        for r in rows:
            v = r[spec.value]
            if r["year"] not in best or v > best[r["year"]]:
                best[r["year"]] = v
        return {"points": [[year, best[year] / spec.scale] for year in sorted(best)]}
    if spec.kind == "portfolio":
        counts: dict[tuple, int] = {}
        value: dict[tuple, float] = {}
        total = 0.0
        for r in rows:
            total += r["usd"] or 0.0
            if r["status"] is None:   # a project without a status has no bar segment to go in
                continue
            key = (r["topic"], r["status"])
            counts[key] = counts.get(key, 0) + 1
            value[key] = value.get(key, 0.0) + (r["usd"] or 0.0)
        topics = sorted(set(rows["topic"]))
        order = [s for s in STATUSES if any(k[1] == s for k in counts)]
        # The value panel only when it has two bars to compare (a value known in two topics at least).
        valued = {r["topic"] for r in rows if r["usd"] and r["status"] is not None}
        return {"topics": topics, "statuses": order, "with_value": total > 0 and len(valued) >= MIN_POINTS,
                "counts": [[counts.get((t, s), 0) for s in order] for t in topics],
                "values": [[value.get((t, s), 0.0) / spec.scale for s in order] for t in topics]}
    if spec.kind == "values":
        ordered = sorted(rows, key=lambda r: r["usd"])   # stable: equal figures keep the note's order
        return {"points": [[r["label"], r["usd"] / spec.scale] for r in ordered]}
    per_year: dict[int, int] = {}   # timeline
    for r in rows:
        per_year[r["year"]] = per_year.get(r["year"], 0) + 1
    return {"points": [[year, per_year[year]] for year in sorted(per_year)]}


def chart(spec: ChartSpec, rows, lang: str, status_labels: dict, topic_names: dict) -> Chart:
    data = series(spec, rows)
    used = data.get("topics", ())
    return Chart(spec.model_dump(), data, lang, status_labels if spec.kind == "portfolio" else {},
                 {t: topic_names[t] for t in used})


def key(chart: Chart) -> str:
    key_data = {"chart": asdict(chart), "version": __version__,
                "code": _CODE_HASH}   # a new drawing rule must not be served an old picture
    return hashlib.sha256(json.dumps(key_data, sort_keys=True, default=str).encode()).hexdigest()[:32]


def _cached(key: str, cache: Path) -> Picture | None:
    svg_path, png_path, meta_path = (cache / f"{key}{ext}" for ext in (".svg", ".png", ".json"))
    try:
        svg, png = svg_path.read_bytes(), png_path.read_bytes()
        aspect = float(json.loads(meta_path.read_text())["aspect"])
    except (OSError, ValueError, KeyError, TypeError):
        return None   # absent, or a damaged entry: draw again and overwrite it
    # A file cut short (a full disk, a copy interrupted) must not become a blank chart: both end as they should.
    if not (svg.rstrip().endswith(b"</svg>") and png.startswith(b"\x89PNG") and png.endswith(b"IEND\xaeB`\x82")):
        return None
    return svg, png, aspect


def _store(key: str, cache: Path, picture: Picture) -> None:
    from .fsutil import atomic_write   # creates the folder; a failure is an EnvironmentProblem (exit 3)
    svg, png, aspect = picture
    atomic_write(cache / f"{key}.svg", svg)
    atomic_write(cache / f"{key}.png", png)
    atomic_write(cache / f"{key}.json", json.dumps({"aspect": aspect}).encode())


def pictures(charts: list[Chart], cache: Path | None) -> list[Picture]:
    """The pictures of a note's charts: from the cache when drawn before, else drawn now and kept there."""
    keys = [key(c) for c in charts]
    found = [_cached(k, cache) if cache is not None else None for k in keys]
    for i, picture in enumerate(found):
        if picture is None:
            from .chartdraw import draw   # matplotlib is imported only when a chart must be drawn
            found[i] = draw(charts[i])
            if cache is not None:
                _store(keys[i], cache, found[i])
    return found
