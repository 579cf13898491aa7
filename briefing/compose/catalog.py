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
    """The style file, checked against its schema (style_schema.py): every problem as `file:line: field: …`."""
    from pydantic import ValidationError
    from ..yamlio import line_of
    from .style_schema import Style
    data, lines = load_file(path)
    if not isinstance(data, dict):
        raise ContentError(f"{path}: the style is not valid", [Problem(str(path), 1, "", "expected a mapping")])
    try:   # checked only: the writers read the numbers as written (14, not 14.0: the goldens stay)
        Style.model_validate(data)
        return data
    except ValidationError as exc:
        problems = []
        for err in exc.errors():
            loc = tuple(err["loc"])
            problems.append(Problem(str(path), line_of(lines, loc), ".".join(map(str, loc)),
                                    err["msg"].removeprefix("Value error, "), "schema"))
        raise ContentError(f"{path}: the style is not valid", problems) from None
