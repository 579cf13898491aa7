"""The HTML note, read in a real browser (Debian's chromium, driven by selenium): what a reader sees."""
from __future__ import annotations

import shutil
import tempfile

import pytest
import yaml

from conftest import run_cli

selenium = pytest.importorskip("selenium")
from selenium import webdriver  # noqa: E402
from selenium.webdriver.chrome.service import Service  # noqa: E402
from selenium.webdriver.common.by import By  # noqa: E402


@pytest.fixture(scope="module")
def browser():
    if not (shutil.which("chromium") and shutil.which("chromedriver")):
        pytest.skip("chromium and chromedriver are not installed (./scripts/setup.sh --test installs them)")
    options = webdriver.ChromeOptions()
    options.binary_location = shutil.which("chromium")
    profile = tempfile.mkdtemp(prefix="briefing-chromium-")
    for flag in ("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--no-first-run",
                 "--disable-background-networking", "--disable-component-update", "--disable-sync",
                 f"--user-data-dir={profile}", "--window-size=1200,900"):
        options.add_argument(flag)
    driver = webdriver.Chrome(service=Service(shutil.which("chromedriver")), options=options)
    yield driver
    driver.quit()
    shutil.rmtree(profile, ignore_errors=True)


def test_the_energy_note_reads_in_a_browser(browser, tmp_path):
    made = run_cli("make", "--topic", "energy", "--format", "html", "--out", tmp_path, check=True)
    assert made.stdout.split() == [str(tmp_path / "energy_ru.html")]
    browser.get((tmp_path / "energy_ru.html").as_uri())
    assert browser.title == "СПРАВКА о казахстанско-японском сотрудничестве"
    assert browser.find_element(By.TAG_NAME, "html").get_attribute("lang") == "ru"
    assert browser.find_element(By.CSS_SELECTOR, "p.marking").text == "Для служебного пользования"
    assert browser.find_element(By.CSS_SELECTOR, "h1.title").text.splitlines() == [
        "СПРАВКА", "о казахстанско-японском сотрудничестве"]
    headings = [h.text for h in browser.find_elements(By.TAG_NAME, "h2")]
    assert headings[:3] == ["1. Цель", "2. Основные тезисы", "3. Общие сведения"]
    assert any(h.endswith("Источники") for h in headings)
    captions = [c.text for c in browser.find_elements(By.CSS_SELECTOR, "p.caption")]
    assert captions and captions[0].startswith("Таблица 1. ")
    table = browser.find_elements(By.TAG_NAME, "table")[0]
    assert table.find_elements(By.TAG_NAME, "th")[0].text
    assert table.find_elements(By.TAG_NAME, "td")[0].text
    figures = browser.find_elements(By.CSS_SELECTOR, "figure svg")
    assert figures, "no chart"
    size = figures[0].size
    assert size["width"] > 300 and size["height"] > 100   # drawn, at the width of the text
    assert browser.find_element(By.CSS_SELECTOR, "figure figcaption").text.startswith("Рисунок 1. ")


def test_the_english_note_carries_its_marking_in_capitals_at_top_and_bottom(browser, tmp_path):
    run_cli("make", "--topic", "trade", "--lang", "en", "--format", "html", "--out", tmp_path, check=True)
    browser.get((tmp_path / "trade_en.html").as_uri())
    markings = [m.text for m in browser.find_elements(By.CSS_SELECTOR, "p.marking")]
    assert markings == ["OFFICIAL", "OFFICIAL"]
    assert browser.find_element(By.TAG_NAME, "html").get_attribute("lang") == "en"


def test_data_that_looks_like_markup_shows_literally(browser, tmp_path, dossier_copy):
    facts = dossier_copy / "facts" / "2025.yaml"
    data = yaml.safe_load(facts.read_text(encoding="utf-8"))
    fact = next(f for f in data if "energy" in f.get("topics", []))
    title = '<script>document.title="pwned"</script> & <b>bold</b>'
    text = facts.read_text(encoding="utf-8")
    old = fact["title"]["ru"]
    assert old in text
    facts.write_text(text.replace(old, title.replace('"', '\\"') if f'"{old}"' in text else title, 1),
                     encoding="utf-8")
    run_cli("make", "--dossier", dossier_copy, "--topic", "energy", "--format", "html", "--out", tmp_path, check=True)
    page = (tmp_path / "energy_ru.html").read_text(encoding="utf-8")
    assert "<script>" not in page and "&lt;script&gt;" in page
    browser.get((tmp_path / "energy_ru.html").as_uri())
    assert browser.title != "pwned"
    assert '<script>document.title="pwned"</script> & <b>bold</b>' in browser.find_element(By.TAG_NAME, "body").text
