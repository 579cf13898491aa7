"""`briefing make`: check the dossier, compose the note, render every format in memory, then write."""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from .compose.catalog import style_file
from .dossier.load import Dossier, keep_until_exit
from .dossier.verify import checked_dossier
from .diagnostics import enforce_strict, warning
from .errors import ContentError
from .fsutil import lock_wait, output_lock, writable_dir, write_together


def load_checked(dossier_dir: Path) -> Dossier:
    """A dossier that passed every check (now, or before if its verified snapshot matches every file it was made
    from); `make` refuses anything else."""
    dossier, problems = checked_dossier(dossier_dir)
    if problems or dossier is None:
        raise ContentError(f"{dossier_dir}: the dossier does not check ({len(problems)} problems); "
                           f"run `briefing check --dossier {dossier_dir}`", problems)
    # The dossier lives as long as the command, and holds no cycles: move it out of the cyclic collector's
    # sight, which would otherwise walk its millions of objects again at every full collection while the
    # notes are composed (1.8 s of a 100,000-fact overview), and let it go with the process.
    keep_until_exit(dossier)
    return dossier


@dataclass
class Built:
    paths: list[Path]
    warnings: list[str]          # each a located warning, as printed
    fact_ids: tuple[str, ...]
    document: object = None   # the composed Document (delivery repeats its key points in the e-mail)


def build_note(dossier: Dossier, request, formats: list[str], out_dir: Path, reference_doc: Path | None = None,
               strict: bool = False, stem: str | None = None) -> Built:
    """`stem`: the files' name (`build` puts the book's name first); default: the request's own."""
    from .compose.note import compose
    from .writers import writer
    from .writers.common import WriteOptions

    writable_dir(out_dir)   # an unwritable folder (or a bad BRIEFING_LOCK_WAIT) fails now, not after the rendering
    wait = lock_wait()
    writers = {fmt: writer(fmt) for fmt in formats}
    composed = compose(dossier, request)
    style = style_file(request.style or request.templates / "style.yaml")
    warnings = [_located(dossier, *w) for w in composed.warnings]
    options = WriteOptions(style=style, reference_doc=reference_doc)
    rendered = {fmt: write(composed.document, options) for fmt, write in writers.items()}
    if "pdf" in rendered:
        from .compose.catalog import catalog
        pages = _main_pages(options.report, catalog(request.templates, request.lang))
        budget = style.get("page_budget_main", 2.3)
        if pages is not None and pages > budget:
            warnings.append(warning(request.stem, None, "", f"the main part runs to about {pages:.1f} pages "
                                                            f"(budget {budget})", "page-budget"))
    enforce_strict(warnings, strict)
    # Everything rendered before anything is written; then all formats at once, one run at a time per folder.
    files = {Path(out_dir) / f"{stem or request.stem}.{fmt}": data for fmt, data in rendered.items()}
    with output_lock(out_dir, wait):
        write_together(files)
    paths = list(files)
    return Built(paths, [str(w) for w in warnings], composed.fact_ids, composed.document)


def _located(dossier: Dossier, fact_id: str, field: str, message: str, code: str):
    where = dossier.where.get(fact_id)
    if where is None:
        return warning(f"fact {fact_id}", None, field, message, code)
    return warning(where.file, where.line(field), field, f"{fact_id}: {message}", code)


def _main_pages(report: dict, labels: dict) -> float | None:
    """Pages from the top of page 1 to the first back-matter heading (Sources or Annexes)."""
    back = {labels["sections"]["sources"], labels["sections"]["annexes"]}
    positions = [pos for text, pos in report.get("headings", []) if text in back]
    return min(positions) - 1 if positions else None
