"""Charts declared in charts/*.yaml, drawn with matplotlib's object API, cached by a hash of data and spec."""
from __future__ import annotations

import hashlib
import io
import json
from pathlib import Path
from typing import Literal, Optional

from pydantic import BaseModel, ConfigDict, Field, ValidationError

from . import __version__
from .errors import ContentError, Problem
from .yamlio import line_of, load_file

FONT_DIR = Path(__file__).parent / "fonts"
_CODE_HASH = hashlib.sha256(Path(__file__).read_bytes()).hexdigest()[:16]


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
    scale: float = Field(default=1.0, gt=0)
    title: dict[str, str]
    axis: dict[str, object] = {}
    min_points: int = Field(default=1, ge=1)
    max_points: int = Field(default=15, ge=1)   # `values`: the largest figures only


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


def enough(spec: ChartSpec, rows) -> bool:
    """A chart is worth drawing when it has `min_points` distinct points (years, or topics for a portfolio)."""
    if rows.empty:
        return False
    points = {"portfolio": len(set(rows["topic"])), "values": len(rows)}.get(spec.kind, len(set(rows["year"])))
    return points >= spec.min_points


def _style():
    import matplotlib
    from matplotlib import font_manager

    for ttf in sorted(FONT_DIR.glob("LiberationSans-*.ttf")):
        font_manager.fontManager.addfont(str(ttf))
    return matplotlib.rc_context({
        "font.family": "Liberation Sans", "font.size": 9, "svg.fonttype": "path", "svg.hashsalt": "briefing",
        "axes.spines.top": False, "axes.spines.right": False, "axes.edgecolor": "#555555",
        "axes.prop_cycle": matplotlib.cycler(color=["#1f3a5f", "#4a7fb0", "#8fb3d9", "#c9a227", "#9a9a9a"]),
        "axes.grid": True, "grid.color": "#dddddd", "grid.linewidth": 0.6, "axes.axisbelow": True,
    })


STATUS_ORDER = ["implemented", "in_progress", "agreed", "planned", "discussed"]


def _draw(spec: ChartSpec, rows, lang: str, labels: dict, topic_names: dict):
    """The chart's data as a pandas frame, aggregated there, drawn with matplotlib's object API. Both are
    imported only here: a chart found in the cache needs neither."""
    import pandas as pd
    from matplotlib.figure import Figure

    frame = pd.DataFrame(list(rows), columns=list(rows[0].keys()) if rows else None)

    axis = spec.axis.get(lang, "")
    if spec.kind == "bars":
        fig = Figure(figsize=(6.3, 2.6))
        ax = fig.add_subplot()
        by_year = frame.groupby("year")[spec.value].max().sort_index()
        years = list(by_year.index)
        values = list(by_year.to_numpy() / spec.scale)
        bars = ax.bar([str(y) for y in years], values, width=0.55, color="#1f3a5f")
        ax.bar_label(bars, labels=[_num(v, lang) for v in values], padding=2, fontsize=8)
        ax.set_ylabel(axis)
        from matplotlib.ticker import FuncFormatter
        ax.yaxis.set_major_formatter(FuncFormatter(lambda v, _: _num(v, lang)))
        ax.grid(axis="x", visible=False)
        ax.margins(y=0.18)
    elif spec.kind == "portfolio":
        topics = sorted(frame["topic"].unique())
        fig = Figure(figsize=(6.3, 1.1 + 0.3 * max(1, len(topics))))
        with_value = bool(frame["usd"].fillna(0).sum() > 0)
        if with_value:
            left, right = fig.subplots(1, 2, sharey=True)
        else:
            left, right = fig.add_subplot(), None
        # (topic, status) -> number of projects, and their value
        counts = frame.groupby(["topic", "status"])["id"].count().to_dict()
        value = (frame.groupby(["topic", "status"])["usd"].sum() / spec.scale).to_dict()
        present = set(frame["status"].dropna())
        order = [s for s in STATUS_ORDER if s in present]
        names = [topic_names[t] for t in topics]
        for ax, table in ((left, counts), (right, value))[: 2 if with_value else 1]:
            base = [0.0] * len(topics)
            for status in order:
                vals = [float(table.get((t, status), 0)) for t in topics]
                ax.barh(names, vals, left=base, label=labels["status"][status], height=0.6)
                base = [a + b for a, b in zip(base, vals)]
            ax.grid(axis="y", visible=False)
        ax_names = axis if isinstance(axis, list) else ["", "", ""]
        left.set_xlabel(ax_names[0])
        if right is not None:
            right.set_xlabel(f"{ax_names[1]}, {ax_names[2]}")
        left.xaxis.get_major_locator().set_params(integer=True)
        left.invert_yaxis()
        left.legend(loc="lower center", bbox_to_anchor=(1.05 if with_value else 0.5, 1.0), ncol=len(order),
                    frameon=False, fontsize=8)
    elif spec.kind == "values":
        ordered = frame.sort_values("usd", kind="stable")
        fig = Figure(figsize=(6.3, 0.8 + 0.32 * len(ordered)))
        ax = fig.add_subplot()
        names = [_wrap(label) for label in ordered["label"]]
        values = list(ordered["usd"].to_numpy() / spec.scale)
        fig.set_size_inches(6.3, 0.8 + 0.42 * len(ordered))
        bars = ax.barh(range(len(values)), values, height=0.6, color="#4a7fb0")
        ax.set_yticks(range(len(values)), names, fontsize=7.5)
        if max(values) / min(values) > 50:  # a grant beside a trade total: only a log scale shows both
            from matplotlib.ticker import FuncFormatter
            ax.set_xscale("log")
            ax.xaxis.set_major_formatter(FuncFormatter(lambda v, _: _num(v, lang)))
            ax.xaxis.set_minor_formatter(FuncFormatter(lambda v, _: ""))
        else:
            from matplotlib.ticker import FuncFormatter
            ax.xaxis.set_major_formatter(FuncFormatter(lambda v, _: _num(v, lang)))
            axis = axis.split(" (")[0] if isinstance(axis, str) else axis
        ax.bar_label(bars, labels=[_num(v, lang) for v in values], padding=3, fontsize=7.5)
        ax.set_xlabel(axis if isinstance(axis, str) else "")
        ax.grid(axis="y", visible=False)
        ax.margins(x=0.25)
    else:  # timeline
        fig = Figure(figsize=(6.3, 2.2))
        ax = fig.add_subplot()
        per_year = frame.groupby("year")["id"].count().sort_index().to_dict()
        ax.scatter(list(per_year), [0] * len(per_year), s=[60 + 50 * n for n in per_year.values()], color="#1f3a5f", zorder=3)
        for year, n in per_year.items():
            ax.annotate(f"{year}\n{n}", (year, 0), xytext=(0, 14), textcoords="offset points", ha="center", fontsize=8)
        ax.axhline(0, color="#555555", linewidth=0.8, zorder=1)
        ax.set_yticks([])
        ax.spines["left"].set_visible(False)
        lo, hi = min(per_year), max(per_year)
        ax.set_xlim(lo - 1, hi + 1)
        ax.xaxis.get_major_locator().set_params(integer=True)
        ax.set_xlabel(axis if isinstance(axis, str) else "")
        ax.grid(False)
        ax.set_ylim(-1, 1.5)
    fig.tight_layout()
    return fig


def _wrap(text: str, width: int = 42, lines: int = 2) -> str:
    import textwrap
    parts = textwrap.wrap(text, width)
    if len(parts) > lines:
        parts = parts[:lines]
        parts[-1] = parts[-1][: width - 1].rstrip() + "…"
    return "\n".join(parts)


def _num(v: float, lang: str) -> str:
    from .locale_fmt import format_number
    from decimal import Decimal
    return format_number(Decimal(str(round(v, 2))), lang)


def render(spec: ChartSpec, rows, lang: str, labels: dict, topic_names: dict, cache: Path | None):
    """(svg bytes, png bytes, aspect) — from the cache when data and spec are unchanged."""
    unused = ("start", "sources") + (() if spec.kind == "values" else ("label",))   # what the drawing ignores
    key_data = {
        "spec": spec.model_dump(),
        "rows": [{k: v for k, v in r.items() if k not in unused} for r in rows],
        "lang": lang, "status": labels["status"], "topics": topic_names, "version": __version__,
        "code": _CODE_HASH,  # a new drawing rule must not be served an old picture
    }
    key = hashlib.sha256(json.dumps(key_data, sort_keys=True, default=str).encode()).hexdigest()[:32]
    if cache is not None:
        svg_path, png_path = cache / f"{key}.svg", cache / f"{key}.png"
        meta_path = cache / f"{key}.json"
        if svg_path.exists() and png_path.exists() and meta_path.exists():
            try:
                return svg_path.read_bytes(), png_path.read_bytes(), json.loads(meta_path.read_text())["aspect"]
            except (OSError, ValueError, KeyError, TypeError):
                pass   # a damaged cache entry: draw again and overwrite it
    with _style():
        fig = _draw(spec, rows, lang, labels, topic_names)
        svg, png = io.BytesIO(), io.BytesIO()
        fig.savefig(svg, format="svg", metadata={"Date": None, "Creator": None})
        fig.savefig(png, format="png", dpi=200, metadata={"Software": None})
        w, h = fig.get_size_inches()
    aspect = float(h / w)
    if cache is not None:
        from .fsutil import atomic_write   # creates the folder; a failure is an EnvironmentProblem (exit 3)
        atomic_write(svg_path, svg.getvalue())
        atomic_write(png_path, png.getvalue())
        atomic_write(meta_path, json.dumps({"aspect": aspect}).encode())
    return svg.getvalue(), png.getvalue(), aspect
