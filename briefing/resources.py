"""The defaults that ship inside the package — templates (labels, style, the note's template), chart specs, the
example dossier, fonts, the topic vocabulary — read through importlib.resources, never through the location of a
checkout. In the wheel, `defaults/` holds copies of the checkout's top-level `templates/`, `charts/` and
`seeds/kz-jp/` (pyproject.toml maps them); in a checkout or an editable install it holds links to them."""
from __future__ import annotations

from functools import lru_cache
from importlib.resources import files
from pathlib import Path

from .errors import EnvironmentProblem


@lru_cache(maxsize=None)
def package_dir() -> Path:
    root = files("briefing")
    if not isinstance(root, Path):   # a zipped install: the writers and the dossier reader need real files
        raise EnvironmentProblem("briefing is installed zipped; install it as files (pip install briefing)")
    return root


def default(name: str) -> Path:
    """A shipped default by its name: `templates`, `charts`, `example` (the example dossier)."""
    path = package_dir() / "defaults" / name
    if not path.exists():
        raise EnvironmentProblem(f"{path}: a default of briefing is missing (reinstall briefing)")
    return path


def templates() -> Path:
    return default("templates")


def charts() -> Path:
    return default("charts")


def example_dossier() -> Path:
    return default("example")


def fonts() -> Path:
    return package_dir() / "fonts"


def data(name: str) -> Path:
    return package_dir() / "data" / name
