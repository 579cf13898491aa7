"""The book expanded into notes, and the deterministic split of it into shards for a CI matrix."""
from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass

from ..errors import UsageError


@dataclass(frozen=True)
class NoteSpec:
    """One note of the book, as plain data (it crosses into worker processes)."""

    topic: str | None      # topic id; None: the whole dossier (an overview)
    period: str | None     # FuzzyDate text, e.g. "2025" or "2015..2016"; None: the whole record
    lang: str
    formats: tuple[str, ...]
    marking: str | None
    drafter: str
    number: str
    date: str | None = None   # registration date, YYYY-MM-DD
    book: str = ""            # the book's name, first in the file names: notes of two dossiers never collide

    @property
    def note(self) -> str:
        """The note within its book, as `NoteRequest.stem` makes it (the worker checks they agree)."""
        from ..periods import note_stem
        return note_stem(self.topic, self.period, self.lang)

    @property
    def stem(self) -> str:
        """The output file stem and manifest key: `<book>_<note>` (kz-jp_energy_ru)."""
        return f"{self.book}_{self.note}" if self.book else self.note

    def settings(self) -> dict:
        """What of the configuration shapes this note (hashed into its inputs)."""
        return {"topic": self.topic, "period": self.period, "lang": self.lang, "formats": list(self.formats),
                "marking": self.marking, "drafter": self.drafter, "number": self.number,
                "date": self.date}


def notes_of(config, books=None) -> list[NoteSpec]:
    """The notes of every book (or of `books`), book by book."""
    out = []
    for book in config.books if books is None else books:
        name = config.name_of(book)
        topics = ([None] if book.overview else []) + list(book.topics)
        periods = list(book.periods) or [None]
        for topic in topics:
            for period in periods:
                for lang in book.languages:
                    out.append(NoteSpec(topic, period, lang, tuple(dict.fromkeys(book.formats)),
                                        book.marking_for(lang), book.drafter_for(lang), book.number, book.date,
                                        name))
    return out


def parse_shard(text: str | None) -> tuple[int, int] | None:
    if text is None:
        return None
    m = re.fullmatch(r"\s*(\d+)\s*/\s*(\d+)\s*", text)
    if not m or not (1 <= int(m[1]) <= int(m[2])):
        raise UsageError(f"--shard: expected K/N with 1 <= K <= N, e.g. 2/3; got {text!r}")
    return int(m[1]), int(m[2])


def in_shard(stem: str, shard: tuple[int, int] | None) -> bool:
    """By a hash of the note's name, not its position: a note stays in its shard when the book grows, so each
    shard's cached output folder (and its editions) keeps following the same notes."""
    if shard is None:
        return True
    k, n = shard
    return int(hashlib.sha256(stem.encode()).hexdigest()[:16], 16) % n == k - 1
