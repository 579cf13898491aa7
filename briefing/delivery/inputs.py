"""Hashes of everything a note is made from, computed without composing it (so a build with nothing to do never
loads matplotlib): the facts it selects and their sources, templates, chart specs, style,
its settings, and the tool itself."""
from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass, field
from functools import cached_property
from importlib import metadata
from pathlib import Path

from .. import __version__
from ..settings import settings

# Libraries whose version can change the bytes of a note.
OUTPUT_LIBRARIES = ("reportlab", "python-docx", "matplotlib", "svglib", "babel", "jinja2", "pymorphy3", "natasha",
                    "lxml", "pillow", "fonttools")
# Parts of the package that never change a note's bytes: editing them must not rebuild the book. The shipped
# defaults (templates, charts) are hashed as the templates and charts a note uses, the example as its dossier.
NOT_IN_NOTES = ("delivery", "extract", "cli.py", "__main__.py", "project.py", "defaults")


def sha(data: bytes | str) -> str:
    return hashlib.sha256(data.encode() if isinstance(data, str) else data).hexdigest()


def canonical(obj) -> str:
    return json.dumps(obj, sort_keys=True, ensure_ascii=False, separators=(",", ":"))


def file_sha(path: Path) -> str | None:
    """The digest of a file's bytes; None if it is not there. What cannot be read (a FIFO, a folder) gets a
    digest of its own, never waited on: the note's own reading of it reports the problem."""
    from ..yamlio import read_raw
    try:
        return sha(read_raw(path))
    except FileNotFoundError:
        return None
    except (OSError, ValueError) as exc:
        return sha(f"unreadable:{path}:{exc}")


def tree_digest(folder: Path, keep=lambda rel: True) -> str:
    folder = Path(folder)
    if not folder.is_dir():
        return sha("missing:" + str(folder))
    entries = sorted((p.relative_to(folder).as_posix(), p) for p in folder.rglob("*")
                     if p.is_file() and "__pycache__" not in p.parts and not p.name.startswith("."))
    return sha(canonical([(rel, sha(p.read_bytes())) for rel, p in entries if keep(rel)]))


def fact_snapshot(fact) -> dict:
    """A fact as plain JSON data: what an edition remembers, and what is compared with the next edition."""
    return fact.model_dump(mode="json", exclude_none=True)


@dataclass
class BuildContext:
    """The inputs every note shares, hashed once per build."""

    templates: Path
    charts: Path
    reference_doc: Path | None = None
    style_file: Path | None = None     # None: the templates' style.yaml
    _templates_by_lang: dict = field(default_factory=dict)

    def templates_for(self, lang: str) -> str:
        """Templates and this language's catalogue (another language's catalogue does not touch this note)."""
        if lang not in self._templates_by_lang:
            def keep(rel: str) -> bool:
                return not (rel.startswith("lang/") and rel != f"lang/{lang}.yaml")
            self._templates_by_lang[lang] = tree_digest(self.templates, keep)
        return self._templates_by_lang[lang]

    @cached_property
    def style(self) -> str:
        return file_sha(self.style_file or self.templates / "style.yaml") or "missing"

    @cached_property
    def chart_specs(self) -> str:
        return tree_digest(self.charts)

    @cached_property
    def tool(self) -> str:
        versions = {}
        for name in OUTPUT_LIBRARIES:
            try:
                versions[name] = metadata.version(name)
            except metadata.PackageNotFoundError:
                versions[name] = None
        from ..resources import package_dir
        code = tree_digest(package_dir(), lambda rel: not rel.startswith(NOT_IN_NOTES))
        return sha(canonical({"briefing": __version__, "code": code, "libraries": versions}))

    @cached_property
    def reference(self) -> str | None:
        return file_sha(self.reference_doc) if self.reference_doc else None


def note_inputs(ctx: BuildContext, spec, dossier, selection) -> tuple[dict, dict]:
    """(digests of every input of the note, snapshot of its facts by id)."""
    snapshot = {f.id: fact_snapshot(f) for f in selection.facts}
    sources = {s.id: {"source": s.model_dump(mode="json", exclude_none=True),
                      "text": sha(dossier.texts.get(s.id, ""))} for s in selection.sources}
    inputs = {
        "settings": sha(canonical(spec.settings())),
        "facts": sha(canonical(snapshot)),
        "sources": sha(canonical(sources)),
        "dossier": sha(canonical(dossier.meta.model_dump(mode="json", exclude_none=True))),
        "templates": ctx.templates_for(spec.lang),
        "style": ctx.style,
        "charts": ctx.chart_specs,
        "reference_doc": ctx.reference,
        "tool": ctx.tool,
        # The writers date the files from it when it is set (reproducible builds): part of the inputs.
        "source_date_epoch": settings().source_date_epoch or None,
    }
    return inputs, snapshot
