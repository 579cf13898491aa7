"""The verified snapshot: a dossier that passed every check, saved beside it, so that `make` and `build` do not
parse and verify 100,000 facts again when nothing changed.

Where: `<dossier>/.briefing-cache/verified.pickle` (the folder holds a `.gitignore` of `*`, so it is never
committed). Safe to delete at any time; a folder that cannot be written just gets no snapshot.

What makes it valid, checked before anything in it is used:
- the SHA-256 of every file the check read — dossier.yaml, sources.yaml, each facts/*.yaml (the list of them
  too), each source text — read again now, byte for byte; and no source text turned into a link out of the
  folder;
- the tool: its version, every file of the package (code, fonts, topics), the style the printable check reads,
  and the versions of Python, pydantic, PyYAML and fontTools. A new rule or a new release is a new key;
- the snapshot's own body: its SHA-256 is in its header (a truncated or damaged file is never unpickled).
Anything else — missing, stale, damaged, unreadable, another format — and the dossier is checked in full
(and a new snapshot written). `briefing check` always checks in full; it writes the snapshot when it passes.

Only dossiers without a single problem are saved; warnings (figures that disagree) are not problems and come
from the facts, so a note made from the snapshot says exactly what it would say without it.

Security: the body is a pickle. It is read only from the dossier's own folder — whoever can write there can
already put any fact in the dossier — and only after its digest matched, by an unpickler that builds nothing
but the schema's models, decimals and plain containers (any other class or function refuses the file).
"""
from __future__ import annotations

import errno
import hashlib
import io
import os
import pickle
import struct
import sys
import time
from functools import lru_cache
from pathlib import Path

from .. import __version__, resources
from . import schema
from .load import Dossier, SnapshotLocations, _outside, fact_files
from ..yamlio import decode_text, read_raw

CACHE_DIR = ".briefing-cache"
NAME = "verified.pickle"
MAGIC = b"briefing verified dossier\n"
FORMAT = 1
_LENGTH = struct.Struct("<Q")


# ------------------------------------------------------------------------------------------------ the key
@lru_cache(maxsize=1)
def tool_key() -> bytes:
    """The digest of everything besides the dossier that decides what `check` says and what it builds."""
    import importlib.util

    import pydantic
    import pydantic_core
    import yaml

    h = hashlib.sha256()
    h.update(f"{FORMAT}|{__version__}|{sys.version}|pydantic {pydantic.VERSION}|core {pydantic_core.__version__}"
             f"|yaml {yaml.__version__}|{getattr(yaml, '__with_libyaml__', None)}".encode())
    package = Path(__file__).resolve().parent.parent
    files = sorted(p for p in package.rglob("*") if p.is_file() and "__pycache__" not in p.parts
                   and "defaults" not in p.relative_to(package).parts)
    spec = importlib.util.find_spec("fontTools")   # its version, without importing it
    files.append(Path(spec.origin) if spec and spec.origin else Path("(no fontTools)"))
    files.append(resources.templates() / "style.yaml")
    for path in files:
        try:
            digest = hashlib.sha256(path.read_bytes()).digest()
        except OSError:
            digest = b"missing"
        h.update(str(path.relative_to(package) if path.is_relative_to(package) else path.name).encode() + b"\0"
                 + digest)
    return h.digest()


def _inputs(root: Path, texts: list[str], keep: dict) -> dict[str, bytes] | None:
    """SHA-256 of each file a check reads, as they are now (the source texts, decoded, into `keep`); None if
    one cannot be read, or a text or its folder is a link out of the dossier folder. (Plain strings and os
    calls: there are 20,000 texts.)"""
    top = str(root)
    sha = hashlib.sha256
    digests = {}
    try:
        for rel in ["dossier.yaml", "sources.yaml", *fact_files(root)]:
            digests[rel] = sha(read_raw(os.path.join(top, rel))).digest()
        outside = _outside(root)
        folders = set()
        for rel in texts:
            folder = os.path.dirname(rel)
            if (folder not in folders or not _NOFOLLOW) and outside(rel):
                return None
            folders.add(folder)
            path = os.path.join(top, rel)
            try:
                raw = read_raw(path, _NOFOLLOW)   # a link fails here (ELOOP): one system call fewer than lstat
            except OSError as exc:
                if exc.errno != errno.ELOOP or outside(rel):
                    return None
                raw = read_raw(path)
            digests[rel] = sha(raw).digest()
            keep[rel] = decode_text(raw, rel)   # now, so that the bytes' memory serves the next file
    except Exception:   # unreadable now: the full check says why
        return None
    return digests


_NOFOLLOW = getattr(os, "O_NOFOLLOW", 0)


# ------------------------------------------------------------------------------------------------ pickling
# The models pickle as (schema._rebuild, (class, field values, fields given)): see Strict.__reduce__.
_MODELS: dict = {}


def _models() -> dict:
    if not _MODELS:
        todo = [schema.Strict]
        while todo:
            cls = todo.pop()
            _MODELS[cls.__name__] = cls
            todo += cls.__subclasses__()
    return _MODELS


class _Unpickler(pickle.Unpickler):
    """Builds the schema's models, decimals, and plain data; nothing else."""

    def find_class(self, module, name):
        if module == schema.__name__ and name == "_rebuild":
            return schema._rebuild
        if module == schema.__name__ and name in _models():
            return _models()[name]
        if module == "decimal" and name == "Decimal":
            from decimal import Decimal
            return Decimal
        raise pickle.UnpicklingError(f"{module}.{name} is not allowed in a snapshot")


class _Plain(pickle.Unpickler):
    def find_class(self, module, name):
        raise pickle.UnpicklingError("the header holds plain data only")


# ------------------------------------------------------------------------------------------------ file format
# MAGIC, the body (the dossier's parts, pickled), the header (a pickle of plain data: format, tool key, the
# digests of the inputs, the source texts' files, the body's length and digest), the header's length.
def _read_header(fh) -> dict | None:
    if fh.read(len(MAGIC)) != MAGIC:
        return None
    end = fh.seek(0, os.SEEK_END)
    if end < len(MAGIC) + _LENGTH.size:
        return None
    fh.seek(end - _LENGTH.size)
    (size,) = _LENGTH.unpack(fh.read(_LENGTH.size))
    if size > end - len(MAGIC) - _LENGTH.size or size > 1 << 28:
        return None
    fh.seek(end - _LENGTH.size - size)
    header = _Plain(io.BytesIO(fh.read(size))).load()
    if not isinstance(header, dict) or header.get("format") != FORMAT \
            or header.get("body_size") != end - len(MAGIC) - _LENGTH.size - size:
        return None
    return header


def path_of(root: Path) -> Path:
    return Path(root) / CACHE_DIR / NAME


def load(root: Path) -> Dossier | None:
    """The dossier from its snapshot if the snapshot is valid for the files as they are now, else None."""
    root = Path(root)
    try:
        with open(path_of(root), "rb") as fh:
            header = _read_header(fh)
            if header is None or header["tool"] != tool_key():
                return None
            texts: dict[str, str] = {}
            if _inputs(root, header["texts"], texts) != header["inputs"]:
                return None
            fh.seek(len(MAGIC))
            body = fh.read(header["body_size"])
        if len(body) != header["body_size"] or hashlib.sha256(body).digest() != header["body_sha256"]:
            return None
        meta, sources, facts, counts = _Unpickler(io.BytesIO(body)).load()
        del body
        return _assemble(root, meta, sources, facts, counts, header, texts)
    except Exception:   # missing, unreadable, damaged, another version's: never trusted, never fatal
        return None


def _assemble(root, meta, sources, facts, counts, header, decoded) -> Dossier:
    if not (isinstance(meta, schema.DossierMeta) and all(type(s) is schema.Source for s in sources)
            and all(type(f) is schema.Fact for f in facts) and sum(counts) == len(facts)):
        raise ValueError("not a dossier")
    texts = {src.id: decoded[src.file] for src in sources}
    where = SnapshotLocations.for_facts(root, facts, fact_files(root), counts)
    source_where = SnapshotLocations.for_sources(root, sources)
    return Dossier(root, meta, {src.id: src for src in sources}, facts, where, source_where, texts,
                   dict(header["inputs"]))


def save(dossier: Dossier) -> None:
    """Save a dossier that passed every check (quietly nothing if its folder cannot be written)."""
    try:
        _save(dossier)
    except Exception:   # a read-only or full disk, a model that will not pickle: no snapshot, no harm
        pass


def _already(path: Path, inputs: dict) -> bool:
    """Whether `path` is an intact snapshot of these inputs by this tool (then check need not write it again)."""
    try:
        with open(path, "rb") as fh:
            header = _read_header(fh)
            if not header or header["tool"] != tool_key() or header["inputs"] != inputs:
                return False
            fh.seek(len(MAGIC))
            sha, left = hashlib.sha256(), header["body_size"]
            while left > 0:
                chunk = fh.read(min(left, 1 << 20))
                if not chunk:
                    return False
                sha.update(chunk)
                left -= len(chunk)
            return sha.digest() == header["body_sha256"]
    except Exception:
        return False


class _Hashing:
    """A file that hashes and counts what is written to it (the pickle goes straight to disk: no copy of
    80 MB in memory)."""

    def __init__(self, fh):
        self.fh, self.sha, self.size = fh, hashlib.sha256(), 0

    def write(self, data) -> int:
        self.sha.update(data)
        self.size += len(data)
        return self.fh.write(data)


def _save(dossier: Dossier) -> None:
    root = Path(dossier.root)
    texts = list(dict.fromkeys(src.file for src in dossier.sources.values()))
    files = fact_files(root)
    if any(rel not in dossier.inputs for rel in ["dossier.yaml", "sources.yaml", *files, *texts]):
        return   # not loaded from these files
    counts = [0] * len(files)
    index = {rel: k for k, rel in enumerate(files)}
    for fact in dossier.facts:
        counts[index[dossier.where[fact.id].rel]] += 1
    folder = root / CACHE_DIR
    path = folder / NAME
    if _already(path, dossier.inputs):
        return
    folder.mkdir(exist_ok=True)
    ignore = folder / ".gitignore"
    if not ignore.exists():
        ignore.write_text("# briefing's verified snapshots (see briefing/dossier/snapshot.py): safe to delete\n*\n",
                          encoding="utf-8")
    _sweep(folder)
    tmp = folder / f".verified-{os.getpid()}-{os.urandom(6).hex()}.tmp"
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o666)   # the mode any file of the user's gets
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(MAGIC)
            body = _Hashing(fh)
            pickle.dump((dossier.meta, list(dossier.sources.values()), dossier.facts, counts), body, protocol=5)
            header = pickle.dumps({"format": FORMAT, "tool": tool_key(), "inputs": dict(dossier.inputs),
                                   "texts": texts, "body_size": body.size, "body_sha256": body.sha.digest()},
                                  protocol=5)
            fh.write(header + _LENGTH.pack(len(header)))
        os.replace(tmp, path)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise


def _sweep(folder: Path) -> None:
    """Temporary files a killed run left (an hour old: a running one's is younger)."""
    for tmp in folder.glob(".verified-*.tmp"):
        try:
            if time.time() - tmp.stat().st_mtime > 3600:
                tmp.unlink()
        except OSError:
            pass
