"""A project is a folder with briefing.toml: `init` makes one, and make, build and send read the one in reach —
from the current folder up, or named by --config or $BRIEFING_CONFIG. With none, make uses the example dossier."""
from __future__ import annotations

import subprocess
import sys
import zipfile

import pytest

from conftest import ROOT, pdf_text, run_cli, squash


def test_init_makes_a_project_that_builds_a_note_where_it_is(tmp_path):
    proj = tmp_path / "proj"
    made = run_cli("init", proj, cwd=tmp_path, check=True)
    assert (proj / "briefing.toml").is_file() and (proj / "out").is_dir()
    assert str(proj / "briefing.toml") in made.stdout
    assert (proj / "dossiers" / "example" / "facts").is_dir()
    run_cli("check", cwd=proj, check=True)
    made = run_cli("make", "--topic", "energy", cwd=proj, check=True)
    assert made.stdout.split() == [str(proj / "out" / "energy_ru.docx"), str(proj / "out" / "energy_ru.pdf")]
    assert "энергетика" in squash(pdf_text(proj / "out" / "energy_ru.pdf"))
    assert made.stderr == ""   # a project in reach: no note about the example


def test_the_project_is_found_from_a_subfolder_and_by_config_or_environment(tmp_path):
    proj = tmp_path / "proj"
    run_cli("init", proj, cwd=tmp_path, check=True)
    deep = proj / "notes" / "drafts"
    deep.mkdir(parents=True)
    run_cli("make", "--topic", "trade", "--format", "pdf", cwd=deep, check=True)
    assert (proj / "out" / "trade_ru.pdf").is_file() and not (deep / "out").exists()

    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    run_cli("make", "--topic", "energy", "--format", "pdf", "--config", proj / "briefing.toml", cwd=elsewhere,
            check=True)
    run_cli("make", "--topic", "finance", "--format", "pdf", cwd=elsewhere,
            env={"BRIEFING_CONFIG": str(proj / "briefing.toml")}, check=True)
    assert (proj / "out" / "energy_ru.pdf").is_file() and (proj / "out" / "finance_ru.pdf").is_file()
    assert not (elsewhere / "out").exists()


def test_without_a_project_make_uses_the_example_and_says_so_in_one_line(tmp_path):
    made = run_cli("make", "--topic", "energy", "--format", "pdf", cwd=tmp_path, check=True)
    assert made.stdout.strip() == "out/energy_ru.pdf"
    assert (tmp_path / "out" / "energy_ru.pdf").is_file()
    lines = made.stderr.strip().splitlines()
    assert len(lines) == 1 and "no briefing.toml" in lines[0] and "briefing init" in lines[0]


def test_init_with_templates_copies_the_defaults_and_the_project_uses_its_copies(tmp_path):
    proj = tmp_path / "proj"
    run_cli("init", proj, "--templates", cwd=tmp_path, check=True)
    for part in ("templates/note.j2", "templates/style.yaml", "templates/lang/ru.yaml", "charts"):
        assert (proj / part).exists(), part
    labels = proj / "templates" / "lang" / "en.yaml"
    text = labels.read_text(encoding="utf-8")
    assert "Key points" in text
    labels.write_text(text.replace("Key points", "Points for the Minister"), encoding="utf-8")
    run_cli("make", "--topic", "energy", "--lang", "en", "--format", "pdf", cwd=proj, check=True)
    printed = squash(pdf_text(proj / "out" / "energy_en.pdf"))
    assert "Points for the Minister" in printed and "Key points" not in printed


def test_the_project_config_sets_marking_drafter_and_number(tmp_path):
    proj = tmp_path / "proj"
    run_cli("init", proj, cwd=tmp_path, check=True)
    config = proj / "briefing.toml"
    config.write_text(config.read_text(encoding="utf-8").replace(
        'out = "out"\n', 'out = "notes"\nmarking = "Секретно для проверки"\nnumber = "07-11/42"\n'
                         'date = "2025-06-05"\ndrafter = "Отдел проверки"\n'), encoding="utf-8")
    run_cli("make", "--topic", "energy", "--format", "pdf", cwd=proj, check=True)
    printed = squash(pdf_text(proj / "notes" / "energy_ru.pdf"))
    assert "Секретно для проверки" in printed and "№ 07-11/42 от 5 июня 2025 г." in printed
    assert "Отдел проверки" in printed
    # the command line still wins over the project
    run_cli("make", "--topic", "energy", "--format", "pdf", "--date", "2025-07-01", cwd=proj, check=True)
    assert "№ 07-11/42 от 1 июля 2025 г." in squash(pdf_text(proj / "notes" / "energy_ru.pdf"))


def test_build_in_a_copied_project_reads_the_config_beside_it(tmp_path):
    proj = tmp_path / "proj"
    run_cli("init", proj, cwd=tmp_path, check=True)
    config = proj / "briefing.toml"
    config.write_text(config.read_text(encoding="utf-8")
                      .replace('topics = ["energy", "trade"]', 'topics = ["energy"]')
                      .replace("overview = true", "overview = false")
                      .replace('languages = ["ru", "kk", "en"]', 'languages = ["en"]')
                      .replace('formats = ["docx", "pdf"]', 'formats = ["pdf"]'), encoding="utf-8")
    built = run_cli("build", "--jobs", "1", cwd=proj, check=True)
    assert built.stdout.split() == [str(proj / "out" / "example_energy_en.pdf")]


def test_init_refuses_a_folder_that_is_not_empty(tmp_path):
    (tmp_path / "taken").mkdir()
    (tmp_path / "taken" / "notes.txt").write_text("mine")
    refused = run_cli("init", tmp_path / "taken", cwd=tmp_path)
    assert refused.returncode == 2
    assert refused.stderr.strip().splitlines() == [
        f"error: {tmp_path / 'taken'}: is not empty; give a new or empty folder for the project"]
    assert sorted(p.name for p in (tmp_path / "taken").iterdir()) == ["notes.txt"]


def test_a_config_named_but_missing_is_a_usage_error(tmp_path):
    missing = run_cli("make", "--config", tmp_path / "nope.toml", cwd=tmp_path)
    assert missing.returncode == 2
    assert missing.stderr.strip() == f"error: --config: {tmp_path / 'nope.toml'}: no such configuration file"


def test_extract_without_a_project_will_not_write_into_the_shipped_example(tmp_path):
    article = tmp_path / "a.txt"
    article.write_text("Астана, 3 марта 2025 года. Стороны подписали меморандум.", encoding="utf-8")
    refused = run_cli("extract", article, cwd=tmp_path)
    assert refused.returncode == 2 and "--dossier" in refused.stderr
    assert len(refused.stderr.strip().splitlines()) == 1


@pytest.mark.parametrize("argv", [["--debug", "check", "--dossier", "nope"], ["check", "--dossier", "nope", "--debug"]])
def test_debug_works_before_or_after_the_command(tmp_path, argv):
    failed = run_cli(*argv, cwd=tmp_path)
    assert failed.returncode == 2 and "Traceback" in failed.stderr


def test_without_debug_there_is_no_traceback(tmp_path):
    failed = run_cli("check", "--dossier", "nope", cwd=tmp_path)
    assert failed.returncode == 2 and failed.stderr.strip() == "error: --dossier: nope: no such folder"


@pytest.mark.parametrize("command", ["init", "check", "topics", "make", "build", "send", "extract", "review"])
def test_each_command_has_a_description_and_an_example(command):
    shown = run_cli(command, "--help", check=True).stdout
    assert "example:\n  briefing " + command in shown
    usage_end = shown.index("\n\n")
    assert shown[usage_end:].strip().split("\n")[0].strip()   # a description right after the usage


def test_the_wheel_carries_the_defaults_and_no_caches(tmp_path):
    subprocess.run([sys.executable, "-m", "pip", "wheel", "--no-deps", "-q", "-w", str(tmp_path), str(ROOT)],
                   check=True, capture_output=True)
    wheel = next(tmp_path.glob("briefing-*.whl"))
    names = zipfile.ZipFile(wheel).namelist()
    for needed in ("briefing/defaults/templates/note.j2", "briefing/defaults/templates/style.yaml",
                   "briefing/defaults/templates/lang/kk.yaml", "briefing/defaults/charts/portfolio.yaml",
                   "briefing/defaults/example/dossier.yaml", "briefing/defaults/example/sources.yaml",
                   "briefing/data/topics.yaml", "briefing/fonts/LiberationSerif-Regular.ttf",
                   "briefing/review_web/templates/_workspace.html", "briefing/review_web/static/htmx.min.js",
                   "briefing/review_web/static/htmx.LICENSE", "briefing/review_web/static/review.js"):
        assert needed in names, needed
    assert any(n.startswith("briefing/defaults/example/texts/") for n in names)
    assert not [n for n in names if ".briefing-cache" in n or n.endswith((".pickle", ".pyc"))]


def test_init_on_a_full_disk_leaves_no_half_made_project(tmp_path):
    disk = tmp_path / "tiny"
    disk.mkdir()
    mounted = subprocess.run(["mount", "-t", "tmpfs", "-o", "size=60k", "tmpfs", str(disk)], capture_output=True)
    if mounted.returncode != 0:
        pytest.skip("cannot mount a small tmpfs here (needs root)")
    try:
        refused = run_cli("init", disk / "proj", cwd=tmp_path)
        assert refused.returncode == 3
        assert refused.stderr.strip().splitlines() == [
            f"error: {disk / 'proj'}: cannot create the project: No space left on device"]
        assert list(disk.iterdir()) == []
    finally:
        subprocess.run(["umount", str(disk)], capture_output=True)


@pytest.mark.parametrize("setting,expected", [
    ('templates = "nope"', "{config}:3: book.templates: {proj}/nope: no such folder"),
    ('style = "s.yaml"', "{config}:3: book.style: {proj}/s.yaml: no such file"),
])
def test_an_override_that_is_not_there_is_named_at_its_line(tmp_path, setting, expected):
    proj = tmp_path / "proj"
    proj.mkdir()
    config = proj / "briefing.toml"
    config.write_text(f'[book]\nout = "out"\n{setting}\n', encoding="utf-8")
    refused = run_cli("make", "--topic", "energy", cwd=proj)
    assert refused.returncode == 1
    assert refused.stderr.splitlines()[0] == expected.format(config=config, proj=proj)
    assert not (proj / "out").exists()


def test_a_dossier_the_project_names_but_lacks_is_named_with_its_config(tmp_path):
    proj = tmp_path / "proj"
    proj.mkdir()
    (proj / "briefing.toml").write_text('[book]\ndossier = "nowhere"\n', encoding="utf-8")
    refused = run_cli("make", "--topic", "energy", cwd=proj)
    assert refused.returncode == 2
    assert refused.stderr.strip() == f"error: {proj / 'briefing.toml'}: book.dossier: {proj / 'nowhere'}: no such folder"
