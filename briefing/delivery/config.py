"""The book configuration (`briefing.toml`): which notes to build, who receives which, how to reach the mail server.
Declared as pydantic models; every problem is reported at once as `file:line: field: message`."""
from __future__ import annotations

import fnmatch
import re
from email.headerregistry import Address
from email.utils import getaddresses, parseaddr
from pathlib import Path
from typing import Literal, Optional, Union

from pydantic import BaseModel, ByteSize, ConfigDict, Field, PrivateAttr, ValidationError, field_validator

from .. import resources
from ..errors import ContentError, Problem, UsageError
from ..vocab import LANGS

try:
    import tomllib
except ModuleNotFoundError:  # Python 3.10
    import tomli as tomllib  # type: ignore[no-redef]

Lang = Literal[LANGS]


class Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


def check_address(text: str) -> str:
    """`Name <user@example.org>` or `user@example.org`, as the stdlib `email` package reads it."""
    if any(c in text for c in "\r\n\0"):
        raise ValueError("an address may not contain line breaks")
    if len([a for a in getaddresses([text]) if any(a)]) > 1:   # parseaddr would keep the first, silently
        raise ValueError(f"{text!r} holds several addresses: give each as its own item, e.g. [\"a@x.org\", "
                         f"\"b@y.org\"]")
    name, spec = parseaddr(text)
    if not spec or "@" not in spec:
        raise ValueError(f"not an e-mail address: {text!r}")
    try:
        addr = Address(display_name=name, addr_spec=spec)
    except Exception as exc:  # the header parser raises several types
        raise ValueError(f"not an e-mail address: {text!r} ({exc})") from None
    if not addr.username or not addr.domain or "." not in addr.domain.strip(".") and addr.domain != "localhost":
        raise ValueError(f"not an e-mail address: {text!r} (needs user@domain.tld)")
    return str(addr)


# Letters (any script: RFC 2231 carries them in attachment names), digits and "-"; no "_": it separates the book
# from the note in a file's name.
BOOK_NAME = r"^[^\W_](?:[^\W_]|-){0,39}$"


class Book(Strict):
    """The project's dossier, output folder and overrides of the shipped defaults; and the notes `build` makes:
    topics × periods × languages, each in every format, and optionally one overview per language."""

    name: Optional[str] = Field(default=None, pattern=BOOK_NAME)   # none: the dossier folder's name
    dossier: Optional[str] = None                        # none: the example dossier that ships with briefing
    out: str = "out"
    templates: Optional[str] = None                      # a folder like the defaults (`briefing init --templates`)
    charts: Optional[str] = None                         # a folder of chart specs
    style: Optional[str] = None                          # a style file; default: the templates' style.yaml
    topics: list[str] = Field(default_factory=list)
    overview: bool = False
    periods: list[str] = Field(default_factory=list)      # none: each note covers the whole dossier
    languages: list[Lang] = Field(default_factory=lambda: ["ru"], min_length=1)
    formats: list[Literal["docx", "pdf", "html"]] = Field(default_factory=lambda: ["docx", "pdf"], min_length=1)
    marking: Union[str, dict[Lang, str], None] = None     # one for all, or per language; none: the catalogue's
    drafter: Union[str, dict[Lang, str]] = ""            # the drafter line, one for all or per language
    number: str = ""                                     # the registration number printed «№ … от …»
    date: Optional[str] = None                           # its registration date, YYYY-MM-DD
    reference_doc: Optional[str] = None

    @field_validator("topics")
    @classmethod
    def _topics(cls, v: list[str]) -> list[str]:
        from .. import vocab
        known = vocab.topics()
        for t in v:
            if t not in known:
                raise ValueError(f"unknown topic {t!r}; known: {', '.join(known)}")
        if len(set(v)) != len(v):
            raise ValueError("a topic is listed twice")
        return v

    @field_validator("dossier", "out", "templates", "charts", "style", "reference_doc")
    @classmethod
    def _path(cls, v: Optional[str]) -> Optional[str]:
        if v is not None and not v.strip():
            raise ValueError("give a path (an empty one would mean the folder of this file)")
        if v is not None and any(ord(c) < 32 for c in v):
            raise ValueError(f"a control character in the path: {v!r}")
        return v

    @field_validator("date")
    @classmethod
    def _date(cls, v: Optional[str]) -> Optional[str]:
        if v is None:
            return v
        import datetime
        try:
            return datetime.date.fromisoformat(v).isoformat()
        except ValueError:
            raise ValueError(f"expected a date YYYY-MM-DD, got {v!r}") from None

    @field_validator("periods")
    @classmethod
    def _periods(cls, v: list[str]) -> list[str]:
        from ..periods import period_of
        out = []
        for text in v:
            try:
                out.append(period_of(text).text)
            except ValueError as exc:
                raise ValueError(f"period {text!r}: {exc}") from None
        return out

    @property
    def empty(self) -> bool:
        return not self.topics and not self.overview

    def marking_for(self, lang: str) -> str | None:
        return self.marking.get(lang) if isinstance(self.marking, dict) else self.marking

    def drafter_for(self, lang: str) -> str:
        return self.drafter.get(lang, "") if isinstance(self.drafter, dict) else self.drafter


DEFAULT_MAX_SIZE = 10_000_000     # bytes as sent; many gateways refuse more than 10 MB


class DistributionList(Strict):
    name: str = Field(pattern=r"^[a-z0-9][a-z0-9_-]{0,59}$")
    to: list[str] = Field(min_length=1)
    cc: list[str] = Field(default_factory=list)
    bcc: list[str] = Field(default_factory=list)
    notes: list[str] = Field(default_factory=lambda: ["*"])   # note stems or patterns: energy_ru, *_en, *
    docx: bool = False                                          # attach the DOCX too
    lang: Lang = "ru"                                           # language of the message's own words
    languages: Optional[list[Lang]] = Field(default=None, min_length=1)   # the notes'; none: `lang` only
    max_size: ByteSize = ByteSize(DEFAULT_MAX_SIZE)             # a message's size as sent: 10MB, "500 KiB", bytes
    oversize: Literal["split", "drop-docx"] = "split"           # over max_size: numbered parts, or no DOCX
    books: list[str] = Field(default_factory=list)              # only these books' notes; none: every book's

    @property
    def note_languages(self) -> list[str]:
        return list(self.languages or [self.lang])

    @field_validator("max_size")
    @classmethod
    def _max_size(cls, v: int) -> int:
        if v < 100_000:   # room for the text and HTML bodies of a large edition, and one small file
            raise ValueError(f"at least 100 KB, got {v} bytes")
        return v

    def wants(self, book: str, stem: str) -> bool:
        """A pattern matches the whole stem (kz-jp_trade_ru) or the stem without its book (trade_ru)."""
        if self.books and book not in self.books:
            return False
        short = stem[len(book) + 1:] if stem.startswith(book + "_") else stem
        return any(fnmatch.fnmatchcase(stem, p) or fnmatch.fnmatchcase(short, p) for p in self.notes)

    @field_validator("to", "cc", "bcc")
    @classmethod
    def _addresses(cls, v: list[str]) -> list[str]:
        return [check_address(a) for a in v]


class Smtp(Strict):
    host: str = Field(min_length=1)
    port: Optional[int] = Field(default=None, ge=1, le=65535)
    tls: Literal["starttls", "ssl", "none"] = "starttls"
    sender: str
    user: Optional[str] = None
    user_env: Optional[str] = None             # the user name from this environment variable, when set
    password_env: str = Field(default="BRIEFING_SMTP_PASSWORD", pattern=r"^[A-Za-z_][A-Za-z0-9_]*$")
    ca_file: Optional[str] = None              # a private CA for the server's certificate
    timeout: float = Field(default=30, gt=0, le=600)
    retries: int = Field(default=4, ge=0, le=20)          # further attempts after a temporary failure
    backoff: float = Field(default=2.0, ge=0, le=300)     # seconds before the first retry; doubled each time

    password: None = Field(default=None, exclude=True)   # declared only to refuse it with a clear message

    @field_validator("password", mode="before")
    @classmethod
    def _no_password(cls, v):
        raise ValueError("no password in this file: put it in an environment variable and name it in "
                         "`password_env`")

    @field_validator("sender")
    @classmethod
    def _sender(cls, v: str) -> str:
        return check_address(v)

    @property
    def effective_port(self) -> int:
        return self.port or {"starttls": 587, "ssl": 465, "none": 25}[self.tls]


class Alerts(Strict):
    """Who is mailed when `build` or `send` fails (through [smtp])."""

    to: list[str] = Field(min_length=1)

    @field_validator("to")
    @classmethod
    def _addresses(cls, v: list[str]) -> list[str]:
        return [check_address(a) for a in v]


class Ci(Strict):
    """`[ci]`: what the workflow's matrix and jobs take (`briefing ci-plan` prints it), the one place shards are
    set."""

    shards: int = Field(default=1, ge=1, le=64)          # build jobs per book
    runs_on: Union[str, list[str]] = "ubuntu-latest"     # a label, or labels of a self-hosted runner
    # How long the built notes stay as artifacts. They are also the next run's starting point: a week and a day
    # lets a weekly run find them; a shorter time only costs a full rebuild.
    retention_days: int = Field(default=8, ge=1, le=90)

    @field_validator("runs_on")
    @classmethod
    def _labels(cls, v):
        labels = [v] if isinstance(v, str) else v
        if not labels or not all(re.fullmatch(r"[A-Za-z0-9][A-Za-z0-9_.-]{0,99}", l) for l in labels):
            raise ValueError("runner labels are words of letters, digits, '-', '_' and '.'")
        return v


class Config(Strict):
    """`[book]` (one) or `[[books]]` (several); `load_config` turns a `[book]` into a list of one."""

    books: list[Book] = Field(default_factory=lambda: [Book()], min_length=1)
    lists: list[DistributionList] = Field(default_factory=list)
    smtp: Optional[Smtp] = None
    alerts: Optional[Alerts] = None
    ci: Ci = Field(default_factory=Ci)

    # Set by load_config: where the file is, so that relative paths mean "beside the file".
    _path: Path = PrivateAttr(default=Path("briefing.toml"))
    _out: Path | None = PrivateAttr(default=None)    # --out
    _single: bool = PrivateAttr(default=True)        # the file says `[book]` (errors name `book.KEY`)

    def where(self, i: int, *keys) -> tuple[tuple, str]:
        """(location for `locate`, field as shown) of a key of the i-th book."""
        loc = ("book", *keys) if self._single else ("books", i, *keys)
        shown = ".".join(str(k) if isinstance(k, str) else f"[{k}]" for k in loc).replace(".[", "[")
        return loc, shown

    @property
    def path(self) -> Path:
        return self._path

    def resolve(self, rel: str | None, default: Path | None = None) -> Path | None:
        if rel is None:
            return default
        p = Path(rel).expanduser()
        return p if p.is_absolute() else (self.path.parent / p)

    @property
    def book(self) -> Book:
        """The first book: what `briefing make` (one note) takes its dossier and settings from."""
        return self.books[0]

    @property
    def out_dir(self) -> Path:
        return self._out or self.resolve(self.book.out)

    @property
    def dossier_dir(self) -> Path:
        return self.dossier_of(self.book)

    def dossier_of(self, book: Book) -> Path:
        return self.resolve(book.dossier, resources.example_dossier())

    def name_of(self, book: Book) -> str:
        """The book's name: given, else its dossier folder's (checked by load_config)."""
        if book.name:
            return book.name
        folder = self.dossier_of(book)
        return (folder.name if folder.name not in ("", ".", "..") else folder.resolve().name).lower()

    def book_named(self, name: str | None) -> list[Book]:
        """Every book, or only the one `--book` names."""
        if name is None:
            return list(self.books)
        for book in self.books:
            if self.name_of(book) == name:
                return [book]
        raise UsageError(f"--book: no book {name!r} in {self.path}; "
                         f"books: {', '.join(self.name_of(b) for b in self.books)}")

    @property
    def templates_dir(self) -> Path:
        return self.templates_of(self.book)

    @property
    def charts_dir(self) -> Path:
        return self.charts_of(self.book)

    @property
    def style_file(self) -> Path | None:
        """The project's own style file; None: the templates' style.yaml."""
        return self.resolve(self.book.style)

    def templates_of(self, book: Book) -> Path:
        return self.resolve(book.templates, resources.templates())

    def charts_of(self, book: Book) -> Path:
        return self.resolve(book.charts, resources.charts())

    def list_named(self, name: str) -> DistributionList:
        for lst in self.lists:
            if lst.name == name:
                return lst
        raise UsageError(f"--list: no distribution list {name!r} in {self.path}; "
                         f"lists: {', '.join(l.name for l in self.lists) or 'none'}")


# ------------------------------------------------------------------ locating a key in the TOML text
_HEADER = re.compile(r"^\s*(\[\[?)\s*([^\]]+?)\s*\]\]?\s*(#.*)?$")


def _key_parts(text: str) -> tuple[str, ...]:
    return tuple(p.strip().strip('"\'') for p in text.split("."))


def locate(text: str, loc: tuple) -> int | None:
    """The line of the key a validation error points at (`loc` as pydantic gives it), or of its table."""
    lines = text.splitlines()
    sections: list[tuple[tuple, int]] = [((), 0)]   # (path, header line index); () is the top of the file
    counts: dict[tuple, int] = {}
    for i, line in enumerate(lines):
        m = _HEADER.match(line)
        if not m:
            continue
        path = _key_parts(m[2])
        if m[1] == "[[":
            n = counts.get(path, 0)
            counts[path] = n + 1
            path = (*path, n)
        sections.append((path, i))
    keys = tuple(loc)
    best = None
    for idx, (path, start) in enumerate(sections):
        if keys[:len(path)] != path:
            continue
        if best is not None and len(path) < len(best[0]):
            continue
        end = sections[idx + 1][1] if idx + 1 < len(sections) else len(lines)
        best = (path, start, end)
    if best is None:
        return 1
    path, start, end = best
    rest = [k for k in keys[len(path):] if isinstance(k, str)]
    if rest:
        key = re.compile(rf"^\s*[\"']?{re.escape(rest[0])}[\"']?\s*[.=]")
        for i in range(start + (1 if path else 0), end):
            if key.match(lines[i]):
                return i + 1
    return start + 1


def _problems_from(exc: ValidationError, path: Path, text: str, single: bool = False) -> list[Problem]:
    out = []
    for err in exc.errors():
        loc = tuple(k for k in err["loc"] if not (isinstance(k, str) and "[" in k))  # drop union branch names
        if single and loc[:2] == ("books", 0):
            loc = ("book", *loc[2:])
        shown = ".".join(str(k) if isinstance(k, str) else f"[{k}]" for k in loc).replace(".[", "[")
        msg = err["msg"].removeprefix("Value error, ")
        if err["type"] == "extra_forbidden":
            msg = "unknown key (a typo?)"
        out.append(Problem(str(path), locate(text, loc), shown, msg))
    return out


def load_config(path: Path | None = None, out: Path | None = None) -> Config:
    """The project's configuration: `path`, or the one `project.find_config` finds (an error if there is none)."""
    if path is None:
        from ..project import CONFIG_NAME, find_config
        path = find_config()
        if path is None:
            raise UsageError(f"no {CONFIG_NAME} in this folder or above it: run `briefing init DIR` to start a "
                             f"project, or give --config FILE")
    path = Path(path)
    if out is not None and not str(out).strip():
        raise UsageError("--out: give a folder")
    from ..yamlio import read_raw
    try:
        text = read_raw(path).decode("utf-8")   # read_raw: a FIFO named as the config is refused, not waited on
    except FileNotFoundError:
        raise UsageError(f"{path}: configuration not found (give --config FILE)") from None
    except OSError as exc:
        raise UsageError(f"{path}: cannot read: {exc.strerror or exc}") from None
    except UnicodeDecodeError:
        raise UsageError(f"{path}: cannot read: not valid UTF-8 (save the file as UTF-8)") from None
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        m = re.search(r"\(at line (\d+), column \d+\)", str(exc))
        line = int(m[1]) if m else max(1, len(text.splitlines())) if "end of document" in str(exc) else None
        message = re.sub(r"\s*\((at line|at end of document).*\)", "", str(exc))
        raise ContentError("the configuration is not valid TOML", [Problem(str(path), line, "", message)]) from None
    single = "book" in data   # `[book]`: one book, reported as `book.KEY` as the file says it
    if single and "books" in data:
        raise ContentError(f"{path}: the configuration is not valid",
                           [Problem(str(path), locate(text, ("books", 0)), "books",
                                    "give either one [book] or several [[books]], not both")])
    if single:
        data = {**data, "books": [data["book"]]}
        del data["book"]
    try:
        config = Config.model_validate(data)
    except ValidationError as exc:
        raise ContentError(f"{path}: the configuration is not valid",
                           _problems_from(exc, path, text, single)) from None
    config._path = path
    config._out = Path(out) if out else None
    config._single = single or "books" not in data
    problems = _cross_checks(config, path, text)
    if problems:
        raise ContentError(f"{path}: the configuration is not valid", problems)
    return config


def _cross_checks(config: Config, path: Path, text: str) -> list[Problem]:
    """What one model cannot see: the overrides there, book and list names unique and safe, one output folder,
    every list's books and patterns naming notes of the books."""
    from .book import notes_of
    problems, seen = [], set()
    names: dict[str, int] = {}
    for i, book in enumerate(config.books):
        for key, want in (("templates", Path.is_dir), ("charts", Path.is_dir), ("style", Path.is_file)):
            given = config.resolve(getattr(book, key))
            if given is not None and not want(given):
                loc, shown = config.where(i, key)
                problems.append(Problem(str(path), locate(text, loc), shown,
                                        f"{given}: no such {'folder' if want is Path.is_dir else 'file'}"))
        name = config.name_of(book)
        loc, shown = config.where(i, "name")
        if not re.fullmatch(BOOK_NAME, name):
            problems.append(Problem(str(path), locate(text, loc), shown,
                                    f"the dossier folder's name {name!r} cannot name files (letters, digits and "
                                    f"'-'): give the book a `name`"))
        elif name in names:
            problems.append(Problem(str(path), locate(text, loc), shown,
                                    f"the book name {name!r} is used twice (books[{names[name]}] has it)"))
        names.setdefault(name, i)
        if config.resolve(book.out) != config.resolve(config.book.out):
            loc, shown = config.where(i, "out")
            problems.append(Problem(str(path), locate(text, loc), shown,
                                    "every book writes into one output folder (send reads one): "
                                    f"{config.book.out!r} as the first book"))
    if problems:
        return problems   # the notes' names are not known yet
    notes = notes_of(config)
    if config.lists and not notes:
        loc = ("book",) if config._single else ("books",)
        problems.append(Problem(str(path), locate(text, loc), loc[0],
                                "distribution lists need notes: give `topics` or `overview = true`"))
    for i, lst in enumerate(config.lists):
        if lst.name in seen:
            problems.append(Problem(str(path), locate(text, ("lists", i, "name")), f"lists[{i}].name",
                                    f"the list name {lst.name!r} is used twice"))
        seen.add(lst.name)
        for book in lst.books:
            if book not in names:
                problems.append(Problem(str(path), locate(text, ("lists", i, "books")), f"lists[{i}].books",
                                        f"no book named {book!r}; books: {', '.join(names)}"))
        for pattern in lst.notes:
            probe = lst.model_copy(update={"notes": [pattern]})
            if notes and not any(probe.wants(n.book, n.stem) for n in notes):
                like = f" (notes are named like {notes[0].note} or {notes[0].stem})"
                problems.append(Problem(str(path), locate(text, ("lists", i, "notes")), f"lists[{i}].notes",
                                        f"{pattern!r} names no note of the books{like}"))
            elif not any(probe.wants(n.book, n.stem) for n in notes if n.lang in lst.note_languages):
                problems.append(Problem(str(path), locate(text, ("lists", i, "notes")), f"lists[{i}].notes",
                                        f"{pattern!r} names only notes in other languages than the list's "
                                        f"({', '.join(lst.note_languages)}); add theirs to `languages`"))
    if config.lists and config.smtp is None:
        problems.append(Problem(str(path), None, "smtp", "distribution lists need an [smtp] table"))
    if config.alerts and config.smtp is None:
        problems.append(Problem(str(path), locate(text, ("alerts",)), "alerts", "alerts need an [smtp] table"))
    return problems
