"""The project: a folder with a `briefing.toml`, found from the current folder upwards (or named by `--config` or
$BRIEFING_CONFIG), naming its dossier, its output folder and what it overrides of the shipped defaults. Paths in
the file are relative to it. With no project in reach, the example dossier and the defaults are used and notes
go into ./out, so that a first `briefing make` works anywhere."""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from . import resources
from .errors import UsageError
from .settings import settings

CONFIG_NAME = "briefing.toml"


@dataclass(frozen=True)
class Project:
    config: object | None        # briefing.delivery.config.Config; None when no project is in reach
    dossier: Path
    out: Path
    templates: Path
    charts: Path
    style: Path                  # the style file (page, margins, fonts, sizes)
    reference_doc: Path | None

    @property
    def found(self) -> bool:
        return self.config is not None

    def marking(self, lang: str) -> str | None:
        return self.config.book.marking_for(lang) if self.config is not None else None

    def drafter(self, lang: str) -> str:
        return self.config.book.drafter_for(lang) if self.config is not None else ""

    @property
    def number(self) -> str:
        return self.config.book.number if self.config is not None else ""

    @property
    def date(self) -> str | None:
        return self.config.book.date if self.config is not None else None

    @classmethod
    def default(cls, out: Path | None = None) -> "Project":
        """No project: the example dossier, the shipped defaults, notes into ./out."""
        templates = resources.templates()
        return cls(None, resources.example_dossier(), Path(out) if out is not None else Path("out"), templates,
                   resources.charts(), templates / "style.yaml", None)

    @classmethod
    def from_config(cls, config) -> "Project":
        """The project a loaded configuration describes (its `--out`, if any, already in `config.out_dir`)."""
        templates = config.templates_dir
        return cls(config, config.dossier_dir, config.out_dir, templates,
                   config.charts_dir, config.style_file or templates / "style.yaml",
                   config.resolve(config.book.reference_doc))


def find_config(explicit: Path | None = None, start: Path | None = None) -> Path | None:
    """`--config`, else $BRIEFING_CONFIG, else the nearest briefing.toml from `start` (the current folder) up."""
    if explicit is not None:
        return _existing(Path(explicit), "--config")
    if settings().config:
        return _existing(Path(settings().config), "BRIEFING_CONFIG")
    folder = (start or Path.cwd()).resolve()
    for candidate in (folder, *folder.parents):
        path = candidate / CONFIG_NAME
        if path.is_file():
            return path
    return None


def _existing(path: Path, given: str) -> Path:
    if path.is_dir():
        path = path / CONFIG_NAME
    if not path.is_file():
        raise UsageError(f"{given}: {path}: no such configuration file")
    return path


def load_project(config: Path | None = None, out: Path | None = None) -> Project:
    """The project in reach (see `find_config`), or the defaults when there is none."""
    path = find_config(config)
    if path is None:
        return Project.default(out)
    from .delivery.config import load_config
    return Project.from_config(load_config(path, out))
