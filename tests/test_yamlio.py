"""The line reader (yamlio._lines_reader) against libyaml: on any text it either gives up or gives exactly what
libyaml gives — the same data, types included, the same line of every key and value outside list items, the
same span of every list item — and it never accepts a text libyaml refuses. Texts: every YAML file of the
project, random documents built from the pieces YAML is tricky with, and random edits of a seed facts file.

`CI` set makes the run derandomised (same examples each time)."""
from __future__ import annotations

import math
import os
import subprocess

import pytest
import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from briefing.errors import ContentError
from briefing.yamlio import _build, _lines_reader, load_text, read_text
from conftest import ROOT, SEED

SETTINGS = dict(deadline=None, derandomize=bool(os.environ.get("CI")), database=None,
                suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])


def same(a, b) -> bool:
    """Equal and of the same types all the way down (True == 1 == 1.0 would hide a wrong type)."""
    if type(a) is not type(b):
        return False
    if isinstance(a, dict):
        return list(a) == list(b) and all(same(a[k], b[k]) for k in a)
    if isinstance(a, list):
        return len(a) == len(b) and all(same(x, y) for x, y in zip(a, b))
    if isinstance(a, float) and math.isnan(a):
        return math.isnan(b)
    return a == b


def compare(text: str) -> bool:
    """Whether the line reader read `text` (and then read it as libyaml does); fails the test otherwise."""
    lines, spans = {}, {}
    got = _lines_reader(text, lines, spans)
    if got is None:
        return False
    want_lines, want_spans = {}, {}
    try:
        want = _build(text.encode("utf-8"), "t.yaml", want_lines, want_spans, ())
    except (yaml.YAMLError, ContentError) as exc:
        pytest.fail(f"the line reader accepted a text libyaml refuses ({exc}):\n{text}")
    assert same(got[0], want), f"data differs:\n{text}\n{got[0]!r}\n{want!r}"
    assert lines == want_lines, f"lines differ:\n{text}\n{lines}\n{want_lines}"
    assert spans == want_spans, f"spans differ:\n{text}\n{spans}\n{want_spans}"
    return True


def project_yaml() -> list:
    names = subprocess.run(["git", "ls-files", "*.yaml", "*.yml"], cwd=ROOT, capture_output=True, text=True).stdout
    return [ROOT / name for name in names.split()] or sorted(ROOT.rglob("*.yaml"))


def test_every_yaml_file_of_the_project():
    read = 0
    for path in project_yaml():
        read += compare(read_text(path))
    assert read >= 4


def test_the_seed_dossier_is_read_by_lines():
    """The dossier's own files are in the subset (so its speed is the line reader's, not libyaml's)."""
    for path in [SEED / "dossier.yaml", SEED / "sources.yaml", *sorted((SEED / "facts").glob("*.yaml"))]:
        assert compare(read_text(path)), path


def test_load_text_gives_the_same_lines_either_way():
    text = (SEED / "facts" / "2025.yaml").read_text(encoding="utf-8")
    data, lines = load_text(text, "f.yaml")
    assert _lines_reader(text, {}, {}) is not None
    # a tab makes it libyaml's: the same lines come out, inside list items too
    data2, lines2 = load_text(text + "\n# \t\n", "f.yaml")
    assert same(data, data2)
    for i in range(len(data)):
        for key in data[i]:
            assert lines.get((i, key)) == lines2.get((i, key)) is not None


# ------------------------------------------------------------------------------------------------ random texts
KEYS = ["id", "kind", "title", "ru", "en", "a b", "Республика Казахстан", "x#y", "k:v", "<<", "=", "2025", "yes",
        "~", "a]", "'q'", '"q"', "-k", "?k", "k ", "&a k", "!t k"]
SCALARS = ["plain", "два слова", "Стороны: «центр»", "a: b", "a:b", "ends:", "x #not", "x#y", "#c", "  padded  ",
           "1", "-5", "+3", "0x1F", "0o17", "017", "1_000", "1:30", "1.5", ".5", "1e3", "1.0e+3", ".inf", "-.Inf",
           ".nan", "~", "null", "Null", "NULL", "true", "True", "yes", "No", "on", "OFF", "y", "n", "2025-03-01",
           "2025-3-1", "2025-03-01 12:00:00", '"2025"', '""', '"a \\" b"', '"a\\nb"', '"a: b"', '"x" tail',
           '"x" # c', "'it''s'", "''", "'a' b", "[a, b]", "[]", "[ ]", "[a,]", "[a, [b]]", '[a, "b, c"]',
           "['x''y', z]", "[a: b]", "[a # c]", "{a: 1, b: two}", "{}", "{a: [1]}", '{a: "x, y", b: \'z\'}',
           "{a}", "{a: }", "{a : b}", "{a: 1, a: 2}", "&anc v", "*anc", "!!str 5", "!t v", "|", ">-", "- x",
           "-", "? x", ": x", "%x", "@x", "`x", "<<", "=", "—", "a\tb", "x\u00a0y", "«кавычки»", "it's"]
INDENTS = ["", "  ", "    ", "      ", " ", "   "]
LINES = st.one_of(
    st.builds(lambda i, k, v: f"{i}{k}: {v}", st.sampled_from(INDENTS), st.sampled_from(KEYS), st.sampled_from(SCALARS)),
    st.builds(lambda i, k: f"{i}{k}:", st.sampled_from(INDENTS), st.sampled_from(KEYS)),
    st.builds(lambda i, k, v: f"{i}- {k}: {v}", st.sampled_from(INDENTS), st.sampled_from(KEYS), st.sampled_from(SCALARS)),
    st.builds(lambda i, v: f"{i}- {v}", st.sampled_from(INDENTS), st.sampled_from(SCALARS)),
    st.sampled_from(["", "# comment", "  # indented comment", "---", "...", "- ", "-", "key:   ", "k: v  # c",
                     "k: v ", "\tk: v", "k: v\r", "%YAML 1.1", "- - x", "k: |", "  text", "k: 'a", "  b'"]),
)


@st.composite
def documents(draw):
    lines = draw(st.lists(LINES, min_size=1, max_size=14))
    return "\n".join(lines) + draw(st.sampled_from(["\n", "", "\n\n", "\n# end\n", "\n  "]))


# The values the line reader takes (most of the random values below are drawn from these).
GOOD = [v for v in SCALARS if _lines_reader(f"k: {v}\n", {}, {}) is not None]
VALUES = st.sampled_from(GOOD * 6 + SCALARS)


@st.composite
def trees(draw, depth=0):
    """Random nested data written in block style: mappings and lists at any depth, lists at their key's column
    or indented, leaves as scalars or one-line flow collections, comments and blank lines between."""
    width = draw(st.sampled_from([1, 2, 2, 4]))

    def block(node_depth, indent):
        if node_depth >= 3 or draw(st.integers(0, 3)) == 0:
            return None   # a leaf
        if draw(st.booleans()):
            keys = draw(st.lists(st.sampled_from(KEYS[:8] + ["b", "c", "d"]), min_size=1, max_size=4, unique=True))
            return ("map", [(k, block(node_depth + 1, indent + width)) for k in keys])
        return ("seq", [block(node_depth + 1, indent + width) for _ in range(draw(st.integers(1, 3)))])

    def render(node, indent, out, first_prefix=None):
        pad = " " * indent
        kind, items = node
        for n, item in enumerate(items):
            lead = first_prefix if (n == 0 and first_prefix is not None) else pad
            if draw(st.integers(0, 6)) == 0:
                out.append(draw(st.sampled_from(["", pad + "# c", "# c"])))
            if kind == "map":
                key, child = item
                if child is None:
                    out.append(f"{lead}{key}: {draw(VALUES)}")
                elif child[0] == "seq" and draw(st.booleans()):
                    out.append(f"{lead}{key}:")
                    render(child, indent, out)   # a list at its key's column
                else:
                    out.append(f"{lead}{key}:")
                    render(child, indent + width, out)
            else:
                if item is None:
                    out.append(f"{lead}- {draw(VALUES)}")
                elif item[0] == "map":
                    render(item, indent + 2, out, first_prefix=f"{lead}- ")
                else:
                    out.append(f"{lead}-")
                    render(item, indent + width, out)

    root = block(0, 0) or ("map", [("k", None)])
    out: list = []
    render(root, 0, out)
    return "\n".join(out) + draw(st.sampled_from(["\n", "", "\n# end\n"]))


# Well-formed skeletons (a facts file's shape), with random values: most are read by lines, so the comparison
# of data, lines and spans is exercised, not only the giving up.
@st.composite
def fact_files(draw):
    out = [draw(st.sampled_from(["", "# facts\n", "\n"]))]
    for _ in range(draw(st.integers(1, 4))):
        indent = draw(st.sampled_from(["  ", "    "]))
        out.append(f"- id: {draw(VALUES)}\n")
        out.append(f"  title:\n{indent}ru: {draw(VALUES)}\n{indent}en: {draw(VALUES)}\n")
        out.append(f"  topics: {draw(VALUES)}\n")
        if draw(st.booleans()):
            out.append(f"  value: {draw(VALUES)}\n")
        dash = draw(st.sampled_from(["  ", "    ", "  # c\n  "]))
        out.append(f"  evidence:\n{dash}- source: {draw(VALUES)}\n"
                   f"{dash.split(chr(10))[-1]}  quote: {draw(VALUES)}\n")
        out.append(draw(st.sampled_from(["", "\n", "# between\n", "  # inside\n"])))
    return "".join(out)


@settings(max_examples=1500, **SETTINGS)
@given(documents())
def test_random_documents(text):
    compare(text)


@settings(max_examples=800, **SETTINGS)
@given(fact_files())
def test_random_fact_files(text):
    compare(text)


@settings(max_examples=1500, **SETTINGS)
@given(trees())
def test_random_trees(text):
    compare(text)


def test_random_fact_files_are_mostly_read_by_lines():
    """The skeletons above must reach the comparison often, or the test proves little."""
    import random
    rng = random.Random(7)
    plain = [s for s in SCALARS if s[0].isalpha() and ":" not in s and "#" not in s and "\t" not in s]
    texts = ["".join(f"- id: {rng.choice(plain)}\n  title:\n    ru: {rng.choice(SCALARS)}\n  topics: [a, b]\n"
                     for _ in range(3)) for _ in range(200)]
    assert sum(compare(t) for t in texts) > 30


SEED_FACTS = (SEED / "facts" / "2025.yaml").read_text(encoding="utf-8")[:6000]
EDITS = [" ", "  ", "\n", "- ", ": ", ":", "#", " #", '"', "'", "[", "]", "{", "}", ",", "\\", "\t", "&a ", "*a",
         "!", "|", ">", "?", "%", "@", "-", "1", ".5", "~", "yes", "«", "\u00a0"]


@settings(max_examples=1500, **SETTINGS)
@given(st.integers(0, len(SEED_FACTS)), st.integers(0, 3), st.sampled_from(EDITS))
def test_random_edits_of_a_facts_file(at, cut, insert):
    compare(SEED_FACTS[:at] + insert + SEED_FACTS[at + cut:])
