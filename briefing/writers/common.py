"""What both writers share: the style file, the fonts, text hygiene."""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

from ..errors import ContentError, EnvironmentProblem

FONT_DIR = Path(__file__).resolve().parent.parent / "fonts"
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\ufffe\uffff]")


def clean(text: str) -> str:
    """Text safe for XML: no control characters (Word rejects them), tabs and newlines become spaces."""
    return _CONTROL.sub("", text.replace("\t", " ").replace("\r", " ").replace("\n", " "))


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


def missing_glyphs(text: str, font_path: Path) -> list[str]:
    """Characters of `text` the font cannot draw (so we fail before printing boxes)."""
    from fontTools.ttLib import TTFont  # matplotlib depends on fontTools, so it is always here
    cmap = TTFont(str(font_path), lazy=True).getBestCmap()
    seen = set()
    out = []
    for ch in text:
        if ch in seen or ch.isspace() or ord(ch) < 32:
            continue
        seen.add(ch)
        if ord(ch) not in cmap and ch not in "\u200b\u200c\u200d\u2060\ufeff":
            out.append(ch)
    return out


def check_coverage(text: str, style: dict) -> None:
    for face in ("regular", "bold"):
        missing = missing_glyphs(text, font_file(style, face))
        if missing:
            shown = " ".join(f"{c!r} (U+{ord(c):04X})" for c in missing[:10])
            raise ContentError(f"font {style['fonts']['serif']['family']} ({face}) cannot draw: {shown}")
