"""Texts of a dossier that end up printed in a note (titles, names, posts, parties, source titles) must be
printable as they are: no control characters, no right-to-left script (neither writer lays it out), nothing
the bundled font cannot draw (an emoji would print as a box). `check` says which fact and field, so the
analyst fixes the dossier instead of meeting an unexplained failure in `make`.

Invisible characters the writers drop anyway (direction marks, a stray BOM, the word joiner) are let through;
zero-width spaces and joiners are kept and printed."""
from __future__ import annotations

import re
from functools import lru_cache

from ..diagnostics import Problem
from ..vocab import LANGS

_ALLOWED_EXTRA = "\t\n\r\u061c\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\u2060\ufeff\u2028\u2029"


class _Bad:
    """`search(text)`: the first character the note cannot print as it stands, or None: a regular expression
    of every character but the printable ones (their runs as ranges; seven times as fast as str.translate over
    a dossier's 16 million characters of titles). `found(text)`: all of them, each once."""

    def __init__(self, printable: frozenset[int]):
        self._delete = dict.fromkeys(printable)
        runs: list[list[int]] = []
        for code in sorted(printable):
            if runs and runs[-1][1] == code - 1:
                runs[-1][1] = code
            else:
                runs.append([code, code])
        ranges = "".join(f"\\U{a:08x}" if a == b else f"\\U{a:08x}-\\U{b:08x}" for a, b in runs)
        self._pattern = re.compile(f"[^{ranges}]" if ranges else "[\\s\\S]")

    def found(self, text: str) -> list[str]:
        return list(dict.fromkeys(text.translate(self._delete)))

    def search(self, text: str) -> str | None:
        m = self._pattern.search(text)
        return m.group() if m else None


@lru_cache(maxsize=1)
def _checker():
    """(family, _Bad): what the bundled font can draw in all four faces, less controls and RTL scripts."""
    from .. import resources
    from ..compose.catalog import style
    from ..writers.common import RTL, _cmap, font_file

    st = style(resources.templates())   # the bundled fonts it names are the only ones the writers use
    faces = [_cmap(str(font_file(st, f))) for f in ("regular", "bold", "italic", "bold_italic")]
    drawable = frozenset.intersection(*faces) - set(range(0x20)) - set(range(0x7F, 0xA0))
    printable = {c for c in drawable if not RTL.match(chr(c))} | {ord(c) for c in _ALLOWED_EXTRA}
    return st["fonts"]["serif"]["family"], _Bad(frozenset(printable))


def problem_with(text: str) -> str | None:
    """What is wrong with printing `text`, or None."""
    from ..writers.common import RTL, shown_char

    family, bad = _checker()
    found = bad.found(text)
    if not found:
        return None
    ch = found[0]
    if ord(ch) < 0x20 or 0x7F <= ord(ch) < 0xA0:
        return f"control character {shown_char(ch)} in the text (remove it)"
    if 0xD800 <= ord(ch) < 0xE000:
        return f"broken character {shown_char(ch)} in the text (a lone surrogate; retype it)"
    if RTL.match(ch):
        return (f"right-to-left script ({shown_char(ch)}) cannot be printed: the note is laid out left to right "
                f"(give the text in ru, kk or en)")
    shown = " ".join(shown_char(c) for c in found[:5])
    return f"the font {family} cannot draw {shown}; write it in words or remove it"


def _strings(value, path: tuple):
    """(path, text) for every string inside a pydantic model, list or dict."""
    if isinstance(value, str):
        yield path, value
    elif isinstance(value, (list, tuple)):
        for i, v in enumerate(value):
            yield from _strings(v, path + (i,))
    elif isinstance(value, dict):
        for k, v in value.items():
            yield from _strings(v, path + (k,))
    elif hasattr(type(value), "model_fields"):
        for name in type(value).model_fields:
            yield from _strings(getattr(value, name), path + (name,))


def _quick(obj, fields):
    """The strings of a fact without walking the model generically (a dossier may hold 100,000 facts)."""
    if fields is _FACT_FIELDS:
        for loc in (obj.title, *((obj.person.name, obj.person.post) if obj.person else ())):
            yield (), loc.ru or ""
            yield (), loc.kk or ""
            yield (), loc.en or ""
        for party in obj.parties:
            yield (), party
        return
    for name in fields:
        yield from _strings(getattr(obj, name), (name,))


def _field(path: tuple) -> str:
    return ".".join(str(p) for p in path if not isinstance(p, int))


# Fields never printed: evidence (quotes are checked against the source text), the inferred-date sentence.
_FACT_FIELDS = ("title", "parties", "person", "claim")
_SOURCE_FIELDS = ("title", "title_translation", "outlet", "summary")


def _fact_texts(facts) -> str:
    """Every printed text of every fact (_FACT_FIELDS), one per line."""
    out: list[str] = []
    extend = out.extend
    for fact in facts:
        title = fact.title
        extend(getattr(title, lang) or "" for lang in LANGS)
        if fact.person is not None:
            extend(text for _, text in _strings(fact.person, ()))
        if fact.claim is not None:
            extend(text for _, text in _strings(fact.claim, ()))
        extend(fact.parties)
    return "\n".join(out)


def _source_texts(sources) -> str:
    out: list[str] = []
    add = out.append
    for source in sources:
        add(source.title)
        if isinstance(source.outlet, str) or source.outlet is None:
            add(source.outlet or "")
        else:
            out.extend(text for _, text in _strings(source.outlet, ()))
        for localized in (source.summary, source.title_translation):
            if localized is not None:
                out.extend(text for _, text in _strings(localized, ()))
    return "\n".join(out)


def printable_problems(dossier) -> list[Problem]:
    """Problems with the printed texts of facts, sources and dossier.yaml, each at its file and line. All the
    facts' texts are searched at once (the common case: nothing found), each fact only when something is."""
    _, bad = _checker()
    problems: list[Problem] = []

    def scan(obj, fields, loc):
        if bad.search("\n".join(text for _, text in _quick(obj, fields))) is None:  # the common case, in C
            return
        for name in fields:
            for path, text in _strings(getattr(obj, name), (name,)):
                if bad.search(text) is None:  # the common case, in C
                    continue
                message = problem_with(text)
                if message:
                    problems.append(Problem(loc.file, loc.line(*path), _field(path), message, "unprintable"))

    from .schema import Fact
    quick = set(_FACT_FIELDS) <= set(Fact.model_fields)
    # facts from the verification cache passed this check, with the same tool and fonts
    facts = [fact for fact in dossier.facts if not dossier.verified_before(fact)]
    if not quick or bad.search(_fact_texts(facts)) is not None:
        for fact in facts:
            scan(fact, _FACT_FIELDS, dossier.where[fact.id])
    if bad.search(_source_texts(dossier.sources.values())) is not None:
        for sid, source in dossier.sources.items():
            scan(source, _SOURCE_FIELDS, dossier.source_where[sid])
    scan(dossier.meta, tuple(type(dossier.meta).model_fields), _MetaLocation(dossier.root))
    return problems


class _MetaLocation:
    """dossier.yaml's lines, read again only when one of its texts has a problem (rare)."""

    def __init__(self, root):
        from .load import _shown
        self.path = root / "dossier.yaml"
        self.file = _shown(self.path)
        self._lines = None

    def line(self, *loc):
        from ..yamlio import line_of, load_file
        if self._lines is None:
            try:
                _, self._lines = load_file(self.path, self.file)
            except Exception:  # it loaded a moment ago; if not now, give the message without a line
                return None
        return line_of(self._lines, loc)
