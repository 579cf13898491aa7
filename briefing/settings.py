"""The environment, read once: every variable briefing itself reads is here, with what it means."""
from __future__ import annotations

import os
from dataclasses import dataclass
from functools import lru_cache


@dataclass(frozen=True)
class Settings:
    config: str          # BRIEFING_CONFIG: the project's briefing.toml, when not found from the current folder
    dossier: str         # BRIEFING_DOSSIER: the dossier folder, over the project's
    drafter: str         # BRIEFING_DRAFTER: the drafter line of `make`, over the project's
    lock_wait: str       # BRIEFING_LOCK_WAIT: seconds to wait for another run writing the same output folder
    source_date_epoch: str   # SOURCE_DATE_EPOCH: the date written into the files (reproducible builds)


@lru_cache(maxsize=1)
def settings() -> Settings:
    env = os.environ
    return Settings(config=env.get("BRIEFING_CONFIG", "").strip(),
                    dossier=env.get("BRIEFING_DOSSIER", "").strip(),
                    drafter=env.get("BRIEFING_DRAFTER", ""),
                    lock_wait=env.get("BRIEFING_LOCK_WAIT", "").strip(),
                    source_date_epoch=env.get("SOURCE_DATE_EPOCH", "").strip())
