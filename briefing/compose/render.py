"""Templates → blocks. A note's template (jinja2, sandboxed) writes Markdown (CommonMark, read by markdown-it-py),
and this module turns it into the document model, so a new section is a template edit, not Python:

    # Heading / ## Sub-heading / ### Sub-sub-heading   numbered here, in order
    1. ordered item / - bullet item                    a list (its markers are the note's own: «1.», «–»)
    > text                                             a small note (italic, smaller)
    ---                                                a page break
    ```table NAME``` / ```figure NAME```               a fenced block, empty, whose info string names a table
                                                       or a figure the note has: it goes here, numbered
    any other text                                     a paragraph; a blank line ends it

Inline markup (emphasis, links) is read as its text: a note has no inline styles. Raw HTML is not markup here.
Every value the template inserts (text, numbers, anything) is flattened to one line and each ASCII punctuation
character in it escaped with a backslash (CommonMark's escape), so data never turns into structure. Markdown a
note cannot hold (a fourth heading level, a nested list, an unknown block) is reported at the template's line
that wrote it: `…/note.j2:44: template: no table named 'projectz'`.
"""
from __future__ import annotations

import re
from dataclasses import replace
from pathlib import Path

import jinja2
from jinja2.ext import Extension
from jinja2.lexer import Token
from jinja2.sandbox import SandboxedEnvironment
from markdown_it import MarkdownIt

from ..errors import ContentError, Problem
from ..model import Figure, Heading, ListBlock, PageBreak, Paragraph, Table

_WS = re.compile(r"\s+")
_PUNCT = re.compile(r"([!-/:-@\[-`{-~])")   # every ASCII punctuation character: CommonMark escapes each alike
_UNESCAPE = re.compile(r"\\([!-/:-@\[-`{-~])")   # markdown-it leaves a fence's info string escaped
_MARKDOWN = MarkdownIt("commonmark", {"html": False})


def escape(text: str) -> str:
    """Text as Markdown that reads back as exactly this text, on one line."""
    return _PUNCT.sub(r"\\\1", _WS.sub(" ", text).strip())


def _finalize(value) -> str:
    # Every value, not only text: a number's or an object's text is data too («-1.5», a list's brackets).
    return "" if value is None else escape(str(value))


# A note's Markdown is tens of kilobytes (an overview of a large dossier, a few megabytes): a template that writes
# more is looping away, and would take the machine's memory before it ended.
MAX_OUTPUT = 20_000_000   # characters


class TooMuch(Exception):
    """A template's text (or one value it computes) grew past MAX_OUTPUT."""


class _Bounded(SandboxedEnvironment):
    """The sandbox, with `*` and `**` checked before they run: `"x" * 10**9` would take a gigabyte at once,
    `10 ** 10**9` minutes, before any output could be counted."""

    intercepted_binops = frozenset(["*", "**"])

    def call_binop(self, context, operator, left, right):
        if operator == "*":
            for seq, n in ((left, right), (right, left)):
                if isinstance(seq, (str, list, tuple)) and isinstance(n, int) and len(seq) * n > MAX_OUTPUT:
                    raise TooMuch(f"`*` would make {len(seq) * n:,} characters or items (the limit is "
                                  f"{MAX_OUTPUT:,})")
        elif isinstance(left, int) and isinstance(right, int) and abs(left) > 1 and right > 4096:
            raise TooMuch(f"`**` with an exponent of {right:,}: a number too large to write")
        return super().call_binop(context, operator, left, right)


class _RegularFiles(jinja2.FileSystemLoader):
    """Templates that are regular files: jinja2 opens whatever is there, and a FIFO never ends."""

    def get_source(self, environment, template):
        for folder in self.searchpath:
            path = Path(folder) / template
            if path.exists() and not path.is_file() and not path.is_dir():
                raise jinja2.TemplateNotFound(f"{template} (not a regular file)")
        return super().get_source(environment, template)


def environment(templates: Path) -> SandboxedEnvironment:
    return _Bounded(
        loader=_RegularFiles(str(templates)),
        undefined=jinja2.StrictUndefined,
        finalize=_finalize,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
        autoescape=False,
    )


class MarkupMistake(Exception):
    """Markdown that is not a note's, at a line of the rendered text (0-based), said without a place."""

    def __init__(self, line: int | None, message: str):
        super().__init__(message)
        self.line, self.message = line, message


def render_blocks(templates: Path, name: str, context: dict, tables: dict[str, Table],
                  figures: dict[str, Figure]) -> list:
    """The blocks the template writes with this context; a mistake in its Markdown is reported at the line of
    the template that wrote it."""
    text = render_template(templates, name, context)
    try:
        return parse_blocks(text, tables, figures)
    except MarkupMistake as mistake:
        where, line = name, None
        if mistake.line is not None:
            where, line = _template_lines(templates, name, context)[mistake.line]
        raise ContentError(f"{templates / name}: the template's Markdown is not a note's",
                           [Problem(str(templates / where), line, "template", mistake.message)]) from None


class _LineMarks(Extension):
    """Only for finding a mistake's place: before each piece of literal text and each value, a constant that
    names the template and line it comes from (NUL, the name, SOH, the line, NUL: NUL is never in a dossier's text)."""

    def filter_stream(self, stream):
        for token in stream:
            if token.type in ("data", "variable_begin"):
                mark = f"\0{stream.name}\1{token.lineno}\0"
                yield from (Token(token.lineno, "variable_begin", "{{"), Token(token.lineno, "string", mark),
                            Token(token.lineno, "variable_end", "}}"))
            yield token


_MARK = re.compile("\0([^\1]*)\1(\\d+)\0")


def _template_lines(templates: Path, name: str, context: dict) -> list[tuple[str, int]]:
    """For each line of the rendered text, the template and line that wrote its first character: the text
    rendered again with marks (see _LineMarks), each line placed by the last mark before it and the line breaks
    since (a value holds none: escape())."""
    env = environment(templates)
    env.add_extension(_LineMarks)
    marked = _bounded_render(env.get_template(name), context)
    origins: list[tuple[str, int]] = []
    where, line = name, 1
    starts_line = True
    for i, part in enumerate(_MARK.split(marked)):
        if i % 3 == 1:
            where = _UNESCAPE.sub(r"\1", part)   # the mark went through escape() as every value does
        elif i % 3 == 2:
            line = int(part)
        else:
            for k, text in enumerate(part.split("\n")):
                starts_line = starts_line or k > 0
                if starts_line and (text or k < part.count("\n")):   # a line, even an empty one, begins here
                    origins.append((where, line + k))
                    starts_line = False
            line += part.count("\n")
    return origins


def render_template(templates: Path, name: str, context: dict) -> str:
    env = environment(templates)
    failed = f"{templates / name}: the template cannot be rendered"
    try:
        return _bounded_render(env.get_template(name), context)
    except TooMuch as exc:
        file, line = _template_where(exc, templates, name)
        raise ContentError(failed, [Problem(file, line, "template", str(exc))]) from None
    except RecursionError as exc:
        file, line = _template_where(exc, templates, name)
        raise ContentError(failed, [Problem(file, line, "template", "includes or extends itself (or nests "
                                                                    "templates too deep)")]) from None
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


def _bounded_render(template, context: dict) -> str:
    """The template's text, stopped once it passes MAX_OUTPUT characters (TooMuch)."""
    parts, size = [], 0
    for part in template.generate(**context):
        size += len(part)
        if size > MAX_OUTPUT:
            raise TooMuch(f"the text grows past {MAX_OUTPUT:,} characters (a loop?)")
        parts.append(part)
    return "".join(parts)


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


def _inline_text(token) -> str:
    """An inline token's text: markup read as its text, line breaks as spaces."""
    parts = []
    for child in token.children or ():
        if child.type in ("text", "code_inline"):
            parts.append(child.content)
        elif child.type in ("softbreak", "hardbreak"):
            parts.append(" ")
    return _WS.sub(" ", "".join(parts)).strip()


def parse_blocks(text: str, tables: dict[str, Table], figures: dict[str, Figure]) -> list:
    """The blocks of the rendered Markdown (MarkupMistake for what a note cannot hold)."""
    tokens = _MARKDOWN.parse(text)
    blocks: list = []
    counters = [0, 0, 0]
    numbers = {"table": 0, "figure": 0}

    def fail(token, message: str):
        raise MarkupMistake(token.map[0] if token.map else None, message)

    i = 0
    while i < len(tokens):
        tok = tokens[i]
        kind = tok.type
        if kind == "heading_open":
            level = int(tok.tag[1:])
            if level > 3:
                fail(tok, f"headings go three levels deep (#, ##, ###), not {level}")
            counters[level - 1] += 1
            for k in range(level, 3):
                counters[k] = 0
            number = ".".join(str(c) for c in counters[:level]) + "."
            blocks.append(Heading(level, _inline_text(tokens[i + 1]), number))
            i += 3
        elif kind == "paragraph_open":
            blocks.append(Paragraph(_inline_text(tokens[i + 1])))
            i += 3
        elif kind in ("ordered_list_open", "bullet_list_open"):
            close = kind.replace("_open", "_close")
            items, j = [], i + 1
            while tokens[j].type != close:
                t = tokens[j]
                if t.type == "list_item_open":
                    items.append("")
                elif t.type == "inline":   # an item of two paragraphs is one item
                    items[-1] = f"{items[-1]} {_inline_text(t)}".strip()
                elif t.type in ("ordered_list_open", "bullet_list_open"):
                    fail(t, "a list inside a list item: a note's lists are flat")
                elif t.type not in ("list_item_close", "paragraph_open", "paragraph_close"):
                    fail(t, f"only text in a list item, not {t.type.replace('_open', '').replace('_', ' ')}")
                j += 1
            blocks.append(ListBlock(tuple(items), ordered=kind == "ordered_list_open"))
            i = j + 1
        elif kind == "blockquote_open":
            j = i + 1
            while tokens[j].type != "blockquote_close":
                if tokens[j].type == "inline":
                    blocks.append(Paragraph(_inline_text(tokens[j]), role="note"))
                elif tokens[j].type not in ("paragraph_open", "paragraph_close"):
                    fail(tokens[j], "only text in a note (> …)")
                j += 1
            i = j + 1
        elif kind == "hr":
            blocks.append(PageBreak())
            i += 1
        elif kind == "fence":
            what, _, name = _UNESCAPE.sub(r"\1", tok.info).strip().partition(" ")
            name = name.strip()
            if what not in ("table", "figure"):
                fail(tok, f"unknown block ```{tok.info.strip()}```: ```table NAME``` or ```figure NAME```")
            known = tables if what == "table" else figures
            if name not in known:
                fail(tok, f"no {what} named {name!r}")
            numbers[what] += 1
            blocks.append(replace(known[name], number=numbers[what]))
            i += 1
        else:
            fail(tok, f"{kind.replace('_open', '').replace('_', ' ')} is not part of a note's markup")
    return blocks
