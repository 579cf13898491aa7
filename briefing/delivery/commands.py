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
    if config.book.empty:
        raise UsageError(f"{config.path}: book: the book is empty: give `topics` or `overview = true`")
    from .alerts import on_failure
    with on_failure(config, "build"):
        dossier = args.dossier or config.dossier_dir
        build(config, dossier, args.jobs, shard, args.force, edition)
    return 0


def cmd_send(args) -> int:
    from .build import check_edition
    from .send import send
    from .alerts import on_failure
    config = _config(args)
    edition = check_edition(args.edition) if args.edition is not None else None
    with on_failure(config, "send", enabled=not args.dry_run):   # a dry run is watched by whoever runs it
        return send(config, dry_run=args.dry_run, only=args.list, force=args.force, edition=edition,
                    resend=args.resend, mark_sent=args.mark_sent)


def register(subparsers, dossier_arg) -> None:
    p = subparsers.add_parser("build", help="build the whole book (briefing.toml) incrementally, in parallel")
    dossier_arg(p)   # with --config
    p.add_argument("--out", help="output folder (default: the configuration's book.out)")
    p.add_argument("--jobs", type=int, help="worker processes (default: one per CPU)")
    p.add_argument("--shard", metavar="K/N", help="build only the K-th of N deterministic parts of the book")
    p.add_argument("--force", action="store_true", help="rebuild every note, changed or not")
    p.add_argument("--edition", metavar="ID", help="the edition the notes built or found up to date belong to "
                                                   "(default: today's UTC date, YYYY-MM-DD)")
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
    p.set_defaults(func=cmd_send)
