"""`briefing build`: the book built in parallel, incrementally, reproducibly, in shards, saying what changed."""
from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import ROOT, pdf_text, run_cli, squash

CHANGES_RU = "Изменения с предыдущей редакции"
OLD_TITLE = "Взаимный товарооборот Казахстана и Японии"   # trade-turnover-2024: topic trade only
NEW_TITLE = "Двусторонний товарооборот Казахстана и Японии"


def write_book(folder: Path, dossier: Path, topics=("energy", "trade"), formats=("docx", "pdf"), extra="") -> Path:
    path = folder / "book.toml"
    path.write_text(f"""[book]
dossier = "{dossier}"
out = "out"
topics = {json.dumps(list(topics))}
languages = ["ru"]
formats = {json.dumps(list(formats))}
drafter = "Тестов Т. Т."
{extra}""", encoding="utf-8")
    return path


def build(book: Path, *args, env=None):
    return run_cli("build", "--config", book, *args, cwd=book.parent, env=env, check=True)


def written(proc) -> list[str]:
    return sorted(Path(p).name for p in proc.stdout.split())


def files(out: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(out.glob("*.*")) if p.suffix in (".pdf", ".docx")}


def test_build_twice_same_bytes_and_nothing_rebuilt(tmp_path, dossier_copy):
    book = write_book(tmp_path, dossier_copy)
    first = build(book, "--jobs", "2")
    assert written(first) == ["kz-jp_energy_ru.docx", "kz-jp_energy_ru.pdf", "kz-jp_trade_ru.docx", "kz-jp_trade_ru.pdf"]
    out = tmp_path / "out"
    assert sorted(p.name for p in (out / "manifest").glob("*.json")) == ["kz-jp_energy_ru.json", "kz-jp_trade_ru.json"]
    before = files(out)

    # Second run: decided from hashes alone, so matplotlib and pandas are never imported.
    proc = subprocess.run([sys.executable, "-X", "importtime", "-m", "briefing", "build", "--config", str(book)],
                          capture_output=True, text=True, cwd=tmp_path)
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout == ""
    assert "built 0 note(s), 2 up to date" in proc.stderr
    imported = {line.split("|")[-1].strip() for line in proc.stderr.splitlines() if line.startswith("import time:")}
    assert not {m for m in imported if m.split(".")[0] in ("matplotlib", "pandas")}
    assert files(out) == before

    # An output changed behind the build's back is rebuilt (and only it), to the same bytes.
    (out / "kz-jp_energy_ru.pdf").write_bytes(b"not a pdf")
    assert written(build(book)) == ["kz-jp_energy_ru.docx", "kz-jp_energy_ru.pdf"]
    assert files(out) == before

    # Rebuilt from scratch elsewhere, in one process this time: the very same bytes.
    other = tmp_path / "again"
    other.mkdir()
    again = build(write_book(other, dossier_copy), "--jobs", "1")
    assert len(written(again)) == 4
    assert files(other / "out") == before


def _retitle(dossier: Path) -> None:
    facts = dossier / "facts" / "2025.yaml"
    text = facts.read_text(encoding="utf-8")
    assert text.count(f"ru: {OLD_TITLE}") == 1
    facts.write_text(text.replace(f"ru: {OLD_TITLE}", f"ru: {NEW_TITLE}"), encoding="utf-8")


def test_editing_one_fact_rebuilds_only_its_notes_and_says_what_changed(tmp_path, dossier_copy):
    book = write_book(tmp_path, dossier_copy, formats=("pdf",))
    build(book, "--jobs", "2")
    out = tmp_path / "out"
    first_edition = squash(pdf_text(out / "kz-jp_trade_ru.pdf"))
    assert OLD_TITLE in first_edition and CHANGES_RU not in first_edition   # a first edition has nothing to compare
    energy = (out / "kz-jp_energy_ru.pdf").read_bytes()

    _retitle(dossier_copy)
    proc = build(book, "--jobs", "2")
    assert written(proc) == ["kz-jp_trade_ru.pdf"]
    assert "built 1 note(s), 1 up to date" in proc.stderr
    assert (out / "kz-jp_energy_ru.pdf").read_bytes() == energy

    text = squash(pdf_text(out / "kz-jp_trade_ru.pdf"))
    section = text.split(CHANGES_RU, 1)[1]
    section = section[:section.index("Ключевые вопросы")] if "Ключевые вопросы" in section else section[:600]
    assert f"Изменено: «{NEW_TITLE}»" in section
    record = json.loads((out / "manifest" / "kz-jp_trade_ru.json").read_text(encoding="utf-8"))
    assert record["changes"] == [f"Изменено: «{NEW_TITLE}» (название)"]
    assert record["facts"]["trade-turnover-2024"]["title"]["ru"] == NEW_TITLE

    # Nothing changed since: nothing rebuilt; forced, the same edition comes out byte for byte.
    pdf = (out / "kz-jp_trade_ru.pdf").read_bytes()
    assert written(build(book)) == []
    build(book, "--force", "--jobs", "1")
    assert (out / "kz-jp_trade_ru.pdf").read_bytes() == pdf


def test_withdrawn_and_new_facts_are_named(tmp_path, dossier_copy):
    book = write_book(tmp_path, dossier_copy, topics=("trade",), formats=("pdf",))
    build(book, "--jobs", "1")
    facts = dossier_copy / "facts" / "2025.yaml"
    text = facts.read_text(encoding="utf-8")
    # Move the fact to another topic: it leaves the trade note (withdrawn there) and joins the finance note.
    text = text.replace("  date: \"2024\"\n  topics: [trade]\n", "  date: \"2024\"\n  topics: [finance]\n", 1)
    facts.write_text(text, encoding="utf-8")
    build(book, "--jobs", "1")
    record = json.loads((tmp_path / "out" / "manifest" / "kz-jp_trade_ru.json").read_text(encoding="utf-8"))
    assert record["changes"] == [f"Исключено: «{OLD_TITLE}»"]
    assert f"Исключено: «{OLD_TITLE}»" in squash(pdf_text(tmp_path / "out" / "kz-jp_trade_ru.pdf"))


def test_shards_build_the_whole_book_each_note_once(tmp_path, dossier_copy):
    topics = ("energy", "trade", "health", "digital")
    book = write_book(tmp_path, dossier_copy, topics=topics, formats=("pdf",))
    seen = []
    for k in (1, 2, 3):
        seen += written(build(book, "--shard", f"{k}/3", "--jobs", "1"))
    assert sorted(seen) == sorted(f"kz-jp_{t}_ru.pdf" for t in topics)
    assert len(seen) == len(set(seen))
    proc = build(book)
    assert proc.stdout == "" and f"0 note(s), {len(topics)} up to date" in proc.stderr


def test_shards_partition_the_default_book():
    sys.path.insert(0, str(ROOT))
    from briefing.delivery.book import in_shard, notes_of
    from briefing.delivery.config import load_config

    config = load_config(ROOT / "briefing.toml")
    stems = [n.stem for n in notes_of(config)]
    assert len(stems) == len(set(stems)) == 13 * 3   # 12 topics and an overview, in ru, kk and en
    for n in (1, 2, 3, 5):
        parts = [[s for s in stems if in_shard(s, (k, n))] for k in range(1, n + 1)]
        assert sorted(sum(parts, [])) == sorted(stems)


def test_configuration_errors_name_file_line_and_field(tmp_path):
    book = tmp_path / "book.toml"
    book.write_text("""[book]
topics = ["energy", "enrgy"]
languages = ["ru", "de"]
colour = "red"

[[lists]]
name = "a"
to = ["ok@example.org"]

[[lists]]
name = "b"
to = ["not an address"]
notes = ["nothing_*"]

[smtp]
host = "smtp.example.org"
sender = "briefing@example.org"
password = "secret-in-file"
""", encoding="utf-8")
    proc = run_cli("build", "--config", book)
    assert proc.returncode == 1
    lines = proc.stderr.splitlines()
    assert f"{book}:2: book.topics: unknown topic 'enrgy'" in lines[0]
    assert any(l.startswith(f"{book}:3: book.languages[1]: ") for l in lines)
    assert f"{book}:4: book.colour: unknown key (a typo?)" in lines
    assert any(l.startswith(f"{book}:12: lists[1].to: not an e-mail address") for l in lines)
    assert any(l.startswith(f"{book}:18: smtp.password: no password in this file") for l in lines)
    assert "secret-in-file" not in proc.stderr + proc.stdout

    book.write_text('[book]\ntopics = ["energy"]\n\n[[lists]]\nname = "x"\nto = ["a@example.org"]\n'
                    'notes = ["energy_ru", "energy_kk"]\n[smtp]\nhost = "h"\nsender = "b@example.org"\n')
    proc = run_cli("build", "--config", book)
    assert proc.returncode == 1
    assert f"{book}:7: lists[0].notes: 'energy_kk' names no note of the books" in proc.stderr

    book.write_text('[book]\ntopics = ["energy"\n')
    proc = run_cli("build", "--config", book)
    assert proc.returncode == 1 and proc.stderr.startswith(f"{book}:2: ")


def test_usage_errors(tmp_path, dossier_copy):
    book = write_book(tmp_path, dossier_copy)
    for args in (["--shard", "4/3"], ["--shard", "one"], ["--jobs", "0"]):
        proc = run_cli("build", "--config", book, *args)
        assert proc.returncode == 2, (args, proc.stderr)
        assert proc.stderr.startswith("error: --")
    proc = run_cli("build", "--config", tmp_path / "missing.toml")
    assert proc.returncode == 2 and "configuration not found" in proc.stderr


def test_two_builds_at_once_take_turns(tmp_path, dossier_copy):
    """The second build waits for the first, then finds nothing to do: one plan, one set of files, one manifest."""
    book = write_book(tmp_path, dossier_copy)
    first = subprocess.Popen([sys.executable, "-m", "briefing", "build", "--config", str(book), "--jobs", "1"],
                             cwd=tmp_path, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    out = tmp_path / "out"
    import time
    for _ in range(200):   # until the first holds the folder
        if (out / ".briefing-build.lock").exists():
            break
        time.sleep(0.05)
    second = run_cli("build", "--config", book, cwd=tmp_path)
    out1, err1 = first.communicate(timeout=300)
    assert first.returncode == 0, err1
    assert second.returncode == 0, second.stderr
    built = sorted(Path(p).name for p in out1.split()) + sorted(Path(p).name for p in second.stdout.split())
    assert sorted(built) == ["kz-jp_energy_ru.docx", "kz-jp_energy_ru.pdf", "kz-jp_trade_ru.docx", "kz-jp_trade_ru.pdf"]
    from briefing.delivery.inputs import file_sha
    records = {p.stem: json.loads(p.read_text()) for p in (out / "manifest").glob("*.json")}
    assert set(records) == {"kz-jp_energy_ru", "kz-jp_trade_ru"}
    for record in records.values():   # the manifest describes the files on disk
        assert record["outputs"] and all(file_sha(out / name) == digest for name, digest in record["outputs"].items())
