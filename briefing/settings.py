"""The environment, read once: every variable briefing itself reads is here, with what it means."""
from __future__ import annotations

import os
from dataclasses import dataclass
from functools import lru_cache


# A news article is some 10 kB; a text of megabytes is a mistake (a dump, a binary, /dev/zero), not a source.
DEFAULT_MAX_TEXT_MB = 5.0
MAX_TEXT_ENV = "BRIEFING_MAX_TEXT_MB"


@dataclass(frozen=True)
class Settings:
    config: str          # BRIEFING_CONFIG: the project's briefing.toml, when not found from the current folder
    dossier: str         # BRIEFING_DOSSIER: the dossier folder, over the project's
    drafter: str         # BRIEFING_DRAFTER: the drafter line of `make`, over the project's
    lock_wait: str       # BRIEFING_LOCK_WAIT: seconds to wait for another run writing the same output folder
    source_date_epoch: str   # SOURCE_DATE_EPOCH: the date written into the files (reproducible builds)
    max_text_mb: str     # BRIEFING_MAX_TEXT_MB: the largest source text or article `extract` takes (default 5)

    @property
    def max_text_bytes(self) -> int:
        """BRIEFING_MAX_TEXT_MB in bytes; a value that is not a positive number is a usage error (exit 2)."""
        from .errors import UsageError
        try:
            mb = float(self.max_text_mb) if self.max_text_mb else DEFAULT_MAX_TEXT_MB
        except ValueError:
            mb = -1.0
        if not 0 < mb < 1e6:
            raise UsageError(f"{MAX_TEXT_ENV}: give a size in megabytes, not {self.max_text_mb!r}")
        return int(mb * 1_000_000)


@lru_cache(maxsize=1)
def settings() -> Settings:
    env = os.environ
    return Settings(config=env.get("BRIEFING_CONFIG", "").strip(),
                    dossier=env.get("BRIEFING_DOSSIER", "").strip(),
                    drafter=env.get("BRIEFING_DRAFTER", ""),
                    lock_wait=env.get("BRIEFING_LOCK_WAIT", "").strip(),
                    source_date_epoch=env.get("SOURCE_DATE_EPOCH", "").strip(),
                    max_text_mb=env.get(MAX_TEXT_ENV, "").strip())
