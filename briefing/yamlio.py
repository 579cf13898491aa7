"""YAML loading that can tell the line of every key, so errors can point at `file:line`.

A dossier of 100,000 facts is 70 MB of YAML, so loading is built for that size:
- libyaml (PyYAML's C parser) reads the events and one tight loop builds plain dicts and lists from them —
  no node tree, no per-node constructor calls; plain scalars that cannot be numbers, booleans, nulls or dates
  are taken as text without asking the resolver;
- lines are not stored for every node (3 million entries at that size): a mapping inside a list (a fact, a
  source) keeps only where its text starts and ends, and when a message needs a line inside it, that slice of
  text alone is parsed again with lines recorded (`Lines.get`);
- the cyclic garbage collector is paused while the tree is built (it holds no cycles), which would otherwise
  rescan the growing heap again and again.
- the plain block style the dossiers are written in (block mappings and sequences, one-line plain and quoted
  scalars, one-line flow lists and mappings, comments) is read line by line, one regular expression a line,
  without libyaml (`_lines_reader`: 1.8 times as fast; libyaml's events alone cost 3.8 s at that size). At
  the first thing it is not certain of (an anchor, a tag, a block scalar, an escape, a scalar over two lines,
  a tab, a duplicate key, anything malformed) it gives up and the whole text goes through libyaml, which also
  words every error: the result is the same data, lines and spans either way (tests/test_yamlio.py).
The pure-Python parser is the fallback where PyYAML was built without libyaml; results are the same."""
from __future__ import annotations

import gc
import os
import re
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import yaml
from yaml.events import (AliasEvent, MappingEndEvent, MappingStartEvent, ScalarEvent, SequenceEndEvent,
                         SequenceStartEvent, StreamEndEvent)

from .errors import ContentError, Problem

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
                                                                     "key given twice")])
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
                                                               "mapping keys must be plain strings")])
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
                                                             f"unknown alias *{ev.anchor}")])
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
                                                           "mapping keys must be plain strings")])
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


# ------------------------------------------------------------------------------------------------ line reader
# One line of block YAML: indentation, a sequence entry's dash with the spaces after it, a plain key (not
# starting with an indicator, without a colon or a space at its end, under YAML's 1024-character limit for
# simple keys) with its colon and the spaces after it, and the rest of the line.
_LINE = re.compile(r"^( *)(- +)?(?:([^- \n#'\"\[\]{}&*!|>%@`,?:][^:\n]{0,1000}(?<! )):(?: +|$))?([^\n]*)$", re.M)
# Characters libyaml refuses or reads otherwise than as one character of a line (tab, CR, NEL, LS, PS, BOM,
# controls): a text with any of them goes to libyaml.
_UNSURE_CHARS = re.compile("[^\n\x20-\x7e\xa0-\u2027\u202a-\ud7ff\ue000-\ufefe\uff00-\ufffd\U00010000-\U0010ffff]")
_AFTER_TEXT_COMMENT = re.compile(r"[^ \n] +#")    # a comment after something on its line
_INDICATORS = frozenset("-?:,[]{}#&*!|>'\"%@`")   # a plain scalar never starts with one (here)
_CONSTRUCTOR = yaml.constructor.SafeConstructor()
_RESOLVER = yaml.resolver.Resolver()
_TYPED_CACHE: dict = {}


class _Unsure(Exception):
    """The line reader cannot be certain of this text: libyaml reads it."""


def _typed(value: str) -> Any:
    """A plain scalar that may be a number, a boolean or null, as the safe loader constructs it."""
    try:
        return _TYPED_CACHE[value]
    except KeyError:
        pass
    tag = _RESOLVER.resolve(yaml.ScalarNode, value, (True, False))
    if tag == _STR or tag == _TIMESTAMP:
        out = value
    elif tag in _SCALAR_TAGS:
        out = _CONSTRUCTOR.yaml_constructors[tag](_CONSTRUCTOR, yaml.ScalarNode(tag, value))
    else:   # merge (<<), value (=)
        raise _Unsure
    if len(_TYPED_CACHE) < 4096:
        _TYPED_CACHE[value] = out
    return out


def _plain(value: str) -> Any:
    if value[0] not in _MAYBE_TYPED or (value[0] in _WORDS and len(value) > 5):
        return value
    return _typed(value)


def _after_quote(rest: str) -> None:
    """What may follow a closing quote: spaces, then perhaps a comment."""
    stripped = rest.lstrip(" ")
    if stripped and (stripped[0] != "#" or stripped is rest):
        raise _Unsure


def _value(v: str, comments: bool) -> Any:
    """A value written after `key: ` or `- `, all on this line (`v` starts with no space and is not empty)."""
    c = v[0]
    if c == '"':
        j = v.find('"', 1)
        if j < 0 or "\\" in v[1:j]:   # over two lines, or escapes
            raise _Unsure
        _after_quote(v[j + 1:])
        return v[1:j]
    if c == "'":
        j = 1
        while True:
            j = v.find("'", j)
            if j < 0:
                raise _Unsure
            if v[j + 1:j + 2] != "'":
                break
            j += 2
        _after_quote(v[j + 1:])
        return v[1:j].replace("''", "'")
    if c == "[" or c == "{":
        return _flow(v, comments)
    if c in _INDICATORS and (c != "-" or len(v) == 1 or v[1] == " "):
        raise _Unsure   # anchors, aliases, tags, block scalars, reserved characters, a nested sequence
    if comments:
        h = v.find(" #")
        if h >= 0:
            v = v[:h]
    v = v.rstrip(" ")
    if ": " in v or v[-1] == ":":
        raise _Unsure
    return _plain(v)


# An item of a one-line flow collection with quotes in it: a double-quoted scalar without escapes, a single-
# quoted one, or plain text; then the comma or the end. A mapping's item is a plain key, ": ", and one of those.
_FLOW_ITEM = re.compile(r""" *(?:"([^"\\]*)"|'((?:[^']|'')*)'|([^,"']*)) *(,|$)""")
_FLOW_PAIR = re.compile(r""" *([^- ,"'\[\]{}#&*!|>%@`?:][^,"'\[\]{}#:]*?(?<! )): +"""
                        r"""(?:"([^"\\]*)"|'((?:[^']|'')*)'|([^,"']*)) *(,|$)""")


# One-line flow collections of plain scalars that start with no indicator and hold no colon, comment, quote or
# bracket (each item or key starts with a letter-like character, so strip() only removes spaces).
_PLAIN_ITEM = r"[^- ,\[\]{}#&*!|>'\"%@`?:\s][^,\[\]{}#:'\"\n\t]*"
_PLAIN_LIST = re.compile(rf"(?: *{_PLAIN_ITEM}(?:, *{_PLAIN_ITEM})*)?")
_PLAIN_MAP = re.compile(rf"(?: *{_PLAIN_ITEM}(?<! ): +{_PLAIN_ITEM}(?:, *{_PLAIN_ITEM}(?<! ): +{_PLAIN_ITEM})*)?")


def _flow_plain(item: str) -> Any:
    """A plain item of a flow collection: nothing nested, no colon, no comment."""
    item = item.strip(" ")
    if not item or item[0] in _INDICATORS:
        raise _Unsure
    for ch in "[]{}#:":
        if ch in item:
            raise _Unsure
    return _plain(item)


def _flow_scan(pattern, inner: str) -> list:
    """The matches of `pattern` that make up `inner`, one an item; no empty item, no comma at the end."""
    if not inner.strip(" "):
        return []
    out = []
    pos, end = 0, len(inner)
    while pos < end:
        m = pattern.match(inner, pos)
        if m is None or m.end() == pos:
            raise _Unsure
        out.append(m)
        pos = m.end()
    if m.group(m.lastindex) == ",":
        raise _Unsure
    return out


def _flow_value(dq, sq, plain) -> Any:
    if dq is not None:
        return dq
    if sq is not None:
        return sq.replace("''", "'")
    return _flow_plain(plain)


def _flow(v: str, comments: bool) -> Any:
    """A flow list or mapping of scalars, all on this line."""
    if comments and "#" in v:
        raise _Unsure
    v = v.rstrip(" ")
    inner = v[1:-1]
    if v[0] == "[" and v[-1] == "]" and _PLAIN_LIST.fullmatch(inner):   # the common case, checked in one go
        return [item if item[0] not in _MAYBE_TYPED or (item[0] in _WORDS and len(item) > 5) else _typed(item)
                for item in [item.strip(" ") for item in inner.split(",")]] if inner else []
    if v[0] == "{" and v[-1] == "}" and _PLAIN_MAP.fullmatch(inner):
        out = {}
        for item in inner.split(",") if inner else ():
            key, _, value = item.partition(":")
            key, value = key.strip(" "), value.strip(" ")
            if key in out:
                raise _Unsure
            out[key] = _plain(value)
        return out
    quoted = '"' in inner or "'" in inner
    if v[0] == "[":
        if v[-1] != "]":
            raise _Unsure
        if not quoted:
            return [_flow_plain(item) for item in inner.split(",")] if inner.strip(" ") else []
        return [_flow_value(*m.groups()[:3]) for m in _flow_scan(_FLOW_ITEM, inner)]
    if v[-1] != "}":
        raise _Unsure
    out = {}
    if not quoted:
        if not inner.strip(" "):
            return out
        for item in inner.split(","):
            key, sep, value = item.strip(" ").partition(": ")
            if not sep or not key or key[0] in _INDICATORS or key[-1] == " " or key in out:
                raise _Unsure
            for ch in "[]{}#:":
                if ch in key:
                    raise _Unsure
            out[key] = _flow_plain(value)
        return out
    for m in _flow_scan(_FLOW_PAIR, inner):
        key = m.group(1)
        if key in out:
            raise _Unsure
        out[key] = _flow_value(*m.groups()[1:4])
    return out


def _lines_reader(text: str, lines: dict, spans: dict) -> tuple | None:
    """(data,) as `_build(text, …, lines, spans, ())` gives it, with the same lines and spans; None (and `lines`
    and `spans` in any state) when the text is not in the subset read here."""
    if not text.replace("\n", " ").isprintable() and _UNSURE_CHARS.search(text):
        return None
    try:
        return _read_lines(text, lines, spans)
    except _Unsure:
        return None


def _read_lines(text: str, lines: dict, spans: dict) -> tuple:
    comments = " #" in text and _AFTER_TEXT_COMMENT.search(text) is not None
    simple = not comments and " \n" not in text and not text.endswith(" ")   # no comment or space after a value
    stack: list = []
    kind = -1          # the block being filled: -1 none yet, 0 a mapping, 1 a sequence
    ind = -1           # the column of its keys or dashes
    same = -9          # `ind` while a line at that column can only be this mapping's next entry, else -9
    cont: Any = None
    path: tuple = ()
    spanned = False    # the block is a list item's mapping, kept as a span
    indentless = False  # a sequence at its parent key's column
    keep = True        # record lines (not inside a span)
    root: Any = None
    pend = None        # a key whose value is the block starting on a following line
    indicators, maybe_typed, words = _INDICATORS, _MAYBE_TYPED, _WORDS
    for n, m in enumerate(_LINE.finditer(text)):
        sp, dash, key, val = m.groups()
        if not key or len(sp) != same or dash:   # anything but the next entry of the mapping being read
            if not key and not dash and (not val or val[0] == "#"):
                continue   # a blank line or a comment
            i = len(sp)
            if pend is not None:   # the value of `pend` is the block that starts on this line
                if not (i > ind or (i == ind and kind == 0 and dash)):
                    raise _Unsure   # an empty value, or a scalar on the next line
                stack.append((kind, ind, cont, path, spanned, indentless, keep))
                new: Any = [] if dash else {}
                cont[pend] = new
                path = path + (pend,)
                if keep:
                    lines[path] = n + 1
                indentless = i == ind
                kind, ind, cont, spanned, pend = (1 if dash else 0), i, new, False, None
            elif kind == -1:
                if not dash and not key:
                    raise _Unsure   # a scalar document
                root = cont = [] if dash else {}
                kind, ind = (1 if dash else 0), i
                lines[()] = n + 1
            else:   # close the blocks this line ends
                while i < ind or (indentless and i == ind and not dash):
                    if spanned:
                        spans[path] += (m.start() + i,)
                    if not stack:
                        raise _Unsure
                    kind, ind, cont, path, spanned, indentless, keep = stack.pop()
                if i != ind:
                    raise _Unsure
            if kind == 1:
                if not dash:
                    raise _Unsure
                idx = len(cont)
                if not key:   # a scalar (or a flow list) as the item
                    if not val or val[0] == "#" or val[0] == "{":
                        raise _Unsure
                    v = _value(val, comments)
                    if keep:
                        lines[path + (idx,)] = n + 1
                        if type(v) is list:
                            for j in range(len(v)):
                                lines[path + (idx, j)] = n + 1
                    cont.append(v)
                    same = -9
                    continue
                new = {}
                cont.append(new)
                stack.append((kind, ind, cont, path, spanned, indentless, keep))
                path = path + (idx,)
                col = i + len(dash)
                spanned = keep and spans is not None
                if spanned:
                    spans[path] = (n, col, m.start() + col)
                    keep = False
                elif keep:
                    lines[path] = n + 1
                kind, ind, cont, indentless = 0, col, new, False
            elif not key or dash:
                raise _Unsure
            same = ind
        # an entry `key: val` of the mapping at column `ind`
        if key in cont or (comments and " #" in key):
            raise _Unsure
        if keep:
            lines[path + (key,)] = n + 1
        if not val:
            pend, same = key, -9
            continue
        c = val[0]
        if c == '"' and val.find('"', 1) == len(val) - 1:
            v = val[1:-1]
            if "\\" in v:
                raise _Unsure
        elif simple and c not in indicators:
            if ": " in val or val[-1] == ":":
                raise _Unsure
            v = val if c not in maybe_typed or (c in words and len(val) > 5) else _typed(val)
        elif c == "#":
            pend, same = key, -9
            continue
        else:
            v = _value(val, comments)
            if keep and type(v) is not str:
                for j in (range(len(v)) if type(v) is list else v if type(v) is dict else ()):
                    lines[path + (key, j)] = n + 1
        cont[key] = v
    if pend is not None or kind == -1:
        raise _Unsure
    while True:
        if spanned:
            spans[path] += (len(text),)
        if not stack:
            return (root,)
        kind, ind, cont, path, spanned, indentless, keep = stack.pop()

def load_text(text: str, file: str, reread=None) -> tuple[Any, Lines]:
    """(data, lines). `reread()`, when given, returns the text again if a line inside a list item is asked
    for, so that the text need not be kept."""
    lines: dict = {}
    spans: dict = {}
    with no_gc():
        read = _lines_reader(text, lines, spans)
    if read is not None:
        return read[0], Lines(reread if reread is not None and spans else text, file, lines, spans)
    lines, spans = {}, {}
    data = text.encode("utf-8")
    try:
        with no_gc():
            data = _build(data, file, lines, spans, ())
    except yaml.reader.ReaderError as exc:  # a character YAML forbids: a position (bytes for libyaml), no mark
        before = text[: exc.position] if _Loader is yaml.SafeLoader else data[: exc.position].decode("utf-8", "replace")
        raise ContentError("malformed YAML", [Problem(file, before.count("\n") + 1, "",
                                                      f"control character U+{exc.character:04X} is not allowed "
                                                      f"in YAML (remove it)")]) from None
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        line = mark.line + 1 if mark is not None else None
        reason = getattr(exc, "problem", None) or str(exc).splitlines()[0]
        raise ContentError("malformed YAML", [Problem(file, line, "", f"malformed YAML: {reason}")]) from None
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
        raise ContentError("missing file", [Problem(shown, None, "", "file not found")]) from None
    except OSError as exc:
        raise ContentError("unreadable file", [Problem(shown, None, "", f"cannot read: {exc.strerror}")]) from None


def decode_text(raw: bytes, shown: str) -> str:
    """The text of a file's bytes: UTF-8 (a byte order mark dropped), or a ContentError saying what it is."""
    if raw.startswith((b"\xff\xfe", b"\xfe\xff")):   # Windows' "Unicode" is UTF-16, not binary
        raise ContentError("bad encoding", [Problem(shown, None, "", "UTF-16 text, expected UTF-8 (save the file as UTF-8)")])
    if b"\x00" in raw:
        raise ContentError("binary file", [Problem(shown, None, "", "binary file, expected UTF-8 text")])
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = raw[: exc.start].count(b"\n") + 1
        raise ContentError("bad encoding", [Problem(shown, line, "", "not valid UTF-8 (save the file as UTF-8)")]) from None


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
