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
