"""Located problems: what is wrong, in which file, at which line and field, of which kind (`code`) and how bad
(`severity`). Errors fail a command; warnings do not, unless `--strict` turns them into failure — here, in one
place (`enforce_strict`), for every command that has the flag."""
from __future__ import annotations

from dataclasses import dataclass

ERROR, WARNING = "error", "warning"


@dataclass(frozen=True)
class Problem:
    """A located complaint, printed as `file:line: field: message` (a warning ends in `[warning]`). `code` names
    its kind (`yaml`, `schema`, `quote-not-found`, `disagreeing-figures`, …) for those who filter or count them;
    it is not printed, so the line stays what a user reads and what tools that match it expect."""

    file: str
    line: int | None
    field: str
    message: str
    code: str = ""
    severity: str = ERROR

    def __str__(self) -> str:
        where = self.file if self.line is None else f"{self.file}:{self.line}"
        text = f"{where}: {self.field}: {self.message}" if self.field else f"{where}: {self.message}"
        return f"{text} [warning]" if self.severity == WARNING else text


def warning(file: str, line: int | None, field: str, message: str, code: str) -> Problem:
    return Problem(file, line, field, message, code, WARNING)


def enforce_strict(warnings: list[Problem], strict: bool) -> None:
    """With --strict, any warning fails the command (exit 1), each warning listed on its own line."""
    from .errors import ContentError
    if strict and warnings:
        raise ContentError(f"--strict: {len(warnings)} warning(s) treated as errors", list(warnings))
