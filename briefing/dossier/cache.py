"""The verification cache: for each facts file that passed every check, its facts as data (JSON written and read by
pydantic), so that `make` and `build` need not parse and verify it again while it and what it was checked against
are unchanged.

Where: `<dossier>/.briefing-cache/<sha256 of the facts file's bytes>.json` (the folder holds a `.gitignore` of `*`,
so it is never committed). An entry names what else the file's check depended on — the tool (its version and code,
Python's and the libraries' versions) and, for each source its facts cite, the digest of that source's entry in
sources.yaml and of its text — and is used only while all of them are as they were. An edit of one facts file is
a new name: that file alone is parsed and verified again. An edit of a source text or of its entry makes stale
only the entries of the files that cite it.

Safe to delete at any time; a damaged, stale, unreadable or unwritable entry only costs time (it is written anew).
`briefing check` never reads it (it always verifies in full) and writes it when a file passes.
"""
from __future__ import annotations

import hashlib
import logging
import sys
from functools import lru_cache
from pathlib import Path
from typing import Callable, Literal

from pydantic import BaseModel, ValidationError

from .. import __version__
from .schema import Fact

CACHE_DIR = ".briefing-cache"
FORMAT = 2
log = logging.getLogger(__name__)


class Entry(BaseModel):
    """One facts file as it passed: written and read by pydantic, so a damaged or foreign entry fails to validate."""

    format: Literal[2]
    tool: str                   # tool_key() of the tool that checked it
    sources: dict[str, str]     # id of each source its facts cite -> source_digest() then
    facts: list[Fact]


@lru_cache(maxsize=1)
def tool_key() -> str:
    """What besides the dossier decides what the check says: the code of the package, the default style (its fonts
    decide what is printable) and the versions of what it runs on (a new rule or a new release is a new key)."""
    from importlib import metadata

    from ..resources import package_dir, templates
    h = hashlib.sha256(f"{FORMAT}|{__version__}|{sys.version}".encode())
    for name in ("pydantic", "pydantic-core", "pyyaml", "fonttools"):
        try:
            h.update(f"|{name} {metadata.version(name)}".encode())
        except metadata.PackageNotFoundError:
            h.update(f"|{name} none".encode())
    package = package_dir()
    for path in sorted(package.rglob("*")):
        rel = path.relative_to(package)
        if path.is_file() and "__pycache__" not in rel.parts and rel.parts[0] not in ("defaults", "extract",
                                                                                      "delivery"):
            h.update(rel.as_posix().encode() + b"\0" + hashlib.sha256(path.read_bytes()).digest())
    h.update(b"style.yaml\0" + hashlib.sha256((templates() / "style.yaml").read_bytes()).digest())
    return h.hexdigest()


def source_digest(entry_json: bytes, text_digest: bytes) -> str:
    """What a fact's check reads of one source: its entry in sources.yaml (as validated) and its text."""
    return hashlib.sha256(entry_json + b"\0" + text_digest).hexdigest()


def _path(root: Path, file_digest: bytes) -> Path:
    return Path(root) / CACHE_DIR / f"{file_digest.hex()}.json"


def read(root: Path, file_digest: bytes, source_digest_of: Callable[[str], str | None]) -> list[Fact] | None:
    """The facts of a facts file as they passed the check, or None: not cached, or the entry is damaged or was
    checked by another tool or against other sources (`source_digest_of(id)` gives a source's digest now)."""
    try:
        entry = Entry.model_validate_json(_path(root, file_digest).read_bytes())
    except (OSError, ValidationError):
        return None
    if entry.tool != tool_key() or any(source_digest_of(sid) != d for sid, d in entry.sources.items()):
        return None
    return entry.facts


def write(root: Path, file_digest: bytes, facts: list[Fact], sources: dict[str, str]) -> None:
    """Keep a facts file's facts (only ever of a file that passed) with the digests of the sources they cite. Any
    failure leaves the cache as it was: a read-only dossier just has no cache."""
    from ..fsutil import atomic_write
    try:
        body = Entry(format=FORMAT, tool=tool_key(), sources=sources, facts=facts).model_dump_json(exclude_unset=True)
        folder = Path(root) / CACHE_DIR
        if not (folder / ".gitignore").exists():
            atomic_write(folder / ".gitignore", b"# briefing's verification cache: never committed\n*\n")
        atomic_write(_path(root, file_digest), body.encode())
    except Exception as exc:   # a read-only or full disk, a file where the folder would go: no entry, no harm
        log.debug("verification cache not written: %s", exc)


def prune(root: Path, keep: set[bytes]) -> None:
    """Remove the entries of facts files that are no longer there as they were (edited or removed)."""
    names = {_path(root, digest).name for digest in keep}
    try:
        for path in (Path(root) / CACHE_DIR).glob("*.json"):
            if path.name not in names:
                path.unlink()
    except OSError as exc:
        log.debug("verification cache not pruned: %s", exc)
