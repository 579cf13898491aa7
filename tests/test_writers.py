"""What the model decides, every writer renders: page numbering and the marking's place, read back from the files."""
from __future__ import annotations

import io

import pdfplumber
import pytest
from docx import Document as read_docx

from briefing import resources
from briefing.compose.catalog import style as load_style
from briefing.model import MARKING_EVERY_PAGE, MARKING_FIRST_PAGE, Document, Meta, PageBreak, Paragraph
from briefing.writers import writer
from briefing.writers.common import WriteOptions

STYLE = load_style(resources.templates())


def _note(numbers_from: int, place: str = MARKING_FIRST_PAGE) -> Document:
    meta = Meta(lang="ru", title="СПРАВКА о проверке", title_lines=("СПРАВКА", "о проверке"), subtitle="2025",
                marking="Для служебного пользования", marking_place=place, page_numbers_from=numbers_from)
    return Document(meta, (Paragraph("Первая страница."), PageBreak(), Paragraph("Вторая страница.")))


def _render(fmt: str, document: Document) -> bytes:
    return writer(fmt)(document, WriteOptions(style=STYLE))


def _pdf_page_tops(data: bytes) -> list[str]:
    """The text above each page's frame (where page numbers and an every-page marking stand)."""
    top = STYLE["page"]["margin_top_mm"] * 72 / 25.4
    with pdfplumber.open(io.BytesIO(data)) as pdf:
        return [(p.crop((0, 0, p.width, top - 2)).extract_text() or "").strip() for p in pdf.pages]


@pytest.mark.parametrize("numbers_from", [1, 2])
def test_pages_are_numbered_from_where_the_model_says(numbers_from):
    document = _note(numbers_from)
    tops = _pdf_page_tops(_render("pdf", document))
    assert tops == (["1", "2"] if numbers_from == 1 else ["", "2"])
    docx = read_docx(io.BytesIO(_render("docx", document)))
    section = docx.sections[0]
    assert "PAGE" in section.header._element.xml
    assert ("PAGE" in section.first_page_header._element.xml) == (numbers_from == 1)


def test_the_marking_stands_where_the_model_places_it():
    """Every page's top (and the HTML page's top and bottom) for one practice; page 1's text only for the other."""
    marking = "Для служебного пользования"
    every, first = _note(2, MARKING_EVERY_PAGE), _note(2, MARKING_FIRST_PAGE)
    assert all(marking in top for top in _pdf_page_tops(_render("pdf", every)))
    assert not any(marking in top for top in _pdf_page_tops(_render("pdf", first)))
    with pdfplumber.open(io.BytesIO(_render("pdf", first))) as pdf:
        assert [marking in (p.extract_text() or "") for p in pdf.pages] == [True, False]
    assert _render("html", every).decode().count(marking) == 2
    assert _render("html", first).decode().count(marking) == 1
