"""Reading YAML: libyaml's data, with the line of every key on demand, and located errors."""
from __future__ import annotations

import pytest
import yaml

from briefing.errors import ContentError
from briefing.yamlio import line_of, load_text, read_text
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


@pytest.mark.parametrize("text,line,message", [
    ("a: 1\na: 2\n", 2, "key given twice"),
    ("facts:\n  - id: x\n    title: [unclosed\n", 4, "malformed YAML"),
    ("a: b\n\x07\n", 2, "control character U+0007"),
    ("a: *nothing\n", 1, "unknown alias"),
])
def test_errors_name_their_line(text, line, message):
    with pytest.raises(ContentError) as caught:
        load_text(text, "f.yaml")
    problem = caught.value.problems[0]
    assert problem.file == "f.yaml" and problem.line == line and message in problem.message


def test_every_yaml_file_of_the_project_reads_as_libyaml_reads_it():
    for path in [*ROOT.glob("templates/**/*.yaml"), *ROOT.glob("charts/*.yaml"), *SEED.rglob("*.yaml")]:
        if ".briefing-cache" in path.parts:
            continue
        text = read_text(path)
        data, _ = load_text(text, str(path))
        assert data == yaml.load(text, Loader=_DatesAsText), path


class _DatesAsText(yaml.SafeLoader):
    pass


_DatesAsText.add_constructor("tag:yaml.org,2002:timestamp", lambda loader, node: loader.construct_scalar(node))
