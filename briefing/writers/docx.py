"""DOCX through python-docx: real Word styles, PAGE fields, repeated table headers, core properties,
optionally on a user's reference document (its styles, margins and letterhead win, as with pandoc)."""
from __future__ import annotations

import copy
import io
import zipfile
from datetime import datetime, timezone
from pathlib import Path

from docx import Document as open_docx
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK, WD_LINE_SPACING
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Mm, Pt, RGBColor

from ..errors import ContentError
from ..model import MARKING_EVERY_PAGE, Document, Figure, Table
from .base import Writer
from .common import CELL_LEADING, WriteOptions, check_document, clean, leading

ZIP_TIME = (1980, 1, 1, 0, 0, 0)


def _within(text: str, limit: int) -> str:
    """The text cut at its last comma that fits `limit` characters."""
    if len(text) <= limit:
        return text
    return text[:limit].rsplit(",", 1)[0]


def _fonts(style_obj, family: str) -> None:
    style_obj.font.name = family
    rpr = style_obj.element.get_or_add_rPr()
    fonts = rpr.find(qn("w:rFonts"))
    if fonts is None:
        fonts = OxmlElement("w:rFonts")
        rpr.insert(0, fonts)
    for attr in ("w:ascii", "w:hAnsi", "w:cs", "w:eastAsia"):
        fonts.set(qn(attr), family)
    # Theme fonts (Word's default headings use them) would override the family we set.
    for attr in ("w:asciiTheme", "w:hAnsiTheme", "w:cstheme", "w:eastAsiaTheme"):
        fonts.attrib.pop(qn(attr), None)


def _style_or_add(doc, name: str, base: str | None = None, kind=1):
    try:
        return doc.styles[name]
    except KeyError:
        st = doc.styles.add_style(name, kind)
        if base:
            st.base_style = doc.styles[base]
        return st


def word_family(style: dict) -> str:
    """The font the DOCX names: Times New Roman, whose metric twin (the bundled Liberation Serif) the PDF prints.
    Word has Times New Roman and LibreOffice maps the name to Liberation Serif, so either lays the note out line
    for line as the PDF; naming Liberation Serif instead made Word fall back to a font of other widths."""
    serif = style["fonts"]["serif"]
    return serif.get("word", serif["family"])


def _doc_defaults(doc, family: str) -> None:
    """The family in the document defaults too (docDefaults' rFonts name theme fonts, Calibri/Cambria)."""
    styles = doc.styles.element
    defaults = styles.find(qn("w:docDefaults"))
    if defaults is None:
        defaults = OxmlElement("w:docDefaults")
        styles.insert(0, defaults)
    rpr_default = defaults.find(qn("w:rPrDefault"))
    if rpr_default is None:
        rpr_default = OxmlElement("w:rPrDefault")
        defaults.insert(0, rpr_default)
    rpr = rpr_default.find(qn("w:rPr"))
    if rpr is None:
        rpr = OxmlElement("w:rPr")
        rpr_default.append(rpr)
    fonts = rpr.find(qn("w:rFonts"))
    if fonts is None:
        fonts = OxmlElement("w:rFonts")
        rpr.insert(0, fonts)
    for attr in ("w:asciiTheme", "w:hAnsiTheme", "w:cstheme", "w:eastAsiaTheme"):
        fonts.attrib.pop(qn(attr), None)
    for attr in ("w:ascii", "w:hAnsi", "w:cs", "w:eastAsia"):
        fonts.set(qn(attr), family)


def _leading(pf, size: float, style: dict, factor: float | None = None) -> None:
    """Lines exactly as far apart as the PDF sets them (common.leading): Word's and LibreOffice's "1.15 lines"
    multiply the font's own line height, 9% more than the PDF's, and ran a page longer."""
    pf.line_spacing = Pt(round(leading(style, size) if factor is None else size * factor, 2))
    pf.line_spacing_rule = WD_LINE_SPACING.EXACTLY


def _setup_styles(doc, style: dict, own_styles: bool) -> None:
    """Our typography on the default template; with a reference document, only fill in what it lacks."""
    family = word_family(style)
    s = style["sizes"]
    names = ["Normal", "Title", "Subtitle", "Heading 1", "Heading 2", "Heading 3", "Caption", "List Paragraph"]
    for name in names:
        _style_or_add(doc, name, None if name == "Normal" else "Normal")
    if not own_styles:
        return
    _doc_defaults(doc, family)
    normal = doc.styles["Normal"]
    _fonts(normal, family)
    normal.font.size = Pt(s["body"])
    pf = normal.paragraph_format
    pf.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    pf.first_line_indent = Cm(style["first_line_indent_cm"])
    _leading(pf, s["body"], style)
    pf.space_after = Pt(style["space_after_pt"])
    pf.space_before = Pt(0)
    for name, size, bold, italic in (("Title", s["title"], True, False), ("Subtitle", s["body"], False, False),
                                     ("Heading 1", s["heading1"], True, False),
                                     ("Heading 2", s["heading2"], True, True),
                                     ("Heading 3", s["heading3"], False, True),
                                     ("Caption", s["caption"], False, False),
                                     ("List Paragraph", s["body"], False, False)):
        st = doc.styles[name]
        _fonts(st, family)
        st.font.size = Pt(size)
        st.font.bold = bold
        st.font.italic = italic
        st.font.color.rgb = RGBColor.from_string(style["colors"]["text"])
        _leading(st.paragraph_format, size, style)
        st.paragraph_format.first_line_indent = Cm(style["first_line_indent_cm"]) if name.startswith(("Heading", "List")) else Cm(0)
        st.paragraph_format.alignment = (WD_ALIGN_PARAGRAPH.CENTER if name in ("Title", "Subtitle")
                                         else WD_ALIGN_PARAGRAPH.JUSTIFY if name == "List Paragraph"
                                         else WD_ALIGN_PARAGRAPH.LEFT)
        if name.startswith("Heading"):
            st.paragraph_format.space_before = Pt(style["heading_space_before_pt"])
            st.paragraph_format.space_after = Pt(style["space_after_pt"])
            st.paragraph_format.keep_with_next = True
        if name == "Title":
            # Word's default Title has a coloured bottom border and a large theme font; a ministry's has neither.
            ppr = st.element.get_or_add_pPr()
            for border in ppr.findall(qn("w:pBdr")):
                ppr.remove(border)
            st.paragraph_format.space_after = Pt(2)


def _page(section, style: dict) -> None:
    p = style["page"]
    section.page_width, section.page_height = Mm(210), Mm(297)
    section.left_margin, section.right_margin = Mm(p["margin_left_mm"]), Mm(p["margin_right_mm"])
    section.top_margin, section.bottom_margin = Mm(p["margin_top_mm"]), Mm(p["margin_bottom_mm"])
    section.header_distance, section.footer_distance = Mm(10), Mm(8)


def _field(paragraph, instruction: str) -> None:
    """A Word field (PAGE) as fldChar begin / instrText / separate / end runs (python-docx #498)."""
    def run_with(tag: str, **attrs):
        run = paragraph.add_run()
        el = OxmlElement(tag)
        for k, v in attrs.items():
            el.set(qn(k), v)
        if tag == "w:instrText":
            el.set(qn("xml:space"), "preserve")
            el.text = f" {instruction} "
        run._r.append(el)
        return run
    run_with("w:fldChar", **{"w:fldCharType": "begin"})
    run_with("w:instrText")
    run_with("w:fldChar", **{"w:fldCharType": "separate"})
    paragraph.add_run("2")
    run_with("w:fldChar", **{"w:fldCharType": "end"})


def _clear(container) -> None:
    for p in list(container.paragraphs):
        p._p.getparent().remove(p._p)


def _headers(doc, meta, style: dict, keep_letterhead: bool) -> None:
    """Marking and PAGE fields; a reference document's own headers (its letterhead) are kept, ours added below."""
    section = doc.sections[0]
    had_first_page = section.different_first_page_header_footer
    section.different_first_page_header_footer = True
    size = Pt(style["sizes"]["marking"])
    every_page = meta.marking_place == MARKING_EVERY_PAGE
    for part in (section.header, section.first_page_header, section.footer, section.first_page_footer):
        if not keep_letterhead:
            part.is_linked_to_previous = False
            _clear(part)
    if keep_letterhead and not had_first_page:
        # The letterhead was in the one header Word shows on every page: page 1 gets it too.
        for p in section.header.paragraphs:
            section.first_page_header._element.append(copy.deepcopy(p._p))

    def marking_para(part, align):
        p = part.add_paragraph()
        p.paragraph_format.alignment = align
        p.paragraph_format.first_line_indent = Cm(0)
        run = p.add_run(clean(meta.marking))
        run.bold, run.font.size = True, size
        return p

    if every_page:
        marking_para(section.first_page_header, WD_ALIGN_PARAGRAPH.CENTER)
        marking_para(section.header, WD_ALIGN_PARAGRAPH.CENTER)
        marking_para(section.footer, WD_ALIGN_PARAGRAPH.CENTER)
        marking_para(section.first_page_footer, WD_ALIGN_PARAGRAPH.CENTER)
    else:
        section.first_page_header.add_paragraph()
        section.footer.add_paragraph()
        section.first_page_footer.add_paragraph()
    # Word numbers every page but the first (its own header) — or the first too, when the note numbers from 1.
    numbered = [section.header] + ([section.first_page_header] if meta.page_numbers_from <= 1 else [])
    for part in numbered:
        if "PAGE" not in part._element.xml:
            number = part.add_paragraph()
            number.paragraph_format.alignment = WD_ALIGN_PARAGRAPH.CENTER
            number.paragraph_format.first_line_indent = Cm(0)
            _field(number, "PAGE")


def _shade(cell, fill: str) -> None:
    tcpr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), fill)
    tcpr.append(shd)


def _table_style(doc) -> str | None:
    for name in ("Briefing Table", "Table Grid"):
        try:
            doc.styles[name]
            return name
        except KeyError:
            continue
    return None


def _borders(table, color: str) -> None:
    tblpr = table._tbl.tblPr
    borders = OxmlElement("w:tblBorders")
    for edge in ("top", "left", "bottom", "right", "insideH", "insideV"):
        el = OxmlElement(f"w:{edge}")
        el.set(qn("w:val"), "single")
        el.set(qn("w:sz"), "4")
        el.set(qn("w:color"), color)
        borders.append(el)
    _tblpr_add(tblpr, borders)


_SHY = "\u00ad"


def _run_text(r, text: str) -> None:
    """A run's text with the model's soft hyphens as w:softHyphen (where Word and LibreOffice may break the word,
    printing a hyphen only there); python-docx's own text setter would write them as characters."""
    for child in list(r):
        if child.tag in (qn("w:t"), qn("w:softHyphen")):
            r.remove(child)
    for i, piece in enumerate(text.split(_SHY)):
        if i:
            r.append(OxmlElement("w:softHyphen"))
        if piece:
            t = OxmlElement("w:t")
            t.text = piece
            if piece != piece.strip():
                t.set(_PRESERVE, "preserve")
            r.append(t)


def _cell_text(cell, text: str, size: Pt, bold: bool = False) -> None:
    p = cell.paragraphs[0]
    p.paragraph_format.first_line_indent = Cm(0)
    p.paragraph_format.alignment = WD_ALIGN_PARAGRAPH.CENTER if bold else WD_ALIGN_PARAGRAPH.LEFT
    p.paragraph_format.space_after = Pt(0)
    _leading(p.paragraph_format, size.pt, {}, CELL_LEADING)
    run = p.add_run()
    _run_text(run._r, clean(text))
    run.font.size = size
    run.bold = bold


def _cant_split(row) -> None:
    """A row is kept whole on one page (as the PDF keeps it)."""
    trpr = row._tr.get_or_add_trPr()
    el = OxmlElement("w:cantSplit")
    el.set(qn("w:val"), "true")
    trpr.insert(0, el)


def _cell_margins(table) -> None:
    """Cells padded as the PDF pads them (3 pt on each side), not Word's 0.19 cm: the columns then hold the same
    words per line in both."""
    mar = OxmlElement("w:tblCellMar")
    for edge in ("top", "left", "bottom", "right"):
        el = OxmlElement(f"w:{edge}")
        el.set(qn("w:w"), "60")
        el.set(qn("w:type"), "dxa")
        mar.append(el)
    _tblpr_add(table._tbl.tblPr, mar)


def _tblpr_add(tblpr, el) -> None:
    """`el` into the table properties before w:tblLook, which the schema wants last (Word is strict on it)."""
    look = tblpr.find(qn("w:tblLook"))
    if look is None:
        tblpr.append(el)
    else:
        look.addprevious(el)


def _add_table(doc, block: Table, style: dict, width_cm: float, named) -> None:
    # Kept with the next paragraph: Word and LibreOffice keep a caption with its table's first row.
    doc.add_paragraph(clean(block.label), style=named["Caption"]).paragraph_format.keep_with_next = True
    table = doc.add_table(rows=1, cols=len(block.columns))
    name = _table_style(doc)
    if name:
        table.style = doc.styles[name]
    _borders(table, style["colors"]["table_border"])
    _cell_margins(table)
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    table.autofit = False
    size = Pt(style["sizes"]["table"])
    widths = [Cm(width_cm * share) for share in block.shares]
    # LibreOffice lays out by the grid columns, Word by the cell widths: set both.
    for col, w in zip(table._tbl.tblGrid.findall(qn("w:gridCol")), widths):
        col.set(qn("w:w"), str(int(w.twips)))
    header = table.rows[0]
    _cant_split(header)
    trpr = header._tr.get_or_add_trPr()
    repeat = OxmlElement("w:tblHeader")
    repeat.set(qn("w:val"), "true")
    trpr.append(repeat)
    for cell, text, w in zip(header.cells, block.columns, widths):
        _cell_text(cell, text, size, bold=True)
        _shade(cell, style["colors"]["table_header_fill"])
        cell.width = w
    template = None
    for row in block.rows:
        if template is not None and _copy_row(table, template, row):
            continue
        added = table.add_row()  # row by row: table.cell() rebuilds the grid each call (python-docx #174)
        _cant_split(added)
        cells = added.cells
        for cell, text, w in zip(cells, row, widths):
            _cell_text(cell, text, size)
            cell.width = w
        if all(clean(text) for text in row):
            template = table.rows[-1]._tr
    doc.add_paragraph()


_PRESERVE = qn("xml:space")


def _copy_row(table, template, row) -> bool:
    """Append `row` as a copy of an earlier row with its texts replaced: the same XML python-docx writes, at
    a fraction of the cost (its element-by-element building is most of a long table's time: a 150-row annex
    took a second). False when a cell is empty (the row is then built the ordinary way)."""
    texts = [clean(text) for text in row]
    if not all(texts):
        return False
    tr = copy.deepcopy(template)
    runs = [tc.find(f".//{qn('w:r')}") for tc in tr.iterchildren(qn("w:tc"))]
    if len(runs) != len(texts) or any(r is None for r in runs):
        return False
    for r, text in zip(runs, texts):
        _run_text(r, text)
    table._tbl.append(tr)
    return True


def _add_figure(doc, block: Figure, width_cm: float, named) -> None:
    doc.add_paragraph(clean(block.label), style=named["Caption"]).paragraph_format.keep_with_next = True
    pic = doc.add_paragraph()
    pic.paragraph_format.first_line_indent = Cm(0)
    pic.paragraph_format.alignment = WD_ALIGN_PARAGRAPH.CENTER
    pic.paragraph_format.keep_with_next = True
    pic.paragraph_format.line_spacing = 1.0   # not Normal's exact leading, which clips a picture to one line
    pic.add_run().add_picture(io.BytesIO(block.png), width=Cm(width_cm))  # explicit width (python-docx #995)
    note = doc.add_paragraph(clean(block.caption), style=named["Caption"])
    note.runs[0].italic = True


def _core(doc, meta) -> None:
    when = datetime.fromtimestamp(meta.timestamp, timezone.utc)
    cp = doc.core_properties
    cp.title, cp.subject, cp.author = clean(meta.title), clean(meta.subject), clean(meta.author)
    cp.keywords = _within(clean(", ".join(meta.keywords)), 255)   # Word's limit for a core property
    cp.language, cp.last_modified_by, cp.revision = meta.lang, "briefing", 1
    cp.created = cp.modified = cp.last_printed = when
    cp.comments = ""
    cp.category = clean(meta.marking)


def check_reference(reference: Path) -> None:
    """Fail before any work if a --reference-doc is not a Word document."""
    try:
        with zipfile.ZipFile(reference) as z:
            if "word/document.xml" not in z.namelist():
                raise zipfile.BadZipFile
    except (zipfile.BadZipFile, OSError):
        raise ContentError(f"{reference}: --reference-doc: not a readable .docx") from None


def _open(reference: Path | None):
    if reference is None:
        return open_docx(), True
    try:
        doc = open_docx(str(reference))
    except Exception as exc:  # python-docx raises several types for a file that is not a DOCX
        raise ContentError(f"{reference}: --reference-doc: not a readable .docx ({type(exc).__name__})") from None
    body = doc.element.body
    for child in list(body):
        if child.tag != qn("w:sectPr"):
            body.remove(child)
    return doc, False


def _deterministic_zip(data: bytes) -> bytes:
    """Same document, same bytes: fixed entry times, python-docx's entry order (python-docx #1042)."""
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            entry = zipfile.ZipInfo(info.filename, ZIP_TIME)
            entry.compress_type = zipfile.ZIP_DEFLATED
            entry.external_attr = 0o644 << 16
            dst.writestr(entry, src.read(info.filename))
    return out.getvalue()


class _Named(dict):
    """The document's styles by name, each looked up once: python-docx finds a style by name with an XPath
    search over all of them (about a millisecond, hundreds of times in a long note)."""

    def __init__(self, doc):
        super().__init__()
        self._doc = doc

    def __missing__(self, name: str):
        self[name] = self._doc.styles[name]
        return self[name]


class DocxWriter(Writer):
    def begin(self) -> None:
        style, meta = self.style, self.meta
        check_document(self.document, style)
        doc, own = _open(self.options.reference_doc)
        _setup_styles(doc, style, own)
        section = doc.sections[0]
        if own:
            _page(section, style)
        self.doc, self.named = doc, _Named(doc)
        self.width_cm = (section.page_width - section.left_margin - section.right_margin) / 360000
        _headers(doc, meta, style, keep_letterhead=not own)
        if meta.marking_place != MARKING_EVERY_PAGE:
            p = doc.add_paragraph()
            p.paragraph_format.alignment = WD_ALIGN_PARAGRAPH.RIGHT
            p.paragraph_format.first_line_indent = Cm(0)
            r = p.add_run(clean(meta.marking))
            r.bold, r.font.size = True, Pt(style["sizes"]["marking"])
        if meta.number_line:
            p = doc.add_paragraph(clean(meta.number_line))
            p.paragraph_format.first_line_indent = Cm(0)
            p.paragraph_format.alignment = WD_ALIGN_PARAGRAPH.LEFT
        for line in meta.title_lines:
            doc.add_paragraph(clean(line), style=self.named["Title"])
        doc.add_paragraph(clean(meta.subtitle), style=self.named["Subtitle"])

    def visit_heading(self, block) -> None:
        self.doc.add_paragraph(clean(block.label), style=self.named[f"Heading {block.level}"])

    def visit_paragraph(self, block) -> None:
        para = self.doc.add_paragraph(clean(block.text))
        if block.role == "note":
            para.paragraph_format.first_line_indent = Cm(0)
            for r in para.runs:
                r.italic, r.font.size = True, Pt(self.style["sizes"]["note"])

    def visit_list(self, block) -> None:
        for item in block.marked:
            self.doc.add_paragraph(clean(item), style=self.named["List Paragraph"])

    def visit_table(self, block) -> None:
        _add_table(self.doc, block, self.style, self.width_cm, self.named)

    def visit_figure(self, block) -> None:
        _add_figure(self.doc, block, min(self.width_cm, 16.0), self.named)

    def visit_page_break(self, block) -> None:
        para = self.doc.add_paragraph()
        para.add_run().add_break(WD_BREAK.PAGE)
        self.__dict__.setdefault("breaks", []).append(para)

    def _breaks_before(self) -> None:
        """Each page break as "page break before" on the paragraph after it (the PDF's break): a paragraph
        holding a break that fell at the foot of a full page pushed the break to the next page and left it
        blank."""
        from docx.text.paragraph import Paragraph as DocxParagraph
        for para in self.__dict__.get("breaks", []):
            following = para._p.getnext()
            if following is None or following.tag != qn("w:p"):
                continue
            DocxParagraph(following, para._parent).paragraph_format.page_break_before = True
            para._p.getparent().remove(para._p)

    def end(self) -> bytes:
        doc, meta = self.doc, self.meta
        if meta.drafter:
            p = doc.add_paragraph()
            p.paragraph_format.first_line_indent = Cm(0)
            p.paragraph_format.space_before = Pt(24)
            r = p.add_run(clean(meta.drafter))
            r.font.size = Pt(self.style["sizes"]["footer"])
        self._breaks_before()
        _core(doc, meta)
        buf = io.BytesIO()
        doc.save(buf)
        return _deterministic_zip(buf.getvalue())


def render(document: Document, options: WriteOptions) -> bytes:
    return DocxWriter(document, options).render()
