"""`briefing build`: the whole book, incrementally, in parallel processes.

The decision what to rebuild is taken from hashes before anything is composed: the parent process loads the
dossier, selects each note's facts (cheap: no matplotlib), hashes them with every other input and
compares with the note's manifest record. Only the notes that changed go to the worker pool."""
from __future__ import annotations

import logging
import os
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path

from ..errors import BriefingError, UsageError
from . import manifest
from .book import NoteSpec, in_shard, notes_of
from .inputs import BuildContext, file_sha, note_inputs
from .worker import Job


log = logging.getLogger(__name__)


class BuildFailed(BriefingError):
    def __init__(self, message: str, problems, exit_code: int):
        super().__init__(message, problems)
        self.exit_code = exit_code


@dataclass
class Planned:
    spec: NoteSpec
    inputs: dict
    snapshot: dict
    job: Job


@dataclass
class Outcome:
    written: list[Path]
    rebuilt: list[str]
    up_to_date: list[str]
    skipped: list[str]


def edition_date() -> str:
    """Today (UTC), or the day of SOURCE_DATE_EPOCH, so that a reproducible build also dates its edition."""
    from ..settings import settings
    epoch = settings().source_date_epoch
    when = datetime.fromtimestamp(int(epoch), timezone.utc) if epoch.isdigit() else datetime.now(timezone.utc)
    return when.date().isoformat()


EDITION = r"^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$"


def check_edition(text: str | None) -> str:
    """An edition id as given on the command line (it becomes part of file names and the sent-log's keys)."""
    import re
    if text is None:
        return edition_date()
    if not re.fullmatch(EDITION, text):
        raise UsageError(f"--edition: expected letters, digits, '.', '_' or '-' (up to 64, e.g. 2026-12-07); "
                         f"got {text!r}")
    return text


def plan(config, book, dossier, shard, force: bool, warn) -> tuple[list[Planned], list, list[NoteSpec]]:
    """One book's notes of this shard: those to build, the records of those up to date, those without facts."""
    from ..compose.select import select
    from ..dossier.dates import FuzzyDate
    from .. import vocab

    out = config.out_dir
    reference = config.resolve(book.reference_doc)
    if reference is not None and not reference.is_file():
        raise UsageError(f"{config.path}: book.reference_doc: {reference}: file not found")
    style = config.resolve(book.style)
    templates, charts = config.templates_of(book), config.charts_of(book)
    ctx = BuildContext(templates, charts, reference, style)
    todo, fresh, skipped = [], [], []
    for spec in notes_of(config, [book]):
        if not in_shard(spec.stem, shard):
            continue
        topic = vocab.topics()[spec.topic] if spec.topic else None
        selection = select(dossier, topic, FuzzyDate.parse(spec.period) if spec.period else None)
        if not selection.facts:
            warn(f"{spec.stem}: no facts for this topic and period; not built")
            skipped.append(spec)
            continue
        inputs, snapshot = note_inputs(ctx, spec, dossier, selection)
        record = manifest.read(out, spec.stem, lambda why: warn(f"{why}; rebuilding {spec.stem}"))
        if not force and record is not None and record.inputs == inputs and record.outputs_intact(out):
            fresh.append(record)
            continue
        previous = changes = None
        if record is not None:
            if record.facts == snapshot:   # same facts, other inputs changed: still the same edition's changes
                changes = tuple(record.changes)
            else:
                previous = record.facts
        job = Job(spec, str(out), str(templates), str(charts),
                  str(reference) if reference else None, previous, changes, str(style) if style else None)
        todo.append(Planned(spec, inputs, snapshot, job))
    return todo, fresh, skipped


def _run_all(todo: list[Planned], dossiers: dict, jobs: int, on_done) -> None:
    """Run the jobs, calling on_done(planned, result) as each finishes, with a progress bar on stderr."""
    from rich.console import Console
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

    from . import worker

    console = Console(stderr=True)
    columns = (TextColumn("building"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn(),
               TextColumn("{task.description}"))
    with Progress(*columns, console=console, redirect_stdout=False, redirect_stderr=True) as progress:
        task = progress.add_task("", total=len(todo))

        def finish(item: Planned, result: dict) -> None:
            on_done(item, result)
            progress.update(task, advance=1, description=item.spec.stem)

        if jobs <= 1:
            worker.init(dossiers)
            for item in todo:
                finish(item, worker.run(item.job))
            return
        import multiprocessing
        from concurrent.futures import ProcessPoolExecutor, as_completed
        # spawn: a clean interpreter per worker (no fork of a process holding rich's refresh thread)
        with ProcessPoolExecutor(max_workers=jobs, mp_context=multiprocessing.get_context("spawn"),
                                 initializer=worker.init, initargs=(dossiers, os.getpid())) as pool:
            futures = {pool.submit(worker.run, item.job): item for item in todo}
            for future in as_completed(futures):
                finish(futures[future], future.result())


BUILD_LOCK = ".briefing-build.lock"


def build(config, books, jobs: int | None, shard, force: bool, edition: str | None = None,
          dossier_dir: Path | None = None) -> Outcome:
    """The notes of `books` (all of the configuration's, or the one `--book` names) in this shard. One build at a
    time per output folder: the plan, the notes and the manifest all come from one run. (Its workers take the
    folder's note lock for each note they write, so this is a lock of its own.) `dossier_dir` (`--dossier`)
    stands in for the dossier of a single book."""
    from ..fsutil import output_lock, writable_dir

    with output_lock(writable_dir(config.out_dir), name=BUILD_LOCK):
        with output_lock(config.out_dir):   # the note lock too: no `make` is writing there now
            _sweep(config.out_dir)
        return _build(config, books, jobs, shard, force, edition or edition_date(), dossier_dir)


def _sweep(out: Path) -> None:
    """Remove what a run killed while writing left behind (`.<name>.*.tmp` beside the file it was replacing):
    with both locks held, no run is writing any of them."""
    left = [p for folder in (out, out / manifest.FOLDER) if folder.is_dir()
            for p in folder.glob(".*.tmp") if p.is_file()]
    for p in left:
        p.unlink(missing_ok=True)
    if left:
        log.info(f"{out}: removed {len(left)} temporary file(s) a stopped run left")


def _stamp(out: Path, records: list, edition: str, when: str) -> None:
    """Mark the notes found up to date as part of this edition too: `send` mails an edition only when every note
    a list names carries its stamp, whichever shard or run built the note."""
    for record in records:
        record.edition, record.edition_at = edition, when
        manifest.write(out, record)


def _build(config, books, jobs: int | None, shard, force: bool, edition: str, dossier_dir: Path | None) -> Outcome:
    from ..make import load_checked

    out = config.out_dir
    warn = log.warning
    todo, fresh, skipped = [], [], []
    dossiers = {}
    for book in books:
        if not any(in_shard(n.stem, shard) for n in notes_of(config, [book])):
            continue   # no note of this book in the shard: its dossier need not even be read
        name = config.name_of(book)
        dossiers[name] = dossier = load_checked(dossier_dir or config.dossier_of(book))
        more, up_to_date, without = plan(config, book, dossier, shard, force, warn)
        todo += more
        fresh += up_to_date
        skipped += without
    date = edition_date()
    stamped_at = datetime.now(timezone.utc).isoformat(timespec="microseconds")
    _stamp(out, fresh, edition, stamped_at)
    # A note without facts this time is part of the edition as "nothing to send", so that the lists naming it
    # still get a complete edition (a note that was not built at all would stop them).
    for spec in skipped:
        manifest.write(out, manifest.Record(
            stem=spec.stem, book=spec.book, lang=spec.lang, topic=spec.topic, period=spec.period, inputs={}, facts={},
            outputs={},
            built=date, warnings=["no facts for this topic and period"], edition=edition, edition_at=stamped_at))
    written: list[Path] = []
    failures: list[dict] = []

    def on_done(item: Planned, result: dict) -> None:
        if "error" in result:
            failures.append(result)
            return
        paths = [Path(p) for p in result["paths"]]
        record = manifest.Record(
            stem=item.spec.stem, book=item.spec.book, lang=item.spec.lang, topic=item.spec.topic,
            period=item.spec.period,
            inputs=item.inputs, facts=item.snapshot, outputs={p.name: file_sha(p) for p in paths},
            changes=result["changes"], built=date, title=result["title"], subtitle=result["subtitle"],
            key_points=result["key_points"], warnings=result["warnings"], edition=edition,
            edition_at=stamped_at)
        manifest.write(out, record)
        written.extend(paths)
        for w in result["warnings"]:
            log.info(w)   # a located warning, marked as one

    if todo:
        workers = max(1, min(jobs or os.cpu_count() or 1, len(todo)))
        _run_all(todo, {n: d for n, d in dossiers.items() if any(p.spec.book == n for p in todo)}, workers,
                 on_done)
    for path in sorted(written):
        print(path)
    rebuilt = sorted(p.job.spec.stem for p in todo if p.job.spec.stem not in {f["stem"] for f in failures})
    log.info(f"edition {edition}: built {len(rebuilt)} note(s), {len(fresh)} up to date"
             + (f", {len(skipped)} without facts" if skipped else "")
             + (f", {len(failures)} failed" if failures else "") + f" in {out}")
    if failures:
        problems = []
        for f in failures:
            problems += f["problems"]
            problems.append(f"{f['stem']}: {f['error']}")
            if f.get("traceback"):   # a bug in a worker: keep its traceback in a file, as the CLI does
                import tempfile
                fd, path = tempfile.mkstemp(prefix="briefing-crash-", suffix=".txt")
                with os.fdopen(fd, "w") as fh:
                    fh.write(f["traceback"])
                problems.append(f"{f['stem']}: traceback saved to {path}")
        raise BuildFailed(f"{len(failures)} of {len(todo)} note(s) failed", problems,
                          max(f["exit_code"] for f in failures))
    return Outcome(written, rebuilt, [r.stem for r in fresh], [s.stem for s in skipped])
