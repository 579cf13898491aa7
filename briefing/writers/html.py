"""HTML: one self-contained page — the styles inline (from the style file both other writers read), the charts as
inline SVG, every piece of data escaped. Deterministic: the same document gives the same bytes."""
from __future__ import annotations

import re
from html import escape

from ..model import MARKING_EVERY_PAGE, Document
from .base import Writer
from .common import WriteOptions, check_document, clean

_SVG_START = re.compile(rb"<svg[\s>]")


def _e(text: str) -> str:
    return escape(clean(text), quote=True)


def _css(style: dict) -> str:
    s, page, colors = style["sizes"], style["page"], style["colors"]
    family = style["fonts"]["serif"]["family"]
    indent = style["first_line_indent_cm"]
    return f"""
body {{ font-family: "{family}", "Times New Roman", serif; font-size: {s['body']}pt; line-height: {style['line_spacing']};
  color: #{colors['text']}; max-width: {210 - page['margin_left_mm'] - page['margin_right_mm']}mm; margin: 2em auto;
  padding: 0 1em; }}
p {{ margin: 0 0 {style['space_after_pt']}pt; text-align: justify; text-indent: {indent}cm; }}
.marking {{ font-weight: bold; font-size: {s['marking']}pt; text-align: right; text-indent: 0; }}
.marking.every-page {{ text-align: center; }}
.number {{ text-indent: 0; margin-bottom: 12pt; }}
h1.title {{ font-size: {s['title']}pt; text-align: center; margin: 0 0 2pt; }}
.subtitle {{ text-align: center; text-indent: 0; margin-bottom: 12pt; }}
h2, h3, h4 {{ font-size: {s['heading1']}pt; margin: {style['heading_space_before_pt']}pt 0 {style['space_after_pt']}pt;
  text-indent: {indent}cm; }}
h3 {{ font-style: italic; }}
h4 {{ font-weight: normal; font-style: italic; }}
.list {{ list-style: none; margin: 0; padding: 0; }}
.list li {{ margin: 0 0 {style['space_after_pt']}pt; text-align: justify; text-indent: {indent}cm; }}
.note {{ font-style: italic; font-size: {s['note']}pt; text-indent: 0; }}
.caption {{ font-size: {s['caption']}pt; text-indent: 0; margin: 6pt 0 3pt; text-align: left; }}
table {{ border-collapse: collapse; width: 100%; font-size: {s['table']}pt; margin-bottom: 8pt; }}
th, td {{ border: 0.5pt solid #{colors['table_border']}; padding: 2pt 3pt; vertical-align: top; text-align: left; }}
th {{ background: #{colors['table_header_fill']}; text-align: center; }}
figure {{ margin: 6pt 0 8pt; }}
figure svg {{ width: 100%; height: auto; display: block; }}
figcaption {{ font-size: {s['caption']}pt; }}
.figure-note {{ font-style: italic; font-size: {s['note']}pt; text-indent: 0; }}
.drafter {{ font-size: {s['footer']}pt; text-indent: 0; margin-top: 24pt; }}
hr.page-break {{ border: 0; border-top: 1px dashed #{colors['table_border']}; margin: 2em 0; }}
"""


def inline_svg(svg: bytes) -> str:
    """The SVG element alone (no XML declaration or doctype), sized by the page's CSS."""
    match = _SVG_START.search(svg)
    if match is None:
        return ""
    return svg[match.start():].decode("utf-8")


class HtmlWriter(Writer):
    def begin(self) -> None:
        meta = self.meta
        self.parts = [f'<!DOCTYPE html>\n<html lang="{_e(meta.lang)}">\n<head>\n<meta charset="utf-8">\n'
                      f"<title>{_e(meta.title)}</title>\n"
                      f'<meta name="author" content="{_e(meta.author)}">\n'
                      f'<meta name="keywords" content="{_e(", ".join(meta.keywords))}">\n'
                      f"<style>{_css(self.style)}</style>\n</head>\n<body>"]
        check_document(self.document, self.style)
        every_page = meta.marking_place == MARKING_EVERY_PAGE
        if meta.marking:
            self.parts.append(f'<p class="marking{" every-page" if every_page else ""}">{_e(meta.marking)}</p>')
        if meta.number_line:
            self.parts.append(f'<p class="number">{_e(meta.number_line)}</p>')
        if meta.title_lines:
            self.parts.append('<h1 class="title">' + "<br>".join(_e(line) for line in meta.title_lines) + "</h1>")
        if meta.subtitle:
            self.parts.append(f'<p class="subtitle">{_e(meta.subtitle)}</p>')

    def visit_heading(self, block) -> None:
        level = min(block.level + 1, 4)
        self.parts.append(f"<h{level}>{_e(block.label)}</h{level}>")

    def visit_paragraph(self, block) -> None:
        role = ' class="note"' if block.role == "note" else ""
        self.parts.append(f"<p{role}>{_e(block.text)}</p>")

    def visit_list(self, block) -> None:
        # The markers are the note's own («1.», «–»), printed as text: the same in every format.
        tag = "ol" if block.ordered else "ul"
        self.parts.append(f'<{tag} class="list">' + "".join(f"<li>{_e(item)}</li>" for item in block.marked)
                          + f"</{tag}>")

    def visit_table(self, block) -> None:
        cols = "".join(f'<col style="width: {share * 100:.1f}%">' for share in block.shares)
        head = "".join(f"<th>{_e(c)}</th>" for c in block.columns)
        body = "".join("<tr>" + "".join(f"<td>{_e(c)}</td>" for c in row) + "</tr>" for row in block.rows)
        note = f'<p class="note">{_e(block.note)}</p>' if block.note else ""
        self.parts.append(f'<p class="caption">{_e(block.label)}</p>\n<table><colgroup>{cols}</colgroup>'
                          f"<thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>{note}")

    def visit_figure(self, block) -> None:
        self.parts.append(f"<figure>\n<figcaption>{_e(block.label)}</figcaption>\n{inline_svg(block.svg)}\n"
                          f'<p class="figure-note">{_e(block.caption)}</p>\n</figure>')

    def visit_page_break(self, block) -> None:
        self.parts.append('<hr class="page-break">')

    def end(self) -> bytes:
        meta = self.meta
        if meta.drafter:
            self.parts.append(f'<p class="drafter">{_e(meta.drafter)}</p>')
        if meta.marking and meta.marking_place == MARKING_EVERY_PAGE:
            self.parts.append(f'<p class="marking every-page">{_e(meta.marking)}</p>')
        self.parts.append("</body>\n</html>\n")
        return "\n".join(self.parts).encode("utf-8")


def render(document: Document, options: WriteOptions) -> bytes:
    return HtmlWriter(document, options).render()
