"""HTML: one self-contained page — the styles inline (from the style file both other writers read), the charts as
inline SVG kept to drawing alone, every piece of data escaped. Deterministic: the same document gives the same
bytes."""
from __future__ import annotations

import base64
from datetime import datetime, timezone
from html import escape

from ..model import MARKING_EVERY_PAGE, Document
from . import inline_svg
from .base import Writer
from .common import WriteOptions, check_document, clean


def _e(text: str) -> str:
    """Data as HTML text or attribute value: control characters dropped, `& < > " '` as entities."""
    return escape(clean(text), quote=True)


def _css(style: dict) -> str:
    s, page, colors = style["sizes"], style["page"], style["colors"]
    family = style["fonts"]["serif"]["family"]
    indent, after = style["first_line_indent_cm"], style["space_after_pt"]
    return f"""
@page {{ size: A4;
  margin: {page['margin_top_mm']}mm {page['margin_right_mm']}mm {page['margin_bottom_mm']}mm {page['margin_left_mm']}mm; }}
body {{ font-family: "{family}", "Times New Roman", serif; font-size: {s['body']}pt; line-height: {style['line_spacing']};
  color: #{colors['text']}; max-width: {210 - page['margin_left_mm'] - page['margin_right_mm']}mm; margin: 2em auto;
  padding: 0 1em; }}
p {{ margin: 0 0 {after}pt; text-align: justify; text-indent: {indent}cm; }}
.marking {{ font-weight: bold; font-size: {s['marking']}pt; text-align: right; text-indent: 0; }}
.marking.every-page {{ text-align: center; }}
.number {{ text-indent: 0; margin-bottom: 12pt; }}
h1.title {{ font-size: {s['title']}pt; text-align: center; margin: 0 0 2pt; }}
.subtitle {{ text-align: center; text-indent: 0; margin-bottom: 12pt; }}
h2, h3, h4 {{ margin: {style['heading_space_before_pt']}pt 0 {after}pt; text-indent: {indent}cm; }}
h2 {{ font-size: {s['heading1']}pt; }}
h3 {{ font-size: {s['heading2']}pt; font-style: italic; }}
h4 {{ font-size: {s['heading3']}pt; font-weight: normal; font-style: italic; }}
.list {{ list-style: none; margin: 0; padding: 0; }}
.list li {{ margin: 0 0 {after}pt; text-align: justify; text-indent: {indent}cm; }}
.note {{ font-style: italic; font-size: {s['note']}pt; text-indent: 0; }}
.lead {{ text-indent: 0; }}
table {{ border-collapse: collapse; width: 100%; font-size: {s['table']}pt; line-height: 1.15; margin-bottom: 8pt; }}
caption, figcaption {{ font-size: {s['caption']}pt; text-align: left; margin: 6pt 0 3pt; }}
th, td {{ border: 0.5pt solid #{colors['table_border']}; padding: 2pt 3pt; vertical-align: top; text-align: left; }}
th {{ background: #{colors['table_header_fill']}; text-align: center; }}
figure {{ margin: 6pt 0 8pt; break-inside: avoid; }}
figure svg, figure img {{ width: 100%; height: auto; display: block; }}
.figure-note {{ font-style: italic; font-size: {s['note']}pt; text-indent: 0; margin-top: 2pt; }}
.drafter {{ font-size: {s['footer']}pt; text-indent: 0; margin-top: 24pt; }}
hr.page-break {{ border: 0; border-top: 1px dashed #{colors['table_border']}; margin: 2em 0; break-after: page; }}
@media print {{ hr.page-break {{ border: 0; margin: 0; }} }}
"""


def _picture(block, number: int) -> str:
    """The chart's SVG, sanitised, its ids made the figure's own; the PNG when the SVG cannot be read (as the PDF
    falls back when svglib cannot)."""
    try:
        return inline_svg.inline(block.svg, f"fig{number}-")
    except (ValueError, inline_svg.XMLSyntaxError):
        return f'<img src="data:image/png;base64,{base64.b64encode(block.png).decode("ascii")}" alt="">'


class HtmlWriter(Writer):
    def begin(self) -> None:
        meta = self.meta
        head = ['<meta charset="utf-8">', '<meta name="viewport" content="width=device-width, initial-scale=1">',
                f"<title>{_e(meta.title)}</title>"]
        date = datetime.fromtimestamp(meta.timestamp, timezone.utc).strftime("%Y-%m-%d") if meta.timestamp else ""
        for name, value in (("author", meta.author), ("description", meta.subject),
                            ("keywords", ", ".join(meta.keywords)), ("dcterms.date", date)):
            if value:
                head.append(f'<meta name="{name}" content="{_e(value)}">')
        head.append(f"<style>{_css(self.style)}</style>")
        self.parts = [f'<!DOCTYPE html>\n<html lang="{_e(meta.lang)}">\n<head>\n' + "\n".join(head)
                      + "\n</head>\n<body>"]
        self._marking()
        if meta.number_line:
            self.parts.append(f'<p class="number">{_e(meta.number_line)}</p>')
        if meta.title_lines:
            self.parts.append('<h1 class="title">' + "<br>".join(_e(line) for line in meta.title_lines) + "</h1>")
        if meta.subtitle:
            self.parts.append(f'<p class="subtitle">{_e(meta.subtitle)}</p>')

    def _marking(self, closing: bool = False) -> None:
        """The marking where the model places it: top right once, or centred at the top and the bottom."""
        meta = self.meta
        every_page = meta.marking_place == MARKING_EVERY_PAGE
        if meta.marking and (every_page or not closing):
            self.parts.append(f'<p class="marking{" every-page" if every_page else ""}">{_e(meta.marking)}</p>')

    def visit_heading(self, block) -> None:
        level = min(block.level + 1, 6)   # the title is the page's h1
        self.parts.append(f"<h{level}>{_e(block.label)}</h{level}>")

    def visit_paragraph(self, block) -> None:
        role = f' class="{_e(block.role)}"' if block.role != "body" else ""
        self.parts.append(f"<p{role}>{_e(block.text)}</p>")

    def visit_list(self, block) -> None:
        # The markers are the note's own («1.», «–»), printed as text: the same in every format.
        tag = "ol" if block.ordered else "ul"
        self.parts.append(f'<{tag} class="list">' + "".join(f"<li>{_e(item)}</li>" for item in block.marked)
                          + f"</{tag}>")

    def visit_table(self, block) -> None:
        cols = "".join(f'<col style="width: {share * 100:.1f}%">' for share in block.shares)
        head = "".join(f"<th>{_e(c)}</th>" for c in block.columns)
        body = "\n".join("<tr>" + "".join(f"<td>{_e(c)}</td>" for c in row) + "</tr>" for row in block.rows)
        note = f'\n<p class="note">{_e(block.note)}</p>' if block.note else ""
        self.parts.append(f"<table>\n<caption>{_e(block.label)}</caption>\n<colgroup>{cols}</colgroup>\n"
                          f"<thead><tr>{head}</tr></thead>\n<tbody>\n{body}\n</tbody>\n</table>{note}")

    def visit_figure(self, block) -> None:
        self.parts.append(f"<figure>\n<figcaption>{_e(block.label)}</figcaption>\n{_picture(block, block.number)}\n"
                          f'<p class="figure-note">{_e(block.caption)}</p>\n</figure>')

    def visit_page_break(self, block) -> None:
        self.parts.append('<hr class="page-break">')

    def end(self) -> bytes:
        if self.meta.drafter:
            self.parts.append(f'<p class="drafter">{_e(self.meta.drafter)}</p>')
        self._marking(closing=True)
        self.parts.append("</body>\n</html>\n")
        return "\n".join(self.parts).encode("utf-8")


def render(document: Document, options: WriteOptions) -> bytes:
    check_document(document, options.style)   # the characters the DOCX and the PDF refuse, refused here too
    return HtmlWriter(document, options).render()


def page(document: Document, style: dict) -> str:
    """A document as an HTML page for another part of the program (the e-mail's body)."""
    return HtmlWriter(document, WriteOptions(style=style)).render().decode("utf-8")
