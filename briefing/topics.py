"""The controlled vocabulary of topics, and resolving what a user typed to one of them."""
from __future__ import annotations

import difflib
from dataclasses import dataclass
from functools import lru_cache

import yaml

from . import resources
from .errors import UsageError



@dataclass(frozen=True)
class Topic:
    id: str
    names: dict[str, str]
    aliases: tuple[str, ...]
    vocabulary: tuple[str, ...]

    def name(self, lang: str) -> str:
        return self.names.get(lang) or self.names["en"]


@lru_cache(maxsize=1)
def all_topics() -> dict[str, Topic]:
    raw = yaml.safe_load(resources.data("topics.yaml").read_text(encoding="utf-8"))
    return {
        tid: Topic(tid, dict(spec["names"]), tuple(spec.get("aliases", ())), tuple(spec.get("vocabulary", ())))
        for tid, spec in raw.items()
    }


def _spellings() -> dict[str, str]:
    """Every accepted spelling, folded to lower case, mapped to its topic id."""
    out: dict[str, str] = {}
    for topic in all_topics().values():
        for word in (topic.id, *topic.names.values(), *topic.aliases):
            out.setdefault(word.casefold(), topic.id)
    return out


_LATIN = dict(zip("абвгдеёжзийклмнопрстуфхцчшщъыьэюяәғқңөұүһі",
                  ["a", "b", "v", "g", "d", "e", "e", "zh", "z", "i", "i", "k", "l", "m", "n", "o", "p", "r", "s", "t",
                   "u", "f", "kh", "ts", "ch", "sh", "shch", "", "y", "", "e", "yu", "ya", "a", "g", "k", "n", "o", "u",
                   "u", "h", "i"]))


def _latin(text: str) -> str:
    """A rough Latin spelling, so that `energetika` is close to «энергетика» when suggesting."""
    return "".join(_LATIN.get(ch, ch) for ch in text)


def resolve(text: str) -> Topic:
    spellings = _spellings()
    key = text.strip().casefold()
    if key in spellings:
        return all_topics()[spellings[key]]
    latin = {}
    for word, tid in spellings.items():
        latin.setdefault(_latin(word), tid)
    close = difflib.get_close_matches(key, list(spellings), n=3, cutoff=0.6)
    ids = list(dict.fromkeys(spellings[c] for c in close))
    ids += [latin[c] for c in difflib.get_close_matches(_latin(key), list(latin), n=3, cutoff=0.75)
            if latin[c] not in ids]
    hint = f"; did you mean {' or '.join(repr(i) for i in ids)}?" if ids else ""
    raise UsageError(f"--topic: unknown topic {text!r}{hint} (see `briefing topics`)")
