"""natasha's money and date parsers are given only the sentences that can hold what their grammars match:
what they find in a sentence is the same with the filter as without it."""
from __future__ import annotations

import sys

import pytest

from conftest import ROOT

sys.path.insert(0, str(ROOT))
from briefing.extract import dates, quantities  # noqa: E402
from briefing.extract.nlp import natasha  # noqa: E402

SENTENCES = [
    "Сделка оценивается в 5 млн рублей.", "Билет стоит 300 р. в кассе.", "Цена — 100 ₽.", "Оплата 30 евро.",
    "Кредит на $2,5 млрд.", "Выплачено 15 долларов США и 20 центов.", "Всего 1 500 руб. 50 коп.",
    "Встреча прошла 05.06.16 в Москве.", "Договор от 5 . 6 . 2016 г.", "В 1812 г. армия вошла в город.",
    "Это было в 2015 году.", "Прошло 25 лет с 1991 года.", "21 мая в Астане.", "В марте 1998 года.",
    "С 12 по 14 Декабря 2020 года.", "Подписано 5 соглашений.", "Министр встретился с послом.",
    "В Японии работают 30 компаний.", "Запуск намечен на 2 квартал.",
]


@pytest.mark.parametrize("text", SENTENCES)
def test_natasha_sees_every_sentence_it_could_match(text):
    tools = natasha()
    if list(tools.dates(text)):
        assert dates._DIGIT.search(text) and dates._NATASHA_HINT.search(text)
    if list(tools.money(text)):
        assert quantities._DIGIT.search(text) and quantities._CURRENCY_HINT.search(text)


def test_the_sentences_hold_what_natasha_finds():
    tools = natasha()
    assert sum(1 for t in SENTENCES if list(tools.dates(t))) >= 8
    assert sum(1 for t in SENTENCES if list(tools.money(t))) >= 6
