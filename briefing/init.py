"""`briefing init DIR`: a new project — briefing.toml, a copy of the example dossier, out/ — and, on request,
copies of the default templates, chart specs and style to adapt."""
from __future__ import annotations

import json
import re
import shutil
from pathlib import Path

from . import resources
from .errors import EnvironmentProblem, UsageError
from .project import CONFIG_NAME
from .vocab import LANGS

DOSSIER = Path("dossiers") / "example"

CONFIG = """\
# A briefing project: `briefing make`, `build` and `send` run in this folder (or below it) read this file.
# Paths are relative to it. Errors are reported as briefing.toml:LINE: field: message.

[book]
dossier = "{dossier}"
out = "out"
{overrides}
# The notes `briefing build` makes: one per topic (ids from `briefing topics`) and language, in every format.
topics = ["energy", "trade"]
overview = true                 # and one note on the whole dossier per language
periods = []                    # none: each note covers the whole record; e.g. ["2025", "2015-2016"]
languages = {languages}
formats = ["docx", "pdf"]       # and/or "html"
# marking = "Для служебного пользования"   # default: each language's own
# number = "01-02/123"                     # the registration number printed on every note («№ … от …»)
# date = "2025-06-10"                      # and its registration date
# reference_doc = "letterhead.docx"        # a .docx whose styles, margins and letterhead the DOCX takes

# [book.drafter]                # printed as «Исп.: …» on the last page
# ru = "Департамент азиатского сотрудничества"
# en = "Asia Cooperation Department"

# Distribution lists for `briefing send` (and the [smtp] table they need):
# [[lists]]
# name = "leadership"
# to = ["Office of the Minister <minister.office@example.org>"]
# notes = ["overview_ru", "energy_ru"]
# lang = "ru"                   # the message's words, and the notes' language unless `languages = [...]`
# max_size = "10MB"             # over it: numbered messages, or `oversize = "drop-docx"`: the PDFs only
#
# [smtp]
# host = "smtp.example.org"
# sender = "Briefing notes <briefing@example.org>"
# user_env = "BRIEFING_SMTP_USER"
# password_env = "BRIEFING_SMTP_PASSWORD"

# Several dossiers: [[books]] tables instead of [book], each like it plus `name` (default: the dossier folder's
# name); files are named <book>_<note> (example_energy_ru.pdf).

# The CI workflow's plan (`briefing ci-plan`):
# [ci]
# shards = 1
# runs_on = "ubuntu-latest"     # or ["self-hosted", "intranet"] for an intranet relay
# retention_days = 8
"""

OVERRIDES = """\
# Copies of the defaults, yours to edit (`briefing init --templates`): labels and the note's template,
# the style (page, margins, fonts, sizes) and the chart specs.
templates = "templates"
style = "templates/style.yaml"
charts = "charts"
"""


def init_project(folder: Path, templates: bool = False) -> list[Path]:
    """Create the project in `folder` (new, or empty); the paths of what was created."""
    folder = Path(folder)
    if folder.exists() and (not folder.is_dir() or any(folder.iterdir())):
        what = "is not a folder" if not folder.is_dir() else "is not empty"
        raise UsageError(f"{folder}: {what}; give a new or empty folder for the project")
    overrides = OVERRIDES if templates else ""
    parts = [(resources.example_dossier(), folder / DOSSIER)]
    if templates:
        parts += [(resources.templates(), folder / "templates"), (resources.charts(), folder / "charts")]
    made = [] if folder.exists() else [folder]
    try:
        folder.mkdir(parents=True, exist_ok=True)
        for source, target in parts:
            shutil.copytree(source, target, ignore=shutil.ignore_patterns(".briefing-cache", "__pycache__"))
        (folder / "out").mkdir()
        config = folder / CONFIG_NAME
        config.write_text(CONFIG.format(dossier=DOSSIER.as_posix(), overrides=overrides,
                                         languages=json.dumps(list(LANGS))), encoding="utf-8")
    except OSError as exc:
        # No half-made project: the folder goes back to as it was (absent, or empty).
        for path in made or list(folder.iterdir()):
            shutil.rmtree(path, ignore_errors=True) if path.is_dir() else path.unlink(missing_ok=True)
        raise EnvironmentProblem(f"{folder}: cannot create the project: {_reason(exc)}") from None
    return [config, *(target for _, target in parts), folder / "out"]


def _reason(exc: OSError) -> str:
    """What the system said, once: copytree gathers an error per file (shutil.Error), each naming both paths."""
    if isinstance(exc, shutil.Error) and exc.args and exc.args[0]:
        found = re.search(r"\[Errno \d+\] ([^:']+)", str(exc.args[0][0][2]))
        return found[1] if found else str(exc.args[0][0][2])
    return exc.strerror or str(exc)
