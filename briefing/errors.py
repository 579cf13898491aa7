"""One exception type for every expected failure; the CLI prints it as one line."""
from __future__ import annotations

# Problem lives in diagnostics.py; imported here so `from .errors import Problem` keeps working.
from .diagnostics import ERROR, WARNING, Problem  # noqa: F401

EXIT_CONTENT = 1      # the dossier, a template or a spec is wrong
EXIT_USAGE = 2        # the command line is wrong
EXIT_ENVIRONMENT = 3  # disk, permissions, network, missing programs


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
