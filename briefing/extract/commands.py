"""`briefing extract` and `briefing review`: new articles in, candidate facts out, the analyst decides.

Imported at every start of the CLI: the heavy work (natasha, pymorphy3) is imported inside the commands."""
from __future__ import annotations

import sys
from pathlib import Path


def register(sub, dossier_arg) -> None:
    p = sub.add_parser("extract", help="add articles as sources and propose candidate facts for review")
    dossier_arg(p)
    p.add_argument("files", nargs="+", type=Path, metavar="FILE", help="article text files (UTF-8), Russian or Kazakh")
    p.add_argument("--date", help="publication date YYYY[-MM[-DD]], when the text does not show it")
    p.add_argument("--parties", help="a new dossier's parties, comma-separated (default: the countries the texts "
                                     "name most)")
    p.add_argument("--subject", help="a new dossier's subject in Russian, as it completes «СПРАВКА о …»")
    p.set_defaults(func=cmd_extract)

    p = sub.add_parser("review", help="list candidate facts; accept or reject them")
    dossier_arg(p)
    p.add_argument("--accept", nargs="+", action="extend", default=[], metavar="ID", help="accept these candidates")
    p.add_argument("--reject", nargs="+", action="extend", default=[], metavar="ID", help="reject these candidates")
    p.add_argument("--all", action="store_true", help="accept every pending candidate that duplicates no fact")
    p.add_argument("--reject-rest", action="store_true",
                   help="reject every pending candidate not named by --accept (after accepting those)")
    p.add_argument("--source", metavar="SID", help="only the candidates of this source (listing, --all, "
                                                   "--reject-rest, the review page)")
    p.add_argument("--serve", action="store_true", help="review in a browser: a local page on 127.0.0.1 "
                                                        "(needs the review extra)")
    p.add_argument("--port", type=int, default=0, help="the review page's port (default: a free one)")
    p.add_argument("--no-browser", action="store_true", help="print the review page's address, open no browser")
    p.set_defaults(func=cmd_review)


def _eprint(*args) -> None:
    print(*args, file=sys.stderr)


def cmd_extract(args) -> int:
    from ..cli import dossier_to_write
    from .extracting import extract_files
    written, refused = extract_files(dossier_to_write(args), args.files, date=args.date, parties=args.parties,
                                     subject=args.subject, say=_eprint)
    for path in dict.fromkeys(written):
        print(path)
    return 1 if refused else 0


def cmd_review(args) -> int:
    from ..cli import dossier_to_write
    from ..errors import UsageError
    if args.serve:
        if args.accept or args.reject or args.all or args.reject_rest:
            raise UsageError("--serve: decide on the page; give no --accept, --reject, --all or --reject-rest with it")
        from ..review_web.serve import serve
        return serve(dossier_to_write(args), port=args.port, open_browser=not args.no_browser, source=args.source)
    if args.port or args.no_browser:
        raise UsageError("--port and --no-browser are for --serve")
    from .decide import review
    # («--accept s000-06,s001-02»: ids given with commas as well as with spaces)
    accept = [i for arg in args.accept for i in arg.split(",") if i]
    reject = [i for arg in args.reject for i in arg.split(",") if i]
    listing, written, failed = review(dossier_to_write(args), accept=accept, reject=reject,
                                      accept_all=args.all, reject_rest=args.reject_rest, source=args.source,
                                      say=_eprint)
    for line in listing:
        print(line)
    for path in written:
        print(path)
    return 1 if failed else 0
