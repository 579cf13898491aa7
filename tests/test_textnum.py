"""briefing.textnum: numbers a reader can find in Russian and Kazakh text."""
from decimal import Decimal as D

import pytest

from briefing.textnum import contains_number, numbers_in


def has(text, *values, lang=None):
    found = numbers_in(text, lang=lang)
    return all(D(str(v)) in found for v in values)


@pytest.mark.parametrize("text, values", [
    # digits, decimal comma or point, grouped thousands
    ("25 352 121", [25352121]),
    ("25\u00a0352\u00a0121", [25352121]),
    ("25\u202f352\u202f121", [25352121]),
    ("товарооборот 1,2 млрд", [D("1.2")]),
    ("рост на 3.5 пункта", [D("3.5")]),
    ("18,6%", [D("18.6")]),
    ("18,6 %", [D("18.6")]),
    ("1,200,000 tonnes", [1200000]),
    ("05.06.2025", [5, 6, 2025]),
    ("в 2015 году", [2015]),
    ("ЭКСПО-2017", [2017]),
    ("2015–2016 гг.", [2015, 2016]),
    # scale words: both the bare and the scaled value
    ("52,5 млн.", [D("52.5"), 52500000]),
    ("1,2 миллиарда", [D("1.2"), 1200000000]),
    ("698 млн. долларов", [698, 698000000]),
    ("1 млрд.", [1, 1000000000]),
    ("635,2 миллиона", [D("635.2"), 635200000]),
    ("115 млн тонн", [115, 115000000]),
    ("5 тыс. человек", [5, 5000]),
    ("10 тысяч", [10, 10000]),
    ("3 трлн тенге", [3, 3 * 10**12]),
    ("2,5 млрд АҚШ доллары", [D("2.5"), 2500000000]),
    ("5 мың адам", [5, 5000]),
    ("3 миллиардқа", [3, 3000000000]),
    ("2 миллионнан астам", [2, 2000000]),
    ("US$1.2 billion", [D("1.2"), 1200000000]),
    # Kazakh hyphen suffixes
    ("18,6%-ға", [D("18.6")]),
    ("25-ке", [25]),
    ("1,2 млрд-қа", [D("1.2"), 1200000000]),
    # Russian numerals in words, any case and gender
    ("один проект", [1]), ("одна страна", [1]), ("одного соглашения", [1]), ("одному", [1]), ("одной", [1]),
    ("два", [2]), ("две", [2]), ("двух", [2]), ("двум", [2]), ("двумя", [2]),
    ("три", [3]), ("трех", [3]), ("трёх", [3]), ("трем", [3]), ("тремя", [3]),
    ("четыре", [4]), ("четырех", [4]), ("четырем", [4]), ("четырьмя", [4]),
    ("пять", [5]), ("пяти", [5]), ("шестью", [6]), ("семи", [7]), ("восьми", [8]), ("девятью", [9]),
    ("десять", [10]), ("одиннадцати", [11]), ("девятнадцать", [19]),
    ("двадцать", [20]), ("тридцати", [30]), ("сорока", [40]), ("пятидесяти", [50]), ("шестьдесят", [60]),
    ("семьюдесятью", [70]), ("восьмидесяти", [80]), ("девяноста", [90]),
    ("сто", [100]), ("двухсот", [200]), ("тремстам", [300]), ("четырехсот", [400]), ("пятьсот", [500]),
    ("шестистах", [600]), ("семьюстами", [700]), ("восьмисот", [800]), ("девятьсот", [900]),
    ("тысяча", [1000]), ("тысячу", [1000]), ("более миллиона", [1000000]),
    ("двадцать пять", [25]),
    ("двести сорок три", [243]),
    ("две тысячи пятнадцать", [2015]),
    ("пятьсот двадцать три тысячи сто", [523100]),
    ("более четырех миллиарда", [4, 4000000000]),
    ("к двум миллиардам", [2, 2000000000]),
    ("три проекта", [3]),
    ("полтора миллиарда", [D("1.5"), 1500000000]),
    ("полторы тысячи", [1500]),
    ("пять тысячам", [5000]),
    ("семи миллионами", [7000000]),
    ("двенадцать миллиардов", [12000000000]),
    # Kazakh numerals in words
    ("бір", [1]), ("екі", [2]), ("үш", [3]), ("төрт", [4]), ("алты", [6]), ("жеті", [7]), ("сегіз", [8]),
    ("тоғыз", [9]), ("жиырма", [20]), ("отыз", [30]), ("қырық", [40]), ("елу", [50]), ("алпыс", [60]),
    ("жетпіс", [70]), ("сексен", [80]), ("тоқсан", [90]), ("мың", [1000]), ("миллион", [1000000]),
    ("миллиард", [1000000000]),
    ("екіге", [2]), ("үшке", [3]), ("төртке", [4]), ("миллиардқа", [1000000000]),
    ("миллиардтан", [1000000000]), ("миллионға", [1000000]), ("мыңнан", [1000]),
    ("бір жарым миллиард", [D("1.5"), 1500000000]),
    ("миллиард жарым", [1500000000]),
    ("жиырма бес", [25]),
    ("он бес", [15]),
    ("екі мың он бес", [2015]),
    ("бес жүз", [500]),
    ("екі жүз елу", [250]),
    ("жүз мың", [100000]),
    ("он миллион", [10000000]),
    ("бес миллиардтан астам", [5000000000]),
    ("оннан астам", [10]),
    ("үш жарым мың", [3500]),
    ("3 с половиной миллиона", [D("3.5"), 3500000]),
    ("три с половиной тысячи", [3500]),
    ("двадцать три с половиной миллиарда", [23500000000]),
])
def test_finds(text, values):
    assert has(text, *values), (text, sorted(numbers_in(text)))


@pytest.mark.parametrize("text, value", [
    ("стратегии", 3),          # «три» inside a word
    ("стратегии развития", 3),
    ("он сказал", 10),         # Russian pronoun
    ("он бесконечно", 10),
    ("он три года работал", 10),
    ("Он", 10),
    ("она", 10),
    ("онда", 10),              # Kazakh «there»
    ("оны", 10),               # Kazakh «him/it»
    ("бес", 5),                # alone: ambiguous without lang="kk"
    ("жүз", 100),
    ("бірге жұмыс", 1),        # «together»
    ("бірден", 1),             # «at once»
    ("сотни тысяч", 1000),     # a plural scale word is not a figure
    ("миллионы людей", 1000000),
    ("тысячи", 1000),
    ("семинар", 7),
    ("двадцатый", 20),         # ordinals are not read
    ("стоимость", 100),
    ("пятерка", 5),
    ("трехсторонний", 3),
    ("мыңдаған", 1000),
    ("1,2 млрд", 12),
])
def test_does_not_find(text, value):
    assert not contains_number(text, value), (text, sorted(numbers_in(text)))


def test_lang_kk_accepts_ambiguous_words():
    assert contains_number("бес", 5, lang="kk")
    assert contains_number("он", 10, lang="kk")
    assert contains_number("жүз", 100, lang="kk")
    assert not contains_number("он", 10, lang="ru")


def test_lang_ru_ignores_kazakh_words():
    assert not contains_number("үш", 3, lang="ru")
    assert contains_number("три", 3, lang="ru")
    assert contains_number("1,2 млрд", 1200000000, lang="ru")


def test_normalised_and_absolute():
    assert D("1.20") in numbers_in("1,2")
    assert contains_number("рост на 18,6%", D("-18.6"))
    assert contains_number("1,20", "1.2")
    assert contains_number("1,2 млрд", 1.2e9)
    assert contains_number("1,2", 1.2)
    assert contains_number("25 352 121", "25352121")
    assert contains_number("спад на 5%", -5)
    for d in numbers_in("1 млрд и 20,50"):
        assert d == d.normalize() or d == d.to_integral_value()
        assert "E" not in str(d)


def test_running_text():
    text = ("В 2024 году товарооборот между Республикой Казахстан и Японией составил 1,2 млрд долл. США, "
            "что на 18,6% больше, чем годом ранее; японские компании реализуют три проекта стоимостью "
            "более четырех миллиардов долларов, к 2030 году — до полутора миллиардов.")
    found = numbers_in(text)
    for v in (2024, D("1.2"), 1200000000, D("18.6"), 3, 4, 4000000000, 2030, 1500000000):
        assert D(str(v)) in found, v
    kk = ("2024 жылы Қазақстан мен Жапония арасындағы тауар айналымы 1,2 млрд АҚШ долларын құрады, бұл "
          "18,6%-ға артық; үш жоба, жиырма бес келісім, бір жарым миллиардқа дейін.")
    found = numbers_in(kk)
    for v in (2024, D("1.2"), 1200000000, D("18.6"), 3, 25, 1500000000):
        assert D(str(v)) in found, v
    assert D(10) not in found


def test_empty_and_bad_values():
    assert numbers_in("") == set()
    assert numbers_in("нет чисел") == set()
    with pytest.raises(ValueError):
        contains_number("5", "пять")


def test_returns_a_fresh_set():
    a = numbers_in("5")
    a.add(D(7))
    assert D(7) not in numbers_in("5")


def test_single_comma_group_depends_on_language():
    assert numbers_in("1,234", lang="ru") == {D("1.234")}
    assert numbers_in("1,234", lang="kk") == {D("1.234")}
    assert numbers_in("US$5,000", lang="en") == {D(5000)}
    assert numbers_in("1,234") == {D("1.234"), D(1234)}
    assert contains_number("US$1,234 million", 1234000000, lang="en")
    assert numbers_in("1,2") == {D("1.2")}          # not three digits: always a decimal
    assert numbers_in("1,2345") == {D("1.2345")}


@pytest.mark.parametrize("text, lang, value", [
    ("грант на сумму 1 млрд 87 млн японских иен", "ru", "1087000000"),
    ("Жалпы құны 3 млрд 100 мың доллар", "kk", "3000100000"),
    ("1 миллиард 200 миллионов долларов", "ru", "1200000000"),
])
def test_a_figure_in_parts_of_falling_scale_is_their_sum(text, lang, value):
    assert contains_number(text, D(value), lang)


def test_parts_of_rising_or_unrelated_scale_are_not_summed():
    assert not contains_number("2 млрд долларов, 300 млн евро", D("2300000000"), "ru")
    assert not contains_number("5 млн 3 млрд", D("3005000000"), "ru")
    assert contains_number("1 млрд 87 млн японских иен", D("87000000"), "ru")    # each part still reads


def test_a_run_of_forty_digits_is_read_without_failing():
    # an identifier in a page's link («…/010020070780000000000000011154691370677621»): too long for a figure,
    # never a reason to fail reading the page
    from briefing.extract.pipeline import extract_candidates
    text = "Кредит на 50 млн долларов выделен Таджикистану.\n010020070780000000000000011154691370677621\n"
    cands = extract_candidates(text, "ru", 2024, [])
    assert any(c.value and c.value.get("amount") == 50_000_000 for c in cands)
