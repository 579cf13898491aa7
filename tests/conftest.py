"""Shared fixtures: the embedded dossier, a copy to tamper with, and running the real CLI."""
from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "seeds" / "kz-jp"


def run_cli(*args, cwd=None, env=None, check=False) -> subprocess.CompletedProcess:
    """The real command, in its own process, as a user runs it."""
    full_env = {**os.environ, **(env or {})}
    proc = subprocess.run([sys.executable, "-m", "briefing", *map(str, args)], capture_output=True, text=True,
                          cwd=cwd or ROOT, env=full_env)
    if check and proc.returncode != 0:
        raise AssertionError(f"briefing {' '.join(map(str, args))} failed ({proc.returncode}):\n{proc.stderr}")
    return proc


@pytest.fixture
def dossier_copy(tmp_path) -> Path:
    target = tmp_path / "kz-jp"
    shutil.copytree(SEED, target)
    return target


def pdf_text(path: Path) -> str:
    """The PDF's text as pdftotext reads it, without soft hyphens (U+00AD: invisible where the line does not
    break there, so a reader sees none)."""
    out = subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True, check=True).stdout
    return out.replace("\u00ad", "")


def squash(text: str) -> str:
    """Text with every run of whitespace (NBSP and narrow NBSP too) as one space, and without soft hyphens (the
    layout puts them into table cells where a word may break; a reader sees them only at a line's end)."""
    import re
    return re.sub(r"[\s\u00a0\u202f]+", " ", text.replace("\u00ad", ""))


def headless_chromium(window: str = "1280,1024"):
    """Headless Debian chromium through selenium for a module's tests (a generator for a fixture to yield from),
    or a skip saying why it cannot run here."""
    import tempfile
    webdriver = pytest.importorskip("selenium.webdriver", reason="selenium not installed (the test extra)")
    from selenium.common.exceptions import WebDriverException
    from selenium.webdriver.chrome.service import Service

    binary, driver = shutil.which("chromium"), shutil.which("chromedriver")
    if not binary or not driver:
        pytest.skip("chromium or chromedriver not installed (scripts/setup.sh --test installs them)")
    options = webdriver.ChromeOptions()
    options.binary_location = binary
    profile = tempfile.mkdtemp(prefix="briefing-chromium-")
    for flag in ("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--no-first-run",
                 "--disable-background-networking", "--disable-component-update", "--disable-sync",
                 f"--user-data-dir={profile}", f"--window-size={window}"):
        options.add_argument(flag)
    try:
        chrome = webdriver.Chrome(options=options, service=Service(driver))
    except WebDriverException as exc:
        shutil.rmtree(profile, ignore_errors=True)
        pytest.skip(f"chromium cannot start here: {exc.msg.splitlines()[0] if exc.msg else exc}")
    yield chrome
    chrome.quit()
    shutil.rmtree(profile, ignore_errors=True)
