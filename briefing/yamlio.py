"""Reading YAML files, with located errors (`file:line`). libyaml (PyYAML's C parser; the pure-Python one where
PyYAML was built without it) is the only reader.

Data: the parser's events are turned into plain dicts and lists in one loop — what `yaml.safe_load` gives, except
that dates stay text (the schema reads them), keys are taken as written, a key given twice is an error, and nesting
deeper than any dossier needs is refused (libyaml's own composer recurses in C and would crash on it). Scalars are
resolved by PyYAML's own resolver; a plain scalar whose first character starts none of the resolver's patterns is
text without asking it (the resolver's table says which characters those are).

Lines: nothing is recorded while loading (a dossier of 100,000 facts has three million nodes) except where each
item of a top-level list starts and ends. When a message needs the line of a field, that item's text — or the whole
file, for a file that is not a list — is composed again by libyaml and the line read from the node's mark
(`Lines.get`).
"""
from __future__ import annotations

import gc
import os
import stat
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import yaml
from yaml.events import (AliasEvent, DocumentStartEvent, MappingEndEvent, MappingStartEvent, ScalarEvent,
                         SequenceEndEvent, SequenceStartEvent, StreamEndEvent)
from yaml.nodes import MappingNode, ScalarNode, SequenceNode

from .diagnostics import Problem
from .errors import ContentError

_Loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
_STR = "tag:yaml.org,2002:str"
_TIMESTAMP = "tag:yaml.org,2002:timestamp"
_SCALAR_TAGS = frozenset("tag:yaml.org,2002:" + t for t in ("null", "bool", "int", "float"))
MAX_DEPTH = 64   # a dossier file nests five deep; a thousand `[` is an attack, not a dossier
# What aliases may add, counted as the values a reader walking the data would meet: anchors shared a few times
# are fine, nine levels of ten ("billion laughs") would make every later walk of the data endless.
MAX_ALIAS_VALUES = 100_000


def _typed_first_characters(loader) -> frozenset[str] | None:
    """The characters a plain scalar must start with for any implicit resolver to claim it (None: any may)."""
    table = loader.yaml_implicit_resolvers
    if None in table or loader.yaml_path_resolvers:
        return None
    return frozenset(ch for ch in table if ch)


_TYPED_FIRST = _typed_first_characters(_Loader) or frozenset(map(chr, range(0x110000)))


@contextmanager
def no_gc():
    """Pause the cyclic collector while building large acyclic trees (restored afterwards)."""
    was = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was:
            gc.enable()


def _problem(file: str, mark, message: str, code: str = "yaml", field: str = "") -> ContentError:
    return ContentError(message, [Problem(file, mark.line + 1, field, message, code)])


def _scalar(loader, ev) -> Any:
    """A scalar event as the safe loader would construct it; dates stay text (the schema parses them)."""
    tag = ev.tag
    if tag is None or tag == "!":
        if ev.style or not ev.implicit[0]:
            return ev.value
        tag = loader.resolve(ScalarNode, ev.value, ev.implicit)
    if tag == _STR or tag == _TIMESTAMP:
        return ev.value
    node = ScalarNode(tag, ev.value, ev.start_mark, ev.end_mark)
    if tag in _SCALAR_TAGS:   # plain functions of the node; construct_object would also keep every node
        return loader.yaml_constructors[tag](loader, node)
    return loader.construct_object(node, deep=True)


def _build(data: bytes, file: str, items: list) -> Any:
    """Plain Python data from YAML bytes. For a top-level list, `items` gets, for each item that is a mapping,
    [line, column, start, end] of its text (0-based; start and end in characters), else None."""
    loader = _Loader(data)
    get = loader.get_event
    typed_first = _TYPED_FIRST
    anchors: dict = {}
    stack: list = []       # the containers being filled above `cont`, each with its waiting key
    cont: Any = None       # the dict or list being filled
    key: Any = None        # in a mapping: the key waiting for its value (None: expecting a key)
    root: Any = None
    documents = 0
    aliased = 0            # values added by aliases so far
    weights: dict = {}     # id of an anchored container -> the values below it, aliases expanded
    try:
        while True:
            ev = get()
            t = type(ev)
            if t is ScalarEvent:
                if key is None and type(cont) is dict:   # a key: taken as written, never resolved
                    key = ev.value
                    if key in cont:
                        raise _problem(file, ev.start_mark, "key given twice", "duplicate-key", key)
                    if ev.anchor:
                        anchors[ev.anchor] = key
                    continue
                value = ev.value
                if ev.tag is not None or not (ev.style or (value and value[0] not in typed_first)):
                    value = _scalar(loader, ev)
                if ev.anchor:
                    anchors[ev.anchor] = value
            elif t is MappingStartEvent or t is SequenceStartEvent:
                if type(cont) is dict and key is None:
                    raise _problem(file, ev.start_mark, "mapping keys must be plain strings")
                if len(stack) >= MAX_DEPTH:
                    raise _problem(file, ev.start_mark, f"nested more than {MAX_DEPTH} levels deep")
                if len(stack) == 1 and type(cont) is list:   # an item of a top-level list
                    mark = ev.start_mark
                    items.append([mark.line, mark.column, mark.index, None] if t is MappingStartEvent else None)
                new: Any = {} if t is MappingStartEvent else []
                if ev.anchor:
                    anchors[ev.anchor] = new
                stack.append((cont, key))
                cont, key = new, None
                continue
            elif t is MappingEndEvent or t is SequenceEndEvent:
                value = cont
                cont, key = stack.pop()
                if len(stack) == 1 and type(cont) is list and items[-1] is not None and items[-1][3] is None:
                    items[-1][3] = ev.end_mark.index
            elif t is AliasEvent:
                if ev.anchor not in anchors:
                    raise _problem(file, ev.start_mark, f"unknown alias *{ev.anchor}")
                value = anchors[ev.anchor]
                if type(cont) is dict and key is None:   # an alias as a key
                    raise _problem(file, ev.start_mark, "mapping keys must be plain strings")
                if value is cont or any(value is above for above, _ in stack):
                    raise _problem(file, ev.start_mark, f"alias *{ev.anchor} inside its own anchor (a loop)")
                aliased += _values(value, weights)
                if aliased > MAX_ALIAS_VALUES:
                    raise _problem(file, ev.start_mark, f"aliases expand to more than {MAX_ALIAS_VALUES:,} values "
                                                        f"(write the data out instead of repeating it by alias)")
            elif t is StreamEndEvent:
                break
            else:
                if t is DocumentStartEvent:
                    if documents:   # silently reading only one of them would lose the other's entries
                        raise _problem(file, ev.start_mark, "a second YAML document (`---`): a file holds one; "
                                                            "join them or move the second into a file of its own")
                    documents += 1
                continue
            if cont is None:
                root = value
            elif type(cont) is dict:
                cont[key] = value
                key = None
            else:
                cont.append(value)
    finally:
        loader.dispose()
    return root


def _values(value, weights: dict) -> int:
    """How many values a walk of `value` meets, shared containers counted each time (memoised: a bomb's levels
    are the same few lists)."""
    if type(value) is not dict and type(value) is not list:
        return 1
    known = weights.get(id(value))
    if known is None:
        items = value.values() if type(value) is dict else value
        known = weights[id(value)] = 1 + sum(_values(v, weights) for v in items)
    return known


class Lines:
    """Path -> line (1-based) of one file, found on demand from libyaml's node marks. Paths are tuples of keys and
    indexes. The text is kept, or read again through `reread()` when first needed."""

    def __init__(self, text, items: list):
        self._text = text      # the file's text, or a function that reads it again (kept out of memory)
        self._items = items    # where each item of a top-level list lies, see _build
        self._nodes: dict = {}   # item index (or None: the whole file) -> (composed node, first line) once composed

    def _source(self) -> str:
        if callable(self._text):
            self._text = self._text()
        return self._text

    def _compose(self, index) -> tuple:
        if index not in self._nodes:
            try:
                if index is None:
                    self._nodes[index] = (yaml.compose(self._source(), Loader=_Loader), 0)
                else:
                    line, column, start, end = self._items[index]
                    snippet = " " * column + self._source()[start:end]
                    self._nodes[index] = (yaml.compose(snippet, Loader=_Loader), line)
            except (yaml.YAMLError, ContentError, OSError):   # it loaded once; if not now, no line
                self._nodes[index] = (None, 0)
        return self._nodes[index]

    def get(self, loc, default=None):
        loc = tuple(loc)
        head = loc[0] if loc else None
        if type(head) is int and 0 <= head < len(self._items) and self._items[head] is not None:
            node, first = self._compose(head)
            if node is None or not loc[1:]:
                return self._items[head][0] + 1
            node = _walk(node, loc[1:])
        else:
            node, first = self._compose(None)
            node = _walk(node, loc) if node is not None else None
        return default if node is None else node.start_mark.line + first + 1

    def __contains__(self, loc) -> bool:
        return self.get(loc) is not None

    def __getitem__(self, loc):
        line = self.get(loc)
        if line is None:
            raise KeyError(loc)
        return line


def _walk(node, path: tuple):
    """The node at `path` below `node` (keys matched as written), or None."""
    for part in path:
        if isinstance(node, MappingNode):
            node = next((v for k, v in node.value if isinstance(k, ScalarNode) and k.value == part), None)
        elif isinstance(node, SequenceNode) and type(part) is int and 0 <= part < len(node.value):
            node = node.value[part]
        else:
            return None
        if node is None:
            return None
    return node


def load_text(text: str, file: str, reread=None) -> tuple[Any, Lines]:
    """(data, lines). `reread()`, when given, returns the text again if a line is asked for, so that the text
    need not be kept."""
    items: list = []
    data = text.encode("utf-8")
    try:
        with no_gc():
            data = _build(data, file, items)
    except yaml.reader.ReaderError as exc:  # a character YAML forbids: a position (bytes for libyaml), no mark
        before = text[: exc.position] if _Loader is yaml.SafeLoader else data[: exc.position].decode("utf-8", "replace")
        raise ContentError("malformed YAML", [Problem(file, before.count("\n") + 1, "",
                                                      f"control character U+{exc.character:04X} is not allowed "
                                                      f"in YAML (remove it)", "yaml")]) from None
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        line = mark.line + 1 if mark is not None else None
        reason = getattr(exc, "problem", None) or str(exc).splitlines()[0]
        message = f"malformed YAML: {reason}"
        if "nesting depth" in reason:   # PyYAML >= 6.0.3 has its own depth limit, which may fire before ours
            message = f"nested more than {MAX_DEPTH} levels deep"
        raise ContentError("malformed YAML", [Problem(file, line, "", message, "yaml")]) from None
    return data, Lines(reread if reread is not None and items else text, items)


def read_raw(path, flags: int = 0, limit: int | None = None) -> bytes:
    """A regular file's bytes, opened with `flags` added to O_RDONLY; OSError as the system gives it, and for what
    is not a regular file (a FIFO would block forever, a device never end) or holds more than `limit` bytes
    (`TooLarge`; counted as read, since a file may grow while it is). (os.read: the io layers cost a third of
    reading 20,000 short texts.)"""
    fd = os.open(path, os.O_RDONLY | os.O_NONBLOCK | flags)
    try:
        st = os.fstat(fd)
        if stat.S_ISDIR(st.st_mode):
            raise IsADirectoryError(21, "Is a directory")
        if not stat.S_ISREG(st.st_mode):
            raise OSError(0, "not a regular file")
        if limit is not None and st.st_size > limit:
            raise TooLarge(limit)
        chunks = []
        size = 0
        while True:
            chunk = os.read(fd, 1 << 16)
            if not chunk:
                return b"".join(chunks) if len(chunks) != 1 else chunks[0]
            size += len(chunk)
            if limit is not None and size > limit:
                raise TooLarge(limit)
            chunks.append(chunk)
    finally:
        os.close(fd)


class TooLarge(OSError):
    def __init__(self, limit: int):
        from .settings import MAX_TEXT_ENV
        super().__init__(0, f"larger than {_size(limit)} (the limit, {MAX_TEXT_ENV}; raise it if the file is meant)")


def _size(n: int) -> str:
    return f"{n / 1e6:g} MB" if n >= 1e6 else f"{n:,} bytes"


def text_limit() -> int:
    """The most bytes one source text (or article given to `extract`) may hold."""
    from .settings import settings
    return settings().max_text_bytes


def read_bytes(path, shown: str | None = None, limit: int | None = None) -> bytes:
    """A file's bytes, or a ContentError saying why they cannot be read."""
    shown = shown or str(path)
    try:
        return read_raw(path, limit=limit)
    except FileNotFoundError:
        raise ContentError("missing file", [Problem(shown, None, "", "file not found", "unreadable-file")]) from None
    except TooLarge as exc:
        raise ContentError("file too large", [Problem(shown, None, "", exc.strerror, "too-large")]) from None
    except OSError as exc:
        raise ContentError("unreadable file", [Problem(shown, None, "", f"cannot read: {exc.strerror}",
                                                       "unreadable-file")]) from None
    except ValueError:   # a NUL byte in the path (from a YAML or TOML string): no file has that name
        raise ContentError("unreadable file", [Problem(shown.replace("\0", "\\0"), None, "",
                                                       "a NUL byte in the path", "unreadable-file")]) from None


def decode_text(raw: bytes, shown: str) -> str:
    """The text of a file's bytes: UTF-8 (a byte order mark dropped), or a ContentError saying what it is."""
    if raw.startswith((b"\xff\xfe", b"\xfe\xff")):   # Windows' "Unicode" is UTF-16, not binary
        raise ContentError("bad encoding", [Problem(shown, None, "", "UTF-16 text, expected UTF-8 (save the file as UTF-8)",
                                                    "encoding")])
    if b"\x00" in raw:
        raise ContentError("binary file", [Problem(shown, None, "", "binary file, expected UTF-8 text", "encoding")])
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = raw[: exc.start].count(b"\n") + 1
        raise ContentError("bad encoding", [Problem(shown, line, "", "not valid UTF-8 (save the file as UTF-8)",
                                                    "encoding")]) from None


def read_text(path: Path, shown: str | None = None) -> str:
    shown = shown or str(path)
    return decode_text(read_bytes(path, shown), shown)


def load_file(path: Path, shown: str | None = None) -> tuple[Any, Lines]:
    shown = shown or str(path)
    return load_text(read_text(path, shown), shown, reread=_Reread(path, shown))


def load_bytes(raw: bytes, path: Path, shown: str) -> tuple[Any, Lines]:
    """`load_file` of bytes already read from `path` (read again only for the line of a message)."""
    return load_text(decode_text(raw, shown), shown, reread=_Reread(path, shown))


class _Reread:
    """The text of a file, read again when a line is asked for."""

    def __init__(self, path: Path, shown: str):
        self.path, self.shown = path, shown

    def __call__(self) -> str:
        return read_text(self.path, self.shown)


def line_of(lines, loc: tuple) -> int | None:
    """The line of the deepest known ancestor of `loc`."""
    loc = tuple(loc)
    while loc and lines.get(loc) is None:
        loc = loc[:-1]
    return lines.get(loc)
