"""YAML loading that can tell the line of every key, so errors can point at `file:line`. libyaml is the only
reader: its events build the data and their marks give the lines.

A dossier of 100,000 facts is 70 MB of YAML, so loading is built for that size:
- libyaml (PyYAML's C parser) reads the events and one tight loop builds plain dicts and lists from them —
  no node tree, no per-node constructor calls; plain scalars that cannot be numbers, booleans, nulls or dates
  are taken as text without asking the resolver;
- lines are not stored for every node (3 million entries at that size): a mapping inside a list (a fact, a
  source) keeps only where its text starts and ends, and when a message needs a line inside it, that slice of
  text alone is parsed again with lines recorded (`Lines.get`);
- the cyclic garbage collector is paused while the tree is built (it holds no cycles), which would otherwise
  rescan the growing heap again and again.
The pure-Python parser is the fallback where PyYAML was built without libyaml; results are the same."""
from __future__ import annotations

import gc
import os
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import yaml
from yaml.events import (AliasEvent, MappingEndEvent, MappingStartEvent, ScalarEvent, SequenceEndEvent,
                         SequenceStartEvent, StreamEndEvent)

from .diagnostics import Problem
from .errors import ContentError

_Loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
_STR = "tag:yaml.org,2002:str"
_TIMESTAMP = "tag:yaml.org,2002:timestamp"
# First characters of plain scalars that an implicit resolver (int, float, bool, null, timestamp, merge,
# value) may claim; any other plain scalar is a string.
_MAYBE_TYPED = frozenset("0123456789+-.~nNtTfFyYoO<=")
_WORDS = frozenset("nNtTfFyYoO")
_SCALAR_TAGS = frozenset("tag:yaml.org,2002:" + t for t in ("null", "bool", "int", "float"))


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


class Lines:
    """Path -> line (1-based) for one file, as a read-only mapping. Paths are tuples of keys and indexes.
    Lines inside a mapping that is a list item are found on demand by parsing that item's text again."""

    def __init__(self, text, file: str, lines: dict, spans: dict):
        self._text = text            # the file's text, or a function that reads it again (kept out of memory)
        self._file = file
        self._lines = lines          # path -> line, for what lies outside list items
        self._spans = spans          # path of a list item -> (line, column, index) where its mapping starts,
                                     # and the index where it ends (0-based, in characters)

    def _item(self, loc: tuple) -> tuple | None:
        for k in range(len(loc), 0, -1):
            if loc[:k] in self._spans:
                return loc[:k]
        return None

    def _expand(self, item: tuple) -> None:
        line, column, start, end = self._spans.pop(item)
        if callable(self._text):
            self._text = self._text()
        snippet = " " * column + self._text[start:end]
        sub: dict = {}
        try:
            _build(snippet.encode("utf-8"), self._file, sub, None, ())
        except (yaml.YAMLError, ContentError):
            sub = {(): 1}
        for path, n in sub.items():
            self._lines[item + path] = n + line

    def __contains__(self, loc) -> bool:
        return self.get(tuple(loc)) is not None

    def get(self, loc, default=None):
        loc = tuple(loc)
        if loc not in self._lines:
            item = self._item(loc)
            if item == loc:
                return self._spans[item][0] + 1
            if item is not None:
                self._expand(item)
        return self._lines.get(loc, default)

    def __getitem__(self, loc):
        line = self.get(loc)
        if line is None:
            raise KeyError(loc)
        return line


def _scalar(loader, ev) -> Any:
    """A scalar event as the safe loader would construct it; dates stay text (the schema parses them)."""
    value = ev.value
    tag = ev.tag
    if tag is None or tag == "!":
        if ev.style or not ev.implicit[0]:
            return value
        if value and (value[0] not in _MAYBE_TYPED or (value[0] in _WORDS and len(value) > 5)):
            return value   # not a number, a date, null, or a bool word (yes/no/on/off/true/false/null)
        tag = loader.resolve(yaml.ScalarNode, value, (True, False))
    if tag == _STR or tag == _TIMESTAMP:
        return value
    node = yaml.ScalarNode(tag, value, ev.start_mark, ev.end_mark)
    if tag in _SCALAR_TAGS:   # plain functions of the node; construct_object would also keep every node
        return loader.yaml_constructors[tag](loader, node)
    return loader.construct_object(node, deep=True)


def _build(data: bytes, file: str, lines: dict | None, spans: dict | None, base: tuple) -> Any:
    """Plain Python data from YAML bytes. With `lines`, record the line of every node not inside a list item;
    with `spans` too, record each list item's mapping as a span instead of its lines."""
    loader = _Loader(data)
    get = loader.get_event
    anchors: dict = {}
    stack: list = []
    cont: Any = None       # the dict or list being filled
    key: Any = None        # in a mapping: the key waiting for its value (None: expecting a key)
    path: tuple = base     # path of `cont`
    skip = 0               # depth inside a list item whose lines are not recorded
    root: Any = None
    try:
        while True:
            ev = get()
            t = type(ev)
            if t is ScalarEvent:
                if key is not None and skip:   # most events: a value inside a list item (no lines kept)
                    value = ev.value
                    if ev.tag is not None or ev.anchor or not (ev.style or (value and value[0] not in _MAYBE_TYPED)):
                        value = _scalar(loader, ev)
                        if ev.anchor:
                            anchors[ev.anchor] = value
                    cont[key] = value
                    key = None
                    continue
                if key is None and type(cont) is dict:   # a key: taken as written, never resolved
                    key = ev.value
                    if key in cont:
                        raise ContentError("duplicate key", [Problem(file, ev.start_mark.line + 1, key,
                                                                     "key given twice", "duplicate-key")])
                    if ev.anchor:
                        anchors[ev.anchor] = key
                    if lines is not None and not skip:
                        lines[path + (key,)] = ev.start_mark.line + 1
                    continue
                value = _scalar(loader, ev)
            elif t is MappingStartEvent or t is SequenceStartEvent:
                new: Any = {} if t is MappingStartEvent else []
                if cont is None:
                    here = path
                elif type(cont) is dict:
                    if key is None:
                        raise ContentError("bad key", [Problem(file, ev.start_mark.line + 1, "",
                                                               "mapping keys must be plain strings", "yaml")])
                    here = path + (key,)
                else:
                    here = path + (len(cont),)
                if lines is not None and not skip:
                    if spans is not None and t is MappingStartEvent and type(cont) is list:
                        skip = 1
                        mark = ev.start_mark
                        spans[here] = (mark.line, mark.column, mark.index)
                    else:
                        lines[here] = ev.start_mark.line + 1
                elif skip:
                    skip += 1
                if ev.anchor:
                    anchors[ev.anchor] = new
                stack.append((cont, key, path))
                cont, key, path = new, None, here
                continue
            elif t is MappingEndEvent or t is SequenceEndEvent:
                value = cont
                if skip:
                    skip -= 1
                    if not skip:
                        spans[path] += (ev.start_mark.index,)
                cont, key, path = stack.pop()
                if cont is None:
                    root = value
                    continue
                if type(cont) is dict:
                    cont[key] = value
                    key = None
                else:
                    cont.append(value)
                continue
            elif t is AliasEvent:
                if ev.anchor not in anchors:
                    raise ContentError("bad alias", [Problem(file, ev.start_mark.line + 1, "",
                                                             f"unknown alias *{ev.anchor}", "yaml")])
                value = anchors[ev.anchor]
            elif t is StreamEndEvent:
                break
            else:
                continue
            if t is ScalarEvent and ev.anchor:
                anchors[ev.anchor] = value
            if cont is None:
                root = value
                if lines is not None:
                    lines[path] = ev.start_mark.line + 1
            elif type(cont) is dict:
                if key is None:   # an alias as a key (scalar keys were taken above)
                    raise ContentError("bad key", [Problem(file, ev.start_mark.line + 1, "",
                                                           "mapping keys must be plain strings", "yaml")])
                if lines is not None and not skip and t is ScalarEvent:
                    lines[path + (key,)] = ev.start_mark.line + 1
                cont[key] = value
                key = None
            else:
                if lines is not None and not skip:
                    lines[path + (len(cont),)] = ev.start_mark.line + 1
                cont.append(value)
    finally:
        loader.dispose()
    return root


def load_text(text: str, file: str, reread=None) -> tuple[Any, Lines]:
    """(data, lines). `reread()`, when given, returns the text again if a line inside a list item is asked
    for, so that the text need not be kept."""
    lines: dict = {}
    spans: dict = {}
    data = text.encode("utf-8")
    try:
        with no_gc():
            data = _build(data, file, lines, spans, ())
    except yaml.reader.ReaderError as exc:  # a character YAML forbids: a position (bytes for libyaml), no mark
        before = text[: exc.position] if _Loader is yaml.SafeLoader else data[: exc.position].decode("utf-8", "replace")
        raise ContentError("malformed YAML", [Problem(file, before.count("\n") + 1, "",
                                                      f"control character U+{exc.character:04X} is not allowed "
                                                      f"in YAML (remove it)", "yaml")]) from None
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        line = mark.line + 1 if mark is not None else None
        reason = getattr(exc, "problem", None) or str(exc).splitlines()[0]
        raise ContentError("malformed YAML", [Problem(file, line, "", f"malformed YAML: {reason}", "yaml")]) from None
    return data, Lines(reread if reread is not None and spans else text, file, lines, spans)


def read_raw(path, flags: int = 0) -> bytes:
    """A file's bytes, opened with `flags` added to O_RDONLY; OSError as the system gives it. (os.read: the io
    layers cost a third of reading 20,000 short texts.)"""
    fd = os.open(path, os.O_RDONLY | flags)
    try:
        chunks = []
        while True:
            chunk = os.read(fd, 1 << 16)
            if not chunk:
                return b"".join(chunks) if len(chunks) != 1 else chunks[0]
            chunks.append(chunk)
    finally:
        os.close(fd)


def read_bytes(path, shown: str | None = None) -> bytes:
    """A file's bytes, or a ContentError saying why they cannot be read."""
    shown = shown or str(path)
    try:
        return read_raw(path)
    except FileNotFoundError:
        raise ContentError("missing file", [Problem(shown, None, "", "file not found", "unreadable-file")]) from None
    except OSError as exc:
        raise ContentError("unreadable file", [Problem(shown, None, "", f"cannot read: {exc.strerror}", "unreadable-file")]) from None


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
    """The text of a file, read again when needed (picklable, unlike a lambda: dossiers go to workers)."""

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
