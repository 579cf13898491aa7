"""Reading YAML: libyaml's data, with the line of every key on demand (from the marks of the nodes libyaml composes
again), and located errors."""
from __future__ import annotations

import os

import pytest
import yaml

from briefing.errors import ContentError
from briefing.yamlio import MAX_DEPTH, line_of, load_text, read_bytes, read_text
from conftest import ROOT, SEED

FACTS = """\
facts:
  - id: a
    title:
      ru: «Первый»
    date: 2025-03-01
    value: {amount: 12.5, currency: USD}
  - id: b
    topics: [energy, trade]
    # a comment
    title: {ru: 'Второй'}
"""


def test_data_is_what_libyaml_reads_with_dates_kept_as_text():
    data, _ = load_text(FACTS, "f.yaml")
    expected = yaml.safe_load(FACTS)
    expected["facts"][0]["date"] = "2025-03-01"
    assert data == expected


def test_lines_of_keys_inside_and_outside_list_items():
    _, lines = load_text(FACTS, "f.yaml")
    assert lines.get(("facts",)) == 2   # where its value starts
    assert lines.get(("facts", 0)) == 2
    assert lines.get(("facts", 0, "title", "ru")) == 4
    assert lines.get(("facts", 0, "value", "currency")) == 6
    assert lines.get(("facts", 1, "topics")) == 8
    assert line_of(lines, ("facts", 1, "title", "ru", "nothing-here")) == 10


@pytest.mark.parametrize("text,line,message,code", [
    ("a: 1\na: 2\n", 2, "key given twice", "duplicate-key"),
    ("facts:\n  - id: x\n    title: [unclosed\n", 4, "malformed YAML", "yaml"),
    ("a: b\n\x07\n", 2, "control character U+0007", "yaml"),
    ("a: *nothing\n", 1, "unknown alias", "yaml"),
    ("a:\n  b: " + "[" * 1000 + "]" * 1000 + "\n", 2, f"nested more than {MAX_DEPTH} levels deep", "yaml"),
    ("- id: x\n- id: y\n  ? [k]\n  : v\n", 3, "mapping keys must be plain strings", "yaml"),
])
def test_errors_name_their_line_and_kind(text, line, message, code):
    with pytest.raises(ContentError) as caught:
        load_text(text, "f.yaml")
    problem = caught.value.problems[0]
    assert problem.file == "f.yaml" and problem.line == line and message in problem.message
    assert problem.code == code


def test_every_yaml_file_of_the_project_reads_as_libyaml_reads_it():
    for path in [*ROOT.glob("templates/**/*.yaml"), *ROOT.glob("charts/*.yaml"), *SEED.rglob("*.yaml")]:
        if ".briefing-cache" in path.parts:
            continue
        text = read_text(path)
        data, _ = load_text(text, str(path))
        assert data == yaml.load(text, Loader=_DatesAsText), path


SCALARS = ["yes", "No", "on", "OFF", "y", "n", "true", "False", "null", "~", "", "Null", "nothing", "0", "-1",
           "+7", "0x1F", "0o17", "017", "1_000", "1e3", "1.5e-3", ".inf", "-.Inf", ".nan", "1:20", "190:20:30",
           "2025-03-01", "2025-03", "2025-03-01 10:00:00", "12.5", ".5", "-", "+", ".", "<<", "=", "offset",
           "tomorrow", "yesterday", "Ortho", "'quoted'", '"1"', "!!str 1", "!!int '7'", "!!float 3", "Казахстан",
           "1,234", "$1.2", "- x", "[a, 1, null]", "{a: 1}"]


@pytest.mark.parametrize("scalar", SCALARS)
def test_scalars_are_what_libyaml_and_the_safe_loader_make_of_them(scalar):
    for text in (f"k: {scalar}\n", f"l: [{scalar}]\n", f"- {scalar}\n"):
        try:
            expected = yaml.load(text, Loader=_DatesAsText)
        except yaml.YAMLError:
            with pytest.raises(ContentError, match="malformed YAML"):
                load_text(text, "f.yaml")
            continue
        assert load_text(text, "f.yaml")[0] == expected, text


def test_lines_of_items_in_a_top_level_list_in_any_style():
    text = "# c\n- {id: a, title: {ru: x},\n   value: {amount: 1}}\n- id: b\n  evidence:\n    - source: s1\n" \
           "      quote: >-\n        long\n        quote\n    - {source: s2, quote: q}\n- [1, 2]\n- id: c\n"
    for ends in ("\n", "\r\n"):
        data, lines = load_text(text.replace("\n", ends), "f.yaml")
        assert data[0]["value"] == {"amount": 1} and data[1]["evidence"][0]["quote"] == "long quote"
        found = {loc: lines.get(loc) for loc in [(0,), (0, "title", "ru"), (0, "value", "amount"), (1,),
                                                  (1, "evidence", 0, "quote"), (1, "evidence", 1, "quote"),
                                                  (2,), (2, 1), (3, "id")]}
        assert list(found.values()) == [2, 2, 3, 4, 7, 10, 11, 11, 12], found
        assert lines.get((1, "nothing")) is None and line_of(lines, (1, "evidence", 5, "quote")) == 6   # where its value starts


def test_an_alias_bomb_is_refused_at_the_alias_that_makes_it_one():
    """Shared, a "billion laughs" costs nothing to load, but every walk of the data (validation, a cache's JSON)
    would meet 10**9 values: refused where the aliases add up to more than any dossier repeats."""
    rows = ['- &l0 ["a", "a", "a", "a", "a", "a", "a", "a", "a", "a"]']
    rows += [f"- &l{i} [" + ", ".join([f"*l{i - 1}"] * 10) + "]" for i in range(1, 9)]
    with pytest.raises(ContentError) as caught:
        load_text("\n".join(rows + ["- {id: x, topics: *l8}"]) + "\n", "f.yaml")
    assert str(caught.value.problems[0]) == ("f.yaml:5: aliases expand to more than 100,000 values (write the data "
                                             "out instead of repeating it by alias)")


def test_an_alias_used_a_few_times_is_shared():
    data, lines = load_text("- &p {id: x, topics: [energy]}\n- *p\n- {id: y, topics: *t}\n".replace("*t", "[a]"),
                            "f.yaml")
    assert data[1] is data[0] and lines.get((2, "topics")) == 3


@pytest.mark.parametrize("text,expected", [
    ("- a\n---\n- b\n", "f.yaml:2: a second YAML document (`---`): a file holds one; join them or move the second "
                         "into a file of its own"),
    ("a: &x [1, *x]\n", "f.yaml:1: alias *x inside its own anchor (a loop)"),
    ("[" * 50_000 + "]" * 50_000, "f.yaml:1: nested more than 64 levels deep"),
    ("{a: " * 50_000, "f.yaml:1: nested more than 64 levels deep"),
], ids=["second-document", "alias-loop", "brackets", "braces"])
def test_what_no_dossier_file_needs_is_refused_in_one_line(text, expected):
    with pytest.raises(ContentError) as caught:
        load_text(text, "f.yaml")
    assert [str(p) for p in caught.value.problems] == [expected]


def test_a_document_marker_before_the_only_document_is_fine():
    assert load_text("---\n- a\n", "f.yaml")[0] == ["a"]


def test_what_is_not_a_regular_file_is_refused_not_waited_for(tmp_path):
    fifo = tmp_path / "facts.yaml"
    os.mkfifo(fifo)
    with pytest.raises(ContentError) as caught:
        read_bytes(fifo)   # a FIFO with no writer: reading it would block forever
    assert str(caught.value.problems[0]) == f"{fifo}: cannot read: not a regular file"


class _DatesAsText(yaml.SafeLoader):
    pass


_DatesAsText.add_constructor("tag:yaml.org,2002:timestamp", lambda loader, node: loader.construct_scalar(node))
