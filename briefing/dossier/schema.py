"""Declared schemas of the dossier files; pydantic does the checking, `load.py` adds file and line."""
from __future__ import annotations

from decimal import Decimal
from functools import cached_property
from typing import Literal, Optional

from pydantic import BaseModel, ConfigDict, Field, create_model, field_validator, model_validator

from ..vocab import COUNTED, CURRENCIES, KINDS, LANGS, QUALIFIERS, STATUSES, UNITS
from .dates import FuzzyDate

Lang = Literal[LANGS]
Kind = Literal[tuple(KINDS)]
Status = Literal[STATUSES]
Qualifier = Literal[QUALIFIERS]
Counted = Literal[COUNTED]


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


class Value(Strict):
    amount: Decimal = Field(gt=0, lt=Decimal("1e15"))
    currency: Optional[str] = None
    unit: Optional[str] = None
    qualifier: Optional[Qualifier] = None

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
        if self.currency is None and self.unit is None:
            raise ValueError("give a currency or a unit")
        if self.currency is not None and self.currency not in CURRENCIES:
            raise ValueError(f"unknown currency {self.currency!r}; known: {', '.join(CURRENCIES)}")
        if self.unit is not None and self.unit not in UNITS:
            raise ValueError(f"unknown unit {self.unit!r}; known: {', '.join(UNITS)}")
        return self


class Evidence(Strict):
    source: str
    quote: str = Field(min_length=8)


class Person(Strict):
    name: Localized
    post: Localized


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
    status: Optional[Status] = None
    person: Optional[Person] = None
    evidence: list[Evidence] = Field(min_length=1)

    @field_validator("date", mode="before")
    @classmethod
    def _date_text(cls, v):
        if v is None:
            return v
        v = str(v)
        FuzzyDate.parse(v)
        return v

    @model_validator(mode="after")
    def _kind_rules(self):
        if self.kind == "person" and self.person is None:
            raise ValueError("a person fact needs `person` (name and post)")
        if self.kind == "project" and self.status is None:
            raise ValueError("a project needs a status")
        return self

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
    outlet: Optional[str] = None
    language: Lang
    date: str
    date_basis: Literal["stated", "inferred"]
    date_evidence: Optional[str] = None
    summary: Optional[Localized] = None

    @field_validator("date", mode="before")
    @classmethod
    def _date_text(cls, v):
        v = str(v)
        FuzzyDate.parse(v)
        return v

    @field_validator("file")
    @classmethod
    def _inside(cls, v):
        if v.startswith("/") or ".." in v.replace("\\", "/").split("/"):
            raise ValueError("must be a path inside the dossier folder")
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
