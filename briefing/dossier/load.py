"""Reading a dossier folder into typed objects, collecting every schema problem with its file and line."""
from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from pydantic import BaseModel, ValidationError

from ..errors import ContentError, Problem
from ..yamlio import Lines, line_of, load_file, no_gc, read_text
from .schema import DossierMeta, Fact, Source


@dataclass
class Located:
    """Where an object came from, for messages."""

    file: str
    lines: Lines
    base: tuple

    def line(self, *loc) -> int | None:
        return line_of(self.lines, self.base + tuple(loc))


@dataclass
class Dossier:
    root: Path
    meta: DossierMeta
    sources: dict[str, Source]
    facts: list[Fact]
    where: dict[str, Located] = field(default_factory=dict)         # fact id -> location
    source_where: dict[str, Located] = field(default_factory=dict)  # source id -> location
    texts: dict[str, str] = field(default_factory=dict)      # source id -> text

    def fact(self, fid: str) -> Fact:
        index = self.__dict__.get("_by_id")
        if index is None or len(index) != len(self.facts):   # built once; rebuilt if facts were added
            index = self.__dict__["_by_id"] = {f.id: f for f in self.facts}
        try:
            return index[fid]
        except KeyError:
            raise StopIteration(fid) from None   # what the linear search raised


def _field_name(loc: tuple) -> str:
    return ".".join(str(p) for p in loc if not isinstance(p, int)) or "(entry)"


def _message(err: dict) -> str:
    msg = err["msg"]
    return msg.removeprefix("Value error, ")


def _validate(model: type[BaseModel], data: Any, shown: str, lines: Lines, base: tuple, problems: list[Problem]):
    if data is None and not base:
        problems.append(Problem(shown, None, "", "the file is empty (expected a mapping)"))
        return None
    if not isinstance(data, dict):
        problems.append(Problem(shown, line_of(lines, base), "", f"expected a mapping, got {type(data).__name__}"))
        return None
    try:
        return model(**data)
    except ValidationError as exc:
        for err in exc.errors():
            loc = tuple(err["loc"])
            problems.append(Problem(shown, line_of(lines, base + loc), _field_name(loc), _message(err)))
        return None


def _parse(job: tuple[Path, str]):
    """((data, lines), None) or (None, problems) for one file."""
    path, shown = job
    try:
        return load_file(path, shown), None
    except ContentError as exc:
        return None, exc.problems


# Fact files above this many bytes in all are parsed by two processes (a 100,000-fact archive is 70 MB:
# libyaml's events cost 4 s of a 10 s check), each file's plain data coming back pickled while this process
# validates the files already parsed. An ordinary dossier is parsed here, with no process started.
PARALLEL_BYTES = 8_000_000


def _parsed(jobs: list[tuple[Path, str]]):
    """`_parse` of each job, in order."""
    try:
        total = sum(path.stat().st_size for path, _ in jobs)
    except OSError:
        total = 0
    if total >= PARALLEL_BYTES and len(jobs) > 1 and (os.cpu_count() or 1) > 1:
        import multiprocessing
        try:
            pool = multiprocessing.get_context("fork").Pool(2)
        except (ValueError, AssertionError, OSError):   # no fork here, or a daemonic process (a pool worker)
            pool = None
        if pool is not None:
            with pool:
                yield from pool.imap(_parse, jobs)
            return
    yield from map(_parse, jobs)


def _load_list(path: Path, shown: str, model, problems: list[Problem], parsed=None) -> list[tuple[Any, Located]]:
    loaded, failed = parsed if parsed is not None else _parse((path, shown))
    if failed is not None:
        problems.extend(failed)
        return []
    data, lines = loaded
    if data is None:
        return []
    if not isinstance(data, list):
        problems.append(Problem(shown, 1, "", "expected a list of entries"))
        return []
    out = []
    for i, item in enumerate(data):
        obj = _validate(model, item, shown, lines, (i,), problems)
        if obj is not None:
            out.append((obj, Located(shown, lines, (i,))))
    return out


def _shown(path: Path) -> str:
    """A path as the user would type it: relative to the working folder when inside it."""
    try:
        return str(path.resolve().relative_to(Path.cwd().resolve()))
    except ValueError:
        return str(path)


def _shown_under(root: Path):
    """`_shown` for many paths below one folder, resolving the folder once (a source text is named
    `texts/x.txt` inside the dossier; resolving each of 20,000 of them costs a second)."""
    base = _shown(root)
    return lambda path: str(Path(base) / path.relative_to(root)) if path.is_relative_to(root) else _shown(path)


def _outside(root: Path):
    """`outside(path)`: whether a source path leaves the dossier folder through a symbolic link (the schema
    already refuses `..` and absolute paths). Each folder is resolved once, a file only when it is a link."""
    base = root.resolve()
    folders: dict[Path, bool] = {}

    def outside(path: Path) -> bool:
        parent = path.parent
        if parent not in folders:
            folders[parent] = not parent.resolve().is_relative_to(base)
        return folders[parent] or (path.is_symlink() and not path.resolve().is_relative_to(base))
    return outside


def load_dossier(root: Path) -> tuple[Dossier | None, list[Problem]]:
    """Parse and schema-check every file; return the dossier (None if unusable) and all problems found."""
    with no_gc():   # millions of small acyclic objects: the cyclic collector would only rescan them
        return _load_dossier(Path(root))


def _load_dossier(root: Path) -> tuple[Dossier | None, list[Problem]]:
    problems: list[Problem] = []
    if not root.is_dir():
        return None, [Problem(str(root), None, "", "dossier folder not found")]
    rel = _shown_under(root)

    meta = None
    meta_path = root / "dossier.yaml"
    try:
        data, lines = load_file(meta_path, rel(meta_path))
        meta = _validate(DossierMeta, data, rel(meta_path), lines, (), problems)
    except ContentError as exc:
        problems.extend(exc.problems)

    sources: dict[str, Source] = {}
    source_where: dict[str, Located] = {}
    src_path = root / "sources.yaml"
    for src, loc in _load_list(src_path, rel(src_path), Source, problems):
        if src.id in sources:
            problems.append(Problem(loc.file, loc.line("id"), "id", f"duplicate source id {src.id!r}"))
            continue
        sources[src.id] = src
        source_where[src.id] = loc

    texts: dict[str, str] = {}
    outside = _outside(root)
    for sid, src in sources.items():
        path = root / src.file
        if outside(path):
            loc = source_where[sid]
            problems.append(Problem(loc.file, loc.line("file"), "file",
                                    f"{src.file}: a link to a file outside the dossier folder (copy the text in)"))
            continue
        try:
            text = read_text(path, rel(path))
        except ContentError as exc:
            loc = source_where[sid]
            problems.append(Problem(loc.file, loc.line("file"), "file", f"{src.file}: {exc.problems[0].message}"))
            continue
        if not text.strip():
            loc = source_where[sid]
            problems.append(Problem(loc.file, loc.line("file"), "file", f"{src.file}: the source text is empty"))
            continue
        texts[sid] = text

    facts: list[Fact] = []
    where: dict[str, Located] = {}
    fact_files = sorted((root / "facts").glob("*.yaml")) if (root / "facts").is_dir() else []
    jobs = [(path, rel(path)) for path in fact_files]
    for (path, shown), parsed in zip(jobs, _parsed(jobs)):
        for fact, loc in _load_list(path, shown, Fact, problems, parsed):
            if fact.id in where:
                first = where[fact.id]
                problems.append(Problem(loc.file, loc.line("id"), "id",
                                        f"duplicate fact id {fact.id!r} (first at {first.file}:{first.line('id')})"))
                continue
            facts.append(fact)
            where[fact.id] = loc

    if meta is None:
        return None, problems
    return Dossier(root, meta, sources, facts, where, source_where, texts), problems
