"""`briefing extract` into a folder that does not exist yet makes the dossier whole or not at all: it is put
together in a hidden folder beside its place and moved there at the end."""
from __future__ import annotations

import os
from pathlib import Path

from conftest import SEED, run_cli

PARTIES = "Республика Казахстан, Япония"


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


def test_new_dossier_appears_whole_with_the_paths_printed(tmp_path):
    texts = [sorted((SEED / "texts").glob("*.txt"))[i] for i in (0, 3)]   # two that show their year
    target = tmp_path / "place" / "kz-jp"
    proc = run_cli("extract", *texts, "--dossier", target, "--parties", PARTIES, check=True)
    written = [Path(line) for line in proc.stdout.splitlines()]
    assert written[0] == target / "dossier.yaml"
    assert {target / "review" / "s000.yaml", target / "review" / "s001.yaml", target / "sources.yaml"} <= set(written)
    assert all(path.is_file() for path in written)
    assert sorted(p.name for p in target.parent.iterdir()) == ["kz-jp"]   # no hidden folder left beside it
    assert target.stat().st_mode & 0o777 == 0o777 & ~_umask()
    assert f"{target}: new dossier on Республика Казахстан, Япония" in proc.stderr


def test_a_failure_after_the_start_leaves_no_dossier(tmp_path):
    """An English text names no parties natasha can find: the new dossier fails once begun, and the hidden
    folder it was begun in goes too."""
    article = tmp_path / "article.txt"
    article.write_text("The ministers met in Astana in March 2024 and signed two agreements.\n", encoding="utf-8")
    target = tmp_path / "dossiers" / "new"
    proc = run_cli("extract", article, "--dossier", target)
    assert proc.returncode == 2, proc.stderr
    assert proc.stderr.strip().splitlines()[-1] == \
        f'error: {target}: a new dossier needs its parties; give --parties "A, B"'
    assert proc.stdout == ""
    assert list(target.parent.iterdir()) == []


def test_a_batch_takes_what_it_can_and_names_each_refused_file(tmp_path):
    texts = [sorted((SEED / "texts").glob("*.txt"))[i] for i in (0, 3)]   # two that show their year
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    target = tmp_path / "kz-jp"
    proc = run_cli("extract", texts[0], empty, tmp_path / "missing.txt", texts[1], "--dossier", target,
                   "--parties", PARTIES)
    assert proc.returncode == 1                                   # as `cp`: some were refused
    lines = proc.stderr.splitlines()
    assert f"{empty}: refused: the file is empty" in lines
    assert f"{tmp_path / 'missing.txt'}: refused: file not found" in lines
    assert lines[-1] == "taken 2, refused 2"
    assert sorted(p.name for p in (target / "review").iterdir()) == ["s000.yaml", "s001.yaml"]
    assert "Traceback" not in proc.stderr


def test_a_batch_that_takes_nothing_makes_no_dossier(tmp_path):
    # texts that show no year, and no --date: each refused, and no empty dossier left behind
    for name in ("a.txt", "b.txt"):
        (tmp_path / name).write_text("Министры встретились и обсудили сотрудничество двух стран в энергетике.\n",
                                     encoding="utf-8")
    proc = run_cli("extract", tmp_path / "a.txt", tmp_path / "b.txt", "--dossier", tmp_path / "d",
                   "--parties", PARTIES)
    assert proc.returncode == 1
    lines = proc.stderr.strip().splitlines() + proc.stdout.strip().splitlines()
    assert any("a.txt: refused: the text shows no year" in line for line in lines)
    assert any("taken 0, refused 2" in line for line in lines)
    assert any("d: not made: no file could be taken (2 refused)" in line for line in lines)
    assert "Traceback" not in proc.stderr
    assert not (tmp_path / "d").exists() and not list(tmp_path.glob(".d.*"))
