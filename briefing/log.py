"""Messages to the user from library code go through `logging` (the CLI decides where they go); this is how the
CLI shows them: one line each on stderr, a warning as `warning: …`, an error as `error: …`, progress as is."""
from __future__ import annotations

import logging
import sys

_PREFIX = {logging.WARNING: "warning: ", logging.ERROR: "error: ", logging.CRITICAL: "error: "}


class _Plain(logging.Formatter):
    def format(self, record: logging.LogRecord) -> str:
        return _PREFIX.get(record.levelno, "") + record.getMessage()


def setup(debug: bool = False) -> None:
    """Route briefing's messages to stderr (called once by the CLI)."""
    handler = logging.StreamHandler(sys.stderr)
    handler.setFormatter(_Plain())
    root = logging.getLogger("briefing")
    root.handlers[:] = [handler]
    root.setLevel(logging.DEBUG if debug else logging.INFO)
    root.propagate = False
