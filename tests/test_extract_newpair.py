"""Another country pair, from real articles nobody here wrote: Russia and Japan in the factRuEval-2016 devset.

`extract` starts the dossier (parties guessed from the texts), `review --all` accepts the candidates, `check`
passes and `make` builds a note whose DOCX and PDF carry a figure from the articles."""
from __future__ import annotations

import re
from pathlib import Path

import pytest
import yaml
from docx import Document as read_docx

from conftest import ROOT, pdf_text, run_cli, squash

DEVSET = ROOT.parent / "shared" / "eval" / "factRuEval-2016" / "devset"
# Kurils dispute, winter 2010–2011: the texts give day and month, not the year, so the date is given.
ARTICLES = {"book_290.txt": "2011-02", "book_261.txt": "2011-02", "book_260.txt": "2010-12"}

pytestmark = pytest.mark.skipif(not DEVSET.is_dir(), reason="factRuEval-2016 devset not available")


@pytest.fixture(scope="module")
def note(tmp_path_factory) -> tuple[Path, Path]:
    root = tmp_path_factory.mktemp("pair") / "ru-jp"
    for name, date in ARTICLES.items():
        run_cli("extract", DEVSET / name, "--dossier", root, "--date", date, check=True)
    run_cli("review", "--dossier", root, "--all", check=True)
    out = root / "out"
    proc = run_cli("make", "--dossier", root, "--out", out, check=True)
    return root, out


def test_new_dossier_names_the_pair(note):
    root, _ = note
    meta = yaml.safe_load((root / "dossier.yaml").read_text(encoding="utf-8"))
    assert set(meta["parties"]) == {"Россия", "Япония"}
    assert meta["subject"]["ru"] in ("сотрудничестве России и Японии", "сотрудничестве Японии и России")
    assert run_cli("check", "--dossier", root).returncode == 0


def test_note_carries_figures_and_people_from_the_articles(note):
    root, out = note
    docx, pdf = out / "overview_ru.docx", out / "overview_ru.pdf"
    assert docx.exists() and pdf.exists()
    text = squash(pdf_text(pdf))
    assert "СПРАВКА" in text and "о сотрудничестве" in text
    # «на митинге, собравшем более 1000 человек» (book_290)
    assert "более 1 тыс. чел." in text or "более 1 000" in text
    assert "Министр обороны России" in text and "Сердюков" in text
    doc = read_docx(docx)
    body = squash(" ".join([p.text for p in doc.paragraphs]
                           + [c.text for t in doc.tables for r in t.rows for c in r.cells]))
    assert "более 1 тыс. чел." in body or "более 1 000" in body
    assert "Наото Кан" in body


def test_the_english_note_is_english_with_foreign_titles_quoted_and_marked(note):
    root, out = note
    run_cli("make", "--dossier", root, "--out", out, "--lang", "en", "--format", "pdf", check=True)
    text = squash(pdf_text(out / "overview_en.pdf"))
    assert "BRIEFING NOTE" in text and ("Russia–Japan cooperation" in text or "Japan–Russia cooperation" in text)
    for heading in ("1. Purpose", "2. Key points", "Sources", "Annexes"):
        assert heading in text
    main = text.split("2. Key points", 1)[1].split("Sources", 1)[0]
    unquoted = re.sub(r"“[^”]*” \[not translated\]", "", main)
    assert "[not translated]" in main
    assert not re.findall(r"[А-Яа-яЁё]+", unquoted), unquoted[:400]
