"""What both writers share: the style file, the fonts, text hygiene."""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from .. import resources
from ..errors import ContentError, EnvironmentProblem

FONT_DIR = resources.fonts()
# Dropped from every string a writer prints:
# - C0 and C1 control characters and lone surrogates: Word rejects them, a PDF would show boxes;
# - direction controls (LRM, RLM, ALM, embeddings, overrides, isolates): Word obeys them and would show a fact
#   reordered while the PDF prints it in order, so data could make the two formats say different things;
# - the invisible word joiner and zero-width no-break space (a stray BOM): the fonts have no glyph for them.
_CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ud800-\udfff\ufffe\uffff"
                      "\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069\u2060\ufeff]")
_BREAKS = re.compile("[\t\r\n\u2028\u2029]")
# Scripts written right to left: neither writer reorders them (ReportLab has no bidi layout).
RTL = re.compile("[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufefe\U00010800-\U00010fff\U0001e800-\U0001efff]")


def clean(text: str) -> str:
    """Text safe for XML and for print: no control characters, tabs and line breaks become spaces."""
    return _CONTROL.sub("", _BREAKS.sub(" ", text))


def shown_char(ch: str) -> str:
    """A character for a message: `'😀' (U+1F600)`, or only its code when printing it could do harm."""
    code = f"U+{ord(ch):04X}"
    return f"{ch!r} ({code})" if ch.isprintable() and not _CONTROL.match(ch) else code


CELL_LEADING = 1.15   # a table cell's line distance, in its type size


def leading(style: dict, size: float) -> float:
    """The distance between lines of text of `size` points: the style's line spacing over a font line of 1.05
    sizes (what the PDF sets; the DOCX sets it exactly so Word and LibreOffice run the same lines a page)."""
    return size * style["line_spacing"] * 1.05


@dataclass(frozen=True)
class WriteOptions:
    style: dict
    reference_doc: Path | None = None
    report: dict = field(default_factory=dict)   # what a writer learnt while laying out (heading positions)


def font_file(style: dict, face: str) -> Path:
    spec = style["fonts"]["serif"]
    path = FONT_DIR / spec[face]
    if not path.exists():
        raise EnvironmentProblem(f"{path}: font file missing (reinstall briefing)")
    return path


@lru_cache(maxsize=16)
def _cmap(path: str) -> frozenset[int]:
    from fontTools.ttLib import TTFont  # matplotlib depends on fontTools, so it is always here
    return frozenset(TTFont(path, lazy=True).getBestCmap())


def missing_glyphs(text: str, font_path: Path) -> list[str]:
    """Characters of `text` the font cannot draw (so we fail before printing boxes)."""
    cmap = _cmap(str(font_path))
    seen = set()
    out = []
    for ch in text:
        if ch in seen or ch.isspace() or ord(ch) < 32:
            continue
        seen.add(ch)
        if ord(ch) not in cmap and ch not in "\u200b\u200c\u200d\u2060\ufeff":
            out.append(ch)
    return out


def _context(text: str, ch: str) -> str:
    """The line of `text` where `ch` first stands, shortened: where to look for it."""
    line = next((l for l in text.splitlines() if ch in l), "")
    i = line.index(ch) if ch in line else 0
    snippet = "".join(c if c.isprintable() else " " for c in line[max(0, i - 30): i + 30]).strip()
    return f" in «{snippet}»" if snippet else ""


def check_coverage(text: str, style: dict) -> None:
    printed = _BREAKS.sub("\n", _CONTROL.sub("", text))   # what the writers will print, line by line
    rtl = RTL.search(printed)
    if rtl:
        raise ContentError(f"right-to-left script cannot be laid out in the note: {shown_char(rtl[0])}"
                           f"{_context(printed, rtl[0])}")
    for face in ("regular", "bold"):
        missing = missing_glyphs(printed, font_file(style, face))
        if missing:
            shown = " ".join(shown_char(c) for c in missing[:10])
            raise ContentError(f"font {style['fonts']['serif']['family']} ({face}) cannot draw: {shown}"
                               f"{_context(printed, missing[0])}")


def check_document(document, style: dict) -> None:
    """Fail before rendering if the note holds a character the fonts cannot draw (the marking as printed: in
    capitals where the practice wants them, whose glyphs differ)."""
    from .text import plain_text
    check_coverage(plain_text(document), style)
