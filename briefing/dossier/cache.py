"""The verification cache: for each facts file that passed every check, its entries as data (JSON), so that `make`
and `build` need not parse and verify it again while it and what it was checked against are unchanged.

Where: `<dossier>/.briefing-cache/<key>.json` (the folder holds a `.gitignore` of `*`, so it is never committed).
The key is the SHA-256 of the facts file's bytes and of its context: every other input of the check — dossier.yaml,
sources.yaml, every source text — and the tool (its version and code, Python's and the libraries' versions). An
edit of one facts file makes one new key: that file alone is parsed and verified again. An edit of a source text
or of sources.yaml is a new context: every file is verified again. The entry holds the file's entries exactly as
the YAML gave them; they are validated by the same schema as ever when read, so a cached fact is the fact.

Safe to delete at any time; a damaged, unreadable or unwritable cache only costs time. `briefing check` never
reads it (it always verifies in full) and writes it when a file passes.
"""
from __future__ import annotations

import hashlib
import json
import sys
from functools import lru_cache
from pathlib import Path

from .. import __version__

CACHE_DIR = ".briefing-cache"
FORMAT = 1


@lru_cache(maxsize=1)
def tool_key() -> str:
    """What besides the dossier decides what the check says: the code of the package and the versions of what it
    runs on (a new rule or a new release is a new key)."""
    from importlib import metadata

    from ..resources import package_dir
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
    return h.hexdigest()


def context_key(inputs: dict[str, bytes], facts_files: list[str]) -> str:
    """The digest of everything a facts file is checked against: all inputs but the facts files themselves."""
    h = hashlib.sha256(tool_key().encode())
    for rel in sorted(inputs):
        if rel not in facts_files:
            h.update(rel.encode() + b"\0" + inputs[rel])
    return h.hexdigest()


def _path(root: Path, file_digest: bytes, context: str) -> Path:
    return Path(root) / CACHE_DIR / f"{hashlib.sha256(file_digest + context.encode()).hexdigest()[:40]}.json"


def read(root: Path, file_digest: bytes, context: str) -> list | None:
    """The entries of a facts file as they passed the check, or None (not cached, or the entry is unusable)."""
    try:
        data = json.loads(_path(root, file_digest, context).read_bytes())
    except (OSError, ValueError):
        return None
    if not isinstance(data, dict) or data.get("format") != FORMAT or not isinstance(data.get("entries"), list):
        return None
    return data["entries"]


def write(root: Path, file_digest: bytes, context: str, entries: list) -> None:
    """Keep a facts file's entries (only ever of a file that passed). Any failure leaves the cache as it was."""
    from ..fsutil import atomic_write
    try:
        body = json.dumps({"format": FORMAT, "entries": entries}, ensure_ascii=False, allow_nan=False,
                          separators=(",", ":")).encode()
        folder = Path(root) / CACHE_DIR
        if not (folder / ".gitignore").exists():
            atomic_write(folder / ".gitignore", b"# briefing's verification cache: never committed\n*\n")
        atomic_write(_path(root, file_digest, context), body)
    except Exception:   # a read-only or full disk, data JSON cannot hold: no entry, no harm
        pass
