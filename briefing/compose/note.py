"""One note, composed: selection → content → template → blocks → Document. Nothing is written here."""
from __future__ import annotations

from dataclasses import asdict, dataclass, field, fields
from pathlib import Path

from .. import resources
from ..dossier.belonging import another_relationship
from ..dossier.dates import FuzzyDate
from ..dossier.load import Dossier
from ..errors import ContentError
from ..lang import check_lang, format_number
from ..model import MARKING_EVERY_PAGE, MARKING_FIRST_PAGE, Document, Figure, Meta
from ..periods import note_stem
from ..topics import Topic
from ..vocab import topics
from .catalog import catalog
from . import citations
from .content import _sources as source_list, build_content
from .phrases import Phraser
from .render import render_blocks
from .select import select


FIGURE_SOURCES = 12   # a figure caption cites at most this many sources by number


@dataclass(frozen=True)
class NoteRequest:
    topic: Topic | None = None
    period: FuzzyDate | None = None
    lang: str = "ru"
    marking: str | None = None
    number: str = ""
    drafter: str = ""
    templates: Path = field(default_factory=resources.templates)
    charts: Path = field(default_factory=resources.charts)
    style: Path | None = None          # the style file; None: the templates' style.yaml
    chart_cache: Path | None = None
    changes: tuple[str, ...] = ()
    date: FuzzyDate | None = None      # the note's registration date, printed with its number

    @property
    def stem(self) -> str:
        return note_stem(self.topic.id if self.topic else None, self.period.text if self.period else None, self.lang)


@dataclass
class Composed:
    document: Document
    # (fact id, field, what is wrong, kind): a fact phrased in another language, a fact of another pair left out
    warnings: list[tuple[str, str, str, str]] = field(default_factory=list)
    fact_ids: tuple[str, ...] = ()


def _charts(request: NoteRequest, sel, labels: dict, ph):
    """The charts the note shows, with their rows and their pictures (drawn now unless cached)."""
    from .. import charts
    from .frame import facts_frame

    specs = charts.load_specs(request.charts)
    if not specs or not sel.facts:
        return [], []
    kinds = {kind for spec in specs for kind in spec.select.kinds}   # rows only for what some chart may show
    frame = facts_frame(sel, sel.of_kind(*kinds), label=lambda f: f"{ph.title(f)}, {ph.date(sel.dates[f.id])}")
    topic_names = {t.id: t.name(request.lang) for t in topics().values()}
    shown = []
    for spec in specs:
        rows = charts.chart_data(spec, frame)
        if charts.enough(spec, rows):
            shown.append((spec, rows, charts.chart(spec, rows, request.lang, labels["status"], topic_names)))
    return shown, charts.pictures([chart for _, _, chart in shown], request.chart_cache)


def _figures(request: NoteRequest, sel, labels: dict, as_of: str, shown, pictures) -> dict[str, Figure]:
    out = {}
    for (spec, rows, _), (svg, png, aspect) in zip(shown, pictures):
        cited = sorted({sel.number(s) for srcs in rows["sources"] for s in srcs})
        if len(cited) > FIGURE_SOURCES:   # a chart over an archive: name the count, not thousands of sources
            sources = labels.get("figure_sources_many", "{n}").format(n=format_number(len(cited), request.lang))
        else:
            sources = ", ".join(f"[{n}]" for n in cited)
        caption = labels["figure_caption"].format(sources=sources, date=as_of)
        caption = caption.replace("..", ".")
        title = spec.title.get(request.lang) or next(iter(spec.title.values()))
        out[spec.id] = Figure(0, title, caption, svg, png, aspect)
    return out


def compose(dossier: Dossier, request: NoteRequest) -> Composed:
    lang = check_lang(request.lang)
    labels = catalog(request.templates, lang)
    sel = select(dossier, request.topic, request.period)
    if not sel.facts:
        raise ContentError("no facts for this note: nothing in the dossier matches the topic and period")
    ph = Phraser(lang, labels, {sid: s.language for sid, s in dossier.sources.items()}, dossier.meta.names)
    citing = citations.citing(sel)   # citations are numbered once the note knows all it cites
    shown, pictures = _charts(request, citing, labels, ph)
    content = build_content(citing, ph, labels, overview=request.topic is None and request.period is None)
    content.changes = list(request.changes)
    as_of = ph.words.as_of(sel.as_of) if sel.as_of is not None else ""
    figures = _figures(request, citing, labels, as_of, shown, pictures)
    parts = {f.name: getattr(content, f.name) for f in fields(content) if f.name != "labels"}
    cited, parts = citations.number_all(sel, {**parts, "figures": figures})
    figures = parts.pop("figures")
    for name, value in parts.items():
        setattr(content, name, value)
    content.sources = source_list(cited, ph, labels)

    tables = {k: v for k, v in {
        "projects_full": content.projects_full, "agreements_full": content.agreements_full, "indicators": content.indicators, "people": content.people,
        "register": content.register,
    }.items() if v is not None}
    context = {k: v for k, v in asdict(content).items() if k not in ("figures",)}
    context.update({k: (v is not None) for k, v in tables.items()})
    context["figures"] = list(figures)
    context["labels"] = labels
    blocks = render_blocks(request.templates, "note.j2", context, tables, figures)

    subject = _subject(dossier, lang, ph)
    topic_name = request.topic.name(lang) if request.topic else None
    period_text = ph.date(request.period) if request.period else ph.years(sel.span)
    title_lines = tuple(line.format(subject=subject) for line in labels["title_lines"])
    subtitle_parts = []
    if topic_name:
        subtitle_parts.append(labels["topic_line"].format(topic=topic_name))
    subtitle_parts.append(labels["period"].format(period=period_text))
    subtitle_parts.append(labels["as_of"].format(date=as_of))
    names = {t.id: t.name(lang) for t in topics().values()}
    keywords = tuple(dict.fromkeys([*(dossier.meta.parties), *(names[t] for f in sel.facts for t in f.topics)]))
    marking = request.marking or labels["marking"]
    place = labels.get("marking_place", MARKING_FIRST_PAGE)
    meta = Meta(
        lang=lang, title=" ".join(title_lines), title_lines=title_lines,
        table_label=labels["table"], figure_label=labels["figure"], subject=f"{subject}" + (f" — {topic_name}" if topic_name else ""),
        subtitle="; ".join(subtitle_parts), marking=marking.upper() if place == MARKING_EVERY_PAGE else marking,
        number_line=_number_line(labels, request, ph),
        author=request.drafter or "briefing", keywords=keywords, as_of=sel.as_of.end.isoformat(),
        drafter=labels["drafter"].format(text=request.drafter) if request.drafter else "",
        marking_place=place, timestamp=_timestamp(sel.as_of.end), **_table_layout(request),
    )
    blocks = tuple(block.laid_out(meta) for block in blocks)
    left_out = [(f.id, "parties", f"left out of the note: {another_relationship(f.parties, dossier.meta.parties)}",
                 "other-pair") for f in sel.other_pairs]
    return Composed(Document(meta, blocks), [*left_out, *ph.warnings], tuple(f.id for f in sel.facts))


def _subject(dossier: Dossier, lang: str, ph) -> str:
    """The dossier's subject in the note's language; else built from its parties' names in that language
    (CLDR's country names); else in the language it has, marked untranslated."""
    own = dossier.meta.subject.get(lang)
    if own:
        return own
    from ..lang.names import subject_from_parties
    built = subject_from_parties(dossier.meta.parties, lang)
    if built:
        return built
    return f"{ph.localized(dossier.meta.subject)} {ph.labels['untranslated']}"


def _table_layout(request: NoteRequest) -> dict:
    """What the model lays tables out for, from the style file: the text width, the table type, the fonts."""
    from .catalog import style_file
    style = style_file(request.style or request.templates / "style.yaml")
    page, serif = style.get("page", {}), style.get("fonts", {}).get("serif", {})
    width_mm = 210 - page.get("margin_left_mm", 30) - page.get("margin_right_mm", 15)
    out = {"text_width": width_mm * 72 / 25.4, "table_size": float(style.get("sizes", {}).get("table", 12))}
    if serif.get("regular") and serif.get("bold"):
        out.update(font_regular=serif["regular"], font_bold=serif["bold"])
    return out


def _timestamp(as_of) -> int:
    """The date written into the files: SOURCE_DATE_EPOCH when set (reproducible builds), else the note's "as
    of" date. Never the clock: the same inputs give the same bytes."""
    import calendar
    from ..settings import settings
    fixed = settings().source_date_epoch
    if fixed.isdigit():
        return int(fixed)
    return calendar.timegm(as_of.timetuple())


def _number_line(labels: dict, request: NoteRequest, ph) -> str:
    """«№ 12-3/456 от 5 июня 2025 г.»: the registration number and date, when the user gives them."""
    if not request.number:
        return ""
    if request.date is None:
        return labels["number_only"].format(number=request.number)
    return labels["number_line"].format(number=request.number, date=ph.date(request.date))
