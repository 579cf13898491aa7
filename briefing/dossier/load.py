"""Reading a dossier folder into typed objects, collecting every schema problem with its file and line."""
from __future__ import annotations

import hashlib
import os
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path
from typing import Any

from pydantic import BaseModel, TypeAdapter, ValidationError

from ..diagnostics import Problem
from ..errors import ContentError
from ..yamlio import Lines, decode_text, line_of, load_bytes, load_file, no_gc, read_bytes, text_limit
from .schema import DossierMeta, Fact, Source


@dataclass
class Located:
    """Where an object came from, for messages."""

    file: str
    lines: Lines
    base: tuple
    rel: str | None = None   # the file, relative to the dossier folder

    def line(self, *loc) -> int | None:
        return line_of(self.lines, self.base + tuple(loc))


class _FileLines:
    """The lines of a file, found when first asked for (a facts file taken from the cache was not parsed)."""

    def __init__(self, path: Path, shown: str):
        self.path, self.shown, self._lines = path, shown, None

    def get(self, loc, default=None):
        if self._lines is None:
            try:
                self._lines = load_file(self.path, self.shown)[1]
            except ContentError:   # it loaded when it was checked; if not now, messages go without lines
                self._lines = {}
        return self._lines.get(loc, default)


@dataclass
class Dossier:
    root: Path
    meta: DossierMeta
    sources: dict[str, Source]
    facts: list[Fact]
    where: dict[str, Located] = field(default_factory=dict)         # fact id -> location
    source_where: dict[str, Located] = field(default_factory=dict)  # source id -> location
    texts: dict[str, str] = field(default_factory=dict)      # source id -> text
    # What was read: each file's path below `root` ("facts/2025.yaml", a source's `file`) -> SHA-256 of its bytes
    # (the verification cache is keyed by them, see cache.py).
    inputs: dict[str, bytes] = field(default_factory=dict, repr=False)
    # The facts files parsed now, with their facts (what the cache keeps once they pass); the others came from
    # the cache, verified when they were written.
    parsed: dict[str, list] = field(default_factory=dict, repr=False)
    cacheable: bool = False   # everything but the facts files read without a problem
    # One root cause reported once: the source entries that did not load (id -> the problem said about them;
    # None: sources.yaml itself did not load, so no citation can be checked). A fact citing one of them is not
    # reported again as citing an unknown source.
    broken_sources: dict[str | None, Problem] = field(default_factory=dict, repr=False)
    citing_broken: dict[str | None, set] = field(default_factory=dict, repr=False)   # -> ids of facts citing it

    @cached_property
    def source_digests(self) -> dict[str, str]:
        """Source id -> the digest of what a fact's check reads of it (its entry and its text)."""
        return _source_digests(self.sources, self.texts, self.inputs)

    def verified_before(self, fact) -> bool:
        return self.where[fact.id].rel not in self.parsed

    def fact(self, fid: str) -> Fact:
        index = self.__dict__.get("_by_id")
        if index is None or len(index) != len(self.facts):   # built once; rebuilt if facts were added
            index = self.__dict__["_by_id"] = {f.id: f for f in self.facts}
        try:
            return index[fid]
        except KeyError:
            raise StopIteration(fid) from None   # what the linear search raised


def _source_digests(sources: dict, texts: dict, inputs: dict) -> dict[str, str]:
    from .cache import source_digest
    return {sid: source_digest(src.model_dump_json().encode(), inputs[src.file])
            for sid, src in sources.items() if sid in texts}


def _field_name(loc: tuple) -> str:
    return ".".join(str(p) for p in loc if not isinstance(p, int)) or "(entry)"


def _message(err: dict) -> str:
    msg = err["msg"]
    return msg.removeprefix("Value error, ")


def _validate(model: type[BaseModel], data: Any, shown: str, lines: Lines, base: tuple, problems: list[Problem]):
    if data is None and not base:
        problems.append(Problem(shown, None, "", "the file is empty (expected a mapping)", "schema"))
        return None
    if not isinstance(data, dict):
        problems.append(Problem(shown, line_of(lines, base), "", f"expected a mapping, got {type(data).__name__}",
                                "schema"))
        return None
    try:
        return model(**data)
    except ValidationError as exc:
        for err in exc.errors():
            loc = tuple(err["loc"])
            problems.append(Problem(shown, line_of(lines, base + loc), _field_name(loc), _message(err), "schema"))
        return None


_LISTS = {Fact: TypeAdapter(list[Fact]), Source: TypeAdapter(list[Source])}


def _read(root: Path, rel: str, shown: str, inputs: dict, limit: int | None = None) -> bytes:
    """The bytes of a file below `root` (ContentError if unreadable or over `limit`), their digest kept in
    `inputs`."""
    raw = read_bytes(root / rel, shown, limit)
    inputs[rel] = hashlib.sha256(raw).digest()
    return raw


def _load_list(root: Path, rel: str, shown: str, model, problems: list[Problem],
               inputs: dict, cached=None, parsed: dict | None = None,
               broken: dict | None = None) -> list[tuple[Any, Located]]:
    """The entries of a file, validated. `cached(digest)` may give them as the verification cache kept them
    (then the file is not parsed); the entries of a file that was parsed go into `parsed`. `broken` gets, for
    each entry that does not validate, its id (if it has one) -> its first problem, and None -> the problem if the
    file as a whole did not load."""
    try:
        raw = _read(root, rel, shown, inputs)
        objs = cached(inputs[rel]) if cached is not None else None
        if objs is not None:
            lines = _FileLines(root / rel, shown)
            return [(obj, Located(shown, lines, (i,), rel)) for i, obj in enumerate(objs)]
        data, lines = load_bytes(raw, root / rel, shown)
        if parsed is not None:
            parsed[rel] = []   # its facts once they all validate
    except ContentError as exc:
        problems.extend(exc.problems)
        if broken is not None and exc.problems:
            broken[None] = exc.problems[0]
        return []
    if data is None:
        return []
    if not isinstance(data, list):
        problems.append(Problem(shown, 1, "", "expected a list of entries", "schema"))
        if broken is not None:
            broken[None] = problems[-1]
        return []
    try:   # the whole file in one pass; any problem, and each entry is validated again alone, for its messages
        objs = _LISTS[model].validate_python(data) if all(type(item) is dict for item in data) else None
    except ValidationError:
        objs = None
    if objs is not None:
        if parsed is not None:
            parsed[rel] = objs
        return [(obj, Located(shown, lines, (i,), rel)) for i, obj in enumerate(objs)]
    out = []
    for i, item in enumerate(data):
        before = len(problems)
        obj = _validate(model, item, shown, lines, (i,), problems)
        if obj is not None:
            out.append((obj, Located(shown, lines, (i,), rel)))
        elif broken is not None and isinstance(item, dict) and isinstance(item.get("id"), str):
            broken.setdefault(item["id"], problems[before])
    return out


def _shown(path: Path) -> str:
    """A path as the user would type it: relative to the working folder when inside it."""
    try:
        return str(path.resolve().relative_to(Path.cwd().resolve()))
    except ValueError:
        return str(path)


def _outside(root: Path):
    """`outside(rel)`: whether a source path (below `root`, as `file` gives it) leaves the dossier folder through
    a symbolic link (the schema already refuses `..` and absolute paths). Each folder is resolved once, a file
    only when it is a link. Plain strings: pathlib costs a second over 20,000 texts."""
    top = str(root)
    base = os.path.realpath(top)
    inside = base.rstrip(os.sep) + os.sep
    folders: dict[str, bool] = {}

    def out(real: str) -> bool:
        return real != base and not real.startswith(inside)

    def outside(rel: str) -> bool:
        path = os.path.join(top, rel)
        parent = os.path.dirname(path)
        if parent not in folders:
            folders[parent] = out(os.path.realpath(parent))
        return folders[parent] or (os.path.islink(path) and out(os.path.realpath(path)))
    return outside


def fact_files(root: Path) -> list[str]:
    """The facts files, below `root`, in the order they are read."""
    folder = root / "facts"
    return [f"facts/{path.name}" for path in sorted(folder.glob("*.yaml"))] if folder.is_dir() else []


def keep_until_exit(obj) -> None:
    """Let `obj` — large, acyclic, needed until the command ends — go with the process instead of being freed
    object by object on the way out (0.2-0.3 s for a 100,000-fact dossier): a reference cycle keeps its count
    above zero, and gc.freeze() puts it where the collector's last pass at exit does not look."""
    import gc
    box = [obj]
    box.append(box)
    gc.freeze()


def load_dossier(root: Path, use_cache: bool = False) -> tuple[Dossier | None, list[Problem]]:
    """Parse and schema-check every file; return the dossier (None if unusable) and all problems found. With
    `use_cache`, a facts file the verification cache holds for its bytes and context is taken from there."""
    with no_gc():   # millions of small acyclic objects: the cyclic collector would only rescan them
        return _load_dossier(Path(root), use_cache)


def _load_dossier(root: Path, use_cache: bool) -> tuple[Dossier | None, list[Problem]]:
    from . import cache
    problems: list[Problem] = []
    if not root.is_dir():
        return None, [Problem(str(root), None, "", "dossier folder not found", "unreadable-file")]
    base = Path(_shown(root))
    shown = lambda rel: str(base / rel)   # noqa: E731
    inputs: dict[str, bytes] = {}

    meta = None
    try:
        data, lines = load_bytes(_read(root, "dossier.yaml", shown("dossier.yaml"), inputs), root / "dossier.yaml",
                                 shown("dossier.yaml"))
        meta = _validate(DossierMeta, data, shown("dossier.yaml"), lines, (), problems)
    except ContentError as exc:
        problems.extend(exc.problems)

    sources: dict[str, Source] = {}
    source_where: dict[str, Located] = {}
    broken: dict = {}
    for src, loc in _load_list(root, "sources.yaml", shown("sources.yaml"), Source, problems, inputs,
                               broken=broken):
        if src.id in sources:
            problems.append(Problem(loc.file, loc.line("id"), "id", f"duplicate source id {src.id!r}", code="duplicate-id"))
            continue
        sources[src.id] = src
        source_where[src.id] = loc

    texts: dict[str, str] = {}
    outside = _outside(root)
    limit = text_limit()
    for sid, src in sources.items():
        if outside(src.file):
            loc = source_where[sid]
            problems.append(Problem(loc.file, loc.line("file"), "file",
                                    f"{src.file}: a link to a file outside the dossier folder (copy the text in)",
                                    "source-file"))
            continue
        try:
            text = decode_text(_read(root, src.file, src.file, inputs, limit), src.file)
        except ContentError as exc:
            loc = source_where[sid]
            problems.append(Problem(loc.file, loc.line("file"), "file", f"{src.file}: {exc.problems[0].message}",
                                    "source-file"))
            continue
        if not text.strip():
            loc = source_where[sid]
            problems.append(Problem(loc.file, loc.line("file"), "file", f"{src.file}: the source text is empty", "source-file"))
            continue
        texts[sid] = text

    facts: list[Fact] = []
    where: dict[str, Located] = {}
    if (root / "facts").exists() and not (root / "facts").is_dir():
        # Not "ok: 0 facts": whatever is there was meant to hold them.
        problems.append(Problem(shown("facts"), None, "", "expected a folder of facts files (facts/*.yaml), "
                                                          "found a file", "unreadable-file"))
    files = fact_files(root)
    cacheable = not problems   # a problem in a source: the check of the facts that cite it is incomplete
    cached = digests = None
    if use_cache and cacheable:
        digests = _source_digests(sources, texts, inputs)
        cached = lambda digest: cache.read(root, digest, digests.get)   # noqa: E731
    parsed: dict[str, list] = {}
    for rel in files:
        for fact, loc in _load_list(root, rel, shown(rel), Fact, problems, inputs, cached, parsed):
            if fact.id in where:
                first = where[fact.id]
                problems.append(Problem(loc.file, loc.line("id"), "id",
                                        f"duplicate fact id {fact.id!r} (first at {first.file}:{first.line('id')})", code="duplicate-id"))
                continue
            facts.append(fact)
            where[fact.id] = loc

    if meta is None:
        return None, problems
    dossier = Dossier(root, meta, sources, facts, where, source_where, texts, inputs, parsed, cacheable, broken)
    if digests is not None:
        dossier.__dict__["source_digests"] = digests   # the cached property, already computed for reading
    return dossier, problems
