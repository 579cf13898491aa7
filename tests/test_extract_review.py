"""`briefing review`: listing, accepting and rejecting by id, duplicates linked to the facts they repeat,
edits made in the review file carried into the fact, and mistakes reported at their line."""
from __future__ import annotations

import sys
from pathlib import Path

import pytest
import yaml

from conftest import ROOT, SEED, run_cli

sys.path.insert(0, str(ROOT))
from briefing.dossier.load import load_dossier  # noqa: E402

TEXTS = sorted((SEED / "texts").glob("*.txt"))
PARTIES = "Республика Казахстан, Япония"


def _candidates(root: Path, sid: str) -> list[dict]:
    return yaml.safe_load((root / "review" / f"{sid}.yaml").read_text(encoding="utf-8"))["candidates"]


@pytest.fixture(scope="module")
def two(tmp_path_factory) -> Path:
    """s002 extracted and accepted, then s003 extracted: s003 repeats some of s002's facts."""
    root = tmp_path_factory.mktemp("two") / "d"
    run_cli("extract", TEXTS[2], "--dossier", root, "--parties", PARTIES, "--date", "2025", check=True)
    run_cli("review", "--dossier", root, "--all", check=True)
    run_cli("extract", TEXTS[3], "--dossier", root, check=True)
    return root


def test_duplicates_link_the_facts_they_repeat(two):
    dossier, _ = load_dossier(two)
    cands = _candidates(two, "s001")
    trade = next(c for c in cands if c.get("value", {}).get("amount") == 2000000000)
    (fact_id,) = trade["duplicate_of"]
    fact = dossier.fact(fact_id)
    assert list(fact.sources) == ["s000"] and fact.value.qualifier == "nearly" and fact.indicator == "trade_turnover"
    people = {c["person"]["name"]["ru"]: c.get("duplicate_of") for c in cands if c["kind"] == "person"}
    assert people["Мурат Нуртлеу"] and people["Касым-Жомарт Токаев"] is None
    # «более 9 млрд» is not «порядка 9 млрд»: a different statement, not a duplicate
    fdi = next(c for c in cands if c.get("indicator") == "fdi_stock")
    assert fdi["value"]["qualifier"] == "over" and "duplicate_of" not in fdi


def test_listing_accept_reject(two):
    proc = run_cli("review", "--dossier", two, check=True)
    lines = proc.stdout.splitlines()
    assert lines[0].startswith("s001 (texts/001_")
    assert any("duplicate of" in line for line in lines)
    cands = _candidates(two, "s001")
    grant = next(c for c in cands if c["kind"] == "grant" and c["value"]["amount"] == 7400000)
    person = next(c for c in cands if c["kind"] == "person" and "Токаев" in c["person"]["name"]["ru"])
    proc = run_cli("review", "--dossier", two, "--accept", grant["id"], "--reject", person["id"], check=True)
    assert str(two / "facts" / "s001.yaml") in proc.stdout.split()
    after = {c["id"]: c for c in _candidates(two, "s001")}
    assert after[grant["id"]]["decision"] == "accepted" and after[person["id"]]["decision"] == "rejected"
    dossier, problems = load_dossier(two)
    assert not problems
    fact = dossier.fact(after[grant["id"]]["fact_id"])
    assert fact.kind == "grant" and fact.value.amount == 7400000 and fact.evidence[0].quote == grant["evidence"]["quote"]
    listing = run_cli("review", "--dossier", two, check=True).stdout
    assert grant["id"] not in listing and person["id"] not in listing
    assert run_cli("check", "--dossier", two).returncode == 0


def test_unknown_id_is_a_usage_error(two):
    proc = run_cli("review", "--dossier", two, "--accept", "s009-99")
    assert proc.returncode == 2
    assert "unknown candidate id" in proc.stderr and "s009-99" in proc.stderr


def test_edits_are_kept_and_bad_edits_reported(tmp_path):
    root = tmp_path / "d"
    run_cli("extract", TEXTS[3], "--dossier", root, "--parties", PARTIES, check=True)
    path = root / "review" / "s000.yaml"
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    grant = next(c for c in data["candidates"] if c["kind"] == "grant" and c["value"]["amount"] == 2000000)
    flood = next(c for c in data["candidates"] if c["kind"] == "grant" and c["value"]["amount"] == 7400000)
    grant["title"] = {"ru": "Средства Японии на противопаводковые системы", "en": "Japanese flood-protection funds"}
    grant["fact_id"] = "grant-flood-protection"
    flood["value"]["amount"] = 7500000          # a figure the quote does not hold
    path.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), encoding="utf-8")
    proc = run_cli("review", "--dossier", root, "--accept", grant["id"], flood["id"])
    assert proc.returncode == 1
    assert "7500000 is not in the quote" in proc.stderr and str(path) in proc.stderr
    dossier, problems = load_dossier(root)
    assert not problems
    fact = dossier.fact("grant-flood-protection")
    assert fact.title.en == "Japanese flood-protection funds"
    assert not any(f.value and f.value.amount == 7500000 for f in dossier.facts)
    left = {c["id"]: c["decision"] for c in _candidates(root, "s000")}
    assert left[flood["id"]] == "pending" and left[grant["id"]] == "accepted"


def test_listing_shows_figure_date_and_quote_on_one_line(tmp_path):
    root = tmp_path / "d"
    run_cli("extract", TEXTS[3], "--dossier", root, "--parties", PARTIES, check=True)
    lines = run_cli("review", "--dossier", root, check=True).stdout.splitlines()
    trade = next(c for c in _candidates(root, "s000") if c["kind"] == "trade" and c.get("percent"))
    (line,) = [line for line in lines if line.strip().startswith(trade["id"] + " ")]
    assert f"{trade['value']['amount']} USD; {trade['percent']}%" in line and f"  {trade['date']}  " in line
    assert f"“{trade['evidence']['quote'][:40]}" in line and line.endswith("…”")      # a long quote, cut
    assert len(lines) == 1 + len(_candidates(root, "s000"))          # one line per candidate, quote included
    assert run_cli("review", "--dossier", root, "--source", "s000", check=True).stdout.splitlines() == lines
    proc = run_cli("review", "--dossier", root, "--source", "s009")
    assert proc.returncode == 2 and "--source: no review file for 's009'" in proc.stderr


def test_reject_rest_after_accepting_some(tmp_path):
    root = tmp_path / "d"
    run_cli("extract", TEXTS[3], "--dossier", root, "--parties", PARTIES, check=True)
    cands = _candidates(root, "s000")
    grant = next(c["id"] for c in cands if c["kind"] == "grant" and c["value"]["amount"] == 7400000)
    flood = next(c for c in cands if c["kind"] == "grant" and c["value"]["amount"] == 2000000)
    path = root / "review" / "s000.yaml"
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    next(c for c in data["candidates"] if c["id"] == flood["id"])["value"]["amount"] = 2500000   # fails its proof
    path.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), encoding="utf-8")
    proc = run_cli("review", "--dossier", root, "--accept", f"{grant},{flood['id']}", "--reject-rest")  # (commas too)
    assert proc.returncode == 1
    assert f"{flood['id']}: left pending" in proc.stderr and f"1 accepted, {len(cands) - 2} rejected" in proc.stderr
    left = {c["id"]: c["decision"] for c in _candidates(root, "s000")}
    assert left.pop(grant) == "accepted" and left.pop(flood["id"]) == "pending"   # named to accept: left to mend
    assert set(left.values()) == {"rejected"}
    assert run_cli("check", "--dossier", root).returncode == 0
    proc = run_cli("review", "--dossier", root, "--all", "--reject-rest")
    assert proc.returncode == 2 and "--all and --reject-rest" in proc.stderr
    proc = run_cli("review", "--dossier", root, "--serve", "--accept", grant)
    assert proc.returncode == 2 and "--serve: decide on the page" in proc.stderr


def test_accept_named_twice_accepts_both(tmp_path):
    root = tmp_path / "d"
    run_cli("extract", TEXTS[3], "--dossier", root, "--parties", PARTIES, check=True)
    grants = [c["id"] for c in _candidates(root, "s000") if c["kind"] == "grant"][:2]
    proc = run_cli("review", "--dossier", root, "--accept", grants[0], "--accept", grants[1], "--reject-rest")
    decisions = {c["id"]: c["decision"] for c in _candidates(root, "s000")}
    assert [decisions[g] for g in grants] == ["accepted", "accepted"], proc.stderr


def test_a_text_without_a_year_needs_a_date(tmp_path):
    article = tmp_path / "news.txt"
    article.write_text("Министр иностранных дел Японии Сейдзи Маэхара прибыл в Москву во вторник.\n", encoding="utf-8")
    root = tmp_path / "d"
    proc = run_cli("extract", article, "--dossier", root, "--parties", "Россия, Япония")
    assert proc.returncode == 1 and "--date" in proc.stderr
    proc = run_cli("extract", article, "--dossier", root, "--date", "2011-02", check=True)
    src = yaml.safe_load((root / "sources.yaml").read_text(encoding="utf-8"))
    assert src[0]["date"] == "2011-02" and src[0]["language"] == "ru"
    assert src[0]["date_basis"] == "given"      # the analyst's date, not one the article states


def test_a_candidate_of_another_pair_is_marked_in_the_listing(tmp_path):
    """The sentence names its own parties: the listing says which candidates a note on the dossier will leave out."""
    article = tmp_path / "news.txt"
    article.write_text("АСТАНА, 12 марта 2025 года. Японская сторона выделит Казахстану грант в размере 5 млн долларов "
                       "на подготовку кадров.\nТем временем Литва выделила Украине 13 млн евро на восстановление "
                       "энергосистемы.\n", encoding="utf-8")
    root = tmp_path / "d"
    run_cli("extract", article, "--dossier", root, "--parties", PARTIES, check=True)
    lines = run_cli("review", "--dossier", root, check=True).stdout.splitlines()
    ours = next(line for line in lines if "5000000 USD" in line)
    theirs = next(line for line in lines if "13000000 EUR" in line)
    assert theirs.endswith("[another pair: Литва, Украина; notes leave it out]") and "another pair" not in ours
