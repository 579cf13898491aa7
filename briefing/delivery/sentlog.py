"""`<out>/sent-log.json`: which message of which edition went to which list. An entry is written `pending`, with
the message's Message-ID, before the message is handed to the server, and `sent` once the server accepted it;
each write is atomic and synced to disk. A run that dies in between leaves the entry pending, so the next run
knows the message may have gone out and does not send it again on its own."""
from __future__ import annotations

import json
from datetime import datetime, timezone
from pathlib import Path
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError

from ..errors import EnvironmentProblem
from ..fsutil import atomic_write, sync_folder

SENT_LOG = "sent-log.json"


class Entry(BaseModel):
    model_config = ConfigDict(extra="forbid")

    list: str
    edition: str
    part: int = Field(default=1, ge=1)
    state: Literal["pending", "sent"] = "sent"   # logs from before pending entries recorded sent messages only
    message_id: str = Field(min_length=3)
    date: str = ""
    pending_at: str = ""
    sent_at: str = ""
    files: list[str] = Field(default_factory=list)
    recipients: int = 0
    refused: list[str] = Field(default_factory=list)

    @property
    def key(self) -> tuple[str, str, int]:
        return self.list, self.edition, self.part


class _File(BaseModel):
    model_config = ConfigDict(extra="forbid")
    sent: list[Entry]


def now() -> str:
    return datetime.now(timezone.utc).isoformat(timespec="seconds")


def bare_id(message_id: str) -> str:
    """A Message-ID without its angle brackets, as a user may type it on the command line."""
    return message_id.strip().removeprefix("<").removesuffix(">")


class SentLog:
    def __init__(self, out_dir: Path):
        self.path = Path(out_dir) / SENT_LOG
        try:
            self._original: bytes | None = self.path.read_bytes()
        except FileNotFoundError:
            self._original = None
        except OSError as exc:
            raise EnvironmentProblem(f"{self.path}: cannot read the sent-log: {exc.strerror or exc}") from None
        self.entries: list[Entry] = self._parse(self._original) if self._original is not None else []
        self._loaded = list(self.entries)

    def _parse(self, raw: bytes) -> list[Entry]:
        fix = "fix or remove it (nothing was sent)"
        try:
            data = json.loads(raw.decode("utf-8"))
        except (UnicodeDecodeError, ValueError) as exc:
            raise EnvironmentProblem(f"{self.path}: not a sent-log: not JSON ({exc}); {fix}") from None
        try:
            return _File.model_validate(data).sent
        except ValidationError as exc:
            err = exc.errors()[0]
            where = ".".join(str(k) for k in err["loc"]) or "the file"
            raise EnvironmentProblem(f"{self.path}: not a sent-log: {where}: {err['msg']}; {fix}") from None

    def find(self, list_name: str, edition: str, part: int) -> Entry | None:
        return next((e for e in reversed(self.entries) if e.key == (list_name, edition, part)), None)

    def by_message_id(self, message_id: str) -> Entry | None:
        want = bare_id(message_id)
        return next((e for e in reversed(self.entries) if bare_id(e.message_id) == want), None)

    def record(self, entry: Entry) -> None:
        """Put `entry` in place of the one with its key (or add it), on disk before this returns."""
        self.entries = [e for e in self.entries if e.key != entry.key] + [entry]
        self._save()

    def drop(self, entry: Entry) -> None:
        """Take back a pending entry whose message the server certainly did not accept."""
        self.entries = [e for e in self.entries if e.key != entry.key]
        if self.entries != self._loaded:
            self._save()
        elif self._original is not None:   # back where this run started: the file as it was found
            atomic_write(self.path, self._original, durable=True)
        else:
            self.path.unlink(missing_ok=True)
            sync_folder(self.path.parent)

    def _save(self) -> None:
        data = {"sent": [e.model_dump() for e in self.entries]}
        atomic_write(self.path, (json.dumps(data, ensure_ascii=False, indent=1) + "\n").encode("utf-8"),
                     durable=True)
