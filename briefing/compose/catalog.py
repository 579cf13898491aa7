"""Per-language label catalogues (templates/lang/*.yaml) and the style file, read once."""
from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from ..errors import ContentError, Problem
from ..yamlio import load_file


@lru_cache(maxsize=8)
def catalog(templates: Path, lang: str) -> dict:
    path = templates / "lang" / f"{lang}.yaml"
    data, _ = load_file(path)
    if not isinstance(data, dict):
        raise ContentError("bad catalogue", [Problem(str(path), 1, "", "expected a mapping of labels")])
    return data


def style(templates: Path) -> dict:
    return style_file(Path(templates) / "style.yaml")


@lru_cache(maxsize=4)
def style_file(path: Path) -> dict:
    data, _ = load_file(path)
    if not isinstance(data, dict):
        raise ContentError("bad style", [Problem(str(path), 1, "", "expected a mapping")])
    return data
