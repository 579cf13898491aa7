"""Warnings are located problems of severity `warning`; `--strict` turns them into failure here, in one place,
for every command that has the flag."""
from __future__ import annotations

from .errors import WARNING, ContentError, Problem


def warning(file: str, line: int | None, field: str, message: str, code: str) -> Problem:
    return Problem(file, line, field, message, code, WARNING)


def enforce_strict(warnings: list[Problem], strict: bool) -> None:
    """With --strict, any warning fails the command (exit 1), each warning listed on its own line."""
    if strict and warnings:
        raise ContentError(f"--strict: {len(warnings)} warning(s) treated as errors", list(warnings))
