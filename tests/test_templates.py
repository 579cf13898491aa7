"""The note's template writes Markdown: structure comes from the template, never from the data it inserts, and a
mistake in the template's Markdown is reported at the template's line."""
from __future__ import annotations

import pytest

from briefing.compose.render import MarkupMistake, parse_blocks, render_blocks
from briefing.errors import ContentError
from briefing.model import Heading, ListBlock, PageBreak, Paragraph, Table

TABLE = Table(0, "Projects", ("A", "B"), (("1", "2"),))

# Each place a template puts a value: a heading, a paragraph, a numbered item, a bullet, a small note.
TEMPLATE = """\
{#- every structure a note has, with data in each -#}
# {{ title }}
{{ title }}

{% for p in items %}
{{ loop.index }}. {{ p }}
{% endfor %}

{% for p in items %}
- {{ p }}
{% endfor %}

> {{ title }}
"""


def test_markdown_structure_becomes_blocks():
    text = ("# Purpose\n\nTo prepare.\n\n# Points\n\n1. one\n2. two\n\n## Sub\n\n- a\n- b\n\n> a small note\n\n"
            "```table projects\n```\n\n---\n\n# Annex\n")
    blocks = parse_blocks(text, {"projects": TABLE}, {})
    assert blocks == [Heading(1, "Purpose", "1."), Paragraph("To prepare."), Heading(1, "Points", "2."),
                      ListBlock(("one", "two"), True), Heading(2, "Sub", "2.1."), ListBlock(("a", "b"), False),
                      Paragraph("a small note", role="note"), Table(1, "Projects", ("A", "B"), (("1", "2"),)),
                      PageBreak(), Heading(1, "Annex", "3.")]


@pytest.mark.parametrize("value", [
    "# 1. - *x* [1] <b>", "# 1. - *x* [1] <b>bold</b> & &amp; `code` _y_ \\ --- > quote",
    "1. not a list", "2) nor this", "- not a bullet", "+ nor this", "> not a note", "---", "***", "=== ",
    "```table projects", "~~~", "<script>alert(1)</script>", "<!-- comment -->", "[1]: http://example.org",
    "[a link](http://example.org) ![img](x.png) <http://example.org>", "line\nbreak\n\n# heading", "  indented",
    "    four spaces", "a  \nhard break", "\\# escaped already", "&#35; &copy; &nbsp;", "{{ 7*7 }}", "|a|b|",
])
def test_inserted_data_stays_literal_text(tmp_path, value):
    (tmp_path / "note.j2").write_text(TEMPLATE, encoding="utf-8")
    blocks = render_blocks(tmp_path, "note.j2", {"title": value, "items": [value, value]}, {"projects": TABLE}, {})
    shown = " ".join(value.split())
    assert blocks == [Heading(1, shown, "1."), Paragraph(shown), ListBlock((shown, shown), True),
                      ListBlock((shown, shown), False), Paragraph(shown, role="note")]


def test_values_that_are_not_text_are_data_too(tmp_path):
    (tmp_path / "note.j2").write_text("{{ number }} {{ names }}\n", encoding="utf-8")
    blocks = render_blocks(tmp_path, "note.j2", {"number": -1.5, "names": ["# a", "*b*"]}, {}, {})
    assert blocks == [Paragraph("-1.5 ['# a', '*b*']")]


@pytest.mark.parametrize("text,line,message", [
    ("# A\n\n```chart x\n```\n", 2, "unknown block ```chart x```"),
    ("```table nothing\n```\n", 0, "no table named 'nothing'"),
    ("- a\n  - nested\n", 1, "a list inside a list item"),
    ("#### deep\n", 0, "headings go three levels deep"),
    ("    indented code\n", 0, "code block is not part of a note's markup"),
])
def test_markdown_a_note_cannot_hold(text, line, message):
    with pytest.raises(MarkupMistake) as caught:
        parse_blocks(text, {"projects": TABLE}, {})
    assert caught.value.line == line and caught.value.message.startswith(message)


# A mistake's place in the template, not in the text it rendered: after loops that wrote many lines, after
# blocks that wrote none, in a file it includes.
LOCATED = [
    ("{% for p in items %}\n- {{ p }}\n{% endfor %}\n\n{% if not items %}\nnone\n{% endif %}\n#### {{ title }}\n",
     "note.j2", 8, "headings go three levels deep (#, ##, ###), not 4"),
    ("# {{ title }}\n{% for p in items %}\n{{ p }}\n\n{% endfor %}\n```table {{ title }}\n```\n",
     "note.j2", 6, "no table named 'T'"),
    ("{% for p in items %}\n- {{ p }}\n  - {{ p }}\n{% endfor %}\n", "note.j2", 3, "a list inside a list item"),
    ("# {{ title }}\n\n{% include 'part.j2' %}\n", "part.j2", 3, "unknown block ```chart x```"),
]


@pytest.mark.parametrize("template,file,line,message", LOCATED)
def test_template_mistakes_are_located_in_the_template(tmp_path, template, file, line, message):
    (tmp_path / "note.j2").write_text(template, encoding="utf-8")
    (tmp_path / "part.j2").write_text("{{ title }}\n\n```chart x\n```\n", encoding="utf-8")
    with pytest.raises(ContentError) as caught:
        render_blocks(tmp_path, "note.j2", {"title": "T", "items": ["a", "b", "c"]}, {"projects": TABLE}, {})
    assert str(caught.value) == f"{tmp_path / 'note.j2'}: the template's Markdown is not a note's"
    assert len(caught.value.problems) == 1
    assert str(caught.value.problems[0]).startswith(f"{tmp_path / file}:{line}: template: {message}")
