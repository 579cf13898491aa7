"""The command line: parse, call one function, print the paths written (stdout) and everything else (stderr).
Work is imported lazily so that `check` and `topics` never load matplotlib (nor natasha, which only extraction needs)."""
from __future__ import annotations

import argparse
import os
import sys
import tempfile
import traceback
from pathlib import Path

from . import __version__
from .errors import EXIT_USAGE, BriefingError, UsageError
from .vocab import LANGS

# Modules that add their own sub-commands: each has `register(subparsers, dossier_arg)`; imported at start-up,
# so they must import their heavy work inside the command functions.
EXTENSIONS = ("briefing.extract.commands", "briefing.delivery.commands")


def _dossier_arg(p):
    p.add_argument("--dossier", type=Path, default=None,
                   help="dossier folder (default: $BRIEFING_DOSSIER, else the project's, else the example dossier)")
    p.add_argument("--config", type=Path, default=None,
                   help="the project's briefing.toml (default: $BRIEFING_CONFIG, else the nearest one from the "
                        "current folder up)")


def project(args):
    """The project in reach (briefing.toml), or the defaults; read once per command."""
    if getattr(args, "_project", None) is None:
        from .project import load_project
        out = getattr(args, "out", None)
        if out is not None and not str(out).strip():
            raise UsageError("--out: give a folder")
        args._project = load_project(getattr(args, "config", None), Path(out) if out else None)
    return args._project


def dossier_path(args) -> Path:
    """--dossier, else $BRIEFING_DOSSIER, else the project's dossier, else the example dossier."""
    from .settings import settings
    if args.dossier:
        return args.dossier
    if settings().dossier:
        return Path(settings().dossier)
    return project(args).dossier


def dossier_to_write(args) -> Path:
    """The dossier a command adds to: never the example that ships inside briefing."""
    path = dossier_path(args)
    from . import resources
    if path.resolve() == resources.example_dossier().resolve():
        raise UsageError("--dossier: give the dossier to add to (a new folder starts a new dossier), or run "
                         "`briefing init DIR` and work in that project")
    return path


def _existing_dossier(args) -> Path:
    """The dossier folder to read; naming one that is not there is a mistake of the command line (exit 2)."""
    from .settings import settings
    path = dossier_path(args)
    if not path.is_dir():
        given = ("--dossier" if args.dossier else "BRIEFING_DOSSIER" if settings().dossier
                 else f"{project(args).config.path}: book.dossier")   # only a project names a dossier that is not there
        raise UsageError(f"{given}: {path}: no such folder")
    return path


def cmd_check(args) -> int:
    """Always the full check (the verification cache is never its answer); files that pass are cached."""
    from .dossier.load import keep_until_exit
    from .dossier.verify import check_dossier, consistency
    dossier, problems = check_dossier(_existing_dossier(args))
    keep_until_exit(dossier)
    for problem in problems:
        print(problem, file=sys.stderr)
    if dossier is not None and not problems:
        from .diagnostics import enforce_strict
        warnings, notes = consistency(dossier)
        enforce_strict(warnings, args.strict)
        for w in warnings:
            print(w, file=sys.stderr)
        for n in notes:
            print(f"note: {n}", file=sys.stderr)
    if problems:
        print(f"{len(problems)} problem(s) found", file=sys.stderr)
        return 1
    print(f"ok: {len(dossier.facts)} facts from {len(dossier.sources)} sources verified", file=sys.stderr)
    return 0


def cmd_topics(args) -> int:
    from .dossier.load import load_dossier
    from .vocab import topics
    dossier, _ = load_dossier(dossier_path(args))
    counts = {}
    for fact in (dossier.facts if dossier else []):
        for t in fact.topics:
            counts[t] = counts.get(t, 0) + 1
    for topic in topics().values():
        names = " / ".join(topic.name(l) for l in LANGS)
        print(f"{topic.id:<12} {counts.get(topic.id, 0):>4}  {names}")
    return 0


def _request(args, lang: str):
    from .lang import check_lang
    from .compose.note import NoteRequest
    from .periods import parse_period
    from .settings import settings
    from .vocab import topic as resolve_topic
    proj = project(args)
    topic = resolve_topic(args.topic) if args.topic else None
    period = parse_period(args.period) if args.period else None
    lang = check_lang(lang)
    marking = args.marking if args.marking is not None else proj.marking(lang)
    return NoteRequest(topic=topic, period=period, lang=lang, marking=marking,
                       drafter=args.drafter or settings().drafter or proj.drafter(lang),
                       number=args.number or proj.number, date=_reg_date(args.date or proj.date),
                       templates=proj.templates, charts=proj.charts, style=proj.style,
                       chart_cache=proj.out / ".cache" / "charts")


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
    proj = project(args)
    reference = args.reference_doc if args.reference_doc is not None else proj.reference_doc
    if reference is not None and not reference.is_file():
        # Not given on the command line, a reference document can only come from the project's config.
        given = "--reference-doc" if args.reference_doc is not None else f"{proj.config.path}: book.reference_doc"
        raise UsageError(f"{given}: {reference}: file not found")
    if reference is not None:
        from .writers.docx import check_reference
        check_reference(reference)
    if not proj.found and not args.dossier and not args.out:
        print(f"note: no briefing.toml here or above: the example dossier, notes into {proj.out}/ "
              f"(`briefing init DIR` starts a project)", file=sys.stderr)
    request = _request(args, args.lang)
    dossier = load_checked(_existing_dossier(args))
    built = build_note(dossier, request, formats, proj.out, reference, args.strict)
    for w in built.warnings:
        print(w, file=sys.stderr)
    for path in built.paths:
        print(path)
    return 0


def cmd_init(args) -> int:
    from .init import init_project
    for path in init_project(args.folder, templates=args.templates):
        print(path)
    return 0


# What each sub-command does and an example of it, shown by `briefing COMMAND --help`.
HELP = {
    "init": ("Create a project: a folder with briefing.toml, a copy of the example dossier and out/. With "
             "--templates, also copies of the default templates, chart specs and style to edit.",
             "briefing init ministry-notes && cd ministry-notes && briefing make --topic energy"),
    "check": ("Verify the dossier: schemas, every quote found in its source, every number found in its quote. "
              "Exit 0 when clean, 1 with every problem listed as file:line: field: message.",
              "briefing check --dossier dossiers/kz-jp"),
    "topics": ("List the topic vocabulary with the number of facts on each topic.", "briefing topics"),
    "make": ("Build one note (a topic, a period, or the whole dossier) as DOCX, PDF and/or HTML in the "
             "project's output folder; prints the paths written.",
             "briefing make --topic energy --lang en --format pdf,html"),
    "build": ("Build the whole book declared in briefing.toml, rebuilding only notes whose inputs changed.",
              "briefing build --jobs 2"),
    "send": ("Mail the built notes to the distribution lists of briefing.toml (--dry-run writes .eml files).",
             "briefing send --dry-run"),
    "ci-plan": ("Print what the CI workflow runs, from briefing.toml's [ci]: the build matrix (books × shards), "
                "the runner labels and the artifacts' retention.", "briefing ci-plan --github-output"),
    "extract": ("Add articles to a dossier as sources and propose candidate facts for review "
                "(needs the extract extra: pip install 'briefing[extract]').",
                "briefing extract article.txt --dossier dossiers/kz-jp"),
    "review": ("List the candidate facts awaiting review; accept or reject them, here or on a local page in a "
               "browser (--serve).",
               "briefing review --accept c3 c7 --reject c5"),
}


def parser() -> argparse.ArgumentParser:
    ap = argparse.ArgumentParser(prog="briefing", description="Verified facts in, ministerial briefing notes out.")
    ap.add_argument("--version", action="version", version=f"briefing {__version__}")
    ap.add_argument("--debug", action="store_true", help="show tracebacks")
    sub = ap.add_subparsers(dest="command", required=True, metavar="COMMAND")

    p = sub.add_parser("init", help="create a project folder: briefing.toml, the example dossier, out/")
    p.add_argument("folder", type=Path, metavar="DIR", help="the new project's folder (new or empty)")
    p.add_argument("--templates", action="store_true",
                   help="also copy the default templates, chart specs and style into the project to edit")
    p.set_defaults(func=cmd_init)

    p = sub.add_parser("check", help="verify the dossier: schema, quotes in sources, numbers in quotes")
    _dossier_arg(p)
    p.add_argument("--strict", action="store_true", help="fail on warnings (disagreeing figures) too")
    p.set_defaults(func=cmd_check)

    p = sub.add_parser("topics", help="list the topics with their fact counts")
    _dossier_arg(p)
    p.set_defaults(func=cmd_topics)

    p = sub.add_parser("make", help="build one note as DOCX, PDF or HTML")
    _dossier_arg(p)
    p.add_argument("--topic", help="topic id, name or alias (see `briefing topics`); none: the whole dossier")
    p.add_argument("--period", help="2025, 2015-2016 or 2025-03..2025-07")
    p.add_argument("--lang", default="ru", help=f"{', '.join(LANGS[:-1])} or {LANGS[-1]} (default ru)")
    p.add_argument("--format", default="docx,pdf", help="comma-separated: docx,pdf,html (default docx,pdf)")
    p.add_argument("--out", help="output folder (default: the project's, else ./out)")
    p.add_argument("--marking", help="marking, e.g. «Для служебного пользования» (default: the project's, "
                                     "else the language's)")
    p.add_argument("--number", help="the note's registration number (default: the project's)")
    p.add_argument("--date", help="the note's registration date, YYYY-MM-DD, printed with the number (default: the project's)")
    p.add_argument("--drafter", help="drafter line for the last page (default $BRIEFING_DRAFTER, else the project's)")
    p.add_argument("--reference-doc", type=Path, help="a .docx whose styles, margins and letterhead to use "
                                                      "(default: the project's)")
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

    for name, command in sub.choices.items():
        # --debug after the sub-command too; SUPPRESS keeps it from undoing a --debug given before it.
        command.add_argument("--debug", action="store_true", default=argparse.SUPPRESS, help="show tracebacks")
        if name in HELP:
            command.description, example = HELP[name]
            command.epilog = f"example:\n  {example}"
            command.formatter_class = argparse.RawDescriptionHelpFormatter
    return ap


def main(argv: list[str] | None = None) -> int:
    ap = parser()
    bad = next((a for a in (sys.argv[1:] if argv is None else argv) if "\0" in str(a)), None)
    if bad is not None:   # no file has such a name; open() would raise ValueError deep inside a command
        print(f"error: a NUL byte in an argument: {str(bad)!r}", file=sys.stderr)
        return EXIT_USAGE
    try:
        args = ap.parse_args(argv)
    except SystemExit as exc:
        return int(exc.code or 0) and EXIT_USAGE
    from .log import setup
    setup(args.debug)
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
