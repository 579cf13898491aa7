"""What runs in a build worker process: the dossier and the heavy libraries are loaded once per worker (the pool's
initializer), then each job composes, renders and writes one note."""
from __future__ import annotations

import traceback
from dataclasses import dataclass
from pathlib import Path

from ..errors import BriefingError
from .book import NoteSpec

_STATE: dict = {}


@dataclass(frozen=True)
class Job:
    spec: NoteSpec
    out_dir: str
    templates: str
    charts: str
    reference_doc: str | None
    previous: dict | None              # the last edition's facts, to say what changed; None: first edition
    changes: tuple[str, ...] | None    # the facts did not change since the last build: its changes stand
    style: str | None = None           # the project's style file; None: the templates' style.yaml


def init(dossiers: dict, parent: int | None = None) -> None:
    """Pool initializer: keep the (already checked) dossiers by book name (one pool serves every book), import
    the writers and matplotlib once. In a worker process, `parent` is the build's process id: the worker dies
    with it."""
    if parent is not None:
        die_with_parent(parent)
    _STATE["dossiers"] = dossiers
    from .. import chartdraw
    chartdraw.warm()
    from ..compose import note  # noqa: F401
    from ..writers import docx, pdf  # noqa: F401


def die_with_parent(parent: int) -> None:
    """End this process when `parent` ends, however it ends: a build killed (SIGKILL, SIGTERM, the CI job
    cancelled) must not leave its workers waiting for jobs, holding memory and the dossier's files. On Linux the
    kernel sends SIGKILL (prctl PR_SET_PDEATHSIG); elsewhere a thread watches the parent. Either way, a parent
    gone before this ran is caught by the check that follows."""
    import os
    import signal
    import sys
    import threading
    if sys.platform.startswith("linux"):
        try:
            import ctypes
            libc = ctypes.CDLL(None, use_errno=True)
            PR_SET_PDEATHSIG = 1
            if libc.prctl(PR_SET_PDEATHSIG, signal.SIGKILL, 0, 0, 0) == 0:
                if os.getppid() != parent:
                    os._exit(1)
                return
        except (OSError, AttributeError):
            pass

    def watch() -> None:
        import time
        while os.getppid() == parent:
            time.sleep(1.0)
        os._exit(1)

    if os.getppid() != parent:
        os._exit(1)
    threading.Thread(target=watch, name="parent-watch", daemon=True).start()


def run(job: Job) -> dict:
    """One note; failures come back as data (exceptions with extra fields do not survive pickling)."""
    try:
        return _run(job)
    except BriefingError as exc:
        return {"stem": job.spec.stem, "error": str(exc), "problems": [str(p) for p in exc.problems],
                "exit_code": exc.exit_code}
    except Exception as exc:  # a bug: keep the traceback for the report
        return {"stem": job.spec.stem, "error": f"internal error: {type(exc).__name__}: {exc}",
                "problems": [], "exit_code": 70, "traceback": traceback.format_exc()}


def _run(job: Job) -> dict:
    from ..compose.catalog import catalog
    from ..compose.note import NoteRequest
    from ..dossier.dates import FuzzyDate
    from ..make import build_note
    from .. import vocab

    spec = job.spec
    dossier = _STATE["dossiers"][spec.book]
    templates = Path(job.templates)
    topic = vocab.topics()[spec.topic] if spec.topic else None
    period = FuzzyDate.parse(spec.period) if spec.period else None
    changes = job.changes if job.changes is not None else _changes(dossier, job, topic, period)
    request = NoteRequest(topic=topic, period=period, lang=spec.lang, marking=spec.marking, number=spec.number,
                          date=FuzzyDate.parse(spec.date) if spec.date else None,
                          drafter=spec.drafter, templates=templates, charts=Path(job.charts),
                          style=Path(job.style) if job.style else None,
                          chart_cache=Path(job.out_dir) / ".cache" / "charts", changes=changes)
    if request.stem != spec.note:
        raise RuntimeError(f"note name mismatch: the book says {spec.note}, make says {request.stem}")
    built = build_note(dossier, request, list(spec.formats), Path(job.out_dir),
                       Path(job.reference_doc) if job.reference_doc else None, stem=spec.stem)
    labels = catalog(templates, spec.lang)
    document = getattr(built, "document", None)
    return {"stem": spec.stem, "paths": [str(p) for p in built.paths], "warnings": list(built.warnings),
            "fact_ids": list(built.fact_ids), "changes": list(changes),
            "title": document.meta.title if document else "",
            "subtitle": document.meta.subtitle if document else "",
            "key_points": _key_points(document, labels) if document else []}


def _changes(dossier, job: Job, topic, period) -> tuple[str, ...]:
    if job.previous is None:
        return ()
    from ..compose.catalog import catalog
    from ..compose.phrases import Phraser
    from ..compose.select import select
    from ..dossier.schema import Fact
    from .changes import describe
    from .inputs import fact_snapshot

    sel = select(dossier, topic, period)
    now = {f.id: fact_snapshot(f) for f in sel.facts}
    labels = catalog(Path(job.templates), job.spec.lang)
    ph = Phraser(job.spec.lang, labels, {sid: s.language for sid, s in dossier.sources.items()}, dossier.meta.names)

    def figure(snapshot: dict) -> str | None:
        try:
            return ph.figure(Fact.model_validate(snapshot)) or None
        except Exception:  # a snapshot from an older schema: say which fields changed instead
            return None

    return describe(job.previous, now, job.spec.lang, figure, labels["changes"])


def _key_points(document, labels: dict) -> list[str]:
    """The items of the Key points section, as the note prints them (the e-mail repeats them)."""
    wanted = labels.get("sections", {}).get("key_points")
    found = False
    for block in document.blocks:
        if block.kind == "heading":
            if found:
                break
            found = block.text == wanted
        elif found and block.kind == "list":
            return list(block.items)
    return []
