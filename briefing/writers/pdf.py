"""PDF through ReportLab: embedded TrueType fonts, outline bookmarks, metadata, vector charts."""
from __future__ import annotations

import io
from functools import lru_cache
from html import escape as _html_escape

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_LEFT, TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm, mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import (CondPageBreak, Image, KeepTogether, PageBreak as RLPageBreak, Paragraph as RLParagraph,
                                SimpleDocTemplate, Spacer, Table as RLTable, TableStyle)
from reportlab.platypus.flowables import TopPadder

from ..model import MARKING_EVERY_PAGE, Document, Figure, Table
from . import vector
from .base import Writer
from .common import CELL_LEADING, WriteOptions, check_document, clean, font_file, leading


def escape(text: str) -> str:
    """`&`, `<`, `>` as entities (xml.sax.saxutils.escape, without importing urllib with it: 13 ms a run)."""
    return _html_escape(text, quote=False)


FAMILY = "BriefingSerif"


@lru_cache(maxsize=1)
def _register(regular: str, bold: str, italic: str, bold_italic: str) -> None:
    for name, path in ((FAMILY, regular), (FAMILY + "-Bold", bold), (FAMILY + "-Italic", italic),
                       (FAMILY + "-BoldItalic", bold_italic)):
        pdfmetrics.registerFont(TTFont(name, path))
    pdfmetrics.registerFontFamily(FAMILY, normal=FAMILY, bold=FAMILY + "-Bold", italic=FAMILY + "-Italic",
                                  boldItalic=FAMILY + "-BoldItalic")


def _x(text: str, hyphens: bool = False) -> str:
    """Data as ReportLab paragraph text: escaped, so `&` or `<b>` in a fact stays literal. Soft hyphens are kept
    only where the model put them (`hyphens`: table cells, in words of letters): ReportLab breaks a word there
    with a printed hyphen. Elsewhere (pasted from Word into running text) they are dropped: in a long run of
    symbols ReportLab can lose the text beside one."""
    text = clean(text)
    return escape(text if hyphens else text.replace("\u00ad", ""))


class _Styles:
    def __init__(self, style: dict):
        s, lead = style["sizes"], leading(style, 1)
        indent = style["first_line_indent_cm"] * cm
        after = style["space_after_pt"]

        def ps(name, size, **kw):
            kw.setdefault("fontName", FAMILY)
            kw.setdefault("leading", size * lead)
            return ParagraphStyle(name, fontSize=size, **kw)

        self.body = ps("body", s["body"], alignment=TA_JUSTIFY, firstLineIndent=indent, spaceAfter=after)
        self.title = ps("title", s["title"], fontName=FAMILY + "-Bold", alignment=TA_CENTER, spaceAfter=2)
        self.subtitle = ps("subtitle", s["body"], alignment=TA_CENTER, spaceAfter=12)
        self.h = {
            1: ps("h1", s["heading1"], fontName=FAMILY + "-Bold", spaceBefore=style["heading_space_before_pt"],
                  spaceAfter=after, keepWithNext=1, firstLineIndent=indent),
            2: ps("h2", s["heading2"], fontName=FAMILY + "-BoldItalic", spaceBefore=6, spaceAfter=after,
                  keepWithNext=1, firstLineIndent=indent),
            3: ps("h3", s["heading3"], fontName=FAMILY + "-Italic", spaceBefore=4, spaceAfter=after,
                  keepWithNext=1, firstLineIndent=indent),
        }
        self.item = ps("item", s["body"], alignment=TA_JUSTIFY, firstLineIndent=indent, spaceAfter=after)
        self.cell = ps("cell", s["table"], alignment=TA_LEFT, leading=s["table"] * CELL_LEADING)
        self.head_cell = ps("head", s["table"], fontName=FAMILY + "-Bold", alignment=TA_CENTER,
                            leading=s["table"] * CELL_LEADING)
        self.caption = ps("caption", s["caption"], alignment=TA_LEFT, spaceBefore=6, spaceAfter=3, keepWithNext=1)
        self.table_caption = ps("tcaption", s["caption"], alignment=TA_LEFT, spaceBefore=6, spaceAfter=3)
        self.figure_note = ps("fignote", s["note"], alignment=TA_LEFT, spaceBefore=2, spaceAfter=8,
                              fontName=FAMILY + "-Italic")
        self.note = ps("note", s["note"], alignment=TA_JUSTIFY, spaceAfter=after, fontName=FAMILY + "-Italic")
        self.marking = ps("marking", s["marking"], alignment=TA_RIGHT, fontName=FAMILY + "-Bold")
        self.number = ps("number", s["marking"], alignment=TA_LEFT, spaceAfter=12)
        self.drafter = ps("drafter", s["footer"], alignment=TA_LEFT)


class _Doc(SimpleDocTemplate):
    """Adds an outline entry for every heading (PDF bookmarks) and notes where each heading landed."""

    headings: list
    stamp: float = 946684800.0

    def _makeCanvas(self, *args, **kwargs):
        # Dates in the PDF are the note's "as of" date (or SOURCE_DATE_EPOCH): same inputs, same bytes.
        canv = super()._makeCanvas(*args, **kwargs)
        import time
        ts = canv._doc._timeStamp
        ts.t, ts.lt = self.stamp, time.gmtime(self.stamp)
        ts.YMDhms = tuple(ts.lt)[:6]
        return canv

    def afterFlowable(self, flowable):
        level = getattr(flowable, "_outline_level", None)
        if level is None:
            return
        key = f"h{len(self.headings)}"
        self.canv.bookmarkPage(key)
        # The outline cannot skip a level (a template may open with "## …"): at most one deeper than the last.
        depth = min(level - 1, getattr(self, "_outline_depth", -1) + 1)
        self._outline_depth = depth
        self.canv.addOutlineEntry(flowable._outline_text, key, level=depth, closed=False)
        frame = self.frame
        used = (frame._y1 + frame._height - frame._y) / frame._height
        self.headings.append((flowable._heading_text, self.page - 1 + used))


def _taller_than(data: list, widths: list[float], height: float) -> bool:
    """Whether a row of the table is taller than `height` (a page can hold no such row whole)."""
    head = max(p.wrap(w - 6, 1e9)[1] for p, w in zip(data[0], widths))
    for row in data[1:]:
        # every row: a column sized to its words can be narrow enough for a short text to run a page long
        if max(p.wrap(w - 6, 1e9)[1] for p, w in zip(row, widths)) + head + 12 > height:
            return True
    return False


def _table(block: Table, st: _Styles, width: float, repeat_fill: str, border: str, page_height: float = 0):
    widths = [width * share for share in block.shares]
    data = [[RLParagraph(_x(c), st.head_cell) for c in block.columns]]
    data += [[RLParagraph(_x(c, hyphens=True), st.cell) for c in row] for row in block.rows]
    # A row taller than a page (a 10,000-character title) fails ReportLab's layout; only then rows may break
    # across pages, so that ordinary tables keep each row whole.
    split = bool(page_height) and _taller_than(data, widths, page_height)
    # A header that takes a third of a page is not worth repeating, and one taller than a page cannot be.
    head = max(p.wrap(w - 6, 1e9)[1] for p, w in zip(data[0], widths)) if page_height else 0
    repeat = 0 if page_height and head > page_height / 3 else 1
    table = RLTable(data, colWidths=widths, repeatRows=repeat, splitInRow=int(split or not repeat))
    table.setStyle(TableStyle([
        ("FONTNAME", (0, 0), (-1, -1), FAMILY),  # else the cell state starts in (unembedded) Helvetica
        ("GRID", (0, 0), (-1, -1), 0.5, colors.HexColor("#" + border)),
        ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#" + repeat_fill)),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 3), ("RIGHTPADDING", (0, 0), (-1, -1), 3),
    ]))
    return table


def _own_font(drawing) -> None:
    """A drawing's graphics state starts in Helvetica, which the PDF would then list unembedded; start it in our
    own (embedded) font instead."""
    drawing.initialFontName = FAMILY
    drawing.initialFontSize = 10


def _figure(block: Figure, st: _Styles, width: float):
    drawing = vector.drawing(block.svg)
    if drawing is not None:  # svglib returns None on SVG it cannot read (svglib #135): fall back to the PNG
        _own_font(drawing)
        scale = width / drawing.width
        drawing.width, drawing.height = drawing.width * scale, drawing.height * scale
        drawing.scale(scale, scale)
        picture = drawing
    else:
        picture = Image(io.BytesIO(block.png), width=width, height=width * block.aspect)
    caption = RLParagraph(_x(block.label), st.caption)
    return KeepTogether([caption, picture, RLParagraph(_x(block.caption), st.figure_note)])


class PdfWriter(Writer):
    def begin(self) -> None:
        style, meta = self.style, self.meta
        check_document(self.document, style)
        _register(*(str(font_file(style, f)) for f in ("regular", "bold", "italic", "bold_italic")))
        self.st = st = _Styles(style)
        page = style["page"]
        self.buf = io.BytesIO()
        self.doc = doc = _Doc(
            self.buf, pagesize=A4, leftMargin=page["margin_left_mm"] * mm, rightMargin=page["margin_right_mm"] * mm,
            topMargin=page["margin_top_mm"] * mm, bottomMargin=page["margin_bottom_mm"] * mm,
            title=clean(meta.title), author=clean(meta.author),
            subject=clean(meta.subject), keywords=[clean(k) for k in meta.keywords], creator="briefing",
            producer="briefing", lang=meta.lang, invariant=1, initialFontName=FAMILY,
        )
        doc.stamp = float(meta.timestamp)
        doc.headings = []
        self.story = story = []
        if meta.marking_place != MARKING_EVERY_PAGE:
            story.append(RLParagraph(_x(meta.marking), st.marking))
            story.append(Spacer(1, 4))
        if meta.number_line:
            story.append(RLParagraph(_x(meta.number_line), st.number))
        for line in meta.title_lines:
            story.append(RLParagraph(_x(line), st.title))
        story.append(RLParagraph(_x(meta.subtitle), st.subtitle))

    def visit_heading(self, block) -> None:
        p = RLParagraph(_x(block.label), self.st.h[block.level])
        p._outline_level, p._outline_text = block.level, clean(block.label)
        p._heading_text = block.text
        self.story.append(p)

    def visit_paragraph(self, block) -> None:
        self.story.append(RLParagraph(_x(block.text), self.st.note if block.role == "note" else self.st.body))

    def visit_list(self, block) -> None:
        self.story.extend(RLParagraph(_x(item), self.st.item) for item in block.marked)

    def visit_table(self, block) -> None:
        colors_ = self.style["colors"]
        # The caption goes with the header and the first row (a page break before them when they do not fit), not
        # with the whole table: a caption kept with a whole table that is nearly a page long left most of the page
        # before it empty.
        caption = RLParagraph(_x(block.label), self.st.table_caption)
        table = _table(block, self.st, self.doc.width, colors_["table_header_fill"], colors_["table_border"],
                       self.doc.height)
        width = self.doc.width
        need = caption.wrap(width, 1e9)[1] + self.st.table_caption.spaceBefore + self.st.table_caption.spaceAfter
        table.wrap(width, 1e9)
        need += sum(table._rowHeights[:2])
        self.story += [CondPageBreak(need), caption, table]
        self.story.append(Spacer(1, 8))

    def visit_figure(self, block) -> None:
        self.story.append(_figure(block, self.st, self.doc.width))

    def visit_page_break(self, block) -> None:
        self.story.append(RLPageBreak())

    def end(self) -> bytes:
        meta, doc, style = self.meta, self.doc, self.style
        if meta.drafter:
            self.story.append(TopPadder(RLParagraph(_x(meta.drafter), self.st.drafter)))
        sizes, page = style["sizes"], style["page"]
        every_page = meta.marking_place == MARKING_EVERY_PAGE

        def decorate(canvas, doc_):
            canvas.saveState()
            w, h = A4
            if every_page:
                canvas.setFont(FAMILY + "-Bold", sizes["marking"])
                canvas.drawCentredString(w / 2, h - 10 * mm, clean(meta.marking))
                canvas.drawCentredString(w / 2, 8 * mm, clean(meta.marking))
            if doc_.page >= meta.page_numbers_from:
                canvas.setFont(FAMILY, sizes["page_number"])
                y = h - (15 if every_page else 12) * mm
                canvas.drawCentredString(page["margin_left_mm"] * mm + doc_.width / 2, y, str(doc_.page))
            canvas.restoreState()

        doc.build(self.story, onFirstPage=decorate, onLaterPages=decorate)
        self.options.report["headings"] = list(doc.headings)
        return self.buf.getvalue()


def render(document: Document, options: WriteOptions) -> bytes:
    return PdfWriter(document, options).render()
