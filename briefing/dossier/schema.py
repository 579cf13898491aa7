"""Declared schemas of the dossier files; pydantic does the checking, `load.py` adds file and line."""
from __future__ import annotations

from decimal import Decimal
from functools import cached_property
from typing import Literal, Optional, Union

from pydantic import BaseModel, ConfigDict, Field, create_model, field_validator, model_validator

from ..vocab import (COUNTED, CURRENCIES, DOCUMENT_LEVELS, KINDS, LANGS, MODALITIES, QUALIFIERS, STATUS_MODALITY,
                     STATUSES, UNITS)
from .dates import FuzzyDate

Lang = Literal[LANGS]
Kind = Literal[tuple(KINDS)]
Status = Literal[STATUSES]
Qualifier = Literal[QUALIFIERS]
Counted = Literal[COUNTED]
Modality = Literal[tuple(MODALITIES)]
DocumentLevel = Literal[tuple(DOCUMENT_LEVELS)]


def _fuzzy_date(v):
    if v is None:
        return v
    v = str(v)
    FuzzyDate.parse(v)
    return v


class Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class _Texts(Strict):
    """A text in some of the vocabulary's languages (`Localized` has a field for each)."""

    @model_validator(mode="after")
    def _one_at_least(self):
        if not any(getattr(self, lang) for lang in LANGS):
            raise ValueError(f"give the text in at least one of {', '.join(LANGS)}")
        for lang in LANGS:
            text = getattr(self, lang)
            if text is not None and not text.strip():
                raise ValueError(f"{lang}: empty text")
        return self

    def get(self, lang: str) -> Optional[str]:
        return getattr(self, lang, None)


Localized = create_model("Localized", __base__=_Texts, __module__=__name__,
                         **{lang: (Optional[str], None) for lang in LANGS})


def _measure_known(currency, unit):
    if currency is None and unit is None:
        raise ValueError("give a currency or a unit")
    if currency is not None and unit is not None:
        raise ValueError("give a currency or a unit, not both")
    if currency is not None and currency not in CURRENCIES:
        raise ValueError(f"unknown currency {currency!r}: not an ISO 4217 code in tender (CLDR)")
    if unit is not None and unit not in UNITS:
        raise ValueError(f"unknown unit {unit!r}; known: {', '.join(UNITS)}")


class Per(Strict):
    """What a rate or a price is per: «27 крон за 1 евро» (1 EUR), «250 долларов за 1000 кубометров» (1000 m3)."""
    amount: Decimal = Field(default=Decimal(1), gt=0, lt=Decimal("1e15"))
    currency: Optional[str] = None
    unit: Optional[str] = None

    @model_validator(mode="after")
    def _currency_or_unit(self):
        _measure_known(self.currency, self.unit)
        return self


class Value(Strict):
    amount: Decimal = Field(gt=0, lt=Decimal("1e15"))
    currency: Optional[str] = None
    unit: Optional[str] = None
    qualifier: Optional[Qualifier] = None
    # A rate or a price per unit: the amount is per this, not a sum.
    per: Optional[Per] = None

    @field_validator("amount", mode="before")
    @classmethod
    def _no_float_noise(cls, v):
        if isinstance(v, bool):
            raise ValueError("expected a number")
        if isinstance(v, float):
            if v != v or v in (float("inf"), float("-inf")):
                raise ValueError("not a finite number")
            return Decimal(repr(v))
        return v

    @model_validator(mode="after")
    def _currency_or_unit(self):
        _measure_known(self.currency, self.unit)
        return self


class Evidence(Strict):
    source: str
    quote: str = Field(min_length=8)
    # The figure as this source gives it, when sources differ («порядка 9 млрд» in one, «более 9 млрд» in
    # another): one fact, each source's figure beside its quote. Without it the source gives the fact's value.
    value: Optional[Value] = None


class Person(Strict):
    name: Localized
    post: Localized
    # When the person held the post: the post is printed with its year once the note is later. Default: the
    # date of the newest source that names them.
    as_of: Optional[str] = None

    _as_of_date = field_validator("as_of", mode="before")(classmethod(lambda cls, v: _fuzzy_date(v)))


class Attribution(Strict):
    """Who said it: a person fact of the dossier (post and name), or a party («Казахстан выразил готовность»)."""
    person: Optional[str] = None
    party: Optional[str] = None

    @model_validator(mode="after")
    def _one(self):
        if (self.person is None) == (self.party is None):
            raise ValueError("give `person` (a person fact's id) or `party`, one of them")
        return self


class Fact(Strict):
    id: str = Field(pattern=r"^[a-z0-9][a-z0-9_.-]{0,79}$")
    kind: Kind
    title: Localized
    date: Optional[str] = None
    topics: list[str] = Field(min_length=1)
    parties: list[str] = []
    value: Optional[Value] = None
    count: Optional[int] = Field(default=None, ge=0, lt=10**9)
    count_qualifier: Optional[Qualifier] = None   # «около 60 компаний»
    counted: Optional[Counted] = None  # what `count` counts
    percent: Optional[Decimal] = Field(default=None, ge=-1000, le=100000)
    indicator: Optional[str] = Field(default=None, pattern=r"^[a-z][a-z0-9_]*$")
    # The period a figure covers («январь–май 2025») when it is not the fact's date, and the period `percent`
    # compares with («тот же период 2024 г.»): a level and its change are one fact, never "the fall".
    period: Optional[str] = None
    base: Optional[str] = None
    status: Optional[Status] = None
    modality: Optional[Modality] = None
    attribution: Optional[Attribution] = None
    claim: Optional[Localized] = None          # what was said, as a clause, when the title is only its topic
    level: Optional[DocumentLevel] = None      # a signed document's level; its signatories are `parties`
    # The event or fact this one belongs to (contracts signed at a forum, the causes of a decline): the note
    # says them in one sentence with it.
    part_of: Optional[str] = Field(default=None, pattern=r"^[a-z0-9][a-z0-9_.-]{0,79}$")
    person: Optional[Person] = None
    evidence: list[Evidence] = Field(min_length=1)

    _dates = field_validator("date", "period", "base", mode="before")(classmethod(lambda cls, v: _fuzzy_date(v)))

    @model_validator(mode="after")
    def _kind_rules(self):
        if self.kind == "person" and self.person is None:
            raise ValueError("a person fact needs `person` (name and post)")
        if self.kind == "project" and self.status is None:
            raise ValueError("a project needs a status")
        if self.base is not None and self.percent is None:
            raise ValueError("`base` is the period a change compares with: it needs `percent`")
        if self.level is not None and self.kind != "agreement":
            raise ValueError("`level` is a signed document's: only an agreement has one")
        if any(e.value is not None for e in self.evidence) and self.value is None:
            raise ValueError("a figure per source (evidence[].value) needs the fact's own `value` too")
        return self

    @cached_property
    def mode(self) -> str:
        """The fact's modality: as given, else read from its status and kind."""
        if self.modality:
            return self.modality
        if self.status:
            return STATUS_MODALITY[self.status]
        return "planned" if self.kind == "plan" else "done"

    @cached_property
    def figures(self) -> tuple[tuple[str, "Value"], ...]:
        """(source id, the value it gives) for every source, the fact's value where a source gives none."""
        if self.value is None:
            return ()
        return tuple((e.source, e.value or self.value) for e in self.evidence)

    @cached_property
    def disagreeing(self) -> bool:
        """Whether its sources give different figures (amount or qualifier)."""
        return len({(v.amount, v.qualifier, v.currency, v.unit) for _, v in self.figures}) > 1

    # Derived once per fact (the model is frozen): a note over an archive asks for them hundreds of thousands
    # of times.
    @cached_property
    def when(self) -> Optional[FuzzyDate]:
        return FuzzyDate.parse(self.date) if self.date else None

    @cached_property
    def sources(self) -> tuple[str, ...]:
        return tuple(dict.fromkeys(e.source for e in self.evidence))


class Source(Strict):
    id: str = Field(pattern=r"^[a-z0-9][a-z0-9_.-]{0,79}$")
    file: str
    title: str = Field(min_length=1)
    title_translation: Optional[Localized] = None   # printed in brackets after the title in other languages
    outlet: Optional[Union[str, Localized]] = None  # a name, or the name in each language
    language: Lang
    date: str
    # stated: the article dates itself; inferred: read from what it tells (`date_evidence`); given: the analyst
    # gave it (`extract --date`)
    date_basis: Literal["stated", "inferred", "given"]
    date_evidence: Optional[str] = None
    # Bounds of an inferred date, printed with it: «(дата не указана; не ранее октября 2015 г.)».
    not_before: Optional[str] = None
    not_after: Optional[str] = None
    summary: Optional[Localized] = None

    _dates = field_validator("date", "not_before", "not_after", mode="before")(
        classmethod(lambda cls, v: _fuzzy_date(v)))

    @field_validator("file")
    @classmethod
    def _inside(cls, v):
        if v.startswith("/") or ".." in v.replace("\\", "/").split("/"):
            raise ValueError("must be a path inside the dossier folder")
        if any(ord(c) < 32 for c in v):   # a NUL names no file; a line break would split the messages about it
            raise ValueError(f"a control character in the path: {v!r}")
        return v

    @model_validator(mode="after")
    def _inferred_needs_quote(self):
        if self.date_basis == "inferred" and not self.date_evidence:
            raise ValueError("an inferred date needs `date_evidence`: the sentence that shows it")
        return self

    @cached_property
    def when(self) -> FuzzyDate:
        return FuzzyDate.parse(self.date)


class DossierMeta(Strict):
    """`dossier.yaml`: what the dossier is about, in each language."""

    subject: Localized           # e.g. «казахстанско-японском сотрудничестве» (fits «СПРАВКА о …»)
    parties: list[str] = Field(min_length=1)
    purpose: Optional[Localized] = None
    names: dict[str, Localized] = {}   # how each party is written in each language
