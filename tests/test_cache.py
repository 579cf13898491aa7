"""The verification cache (briefing/dossier/cache.py): a facts file that passed is kept as JSON data in
`<dossier>/.briefing-cache/<sha256 of its bytes>.json`, valid while the tool and the sources its facts cite are as
they were, so `make` parses and verifies only the files that changed. What a user would notice: an edit after `check` still fails `make` with the
check's own `file:line` message; a damaged cache is ignored; a read-only dossier still makes notes; the notes are the
same bytes with or without a cache."""
from __future__ import annotations

import hashlib
import json
import os
import re
import shutil
import subprocess
from pathlib import Path

import pytest

from briefing.dossier.verify import check_dossier, checked_dossier, consistency
from conftest import run_cli

FACTS = "facts/2025.yaml"
OTHER = "facts/2015-2016.yaml"
TEXT = "texts/002_5646f4470da6403c.txt"   # source s002, cited by many 2025 facts
QUOTE = "провели переговоры в Астане"


def entries(dossier: Path) -> set[str]:
    return {p.name for p in (dossier / ".briefing-cache").glob("*.json")}


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
    """A dossier copy that `briefing check` passed (so its facts files are cached)."""
    shutil.rmtree(dossier_copy / ".briefing-cache", ignore_errors=True)   # the seed's own, if tests made one
    proc = run_cli("check", "--dossier", dossier_copy)
    assert proc.returncode == 0, proc.stderr
    assert len(entries(dossier_copy)) == 2   # one per facts file
    return dossier_copy


def test_check_writes_the_cache_as_data_and_make_takes_every_file_from_it(checked):
    assert (checked / ".briefing-cache" / ".gitignore").read_text(encoding="utf-8").splitlines()[-1] == "*"
    files = {hashlib.sha256((checked / rel).read_bytes()).hexdigest() + ".json": rel for rel in (FACTS, OTHER)}
    assert entries(checked) == set(files)
    for name, rel in files.items():
        data = json.loads((checked / ".briefing-cache" / name).read_text(encoding="utf-8"))
        cited = {ev["source"] for fact in data["facts"] for ev in fact["evidence"]}
        assert set(data["sources"]) == cited and data["facts"][0]["id"] in (checked / rel).read_text(encoding="utf-8")
    dossier, problems = checked_dossier(checked)
    assert problems == [] and len(dossier.facts) > 100
    assert dossier.parsed == {}   # nothing parsed again


def test_the_cache_gives_the_same_dossier(checked):
    fresh, problems = check_dossier(checked, save=False)
    assert not problems
    cached, problems = checked_dossier(checked)
    assert not problems and cached.parsed == {}
    assert cached.facts == fresh.facts and cached.sources == fresh.sources and cached.meta == fresh.meta
    assert [f.model_fields_set for f in cached.facts] == [f.model_fields_set for f in fresh.facts]
    assert [str(w) for w in consistency(cached)[0]] == [str(w) for w in consistency(fresh)[0]]
    for fact in fresh.facts[::7]:   # the lines of messages, found when asked for
        a, b = cached.where[fact.id], fresh.where[fact.id]
        assert (a.file, a.line("id"), a.line("evidence", 0, "quote")) == (b.file, b.line("id"),
                                                                          b.line("evidence", 0, "quote"))


def test_notes_are_the_same_bytes_with_or_without_the_cache(checked, tmp_path):
    cached = make(checked, tmp_path / "a")
    assert cached.returncode == 0, cached.stderr
    shutil.rmtree(checked / ".briefing-cache")
    without = make(checked, tmp_path / "b")
    assert without.returncode == 0, without.stderr
    assert len(entries(checked)) == 2   # make cached them again
    assert outputs(tmp_path / "a") == outputs(tmp_path / "b") != {}
    assert cached.stderr == without.stderr   # the same warnings, word for word


def test_an_edit_of_one_facts_file_is_verified_alone(checked, tmp_path):
    before = entries(checked)
    edit(checked / FACTS, "title:", "title:  ")   # the same facts, other bytes
    dossier, problems = checked_dossier(checked)
    assert not problems and set(dossier.parsed) == {FACTS}
    after = entries(checked)
    assert len(after) == 2 and len(after - before) == 1   # the old file's entry replaced by the new one's


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


def test_a_source_text_edited_after_check_fails_make_and_reverifies_the_files_citing_it(checked, tmp_path):
    edit(checked / TEXT, QUOTE, "провели встречу в Астане")
    dossier, problems = checked_dossier(checked)
    assert problems and set(dossier.parsed) == {FACTS}   # only FACTS cites s002
    proc = make(checked, tmp_path / "out")
    assert proc.returncode == 1
    line = _problem_line(proc)
    assert "evidence.quote: quote not found in source s002" in line
    assert line == _problem_line(run_cli("check", "--dossier", checked))


def test_an_unprintable_title_added_after_check_fails_make(checked, tmp_path):
    """The printable-text check, skipped for the files taken from the cache, still runs on the one edited."""
    edit(checked / FACTS, "    ru: Официальный визит", "    ru: 🚢 Официальный визит")
    proc = make(checked, tmp_path / "out")
    assert proc.returncode == 1
    assert re.fullmatch(rf".*{re.escape(FACTS)}:\d+: title\.ru: the font .* cannot draw '🚢' .*", _problem_line(proc))


def test_a_text_swapped_for_a_link_out_of_the_folder_is_noticed(checked, tmp_path):
    outside = tmp_path / "elsewhere.txt"
    shutil.copyfile(checked / TEXT, outside)
    (checked / TEXT).unlink()
    (checked / TEXT).symlink_to(outside)
    proc = make(checked, tmp_path / "out")
    assert proc.returncode == 1 and "a link to a file outside the dossier folder" in proc.stderr


@pytest.mark.parametrize("how", ["truncated", "empty", "garbage", "not a list", "a folder", "other format",
                                 "other tool", "other source", "not facts"])
def test_a_damaged_cache_entry_is_ignored(checked, tmp_path, how):
    good = make(checked, tmp_path / "good")
    assert good.returncode == 0, good.stderr
    for name in entries(checked):
        path = checked / ".briefing-cache" / name
        data = path.read_bytes()
        if how == "truncated":
            path.write_bytes(data[: len(data) // 2])
        elif how == "empty":
            path.write_bytes(b"")
        elif how == "garbage":
            path.write_bytes(os.urandom(300))
        elif how == "not a list":
            data = json.loads(data)
            data["facts"] = {"id": "x"}
            path.write_text(json.dumps(data), encoding="utf-8")
        elif how == "a folder":
            path.unlink()
            path.mkdir()
        elif how == "other format":
            path.write_text(json.dumps({**json.loads(data), "format": 0, "facts": []}), encoding="utf-8")
        elif how == "other tool":
            path.write_text(json.dumps({**json.loads(data), "tool": "0" * 64, "facts": []}), encoding="utf-8")
        elif how == "other source":
            entry = json.loads(data)
            entry["sources"] = {sid: "0" * 64 for sid in entry["sources"]}
            entry["facts"] = []
            path.write_text(json.dumps(entry), encoding="utf-8")
        else:
            entry = json.loads(data)
            entry["facts"][0]["kind"] = "no such kind"
            path.write_text(json.dumps(entry), encoding="utf-8")
    again = make(checked, tmp_path / "again")
    assert again.returncode == 0, again.stderr
    assert "Traceback" not in again.stderr and again.stderr == good.stderr
    assert outputs(tmp_path / "again") == outputs(tmp_path / "good")


def test_check_always_verifies_in_full(checked):
    """`check` proves the dossier: the cache is never its answer, even for a file it holds. Here an entry that
    passed is planted under the name of the file's new, wrong bytes: `check` still reads the file and fails."""
    folder = checked / ".briefing-cache"
    passed = (folder / f"{hashlib.sha256((checked / FACTS).read_bytes()).hexdigest()}.json").read_bytes()
    edit(checked / FACTS, QUOTE, "провели переговоры в Алматы")
    (folder / f"{hashlib.sha256((checked / FACTS).read_bytes()).hexdigest()}.json").write_bytes(passed)
    proc = run_cli("check", "--dossier", checked)
    assert proc.returncode == 1 and "evidence.quote: quote not found in source s002" in proc.stderr


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


def test_the_cache_is_never_committed(checked):
    git = lambda *args: subprocess.run(["git", *args], cwd=checked, capture_output=True, text=True)  # noqa: E731
    if git("init", "-q").returncode != 0:
        pytest.skip("git not usable here")
    git("add", "-A")
    staged = git("diff", "--cached", "--name-only").stdout.split()
    assert "dossier.yaml" in staged and not [name for name in staged if ".briefing-cache" in name]


def test_no_pickle_anywhere_in_the_package():
    from briefing.resources import package_dir
    for path in package_dir().rglob("*.py"):
        assert "pickle" not in path.read_text(encoding="utf-8"), path
