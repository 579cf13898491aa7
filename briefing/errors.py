"""One exception type for every expected failure; the CLI prints it as one line."""
from __future__ import annotations

from dataclasses import dataclass

EXIT_CONTENT = 1      # the dossier, a template or a spec is wrong
EXIT_USAGE = 2        # the command line is wrong
EXIT_ENVIRONMENT = 3  # disk, permissions, network, missing programs


ERROR, WARNING = "error", "warning"


@dataclass(frozen=True)
class Problem:
    """A located complaint: file, line and field, as `file:line: field: message`; a warning ends in `[warning]`.
    `code` names its kind (e.g. `quote-not-found`, `disagreeing-figures`) for those who filter or count them."""

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


class BriefingError(Exception):
    exit_code = EXIT_CONTENT

    def __init__(self, message: str, problems: list[Problem] | None = None):
        super().__init__(message)
        self.problems = list(problems or [])


class ContentError(BriefingError):
    exit_code = EXIT_CONTENT


class UsageError(BriefingError):
    exit_code = EXIT_USAGE


class EnvironmentProblem(BriefingError):
    exit_code = EXIT_ENVIRONMENT
