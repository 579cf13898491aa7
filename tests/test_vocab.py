"""The vocabulary and the language registry: every language of briefing/vocab.py has its module
(briefing/lang/<code>.py), its label catalogue (templates/lang/<code>.yaml, with the keys of ru.yaml) and
fonts that draw its catalogue; and nothing else in the package lists the vocabulary again."""
from __future__ import annotations

import re
from datetime import date
from pathlib import Path
from typing import get_args

import pytest

from briefing import resources, vocab
from briefing.compose.catalog import catalog, style
from briefing.dossier import schema
from briefing.errors import UsageError
from briefing.lang import Language, check_lang, language
from briefing.writers.common import check_coverage

TEMPLATES = resources.templates()


def _keys(data: dict, prefix: str = "") -> set[str]:
    """Every key of a catalogue, nested ones as `a.b`."""
    out = set()
    for key, value in data.items():
        out.add(prefix + key)
        if isinstance(value, dict):
            out |= _keys(value, f"{prefix}{key}.")
    return out


def _texts(value) -> list[str]:
    if isinstance(value, dict):
        return [t for v in value.values() for t in _texts(v)]
    if isinstance(value, list):
        return [t for v in value for t in _texts(v)]
    return [str(value)]


@pytest.mark.parametrize("code", vocab.LANGS)
def test_each_language_has_its_module(code):
    words = language(code)
    assert isinstance(words, Language) and words.code == code
    assert str(words.locale) == vocab.LANGUAGES[code].locale
    # it writes what a note needs
    assert words.amount(1_200_000_000, "USD") and words.amount(30, unit="day", qualifier="over")
    assert words.period(date(2015, 1, 1), date(2016, 12, 31)) and words.date(date(2025, 6, 5))
    assert check_lang(code) == code


@pytest.mark.parametrize("code", vocab.LANGS)
def test_each_language_has_a_catalogue_with_every_label(code):
    labels = catalog(TEMPLATES, code)
    assert _keys(labels) == _keys(catalog(TEMPLATES, "ru"))
    assert set(labels["languages"]) <= set(vocab.LANGS)        # a source's language: the phrase, else CLDR's name
    assert all(language(code).language_name(other) for other in vocab.LANGS)
    assert set(labels["status"]) == set(vocab.STATUSES)
    assert set(labels["count_qualifiers"]) == set(vocab.QUALIFIERS)
    assert set(vocab.COUNTED) <= set(labels["count_nouns"])
    for forms in labels["count_nouns"].values():
        assert 1 <= len(forms) <= len(language(code).categories)


@pytest.mark.parametrize("code", vocab.LANGS)
def test_fonts_draw_each_catalogue(code):
    check_coverage("\n".join(_texts(catalog(TEMPLATES, code))), style(TEMPLATES))


def test_no_catalogue_for_a_language_outside_the_vocabulary():
    shipped = {p.stem for p in (TEMPLATES / "lang").glob("*.yaml")}
    assert shipped == set(vocab.LANGS)


def test_unknown_language():
    with pytest.raises(ValueError, match="unknown language 'fr'"):
        language("fr")
    with pytest.raises(UsageError, match="--lang: unknown language 'fr'; choose one of ru, kk, en"):
        check_lang("fr")


def test_schema_is_built_from_the_vocabulary():
    assert set(schema.Localized.model_fields) == set(vocab.LANGS)
    assert get_args(schema.Lang) == vocab.LANGS
    assert get_args(schema.Kind) == tuple(vocab.KINDS)
    assert get_args(schema.Status) == vocab.STATUSES
    assert get_args(schema.Qualifier) == vocab.QUALIFIERS
    assert get_args(schema.Counted) == vocab.COUNTED


def test_the_vocabulary_is_listed_once():
    """No module but vocab.py spells out the languages, statuses or currencies again."""
    package = Path(vocab.__file__).parent
    lists = [re.escape(", ".join(f'"{v}"' for v in values[:3]))
             for values in (vocab.LANGS, tuple(vocab.KINDS), vocab.STATUSES, vocab.CURRENCIES, vocab.UNITS,
                           vocab.QUALIFIERS, vocab.COUNTED)]
    pattern = re.compile("|".join(lists))
    repeated = [f"{path.relative_to(package)}:{n}" for path in package.rglob("*.py") if path.name != "vocab.py"
                for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1) if pattern.search(line)]
    assert repeated == []
