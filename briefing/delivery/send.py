"""`briefing send`: one message (or several numbered parts) per distribution list, with the built notes of one
edition. Only a complete edition goes out: a list is sent to only when every note it names was built in that
edition. The sent-log (sentlog.py) marks each message pending before it goes to the server and sent after, so
that a message goes out once: a message left pending by a run that died is reported, not sent again, until the
operator has checked and asks for it with `--resend MESSAGE-ID` (which keeps the Message-ID, so that mail
clients and gateways that did receive the first copy drop the second)."""
from __future__ import annotations

import logging
from dataclasses import dataclass, field
from email.utils import parseaddr
from pathlib import Path

from ..errors import BriefingError, ContentError, EnvironmentProblem, UsageError
from ..fsutil import atomic_write, writable_dir
from . import manifest
from .book import notes_of
from .sentlog import Entry, SentLog, bare_id, now

OUTBOX = "outbox"

logger = logging.getLogger(__name__)


def _notes_for(config, lst, records: dict, bad: dict, edition: str, out: Path):
    """The notes the list receives in `edition`, and for each that is not there, why (e.g. `trade_ru (not built)`)."""
    from .mail import NoteMail
    chosen = [n.stem for n in notes_of(config)   # across every book
              if n.lang in lst.note_languages and lst.wants(n.book, n.stem)]
    notes, missing = [], []
    for stem in chosen:
        rec = records.get(stem)
        if rec is None:
            missing.append(f"{stem} ({bad[stem]})" if stem in bad else f"{stem} (not built)")
        elif rec.edition != edition:
            missing.append(f"{stem} (last built in edition {rec.edition or 'none'})")
        elif not rec.outputs:
            logger.info(f"list {lst.name}: {stem} had no facts in edition {edition}; nothing to attach")
        elif not rec.outputs_intact(out):
            missing.append(f"{stem} (its files in {out} are not the ones built)")
        else:
            files = tuple(out / name for name in sorted(rec.outputs)
                          if name.endswith(".pdf") or (lst.docx and name.endswith(".docx")))
            notes.append(NoteMail(stem, rec.lang, rec.topic, rec.period, rec.title, rec.subtitle,
                                  tuple(rec.key_points), tuple(rec.changes), files,
                                  rec.book or config.name_of(config.book)))
    return notes, missing


def _lists_of_book(config, lists, book: str) -> list:
    """`--book`: the lists whose notes all come from that book. A list that also takes other books' notes is left
    for a send of every book: one message per list per edition, never one book's part of it under its name."""
    config.book_named(book)   # an unknown name is an error
    notes = notes_of(config)
    kept = []
    for lst in lists:
        books = {n.book for n in notes if lst.wants(n.book, n.stem)}
        if books == {book}:
            kept.append(lst)
        elif book in books:
            logger.info(f"list {lst.name}: takes notes of {', '.join(sorted(books))}; not sent with --book {book}")
    if not kept:
        raise UsageError(f"--book {book}: no distribution list takes only this book's notes")
    return kept


def newest_edition(records: dict) -> str | None:
    """The edition stamped last (`build` stamps every note it builds or finds up to date)."""
    stamped = [(r.edition_at, r.edition) for r in records.values() if r.edition]
    return max(stamped)[1] if stamped else None


@dataclass
class _Run:
    config: object
    log: SentLog
    edition: str
    dry_run: bool
    built: dict = field(default_factory=dict)          # stem -> the date its edition was built
    failures: list[tuple[str, int]] = field(default_factory=list)
    handed: int = 0                                     # messages delivered (or written, in a dry run)

    def fail(self, line: str, exit_code: int) -> None:
        logger.error(line)
        self.failures.append((line, exit_code))

    def messages(self, lst, notes):
        from .mail import messages
        sender = self.config.smtp.sender if self.config.smtp else "briefing@localhost"
        date = max(self.built[n.stem] for n in notes)
        return sender, messages(sender, lst.to, lst.cc, notes, lst.lang, date, max_size=lst.max_size,
                                oversize=lst.oversize, draft=self.dry_run, bcc=lst.bcc)

    def deliver(self, lst, part: int, parts: int, msg, sender: str, notes) -> None:
        from . import smtp
        shown = f"list {lst.name}" + (f" (part {part}/{parts})" if parts > 1 else "")
        if self.dry_run:   # a draft (X-Unsent: 1): a mail client opens it ready to send, not as received mail
            suffix = f"_part{part}" if parts > 1 else ""
            path = self.config.out_dir / OUTBOX / f"{lst.name}_{self.edition}{suffix}.eml"
            atomic_write(path, msg.as_bytes())
            print(path)
            self.handed += 1
            return
        recipients = [parseaddr(a)[1] for a in [*lst.to, *lst.cc, *lst.bcc]]
        entry = Entry(list=lst.name, edition=self.edition, part=part, state="pending", message_id=msg["Message-ID"],
                      date=str(msg["Date"] or ""), pending_at=now(),
                      files=[a.get_filename() for a in msg.iter_attachments()],
                      recipients=len(recipients))
        self.log.record(entry)   # on disk before the server sees the message: a crash from here on is known
        try:
            refused = smtp.send(self.config.smtp, msg, parseaddr(sender)[1], recipients)
        except smtp.Uncertain as exc:   # it may have arrived: left pending, for the operator to check
            self.fail(f"{shown}: {exc}: it may have been delivered (Message-ID {entry.message_id}); "
                      f"{_settle(entry.message_id)}", exc.exit_code)
            return
        except BriefingError as exc:   # the server did not take it: the next run may send it afresh
            self.log.drop(entry)
            self.fail(f"{shown}: not sent: {exc}", exc.exit_code)
            return
        self.log.record(entry.model_copy(update={"state": "sent", "sent_at": now(), "refused": sorted(refused)}))
        self.handed += 1
        logger.info(f"{shown}: sent edition {self.edition} ({len(notes)} note(s)) to "
                    f"{len(recipients) - len(refused)} recipient(s)")
        if refused:
            text = "; ".join(f"{r}: {c} {smtp.reply_text(m)}" for r, (c, m) in refused.items())
            self.fail(f"{shown}: the server refused {text}", EnvironmentProblem.exit_code)


def _settle(message_id: str) -> str:
    """What the operator does about a message that may have gone out."""
    return f"check, then `briefing send --resend {message_id}` (or `--mark-sent {message_id}` if it arrived)"


def _pending_line(entry: Entry, parts: int) -> str:
    part = f" part {entry.part}/{parts}" if parts > 1 else ""
    return (f"list {entry.list}: edition {entry.edition}{part} may have been delivered (Message-ID "
            f"{entry.message_id}): a run stopped while sending it; {_settle(entry.message_id)}")


def _mark_sent(log: SentLog, message_id: str) -> int:
    """The operator found the message delivered: record it so, and send nothing."""
    entry = log.by_message_id(message_id)
    if entry is None:
        raise UsageError(f"--mark-sent: no message {message_id} in {log.path}")
    if entry.state != "sent":
        log.record(entry.model_copy(update={"state": "sent", "sent_at": f"{now()} (marked by hand)"}))
    logger.info(f"list {entry.list}: edition {entry.edition} recorded as sent ({entry.message_id})")
    return 0


def send(config, dry_run: bool = False, only: str | None = None, force: bool = False, edition: str | None = None,
         resend: str | None = None, mark_sent: str | None = None, book: str | None = None) -> int:
    from filelock import FileLock

    out = config.out_dir
    lists = [config.list_named(only)] if only else list(config.lists)
    if book is not None:
        lists = _lists_of_book(config, lists, book)
    if not lists:
        raise UsageError(f"{config.path}: no distribution lists ([[lists]]) to send to")
    if not dry_run and config.smtp is None:
        raise UsageError(f"{config.path}: no [smtp] table: where to send?")
    records, bad = manifest.read_all(out)
    if not records and not bad:
        raise UsageError(f"nothing has been built in {out}: run `briefing build` first")
    # Before anything is sent: a message whose sent-log entry cannot be written must not go out.
    writable_dir(out)
    with FileLock(str(out / ".sent-log.lock")):   # two sends at once must not both send an edition
        log = SentLog(out)
        if mark_sent is not None:
            return _mark_sent(log, mark_sent)
        if resend is not None:
            entry = log.by_message_id(resend)
            if entry is None:
                raise UsageError(f"--resend: no message {resend} in {log.path}")
            lists, edition, force = [config.list_named(entry.list)], entry.edition, True
        edition = edition or newest_edition(records)
        if edition is None:
            raise UsageError(f"the notes in {out} carry no edition: run `briefing build` (it stamps them)")
        run = _Run(config, log, edition, dry_run, {stem: r.built for stem, r in records.items()})
        for lst in lists:
            notes, missing = _notes_for(config, lst, records, bad, edition, out)
            if missing:
                run.fail(f"list {lst.name}: edition {edition} is incomplete, nothing sent: missing "
                         f"{', '.join(missing)}", ContentError.exit_code)
                continue
            if not notes:
                logger.warning(f"list {lst.name}: no note of edition {edition} has facts; nothing to send")
                continue
            try:
                sender, msgs = run.messages(lst, notes)
            except BriefingError as exc:   # e.g. a file larger than the list's max_size by itself
                run.fail(f"list {lst.name}: not sent: {exc}", exc.exit_code)
                continue
            for part, msg in enumerate(msgs, 1):
                previous = log.find(lst.name, edition, part)
                if resend is not None:
                    if previous is None or bare_id(previous.message_id) != bare_id(resend):
                        continue
                    del msg["Message-ID"]   # the same message again: a client that has it already drops it
                    msg["Message-ID"] = previous.message_id
                elif previous is not None and previous.state == "pending":
                    run.fail(_pending_line(previous, len(msgs)), ContentError.exit_code)
                    continue
                elif previous is not None and not force:
                    logger.info(f"list {lst.name}: edition {edition} already sent on {previous.sent_at}; "
                                f"nothing to send (--force sends it again)")
                    continue
                run.deliver(lst, part, len(msgs), msg, sender, notes)
        if resend is not None and not run.handed and not run.failures:
            run.fail(f"--resend: edition {edition} of list {lists[0].name} no longer makes a message "
                     f"{resend}", UsageError.exit_code)
    if run.failures:
        raise _SendFailed(f"{len(run.failures)} problem(s) while sending; see above",
                          max(code for _, code in run.failures))
    return 0


class _SendFailed(BriefingError):
    def __init__(self, message: str, exit_code: int):
        super().__init__(message)
        self.exit_code = exit_code
