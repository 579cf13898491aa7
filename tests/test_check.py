"""`briefing check`: the embedded dossier verifies; tampering is caught with file and line."""
from __future__ import annotations

import re

from conftest import SEED, run_cli


def test_embedded_dossier_checks():
    proc = run_cli("check")
    assert proc.returncode == 0, proc.stderr
    m = re.search(r"ok: (\d+) facts from 5 sources verified", proc.stderr)
    assert m and int(m.group(1)) > 50


def test_seed_texts_are_verbatim():
    import pytest
    shared = SEED.parents[2] / "shared" / "seeds"
    if not shared.is_dir():
        pytest.skip("../shared/seeds is not beside this checkout")
    originals = sorted(shared.glob("*.txt"))
    assert len(originals) == 5
    for original in originals:
        assert (SEED / "texts" / original.name).read_bytes() == original.read_bytes()


def _replace_in(path, old, new, count=1):
    text = path.read_text(encoding="utf-8")
    assert old in text, f"{old!r} not in {path}"
    path.write_text(text.replace(old, new, count), encoding="utf-8")
    return text[: text.index(old)].count("\n") + 1


def test_tampered_quote_fails_with_file_and_line(dossier_copy):
    facts = dossier_copy / "facts" / "2015-2016.yaml"
    line = _replace_in(facts, "реализовано 9 проектов", "реализовано 19 проектов")
    proc = run_cli("check", "--dossier", dossier_copy)
    assert proc.returncode == 1
    assert re.search(rf"facts/2015-2016\.yaml:{line}: evidence\.quote: quote not found in source s000", proc.stderr), proc.stderr


def test_tampered_number_fails_with_file_and_line(dossier_copy):
    facts = dossier_copy / "facts" / "2015-2016.yaml"
    text = facts.read_text(encoding="utf-8")
    m = re.search(r"amount: 698000000\b", text)
    assert m
    line = text[: m.start()].count("\n") + 1
    facts.write_text(text.replace("amount: 698000000", "amount: 689000000", 1), encoding="utf-8")
    proc = run_cli("check", "--dossier", dossier_copy)
    assert proc.returncode == 1
    assert re.search(rf"facts/2015-2016\.yaml:{line}: value\.amount: 689000000 is not in the quote", proc.stderr), proc.stderr


def test_numbers_in_words_are_verified(dossier_copy):
    """«бір жарым миллиард» is 1.5 billion; 2.5 billion is not in that quote."""
    facts = dossier_copy / "facts" / "2015-2016.yaml"
    text = facts.read_text(encoding="utf-8")
    assert "бір жарым миллиард" in text and "amount: 1500000000" in text
    facts.write_text(text.replace("amount: 1500000000", "amount: 2500000000", 1), encoding="utf-8")
    proc = run_cli("check", "--dossier", dossier_copy)
    assert proc.returncode == 1 and "2500000000 is not in the quote from s004" in proc.stderr


def test_all_problems_listed_then_exit_1(dossier_copy):
    facts = dossier_copy / "facts" / "2025.yaml"
    text = facts.read_text(encoding="utf-8")
    ids = re.findall(r"^- id: (\S+)", text, flags=re.M)
    text = text.replace(f"- id: {ids[1]}", f"- id: {ids[0]}", 1)          # duplicate id
    text = text.replace("topics: [trade]", "topics: [tarde]", 1)           # unknown topic
    text = text.replace("source: s003", "source: s999", 1)                  # unknown source
    facts.write_text(text, encoding="utf-8")
    proc = run_cli("check", "--dossier", dossier_copy)
    assert proc.returncode == 1
    assert "duplicate fact id" in proc.stderr
    assert "unknown topic 'tarde'" in proc.stderr
    assert "unknown source 's999'" in proc.stderr
    assert re.search(r"(\d+) problem\(s\) found", proc.stderr)
    assert "Traceback" not in proc.stderr


def test_schema_error_names_file_line_and_field(dossier_copy):
    facts = dossier_copy / "facts" / "2025.yaml"
    line = _replace_in(facts, "kind: trade", "kind: rumour")
    proc = run_cli("check", "--dossier", dossier_copy)
    assert proc.returncode == 1
    assert re.search(rf"facts/2025\.yaml:{line}: kind: Input should be", proc.stderr), proc.stderr


def test_malformed_yaml_is_one_line(dossier_copy):
    (dossier_copy / "facts" / "2025.yaml").write_text("- id: x\n  title: [unclosed\n", encoding="utf-8")
    proc = run_cli("check", "--dossier", dossier_copy)
    assert proc.returncode == 1
    assert re.search(r"facts/2025\.yaml:\d+: malformed YAML", proc.stderr)
    assert "Traceback" not in proc.stderr


def test_make_refuses_a_dossier_that_does_not_check(dossier_copy, tmp_path):
    _replace_in(dossier_copy / "facts" / "2015-2016.yaml", "реализовано 9 проектов", "реализовано 19 проектов")
    out = tmp_path / "out"
    proc = run_cli("make", "--topic", "energy", "--dossier", dossier_copy, "--out", out)
    assert proc.returncode == 1
    assert "does not check" in proc.stderr
    assert not out.exists() or not any(out.glob("*.pdf"))
    assert proc.stdout == ""


def test_topics_lists_counts():
    proc = run_cli("topics")
    assert proc.returncode == 0
    lines = {l.split()[0]: int(l.split()[1]) for l in proc.stdout.splitlines()}
    assert set(lines) == {"energy", "mining", "transport", "trade", "industry", "health", "agriculture", "finance",
                          "digital", "education", "politics", "environment"}
    assert lines["energy"] > 5


def test_unknown_topic_suggests():
    proc = run_cli("make", "--topic", "energetika", "--out", "/tmp/never")
    assert proc.returncode == 2
    assert "did you mean 'energy'" in proc.stderr
    proc = run_cli("make", "--topic", "энергетка", "--out", "/tmp/never")
    assert proc.returncode == 2 and "energy" in proc.stderr


def test_problems_carry_a_code_naming_their_kind(dossier_copy):
    """What a script filtering `check`'s findings relies on: each problem says what kind it is."""
    from briefing.dossier.verify import check_dossier
    facts = dossier_copy / "facts" / "2025.yaml"
    text = facts.read_text(encoding="utf-8")
    quote = "провели переговоры в Астане"
    assert quote in text
    facts.write_text(text.replace(quote, "провели переговоры в Алматы", 1), encoding="utf-8")
    _, problems = check_dossier(dossier_copy, save=False)
    assert {p.code for p in problems} == {"quote-not-found"}
    assert all(p.severity == "error" and p.line for p in problems)
