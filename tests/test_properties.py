"""Property-based tests (hypothesis): random documents — fact texts full of markup, entities, invisible and
unusual characters, amounts and dates written as the notes write them — through every writer. Every DOCX must
open in python-docx, every PDF in pdfplumber and every HTML page in an HTML parser, with the text read back as it
went in (after the writers' own hygiene: control characters and direction controls dropped, line breaks as spaces). Text the note cannot
print (a glyph the font lacks, right-to-left script) is refused with a ContentError, never a crash.

About 1,100 examples in all; `CI` set makes the run derandomised (same examples each time)."""
from __future__ import annotations

import calendar
import io
import os
import re
import unicodedata
from collections import Counter
from datetime import date
from decimal import Decimal
from functools import lru_cache

import pdfplumber
import pytest
from docx import Document as read_docx
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from briefing import resources
from briefing.compose.catalog import style as load_style
from briefing.dossier.dates import FuzzyDate
from briefing.errors import ContentError
from briefing.lang import format_amount, format_fuzzy, format_percent
from briefing.model import (MARKING_EVERY_PAGE, MARKING_FIRST_PAGE, Document, Heading, ListBlock, Meta, Paragraph,
                            Table)
from briefing.writers import docx as docx_writer
from briefing.writers import html as html_writer
from briefing.writers import pdf as pdf_writer
from briefing.writers.common import RTL, WriteOptions, _cmap, clean, font_file

STYLE = load_style(resources.templates())
SETTINGS = dict(deadline=None, derandomize=bool(os.environ.get("CI")), database=None,
                suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])


# ------------------------------------------------------------------------------------------------ what to write
@lru_cache(maxsize=1)
def printable_alphabet() -> str:
    """Every character the bundled font draws in all four faces, less controls and right-to-left scripts."""
    faces = [_cmap(str(font_file(STYLE, f))) for f in ("regular", "bold", "italic", "bold_italic")]
    codes = frozenset.intersection(*faces)
    return "".join(chr(c) for c in sorted(codes) if c >= 0x20 and not 0x7F <= c < 0xA0 and not RTL.match(chr(c)))


# Pieces an analyst pastes from web pages and Word, or an attacker types: markup of both writers, entities,
# template syntax, quotes, invisible characters (kept: zero-width space and joiners; dropped: the rest).
SNIPPETS = ["&", "<", ">", '"', "'", "&amp;", "&lt;", "&#x41;", "&nbsp;", "<b>", "</b>", "<i>x</i>", "<br/>",
            '<font name="Courier" color="red">', "</font>", "<para>", "<img src=\"/etc/passwd\"/>",
            "<a href='http://x'>", "<![CDATA[", "]]>", "<w:t>", "</w:p>", "{{ 7*7 }}", "{% if %}", "%s", "\\",
            "\u200b", "\u200c", "\u200d", "\u2060", "\ufeff", "\u200e", "\u200f", "\u202e", "\u2066", "\u2069",
            "\u00a0", "\u202f", "\u00ad", "\u0301", "«", "»", "„", "“", "—", "–", "№", "\t", "\n", "\r\n",
            "\x07", "\x1b[31m", "\x0c", "\x85", "ﬁ", "Ω", "Қазақстан", "Japan", "2025", "1,2 млрд"]

printable_text = st.lists(
    st.one_of(st.text(alphabet=st.sampled_from(printable_alphabet()), min_size=1, max_size=40),
              st.sampled_from(SNIPPETS)),
    max_size=12).map("".join)


@st.composite
def fuzzy_dates(draw) -> FuzzyDate:
    day = draw(st.dates(min_value=date(1000, 1, 1), max_value=date(2999, 12, 31)))
    precision = draw(st.sampled_from(["year", "month", "day", "range"]))
    if precision == "year":
        return FuzzyDate.parse(f"{day.year}")
    if precision == "month":
        return FuzzyDate.parse(f"{day.year}-{day.month:02d}")
    if precision == "day":
        return FuzzyDate.parse(day.isoformat())
    later = draw(st.dates(min_value=day, max_value=date(2999, 12, 31)))
    return FuzzyDate.parse(f"{day.isoformat()[:7]}..{later.isoformat()[:7]}")


@st.composite
def figures(draw, lang: str) -> str:
    """An amount, a percent or a date as the notes write them (babel, scale words, NBSP and NNBSP)."""
    kind = draw(st.sampled_from(["amount", "percent", "date"]))
    if kind == "date":
        return format_fuzzy(draw(fuzzy_dates()), lang)
    if kind == "percent":
        return format_percent(draw(st.decimals(min_value=-1000, max_value=100000, places=1)), lang)
    amount = draw(st.decimals(min_value=Decimal("0.01"), max_value=Decimal("999999999999999"), places=2))
    measure = draw(st.one_of(st.tuples(st.sampled_from(["USD", "KZT", "JPY", "EUR", "RUB", "CNY"]), st.none()),
                             st.tuples(st.none(), st.sampled_from(["t", "t/year", "day", "km", "MW", "person"]))))
    qualifier = draw(st.sampled_from([None, "about", "around", "over", "nearly", "under", "up_to"]))
    return format_amount(amount, lang, currency=measure[0], unit=measure[1], qualifier=qualifier)


def _upper_printable(text: str) -> bool:
    """English notes print the marking in capitals: «ȿ» is drawable, its capital «Ȿ» is not."""
    alphabet = printable_alphabet()
    return all(ch in alphabet for ch in text.upper() if ch.isprintable() and not ch.isspace())


@st.composite
def documents(draw, text=printable_text) -> Document:
    lang = draw(st.sampled_from(["ru", "kk", "en"]))
    words = st.one_of(text, figures(lang), st.builds(lambda a, b: f"{a} {b}", text, figures(lang)))
    blocks = []
    for kind in draw(st.lists(st.sampled_from(["h", "p", "note", "list", "table"]), min_size=1, max_size=6)):
        if kind == "h":
            blocks.append(Heading(draw(st.integers(1, 3)), draw(words), f"{len(blocks) + 1}."))
        elif kind in ("p", "note"):
            blocks.append(Paragraph(draw(words), role="note" if kind == "note" else "body"))
        elif kind == "list":
            blocks.append(ListBlock(tuple(draw(st.lists(words, min_size=1, max_size=4))), draw(st.booleans())))
        else:
            ncol = draw(st.integers(1, 4))
            rows = draw(st.lists(st.lists(words, min_size=ncol, max_size=ncol).map(tuple), max_size=3))
            blocks.append(Table(len(blocks) + 1, draw(words), tuple(draw(st.lists(words, min_size=ncol, max_size=ncol))),
                                tuple(rows), tuple(draw(st.lists(st.integers(1, 5), min_size=ncol, max_size=ncol)))))
    subject = draw(text)
    as_of = draw(st.dates(min_value=date(1971, 1, 1), max_value=date(2999, 12, 31)))
    every_page = lang == "en"
    marking = draw(text.filter(_upper_printable)) or "ДСП"
    meta = Meta(lang=lang, title=f"СПРАВКА о {subject}", title_lines=("СПРАВКА", f"о {subject}"),
                table_label="Таблица", figure_label="Рисунок", subject=subject, subtitle=draw(words),
                marking=marking.upper() if every_page else marking, number_line=draw(st.sampled_from(["", "№ 12-3/456 от 5 июня 2025 г."])),
                author=draw(text), keywords=tuple(draw(st.lists(text, max_size=3))),
                as_of=as_of.isoformat(), drafter=draw(st.sampled_from(["", "Исп.: Департамент"])),
                marking_place=MARKING_EVERY_PAGE if every_page else MARKING_FIRST_PAGE,
                timestamp=calendar.timegm(as_of.timetuple()))
    return Document(meta, tuple(b.laid_out(meta) for b in blocks))


# ------------------------------------------------------------------------------------------------ reading back
def printed(text: str) -> str:
    """What the writers promise to print for `text`."""
    return clean(text)


def _bare(text: str) -> str:
    """For comparing PDF text: no whitespace, no zero-width format characters, compatibility forms folded
    (a PDF reader splits ligatures and may read a no-break space as a space), and no hyphens: a soft hyphen
    (U+00AD, category Cf) prints as "-" where the line breaks at it, as it should."""
    # Format characters go first: a soft hyphen between a letter and its accent keeps them from composing on
    # one side and not the other; then everything decomposed, accents dropped, on both sides alike.
    text = "".join(ch for ch in text if unicodedata.category(ch) != "Cf")
    text = unicodedata.normalize("NFKD", text)
    return "".join(ch for ch in text if not ch.isspace() and ch != "-" and unicodedata.category(ch) != "Mn")


def expected_strings(doc: Document) -> tuple[list[str], list[str]]:
    """(flowing texts, table cells) as each writer prints them."""
    m = doc.meta
    flowing = [*(m.title_lines), m.subtitle, m.number_line, m.drafter]
    if m.marking_place != MARKING_EVERY_PAGE:
        flowing.append(m.marking)
    cells = []
    for b in doc.blocks:
        if b.kind == "heading":
            flowing.append(b.label)
        elif b.kind == "paragraph":
            flowing.append(b.text)
        elif b.kind == "list":
            flowing += list(b.marked)
        elif b.kind == "table":
            flowing.append(b.label)
            cells += [*b.columns, *(c for row in b.rows for c in row)]
    return [printed(s) for s in flowing if s], [printed(s) for s in cells]


def docx_strings(data: bytes) -> list[str]:
    doc = read_docx(io.BytesIO(data))
    section = doc.sections[0]
    out = [p.text for p in doc.paragraphs]
    out += [c.text for t in doc.tables for r in t.rows for c in r.cells]
    for part in (section.header, section.first_page_header, section.footer, section.first_page_footer):
        out += [p.text for p in part.paragraphs]
    return out


def pdf_text(data: bytes) -> tuple[str, str]:
    """(text inside the page frames, every character drawn)."""
    top, bottom = (STYLE["page"][k] * 72 / 25.4 for k in ("margin_top_mm", "margin_bottom_mm"))
    with pdfplumber.open(io.BytesIO(data)) as pdf:
        framed = "\n".join(p.crop((0, top - 2, p.width, p.height - bottom + 2)).extract_text() or "" for p in pdf.pages)
        chars = "".join(ch["text"] for p in pdf.pages for ch in p.chars)
    return framed, chars


def check_docx(doc: Document, data: bytes) -> None:
    strings = docx_strings(data)
    everything = "\n".join(strings)
    flowing, cells = expected_strings(doc)
    for s in flowing:
        assert s in strings or s in everything, f"DOCX lost {s!r}"
    # A soft hyphen in a cell is written as w:softHyphen (Word's own), which is no text to python-docx.
    shown = [t.replace("\u00ad", "") for t in strings]
    for s in cells:
        assert s.replace("\u00ad", "") in shown, f"DOCX table lost {s!r}"
    if doc.meta.marking_place == MARKING_EVERY_PAGE:
        assert printed(doc.meta.marking) in strings


def check_pdf(doc: Document, data: bytes) -> None:
    framed, chars = pdf_text(data)
    boxes = {ch for ch in chars if ch == "\x00"}   # .notdef, read back as U+0000
    assert not boxes, f"drawn as a box: {boxes!r} in {chars!r}"
    bare = _bare(framed)
    flowing, cells = expected_strings(doc)
    for s in flowing:
        assert _bare(s) in bare, f"PDF lost {s!r}"
    # Table cells wrap side by side, so their lines interleave when read back: count characters instead.
    wanted = Counter(_bare("".join(cells)))
    have = Counter(_bare(chars))
    assert not wanted - have, f"PDF table lost {dict(wanted - have)}"


def html_page(data: bytes):
    import lxml.html
    return lxml.html.document_fromstring(data, parser=lxml.html.HTMLParser(encoding="utf-8"))


def html_strings(page) -> list[str]:
    """The text of each piece a reader sees whole: title, paragraphs, headings, list items, captions, cells."""
    return [el.text_content() for el in page.iter("title", "p", "h1", "h2", "h3", "h4", "li", "caption", "th", "td")]


def check_html(doc: Document, data: bytes) -> None:
    page = html_page(data)
    strings = html_strings(page)
    everything = "\n".join(strings)
    flowing, cells = expected_strings(doc)
    for s in flowing:
        assert s in strings or s in everything, f"HTML lost {s!r}"
    for s in cells:
        assert s in strings, f"HTML table lost {s!r}"
    markings = page.xpath("//p[contains(concat(' ', @class, ' '), ' marking ')]")
    assert [m.text_content() for m in markings] == \
        [printed(doc.meta.marking)] * (2 if doc.meta.marking_place == MARKING_EVERY_PAGE else 1)


def render(module, doc: Document) -> bytes:
    return module.render(doc, WriteOptions(style=STYLE))


# ------------------------------------------------------------------------------------------------ the properties
@settings(max_examples=450, **SETTINGS)
@given(documents())
def test_every_writer_round_trips(doc):
    check_docx(doc, render(docx_writer, doc))
    check_pdf(doc, render(pdf_writer, doc))
    check_html(doc, render(html_writer, doc))


@settings(max_examples=250, **SETTINGS)
@given(documents(text=printable_text.map(lambda s: s * 3)))
def test_pdf_round_trips_longer_texts(doc):
    check_pdf(doc, render(pdf_writer, doc))


# Any text at all, lone surrogates and unassigned code points included: printed as promised, or refused.
any_text = st.text(st.characters(codec=None, categories=None, exclude_categories=()), max_size=60)


@settings(max_examples=400, **SETTINGS)
@given(documents(text=any_text), st.sampled_from(["docx", "pdf", "html"]))
def test_any_text_is_printed_or_refused_never_a_crash(doc, fmt):
    module = {"docx": docx_writer, "pdf": pdf_writer, "html": html_writer}[fmt]
    try:
        data = render(module, doc)
    except ContentError as exc:
        assert re.match(r"(font .* cannot draw|right-to-left script cannot be laid out)", str(exc)), str(exc)
        return
    {"docx": check_docx, "pdf": check_pdf, "html": check_html}[fmt](doc, data)


def test_the_alphabet_is_wide():
    """The printable alphabet covers Latin, Cyrillic (Kazakh letters too), Greek and typography."""
    alphabet = printable_alphabet()
    assert len(alphabet) > 1500
    for ch in "AzЖжӘәҒғҚқҢңӨөҰұҮүҺһІіΩ«»„“—–№\u00a0\u202f\u200b":
        assert ch in alphabet, ch
