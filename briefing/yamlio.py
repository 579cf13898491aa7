"""YAML loading that remembers the line of every key, so errors can point at `file:line`."""
from __future__ import annotations

from pathlib import Path
from typing import Any

import yaml

from .errors import ContentError, Problem

Lines = dict[tuple, int]


def _plain(node: yaml.Node, path: tuple, lines: Lines, file: str) -> Any:
    lines[path] = node.start_mark.line + 1
    if isinstance(node, yaml.MappingNode):
        out: dict = {}
        for key_node, value_node in node.value:
            key = yaml.SafeLoader.construct_scalar(_LOADER, key_node) if isinstance(key_node, yaml.ScalarNode) else None
            if not isinstance(key, str):
                raise ContentError("bad key", [Problem(file, key_node.start_mark.line + 1, "", "mapping keys must be plain strings")])
            if key in out:
                raise ContentError("duplicate key", [Problem(file, key_node.start_mark.line + 1, key, "key given twice")])
            out[key] = _plain(value_node, path + (key,), lines, file)
        return out
    if isinstance(node, yaml.SequenceNode):
        return [_plain(item, path + (i,), lines, file) for i, item in enumerate(node.value)]
    # Scalars: keep dates and numbers as YAML typed them, but dates back to text so the schema parses them.
    value = _LOADER.construct_object(node, deep=True)
    if hasattr(value, "isoformat") and not isinstance(value, str):
        return node.value
    return value


_LOADER = yaml.SafeLoader("")


def load_text(text: str, file: str) -> tuple[Any, Lines]:
    try:
        root = yaml.compose(text, Loader=yaml.SafeLoader)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        line = mark.line + 1 if mark is not None else None
        reason = getattr(exc, "problem", None) or str(exc).splitlines()[0]
        raise ContentError("malformed YAML", [Problem(file, line, "", f"malformed YAML: {reason}")]) from None
    lines: Lines = {}
    if root is None:
        return None, lines
    return _plain(root, (), lines, file), lines


def read_text(path: Path, shown: str | None = None) -> str:
    shown = shown or str(path)
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        raise ContentError("missing file", [Problem(shown, None, "", "file not found")]) from None
    except OSError as exc:
        raise ContentError("unreadable file", [Problem(shown, None, "", f"cannot read: {exc.strerror}")]) from None
    if b"\x00" in raw:
        raise ContentError("binary file", [Problem(shown, None, "", "binary file, expected UTF-8 text")])
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = raw[: exc.start].count(b"\n") + 1
        raise ContentError("bad encoding", [Problem(shown, line, "", "not valid UTF-8 (save the file as UTF-8)")]) from None


def load_file(path: Path, shown: str | None = None) -> tuple[Any, Lines]:
    shown = shown or str(path)
    return load_text(read_text(path, shown), shown)


def line_of(lines: Lines, loc: tuple) -> int | None:
    """The line of the deepest known ancestor of `loc`."""
    loc = tuple(loc)
    while loc not in lines and loc:
        loc = loc[:-1]
    return lines.get(loc)
