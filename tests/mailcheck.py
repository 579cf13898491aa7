"""A strict reading of a message as sent: what a picky gateway checks before it accepts one. `check(raw)` raises
AssertionError naming the first rule broken, and returns the message as the stdlib parser reads it."""
from __future__ import annotations

import email
import re
from email import policy
from email.message import EmailMessage

HEADER_LINE = 78     # RFC 5322 §2.1.1: SHOULD, where the header can be folded
HARD_LINE = 998      # RFC 5322 §2.1.1: MUST
BODY_LINE = 76       # RFC 2045 §6.7 (quoted-printable), §6.8 (base64)
WORD = 75            # RFC 2047 §2
ENCODED_WORD = re.compile(r"=\?[^?\s]+\?[bBqQ]\?[^?\s]*\?=")


def _header_lines(part) -> list[str]:
    return [line for name, value in part.raw_items() for line in f"{name}: {value}".splitlines()]


def check(raw: bytes, filenames: list[str] | None = None) -> EmailMessage:
    assert not re.search(rb"\r(?!\n)|(?<!\r)\n", raw), "a bare CR or LF: every line must end in CRLF"
    assert raw.isascii(), "8-bit bytes: headers and bodies must be 7-bit"
    for line in raw.split(b"\r\n"):
        assert len(line) <= HARD_LINE, f"a line of {len(line)} characters (RFC 5322: at most 998)"
    msg = email.message_from_bytes(raw, policy=policy.default)
    assert not msg.defects, f"parser defects: {msg.defects}"
    assert msg["MIME-Version"] == "1.0" and msg["Message-ID"] and msg["Date"] and msg["From"]
    for part in msg.walk():
        assert not part.defects, f"parser defects in {part.get_content_type()}: {part.defects}"
        for line in _header_lines(part):
            if len(line) > HEADER_LINE:
                # only a line with no whitespace to fold at (past the field name) may be longer
                assert not re.search(r"\S\s+\S", line.split(":", 1)[1].strip()), f"an unfolded header line: {line}"
            for word in ENCODED_WORD.findall(line):
                assert len(word) <= WORD, f"an encoded word of {len(word)} characters: {word}"
        if part.is_multipart():
            continue
        cte = part.get("Content-Transfer-Encoding", "7bit").lower()
        limit = BODY_LINE if cte in ("base64", "quoted-printable") else HARD_LINE
        for line in part.get_payload().splitlines():
            assert len(line) <= limit, f"a {cte} body line of {len(line)} characters (at most {limit})"
        if part.get_content_maintype() == "text":
            assert part["Content-Language"], f"no Content-Language on the {part.get_content_type()} part"
        part.get_content()   # decodes
    assert msg["Content-Language"], "no Content-Language on the message"
    if filenames is not None:
        assert [p.get_filename() for p in msg.iter_attachments()] == filenames
    return msg


def rfc2047_names(msg, field: str) -> list[str]:
    """The display names of an address field as RFC 2047 §6.2 reads them. Python's own parser keeps the whitespace
    between two encoded words of a display name (mail clients drop it), so it reads «Министр  иностранных»."""
    from email.header import decode_header, make_header
    from email.utils import getaddresses
    raw = [value for name, value in msg.raw_items() if name.lower() == field.lower()]
    return [str(make_header(decode_header(name))) for name, _ in getaddresses(raw)]
