"""The document model: plain frozen data, no knowledge of any output format (after pandoc's AST)."""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Union


@dataclass(frozen=True)
class Meta:
    lang: str
    title: str                 # the whole title on one line, for document properties
    title_lines: tuple[str, ...]  # the title as printed: «СПРАВКА» / «о …»
    table_label: str           # «Таблица»
    figure_label: str          # «Рисунок»
    subject: str               # the subject alone, for document properties
    subtitle: str              # period and "as of"
    marking: str
    number_line: str           # «№ … от …»
    author: str
    keywords: tuple[str, ...]
    as_of: str                 # ISO date of the newest fact
    drafter: str = ""


@dataclass(frozen=True)
class Heading:
    level: int                 # 1..3
    text: str
    number: str = ""           # "1.", "4.2." — assigned by composition


@dataclass(frozen=True)
class Paragraph:
    text: str
    role: str = "body"         # body | lead | note | caption


@dataclass(frozen=True)
class ListBlock:
    items: tuple[str, ...]
    ordered: bool = True


@dataclass(frozen=True)
class Table:
    number: int
    title: str
    columns: tuple[str, ...]
    rows: tuple[tuple[str, ...], ...]
    widths: tuple[float, ...] = ()   # relative column widths
    note: str = ""


@dataclass(frozen=True)
class Figure:
    number: int
    title: str
    caption: str               # data source and "as of"
    svg: bytes                 # vector rendering, for PDF
    png: bytes                 # raster rendering, for DOCX
    aspect: float              # height / width


@dataclass(frozen=True)
class PageBreak:
    pass


Block = Union[Heading, Paragraph, ListBlock, Table, Figure, PageBreak]


@dataclass(frozen=True)
class Document:
    meta: Meta
    blocks: tuple[Block, ...] = field(default_factory=tuple)

    def text(self) -> str:
        """All visible text, one block a line: for coverage checks and golden tests."""
        lines = [self.meta.marking, self.meta.number_line, *self.meta.title_lines, self.meta.subtitle]
        for b in self.blocks:
            if isinstance(b, Heading):
                lines.append(f"{b.number} {b.text}".strip())
            elif isinstance(b, Paragraph):
                lines.append(b.text)
            elif isinstance(b, ListBlock):
                lines.extend(b.items)
            elif isinstance(b, Table):
                lines.append(f"{self.meta.table_label} {b.number}. {b.title}")
                lines.append(" | ".join(b.columns))
                lines.extend(" | ".join(r) for r in b.rows)
                if b.note:
                    lines.append(b.note)
            elif isinstance(b, Figure):
                lines.extend([f"{self.meta.figure_label} {b.number}. {b.title}", b.caption])
        if self.meta.drafter:
            lines.append(self.meta.drafter)
        return "\n".join(lines)
