"""Writing files so that a failure never leaves half a file where a good one was."""
from __future__ import annotations

import os
import tempfile
from pathlib import Path

from .errors import EnvironmentProblem


def atomic_write(path: Path, data: bytes) -> None:
    path = Path(path)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
        try:
            with os.fdopen(fd, "wb") as fh:
                fh.write(data)
                fh.flush()
                os.fsync(fh.fileno())
            os.replace(tmp, path)
        except BaseException:
            Path(tmp).unlink(missing_ok=True)
            raise
    except OSError as exc:
        raise EnvironmentProblem(f"{path}: cannot write: {exc.strerror or exc}") from None
