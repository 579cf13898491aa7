"""`briefing extract` + `briefing review` on the five seed texts, starting from no dossier at all.

What is measured is what the issue asks: accepted candidates cover at least 90% of the curated dossier's
amount, percent and count facts with the right values; the Kazakh text yields its signed documents and its
2015 trade figure; the fact base passes `check`."""
from __future__ import annotations

import sys
from decimal import Decimal
from pathlib import Path

import pytest
import yaml

from conftest import ROOT, SEED, run_cli

sys.path.insert(0, str(ROOT))
from briefing.dossier.load import load_dossier  # noqa: E402

PARTIES = "Республика Казахстан, Япония"
TEXTS = sorted((SEED / "texts").glob("*.txt"))
GIVEN = {"001": "2016-11", "002": "2025", "004": "2016"}


@pytest.fixture(scope="module")
def built(tmp_path_factory) -> Path:
    """A dossier made from nothing: extract the five texts, accept every candidate."""
    root = tmp_path_factory.mktemp("fresh") / "kz-jp"
    # three texts show no year of their own (only years to come: «с 2017 года получат право», «саммит 2026
    # года», or a past year well before one to come): the analyst gives their dates, as `extract` asks
    written = []
    for text in TEXTS:
        given = GIVEN.get(text.name[:3])
        proc = run_cli("extract", text, "--dossier", root, *(["--parties", PARTIES] if text == TEXTS[0] else []),
                       *(["--date", given] if given else []), check=True)
        written += proc.stdout.split()
    assert (root / "dossier.yaml").exists()
    assert str(root / "review" / "s004.yaml") in written
    run_cli("review", "--dossier", root, "--all", check=True)
    return root


def _value(f):
    return None if f.value is None else (f.value.amount, f.value.currency, f.value.unit, f.value.qualifier)


def _covers(new, curated) -> bool:
    """`new` states every number `curated` states, with the same currency or unit and qualifier."""
    if curated.value is not None and _value(new) != _value(curated):
        return False
    if curated.count is not None and new.count != curated.count:
        return False
    if curated.percent is not None and new.percent != curated.percent:
        return False
    return True


def test_accepted_candidates_cover_curated_figures(built):
    curated, problems = load_dossier(SEED)
    assert not problems
    fresh, problems = load_dossier(built)
    assert not problems
    # the same texts, whatever ids they got: match sources by their bytes
    by_bytes = {(built / s.file).read_bytes(): sid for sid, s in fresh.sources.items()}
    same = {sid: by_bytes[(SEED / s.file).read_bytes()] for sid, s in curated.sources.items()}
    numeric = [f for f in curated.facts if f.value is not None or f.count is not None or f.percent is not None]
    assert len(numeric) >= 15
    missed = []
    for f in numeric:
        mine = {same[s] for s in f.sources}
        if not any(_covers(n, f) for n in fresh.facts if set(n.sources) & mine):
            missed.append(f.id)
    coverage = 1 - len(missed) / len(numeric)
    assert coverage >= 0.9, f"coverage {coverage:.0%}; missed: {missed}"


def test_fresh_dossier_checks(built):
    proc = run_cli("check", "--dossier", built)
    assert proc.returncode == 0, proc.stderr
    assert "verified" in proc.stderr


def test_kazakh_text_yields_documents_and_2015_trade(built):
    fresh, _ = load_dossier(built)
    (kk,) = [sid for sid, s in fresh.sources.items() if s.language == "kk"]
    facts = [f for f in fresh.facts if kk in f.sources]
    docs = " | ".join(f.title.kk for f in facts if f.kind == "agreement")
    for doc in ("бірлескен мәлімдемесі", "өзара түсіністік туралы меморандум", "қатысатыны туралы шарт",
                "ынтымақтастық туралы меморандум", "ноталар алмасылды"):
        assert doc in docs, doc
    trade = [f for f in facts if f.value is not None and f.value.amount == Decimal("1500000000")]
    assert trade and trade[0].value.currency == "USD" and trade[0].date == "2015" and trade[0].kind == "trade"
    assert "бір жарым миллиард доллар" in trade[0].evidence[0].quote


def test_sources_get_language_and_dated_evidence(built):
    fresh, _ = load_dossier(built)
    years = {s.file.split("_")[0]: (s.date, s.language) for s in fresh.sources.values()}
    assert years == {"texts/000": ("2015", "ru"), "texts/001": ("2016-11", "ru"), "texts/002": ("2025", "ru"),
                     "texts/003": ("2025", "ru"), "texts/004": ("2016", "kk")}
    for sid, s in fresh.sources.items():
        if s.file.split("_")[0][-3:] in GIVEN:
            assert s.date_basis == "given"
        else:
            assert s.date_basis == "inferred" and s.date_evidence in " ".join(fresh.texts[sid].split())


def test_refuses_a_text_it_holds(built):
    before = (built / "sources.yaml").read_text(encoding="utf-8")
    proc = run_cli("extract", TEXTS[2], "--dossier", built)
    assert proc.returncode == 1
    assert "refused" in proc.stderr and "s002" in proc.stderr
    assert proc.stdout == ""
    assert (built / "sources.yaml").read_text(encoding="utf-8") == before


def test_review_files_hold_evidence_offsets(built):
    data = yaml.safe_load((built / "review" / "s003.yaml").read_text(encoding="utf-8"))
    text = (built / data["file"]).read_text(encoding="utf-8")
    assert data["candidates"]
    for c in data["candidates"]:
        ev = c["evidence"]
        assert text[ev["start"]:ev["end"]] == ev["quote"]
        assert 0 < c["confidence"] <= 1 and c["topics"] and c["title"]["ru"]
    kinds = {c["kind"] for c in data["candidates"]}
    assert {"trade", "investment", "grant", "count", "person", "agreement"} <= kinds
