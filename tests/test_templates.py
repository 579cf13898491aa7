"""The note's template writes Markdown: structure comes from the template, never from the data it inserts."""
from __future__ import annotations

import pytest

from briefing.compose.render import escape, parse_blocks
from briefing.errors import ContentError
from briefing.model import Heading, ListBlock, PageBreak, Paragraph, Table

TABLE = Table(0, "Projects", ("A", "B"), (("1", "2"),))


def test_markdown_structure_becomes_blocks():
    text = ("# Purpose\n\nTo prepare.\n\n# Points\n\n1. one\n2. two\n\n## Sub\n\n- a\n- b\n\n> a small note\n\n"
            "```table projects\n```\n\n---\n\n# Annex\n")
    blocks = parse_blocks(text, {"projects": TABLE}, {}, "note.j2")
    assert blocks == [Heading(1, "Purpose", "1."), Paragraph("To prepare."), Heading(1, "Points", "2."),
                      ListBlock(("one", "two"), True), Heading(2, "Sub", "2.1."), ListBlock(("a", "b"), False),
                      Paragraph("a small note", role="note"), Table(1, "Projects", ("A", "B"), (("1", "2"),)),
                      PageBreak(), Heading(1, "Annex", "3.")]


@pytest.mark.parametrize("value", [
    "# 1. - *x* [1] <b>bold</b> & &amp; `code` _y_ \\ --- > quote",
    "1. not a list", "- not a bullet", "> not a note", "---", "```table projects", "<script>alert(1)</script>",
    "[a link](http://example.org) ![img](x.png) <http://example.org>", "line\nbreak\n\n# heading", "  indented",
])
def test_inserted_data_stays_literal_text(value):
    for text, expected in ((f"# {escape(value)}\n", Heading), (f"{escape(value)}\n", Paragraph),
                           (f"- {escape(value)}\n", ListBlock), (f"> {escape(value)}\n", Paragraph)):
        blocks = parse_blocks(text, {"projects": TABLE}, {}, "note.j2")
        assert len(blocks) == 1 and isinstance(blocks[0], expected), (value, blocks)
        shown = blocks[0].items[0] if expected is ListBlock else blocks[0].text
        assert shown == " ".join(value.split()), (value, shown)


@pytest.mark.parametrize("text,message", [
    ("# A\n\n```chart x\n```\n", "note.j2:3: block: unknown block ```chart x```"),
    ("```table nothing\n```\n", "note.j2:1: table: no table named 'nothing'"),
    ("- a\n  - nested\n", "note.j2:2: list: a list inside a list item"),
    ("#### deep\n", "note.j2:1: heading: headings go three levels deep"),
    ("    indented code\n", "note.j2:1: markup: code block is not part of a note's markup"),
])
def test_template_mistakes_are_located(text, message):
    with pytest.raises(ContentError) as caught:
        parse_blocks(text, {"projects": TABLE}, {}, "note.j2")
    assert str(caught.value.problems[0]).startswith(message)
