"""The messages for one distribution list, built with the stdlib `email` package only: a subject naming the notes
and the edition date, a plain-text and an HTML body (key points and changes of every note; the HTML by the HTML
writer), the files attached as `<book>_<note>_<lang>_<date>.<ext>`. Every line within RFC 2045/5322 (see
mailpolicy.py); a message over the list's size limit is split into numbered parts or loses its DOCX files."""
from __future__ import annotations

import math
from dataclasses import dataclass
from datetime import datetime, timezone
from email.headerregistry import Address
from email.message import EmailMessage
from email.utils import format_datetime, make_msgid, parseaddr
from pathlib import Path

from ..errors import ContentError
from .config import DEFAULT_MAX_SIZE
from .mailpolicy import LINE, POLICY


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
    book: str = ""            # the dossier's name, first in the attachments' names

    def attachment_name(self, path: Path, date: str) -> str:
        """`<book>_<note>_<lang>_<edition date>.<ext>`, e.g. kz-jp_energy_2025_ru_2026-12-07.pdf: from the note's
        fields, not its stem, so that it reads the same whether or not stems carry the book."""
        from ..periods import note_stem
        parts = [self.book] if self.book else []
        return "_".join(parts + [note_stem(self.topic, self.period, self.lang), date]) + path.suffix


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


def _text(notes: list[NoteMail], lang: str, date: str, names: dict, notices: list[str]) -> str:
    w = _words(lang)
    out = [w["intro"].format(date=date), ""]
    for notice in notices:
        out += [notice, ""]
    for note in notes:
        title = f"{note.title} [{note.lang}]"
        out += [title, "=" * len(title)]
        if note.subtitle:
            out.append(note.subtitle)
        if note.key_points:
            out += ["", w["key_points"] + ":"] + [f"{i}. {p}" for i, p in enumerate(note.key_points, 1)]
        if note.changes:
            out += ["", w["changes"] + ":"] + [f"- {c}" for c in note.changes]
        out += ["", f"{w['files']}: " + ", ".join(names[note]), ""]
    out += ["-- ", w["footer"]]
    return "\n".join(out) + "\n"


def _body(notes: list[NoteMail], lang: str, date: str, names: dict, notices: list[str], title: str):
    """The HTML body as a small document of its own: intro, then each note's title, key points, changes and
    files, then the footer."""
    from ..model import Document, Heading, ListBlock, Meta, Paragraph
    w = _words(lang)
    meta = Meta(lang=lang, title=title, subject=title, author="briefing")
    blocks = [Paragraph(w["intro"].format(date=date), role="lead")]
    blocks += [Paragraph(n, role="note") for n in notices]
    for note in notes:
        blocks.append(Heading(1, f"{note.title} [{note.lang}]"))
        if note.subtitle:
            blocks.append(Paragraph(note.subtitle, role="note"))
        for label, items, ordered in ((w["key_points"], note.key_points, True), (w["changes"], note.changes, False)):
            if items:
                blocks += [Heading(2, label), ListBlock(tuple(items), ordered).laid_out(meta)]
        blocks.append(Paragraph(f"{w['files']}: " + ", ".join(names[note]), role="lead"))
    blocks.append(Paragraph(w["footer"], role="note"))
    return Document(meta, tuple(blocks))


def _html(notes: list[NoteMail], lang: str, date: str, names: dict, notices: list[str], title: str) -> str:
    """The same page the HTML writer makes of a note, here of the message's own document."""
    from .. import resources
    from ..compose.catalog import style
    from ..writers.html import page
    return page(_body(notes, lang, date, names, notices, title), style(resources.templates()))


@dataclass(frozen=True)
class _File:
    note: NoteMail
    path: Path
    name: str            # as the recipient sees it

    @property
    def cost(self) -> int:
        """An upper bound of its bytes in the message: base64 in lines of 76 plus CRLF, and its part's headers
        (the name may be percent-encoded, three characters a byte)."""
        encoded = 4 * math.ceil(self.path.stat().st_size / 3)
        return encoded + 2 * math.ceil(encoded / LINE) + 400 + 3 * len(self.name.encode("utf-8"))


def _languages(lang: str, notes: list[NoteMail]) -> str:
    """The message's languages for Content-Language (RFC 3282): its own words' first, then its notes'."""
    return ", ".join(dict.fromkeys([lang, *(n.lang for n in notes)]))


def _build(head: dict, files: list[_File], shown: list[NoteMail], lang: str, date: str, subject_text: str,
           notices: list[str], attach: bool = True) -> EmailMessage:
    """One message: the summaries of the notes `shown`, `files` attached (or, for an upper bound of the body's
    size, only named: `attach` false)."""
    names = {n: [f.name for f in files if f.note is n] for n in shown}
    msg = EmailMessage(policy=POLICY)
    for key, value in head.items():
        msg[key] = value
    msg["Subject"] = subject_text
    msg["Message-ID"] = make_msgid(idstring="briefing", domain=head["From"].domain)
    # set_content drops every Content-* header already there, so the languages are set once the parts exist.
    msg.set_content(_text(shown, lang, date, names, notices), cte="quoted-printable")
    msg.add_alternative(_html(shown, lang, date, names, notices, subject_text), subtype="html",
                        cte="quoted-printable")
    body_langs = _languages(lang, shown)
    for part in msg.walk():
        if part.get_content_maintype() == "text":
            part["Content-Language"] = body_langs
    for f in files if attach else ():
        maintype, subtype = MIME.get(f.path.suffix, ("application", "octet-stream"))
        msg.add_attachment(f.path.read_bytes(), maintype=maintype, subtype=subtype, filename=f.name)
        list(msg.iter_attachments())[-1]["Content-Language"] = f.note.lang
    msg["Content-Language"] = body_langs
    return msg


def _mb(size: int) -> str:
    return f"{size / 1000:.0f} KB" if size < 1_000_000 else f"{size / 1_000_000:.1f} MB"


class TooLarge(ContentError):
    """The list's size limit cannot be kept."""


def messages(sender: str, to: list[str], cc: list[str], notes: list[NoteMail], lang: str, date: str, *,
             max_size: int = DEFAULT_MAX_SIZE, oversize: str = "split", draft: bool = False,
             bcc: list[str] = (), now: datetime | None = None) -> list[EmailMessage]:
    """The list's messages for this edition: usually one; over `max_size` bytes, numbered parts «(1/2)» each
    under it (oversize = "split") or one without the DOCX files (oversize = "drop-docx"). Bcc recipients are in
    the envelope only, except in a draft (`draft`: an .eml a mail client opens as unsent, X-Unsent: 1), where
    whoever sends it needs them."""
    from_addr = _address(sender)
    head = {"From": from_addr, "To": [_address(a) for a in to]}
    if cc:
        head["Cc"] = [_address(a) for a in cc]
    if draft and bcc:
        head["Bcc"] = [_address(a) for a in bcc]
    head["Date"] = format_datetime(now or datetime.now(timezone.utc))
    if draft:
        head["X-Unsent"] = "1"
    files = [_File(n, p, n.attachment_name(p, date)) for n in notes for p in n.files]
    title = subject(notes, lang, date)
    w = _words(lang)

    whole = _build(head, files, notes, lang, date, title, [])
    if len(whole.as_bytes()) <= max_size:
        return [whole]
    limit = _mb(max_size)
    if oversize == "drop-docx":
        kept = [f for f in files if f.path.suffix != ".docx"]
        msg = _build(head, kept, notes, lang, date, title, [w["docx_dropped"].format(limit=limit)])
        size = len(msg.as_bytes())
        if size > max_size:
            raise TooLarge(f"the message is {_mb(size)} even without its DOCX files, over the list's max_size of "
                           f"{limit}: raise max_size or set oversize = \"split\"")
        return [msg]
    # Split: a part's body is at most the whole message's body (it summarises fewer notes); the rest is files.
    # A part summarises the notes it carries files of; the first also those with none (an HTML-only book).
    notice = w["parts"].format(part=99, parts=99)
    body = len(_build(head, files, notes, lang, date, f"{title} (99/99)", [notice], attach=False).as_bytes()) + 500
    groups: list[list[_File]] = []
    for f in files:
        if body + f.cost > max_size:
            raise TooLarge(f"{f.name} ({_mb(f.cost)} encoded) is larger by itself than the list's max_size of "
                           f"{limit}: raise max_size or leave the file out")
        if groups and body + sum(g.cost for g in groups[-1]) + f.cost <= max_size:
            groups[-1].append(f)
        else:
            groups.append([f])
    out = []
    for k, group in enumerate(groups, 1):
        shown = [n for n in notes if any(f.note is n for f in group) or (k == 1 and not n.files)]
        msg = _build(head, group, shown, lang, date, f"{title} ({k}/{len(groups)})",
                     [w["parts"].format(part=k, parts=len(groups))])
        if len(msg.as_bytes()) > max_size:   # not expected: the estimate is an upper bound
            raise TooLarge(f"part {k} of the message came out over the list's max_size of {limit}")
        out.append(msg)
    return out
