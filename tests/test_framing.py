"""The notes say what their sources say: a change as a change, a plan as a plan, a claim as someone's claim,
a commercial contract with its event (never among inter-state documents), disagreeing figures flagged, past
posts with their year — read from the built PDFs, on the seed dossier and on a small dossier of our own."""
from __future__ import annotations

import re
import textwrap
from pathlib import Path

import pytest

from conftest import pdf_text, run_cli, squash

MAIN_END = {"ru": r"\d+\. Источники", "kk": r"\d+\. Дереккөздер", "en": r"\d+\. Sources"}
KEY_START = {"ru": "Основные тезисы", "kk": "Негізгі тұжырымдар", "en": "Key points"}
TALK = {"ru": ("Тезисы для беседы", "Источники"), "kk": ("Әңгімеге арналған тезистер", "Дереккөздер"),
        "en": ("Talking points", "Sources")}


def _make(out: Path, *args) -> dict[str, str]:
    run_cli("make", *args, "--out", out, "--format", "pdf", check=True)
    return {p.stem: squash(pdf_text(p)) for p in out.glob("*.pdf")}


@pytest.fixture(scope="module")
def seed_notes(tmp_path_factory) -> dict[str, str]:
    out = tmp_path_factory.mktemp("notes")
    notes = {}
    for lang in ("ru", "kk", "en"):
        for topic in ("energy", "trade"):
            notes.update(_make(out, "--topic", topic, "--lang", lang))
        notes.update(_make(out, "--lang", lang))
        notes.update(_make(out, "--period", "2025", "--lang", lang))
        notes.update(_make(out, "--topic", "energy", "--period", "2025", "--lang", lang))
    return notes


def _main(text: str, lang: str) -> str:
    return re.split(MAIN_END[lang], text)[0]


def _numbered(section: str) -> list[str]:
    return [s.strip() for s in re.split(r"(?:^| )\d\. ", section) if s.strip()]


def test_a_change_is_said_as_a_change_with_its_base(seed_notes):
    ru = _main(seed_notes["trade_ru"], "ru")
    assert "сократился на 18,6% к тому же периоду 2024 г., до 635,2 млн долл. США" in ru
    assert "Сокращение товарооборота" not in ru       # the level is never "the fall"
    en = _main(seed_notes["trade_en"], "en")
    assert "fell by 18.6% year on year in January–May 2025, to US$635.2 million" in en
    kk = _main(seed_notes["trade_kk"], "kk")
    assert "18,6%-ға қысқарып" in kk


def test_a_plan_is_a_plan(seed_notes):
    ru = seed_notes["overview_ru"] + seed_notes["overview_2025_ru"]
    for sentence in re.findall(r"[^.]*Алматы – Токио[^.]*\.", ru):
        assert "планир" in sentence or "Поддерживаем" in sentence, sentence
    assert "запущен" not in ru


def test_commercial_contracts_are_not_in_the_treaty_framework(seed_notes):
    ru = seed_notes["trade_ru"]
    treaty = re.search(r"Договорно-правовая база(.*?)(?:\d\. Ключевые|$)", _main(ru, "ru"))
    assert not treaty or "Коммерческие соглашения" not in treaty.group(1)
    annex = ru.split("Подписанные документы", 1)[-1]
    assert "Уровень" in annex and "коммерческ" in annex   # the annex lists it, with its level
    assert "обеспечить его выполнение" not in ru   # no talking point to implement companies' contracts


def test_disagreeing_figures_are_one_fact_and_a_risk(seed_notes):
    ru = _main(seed_notes["trade_ru"], "ru")
    assert re.search(r"по данным \[\d\] — порядка 9 млрд долл\. США; по данным \[\d\] — более 9 млрд", ru)
    assert "расходятся" in ru
    en = _main(seed_notes["trade_en"], "en")
    assert "sources differ" in en.lower()


def test_claims_are_attributed_and_past_posts_carry_their_year(seed_notes):
    ru = seed_notes["trade_ru"] + seed_notes["overview_ru"]
    assert "благоприятные условия" not in ru or "По словам Заместителя Премьер-Министра" in ru
    assert re.search(r"Вице-министра по инвестициям и развитию Республики Казахстан \(в 2016 г\.\) Е\. Хаирова", ru)
    people = seed_notes["overview_ru"].split("Упомянутые лица")[-1]
    assert re.search(r"Премьер-министр Японии \(в 2016 г\.\)", people)


def test_inferred_dates_are_shown_as_inferred(seed_notes):
    sources = seed_notes["overview_ru"].split("Источники", 1)[-1]
    assert "2015 г. (дата не указана; не ранее октября 2015 г.)" in sources
    assert "(date not stated; not before October 2015)" in seed_notes["overview_en"]


BACKGROUND = {"ru": "Общие сведения", "kk": "Жалпы мәліметтер", "en": "Background"}


@pytest.mark.parametrize("note", ["energy", "trade", "overview", "overview_2025", "energy_2025"])
@pytest.mark.parametrize("lang", ["ru", "kk", "en"])
def test_key_points_and_talking_points(seed_notes, note, lang):
    text = seed_notes[f"{note}_{lang}"]
    main = _main(text, lang)
    points = re.split(rf"\d\. {BACKGROUND[lang]}", main.split(KEY_START[lang], 1)[1])[0]
    numbers = re.findall(r"(?:^|\s)(\d)\. ", points)
    assert 3 <= len(numbers) <= 6 and numbers == [str(i) for i in range(1, len(numbers) + 1)], numbers
    key = main.split(KEY_START[lang], 1)[1]
    key = re.split(r"\d\. [А-ЯӘҒҚҢӨҰҮҺІA-Z][^\d]{3,40}? ", key, maxsplit=0)[0]
    talk = main.split(TALK[lang][0], 1)[-1]
    points = re.findall(r"(?:^|\s)\d\. (.+?)(?=\s\d\. |$)", talk)
    openings = [" ".join(p.split()[:2]) for p in points]
    assert len(openings) == len(set(openings)), openings   # no two talking points share a frame


def test_energy_key_points_are_about_energy(seed_notes):
    main = _main(seed_notes["energy_ru"], "ru")
    key = main.split("Основные тезисы", 1)[1].split("Общие сведения", 1)[0]
    assert re.search(r"уран", key)
    assert re.search(r"атомной энергетики|ядерного топлива", key)
    assert "13 соглашений" not in key
    assert "115 млн т" in key                          # coal is energy: its figure leads, with the proposal
    assert "25 проектов" not in key                    # a cross-sector portfolio is not an energy key point


def test_a_speaker_is_not_named_twice_nor_a_word_said_twice(seed_notes):
    ru, en, kk = (
        _main(seed_notes["energy_ru"], "ru"), _main(seed_notes["energy_en"], "en"), _main(seed_notes["energy_kk"], "kk"))
    assert "Казахстан заявил о готовности увеличить экспорт угля" in ru
    assert "о готовности Казахстана" not in ru
    assert "Kazakhstan stated its readiness to increase exports of coal" in en
    assert "Қазақстан Жапонияға көмір" in kk and "Қазақстан Республикасы Қазақстанның" not in kk
    for text in (ru, en, kk):
        assert not re.search(r"сотрудничеств\w* [^.]{0,140}направление сотрудничества|"
                             r"[Cc]ooperation [^.]{0,140}area of cooperation|ынтымақтастық ынтымақтастықтың", text)


def test_an_old_figure_carries_its_date(seed_notes):
    ru = _main(seed_notes["trade_ru"], "ru")
    found = re.findall(r"\d+ проект\w* на сумму .{0,80}", ru)
    assert found
    for sentence in found:
        assert "по состоянию на" in sentence, sentence


def test_english_notes_hold_no_cyrillic_outside_quoted_titles(seed_notes):
    for name in ("energy_en", "trade_en", "overview_en", "overview_2025_en"):
        text = seed_notes[name]
        unquoted = re.sub(r"“[^”]*”", "", text)
        cyrillic = re.findall(r"[А-Яа-яЁёӘәҒғҚқҢңӨөҰұҮүҺһІі]+", unquoted)
        assert not cyrillic, (name, cyrillic[:10])


def test_main_part_within_budget(seed_notes, tmp_path):
    import pdfplumber
    out = tmp_path / "b"
    run_cli("make", "--topic", "energy", "--out", out, "--format", "pdf", check=True)
    with pdfplumber.open(out / "energy_ru.pdf") as pdf:
        for i, page in enumerate(pdf.pages):
            if re.search(r"\d+\.\s*Источники", page.extract_text() or ""):
                assert i <= 2, f"sections 1–6 run to page {i + 1}"
                break


# ---------------------------------------------------------------- a dossier of our own
OWN_DOSSIER = {
    "dossier.yaml": """
        subject: {ru: казахстанско-китайском сотрудничестве}
        parties: [Республика Казахстан, Китай]
    """,
    "sources.yaml": """
        - id: a1
          file: texts/a1.txt
          title: Товарооборот Казахстана и Китая вырос.
          language: ru
          date: "2024-03"
          date_basis: stated
    """,
    "texts/a1.txt": (
        "По итогам 2023 года товарооборот Казахстана и Китая вырос на 32% по сравнению с 2022 годом, до 41 "
        "миллиарда долларов. В следующем году планируется открытие нового пункта пропуска «Хоргос-2». Компании "
        "двух стран подписали 20 коммерческих контрактов на выставке в Урумчи. Министр торговли Казахстана "
        "Арман Шаккалиев заявил, что потенциал роста экспорта зерна велик. Китай намерен выделить Казахстану "
        "грант в размере 100 млн юаней на развитие торговой инфраструктуры. Делегация Синьцзяна посетила "
        "торговые центры Алматы. В Алматы состоялся торговый форум."),
    "facts/f.yaml": """
        - id: trade-2023
          kind: trade
          title: {ru: Товарооборот Казахстана и Китая}
          topics: [trade]
          parties: [Республика Казахстан, Китай]
          indicator: trade_turnover
          period: "2023"
          value: {amount: 41000000000, currency: USD}
          percent: 32
          base: "2022"
          evidence:
            - source: a1
              quote: товарооборот Казахстана и Китая вырос на 32% по сравнению с 2022 годом, до 41 миллиарда долларов
        - id: plan-khorgos-2
          kind: plan
          title: {ru: Открытие пункта пропуска «Хоргос-2»}
          date: "2025"
          topics: [trade, transport]
          status: planned
          evidence:
            - source: a1
              quote: В следующем году планируется открытие нового пункта пропуска «Хоргос-2»
        - id: contracts-urumqi
          kind: agreement
          level: commercial
          title: {ru: Коммерческие контракты компаний на выставке в Урумчи}
          topics: [trade]
          count: 20
          counted: agreement
          evidence:
            - source: a1
              quote: Компании двух стран подписали 20 коммерческих контрактов на выставке в Урумчи
        - id: person-shakkaliyev
          kind: person
          title: {ru: Министр торговли Казахстана А. Шаккалиев}
          topics: [trade]
          person:
            name: {ru: Арман Шаккалиев}
            post: {ru: Министр торговли Республики Казахстан}
          evidence:
            - source: a1
              quote: Министр торговли Казахстана Арман Шаккалиев
        - id: grant-promised
          kind: grant
          title: {ru: Грант Китая на развитие торговой инфраструктуры, en: China's grant for trade infrastructure,
                  kk: Қытайдың сауда инфрақұрылымын дамытуға арналған гранты}
          topics: [trade]
          status: planned
          value: {amount: 100000000, currency: CNY}
          evidence:
            - source: a1
              quote: Китай намерен выделить Казахстану грант в размере 100 млн юаней
        - id: visit-xinjiang
          kind: visit
          title: {ru: Делегация Синьцзяна посетила торговые центры Алматы}
          topics: [trade]
          evidence:
            - source: a1
              quote: Делегация Синьцзяна посетила торговые центры Алматы
        - id: forum-almaty
          kind: meeting
          title: {ru: В Алматы состоялся торговый форум}
          date: "2024-02"
          topics: [trade]
          evidence:
            - source: a1
              quote: В Алматы состоялся торговый форум
        - id: grain-potential
          kind: statement
          title: {ru: Рост экспорта зерна в Китай}
          topics: [trade, agriculture]
          modality: potential
          attribution: {person: person-shakkaliyev}
          evidence:
            - source: a1
              quote: потенциал роста экспорта зерна велик
    """,
}


@pytest.fixture(scope="module")
def own_notes(tmp_path_factory) -> tuple[Path, dict]:
    root = tmp_path_factory.mktemp("own")
    dossier = root / "kz-cn"
    for rel, text in OWN_DOSSIER.items():
        path = dossier / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(textwrap.dedent(text).strip() + "\n", encoding="utf-8")
    (root / "briefing.toml").write_text(f'[book]\ndossier = "{dossier}"\nout = "out"\n', encoding="utf-8")
    notes = {}
    for lang in ("ru", "en", "kk"):
        run_cli("make", "--topic", "trade", "--lang", lang, "--format", "pdf", cwd=root, check=True)
    for p in (root / "out").glob("*.pdf"):
        notes[p.stem] = squash(pdf_text(p))
    return root, notes


def test_own_dossier_framing(own_notes):
    _, notes = own_notes
    ru = notes["trade_ru"]
    assert "вырос на 32% к 2022 г., до 41 млрд долл. США" in ru
    assert re.search(r"планируется открытие пункта пропуска «Хоргос-2»", ru)
    assert "Подписанные документы" in ru and "коммерческ" in ru.split("Подписанные документы")[-1]
    assert re.search(r"[Пп]о словам Министра торговли Республики Казахстан А\. Шаккалиева", ru)
    # the headline's full stop is left out of the title in quotes
    assert "«Товарооборот Казахстана и Китая вырос»" in ru and "вырос.»" not in ru
    en = notes["trade_en"]
    assert "rose by 32% year on year in 2023, to US$41 billion" in en
    assert "[not translated]" in en or "[translation missing]" in en or "untranslated" in en.lower() or "[no translation]" in en.lower()


def test_a_promised_grant_is_not_said_as_given(own_notes):
    _, notes = own_notes
    assert "грант Китая на развитие торговой инфраструктуры в размере 100 млн юаней" in notes["trade_ru"]
    assert "редоставлен грант Китая" not in notes["trade_ru"]
    assert "China's grant for trade infrastructure (CNY 100 million) is planned" in notes["trade_en"]
    assert "жоспарлануда" in notes["trade_kk"] and "гранты (100 млн юань) берілді" not in notes["trade_kk"]


def test_own_dossier_title_in_every_language(own_notes):
    _, notes = own_notes
    assert "China" in notes["trade_en"].split("Purpose")[0]
    assert "казахстанско-китайском" not in notes["trade_en"]
    assert "Қытай" in notes["trade_kk"].split("Мақсаты")[0]


# ------------------------------------------------------ titles accepted from extraction as the source wrote them
CLAUSE_DOSSIER = {
    "dossier.yaml": """
        subject: {ru: сотрудничестве России и Беларуси}
        parties: [Россия, Беларусь]
    """,
    "sources.yaml": """
        - id: s1
          file: texts/s1.txt
          title: Кремль выделяет кредит
          language: ru
          date: "2021"
          date_basis: stated
    """,
    "texts/s1.txt": "Россия выделит Беларуси кредит в 105 миллиардов российских рублей (около 1,5 миллиарда долларов).",
    "facts/f.yaml": """
        - id: grant-s1
          kind: grant
          title: {ru: Россия выделит Беларуси кредит в 105 миллиардов российских рублей}
          topics: [finance]
          parties: [Россия, Беларусь]
          value: {amount: 1500000000, currency: USD, qualifier: about}
          evidence:
            - source: s1
              quote: Россия выделит Беларуси кредит в 105 миллиардов российских рублей (около 1,5 миллиарда долларов)
    """,
}


def _finance_note(tmp_path, files: dict) -> str:
    """The text of the finance note made from a dossier of these files."""
    dossier = tmp_path / "dossier"
    for rel, text in files.items():
        path = dossier / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(textwrap.dedent(text).strip() + "\n", encoding="utf-8")
    run_cli("make", "--dossier", dossier, "--topic", "finance", "--out", tmp_path / "out", "--format", "pdf",
            check=True)
    return squash(pdf_text(tmp_path / "out" / "finance_ru.pdf"))


def test_a_title_that_is_the_sources_sentence_is_said_as_written(tmp_path):
    text = _finance_note(tmp_path, CLAUSE_DOSSIER)
    # no verb of ours before the source's own sentence («Предоставлен Россия выделит …»)
    assert "Россия выделит Беларуси кредит в 105 миллиардов российских рублей: около 1,5 млрд" in text
    assert not re.search(r"[Пп]редоставлен\w* Россия", text)
    assert "Выражаем признательность за выделенные средства" in text


PLAN_CLAUSE_DOSSIER = {
    "dossier.yaml": """
        subject: {ru: сотрудничестве Армении и Европейского союза}
        parties: [Армения, Европейский союз]
    """,
    "sources.yaml": """
        - id: s1
          file: texts/s1.txt
          title: ЕС выделит Армении гранты
          language: ru
          date: "2024-04-05"
          date_basis: stated
    """,
    "texts/s1.txt": "Европейский союз намерен выделить грантовую поддержку Армении на сумму €270 млн евро.",
    "facts/f.yaml": """
        - id: plan-s1
          kind: statement
          status: planned
          title: {ru: Европейский союз намерен выделить грантовую поддержку Армении}
          topics: [finance]
          parties: [Армения, Европейский союз]
          value: {amount: 270000000, currency: EUR}
          evidence:
            - source: s1
              quote: Европейский союз намерен выделить грантовую поддержку Армении на сумму €270 млн евро
    """,
}


def test_a_plan_whose_title_is_the_sources_sentence_is_said_as_written(tmp_path):
    text = _finance_note(tmp_path, PLAN_CLAUSE_DOSSIER)
    assert "стороны наметили" not in text
    # the union's name keeps its capital inside a sentence of ours
    assert "европейский союз" not in text and "Европейский союз намерен выделить грантовую поддержку Армении" in text


def test_an_event_accepted_as_the_sources_sentence_is_said_as_written(own_notes):
    _, notes = own_notes
    ru = notes["trade_ru"]
    assert re.search(r"[Дд]елегация Синьцзяна посетила торговые центры Алматы", ru)
    assert not re.search(r"состоял\w* [Дд]елегация Синьцзяна", ru)
    # (a preposition opening it is lowered after the date: «В феврале 2024 г. в Алматы состоялся …»)
    assert re.search(r"2024 г\. в Алматы состоялся торговый форум", ru)
