"""Several dossiers (books) in one project: files named by their book, one message per list across books, and
a configuration that says plainly what is wrong with its books."""
from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from conftest import SEED, run_cli
from test_send import PASSWORD, attachments, smtp_server  # noqa: F401 (a fixture)


def two_books(folder: Path, port: int = 25, extra: str = "") -> Path:
    """The embedded seed twice, as two dossiers of one project (kz-jp and kz-cn)."""
    for name in ("kz-jp", "kz-cn"):
        shutil.copytree(SEED, folder / "dossiers" / name, ignore=shutil.ignore_patterns(".briefing-cache"))
    path = folder / "briefing.toml"
    path.write_text(f"""[[books]]
dossier = "dossiers/kz-jp"
topics = ["energy"]
languages = ["ru"]
formats = ["pdf"]

[[books]]
dossier = "dossiers/kz-cn"
topics = ["energy", "trade"]
languages = ["ru"]
formats = ["pdf"]

[[lists]]
name = "leadership"
to = ["minister@example.org"]
notes = ["energy_ru"]          # every book's energy note

[[lists]]
name = "china-desk"
to = ["china.desk@example.org"]
books = ["kz-cn"]

[smtp]
host = "127.0.0.1"
port = {port}
tls = "none"
sender = "briefing@example.org"
user = "briefing"
password_env = "TEST_SMTP_PASSWORD"
timeout = 10
retries = 0

[ci]
shards = 2
runs_on = ["self-hosted", "intranet"]
retention_days = 3
{extra}""", encoding="utf-8")
    return path


def test_two_dossiers_build_and_mail_one_message_per_list(tmp_path, smtp_server):
    server, port = smtp_server()
    config = two_books(tmp_path, port)
    proc = run_cli("build", "--config", config, "--jobs", "2", cwd=tmp_path, check=True)
    out = tmp_path / "out"
    names = ["kz-cn_energy_ru.pdf", "kz-cn_trade_ru.pdf", "kz-jp_energy_ru.pdf"]
    assert sorted(Path(p).name for p in proc.stdout.split()) == names
    assert sorted(p.name for p in (out / "manifest").glob("*.json")) == [n.replace(".pdf", ".json") for n in names]
    assert json.loads((out / "manifest" / "kz-cn_trade_ru.json").read_text(encoding="utf-8"))["book"] == "kz-cn"

    # --book: only the lists that take that book's notes alone (never one book's part of a list's message)
    proc = run_cli("send", "--config", config, "--book", "kz-cn", "--dry-run", cwd=tmp_path)
    assert proc.returncode == 0, proc.stderr
    assert [Path(p).name.split("_")[0] for p in proc.stdout.split()] == ["china-desk"]
    assert "list leadership: takes notes of kz-cn, kz-jp; not sent with --book kz-cn" in proc.stderr

    proc = run_cli("send", "--config", config, cwd=tmp_path, env={"TEST_SMTP_PASSWORD": PASSWORD})
    assert proc.returncode == 0, proc.stderr
    assert len(server.accepted) == 2          # one message per list, not one per list and book
    by_rcpt = {tuple(rcpts): msg for rcpts, msg in server.accepted}
    leadership = by_rcpt[("minister@example.org",)]
    date = json.loads((out / "manifest" / "kz-cn_trade_ru.json").read_text(encoding="utf-8"))["built"]
    assert attachments(leadership) == {n.replace(".pdf", f"_{date}.pdf"): (out / n).read_bytes()
                                       for n in ("kz-jp_energy_ru.pdf", "kz-cn_energy_ru.pdf")}
    china = by_rcpt[("china.desk@example.org",)]
    assert sorted(attachments(china)) == [f"kz-cn_energy_ru_{date}.pdf", f"kz-cn_trade_ru_{date}.pdf"]

    # Nothing new: nothing is sent again.
    proc = run_cli("send", "--config", config, cwd=tmp_path, env={"TEST_SMTP_PASSWORD": PASSWORD})
    assert proc.returncode == 0 and len(server.accepted) == 2


def test_build_one_book_and_one_shard(tmp_path):
    config = two_books(tmp_path)
    proc = run_cli("build", "--config", config, "--book", "kz-jp", cwd=tmp_path, check=True)
    assert [Path(p).name for p in proc.stdout.split()] == ["kz-jp_energy_ru.pdf"]

    proc = run_cli("build", "--config", config, "--book", "kz-kz", cwd=tmp_path)
    assert proc.returncode == 2
    assert proc.stderr.strip().splitlines()[-1].endswith("--book: no book 'kz-kz' in "
                                                         f"{config}; books: kz-jp, kz-cn")


def test_ci_plan_is_books_times_shards(tmp_path):
    config = two_books(tmp_path)
    proc = run_cli("ci-plan", "--config", config, cwd=tmp_path, check=True)
    plan = json.loads(proc.stdout)
    assert plan["matrix"] == {"include": [{"book": b, "shard": k, "shards": 2}
                                          for b in ("kz-jp", "kz-cn") for k in (1, 2)]}
    assert plan["builds"] == 4
    assert plan["runs_on"] == ["self-hosted", "intranet"]
    assert plan["retention_days"] == 3

    proc = run_cli("ci-plan", "--config", config, "--github-output", cwd=tmp_path, check=True)
    lines = dict(line.split("=", 1) for line in proc.stdout.splitlines())
    assert set(lines) == {"matrix", "builds", "runs_on", "retention_days", "shards", "edition"}
    assert json.loads(lines["matrix"]) == plan["matrix"]
    assert json.loads(lines["runs_on"]) == ["self-hosted", "intranet"]


def test_book_and_books_together_is_refused(tmp_path):
    config = two_books(tmp_path)
    config.write_text('[book]\ntopics = ["energy"]\n\n' + config.read_text(encoding="utf-8"), encoding="utf-8")
    proc = run_cli("ci-plan", "--config", config, cwd=tmp_path)
    assert proc.returncode == 1
    assert "Traceback" not in proc.stderr
    assert f"{config}:4: books: give either one [book] or several [[books]], not both" in proc.stderr


@pytest.mark.parametrize("edit, expected", [
    # two books with one name
    (lambda t: t.replace('dossier = "dossiers/kz-cn"', 'dossier = "dossiers/kz-cn"\nname = "kz-jp"'),
     ":9: books[1].name: the book name 'kz-jp' is used twice (books[0] has it)"),
    # a name that cannot start a file name's stem
    (lambda t: t.replace('dossier = "dossiers/kz-cn"', 'dossier = "dossiers/kz-cn"\nname = "kz_cn"'),
     ":9: books[1].name: String should match pattern"),
    # a list restricted to a book that is not there
    (lambda t: t.replace('books = ["kz-cn"]', 'books = ["kz-kr"]'),
     ":21: lists[1].books: no book named 'kz-kr'; books: kz-jp, kz-cn"),
    # two output folders (send reads one)
    (lambda t: t.replace('dossier = "dossiers/kz-cn"', 'dossier = "dossiers/kz-cn"\nout = "elsewhere"'),
     ":9: books[1].out: every book writes into one output folder"),
    # a pattern that names no note of any book
    (lambda t: t.replace('notes = ["energy_ru"]', 'notes = ["energy_en"]'),
     ":16: lists[0].notes: 'energy_en' names no note of the books"),
])
def test_bad_books_are_named_by_line_and_field(tmp_path, edit, expected):
    config = two_books(tmp_path)
    config.write_text(edit(config.read_text(encoding="utf-8")), encoding="utf-8")
    before = sorted(p.name for p in tmp_path.iterdir())
    proc = run_cli("build", "--config", config, cwd=tmp_path)
    assert proc.returncode == 1
    assert "Traceback" not in proc.stderr
    assert f"{config}{expected}" in proc.stderr
    assert sorted(p.name for p in tmp_path.iterdir()) == before   # nothing written


def test_a_dossier_folder_whose_name_cannot_name_files(tmp_path):
    config = two_books(tmp_path)
    (tmp_path / "dossiers" / "kz-cn").rename(tmp_path / "dossiers" / "KZ CN")
    config.write_text(config.read_text(encoding="utf-8").replace("dossiers/kz-cn", "dossiers/KZ CN"),
                      encoding="utf-8")
    proc = run_cli("build", "--config", config, cwd=tmp_path)
    assert proc.returncode == 1
    assert (f"{config}:7: books[1].name: the dossier folder's name 'kz cn' cannot name files (letters, "
            f"digits and '-'): give the book a `name`") in proc.stderr


def test_init_writes_a_config_that_plans_and_names_its_book(tmp_path):
    run_cli("init", tmp_path / "proj", check=True)
    proc = run_cli("ci-plan", cwd=tmp_path / "proj", check=True)
    assert json.loads(proc.stdout)["matrix"]["include"][0]["book"] == "example"
