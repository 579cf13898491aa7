"""The catalogue of bad input: whatever an analyst, a scheduler or a mail server gives `briefing`, it says what is
wrong and where in one line (`file:line: field: message`, or `error: …` where there is no file), exits with the
code of the kind of problem (1 content, 2 usage, 3 environment), shows no traceback, and leaves the notes that
were already in the output folder as they were, with no half-written file beside them.

Each case runs the real command in its own process. The line a case expects must be one whole line of stderr."""
from __future__ import annotations

import json
import os
import re
import shutil
import socket
import subprocess
import sys
import threading
import zipfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable

import pytest

from conftest import ROOT, SEED, pdf_text, run_cli, squash

FACTS = "facts/2025.yaml"
SOURCES = "sources.yaml"
TEXT = "texts/002_5646f4470da6403c.txt"          # the source s002 (Russian), cited by many 2025 facts
PROJECT_TITLE = "    ru: Цифровизация таможенных процедур в порту Актау в рамках развития Среднего коридора\n"
TRADE_VALUE = "  value: {amount: 635200000, currency: USD}\n"
DATE_LINE = '  date: "2025-03"\n'
# What `make` (energy_ru.*) and `build` (the book's name first: kz-jp_energy_ru.*) wrote last week.
PREVIOUS = {f"{book}energy_ru.{ext}": f"the {ext} of last week".encode()
            for book in ("", "kz-jp_") for ext in ("docx", "pdf")}
BOOKKEEPING = {".briefing.lock", ".briefing-build.lock", ".cache"}  # lock files and the chart cache may appear, nothing else


# ------------------------------------------------------------------------------------------------ helpers
def cli(*args, env=None, cwd=None, timeout=300) -> subprocess.CompletedProcess:
    """`run_cli` with a time limit, for the cases that would hang if the protection were missing."""
    full_env = {**os.environ, **(env or {})}
    return subprocess.run([sys.executable, "-m", "briefing", *map(str, args)], capture_output=True, text=True,
                          cwd=cwd or ROOT, env=full_env, timeout=timeout)


def edit(dossier: Path, rel: str, old: str, new: str) -> int:
    """Replace the first `old` in a dossier file by `new`; the line where `new` starts."""
    path = dossier / rel
    text = path.read_text(encoding="utf-8")
    assert old in text, f"{rel}: {old!r} not found"
    start = text.index(old)
    path.write_text(text[:start] + new + text[start + len(old):], encoding="utf-8")
    return text[:start].count("\n") + 1


def line_of(dossier: Path, rel: str, needle: str) -> int:
    text = (dossier / rel).read_text(encoding="utf-8")
    return text[: text.index(needle)].count("\n") + 1


def seed_previous(out: Path) -> None:
    out.mkdir(parents=True, exist_ok=True)
    for name, data in PREVIOUS.items():
        (out / name).write_bytes(data)


def assert_previous_untouched(out: Path) -> None:
    names = {p.name for p in out.iterdir()} - BOOKKEEPING
    assert names == set(PREVIOUS), f"the output folder changed: {sorted(names)}"
    for name, data in PREVIOUS.items():
        assert (out / name).read_bytes() == data, f"{name} was overwritten"
    assert not [p for p in out.rglob("*") if p.name.endswith(".tmp")], "a temporary file was left behind"


def assert_one_line(proc, code: int, expected: str) -> None:
    """Exit code, no traceback, the expected message as one whole line of stderr, and a closing line."""
    err = proc.stderr
    assert proc.returncode == code, f"exit {proc.returncode}, expected {code}:\n{err}"
    assert "Traceback" not in err and "internal error" not in err, err
    lines = err.splitlines()
    assert any(re.fullmatch(expected, line) for line in lines), f"no line matches\n  {expected}\nin:\n{err}"
    assert lines[-1].startswith(("error: ", "usage: ")) or re.fullmatch(r"\d+ problem\(s\) found", lines[-1]), err
    assert proc.stdout.strip() == "", f"a failing run printed paths: {proc.stdout!r}"


# ------------------------------------------------------------------------------------------------ the dossier
@dataclass
class Case:
    """Tamper with a copy of the dossier (`setup` returns the values the expected line needs), run `make` on
    it into a folder holding last week's notes, and expect `line` (a regex; {file}, {line} … are filled in)."""

    id: str
    setup: Callable[[Path], dict]
    line: str
    code: int = 1
    args: tuple = ()


def _f(rel: str):
    return lambda d: re.escape(str(d / rel))


def title(new: str) -> Callable[[Path], dict]:
    """The Russian title of a transport project, as YAML text (json.dumps writes a valid double-quoted scalar)."""
    def setup(d):
        return {"file": _f(FACTS)(d), "line": edit(d, FACTS, PROJECT_TITLE,
                                                     "    ru: " + json.dumps(new, ensure_ascii=False) + "\n")}
    return setup


def fact_edit(old: str, new: str, rel: str = FACTS, at: str | None = None) -> Callable[[Path], dict]:
    """Edit a facts file; {line} is the line of `at` after the edit (default: where `new` starts)."""
    def setup(d):
        line = edit(d, rel, old, new)
        if at is not None:
            line = line_of(d, rel, at)
        return {"file": _f(rel)(d), "line": line}
    return setup


def source_file(make_bad: Callable[[Path], None]) -> Callable[[Path], dict]:
    """Spoil the text of s002; the problem is reported at the `file:` line of its entry in sources.yaml."""
    def setup(d):
        make_bad(d / TEXT)
        return {"file": _f(SOURCES)(d), "line": line_of(d, SOURCES, f"  file: {TEXT}")}
    return setup


def _symlink_out(path: Path) -> None:
    path.unlink()
    path.symlink_to("/etc/hostname" if Path("/etc/hostname").exists() else "/etc/passwd")


def _bomb(d: Path) -> dict:
    """A "billion laughs": nine levels of aliases, each ten of the one before, named by a fact's topics.
    Expanded, the topics would be 10**9 strings: refused at the alias where they add up to too many."""
    rows = ['- &l0 ["a", "a", "a", "a", "a", "a", "a", "a", "a", "a"]']
    rows += [f"- &l{i} [" + ", ".join([f"*l{i - 1}"] * 10) + "]" for i in range(1, 9)]
    rows += ["- id: laughs", "  kind: visit", "  title: {ru: Смех}", "  topics: *l8",
             "  evidence: [{source: s002, quote: провели переговоры в Астане}]"]
    (d / "facts" / "zz.yaml").write_text("\n".join(rows) + "\n", encoding="utf-8")
    return {"file": _f("facts/zz.yaml")(d), "line": 5}


def _facts_fifo(d: Path) -> dict:
    """A named pipe where a facts file would be: reading it would wait for a writer forever."""
    os.mkfifo(d / "facts" / "zz.yaml")
    return {"file": _f("facts/zz.yaml")(d)}


def _nested_too_deep(d: Path) -> dict:
    (d / "facts" / "zz.yaml").write_text("- id: x\n  title: " + "[" * 5000 + "]" * 5000 + "\n", encoding="utf-8")
    return {"file": _f("facts/zz.yaml")(d), "line": 2}


def _no_dossier_yaml(d: Path) -> dict:
    (d / "dossier.yaml").unlink()
    return {"file": _f("dossier.yaml")(d)}


def _empty_dossier_yaml(d: Path) -> dict:
    (d / "dossier.yaml").write_text("# nothing yet\n", encoding="utf-8")
    return {"file": _f("dossier.yaml")(d)}


def _facts_cp1251(d: Path) -> dict:
    (d / "facts" / "zz.yaml").write_bytes("# Факты\n- id: x\n  title: {ru: Привет}\n".encode("cp1251"))
    return {"file": _f("facts/zz.yaml")(d)}


def _facts_mapping(d: Path) -> dict:
    (d / "facts" / "zz.yaml").write_text("id: x\nkind: visit\n", encoding="utf-8")
    return {"file": _f("facts/zz.yaml")(d)}


def _subject_emoji(d: Path) -> dict:
    line = edit(d, "dossier.yaml", "  en: Kazakhstan–Japan cooperation\n", "  en: Kazakhstan–Japan cooperation 🤝\n")
    return {"file": _f("dossier.yaml")(d), "line": line}


def _duplicate_source(d: Path) -> dict:
    line = edit(d, SOURCES, "- id: s003\n", "- id: s001\n")
    return {"file": _f(SOURCES)(d), "line": line}


def _source_field(old: str, new: str) -> Callable[[Path], dict]:
    def setup(d):
        return {"file": _f(SOURCES)(d), "line": edit(d, SOURCES, old, new)}
    return setup


FIELD = r"{file}:{line}: "
CASES = [
    # --- YAML itself
    Case("yaml-malformed", fact_edit("- id: visit-iwaya-astana-2025\n", "- id: [visit-iwaya-astana-2025\n", at="  kind: visit"),
         FIELD + r"malformed YAML: .+"),
    Case("yaml-tab-indent", fact_edit("  kind: visit\n", "\tkind: visit\n"), FIELD + r"malformed YAML: .*tab.*"),
    Case("yaml-control-character", fact_edit("    ru: Официальный визит", "    ru: Офиц\x07иальный визит"),
         FIELD + r"control character U\+0007 is not allowed in YAML \(remove it\)"),
    Case("yaml-duplicate-key", fact_edit("  kind: visit\n", "  kind: visit\n  kind: meeting\n", at="  kind: meeting"),
         FIELD + r"kind: key given twice"),
    Case("yaml-mapping-not-list", _facts_mapping, r"{file}:1: expected a list of entries"),
    Case("yaml-alias-bomb", _bomb, FIELD + r"aliases expand to more than 100,000 values \(.*\)"),
    Case("yaml-nested-too-deep", _nested_too_deep, FIELD + r"nested more than \d+ levels deep"),
    Case("facts-file-fifo", _facts_fifo, r"{file}: cannot read: not a regular file"),
    Case("facts-file-cp1251", _facts_cp1251, r"{file}:\d+: not valid UTF-8 \(save the file as UTF-8\)"),
    # --- schema: types, required and unknown fields
    Case("wrong-type", fact_edit(DATE_LINE, DATE_LINE + "  count: many\n", at="  count: many"),
         FIELD + r"count: Input should be a valid integer.*"),
    Case("missing-required-field", fact_edit("  kind: visit\n", ""), r"{file}:\d+: kind: Field required"),
    Case("unknown-field", fact_edit("  kind: visit\n", "  kind: visit\n  titel: Визит\n", at="  titel:"),
         FIELD + r"titel: Extra inputs are not permitted"),
    Case("unknown-kind", fact_edit("  kind: visit\n", "  kind: vizit\n"), FIELD + r"kind: Input should be 'project', .*"),
    Case("unknown-topic", fact_edit("  topics: [politics]\n", "  topics: [politic]\n"),
         FIELD + r"topics: unknown topic 'politic'; known: .*politics.*"),
    Case("id-path-traversal", fact_edit("- id: visit-iwaya-astana-2025\n", "- id: ../../etc/passwd\n"),
         FIELD + r"id: String should match pattern .*"),
    Case("duplicate-fact-id", fact_edit("- id: meeting-nurtleu-iwaya-astana-2025\n", "- id: visit-iwaya-astana-2025\n"),
         FIELD + r"id: duplicate fact id 'visit-iwaya-astana-2025' \(first at .*2025\.yaml:4\)"),
    # --- dates
    Case("impossible-date", fact_edit(DATE_LINE, '  date: "2025-13-40"\n'), FIELD + r"date: no month 13 in '2025-13-40'"),
    Case("impossible-date-unquoted", fact_edit(DATE_LINE, "  date: 2025-02-30\n"),
         FIELD + r"date: no day 30 in 2025-02: '2025-02-30'"),
    Case("reversed-range", fact_edit(DATE_LINE, '  date: "2016..2015"\n'),
         FIELD + r"date: range ends before it starts: '2016\.\.2015'"),
    Case("not-a-date", fact_edit(DATE_LINE, "  date: 20250301\n"), FIELD + r"date: not a date: '20250301' .*"),
    # --- amounts and units
    Case("negative-amount", fact_edit(TRADE_VALUE, "  value: {amount: -635200000, currency: USD}\n"),
         FIELD + r"value\.amount: Input should be greater than 0"),
    Case("nan-amount", fact_edit(TRADE_VALUE, "  value: {amount: .nan, currency: USD}\n"),
         FIELD + r"value\.amount: not a finite number"),
    Case("infinite-amount", fact_edit(TRADE_VALUE, "  value: {amount: .inf, currency: USD}\n"),
         FIELD + r"value\.amount: not a finite number"),
    Case("absurd-amount", fact_edit(TRADE_VALUE, "  value: {amount: 1e30, currency: USD}\n"),
         FIELD + r"value\.amount: Input should be less than 1E\+15"),
    Case("boolean-amount", fact_edit(TRADE_VALUE, "  value: {amount: yes, currency: USD}\n"),
         FIELD + r"value\.amount: expected a number"),
    Case("unknown-currency", fact_edit(TRADE_VALUE, "  value: {amount: 635200000, currency: XYZ}\n"),
         FIELD + r"value: unknown currency 'XYZ': not an ISO 4217 code in tender \(CLDR\)"),
    Case("unknown-unit", fact_edit(TRADE_VALUE, "  value: {amount: 635200000, unit: parsecs}\n"),
         FIELD + r"value: unknown unit 'parsecs'; known: .*"),
    Case("absurd-percent", fact_edit("  kind: visit\n", "  kind: visit\n  percent: 1e9\n", at="  percent:"),
         FIELD + r"percent: Input should be less than or equal to 100000"),
    # --- evidence
    Case("quote-not-in-source", fact_edit("провели переговоры в Астане", "провели переговоры в Алматы"),
         FIELD + r"evidence\.quote: quote not found in source s002 \(texts/002_5646f4470da6403c\.txt\)"),
    Case("number-not-in-quote", fact_edit(TRADE_VALUE, "  value: {amount: 635300000, currency: USD}\n"),
         FIELD + r"value\.amount: 635300000 is not in the quote from s\d+"),
    Case("unknown-source", fact_edit("    - source: s003\n", "    - source: s999\n"),
         FIELD + r"evidence\.source: unknown source 's999'"),
    # --- source files
    Case("source-missing", source_file(lambda p: p.unlink()), FIELD + rf"file: {re.escape(TEXT)}: file not found"),
    Case("source-empty", source_file(lambda p: p.write_text(" \n\n", encoding="utf-8")),
         FIELD + rf"file: {re.escape(TEXT)}: the source text is empty"),
    Case("source-binary", source_file(lambda p: p.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)))),
         FIELD + rf"file: {re.escape(TEXT)}: binary file, expected UTF-8 text"),
    Case("source-cp1251", source_file(lambda p: p.write_bytes(p.read_text(encoding="utf-8").encode("cp1251"))),
         FIELD + rf"file: {re.escape(TEXT)}: not valid UTF-8 \(save the file as UTF-8\)"),
    Case("source-utf16", source_file(lambda p: p.write_bytes(p.read_text(encoding="utf-8").encode("utf-16"))),
         FIELD + rf"file: {re.escape(TEXT)}: UTF-16 text, expected UTF-8 \(save the file as UTF-8\)"),
    Case("source-a-folder", source_file(lambda p: (p.unlink(), p.mkdir())),
         FIELD + rf"file: {re.escape(TEXT)}: cannot read: Is a directory"),
    Case("source-path-traversal", _source_field(f"  file: {TEXT}\n", "  file: ../../../../etc/passwd\n"),
         FIELD + r"file: must be a path inside the dossier folder \(29 facts cite it\)"),
    Case("source-absolute-path", _source_field(f"  file: {TEXT}\n", "  file: /etc/passwd\n"),
         FIELD + r"file: must be a path inside the dossier folder \(29 facts cite it\)"),
    Case("source-symlink-outside", source_file(_symlink_out),
         FIELD + rf"file: {re.escape(TEXT)}: a link to a file outside the dossier folder \(copy the text in\)"),
    Case("duplicate-source-id", _duplicate_source, FIELD + r"id: duplicate source id 's001'"),
    Case("dossier-yaml-missing", _no_dossier_yaml, r"{file}: file not found"),
    Case("dossier-yaml-empty", _empty_dossier_yaml, r"{file}: the file is empty \(expected a mapping\)"),
    # --- texts that cannot be printed as they are
    Case("control-character-in-title", title("Порт Актау\x07 \x1b[31mкрасный"),
         FIELD + r"title\.ru: control character U\+0007 in the text \(remove it\)"),
    Case("emoji-in-title", title("Порт Актау 🚢"),
         FIELD + r"title\.ru: the font Liberation Serif cannot draw '🚢' \(U\+1F6A2\); write it in words or remove it"),
    Case("right-to-left-in-title", title("Порт Актау שלום"),
         FIELD + r"title\.ru: right-to-left script \('ש' \(U\+05E9\)\) cannot be printed: .*"),
    Case("arabic-in-title", title("Порт Актау مرحبا"), FIELD + r"title\.ru: right-to-left script .*"),
    Case("emoji-in-party", fact_edit("  parties: [Республика Казахстан, Япония]\n",
                                     "  parties: [Республика Казахстан, Япония 🇯🇵]\n"),
         FIELD + r"parties: the font Liberation Serif cannot draw '🇯' \(U\+1F1EF\) '🇵' \(U\+1F1F5\); .*"),
    Case("emoji-in-dossier-subject", _subject_emoji, FIELD + r"subject\.en: the font Liberation Serif cannot draw .*"),
    # --- a dossier with nothing for the note
    Case("no-facts-for-period", lambda d: {}, r"error: no facts for this note: .*", args=("--period", "1999")),
]


@pytest.mark.parametrize("case", CASES, ids=[c.id for c in CASES])
def test_bad_dossier(case: Case, dossier_copy, tmp_path):
    values = case.setup(dossier_copy)
    out = tmp_path / "out"
    seed_previous(out)
    proc = cli("make", "--dossier", dossier_copy, "--topic", "energy", *case.args, "--out", out, timeout=120)
    expected = case.line.format(**{k: str(v) for k, v in values.items()})
    assert_one_line(proc, case.code, expected)
    if case.code == 1 and "{file}" in case.line:
        assert re.fullmatch(r"error: .+: the dossier does not check \(\d+ problems\); run `briefing check .+`",
                            proc.stderr.splitlines()[-1]), proc.stderr
    assert_previous_untouched(out)


def test_check_reports_the_same_line(dossier_copy):
    """`check` says what `make` says (one case suffices: they share the code), and exits 1."""
    values = title("Порт Актау 🚢")(dossier_copy)
    proc = run_cli("check", "--dossier", dossier_copy)
    assert_one_line(proc, 1, FIELD.format(**values) + r"title\.ru: the font Liberation Serif cannot draw .*")


# ------------------------------------------------------------------------------------------------ the command line
USAGE = [
    ("unknown-topic", ("--topic", "energetika"), r"error: --topic: unknown topic 'energetika'; did you mean 'energy'\? .*"),
    ("topic-path-traversal", ("--topic", "../../etc/passwd"), r"error: --topic: unknown topic '\.\./\.\./etc/passwd' .*"),
    ("unknown-language", ("--lang", "fr"), r"error: --lang: unknown language 'fr'; choose one of ru, kk, en"),
    ("unknown-format", ("--format", "docx,xls"), r"error: --format: unknown format 'xls'; choose from docx, pdf, html"),
    ("no-format", ("--format", ","), r"error: --format: give at least one of docx, pdf, html"),
    ("impossible-period", ("--period", "2025-13"), r"error: --period: no month 13 in '2025-13'"),
    ("reversed-period", ("--period", "2016..2015"), r"error: --period: range ends before it starts: '2016\.\.2015'"),
    ("reversed-years", ("--period", "2016-2015"), r"error: --period: range ends before it starts: .*"),
    ("period-not-a-date", ("--period", "last week"), r"error: --period: not a date: 'last week' .*"),
    ("impossible-registration-date", ("--number", "12-3/456", "--date", "2025-02-30"),
     r"error: --date: no day 30 in 2025-02: '2025-02-30'"),
    ("reference-doc-missing", ("--reference-doc", "/nonexistent/letterhead.docx"),
     r"error: --reference-doc: /nonexistent/letterhead\.docx: file not found"),
    ("dossier-folder-missing", ("--dossier", "/nonexistent/dossier"), r"error: --dossier: /nonexistent/dossier: no such folder"),
    ("dossier-is-a-file", ("--dossier", str(SEED / "dossier.yaml")), r"error: --dossier: .*dossier\.yaml: no such folder"),
    ("unknown-option", ("--colour", "red"), r"briefing: error: unrecognized arguments: --colour red"),
]


@pytest.mark.parametrize("args,expected", [u[1:] for u in USAGE], ids=[u[0] for u in USAGE])
def test_bad_command_line(args, expected, tmp_path):
    out = tmp_path / "out"
    seed_previous(out)
    proc = run_cli("make", "--topic", "energy", "--out", out, *args)
    assert proc.returncode == 2, proc.stderr
    assert "Traceback" not in proc.stderr
    assert any(re.fullmatch(expected, line) for line in proc.stderr.splitlines()), proc.stderr
    assert_previous_untouched(out)


def test_bad_lock_wait_setting(tmp_path):
    out = tmp_path / "out"
    seed_previous(out)
    proc = run_cli("make", "--topic", "energy", "--out", out, env={"BRIEFING_LOCK_WAIT": "soon"})
    assert_one_line(proc, 2, r"error: BRIEFING_LOCK_WAIT: give a number of seconds, not 'soon'")
    assert_previous_untouched(out)


# ------------------------------------------------------------------------------------------------ files given to make
def test_reference_doc_that_is_not_a_docx(tmp_path):
    out = tmp_path / "out"
    seed_previous(out)
    for name, data in {"letterhead.docx": "Dear Sir,\n".encode(), "archive.docx": _zip({"hello.txt": b"hi"})}.items():
        fake = tmp_path / name
        fake.write_bytes(data)
        proc = run_cli("make", "--topic", "energy", "--out", out, "--reference-doc", fake)
        assert_one_line(proc, 1, rf"error: {re.escape(str(fake))}: --reference-doc: not a readable \.docx")
    assert_previous_untouched(out)


def _zip(entries: dict[str, bytes]) -> bytes:
    import io
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        for name, data in entries.items():
            z.writestr(name, data)
    return buf.getvalue()


# Templates and chart specs: only `briefing build` takes them from a user's folder (book.templates, book.charts).
def book_folder(folder: Path, dossier, config: str = "book.toml", topics: str = '["energy"]', extra: str = "") -> Path:
    """A book of its own: copies of the templates and charts, one note (energy_ru unless `topics` says otherwise)
    in DOCX and PDF, and a previous output that a refused run must leave as it is."""
    shutil.copytree(ROOT / "templates", folder / "templates")
    shutil.copytree(ROOT / "charts", folder / "charts")
    (folder / config).write_text(f'[book]\ndossier = "{dossier}"\nout = "out"\ntemplates = "templates"\n'
                                 f'charts = "charts"\ntopics = {topics}\nlanguages = ["ru"]\n'
                                 f'formats = ["docx", "pdf"]\n{extra}', encoding="utf-8")
    seed_previous(folder / "out")
    return folder


@pytest.fixture
def book(tmp_path):
    return book_folder(tmp_path / "book", SEED)


def _template_line(book: Path, lineno: int, text: str) -> None:
    path = book / "templates" / "note.j2"
    lines = path.read_text(encoding="utf-8").split("\n")
    lines[lineno - 1] = text
    path.write_text("\n".join(lines), encoding="utf-8")


TEMPLATES = [
    ("syntax-error", "{{ purpose }} {% if %}", r".*/templates/note\.j2:5: template: syntax error: .+"),
    ("undefined-name", "{{ purpose }} {{ no_such_name }}",
     r".*/templates/note\.j2:5: template: undefined name: 'no_such_name' is undefined"),
    ("unsafe-attribute", "{{ purpose.__class__.__mro__ }}",
     r".*/templates/note\.j2:5: template: unsafe operation refused: access to attribute '__class__' .*"),
    ("runtime-error", "{{ 1 / 0 }}", r".*/templates/note\.j2:5: template: error while rendering: ZeroDivisionError: .*"),
    ("include-traversal", '{% include "../../../etc/passwd" %}',
     r".*/templates/note\.j2:5: template: template not found: \.\./\.\./\.\./etc/passwd"),
]


@pytest.mark.parametrize("text,expected", [t[1:] for t in TEMPLATES], ids=[t[0] for t in TEMPLATES])
def test_bad_template(book, text, expected):
    _template_line(book, 5, text)
    proc = run_cli("build", "--config", book / "book.toml", "--jobs", "1", cwd=book)
    assert_one_line(proc, 1, expected)
    assert any(re.fullmatch(r"(?:[a-z0-9-]+_)?energy_ru: .*/templates/note\.j2: the template cannot be rendered", line)
               for line in proc.stderr.splitlines()), proc.stderr
    assert_previous_untouched(book / "out")


def test_bad_markdown_in_template(book):
    """Markdown a note cannot hold is reported at the template's line that wrote it, not the rendered text's."""
    path = book / "templates" / "note.j2"
    source = path.read_text(encoding="utf-8")
    path.write_text(source.replace("```table projects_full\n", "```table projectz\n", 1), encoding="utf-8")
    line = source[:source.index("```table projects_full\n")].count("\n") + 1
    proc = run_cli("build", "--config", book / "book.toml", "--jobs", "1", cwd=book)
    assert_one_line(proc, 1, rf".*/templates/note\.j2:{line}: template: no table named 'projectz'")
    assert any(re.fullmatch(r"(?:[a-z0-9-]+_)?energy_ru: .*/templates/note\.j2: the template's Markdown is not a note's", line)
               for line in proc.stderr.splitlines()), proc.stderr
    assert_previous_untouched(book / "out")


CHARTS = [
    ("malformed-yaml", "kind: [bars\n", r".*/charts/bad\.yaml:\d+: malformed YAML: .+"),
    ("wrong-values", "id: bad\nkind: pie\nselect: {kinds: []}\ntitle: {ru: x}\nscale: -1\n",
     r".*/charts/bad\.yaml:2: kind: Input should be 'bars', 'portfolio', 'timeline' or 'values'"),
]


@pytest.mark.parametrize("text,expected", [c[1:] for c in CHARTS], ids=[c[0] for c in CHARTS])
def test_bad_chart_spec(book, text, expected):
    (book / "charts" / "bad.yaml").write_text(text, encoding="utf-8")
    proc = run_cli("build", "--config", book / "book.toml", "--jobs", "1", cwd=book)
    assert_one_line(proc, 1, expected)
    assert any(re.fullmatch(r"(?:[a-z0-9-]+_)?energy_ru: .*/charts: the chart specs are not valid", line)
               for line in proc.stderr.splitlines()), proc.stderr
    assert_previous_untouched(book / "out")


# ------------------------------------------------------------------------------------------------ the environment
def test_output_folder_is_a_file(tmp_path):
    target = tmp_path / "notes"
    target.write_text("not a folder")
    proc = run_cli("make", "--topic", "energy", "--out", target)
    assert_one_line(proc, 3, rf"error: {re.escape(str(target))}: the output folder is a file, not a folder")
    assert target.read_text() == "not a folder"


def test_output_folder_under_a_file(tmp_path):
    target = tmp_path / "notes" / "week"
    (tmp_path / "notes").write_text("not a folder")
    proc = run_cli("make", "--topic", "energy", "--out", target)
    assert_one_line(proc, 3, rf"error: {re.escape(str(target))}: the output folder is not writable: Not a directory")


def test_output_folder_cannot_be_created():
    proc = run_cli("make", "--topic", "energy", "--out", "/proc/briefing-notes")
    assert_one_line(proc, 3, r"error: /proc/briefing-notes: the output folder is not writable: .+")


@pytest.fixture
def small_disk(tmp_path):
    """A folder on a small tmpfs of its own; `mount` needs root (and a container that allows it)."""
    made = []

    def make(size: str, readonly: bool = False) -> Path:
        target = tmp_path / f"disk{len(made)}"
        target.mkdir()
        options = f"size={size}" + (",ro" if readonly else "")
        proc = subprocess.run(["mount", "-t", "tmpfs", "-o", options, "tmpfs", str(target)], capture_output=True, text=True)
        if proc.returncode != 0:
            pytest.skip(f"cannot mount a tmpfs here ({proc.stderr.strip() or 'mount failed'}): needs root")
        made.append(target)
        return target

    yield make
    for target in made:
        subprocess.run(["umount", str(target)], capture_output=True)


def test_output_folder_not_writable(tmp_path, small_disk):
    if os.geteuid() != 0:   # an ordinary user: a folder without write permission is enough
        out = tmp_path / "out"
        seed_previous(out)
        out.chmod(0o555)
    else:                   # root writes anywhere its permissions say no: a read-only file system then
        out = small_disk("1m")
        seed_previous(out)
        subprocess.run(["mount", "-o", "remount,ro", str(out)], check=True)
    try:
        proc = run_cli("make", "--topic", "energy", "--out", out)
        assert_one_line(proc, 3, rf"error: {re.escape(str(out))}: the output folder is not writable: "
                                 r"(Permission denied|Read-only file system)")
        assert_previous_untouched(out)
    finally:
        out.chmod(0o755) if os.geteuid() != 0 else None


def test_full_disk(small_disk):
    """The note is rendered, then does not fit: last week's files stay, no half-written file is left."""
    out = small_disk("96k")
    seed_previous(out)
    proc = run_cli("make", "--topic", "energy", "--out", out)
    assert_one_line(proc, 3, rf"error: {re.escape(str(out))}/\S+: cannot write: No space left on device")
    assert_previous_untouched(out)


def test_a_second_run_waits_for_the_lock_then_gives_up(tmp_path):
    """Another run holding the output folder (here: this test holds its lock) is waited for, then exit 3."""
    from filelock import FileLock

    out = tmp_path / "out"
    seed_previous(out)
    with FileLock(str(out / ".briefing.lock")):
        proc = run_cli("make", "--topic", "energy", "--out", out, env={"BRIEFING_LOCK_WAIT": "0.5"})
    assert_one_line(proc, 3, rf"error: {re.escape(str(out))}: another briefing run is writing to this folder "
                             r"\(waited 0\.5 s\); run again when it has finished")
    assert_previous_untouched(out)


def test_two_runs_at_once_do_not_mix_their_files(tmp_path):
    """Two runs into one folder, each with its own marking: both succeed, and the DOCX and the PDF left in
    the folder come from one and the same run."""
    from docx import Document as read_docx

    out = tmp_path / "out"
    markings = ["Первая отметка", "Вторая отметка"]
    procs = [subprocess.Popen([sys.executable, "-m", "briefing", "make", "--topic", "energy", "--out", str(out),
                               "--marking", m], cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
             for m in markings]
    results = [p.communicate(timeout=300) for p in procs]
    for p, (stdout, stderr) in zip(procs, results):
        assert p.returncode == 0, stderr
    docx_marking = next(p.text for p in read_docx(out / "energy_ru.docx").paragraphs if p.text in markings)
    assert docx_marking in squash(pdf_text(out / "energy_ru.pdf"))
    other = next(m for m in markings if m != docx_marking)
    assert other not in squash(pdf_text(out / "energy_ru.pdf"))
    assert not list(out.glob("*.tmp")) and not list(out.glob(".*.tmp"))


# ------------------------------------------------------------------------------------------------ the mail server
SMTP_PASSWORD = "Hunter2-do-not-print"


@pytest.fixture(scope="module")
def built_book(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("mailbook")
    (folder / "book.toml").write_text(f'[book]\ndossier = "{SEED}"\nout = "out"\ntopics = ["energy"]\n'
                                      f'languages = ["ru"]\nformats = ["pdf"]\n', encoding="utf-8")
    run_cli("build", "--config", folder / "book.toml", "--jobs", "1", cwd=folder, check=True)
    return folder / "out"


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _mail_book(tmp_path: Path, built: Path, port: int, tls: str = "none", user: bool = False) -> Path:
    shutil.copytree(built, tmp_path / "out")
    login = 'user = "briefing"\npassword_env = "CATALOGUE_SMTP_PASSWORD"\n' if user else ""
    path = tmp_path / "book.toml"
    path.write_text(f'[book]\ndossier = "{SEED}"\nout = "out"\ntopics = ["energy"]\nlanguages = ["ru"]\n'
                    f'formats = ["pdf"]\n\n[[lists]]\nname = "desk"\nto = ["desk@example.org"]\nnotes = ["*"]\n\n'
                    f'[smtp]\nhost = "127.0.0.1"\nport = {port}\ntls = "{tls}"\nsender = "briefing@example.org"\n'
                    f'{login}timeout = 2\nretries = 0\nbackoff = 0\n', encoding="utf-8")
    return path


def _outputs(folder: Path) -> dict[str, bytes]:
    return {p.relative_to(folder).as_posix(): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()
            and p.name != ".sent-log.lock"}


@pytest.fixture
def plain_smtp():
    """aiosmtpd on 127.0.0.1 without TLS; it refuses every login."""
    from aiosmtpd.controller import Controller
    from aiosmtpd.smtp import AuthResult

    class Handler:
        async def handle_DATA(self, server, session, envelope):
            return "250 OK"

    port = _free_port()
    controller = Controller(Handler(), hostname="127.0.0.1", port=port, auth_require_tls=False,
                            authenticator=lambda *a: AuthResult(success=False, handled=False))
    controller.start()
    yield port
    controller.stop()


@pytest.fixture
def silent_server():
    """Accepts connections and never says a word: the client must time out."""
    srv = socket.socket()
    srv.bind(("127.0.0.1", 0))
    srv.listen(5)
    held = []
    stop = threading.Event()

    def accept():
        srv.settimeout(0.2)
        while not stop.is_set():
            try:
                held.append(srv.accept()[0])
            except OSError:
                continue

    thread = threading.Thread(target=accept, daemon=True)
    thread.start()
    yield srv.getsockname()[1]
    stop.set()
    thread.join()
    for conn in held:
        conn.close()
    srv.close()


SMTP_CASES = ["refused", "auth-failure", "timeout", "starttls-unsupported", "tls-handshake-failure"]


@pytest.mark.parametrize("kind", SMTP_CASES)
def test_mail_server_failures(kind, request, tmp_path, built_book):
    if kind == "refused":
        port, tls, user, expected = _free_port(), "none", False, r"gave up after 1 attempt\(s\): ConnectionRefusedError: .*"
    elif kind == "timeout":
        port, tls, user, expected = request.getfixturevalue("silent_server"), "none", False, \
            r"gave up after 1 attempt\(s\): (TimeoutError|timeout|SMTPServerDisconnected).*"
    elif kind == "auth-failure":
        port, tls, user, expected = request.getfixturevalue("plain_smtp"), "none", True, \
            r"refused the login \(535 .*\)"
    elif kind == "starttls-unsupported":
        port, tls, user, expected = request.getfixturevalue("plain_smtp"), "starttls", False, \
            r"STARTTLS extension not supported by server\."
    else:
        port, tls, user, expected = request.getfixturevalue("plain_smtp"), "ssl", False, r"TLS failed: .+"
    config = _mail_book(tmp_path, built_book, port, tls, user)
    before = _outputs(tmp_path / "out")
    proc = cli("send", "--config", config, cwd=tmp_path, env={"CATALOGUE_SMTP_PASSWORD": SMTP_PASSWORD}, timeout=120)
    assert_one_line(proc, 3, r"error: list desk: not sent: 127\.0\.0\.1:? " + expected)
    assert proc.stderr.splitlines()[-1] == "error: 1 problem(s) while sending; see above"
    assert SMTP_PASSWORD not in proc.stderr + proc.stdout
    assert _outputs(tmp_path / "out") == before, "a failed send changed the output folder (sent-log?)"


# ------------------------------------------------------------------------------------------------ texts from the command line
CLI_TEXTS = [
    ("emoji-in-marking", ("--marking", "Срочно 🚨"),
     r"error: font Liberation Serif \(regular\) cannot draw: '🚨' \(U\+1F6A8\) in «Срочно 🚨»"),
    ("hebrew-in-drafter", ("--drafter", "Исп.: שלום"),
     r"error: right-to-left script cannot be laid out in the note: 'ש' \(U\+05E9\) in «.*שלום.*»"),
]


@pytest.mark.parametrize("args,expected", [c[1:] for c in CLI_TEXTS], ids=[c[0] for c in CLI_TEXTS])
def test_unprintable_text_from_the_command_line(args, expected, tmp_path):
    """Found while rendering, after the dossier passed: still one line, exit 1, last week's notes kept."""
    out = tmp_path / "out"
    seed_previous(out)
    proc = run_cli("make", "--topic", "energy", "--out", out, *args)
    assert_one_line(proc, 1, expected)
    assert_previous_untouched(out)


# ------------------------------------------------------------------------------------------------ input that must work
def _docx_text(path: Path) -> str:
    from docx import Document as read_docx
    doc = read_docx(path)
    return "\n".join([p.text for p in doc.paragraphs] + [c.text for t in doc.tables for r in t.rows for c in r.cells])


def _pdf_chars(path: Path) -> str:
    import pdfplumber
    with pdfplumber.open(path) as pdf:
        return "".join(ch["text"] for page in pdf.pages for ch in page.chars)


def test_crlf_and_bom_files_are_read_like_any_other(dossier_copy):
    """Files saved by Windows editors: a BOM and CRLF line ends in texts, facts and sources. Quotes are found."""
    for rel in (TEXT, FACTS, SOURCES, "dossier.yaml"):
        path = dossier_copy / rel
        path.write_bytes(b"\xef\xbb\xbf" + path.read_bytes().replace(b"\n", b"\r\n"))
    proc = run_cli("check", "--dossier", dossier_copy)
    assert proc.returncode == 0, proc.stderr
    assert re.search(r"^ok: \d+ facts from \d+ sources verified$", proc.stderr, re.M), proc.stderr


MARKUP = '& < > " \' <b>жирный</b> <font name="Courier" color="red">шрифт</font> <para>абзац</para> ' \
         '<img src="/etc/passwd"/> &amp; &lt; <br/> <a href="http://example.org">ссылка</a> <![CDATA[x]]> {{ 7*7 }}'


def test_markup_and_invisible_characters_print_literally(dossier_copy, tmp_path):
    """Nothing in a fact becomes markup in either format: ReportLab tags, XML entities, `& < > "`, jinja
    syntax all print as typed. Zero-width spaces and joiners are kept; direction controls, the word joiner
    and a stray BOM are dropped (Word would obey the controls, and the font has no glyph for the others)."""
    edit(dossier_copy, FACTS, PROJECT_TITLE, "    ru: " + json.dumps("Порт Актау " + MARKUP, ensure_ascii=False) + "\n")
    edit(dossier_copy, FACTS, "    ru: Официальный визит Министра иностранных дел Японии Такэси Ивая в Астану\n",
         "    ru: " + json.dumps("Визит\u200bИвая\u200d в \u202eАстану\u202c\u2060 и\ufeff \u200fобратно",
                                ensure_ascii=False) + "\n")
    out = tmp_path / "out"
    run_cli("make", "--dossier", dossier_copy, "--topic", "transport", "--out", out, check=True)
    run_cli("make", "--dossier", dossier_copy, "--topic", "politics", "--out", out, check=True)

    docx = _docx_text(out / "transport_ru.docx")
    pdf = squash(pdf_text(out / "transport_ru.pdf"))
    assert "Порт Актау " + MARKUP in docx                 # the table cell holds the title exactly as typed
    for piece in ('<b>жирный</b>', '<font name=', 'шрифт</font>', '<img src=', '&amp; &lt; <br/>', '<![CDATA[x]]>',
                  '{{ 7*7 }}', "& < >", 'ссылка</a>'):
        assert piece in pdf, piece
    assert "49" not in re.sub(r"\d{3,}|\[\d+\]", "", pdf.split("Порт Актау")[1][:400])  # no template ran

    docx = _docx_text(out / "politics_ru.docx")
    chars = _pdf_chars(out / "politics_ru.pdf")
    assert "Визит\u200bИвая\u200d в Астану и обратно" in docx
    assert "Визит\u200bИвая\u200d в Астану и обратно" in chars
    for gone in "\u202e\u202c\u2060\ufeff\u200f":
        assert gone not in docx and gone not in chars, f"U+{ord(gone):04X} printed"
    assert "\x00" not in chars, "a glyph the font lacks was drawn as a box"


def test_ten_thousand_character_titles(dossier_copy, tmp_path):
    """A title of 10,000 characters, once in words and once as one word: the note is made, and every word of
    the long title is in the PDF (a table row taller than a page breaks across pages instead of failing)."""
    words = " ".join(f"слово{i}" for i in range(1, 1200))
    assert len(words) >= 10_000
    edit(dossier_copy, FACTS, PROJECT_TITLE, f"    ru: {words}\n")
    edit(dossier_copy, FACTS, "    ru: Официальный визит Министра иностранных дел Японии Такэси Ивая в Астану\n",
         "    ru: Визит" + "А" * 10_000 + "\n")
    out = tmp_path / "out"
    for topic in ("transport", "politics"):
        run_cli("make", "--dossier", dossier_copy, "--topic", topic, "--out", out, check=True)
    pdf = pdf_text(out / "transport_ru.pdf")
    assert set(range(1, 1200)) <= {int(n) for n in re.findall(r"слово(\d+)", pdf)}
    assert words in _docx_text(out / "transport_ru.docx")
    docx = _docx_text(out / "politics_ru.docx")
    assert "Визит" + "А" * 10_000 in docx
    # The one long word is broken across lines (and table columns): count its letters instead.
    assert _pdf_chars(out / "politics_ru.pdf").count("А") == docx.count("А") >= 10_000
