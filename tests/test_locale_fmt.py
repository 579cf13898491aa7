"""briefing.lang: numbers, amounts, percents and dates per language, through babel/CLDR."""
from datetime import date
from decimal import Decimal as D

import pytest

from briefing.lang import (
    GROUP_SEP, NBSP, format_amount, format_date, format_fuzzy, format_number, format_percent,
    format_period, language,
)
from briefing.lang.kk import with_case as kk_case, with_suffix as kk_suffix
from briefing.textnum import contains_number


def plain(text: str) -> str:
    """Spaces made visible-neutral: the no-break spaces become ordinary ones for comparison."""
    return text.replace(NBSP, " ").replace(GROUP_SEP, " ")


# ---------------------------------------------------------------- numbers
@pytest.mark.parametrize("value, lang, expected", [
    (25352121, "ru", "25\u202f352\u202f121"),
    (25352121, "kk", "25\u202f352\u202f121"),
    (25352121, "en", "25,352,121"),
    (D("1.2"), "ru", "1,2"),
    (D("1.20"), "ru", "1,2"),
    (D("1.20"), "kk", "1,2"),
    (D("1.20"), "en", "1.2"),
    (D("1200.50"), "ru", "1\u202f200,5"),
    (D("1E+3"), "ru", "1\u202f000"),
    (1.5, "en", "1.5"),
    ("635.2", "ru", "635,2"),
    (D("1.23456"), "en", "1.23456"),
    (-5, "ru", "-5"),
])
def test_format_number(value, lang, expected):
    assert format_number(value, lang) == expected


def test_group_separator_is_narrow_nbsp_only():
    text = format_number(1234567, "ru")
    assert "\u00a0" not in text and " " not in text and GROUP_SEP in text


@pytest.mark.parametrize("value, lang, expected", [
    (D("18.6"), "ru", "18,6%"), (D("18.6"), "kk", "18,6%"), (D("18.6"), "en", "18.6%"), (5, "ru", "5%"),
    (D("18.60"), "en", "18.6%"),
])
def test_format_percent(value, lang, expected):
    assert format_percent(value, lang) == expected


# ---------------------------------------------------------------- amounts
B = 10**9
M = 10**6


@pytest.mark.parametrize("args, kwargs, expected", [
    # Russian
    ((698 * M, "ru", "USD"), {}, "698 млн долл. США"),
    ((D("1.2") * B, "ru", "USD"), {}, "1,2 млрд долл. США"),
    ((D("52.5") * M, "ru", "USD"), {}, "52,5 млн долл. США"),
    ((D("635.2") * M, "ru", "USD"), {}, "635,2 млн долл. США"),
    ((9 * B, "ru", "USD"), {"qualifier": "about"}, "около 9 млрд долл. США"),
    ((4 * B, "ru", "USD"), {"qualifier": "over"}, "более 4 млрд долл. США"),
    ((2 * B, "ru", "USD"), {"qualifier": "nearly"}, "почти 2 млрд долл. США"),
    ((2 * B, "ru", "USD"), {"qualifier": "under"}, "менее 2 млрд долл. США"),
    ((2 * B, "ru", "USD"), {"qualifier": "around"}, "порядка 2 млрд долл. США"),
    ((30, "ru"), {"unit": "day", "qualifier": "up_to"}, "до 30 дней"),
    ((2, "ru"), {"unit": "day", "qualifier": "up_to"}, "до 2 дней"),
    ((1, "ru"), {"unit": "day", "qualifier": "up_to"}, "до 1 дня"),
    ((2, "ru"), {"unit": "day", "qualifier": "nearly"}, "почти 2 дня"),
    ((1, "ru"), {"unit": "day"}, "1 день"),
    ((2, "ru"), {"unit": "day"}, "2 дня"),
    ((5, "ru"), {"unit": "day"}, "5 дней"),
    ((21, "ru"), {"unit": "day"}, "21 день"),
    ((30, "ru"), {"unit": "day"}, "30 дней"),
    ((D("1.5"), "ru"), {"unit": "day"}, "1,5 дня"),
    ((5 * B, "ru", "KZT"), {}, "5 млрд тенге"),
    ((3 * B, "ru", "JPY"), {}, "3 млрд иен"),
    ((2 * M, "ru", "EUR"), {}, "2 млн евро"),
    ((5 * B, "ru", "RUB"), {}, "5 млрд руб."),
    ((5 * B, "ru", "CNY"), {}, "5 млрд юаней"),
    ((5000, "ru", "KZT"), {}, "5 тыс. тенге"),
    ((115 * M, "ru"), {"unit": "t"}, "115 млн т"),
    ((115 * M, "ru"), {"unit": "t/year"}, "115 млн т в год"),
    ((250, "ru"), {"unit": "km"}, "250 км"),
    ((1200, "ru"), {"unit": "MW"}, "1 200 МВт"),
    ((1500, "ru"), {"unit": "person"}, "1,5 тыс. чел."),
    ((25352121, "ru", "USD"), {}, "25 352 121 долл. США"),
    ((D("1.234") * B, "ru", "USD"), {}, "1 234 млн долл. США"),
    ((4 * B, "ru"), {"qualifier": "over"}, "более 4 млрд"),
    ((3 * 10**12, "ru", "KZT"), {}, "3 трлн тенге"),
    # Kazakh
    ((D("1.2") * B, "kk", "USD"), {}, "1,2 млрд АҚШ доллары"),
    ((698 * M, "kk", "USD"), {}, "698 млн АҚШ доллары"),
    ((9 * B, "kk", "USD"), {"qualifier": "about"}, "шамамен 9 млрд АҚШ доллары"),
    ((4 * B, "kk", "USD"), {"qualifier": "over"}, "4 млрд АҚШ долларынан астам"),
    ((2 * B, "kk", "USD"), {"qualifier": "nearly"}, "2 млрд АҚШ долларына жуық"),
    ((2 * B, "kk", "USD"), {"qualifier": "under"}, "2 млрд АҚШ долларынан кем"),
    ((30, "kk"), {"unit": "day", "qualifier": "up_to"}, "30 күнге дейін"),
    ((30, "kk"), {"unit": "day"}, "30 күн"),
    ((5 * B, "kk", "KZT"), {}, "5 млрд теңге"),
    ((5 * B, "kk", "KZT"), {"qualifier": "over"}, "5 млрд теңгеден астам"),
    ((3 * B, "kk", "JPY"), {}, "3 млрд иена"),
    ((115 * M, "kk"), {"unit": "t"}, "115 млн тонна"),
    ((115 * M, "kk"), {"unit": "t/year"}, "жылына 115 млн тонна"),
    ((30, "kk"), {"qualifier": "over"}, "30-дан астам"),
    ((4 * B, "kk"), {"qualifier": "over"}, "4 млрд-тан астам"),
    ((25, "kk"), {"qualifier": "nearly"}, "25-ке жуық"),
    # English
    ((D("1.2") * B, "en", "USD"), {}, "US$1.2 billion"),
    ((698 * M, "en", "USD"), {}, "US$698 million"),
    ((9 * B, "en", "USD"), {"qualifier": "about"}, "about US$9 billion"),
    ((4 * B, "en", "USD"), {"qualifier": "over"}, "over US$4 billion"),
    ((2 * B, "en", "USD"), {"qualifier": "nearly"}, "nearly US$2 billion"),
    ((2 * B, "en", "USD"), {"qualifier": "under"}, "under US$2 billion"),
    ((30, "en"), {"unit": "day", "qualifier": "up_to"}, "up to 30 days"),
    ((5 * B, "en", "KZT"), {}, "KZT 5 billion"),
    ((3 * B, "en", "JPY"), {}, "¥3 billion"),
    ((2 * M, "en", "EUR"), {}, "€2 million"),
    ((115 * M, "en"), {"unit": "t/year"}, "115 million tonnes a year"),
    ((1, "en"), {"unit": "day"}, "1 day"),
    ((30, "en"), {"unit": "day"}, "30 days"),
    ((1, "en"), {"unit": "t"}, "1 tonne"),
    ((25000, "en"), {"unit": "t"}, "25,000 tonnes"),
    ((25352121, "en", "USD"), {}, "US$25,352,121"),
    ((1500, "en"), {"unit": "person"}, "1,500 people"),
])
def test_format_amount(args, kwargs, expected):
    assert plain(format_amount(*args, **kwargs)) == expected


def test_amount_spaces():
    ru = format_amount(D("1.2") * B, "ru", "USD")
    assert ru == "1,2\u00a0млрд\u00a0долл.\u00a0США"
    assert format_amount(5000, "ru", "KZT") == "5\u00a0тыс.\u00a0тенге"
    assert format_amount(9 * B, "ru", "USD", qualifier="about").startswith("около ")
    assert format_amount(30, "ru", unit="day", qualifier="up_to") == "до\u00a030\u00a0дней"
    assert format_amount(25352121, "ru", "USD").startswith("25\u202f352\u202f121\u00a0")
    assert format_amount(D("1.2") * B, "en", "USD") == "US$1.2\u00a0billion"


def test_million_and_billion_take_no_full_stop():
    for value in (D("1.2") * B, 698 * M, 3 * 10**12):
        text = format_amount(value, "ru", "USD")
        assert "млн." not in text and "млрд." not in text and "трлн." not in text


def test_amount_errors():
    with pytest.raises(ValueError):
        format_amount(5, "de", "USD")
    with pytest.raises(ValueError):
        format_amount(5, "ru", unit="furlong")
    with pytest.raises(ValueError):
        format_amount(5, "ru", qualifier="maybe")
    with pytest.raises(ValueError):
        format_amount(5, "ru", "USD", unit="t")


@pytest.mark.parametrize("lang", ["ru", "kk", "en"])
@pytest.mark.parametrize("value", [698 * M, D("1.2") * B, D("52.5") * M, D("635.2") * M, 25352121, 5000,
                                   D("18.6"), 115 * M, 3 * 10**12, D("1.234") * B, 7])
def test_written_amounts_are_read_back(lang, value):
    """What briefing.lang writes, textnum reads back."""
    text = format_amount(value, lang, "USD", qualifier="over")
    assert contains_number(text, value, lang=lang), text
    assert contains_number(format_number(value, lang), value, lang=lang)
    assert contains_number(format_percent(value, lang), value, lang=lang)


# ---------------------------------------------------------------- dates
@pytest.mark.parametrize("d, lang, precision, expected", [
    (date(2025, 6, 5), "ru", "day", "5 июня 2025 г."),
    (date(2015, 10, 1), "ru", "month", "октябрь 2015 г."),
    (date(2015, 1, 1), "ru", "year", "2015 г."),
    (date(2025, 6, 5), "kk", "day", "2025 жылғы 5 маусым"),
    (date(2015, 10, 1), "kk", "month", "2015 жылғы қазан"),
    (date(2015, 1, 1), "kk", "year", "2015 жыл"),
    (date(2025, 6, 5), "en", "day", "5 June 2025"),
    (date(2015, 10, 1), "en", "month", "October 2015"),
    (date(2015, 1, 1), "en", "year", "2015"),
    (date(2025, 3, 21), "ru", "day", "21 марта 2025 г."),
    (date(2025, 1, 9), "kk", "day", "2025 жылғы 9 қаңтар"),
])
def test_format_date(d, lang, precision, expected):
    assert plain(format_date(d, lang, precision)) == expected


def test_date_spaces():
    assert format_date(date(2025, 6, 5), "ru", "day") == "5\u00a0июня 2025\u00a0г."
    assert format_date(date(2015, 1, 1), "ru", "year") == "2015\u00a0г."
    assert format_date(date(2025, 6, 5), "ru", "day")[0] == "5"   # no leading zero


@pytest.mark.parametrize("month", range(1, 13))
def test_kazakh_months_lower_case(month):
    text = format_date(date(2025, month, 1), "kk", "month")
    assert text == text.lower()
    text = format_date(date(2025, month, 1), "kk", "day")
    assert text == text.lower()


def test_date_errors():
    with pytest.raises(ValueError):
        format_date(date(2025, 1, 1), "ru", "week")
    with pytest.raises(ValueError):
        format_date(date(2025, 1, 1), "fr", "day")


@pytest.mark.parametrize("start, end, lang, expected", [
    (date(2025, 1, 1), date(2025, 5, 31), "ru", "январь–май 2025 г."),
    (date(2015, 1, 1), date(2016, 12, 31), "ru", "2015–2016 гг."),
    (date(2025, 1, 1), date(2025, 5, 31), "kk", "2025 жылғы қаңтар–мамыр"),
    (date(2015, 1, 1), date(2016, 12, 31), "kk", "2015–2016 жылдар"),
    (date(2025, 1, 1), date(2025, 5, 31), "en", "January–May 2025"),
    (date(2015, 1, 1), date(2016, 12, 31), "en", "2015–2016"),
    # reductions to a single month or year
    (date(2025, 6, 1), date(2025, 6, 30), "ru", "июнь 2025 г."),
    (date(2015, 1, 1), date(2015, 12, 31), "ru", "2015 г."),
    (date(2015, 1, 1), date(2015, 12, 31), "kk", "2015 жыл"),
    (date(2025, 6, 1), date(2025, 6, 30), "en", "June 2025"),
    (date(2025, 6, 5), date(2025, 6, 5), "ru", "5 июня 2025 г."),
    # across years, and day ranges
    (date(2015, 10, 1), date(2016, 5, 31), "ru", "октябрь 2015 г. – май 2016 г."),
    (date(2015, 10, 1), date(2016, 5, 31), "kk", "2015 жылғы қазан – 2016 жылғы мамыр"),
    (date(2015, 10, 1), date(2016, 5, 31), "en", "October 2015 – May 2016"),
    (date(2025, 6, 5), date(2025, 6, 7), "ru", "5–7 июня 2025 г."),
    (date(2025, 6, 5), date(2025, 6, 7), "kk", "2025 жылғы 5–7 маусым"),
    (date(2025, 6, 5), date(2025, 6, 7), "en", "5–7 June 2025"),
    (date(2025, 5, 30), date(2025, 6, 2), "en", "30 May 2025 – 2 June 2025"),
])
def test_format_period(start, end, lang, expected):
    assert plain(format_period(start, end, lang)) == expected


def test_period_errors():
    with pytest.raises(ValueError):
        format_period(date(2025, 5, 1), date(2025, 1, 1), "ru")


def test_format_fuzzy():
    from briefing.dossier.dates import FuzzyDate
    assert plain(format_fuzzy(FuzzyDate.parse("2025-01..2025-05"), "ru")) == "январь–май 2025 г."
    assert plain(format_fuzzy(FuzzyDate.parse("2025-06-05"), "kk")) == "2025 жылғы 5 маусым"
    assert plain(format_fuzzy(FuzzyDate.parse("2015"), "en")) == "2015"
    assert plain(format_fuzzy(FuzzyDate.parse("2015..2016"), "ru")) == "2015–2016 гг."


# ---------------------------------------------------------------- Kazakh suffixes
def test_kk_suffix():
    assert kk_suffix("18,6%", "ға") == "18,6%-ға"
    assert kk_suffix("25", "ке") == "25-ке"
    assert kk_suffix("25", "-ке") == "25-ке"


@pytest.mark.parametrize("figure, case, expected", [
    ("18,6%", "dat", "18,6%-ға"),
    ("25", "dat", "25-ке"),
    ("30", "abl", "30-дан"),
    ("2025", "loc", "2025-те"),
    ("2", "dat", "2-ге"),
    ("3", "dat", "3-ке"),
    ("10", "abl", "10-нан"),
    ("100", "dat", "100-ге"),
    ("1 000", "gen", "1 000-ның"),
    ("4 млрд", "abl", "4 млрд-тан"),
    ("1,2 млн", "dat", "1,2 млн-ға"),
    ("40", "acc", "40-ты"),
    ("6", "ins", "6-мен"),
])
def test_kk_case(figure, case, expected):
    assert kk_case(figure, case) == expected


@pytest.mark.parametrize("n, lang, expected", [
    (1, "ru", "проект"), (21, "ru", "проект"), (2, "ru", "проекта"), (34, "ru", "проекта"),
    (5, "ru", "проектов"), (11, "ru", "проектов"), (12, "ru", "проектов"), (111, "ru", "проектов"),
    (0, "ru", "проектов"), (1, "en", "project"), (0, "en", "projects"), (21, "en", "projects"),
    (1, "kk", "жоба"), (5, "kk", "жоба"),
])
def test_count_nouns_follow_cldr_plural_categories(n, lang, expected):
    forms = {"ru": ["проект", "проекта", "проектов"], "en": ["project", "projects"], "kk": ["жоба"]}[lang]
    assert language(lang).plural_form(n, forms) == expected


@pytest.mark.parametrize("lang, expected", [
    ("ru", ["27\u00a0чешских крон за 1\u00a0евро", "более 1,2\u00a0млрд\u00a0узбекских сумов",
            "300\u00a0долл.\u00a0США за тонну", "1\u00a0чешская крона"]),
    ("en", ["CZK\u00a027 per €1", "over UZS\u00a01.2\u00a0billion", "US$300 per tonne", "CZK\u00a01"]),
    ("kk", ["1\u00a0еуро үшін 27\u00a0Чехия кронасы", "1,2\u00a0млрд\u00a0Өзбекстан сомынан\u00a0астам",
            "1\u00a0тонна үшін 300\u00a0АҚШ\u00a0доллары", "1\u00a0Чехия кронасы"]),
])
def test_any_cldr_currency_and_rates_in_every_language(lang, expected):
    L = language(lang)
    got = [L.amount(27, "CZK", per=(1, "EUR", None)), L.amount(D("1.2e9"), "UZS", qualifier="over"),
           L.amount(300, "USD", per=(1, None, "t")), L.amount(1, "CZK")]
    assert got == expected
