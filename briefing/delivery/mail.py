"""One message per distribution list, built with the stdlib `email` package only: a subject naming the notes and
the edition date, a plain-text and an HTML body (key points and changes of every note; the HTML by the HTML
writer), the files attached."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timezone
from email.headerregistry import Address
from email import policy
from email.message import EmailMessage
from email.utils import format_datetime, make_msgid, parseaddr
from pathlib import Path

def _words(lang: str) -> dict:
    """The message's labels, from the `mail` entry of the language's catalogue (templates/lang/*.yaml)."""
    from .. import resources
    from ..compose.catalog import catalog
    return catalog(resources.templates(), lang)["mail"]


MIME = {".pdf": ("application", "pdf"),
        ".docx": ("application", "vnd.openxmlformats-officedocument.wordprocessingml.document")}


@dataclass(frozen=True)
class NoteMail:
    """What the message says about one note (from its manifest record)."""

    stem: str
    lang: str
    topic: str | None
    period: str | None
    title: str
    subtitle: str
    key_points: tuple[str, ...]
    changes: tuple[str, ...]
    files: tuple[Path, ...]


def _address(text: str) -> Address:
    name, spec = parseaddr(text)
    return Address(display_name=name, addr_spec=spec)


def _note_name(note: NoteMail, lang: str) -> str:
    from .. import vocab
    topic = vocab.topics().get(note.topic) if note.topic else None
    name = topic.name(lang) if topic else _words(lang)["overview"]
    return f"{name} {note.period.replace('..', '–')}" if note.period else name


def subject(notes: list[NoteMail], lang: str, date: str) -> str:
    names = list(dict.fromkeys(_note_name(n, lang) for n in notes))
    langs = list(dict.fromkeys(n.lang for n in notes))
    shown = ", ".join(names) + (f" ({', '.join(langs)})" if len(langs) > 1 or langs != [lang] else "")
    return _words(lang)["subject"].format(notes=shown, date=date)


def _text(notes: list[NoteMail], lang: str, date: str) -> str:
    w = _words(lang)
    out = [w["intro"].format(date=date), ""]
    for note in notes:
        title = f"{note.title} [{note.lang}]"
        out += [title, "=" * len(title)]
        if note.subtitle:
            out.append(note.subtitle)
        if note.key_points:
            out += ["", w["key_points"] + ":"] + [f"{i}. {p}" for i, p in enumerate(note.key_points, 1)]
        if note.changes:
            out += ["", w["changes"] + ":"] + [f"- {c}" for c in note.changes]
        out += ["", f"{w['files']}: " + ", ".join(f.name for f in note.files), ""]
    out += ["-- ", w["footer"]]
    return "\n".join(out) + "\n"


def _body(notes: list[NoteMail], lang: str, date: str):
    """The HTML body as a small document of its own: intro, then each note's title, key points, changes and
    files, then the footer."""
    from ..model import Document, Heading, ListBlock, Meta, Paragraph
    w = _words(lang)
    title = subject(notes, lang, date)
    meta = Meta(lang=lang, title=title, subject=title, author="briefing")
    blocks = [Paragraph(w["intro"].format(date=date), role="lead")]
    for note in notes:
        blocks.append(Heading(1, f"{note.title} [{note.lang}]"))
        if note.subtitle:
            blocks.append(Paragraph(note.subtitle, role="note"))
        for label, items, ordered in ((w["key_points"], note.key_points, True), (w["changes"], note.changes, False)):
            if items:
                blocks += [Heading(2, label), ListBlock(tuple(items), ordered).laid_out(meta)]
        blocks.append(Paragraph(f"{w['files']}: " + ", ".join(f.name for f in note.files), role="lead"))
    blocks.append(Paragraph(w["footer"], role="note"))
    return Document(meta, tuple(blocks))


def _html(notes: list[NoteMail], lang: str, date: str) -> str:
    """The same page the HTML writer makes of a note, here of the message's own document."""
    from .. import resources
    from ..compose.catalog import style
    from ..writers.html import page
    return page(_body(notes, lang, date), style(resources.templates()))


def message(sender: str, to: list[str], cc: list[str], notes: list[NoteMail], lang: str, date: str,
            now: datetime | None = None) -> EmailMessage:
    """The message; Bcc recipients are not in it (they go in the envelope only)."""
    # Headers folded only past RFC 5322's hard limit: Python's folder at 78 columns leaves a doubled space where
    # plain text meets an encoded word («… (ru, kk, en)  — edition»). Bodies stay 7-bit (quoted-printable).
    msg = EmailMessage(policy=policy.default.clone(max_line_length=998))
    from_addr = _address(sender)
    msg["From"] = from_addr
    msg["To"] = [_address(a) for a in to]
    if cc:
        msg["Cc"] = [_address(a) for a in cc]
    msg["Subject"] = subject(notes, lang, date)
    msg["Date"] = format_datetime(now or datetime.now(timezone.utc))
    msg["Message-ID"] = make_msgid(idstring="briefing", domain=from_addr.domain)
    msg["Content-Language"] = lang
    msg.set_content(_text(notes, lang, date), cte="quoted-printable")
    msg.add_alternative(_html(notes, lang, date), subtype="html", cte="quoted-printable")
    for note in notes:
        for path in note.files:
            maintype, subtype = MIME.get(path.suffix, ("application", "octet-stream"))
            msg.add_attachment(path.read_bytes(), maintype=maintype, subtype=subtype, filename=path.name)
    return msg


def messages(sender: str, to: list[str], cc: list[str], notes: list[NoteMail], lang: str, date: str,
             now: datetime | None = None) -> list[EmailMessage]:
    """The messages that carry one edition to one list, in order: parts 1..n (one, until a size limit splits)."""
    return [message(sender, to, cc, notes, lang, date, now)]
