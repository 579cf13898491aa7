"""The manifest in the output folder: one JSON record per note (`manifest/<stem>.json`), so that shards built on
different machines merge by copying folders. A record holds the hashes of the note's inputs and outputs, the
snapshot of the facts its edition used, the changes it printed, and what the e-mail repeats (key points)."""
from __future__ import annotations

import json
from dataclasses import asdict, dataclass, field
from pathlib import Path

from ..fsutil import atomic_write
from .inputs import file_sha

FOLDER = "manifest"
FORMAT = 1


@dataclass
class Record:
    stem: str
    lang: str
    topic: str | None
    period: str | None
    inputs: dict                       # component -> digest
    facts: dict                        # fact id -> fact as JSON: this edition's snapshot
    outputs: dict                      # file name -> sha256
    changes: list[str] = field(default_factory=list)
    built: str = ""                    # ISO date of the build that made this edition
    title: str = ""                    # the note's title, e.g. «СПРАВКА о казахстанско-японском сотрудничестве»
    subtitle: str = ""
    key_points: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    format: int = FORMAT

    def outputs_intact(self, out_dir: Path) -> bool:
        return bool(self.outputs) and all(file_sha(out_dir / name) == h for name, h in self.outputs.items())


def record_path(out_dir: Path, stem: str) -> Path:
    return Path(out_dir) / FOLDER / f"{stem}.json"


def read(out_dir: Path, stem: str) -> Record | None:
    """The note's last record, or None (none yet, unreadable, or from another manifest format: rebuild)."""
    try:
        data = json.loads(record_path(out_dir, stem).read_text(encoding="utf-8"))
        if data.get("format") != FORMAT:
            return None
        return Record(**data)
    except (OSError, ValueError, TypeError):
        return None


def write(out_dir: Path, record: Record) -> Path:
    path = record_path(out_dir, record.stem)
    text = json.dumps(asdict(record), ensure_ascii=False, indent=1, sort_keys=True) + "\n"
    atomic_write(path, text.encode("utf-8"))
    return path


def read_all(out_dir: Path) -> dict[str, Record]:
    folder = Path(out_dir) / FOLDER
    out = {}
    for path in sorted(folder.glob("*.json")) if folder.is_dir() else []:
        rec = read(out_dir, path.stem)
        if rec is not None:
            out[rec.stem] = rec
    return out
