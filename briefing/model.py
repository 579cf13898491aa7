"""The document model: plain frozen data, no knowledge of any output format (after pandoc's AST). Every layout
decision is taken before a writer sees it — what each caption, heading number and list marker reads, where the
marking goes and how it is printed, the widths of table columns, the date written into the files — so that a
writer only renders. Each block names its `kind`; a writer has one `visit_<kind>` method per kind."""
from __future__ import annotations

from dataclasses import dataclass, field, replace
from typing import ClassVar, Union

# Where the marking is printed: top right of page 1 (Russian and Kazakh practice), or centred at the top and
# bottom of every page in capitals (English practice).
MARKING_FIRST_PAGE = "first-page"
MARKING_EVERY_PAGE = "every-page"


@dataclass(frozen=True)
class Meta:
    lang: str
    title: str                 # the whole title on one line, for document properties
    title_lines: tuple[str, ...] = ()  # the title as printed: «СПРАВКА» / «о …»
    table_label: str = ""      # «Таблица»
    figure_label: str = ""     # «Рисунок»
    subject: str = ""          # the subject alone, for document properties
    subtitle: str = ""         # period and "as of"
    marking: str = ""          # as printed (in capitals where the practice wants them)
    number_line: str = ""      # «№ … от …»
    author: str = ""
    keywords: tuple[str, ...] = ()
    as_of: str = ""            # ISO date of the newest fact
    drafter: str = ""
    marking_place: str = MARKING_FIRST_PAGE
    timestamp: int = 0         # seconds since 1970 written into the files as their date (reproducible)
    page_numbers_from: int = 2  # page 1 carries no number
    # What tables are laid out for (templates/style.yaml gives them; these are its defaults): the text width in
    # points (A4 less 30 and 15 mm margins), the table type's size, a cell's left plus right padding, the fonts.
    text_width: float = 467.7
    table_size: float = 12.0
    cell_padding: float = 6.0
    font_regular: str = "LiberationSerif-Regular.ttf"
    font_bold: str = "LiberationSerif-Bold.ttf"


class _Block:
    kind: ClassVar[str]        # a writer renders the block in its `visit_<kind>` method

    def laid_out(self, meta: Meta):
        """The block with its printed labels, markers and column shares filled in (what every writer prints)."""
        return self


@dataclass(frozen=True)
class Heading(_Block):
    kind: ClassVar[str] = "heading"
    level: int                 # 1..3
    text: str
    number: str = ""           # "1.", "4.2." — assigned by composition

    @property
    def label(self) -> str:
        """The heading as printed."""
        return f"{self.number} {self.text}".strip()


@dataclass(frozen=True)
class Paragraph(_Block):
    kind: ClassVar[str] = "paragraph"
    text: str
    role: str = "body"         # body | lead | note | caption


@dataclass(frozen=True)
class ListBlock(_Block):
    kind: ClassVar[str] = "list"
    items: tuple[str, ...]
    ordered: bool = True
    markers: tuple[str, ...] = ()   # each item's marker as printed («1.», «–»); set by composition

    @property
    def marked(self) -> tuple[str, ...]:
        return tuple(f"{m} {item}" for m, item in zip(self.markers, self.items))

    def laid_out(self, meta: Meta) -> ListBlock:
        return replace(self, markers=tuple(f"{i}." if self.ordered else "–" for i in range(1, len(self.items) + 1)))


@dataclass(frozen=True)
class Table(_Block):
    kind: ClassVar[str] = "table"
    number: int
    title: str
    columns: tuple[str, ...]
    rows: tuple[tuple[str, ...], ...]
    widths: tuple[float, ...] = ()   # relative widths a composer may suggest; unused: columns are sized by content
    note: str = ""
    label: str = ""                  # «Таблица 1. …» as printed; set by composition
    shares: tuple[float, ...] = ()   # each column's share of the text width (they sum to 1)

    def laid_out(self, meta: Meta) -> Table:
        """The table as printed: without the columns that say nothing in any row (all empty or «—»), its cells'
        long words with soft hyphens where they may break (briefing/hyphenate.py; kept only in words wider than
        half their column), each column's share of the width from what it holds (briefing/layout.py). The header is not hyphenated: its words always fit."""
        from . import layout, resources
        from .hyphenate import hyphenate
        n = len(self.columns)
        keep = [j for j in range(n) if not self.rows or any(j < len(r) and not layout.empty(r[j]) for r in self.rows)]
        keep = keep or list(range(n))
        columns = tuple(self.columns[j] for j in keep)
        rows = tuple(tuple(hyphenate(r[j], meta.lang) if j < len(r) else "" for j in keep) for r in self.rows)
        fonts = resources.fonts()
        regular = fonts / meta.font_regular
        shares = layout.column_shares(columns, rows, meta.text_width, meta.table_size, regular,
                                      fonts / meta.font_bold, meta.cell_padding)
        rooms = [share * meta.text_width - meta.cell_padding for share in shares]
        rows = tuple(tuple(layout.fewer_hyphens(cell, room, regular, meta.table_size) for cell, room in zip(r, rooms))
                     for r in rows)
        return replace(self, label=f"{meta.table_label} {self.number}. {self.title}", columns=columns, rows=rows,
                       shares=shares)


@dataclass(frozen=True)
class Figure(_Block):
    kind: ClassVar[str] = "figure"
    number: int
    title: str
    caption: str               # data source and "as of"
    svg: bytes                 # vector rendering, for PDF and HTML
    png: bytes                 # raster rendering, for DOCX
    aspect: float              # height / width
    label: str = ""            # «Рисунок 1. …» as printed; set by composition

    def laid_out(self, meta: Meta) -> Figure:
        return replace(self, label=f"{meta.figure_label} {self.number}. {self.title}")


@dataclass(frozen=True)
class PageBreak(_Block):
    kind: ClassVar[str] = "page_break"


Block = Union[Heading, Paragraph, ListBlock, Table, Figure, PageBreak]


@dataclass(frozen=True)
class Document:
    meta: Meta
    blocks: tuple[Block, ...] = field(default_factory=tuple)

