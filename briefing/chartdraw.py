"""Drawing a chart from its series with matplotlib. Only this module imports matplotlib, and it imports nothing
of the dossier's (no pydantic), so a note whose charts are all cached never loads it."""
from __future__ import annotations

import io
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

FONT_DIR = Path(__file__).parent / "fonts"   # not resources.fonts(): this module imports nothing of briefing's
CHART_FONT = "Liberation Sans"   # bundled; the PDF writer maps the name in the SVG to the same files

Picture = tuple[bytes, bytes, float]   # (svg, png, height ÷ width)
# Charts are drawn at their printed width (the DOCX prints them 16 cm wide, the PDF at the 16.5 cm text
# width), so a size here is the size on paper: no label smaller than 8 pt.
FIGURE_WIDTH_IN = 16 / 2.54
MIN_LABEL_PT = 8


@dataclass(frozen=True)
class Chart:
    """One chart to draw, with everything its picture depends on and nothing else: its hash is the cache key.
    Plain data: the spec as a dict, the series (`charts.series`)."""
    spec: dict
    data: dict
    lang: str
    status_labels: dict
    topic_names: dict


def draw(chart: Chart) -> Picture:
    with _style():
        fig = _draw(chart.spec, chart.data, chart.lang, chart.status_labels, chart.topic_names)
        svg, png = io.BytesIO(), io.BytesIO()
        fig.savefig(svg, format="svg", metadata={"Date": None, "Creator": None})
        fig.savefig(png, format="png", dpi=200, metadata={"Software": None})
        w, h = fig.get_size_inches()
    return svg.getvalue(), png.getvalue(), float(h / w)


def warm() -> None:
    """Import and set up what drawing needs, ahead of the first chart."""
    import matplotlib.backends.backend_agg  # noqa: F401
    import matplotlib.backends.backend_svg  # noqa: F401
    from matplotlib.figure import Figure
    from matplotlib.ticker import FuncFormatter  # noqa: F401
    _num(1.5, "ru")
    with _style():
        Figure()


@lru_cache(maxsize=1)
def _fonts() -> None:
    """The bundled sans-serif made known to matplotlib, once a process (each `addfont` reads the file again and
    adds another entry to the font list)."""
    from matplotlib import font_manager
    for ttf in sorted(FONT_DIR.glob("LiberationSans-*.ttf")):
        font_manager.fontManager.addfont(str(ttf))


def _style():
    import matplotlib

    _fonts()
    return matplotlib.rc_context({
        "font.family": CHART_FONT, "font.size": 9, "svg.fonttype": "none", "svg.hashsalt": "briefing",
        "axes.spines.top": False, "axes.spines.right": False, "axes.edgecolor": "#555555",
        "axes.prop_cycle": matplotlib.cycler(color=["#1f3a5f", "#4a7fb0", "#8fb3d9", "#c9a227", "#9a9a9a"]),
        "axes.grid": True, "grid.color": "#dddddd", "grid.linewidth": 0.6, "axes.axisbelow": True,
    })


def _draw(spec: dict, data: dict, lang: str, status_labels: dict, topic_names: dict):
    """The chart drawn from its series with matplotlib's object API (no pyplot: no global figure state, no
    GUI backend)."""
    from matplotlib.figure import Figure
    from matplotlib.ticker import FuncFormatter

    axis = spec["axis"].get(lang, "")
    if spec["kind"] == "bars":
        fig = Figure(figsize=(FIGURE_WIDTH_IN, 2.6))
        ax = fig.add_subplot()
        years, values = [str(p[0]) for p in data["points"]], [p[1] for p in data["points"]]
        bars = ax.bar(years, values, width=0.55, color="#1f3a5f")
        ax.bar_label(bars, labels=[_num(v, lang) for v in values], padding=2, fontsize=MIN_LABEL_PT)
        ax.set_ylabel(axis)
        ax.yaxis.set_major_formatter(FuncFormatter(lambda v, _: _num(v, lang)))
        ax.grid(axis="x", visible=False)
        ax.margins(y=0.18)
    elif spec["kind"] == "portfolio":
        topics, order = data["topics"], data["statuses"]
        fig = Figure(figsize=(FIGURE_WIDTH_IN, 1.1 + 0.3 * max(1, len(topics))))
        if data["with_value"]:
            left, right = fig.subplots(1, 2, sharey=True)
        else:
            left, right = fig.add_subplot(), None
        names = [topic_names[t] for t in topics]
        for ax, table in ((left, data["counts"]), (right, data["values"]))[: 2 if right is not None else 1]:
            base = [0.0] * len(topics)
            for i, status in enumerate(order):
                vals = [float(row[i]) for row in table]
                ax.barh(names, vals, left=base, label=status_labels[status], height=0.6)
                base = [a + b for a, b in zip(base, vals)]
            ax.grid(axis="y", visible=False)
        ax_names = axis if isinstance(axis, list) else ["", "", ""]
        left.set_xlabel(ax_names[0])
        if right is not None:
            right.set_xlabel(f"{ax_names[1]}, {ax_names[2]}")
        left.xaxis.get_major_locator().set_params(integer=True)
        left.invert_yaxis()
        left.legend(loc="lower center", bbox_to_anchor=(1.05 if right is not None else 0.5, 1.0), ncol=len(order),
                    frameon=False, fontsize=MIN_LABEL_PT)
    elif spec["kind"] == "values":
        names = [_wrap(p[0]) for p in data["points"]]
        values = [p[1] for p in data["points"]]
        fig = Figure(figsize=(FIGURE_WIDTH_IN, 0.8 + 0.45 * len(values)))
        ax = fig.add_subplot()
        bars = ax.barh(range(len(values)), values, height=0.6, color="#4a7fb0")
        # Figures of one measure (charts.enough): a linear axis, no logarithmic scale mixing grants and totals.
        ax.set_yticks(range(len(values)), names, fontsize=MIN_LABEL_PT)
        ax.xaxis.set_major_formatter(FuncFormatter(lambda v, _: _num(v, lang)))
        ax.bar_label(bars, labels=[_num(v, lang) for v in values], padding=3, fontsize=MIN_LABEL_PT)
        ax.set_xlabel(axis if isinstance(axis, str) else "")
        ax.grid(axis="y", visible=False)
        ax.margins(x=0.25)
    else:  # timeline
        fig = Figure(figsize=(FIGURE_WIDTH_IN, 2.2))
        ax = fig.add_subplot()
        per_year = dict((p[0], p[1]) for p in data["points"])
        ax.scatter(list(per_year), [0] * len(per_year), s=[60 + 50 * n for n in per_year.values()], color="#1f3a5f", zorder=3)
        for year, n in per_year.items():
            ax.annotate(f"{year}\n{n}", (year, 0), xytext=(0, 14), textcoords="offset points", ha="center", fontsize=MIN_LABEL_PT)
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
    from .lang import format_number
    from decimal import Decimal
    return format_number(Decimal(str(round(v, 2))), lang)
