"""The verified snapshot (briefing/dossier/snapshot.py): after a check passes, `make` takes the dossier from
`<dossier>/.briefing-cache/` instead of parsing and verifying it again — but only while every file it was
made from is byte for byte the same. What a user would notice: an edit after `check` still fails `make` with
the check's own `file:line` message; a damaged snapshot is ignored; a read-only dossier still makes notes; the
notes are the same bytes with or without a snapshot."""
from __future__ import annotations

import os
import pickle
import re
import shutil
import subprocess
from pathlib import Path

import pytest

from briefing.dossier import snapshot
from briefing.dossier.verify import check_dossier, checked_dossier, consistency
from conftest import run_cli

FACTS = "facts/2025.yaml"
TEXT = "texts/002_5646f4470da6403c.txt"   # source s002, cited by many 2025 facts
QUOTE = "провели переговоры в Астане"


def snap(dossier: Path) -> Path:
    return dossier / ".briefing-cache" / "verified.pickle"


def make(dossier: Path, out: Path, *args):
    return run_cli("make", "--dossier", dossier, "--out", out, "--topic", "energy", *args)


def outputs(out: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(out.iterdir()) if p.suffix in (".docx", ".pdf")}


def edit(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


@pytest.fixture
def checked(dossier_copy) -> Path:
    """A dossier copy that `briefing check` passed (so it has its snapshot)."""
    shutil.rmtree(dossier_copy / ".briefing-cache", ignore_errors=True)   # the seed's own, if tests made one
    proc = run_cli("check", "--dossier", dossier_copy)
    assert proc.returncode == 0, proc.stderr
    assert snap(dossier_copy).is_file()
    return dossier_copy


def test_check_writes_the_snapshot_and_make_uses_it(checked, monkeypatch):
    assert (checked / ".briefing-cache" / ".gitignore").read_text(encoding="utf-8").splitlines()[-1] == "*"
    # make's loading without parsing or verifying anything
    import briefing.dossier.verify as verify
    monkeypatch.setattr(verify, "load_dossier", lambda root: pytest.fail("the dossier was parsed again"))
    dossier, problems = checked_dossier(checked)
    assert problems == [] and len(dossier.facts) > 100


def test_snapshot_gives_the_same_dossier(checked):
    fresh, problems = check_dossier(checked, save=False)
    assert not problems
    saved = snapshot.load(checked)
    assert saved is not None
    assert saved.meta == fresh.meta
    assert list(saved.sources) == list(fresh.sources) and saved.sources == fresh.sources
    assert saved.facts == fresh.facts
    assert [f.model_fields_set for f in saved.facts] == [f.model_fields_set for f in fresh.facts]
    assert [f.model_dump(mode="json") for f in saved.facts] == [f.model_dump(mode="json") for f in fresh.facts]
    assert saved.texts == fresh.texts
    assert saved.inputs == fresh.inputs
    # the lines of messages, found when asked for
    assert [str(w) for w in consistency(saved)[0]] == [str(w) for w in consistency(fresh)[0]]
    for fact in fresh.facts[::7]:
        a, b = saved.where[fact.id], fresh.where[fact.id]
        assert (a.file, a.line("id"), a.line("evidence", 0, "quote")) == (b.file, b.line("id"), b.line("evidence", 0, "quote"))
    for sid in fresh.sources:
        assert saved.source_where[sid].line("file") == fresh.source_where[sid].line("file")


def test_notes_are_the_same_bytes_with_or_without_the_snapshot(checked, tmp_path):
    with_snapshot = make(checked, tmp_path / "a")
    assert with_snapshot.returncode == 0, with_snapshot.stderr
    shutil.rmtree(checked / ".briefing-cache")
    without = make(checked, tmp_path / "b")
    assert without.returncode == 0, without.stderr
    assert snap(checked).is_file()   # make wrote a new one
    assert outputs(tmp_path / "a") == outputs(tmp_path / "b") != {}
    assert with_snapshot.stderr == without.stderr   # the same warnings, word for word


def _problem_line(proc) -> str:
    lines = [line for line in proc.stderr.splitlines() if re.match(r"\S+:\d+: ", line)]
    assert lines, proc.stderr
    return lines[0]


def test_a_quote_edited_after_check_fails_make_with_file_and_line(checked, tmp_path):
    edit(checked / FACTS, QUOTE, "провели переговоры в Алматы")
    proc = make(checked, tmp_path / "out")
    assert proc.returncode == 1
    line = _problem_line(proc)
    assert re.fullmatch(rf".*{re.escape(FACTS)}:\d+: evidence\.quote: quote not found in source \S+ .*", line), line
    check = run_cli("check", "--dossier", checked)
    assert check.returncode == 1 and _problem_line(check) == line
    assert not (tmp_path / "out").exists() or not outputs(tmp_path / "out")


def test_a_source_text_edited_after_check_fails_make(checked, tmp_path):
    edit(checked / TEXT, QUOTE, "провели встречу в Астане")
    proc = make(checked, tmp_path / "out")
    assert proc.returncode == 1
    line = _problem_line(proc)
    assert "evidence.quote: quote not found in source s002" in line
    assert line == _problem_line(run_cli("check", "--dossier", checked))


def test_a_new_or_removed_facts_file_is_noticed(checked):
    extra = checked / "facts" / "zz-extra.yaml"
    extra.write_text("- id: broken\n", encoding="utf-8")
    assert snapshot.load(checked) is None
    extra.unlink()
    assert snapshot.load(checked) is not None
    moved = checked / "facts" / "2025.yaml"
    moved.rename(checked / "2025.yaml.bak")
    assert snapshot.load(checked) is None


def test_a_text_swapped_for_a_link_out_of_the_folder_is_noticed(checked, tmp_path):
    outside = tmp_path / "elsewhere.txt"
    shutil.copyfile(checked / TEXT, outside)
    (checked / TEXT).unlink()
    (checked / TEXT).symlink_to(outside)
    assert snapshot.load(checked) is None
    proc = make(checked, tmp_path / "out")
    assert proc.returncode == 1 and "a link to a file outside the dossier folder" in proc.stderr


def test_a_new_version_of_the_tool_is_a_new_key(checked, monkeypatch):
    assert snapshot.load(checked) is not None
    monkeypatch.setattr(snapshot, "tool_key", lambda: b"another version")
    assert snapshot.load(checked) is None


def _damage(path: Path, how: str) -> None:
    data = path.read_bytes()
    if how == "truncated":
        path.write_bytes(data[: len(data) // 2])
    elif how == "empty":
        path.write_bytes(b"")
    elif how == "flipped":   # one byte of the body
        i = len(snapshot.MAGIC) + 100
        path.write_bytes(data[:i] + bytes([data[i] ^ 0xFF]) + data[i + 1:])
    elif how == "garbage":
        path.write_bytes(os.urandom(5000))
    elif how == "a folder":
        path.unlink()
        path.mkdir()
    elif how == "old format":
        path.write_bytes(data.replace(snapshot.MAGIC, b"briefing verified dossier 0\n"[: len(snapshot.MAGIC)], 1))


@pytest.mark.parametrize("how", ["truncated", "empty", "flipped", "garbage", "a folder", "old format"])
def test_a_damaged_snapshot_is_ignored(checked, tmp_path, how):
    good = make(checked, tmp_path / "good")
    assert good.returncode == 0, good.stderr
    _damage(snap(checked), how)
    assert snapshot.load(checked) is None
    again = make(checked, tmp_path / "again")
    assert again.returncode == 0, again.stderr
    assert "Traceback" not in again.stderr and again.stderr == good.stderr
    assert outputs(tmp_path / "again") == outputs(tmp_path / "good")
    if how != "a folder":
        assert snapshot.load(checked) is not None   # and a good one is written again


class _Boom:
    def __reduce__(self):
        return (os.system, ("touch pwned",))


def test_a_snapshot_that_would_run_code_is_refused(checked, tmp_path):
    """Even with every digest right: only the schema's models and decimals are ever unpickled."""
    path = snap(checked)
    with open(path, "rb") as fh:
        header = snapshot._read_header(fh)
    body = pickle.dumps((_Boom(), [], [], []), protocol=5)
    header.update(body_size=len(body), body_sha256=__import__("hashlib").sha256(body).digest())
    head = pickle.dumps(header, protocol=5)
    path.write_bytes(snapshot.MAGIC + body + head + snapshot._LENGTH.pack(len(head)))
    os.chdir(tmp_path)
    assert snapshot.load(checked) is None
    assert not (tmp_path / "pwned").exists()


def test_check_always_verifies_in_full(checked, monkeypatch):
    """`check` proves the dossier: a snapshot, even a valid-looking one, is never its answer."""
    stale = snapshot.load(checked)
    edit(checked / FACTS, QUOTE, "провели переговоры в Алматы")
    monkeypatch.setattr(snapshot, "load", lambda root: stale)   # as if the snapshot still matched
    from briefing.cli import main
    assert main(["check", "--dossier", str(checked)]) == 1


def test_a_read_only_dossier_still_makes_notes(dossier_copy, tmp_path):
    shutil.rmtree(dossier_copy / ".briefing-cache", ignore_errors=True)
    if os.geteuid() != 0:
        dossier_copy.chmod(0o555)
    else:   # root writes through permissions: a read-only mount then
        disk = tmp_path / "ro"
        disk.mkdir()
        mounted = subprocess.run(["mount", "-t", "tmpfs", "-o", "size=8m", "tmpfs", str(disk)], capture_output=True)
        if mounted.returncode != 0:
            pytest.skip("cannot mount a tmpfs here (needs root)")
        shutil.copytree(dossier_copy, disk / "kz-jp")
        subprocess.run(["mount", "-o", "remount,ro", str(disk)], check=True)
        dossier_copy = disk / "kz-jp"
    try:
        for run in ("check", "make"):
            proc = run_cli("check", "--dossier", dossier_copy) if run == "check" else make(dossier_copy, tmp_path / "out")
            assert proc.returncode == 0, proc.stderr
            assert "Traceback" not in proc.stderr
        assert outputs(tmp_path / "out")
        assert not (dossier_copy / ".briefing-cache").exists()
    finally:
        if os.geteuid() != 0:
            dossier_copy.chmod(0o755)
        else:
            subprocess.run(["umount", str(tmp_path / "ro")], capture_output=True)


def test_an_unwritable_cache_folder_is_no_error(dossier_copy, tmp_path):
    shutil.rmtree(dossier_copy / ".briefing-cache", ignore_errors=True)
    (dossier_copy / ".briefing-cache").write_text("a file where the folder would go", encoding="utf-8")
    proc = make(dossier_copy, tmp_path / "out")
    assert proc.returncode == 0, proc.stderr
    assert outputs(tmp_path / "out")


def test_the_snapshot_is_never_committed(checked):
    git = lambda *args: subprocess.run(["git", *args], cwd=checked, capture_output=True, text=True)  # noqa: E731
    if git("init", "-q").returncode != 0:
        pytest.skip("git not usable here")
    git("add", "-A")
    staged = git("diff", "--cached", "--name-only").stdout.split()
    assert "dossier.yaml" in staged and not [name for name in staged if ".briefing-cache" in name]


def test_a_stale_snapshot_is_not_unpickled(checked, monkeypatch):
    """A stale snapshot costs its header and the digests, never the unpickling of its body."""
    edit(checked / TEXT, QUOTE, "провели встречу в Астане")
    monkeypatch.setattr(snapshot, "_Unpickler", lambda *a: pytest.fail("a stale body was unpickled"))
    assert snapshot.load(checked) is None


def test_a_dossier_pickles_as_it_was_validated(checked):
    """What a build worker receives: the same models, the same fields given, no cached values."""
    fresh, _ = check_dossier(checked, save=False)
    fact = next(f for f in fresh.facts if f.date)
    assert fact.when is not None and "when" in fact.__dict__   # cached on the model
    again = pickle.loads(pickle.dumps(fresh))
    assert again.facts == fresh.facts and again.sources == fresh.sources and again.meta == fresh.meta
    assert [f.model_fields_set for f in again.facts] == [f.model_fields_set for f in fresh.facts]
    assert all("when" not in f.__dict__ for f in again.facts)
    assert again.facts[fresh.facts.index(fact)].when == fact.when
    assert again.where[fact.id].line("id") == fresh.where[fact.id].line("id")
    for saved in (again, snapshot.load(checked)):
        assert pickle.loads(pickle.dumps(saved)).facts == fresh.facts
