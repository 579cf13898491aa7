"""`briefing send`: one message per distribution list, with the built notes it receives. A sent-log in the output
folder records which edition went to which list, so that the same edition is not sent twice (unless --force)."""
from __future__ import annotations

import fnmatch
import json
import logging
from datetime import datetime, timezone
from email.utils import parseaddr
from pathlib import Path

from ..errors import BriefingError, EnvironmentProblem, UsageError
from ..fsutil import atomic_write
from . import manifest
from .book import notes_of
from .inputs import canonical, sha

SENT_LOG = "sent-log.json"
OUTBOX = "outbox"


logger = logging.getLogger(__name__)


class SentLog:
    """`<out>/sent-log.json`: one entry per message the server accepted."""

    def __init__(self, out_dir: Path):
        self.path = Path(out_dir) / SENT_LOG
        try:
            self.entries = json.loads(self.path.read_text(encoding="utf-8"))["sent"]
        except FileNotFoundError:
            self.entries = []
        except (OSError, ValueError, KeyError, TypeError) as exc:
            raise EnvironmentProblem(f"{self.path}: unreadable sent-log ({exc}); fix or remove it") from None

    def find(self, list_name: str, edition: str) -> dict | None:
        return next((e for e in self.entries if e["list"] == list_name and e["edition"] == edition), None)

    def add(self, entry: dict) -> None:
        self.entries.append(entry)
        text = json.dumps({"sent": self.entries}, ensure_ascii=False, indent=1) + "\n"
        atomic_write(self.path, text.encode("utf-8"))


def _notes_for(config, lst, records: dict, out: Path):
    from .mail import NoteMail
    stems = [n.stem for n in notes_of(config)]
    chosen = [s for s in stems if any(fnmatch.fnmatchcase(s, p) for p in lst.notes)]
    notes, missing = [], []
    for stem in chosen:
        rec = records.get(stem)
        if rec is None:
            missing.append(stem)
            continue
        if not rec.outputs_intact(out):
            raise UsageError(f"{stem}: the files in {out} are not the ones the manifest records; "
                             f"run `briefing build` first")
        files = tuple(out / name for name in sorted(rec.outputs)
                      if name.endswith(".pdf") or (lst.docx and name.endswith(".docx")))
        notes.append(NoteMail(stem, rec.lang, rec.topic, rec.period, rec.title, rec.subtitle,
                              tuple(rec.key_points), tuple(rec.changes), files))
    return notes, missing


def edition_of(notes, records) -> tuple[str, str]:
    """(edition id, edition date): the id hashes the attached files, so a rebuilt note is a new edition."""
    files = sorted((f.name, records[n.stem].outputs[f.name]) for n in notes for f in n.files)
    date = max(records[n.stem].built for n in notes)
    return sha(canonical(files))[:16], date


def send(config, dry_run: bool = False, only: str | None = None, force: bool = False) -> int:
    from filelock import FileLock

    from . import smtp
    from .mail import message

    out = config.out_dir
    lists = [config.list_named(only)] if only else list(config.lists)
    if not lists:
        raise UsageError(f"{config.path}: no distribution lists ([[lists]]) to send to")
    if not dry_run and config.smtp is None:
        raise UsageError(f"{config.path}: no [smtp] table: where to send?")
    records = manifest.read_all(out)
    out.mkdir(parents=True, exist_ok=True)
    failures: list[str] = []
    exit_code = 0
    any_notes = False
    with FileLock(str(out / ".sent-log.lock")):   # two sends at once must not both send an edition
        log = SentLog(out)
        for lst in lists:
            notes, missing = _notes_for(config, lst, records, out)
            for stem in missing:
                logger.warning(f"list {lst.name}: {stem} has not been built; left out")
            if not notes:
                logger.warning(f"list {lst.name}: no built notes to send")
                continue
            any_notes = True
            edition, date = edition_of(notes, records)
            previous = log.find(lst.name, edition)
            if previous and not force:
                logger.info(f"list {lst.name}: edition {date} ({edition}) already sent on {previous['sent_at']}; "
                         f"nothing to send (--force sends it again)")
                continue
            sender = config.smtp.sender if config.smtp else "briefing@localhost"
            msg = message(sender, lst.to, lst.cc, notes, lst.lang, date)
            if dry_run:
                path = out / OUTBOX / f"{lst.name}_{date}_{edition}.eml"
                atomic_write(path, msg.as_bytes())
                print(path)
                continue
            recipients = [parseaddr(a)[1] for a in [*lst.to, *lst.cc, *lst.bcc]]
            try:
                refused = smtp.send(config.smtp, msg, parseaddr(sender)[1], recipients)
            except BriefingError as exc:
                failures.append(f"list {lst.name}: {exc}")
                exit_code = max(exit_code, exc.exit_code)
                logger.error(f"list {lst.name}: not sent: {exc}")
                continue
            log.add({"list": lst.name, "edition": edition, "date": date, "message_id": msg["Message-ID"],
                     "sent_at": datetime.now(timezone.utc).isoformat(timespec="seconds"),
                     "files": [f.name for n in notes for f in n.files], "recipients": len(recipients),
                     "refused": sorted(refused)})
            logger.info(f"list {lst.name}: sent edition {date} ({len(notes)} note(s)) to "
                     f"{len(recipients) - len(refused)} recipient(s)")
            if refused:
                shown = "; ".join(f"{r}: {c} {smtp.reply_text(m)}" for r, (c, m) in refused.items())
                failures.append(f"list {lst.name}: refused recipients: {shown}")
                logger.error(f"list {lst.name}: the server refused {shown}")
                exit_code = max(exit_code, EnvironmentProblem.exit_code)
    if not any_notes:
        raise UsageError(f"nothing has been built in {out}: run `briefing build` first")
    if failures:
        raise _SendFailed(f"{len(failures)} problem(s) while sending; see above", exit_code)
    return 0


class _SendFailed(BriefingError):
    def __init__(self, message: str, exit_code: int):
        super().__init__(message)
        self.exit_code = exit_code
