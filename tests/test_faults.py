"""Fault classes outside the send path (issue 14): targets that cannot be replaced, YAML built to explode, special
files where text should be, inputs over the size limit, templates and style files that would never finish or
print nothing, one broken source reported once, and build workers that die with their build.

Each case runs the real command in its own process and expects one whole line of stderr, the exit code of the
kind of problem (1 content, 2 usage, 3 environment), no traceback, and what was there before left as it was."""
from __future__ import annotations

import os
import re
import resource
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from conftest import ROOT, SEED
from test_bad_input import (FACTS, SOURCES, TEXT, assert_one_line, assert_previous_untouched, book_folder, cli,
                            line_of, seed_previous)


def _project(folder: Path, extra: str = "", topics: str = '["energy"]') -> Path:
    """A project of its own: copies of the dossier, templates and charts, one note (energy_ru) in DOCX and PDF."""
    shutil.copytree(SEED, folder / "dossier")
    return book_folder(folder, "dossier", "briefing.toml", topics, extra)


@pytest.fixture
def project(tmp_path) -> Path:
    return _project(tmp_path / "project")


def build(project: Path, *args, **kw):
    return cli("build", "--config", project / "briefing.toml", "--jobs", "1", *args, cwd=project, timeout=120, **kw)


# ------------------------------------------------------------------------------------------------ make's targets
@pytest.mark.parametrize("spoil,reason", [
    (lambda p: (p.unlink(), p.mkdir()), "a folder is in its place"),
    (lambda p: p.chmod(0o444), "the file is read-only"),
], ids=["folder", "read-only"])
def test_one_target_that_cannot_be_replaced_replaces_none(tmp_path, spoil, reason):
    """DOCX and PDF come from one run: the PDF cannot be replaced, so the DOCX is not either."""
    out = tmp_path / "out"
    seed_previous(out)
    pdf = out / "energy_ru.pdf"
    spoil(pdf)
    proc = cli("make", "--topic", "energy", "--out", out)
    assert_one_line(proc, 3, rf"error: {re.escape(str(pdf))}: cannot write: {reason} \(nothing was replaced\)")
    assert (out / "energy_ru.docx").read_bytes() == b"the docx of last week"
    assert not [p for p in out.iterdir() if p.name.endswith(".tmp")]


@pytest.mark.parametrize("command", ["make", "build", "send"])
def test_an_empty_out_is_refused_not_taken_for_the_current_folder(project, command):
    before = sorted(p.name for p in project.iterdir())
    extra = ("--topic", "energy") if command == "make" else ()
    proc = cli(command, "--config", project / "briefing.toml", "--out", "", *extra, cwd=project)
    assert_one_line(proc, 2, r"error: --out: give a folder")
    assert sorted(p.name for p in project.iterdir()) == before


@pytest.mark.parametrize("value,message", [
    ('""', r"give a path \(an empty one would mean the folder of this file\)"),
    ('"o\\u0000ut"', r"a control character in the path: 'o\\x00ut'"),
], ids=["empty", "nul-byte"])
def test_a_config_path_that_names_no_folder_is_refused(project, value, message):
    config = project / "briefing.toml"
    config.write_text(config.read_text(encoding="utf-8").replace('out = "out"', f"out = {value}"), encoding="utf-8")
    proc = build(project)
    assert_one_line(proc, 1, rf"{re.escape(str(config))}:3: book\.out: {message}")
    assert_previous_untouched(project / "out")


# ------------------------------------------------------------------------------------------------ YAML
def _append(rel: str, text: str):
    def spoil(d: Path) -> tuple[str, int]:
        path = d / rel
        old = path.read_text(encoding="utf-8")
        path.write_text(old + text, encoding="utf-8")
        return rel, old.count("\n") + 1
    return spoil


def _write(rel: str, text: str, line: int | None):
    def spoil(d: Path) -> tuple[str, int | None]:
        (d / rel).write_text(text, encoding="utf-8")
        return rel, line
    return spoil


def _bomb() -> str:
    rows = ['- &l0 ["a", "a", "a", "a", "a", "a", "a", "a", "a", "a"]']
    rows += [f"- &l{i} [" + ", ".join([f"*l{i - 1}"] * 10) + "]" for i in range(1, 9)]
    return "\n".join(rows) + "\n"


YAML = [
    ("second-document-facts", _append(FACTS, "---\n- id: hidden-fact\n  kind: visit\n"),
     r"a second YAML document \(`---`\): a file holds one; join them or move the second into a file of its own"),
    ("second-document-sources", _append(SOURCES, "---\n- id: s999\n"), r"a second YAML document .*"),
    ("alias-bomb", _write("facts/zz.yaml", _bomb(), 5), r"aliases expand to more than 100,000 values \(.*\)"),
    ("alias-loop", _write("facts/zz.yaml", "- &x [1, *x]\n", 1), r"alias \*x inside its own anchor \(a loop\)"),
    ("50000-brackets", _write("facts/zz.yaml", "[" * 50_000 + "]" * 50_000 + "\n", 1),
     r"nested more than 64 levels deep"),
    ("50000-braces", _write("facts/zz.yaml", "{a: " * 50_000 + "\n", 1), r"nested more than 64 levels deep"),
]


@pytest.mark.parametrize("spoil,message", [y[1:] for y in YAML], ids=[y[0] for y in YAML])
def test_yaml_no_dossier_needs_is_one_line(dossier_copy, spoil, message):
    rel, line = spoil(dossier_copy)
    proc = cli("check", "--dossier", dossier_copy, timeout=60)
    where = re.escape(str(dossier_copy / rel)) + (f":{line}" if line else r":\d+")
    assert_one_line(proc, 1, rf"{where}: {message}")
    assert len(proc.stderr.splitlines()) == 2, proc.stderr


def test_a_facts_path_that_is_a_file_is_not_an_empty_dossier(dossier_copy):
    shutil.rmtree(dossier_copy / "facts")
    (dossier_copy / "facts").write_text("- id: x\n", encoding="utf-8")
    proc = cli("check", "--dossier", dossier_copy)
    assert_one_line(proc, 1, rf"{re.escape(str(dossier_copy / 'facts'))}: expected a folder of facts files "
                             r"\(facts/\*\.yaml\), found a file")


# ------------------------------------------------------------------------------------------------ special files
def _fifo(path: Path) -> None:
    if path.exists():
        path.unlink()
    os.mkfifo(path)


@pytest.mark.parametrize("rel,line", [
    ("dossier/facts/2025.yaml", r"{d}/facts/2025\.yaml: cannot read: not a regular file"),
    ("dossier/" + TEXT, rf"{{d}}/sources\.yaml:\d+: file: {re.escape(TEXT)}: cannot read: not a regular file"),
    ("dossier/sources.yaml", r"{d}/sources\.yaml: cannot read: not a regular file \(\d+ facts cite its sources\)"),
    ("templates/note.j2", r"{p}/templates/note\.j2: template: template not found: note\.j2 \(not a regular file\)"),
    ("templates/style.yaml", r"{p}/templates/style\.yaml: cannot read: not a regular file"),
    ("templates/lang/ru.yaml", r"{p}/templates/lang/ru\.yaml: cannot read: not a regular file"),
    ("charts/values.yaml", r"{p}/charts/values\.yaml: cannot read: not a regular file"),
], ids=["facts", "source-text", "sources", "template", "style", "catalogue", "chart"])
def test_a_fifo_where_a_file_should_be_is_refused_not_waited_on(project, rel, line):
    _fifo(project / rel)
    proc = build(project)
    expected = line.format(d=r"(?:.*/)?dossier", p=re.escape(str(project)))
    assert_one_line(proc, 1, expected)
    assert_previous_untouched(project / "out")


def test_a_fifo_as_the_config_is_refused(tmp_path):
    fifo = tmp_path / "briefing.toml"
    os.mkfifo(fifo)
    for command in ("build", "send"):
        proc = cli(command, "--config", fifo, timeout=60)
        assert_one_line(proc, 2, rf"error: {re.escape(str(fifo))}: cannot read: not a regular file")


@pytest.mark.parametrize("given", ["/dev/zero", "fifo"])
def test_extract_refuses_what_is_not_a_regular_file(tmp_path, given):
    path = Path(given) if given.startswith("/") else tmp_path / given
    if not path.exists():
        os.mkfifo(path)
    target = tmp_path / "kz-jp"
    shutil.copytree(SEED, target)
    proc = cli("extract", path, "--dossier", target, timeout=60)
    assert proc.returncode == 1 and "Traceback" not in proc.stderr, proc.stderr
    assert proc.stderr.splitlines() == [f"{path}: refused: cannot read: not a regular file",
                                        "error: no file could be read (1 refused)"]


def test_extract_refuses_a_text_over_the_limit(tmp_path):
    article = tmp_path / "dump.txt"
    article.write_bytes(b"2025 " * 300_000)   # 1.5 MB
    target = tmp_path / "kz-jp"
    shutil.copytree(SEED, target)
    proc = cli("extract", article, "--dossier", target, env={"BRIEFING_MAX_TEXT_MB": "1"})
    assert proc.stderr.splitlines() == [f"{article}: refused: larger than 1 MB (the limit, BRIEFING_MAX_TEXT_MB; "
                                        f"raise it if the file is meant)", "error: no file could be read (1 refused)"]
    assert proc.returncode == 1


def test_a_source_text_over_the_limit_is_one_line(dossier_copy):
    proc = cli("check", "--dossier", dossier_copy, env={"BRIEFING_MAX_TEXT_MB": "0.005"})
    line = line_of(dossier_copy, SOURCES, f"  file: {TEXT}")
    assert_one_line(proc, 1, rf"{re.escape(str(dossier_copy / SOURCES))}:{line}: file: {re.escape(TEXT)}: larger "
                             r"than 5,000 bytes \(the limit, BRIEFING_MAX_TEXT_MB; raise it if the file is meant\)")


def test_a_bad_size_limit_is_a_usage_error(dossier_copy):
    proc = cli("check", "--dossier", dossier_copy, env={"BRIEFING_MAX_TEXT_MB": "lots"})
    assert_one_line(proc, 2, r"error: BRIEFING_MAX_TEXT_MB: give a size in megabytes, not 'lots'")


def test_a_nul_byte_in_a_source_path_is_one_line(dossier_copy):
    line = line_of(dossier_copy, SOURCES, f"  file: {TEXT}")
    text = (dossier_copy / SOURCES).read_text(encoding="utf-8")
    (dossier_copy / SOURCES).write_text(text.replace(f"  file: {TEXT}", '  file: "texts/a\\0b.txt"'), encoding="utf-8")
    proc = cli("check", "--dossier", dossier_copy)
    assert_one_line(proc, 1, rf"{re.escape(str(dossier_copy / SOURCES))}:{line}: file: a control character in the "
                             r"path: 'texts/a\\x00b\.txt' \(\d+ facts cite it\)")


def test_a_nul_byte_in_an_argument_is_one_line():
    from briefing.cli import main
    proc = subprocess.run([sys.executable, "-c", "import sys; from briefing.cli import main; "
                                                 "sys.exit(main(['check', '--dossier', 'a\\0b']))"],
                          capture_output=True, text=True, cwd=ROOT)
    assert proc.returncode == 2 and proc.stderr == "error: a NUL byte in an argument: 'a\\x00b'\n", proc.stderr
    assert main  # the same entry point as `python -m briefing`


def test_extract_on_a_full_disk_leaves_no_orphan_text(tmp_path):
    """The article fits, the rewritten sources.yaml does not (a file-size limit stands in for the full disk):
    neither is written, the dossier stays as it was."""
    target = tmp_path / "kz-jp"
    shutil.copytree(SEED, target)
    before = {p.relative_to(target): p.read_bytes() for p in target.rglob("*") if p.is_file()}
    article = tmp_path / "article.txt"
    article.write_text("Астана, 12 марта 2025 года. Министры Казахстана и Японии провели переговоры о поставках "
                       "урана и подписали два соглашения.\n", encoding="utf-8")
    limit = 4096
    assert article.stat().st_size < limit < (target / SOURCES).stat().st_size

    def small_files():
        resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))

    proc = subprocess.run([sys.executable, "-m", "briefing", "extract", str(article), "--dossier", str(target)],
                          capture_output=True, text=True, cwd=ROOT, preexec_fn=small_files, timeout=300)
    assert_one_line(proc, 3, rf"error: {re.escape(str(target))}/\S+: cannot write: (File too large|No space left on "
                             r"device)")
    after = {p.relative_to(target): p.read_bytes() for p in target.rglob("*") if p.is_file()}
    assert after.keys() - before.keys() <= {Path(".briefing.lock")}, sorted(map(str, after.keys() - before.keys()))
    assert all(after[k] == v for k, v in before.items())


# ------------------------------------------------------------------------------------------------ templates
def _template(project: Path, line: int, text: str) -> None:
    path = project / "templates" / "note.j2"
    lines = path.read_text(encoding="utf-8").split("\n")
    lines[line - 1] = text + lines[line - 1]
    path.write_text("\n".join(lines), encoding="utf-8")


TEMPLATES = [
    ("includes-itself", 5, '{% include "note.j2" %}', r"{t}:5: template: includes or extends itself .*"),
    ("extends-itself", 1, '{% extends "note.j2" %}', r"{t}:1: template: includes or extends itself .*"),
    ("huge-string", 5, '{{ "x" * 1000000000 }}',
     r"{t}:5: template: `\*` would make 1,000,000,000 characters or items \(the limit is 20,000,000\)"),
    ("huge-number", 5, "{{ 10 ** 1000000000 }}",
     r"{t}:5: template: `\*\*` with an exponent of 1,000,000,000: a number too large to write"),
    ("endless-text", 5, "{% for i in range(100000) %}{% for j in range(1000) %}xxxxxxxxxx{% endfor %}{% endfor %}",
     r"{t}: template: the text grows past 20,000,000 characters \(a loop\?\)"),
]


@pytest.mark.parametrize("line,text,expected", [t[1:] for t in TEMPLATES], ids=[t[0] for t in TEMPLATES])
def test_a_template_that_would_never_end_is_one_line(project, line, text, expected):
    _template(project, line, text)
    proc = build(project)
    assert_one_line(proc, 1, expected.format(t=re.escape(str(project / "templates" / "note.j2"))))
    assert_previous_untouched(project / "out")


# ------------------------------------------------------------------------------------------------ style and charts
STYLES = [
    ("margins-wider-than-the-page", "margin_left_mm: 30", "margin_left_mm: 300", 2,
     r"page: the left and right margins leave -105 mm of a 210 mm page \(at least 50 mm of text width needed\)"),
    ("margins-taller-than-the-page", "margin_top_mm: 20", "margin_top_mm: 250", 2,
     r"page: the top and bottom margins leave 27 mm of a 297 mm page \(at least 80 mm of text height needed\)"),
    ("zero-font-size", "body: 14", "body: 0", 8, r"sizes\.body: Input should be greater than or equal to 4"),
    ("negative-font-size", "title: 16", "title: -16", 8, r"sizes\.title: Input should be greater than or equal to 4"),
    ("nan-line-spacing", "line_spacing: 1.15", "line_spacing: .nan", 10, r"line_spacing: Input should be a finite number"),
    ("font-outside-the-fonts", "regular: LiberationSerif-Regular.ttf", "regular: ../../../etc/passwd", 6,
     r"fonts\.serif\.regular: String should match pattern .*"),
    ("colour-not-rgb", 'text: "000000"', "text: black", 14, r"colors\.text: String should match pattern .*"),
]


@pytest.mark.parametrize("old,new,line,message", [s[1:] for s in STYLES], ids=[s[0] for s in STYLES])
def test_a_style_no_page_can_hold_is_refused_at_its_line(project, old, new, line, message):
    path = project / "templates" / "style.yaml"
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new, 1), encoding="utf-8")
    proc = build(project)
    assert_one_line(proc, 1, rf"{re.escape(str(path))}:{line}: {message}")
    assert_previous_untouched(project / "out")


@pytest.mark.parametrize("scale,message", [
    ("5e-324", r"Input should be greater than or equal to 0\.000000001"),
    ("0", r"Input should be greater than or equal to 0\.000000001"),
    (".nan", r"Input should be a finite number"),
    ("1e300", r"Input should be less than or equal to 1000000000000000"),
], ids=["denormal", "zero", "nan", "huge"])
def test_a_chart_scale_that_makes_figures_infinite_is_refused(tmp_path, scale, message):
    project = _project(tmp_path / "project", topics='["trade"]')
    path = project / "charts" / "values.yaml"
    text = path.read_text(encoding="utf-8")
    path.write_text(text.replace("scale: 1000000", f"scale: {scale}"), encoding="utf-8")
    proc = build(project)
    line = line_of(project / "charts", "values.yaml", "scale:")
    assert_one_line(proc, 1, rf"{re.escape(str(path))}:{line}: scale: {message}")


# ------------------------------------------------------------------------------------------------ one root cause
def test_a_broken_source_entry_is_reported_once_with_the_facts_citing_it(dossier_copy):
    line = line_of(dossier_copy, SOURCES, f"  file: {TEXT}")
    text = (dossier_copy / SOURCES).read_text(encoding="utf-8")
    (dossier_copy / SOURCES).write_text(text.replace(f"  file: {TEXT}", f"  file: /{TEXT}"), encoding="utf-8")
    citing = (dossier_copy / FACTS).read_text(encoding="utf-8").count("source: s002") + \
        (dossier_copy / "facts/2015-2016.yaml").read_text(encoding="utf-8").count("source: s002")
    proc = cli("check", "--dossier", dossier_copy)
    assert proc.returncode == 1
    assert proc.stderr.splitlines() == [
        f"{dossier_copy / SOURCES}:{line}: file: must be a path inside the dossier folder ({citing} facts cite it)",
        "1 problem(s) found"], proc.stderr


def test_sources_yaml_missing_is_one_line_not_one_per_citation(dossier_copy):
    (dossier_copy / SOURCES).unlink()
    proc = cli("check", "--dossier", dossier_copy)
    assert proc.returncode == 1
    lines = proc.stderr.splitlines()
    assert len(lines) == 2 and re.fullmatch(rf"{re.escape(str(dossier_copy / SOURCES))}: file not found "
                                            r"\(\d+ facts cite its sources\)", lines[0]), proc.stderr


def test_an_unknown_source_still_says_so_where_it_is_cited(dossier_copy):
    """Not a broken entry, a typo in a fact: that fact's line, as before."""
    path = dossier_copy / FACTS
    text = path.read_text(encoding="utf-8")
    path.write_text(text.replace("    - source: s003\n", "    - source: s999\n", 1), encoding="utf-8")
    proc = cli("check", "--dossier", dossier_copy)
    assert_one_line(proc, 1, rf"{re.escape(str(path))}:\d+: evidence\.source: unknown source 's999'")


# ------------------------------------------------------------------------------------------------ killed builds
def _children(pid: int) -> set[int]:
    """The process ids whose parent is `pid` (from /proc)."""
    out = set()
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                fields = (entry / "stat").read_text().rsplit(")", 1)[1].split()
            except OSError:
                continue
            if int(fields[1]) == pid:
                out.add(int(entry.name))
    return out


def _alive(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except OSError:
        return False
    return state != "Z"


@pytest.mark.skipif(not Path("/proc").is_dir(), reason="reads the process table from /proc")
@pytest.mark.parametrize("sig", [signal.SIGKILL, signal.SIGTERM], ids=["SIGKILL", "SIGTERM"])
def test_a_killed_build_leaves_no_worker_running(tmp_path, sig):
    project = _project(tmp_path / "project", topics='["energy", "trade", "politics", "transport"]')
    proc = subprocess.Popen([sys.executable, "-m", "briefing", "build", "--config", str(project / "briefing.toml"),
                             "--jobs", "2"], cwd=project, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    workers: set[int] = set()
    try:
        for _ in range(600):   # until both workers are up (they import matplotlib first): a slow machine waits
            workers = {pid for pid in _children(proc.pid)
                       if "spawn_main" in Path(f"/proc/{pid}/cmdline").read_text(errors="replace")}
            if len(workers) == 2 or proc.poll() is not None:
                break
            time.sleep(0.1)
        assert len(workers) == 2, "the build did not start its workers"
        proc.send_signal(sig)
        proc.wait(timeout=60)
        for _ in range(600):   # the kernel delivers the workers' death signal as soon as the parent is gone
            if not any(_alive(pid) for pid in workers):
                break
            time.sleep(0.1)
        assert not [pid for pid in workers if _alive(pid)], "workers outlived their build"
    finally:   # whatever failed above, nothing of this test keeps running
        if proc.poll() is None:
            proc.kill()
            proc.wait()
        for pid in workers:
            if _alive(pid) and "spawn_main" in Path(f"/proc/{pid}/cmdline").read_text(errors="replace"):
                os.kill(pid, signal.SIGKILL)


def test_what_a_killed_run_left_half_written_is_swept_by_the_next_build(project):
    out = project / "out"
    (out / "manifest").mkdir(parents=True, exist_ok=True)
    left = [out / ".dossier_energy_ru.pdf.x1y2.tmp", out / "manifest" / ".dossier_energy_ru.json.a1b2.tmp"]
    for path in left:
        path.write_bytes(b"half a file")
    proc = build(project)
    assert proc.returncode == 0, proc.stderr
    assert not [p for p in left if p.exists()]
    assert "removed 2 temporary file(s) a stopped run left" in proc.stderr
