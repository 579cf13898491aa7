"""The manifest in the output folder: one JSON record per note (`manifest/<stem>.json`), so that shards built on
different machines merge by copying folders. A record holds the hashes of the note's inputs and outputs, the
snapshot of the facts its edition used, the changes it printed, and what the e-mail repeats (key points). Each
record is checked against its schema on reading: a record of the wrong shape is named, never trusted."""
from __future__ import annotations

import json
from dataclasses import asdict, dataclass, field
from pathlib import Path

from pydantic import ConfigDict, TypeAdapter, ValidationError

from ..fsutil import atomic_write
from .inputs import file_sha

FOLDER = "manifest"
FORMAT = 1


@dataclass
class Record:
    # A record with a key this version does not know is another program's (or a hand edit): refused, not guessed.
    __pydantic_config__ = ConfigDict(extra="forbid")

    stem: str                          # <book>_<note>
    lang: str
    topic: str | None
    period: str | None
    inputs: dict                       # component -> digest (or settings)
    facts: dict                        # fact id -> fact as JSON: this edition's snapshot
    outputs: dict[str, str]            # file name -> sha256
    changes: list[str] = field(default_factory=list)
    built: str = ""                    # ISO date of the build that made this edition
    title: str = ""                    # the note's title, e.g. «СПРАВКА о казахстанско-японском сотрудничестве»
    subtitle: str = ""
    key_points: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    edition: str = ""                  # the last edition (`build --edition`) that built or confirmed this note
    edition_at: str = ""               # when (UTC, ISO): the newest stamp names the default edition to send
    book: str = ""                     # the book's name (the start of the stem)
    format: int = FORMAT

    def outputs_intact(self, out_dir: Path) -> bool:
        return bool(self.outputs) and all(file_sha(out_dir / name) == h for name, h in self.outputs.items())


_SCHEMA = TypeAdapter(Record)


class BadRecord(Exception):
    """A record file that is not a record of this version: the message names the file and what is wrong."""


def record_path(out_dir: Path, stem: str) -> Path:
    return Path(out_dir) / FOLDER / f"{stem}.json"


def load(path: Path) -> Record:
    """The record in `path`; FileNotFoundError when there is none, BadRecord when it is not one."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise
    except (OSError, UnicodeDecodeError) as exc:
        raise BadRecord(f"{path}: unreadable manifest record: {getattr(exc, 'strerror', None) or exc}") from None
    except ValueError as exc:
        raise BadRecord(f"{path}: not JSON: {exc}") from None
    if not isinstance(data, dict):
        raise BadRecord(f"{path}: not a manifest record (a JSON object expected)")
    if data.get("format") != FORMAT:
        raise BadRecord(f"{path}: a manifest record of another version (format {data.get('format')!r}, "
                        f"this one reads {FORMAT}); rebuild the note")
    try:
        record = _SCHEMA.validate_python(data)
    except ValidationError as exc:
        err = exc.errors()[0]
        where = ".".join(str(k) for k in err["loc"]) or "record"
        more = f" (and {exc.error_count() - 1} more)" if exc.error_count() > 1 else ""
        raise BadRecord(f"{path}: not a manifest record: {where}: {err['msg']}{more}") from None
    if any(Path(name).name != name or name in ("", ".", "..") for name in record.outputs):
        raise BadRecord(f"{path}: not a manifest record: outputs: a file name with a folder in it")
    if record.stem != path.stem:
        raise BadRecord(f"{path}: not a manifest record: stem: {record.stem!r} is not the file's name")
    return record


def read(out_dir: Path, stem: str, problem=None) -> Record | None:
    """The note's last record, or None (none yet, or not a valid one: rebuild; `problem` hears why)."""
    try:
        return load(record_path(out_dir, stem))
    except FileNotFoundError:
        return None
    except BadRecord as exc:
        if problem is not None:
            problem(str(exc))
        return None


def write(out_dir: Path, record: Record) -> Path:
    path = record_path(out_dir, record.stem)
    text = json.dumps(asdict(record), ensure_ascii=False, indent=1, sort_keys=True) + "\n"
    atomic_write(path, text.encode("utf-8"))
    return path


def read_all(out_dir: Path) -> tuple[dict[str, Record], dict[str, str]]:
    """The valid records by stem, and for each record file that is not valid, what is wrong with it."""
    folder = Path(out_dir) / FOLDER
    records, bad = {}, {}
    for path in sorted(folder.glob("*.json")) if folder.is_dir() else []:
        try:
            records[path.stem] = load(path)
        except FileNotFoundError:   # removed while we looked
            continue
        except BadRecord as exc:
            bad[path.stem] = str(exc)
    return records, bad
