"""Extraction is an extra: without its libraries `briefing extract` says in one line what to install, exits 3
and creates nothing."""
import subprocess
import sys

from conftest import ROOT, SEED

# Runs the CLI with some modules that cannot be imported, as on a machine that lacks them.
WITHOUT = """
import sys
ABSENT = {absent!r}
class Absent:
    def find_spec(self, name, path=None, target=None):
        if name.split(".")[0] in ABSENT:
            raise ModuleNotFoundError(f"No module named {{name!r}}", name=name)
        return None
sys.meta_path.insert(0, Absent())
from briefing.cli import main
sys.exit(main(sys.argv[1:]))
"""
# A user without the extra: the extraction libraries are missing.
BLOCKED = WITHOUT.format(absent={"natasha", "razdel", "pymorphy3", "pymorphy2", "pymorphy2_dicts_ru"})


def test_extract_without_the_extra_says_what_to_install_and_writes_nothing(tmp_path):
    article = next((SEED / "texts").glob("*.txt"))
    target = tmp_path / "new-dossier"
    proc = subprocess.run([sys.executable, "-c", BLOCKED, "extract", str(article), "--dossier", str(target),
                           "--parties", "Республика Казахстан, Япония"], capture_output=True, text=True, cwd=ROOT)
    assert proc.returncode == 3
    assert proc.stderr.strip().splitlines() == [
        "error: extraction needs the extract extra: pip install 'briefing[extract]' (missing: natasha, razdel, "
        "pymorphy3, pymorphy2_dicts_ru)"]
    assert proc.stdout == "" and not target.exists()


# Writing notes needs pymorphy3 (a core dependency: Russian agreement), never natasha's stack.
NOTES_ONLY = WITHOUT.format(absent={"natasha", "razdel", "pymorphy2", "pymorphy2_dicts_ru"})


def test_make_and_check_need_no_extraction_library(tmp_path):
    proc = subprocess.run([sys.executable, "-c", NOTES_ONLY, "make", "--topic", "energy", "--format", "pdf", "--out",
                           str(tmp_path)], capture_output=True, text=True, cwd=ROOT)
    assert proc.returncode == 0, proc.stderr
    assert (tmp_path / "energy_ru.pdf").is_file()


def test_extract_needs_no_pkg_resources(tmp_path):
    """Python 3.12+ venvs have no setuptools, and setuptools 84 has no pkg_resources: extraction does without."""
    article = next((SEED / "texts").glob("*.txt"))
    target = tmp_path / "new-dossier"
    proc = subprocess.run([sys.executable, "-c", WITHOUT.format(absent={"pkg_resources"}), "extract", str(article),
                           "--dossier", str(target), "--parties", "Республика Казахстан, Япония", "--date", "2025"],
                          capture_output=True, text=True, cwd=ROOT)
    assert proc.returncode == 0, proc.stderr
    assert (target / "review" / "s000.yaml").is_file() and "Traceback" not in proc.stderr
