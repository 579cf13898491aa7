"""The command line: parse, call one function, print the paths written (stdout) and everything else (stderr).
Work is imported lazily so that `check` and `topics` never load matplotlib (nor natasha, which only extraction needs)."""
from __future__ import annotations

import argparse
import os
import sys
import tempfile
import traceback
from pathlib import Path

from . import PROJECT_ROOT, __version__
from .errors import EXIT_USAGE, BriefingError, UsageError

DEFAULT_DOSSIER = PROJECT_ROOT / "seeds" / "kz-jp"

# Modules that add their own sub-commands: each has `register(subparsers, dossier_arg)`; imported at start-up,
# so they must import their heavy work inside the command functions.
EXTENSIONS = ("briefing.extract.commands", "briefing.delivery.commands")


def _dossier_arg(p):
    p.add_argument("--dossier", type=Path, default=None,
                   help=f"dossier folder (default: $BRIEFING_DOSSIER or {DEFAULT_DOSSIER.relative_to(PROJECT_ROOT)})")


def dossier_path(args) -> Path:
    return args.dossier or Path(os.environ.get("BRIEFING_DOSSIER", DEFAULT_DOSSIER))


def _existing_dossier(args) -> Path:
    """The dossier folder to read; naming one that is not there is a mistake of the command line (exit 2)."""
    path = dossier_path(args)
    if not path.is_dir():
        given = "--dossier" if args.dossier else "BRIEFING_DOSSIER" if os.environ.get("BRIEFING_DOSSIER") else "dossier"
        raise UsageError(f"{given}: {path}: no such folder")
    return path


def cmd_check(args) -> int:
    """Always the full check (a verified snapshot is never its answer); a dossier that passes is saved as one."""
    from .dossier.load import keep_until_exit
    from .dossier.verify import check_dossier, consistency
    dossier, problems = check_dossier(_existing_dossier(args))
    keep_until_exit(dossier)
    for problem in problems:
        print(problem, file=sys.stderr)
    if dossier is not None and not problems:
        warnings, notes = consistency(dossier)
        for w in warnings:
            print(f"{w} [warning]", file=sys.stderr)
        for n in notes:
            print(f"note: {n}", file=sys.stderr)
        if args.strict and warnings:
            return 1
    if problems:
        print(f"{len(problems)} problem(s) found", file=sys.stderr)
        return 1
    print(f"ok: {len(dossier.facts)} facts from {len(dossier.sources)} sources verified", file=sys.stderr)
    return 0


def cmd_topics(args) -> int:
    from .dossier.load import load_dossier
    from .topics import all_topics
    dossier, _ = load_dossier(dossier_path(args))
    counts = {}
    for fact in (dossier.facts if dossier else []):
        for t in fact.topics:
            counts[t] = counts.get(t, 0) + 1
    for topic in all_topics().values():
        names = " / ".join(topic.names[l] for l in ("ru", "kk", "en"))
        print(f"{topic.id:<12} {counts.get(topic.id, 0):>4}  {names}")
    return 0


def _request(args, lang: str):
    from .compose.catalog import check_lang
    from .compose.note import NoteRequest
    from .periods import parse_period
    from .topics import resolve
    topic = resolve(args.topic) if args.topic else None
    period = parse_period(args.period) if args.period else None
    return NoteRequest(topic=topic, period=period, lang=check_lang(lang), marking=args.marking,
                       drafter=args.drafter or os.environ.get("BRIEFING_DRAFTER", ""),
                       number=args.number or "", date=_reg_date(args.date),
                       chart_cache=Path(args.out) / ".cache" / "charts")


def _reg_date(text):
    if not text:
        return None
    from .dossier.dates import FuzzyDate
    try:
        return FuzzyDate.parse(text)
    except ValueError as exc:
        raise UsageError(f"--date: {exc}") from None


def cmd_make(args) -> int:
    from .make import build_note, load_checked
    from .writers import parse_formats
    formats = parse_formats(args.format)
    if args.reference_doc is not None and not args.reference_doc.is_file():
        raise UsageError(f"--reference-doc: {args.reference_doc}: file not found")
    if args.reference_doc is not None:
        from .writers.docx import check_reference
        check_reference(args.reference_doc)
    request = _request(args, args.lang)
    dossier = load_checked(_existing_dossier(args))
    built = build_note(dossier, request, formats, Path(args.out), args.reference_doc, args.strict)
    for w in built.warnings:
        print(f"warning: {w}", file=sys.stderr)
    for path in built.paths:
        print(path)
    return 0


def parser() -> argparse.ArgumentParser:
    ap = argparse.ArgumentParser(prog="briefing", description="Verified facts in, ministerial briefing notes out.")
    ap.add_argument("--version", action="version", version=f"briefing {__version__}")
    ap.add_argument("--debug", action="store_true", help="show tracebacks")
    sub = ap.add_subparsers(dest="command", required=True)

    p = sub.add_parser("check", help="verify the dossier: schema, quotes in sources, numbers in quotes")
    _dossier_arg(p)
    p.add_argument("--strict", action="store_true", help="fail on warnings (disagreeing figures) too")
    p.set_defaults(func=cmd_check)

    p = sub.add_parser("topics", help="list the topics with their fact counts")
    _dossier_arg(p)
    p.set_defaults(func=cmd_topics)

    p = sub.add_parser("make", help="build one note as DOCX and PDF")
    _dossier_arg(p)
    p.add_argument("--topic", help="topic id, name or alias (see `briefing topics`); none: the whole dossier")
    p.add_argument("--period", help="2025, 2015-2016 or 2025-03..2025-07")
    p.add_argument("--lang", default="ru", help="ru, kk or en (default ru)")
    p.add_argument("--format", default="docx,pdf", help="comma-separated: docx,pdf (default both)")
    p.add_argument("--out", default=str(PROJECT_ROOT / "out"), help="output folder (default out/)")
    p.add_argument("--marking", help="marking, e.g. «Для служебного пользования» (default per language)")
    p.add_argument("--number", help="the note's registration number")
    p.add_argument("--date", help="the note's registration date, YYYY-MM-DD (printed with --number)")
    p.add_argument("--drafter", help="drafter line for the last page (default $BRIEFING_DRAFTER)")
    p.add_argument("--reference-doc", type=Path, help="a .docx whose styles, margins and letterhead to use")
    p.add_argument("--strict", action="store_true", help="turn warnings into failure")
    p.set_defaults(func=cmd_make)

    from importlib import import_module
    for name in EXTENSIONS:
        try:
            module = import_module(name)
        except ModuleNotFoundError as exc:
            if exc.name != name and not name.startswith(exc.name or "\0"):
                raise
            continue
        module.register(sub, _dossier_arg)
    return ap


def main(argv: list[str] | None = None) -> int:
    ap = parser()
    try:
        args = ap.parse_args(argv)
    except SystemExit as exc:
        return int(exc.code or 0) and EXIT_USAGE
    try:
        return args.func(args)
    except BriefingError as exc:
        for problem in exc.problems:
            print(problem, file=sys.stderr)
        print(f"error: {exc}", file=sys.stderr)
        if args.debug:
            traceback.print_exc()
        return exc.exit_code
    except KeyboardInterrupt:
        print("interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        # The reader went away (`briefing review | head`): nothing more to say to it.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 0
    except Exception as exc:  # a bug: say so in one line, keep the traceback in a file
        if args.debug:
            traceback.print_exc()
        fd, path = tempfile.mkstemp(prefix="briefing-crash-", suffix=".txt")
        with os.fdopen(fd, "w") as fh:
            traceback.print_exc(file=fh)
        print(f"internal error: {type(exc).__name__}: {exc} (traceback saved to {path})", file=sys.stderr)
        return 70


if __name__ == "__main__":
    sys.exit(main())
