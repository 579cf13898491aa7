"""The controlled vocabulary, defined once: languages, fact kinds, statuses, qualifiers, what a count counts,
currencies (with their rough rates to US dollars), units, and the topics.

Schemas, composition, charts, extraction and the CLI ask here; nothing else lists these. How each language
writes them is its module's business (`briefing/lang/<code>.py`) and its catalogue's (`templates/lang/<code>.yaml`).
Adding a language: an entry in LANGUAGES, `briefing/lang/<code>.py`, `templates/lang/<code>.yaml` (and fonts
that draw its letters)."""
from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING
from . import currencies

if TYPE_CHECKING:
    from .topics import Topic


@dataclass(frozen=True)
class LanguageInfo:
    code: str        # what dossiers, catalogues, file names and --lang use
    name: str        # in English, for messages
    locale: str      # babel's locale identifier: CLDR's numbers, dates and plural rules


# In the order a fact's text is looked for when the note's language lacks it.
LANGUAGES: dict[str, LanguageInfo] = {lang.code: lang for lang in (
    LanguageInfo("ru", "Russian", "ru"),
    LanguageInfo("kk", "Kazakh", "kk"),
    LanguageInfo("en", "English", "en"),
)}
LANGS: tuple[str, ...] = tuple(LANGUAGES)

KINDS: dict[str, str] = {
    "project": "an investment or cooperation project",
    "agreement": "a signed document: agreement, memorandum, statement, contract, exchange of notes, plan",
    "trade": "a trade figure (turnover, exports, imports) or its change",
    "investment": "an investment figure (FDI stock, portfolio value)",
    "grant": "a grant or other aid",
    "visit": "an official visit",
    "meeting": "a meeting, talks, a commission session, a forum",
    "count": "a count: projects, companies, agreements",
    "person": "a person named, with the post they hold",
    "statement": "a position or intention stated by an official",
    "plan": "a plan announced (flight, summit, launch)",
    "indicator": "another quantity (reserves, output)",
}

# A project's (or plan's) stage, from done to talked about.
STATUSES: tuple[str, ...] = ("implemented", "in_progress", "agreed", "planned", "discussed")

# What a fact says happened, from done to talked about: how a drafter must frame it (drafting.md). A fact that
# does not say is read from its kind and status (`Fact.mode`).
MODALITIES: dict[str, str] = {
    "done": "it happened: signed, held, implemented, stated as fact",
    "in_progress": "under way",
    "agreed": "agreed, not started",
    "planned": "planned or announced, with a target date when the source gives one",
    "proposed": "offered or declared ready for by one side (готовность, предложение)",
    "potential": "potential or interest only (потенциал, заинтересованы)",
}
STATUS_MODALITY: dict[str, str] = {"implemented": "done", "in_progress": "in_progress", "agreed": "agreed",
                                   "planned": "planned", "discussed": "proposed"}

# A signed document's level: who is bound by it. Only the first three belong to the treaty framework.
DOCUMENT_LEVELS: dict[str, str] = {
    "inter_state": "between states (joint statements, treaties, exchanges of notes)",
    "inter_governmental": "between governments",
    "inter_agency": "between ministries, agencies or public bodies",
    "commercial": "between companies or business organisations",
}

# How exact a figure is («около», «более», …): the modality of an amount or a count.
QUALIFIERS: tuple[str, ...] = ("about", "around", "over", "nearly", "under", "up_to")

# What a fact's `count` counts.
COUNTED: tuple[str, ...] = ("project", "company", "agreement", "document", "item")

# ISO 4217 codes a value may carry: every currency CLDR knows in tender (`briefing/currencies.py`), each with
# its names in the note's languages; a rough rate to US dollars ranks figures in different currencies together.
CURRENCIES: tuple[str, ...] = currencies.codes()

UNITS: tuple[str, ...] = ("t", "t/year", "day", "km", "MW", "person", "m3", "kWh", "barrel", "kg")


def usd(amount, currency: str) -> float | None:
    """An amount of `currency` in rough US dollars (None when no rate is known)."""
    return currencies.usd(amount, currency)


def topics() -> dict[str, "Topic"]:
    """The topics by id (briefing/data/topics.yaml), read once."""
    from .topics import all_topics
    return all_topics()


def topic(text: str) -> "Topic":
    """The topic a user means by `text` (an id, a name in any language or an alias); a UsageError that
    suggests the closest otherwise."""
    from .topics import resolve
    return resolve(text)
