"""Two sources, one indicator, two values: `check` warns, `--strict` fails, the note names the disagreement."""
from __future__ import annotations

from pathlib import Path

from conftest import pdf_text, run_cli, squash

DOSSIER = {
    "dossier.yaml": "subject: {ru: сотрудничестве Казахстана и Кореи}\nparties: [Республика Казахстан, Республика Корея]\n",
    "sources.yaml": """\
- {id: a, file: texts/a.txt, title: Первая статья, language: ru, date: "2025-02", date_basis: stated}
- {id: b, file: texts/b.txt, title: Вторая статья, language: ru, date: "2025-03", date_basis: stated}
""",
    "texts/a.txt": "По итогам 2024 года товарооборот Казахстана и Кореи составил 6,2 млрд долларов США.\n",
    "texts/b.txt": "Товарооборот двух стран в 2024 году достиг 6,8 миллиарда долларов, сообщил министр.\n",
    "facts/f.yaml": """\
- id: trade-2024-a
  kind: trade
  title: {ru: Товарооборот Казахстана и Кореи в 2024 году}
  date: "2024"
  topics: [trade]
  indicator: trade_turnover
  value: {amount: 6200000000, currency: USD}
  evidence: [{source: a, quote: "товарооборот Казахстана и Кореи составил 6,2 млрд долларов США"}]
- id: trade-2024-b
  kind: trade
  title: {ru: Товарооборот двух стран в 2024 году}
  date: "2024"
  topics: [trade]
  indicator: trade_turnover
  value: {amount: 6800000000, currency: USD}
  evidence: [{source: b, quote: "Товарооборот двух стран в 2024 году достиг 6,8 миллиарда долларов"}]
""",
}


def _write(root: Path) -> Path:
    for name, text in DOSSIER.items():
        (root / name).parent.mkdir(parents=True, exist_ok=True)
        (root / name).write_text(text, encoding="utf-8")
    return root


def test_disagreeing_figures(tmp_path):
    dossier = _write(tmp_path / "kz-kr")
    proc = run_cli("check", "--dossier", dossier)
    assert proc.returncode == 0
    assert "trade_turnover 2024 differs between facts" in proc.stderr and "[warning]" in proc.stderr
    assert run_cli("check", "--strict", "--dossier", dossier).returncode == 1
    made = run_cli("make", "--topic", "trade", "--format", "pdf", "--dossier", dossier, "--out", tmp_path / "o",
                   check=True)
    text = squash(pdf_text(Path(made.stdout.strip())))
    risks = text.split("Ключевые вопросы и риски")[1]
    assert "Данные источников о показателе" in risks and "расходятся" in risks
    assert "[1] — 6,2 млрд долл. США" in risks.replace(" — ", " — ") and "[2] — 6,8 млрд долл. США" in risks.replace(" — ", " — ")
    key = text.split("Основные тезисы")[1].split("Ключевые вопросы")[0]
    assert key.count("млрд долл. США") == 1     # one figure per indicator among the key points


OTHER_PAIR = {
    "dossier.yaml": "subject: {ru: сотрудничестве Казахстана и Кореи}\nparties: [Республика Казахстан, Республика Корея]\n",
    "sources.yaml": """\
- {id: a, file: texts/a.txt, title: Обзор новостей региона, language: ru, date: "2025-03", date_basis: stated}
""",
    "texts/a.txt": (
        "По итогам 2024 года товарооборот Казахстана и Кореи составил 6,2 млрд долларов США. "
        "Компания Samsung вложит в завод в Алматы 150 млн долларов. "
        "Литва выделила Украине грант в размере 13 млн евро на восстановление энергетики. "
        "Казахстан направил Таджикистану гуманитарную помощь на 2 млн долларов. "
        "Казахстан, Корея и Узбекистан подписали меморандум о транзите. "
        "В Вильнюсе прошли переговоры президентов Литвы и Украины.\n"),
    "facts/f.yaml": """\
- id: trade-2024
  kind: trade
  title: {ru: Товарооборот Казахстана и Кореи в 2024 году}
  date: "2024"
  topics: [trade]
  parties: [Республика Казахстан, Республика Корея]
  indicator: trade_turnover
  value: {amount: 6200000000, currency: USD}
  evidence: [{source: a, quote: "товарооборот Казахстана и Кореи составил 6,2 млрд долларов США"}]
- id: samsung-plant
  kind: investment
  title: {ru: Вложения Samsung в завод в Алматы}
  topics: [industry]
  parties: [Samsung]
  value: {amount: 150000000, currency: USD}
  evidence: [{source: a, quote: "Компания Samsung вложит в завод в Алматы 150 млн долларов"}]
- id: lt-ua-grant
  kind: grant
  title: {ru: Грант Литвы Украине на восстановление энергетики}
  topics: [energy]
  parties: [Литва, Украина]
  value: {amount: 13000000, currency: EUR}
  evidence: [{source: a, quote: "Литва выделила Украине грант в размере 13 млн евро"}]
- id: kz-tj-aid
  kind: grant
  title: {ru: Гуманитарная помощь Казахстана Таджикистану}
  topics: [health]
  parties: [Республика Казахстан, Таджикистан]
  value: {amount: 2000000, currency: USD}
  evidence: [{source: a, quote: "Казахстан направил Таджикистану гуманитарную помощь на 2 млн долларов"}]
- id: transit-memo
  kind: agreement
  level: inter_agency
  title: {ru: "Меморандум Казахстана, Кореи и Узбекистана о транзите"}
  topics: [transport]
  parties: [Республика Казахстан, Республика Корея, Узбекистан]
  evidence: [{source: a, quote: "Казахстан, Корея и Узбекистан подписали меморандум о транзите"}]
- id: lt-ua-talks
  kind: meeting
  title: {ru: Переговоры президентов Литвы и Украины в Вильнюсе}
  date: "2025-03"
  topics: [politics]
  parties: [Литва, Украина]
  evidence: [{source: a, quote: "В Вильнюсе прошли переговоры президентов Литвы и Украины"}]
""",
}


def test_a_fact_of_another_pair_is_left_out_of_notes(tmp_path):
    """A dossier collects facts of other pairs of states too (extraction gives a fact the parties its own sentence
    names): `check` points at them, and a note on the dossier's relationship does not present them as its own."""
    dossier = tmp_path / "kz-kr"
    for name, text in OTHER_PAIR.items():
        (dossier / name).parent.mkdir(parents=True, exist_ok=True)
        (dossier / name).write_text(text, encoding="utf-8")
    proc = run_cli("check", "--dossier", dossier)
    assert proc.returncode == 0, proc.stderr
    warned = [line for line in proc.stderr.splitlines() if "lt-ua-grant" in line]
    assert len(warned) == 1 and warned[0].endswith(
        "f.yaml:21: parties: lt-ua-grant: its parties (Литва, Украина) are another relationship than the dossier's "
        "(Республика Казахстан, Республика Корея); notes leave it out [warning]"), proc.stderr
    assert "samsung-plant" not in proc.stderr and "trade-2024" not in proc.stderr   # no state named, or the pair's
    assert "kz-tj-aid: its parties (Республика Казахстан, Таджикистан) are another relationship" in proc.stderr
    assert "transit-memo" not in proc.stderr       # the pair with a third state: the dossier's still
    assert run_cli("check", "--strict", "--dossier", dossier).returncode == 1

    made = run_cli("make", "--format", "pdf", "--dossier", dossier, "--out", tmp_path / "o")
    assert made.returncode == 0, made.stderr
    assert "lt-ua-grant: left out of the note: its parties (Литва, Украина)" in made.stderr
    text = squash(pdf_text(Path(made.stdout.strip())))
    assert "6,2 млрд долл. США" in text and "150 млн долл. США" in text
    assert "13 млн" not in text and "Литв" not in text and "Украин" not in text
    assert "Таджикистан" not in text and "Меморандум Казахстана, Кореи и Узбекистана о транзите" in text
    # nor does a topic note's background, which narrates the period's meetings from the whole dossier
    trade = run_cli("make", "--topic", "trade", "--format", "pdf", "--dossier", dossier, "--out", tmp_path / "t")
    assert trade.returncode == 0, trade.stderr
    assert "Вильнюс" not in squash(pdf_text(Path(trade.stdout.strip())))
    # a topic whose only fact is another pair's has nothing to say, and says so
    energy = run_cli("make", "--topic", "energy", "--format", "pdf", "--dossier", dossier, "--out", tmp_path / "e")
    assert energy.returncode == 1 and "no facts for this note" in energy.stderr
