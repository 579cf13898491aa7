"""One writer per output format; each turns a Document into bytes and knows nothing of the others."""
from __future__ import annotations

from importlib import import_module

from ..errors import UsageError

# Format name -> the module whose `render(document, options) -> bytes` writes it.
WRITERS = {"docx": "briefing.writers.docx", "pdf": "briefing.writers.pdf", "html": "briefing.writers.html"}


def writer(fmt: str):
    """The `render(document, options) -> bytes` function of a format."""
    if fmt not in WRITERS:
        raise UsageError(f"--format: unknown format {fmt!r}; choose from {', '.join(WRITERS)}")
    return import_module(WRITERS[fmt]).render


def parse_formats(text: str) -> list[str]:
    formats = [f.strip().lower() for f in text.split(",") if f.strip()]
    if not formats:
        raise UsageError(f"--format: give at least one of {', '.join(WRITERS)}")
    for f in formats:
        if f not in WRITERS:
            raise UsageError(f"--format: unknown format {f!r}; choose from {', '.join(WRITERS)}")
    return list(dict.fromkeys(formats))
