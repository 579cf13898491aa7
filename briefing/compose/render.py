"""Templates → blocks. A note's template (jinja2, sandboxed) writes a small line language that this module
parses into the document model, so a new section is a template edit, not Python:

    # Heading / ## Sub-heading / ### Sub-sub-heading   (numbered here, in order)
    1. ordered item            - bullet item
    ~ small note text          @table NAME   @figure NAME   @pagebreak
    any other line             paragraph text; a blank line ends the paragraph

Every value the template inserts is flattened to one line and, if it could be read as a marker, escaped
with a leading backslash, so data never turns into structure.
"""
from __future__ import annotations

import re
from dataclasses import replace
from pathlib import Path

import jinja2
from jinja2.sandbox import SandboxedEnvironment

from ..errors import ContentError, Problem
from ..model import Figure, Heading, ListBlock, PageBreak, Paragraph, Table

_MARKER = re.compile(r"^(#{1,3} |\d+\. |- |~ |@|\\)")
_ORDERED = re.compile(r"^\d+\. (.*)$")
_WS = re.compile(r"\s+")


def _finalize(value):
    if value is None:
        return ""
    if isinstance(value, str):
        flat = _WS.sub(" ", value).strip()
        return "\\" + flat if _MARKER.match(flat) else flat
    return value


def environment(templates: Path) -> SandboxedEnvironment:
    return SandboxedEnvironment(
        loader=jinja2.FileSystemLoader(str(templates)),
        undefined=jinja2.StrictUndefined,
        finalize=_finalize,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
        autoescape=False,
    )


def render_template(templates: Path, name: str, context: dict) -> str:
    env = environment(templates)
    failed = f"{templates / name}: the template cannot be rendered"
    try:
        return env.get_template(name).render(**context)
    except jinja2.TemplateSyntaxError as exc:
        raise ContentError(failed, [Problem(str(templates / (exc.name or name)), exc.lineno, "template",
                                            f"syntax error: {exc.message}")]) from None
    except jinja2.TemplateNotFound as exc:
        file, line = _template_where(exc, templates, name)
        raise ContentError(failed, [Problem(file, line, "template", f"template not found: {exc.name}")]) from None
    except jinja2.UndefinedError as exc:
        file, line = _template_where(exc, templates, name)
        raise ContentError(failed, [Problem(file, line, "template", f"undefined name: {exc.message}")]) from None
    except jinja2.exceptions.SecurityError as exc:
        file, line = _template_where(exc, templates, name)
        raise ContentError(failed, [Problem(file, line, "template", f"unsafe operation refused: {exc}")]) from None
    except (ArithmeticError, LookupError, TypeError, ValueError, AttributeError) as exc:
        # A template that divides by zero or adds text to a number: the template's mistake, said where.
        file, line = _template_where(exc, templates, name)
        raise ContentError(failed, [Problem(file, line, "template",
                                            f"error while rendering: {type(exc).__name__}: {exc}")]) from None


def _template_where(exc: BaseException, templates: Path, name: str) -> tuple[str, int | None]:
    """The template file and line the error happened in: jinja2 names its frames after the template's file,
    and the deepest one inside the templates folder is where it happened (an included template, say)."""
    where = (str(templates / name), None)
    root = Path(templates).resolve()
    tb = exc.__traceback__
    while tb is not None:
        filename = tb.tb_frame.f_code.co_filename
        if not filename.startswith("<"):
            path = Path(filename).resolve()
            if path.is_relative_to(root):
                where = (str(templates / path.relative_to(root)), tb.tb_lineno)
        tb = tb.tb_next
    return where


def _lit(text: str) -> str:
    return text[1:] if text.startswith("\\") else text


def parse_blocks(text: str, tables: dict[str, Table], figures: dict[str, Figure], where: str) -> list:
    blocks: list = []
    para: list[str] = []
    items: list[str] = []
    ordered = True
    counters = [0, 0, 0]
    numbers = {"table": 0, "figure": 0}

    def flush():
        nonlocal para, items
        if para:
            blocks.append(Paragraph(" ".join(para)))
            para = []
        if items:
            blocks.append(ListBlock(tuple(items), ordered))
            items = []

    for lineno, raw in enumerate(text.splitlines(), 1):
        line = raw.strip()
        if not line:
            flush()
            continue
        if line.startswith("\\"):
            if items:
                flush()
            para.append(line[1:])
            continue
        if line.startswith("#"):
            flush()
            level = len(line) - len(line.lstrip("#"))
            counters[level - 1] += 1
            for i in range(level, 3):
                counters[i] = 0
            number = ".".join(str(c) for c in counters[:level]) + "."
            blocks.append(Heading(level, _lit(line[level:].strip()), number))
            continue
        m = _ORDERED.match(line)
        if m or line.startswith("- "):
            is_ordered = bool(m)
            if para or (items and is_ordered != ordered):
                flush()
            ordered = is_ordered
            items.append(_lit(m[1] if m else line[2:]))
            continue
        if line.startswith("~ "):
            flush()
            blocks.append(Paragraph(_lit(line[2:]), role="note"))
            continue
        if line.startswith("@"):
            flush()
            directive, _, arg = line[1:].partition(" ")
            arg = arg.strip()
            if directive == "pagebreak":
                blocks.append(PageBreak())
            elif directive == "table":
                if arg not in tables:
                    raise ContentError("template", [Problem(where, lineno, "@table", f"no table named {arg!r}")])
                numbers["table"] += 1
                blocks.append(replace(tables[arg], number=numbers["table"]))
            elif directive == "figure":
                if arg not in figures:
                    raise ContentError("template", [Problem(where, lineno, "@figure", f"no figure named {arg!r}")])
                numbers["figure"] += 1
                blocks.append(replace(figures[arg], number=numbers["figure"]))
            else:
                raise ContentError("template", [Problem(where, lineno, "directive", f"unknown directive @{directive}")])
            continue
        if items:
            flush()
        para.append(line)
    flush()
    return blocks
