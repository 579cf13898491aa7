"""The note's visible text, one block a line: what the font coverage check reads, and a plain-text view."""
from __future__ import annotations

from .base import Writer


class TextWriter(Writer):
    def begin(self) -> None:
        meta = self.meta
        self.lines = [meta.marking, meta.number_line, *meta.title_lines, meta.subtitle]

    def visit_heading(self, block) -> None:
        self.lines.append(block.label)

    def visit_paragraph(self, block) -> None:
        self.lines.append(block.text)

    def visit_list(self, block) -> None:
        self.lines.extend(block.items)

    def visit_table(self, block) -> None:
        self.lines += [block.label, " | ".join(block.columns), *(" | ".join(r) for r in block.rows)]
        if block.note:
            self.lines.append(block.note)

    def visit_figure(self, block) -> None:
        self.lines += [block.label, block.caption]

    def visit_page_break(self, block) -> None:
        pass

    def end(self) -> bytes:
        if self.meta.drafter:
            self.lines.append(self.meta.drafter)
        return "\n".join(self.lines).encode("utf-8", "surrogatepass")   # a lone surrogate is for the check to refuse


def plain_text(document) -> str:
    from .common import WriteOptions
    return TextWriter(document, WriteOptions(style={})).render().decode("utf-8", "surrogatepass")
