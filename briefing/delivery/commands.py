"""`briefing build` and `briefing send`: thin commands over delivery.build and delivery.send.
Imported at every start-up of the CLI, so everything heavy is imported inside the functions."""
from __future__ import annotations

from pathlib import Path


def _config(args):
    from .config import load_config
    return load_config(args.config, args.out)


def cmd_build(args) -> int:
    from .book import parse_shard
    from .build import build, check_edition
    from ..errors import UsageError
    if args.jobs is not None and args.jobs < 1:
        raise UsageError("--jobs: give a number of processes, 1 or more")
    shard = parse_shard(args.shard)
    edition = check_edition(args.edition)
    config = _config(args)
    books = config.book_named(args.book)
    for book in books:
        if book.empty:
            raise UsageError(f"{config.path}: book {config.name_of(book)}: the book is empty: give `topics` or "
                             f"`overview = true`")
    if args.dossier and len(books) > 1:
        raise UsageError(f"--dossier: {config.path} has {len(books)} books; name the one it stands for "
                         f"with --book NAME")
    from .alerts import on_failure
    with on_failure(config, "build"):
        build(config, books, args.jobs, shard, args.force, edition, args.dossier)
    return 0


def cmd_send(args) -> int:
    from .build import check_edition
    from .send import send
    from .alerts import on_failure
    config = _config(args)
    edition = check_edition(args.edition) if args.edition is not None else None
    with on_failure(config, "send", enabled=not args.dry_run):   # a dry run is watched by whoever runs it
        return send(config, dry_run=args.dry_run, only=args.list, force=args.force, edition=edition,
                    resend=args.resend, mark_sent=args.mark_sent, book=args.book)


def cmd_alert(args) -> int:
    from .alerts import alert
    return alert(_config(args), args.message)


def cmd_ci_plan(args) -> int:
    from .ci import plan_lines
    config = _config(args)
    print("\n".join(plan_lines(config, args.github_output)))
    return 0


def _config_only(p) -> None:
    """A command that reads briefing.toml and writes no output folder of its own."""
    p.add_argument("--config", type=Path, help="the project's briefing.toml (default: $BRIEFING_CONFIG, else the "
                                               "nearest one from the current folder up)")
    p.set_defaults(out=None)


def register(subparsers, dossier_arg) -> None:
    p = subparsers.add_parser("build", help="build the whole book (briefing.toml) incrementally, in parallel")
    dossier_arg(p)   # with --config
    p.add_argument("--out", help="output folder (default: the configuration's book.out)")
    p.add_argument("--jobs", type=int, help="worker processes (default: one per CPU)")
    p.add_argument("--shard", metavar="K/N", help="build only the K-th of N deterministic parts of the book")
    p.add_argument("--force", action="store_true", help="rebuild every note, changed or not")
    p.add_argument("--edition", metavar="ID", help="the edition the notes built or found up to date belong to "
                                                   "(default: today's UTC date, YYYY-MM-DD)")
    p.add_argument("--book", metavar="NAME", help="only this book (default: every book of the configuration)")
    p.set_defaults(func=cmd_build)

    p = subparsers.add_parser("send", help="mail the built notes to the configuration's distribution lists")
    p.add_argument("--config", type=Path, help="the project's briefing.toml (default: $BRIEFING_CONFIG, else the "
                                               "nearest one from the current folder up)")
    p.add_argument("--out", help="output folder (default: the configuration's book.out)")
    p.add_argument("--dry-run", action="store_true", help="write the messages to <out>/outbox/*.eml instead")
    p.add_argument("--list", help="only this distribution list")
    p.add_argument("--force", action="store_true", help="send even if this edition already went to the list")
    p.add_argument("--edition", metavar="ID", help="the edition to send (default: the one built last)")
    once = p.add_mutually_exclusive_group()
    once.add_argument("--resend", metavar="MESSAGE-ID", help="send this one message again, with the same Message-ID "
                                                          "(after a run stopped while sending it)")
    once.add_argument("--mark-sent", metavar="MESSAGE-ID", help="record this message as delivered (it was left "
                                                             "pending by a run that stopped, and did arrive)")
    p.add_argument("--book", metavar="NAME", help="only the lists that take this book's notes alone")
    p.set_defaults(func=cmd_send)

    p = subparsers.add_parser("alert", help="mail the operators ([alerts] in briefing.toml) one line on what "
                                            "failed (the CI workflow's last step)")
    _config_only(p)
    p.add_argument("--message", required=True, help="what happened, e.g. the failed jobs and the run's address")
    p.set_defaults(func=cmd_alert)

    p = subparsers.add_parser("ci-plan", help="print the CI plan from briefing.toml's [ci]: the build matrix "
                                              "(books × shards), runner labels, artifact retention")
    _config_only(p)
    p.add_argument("--github-output", action="store_true",
                   help="as NAME=JSON lines for $GITHUB_OUTPUT instead of one JSON object")
    p.set_defaults(func=cmd_ci_plan)
