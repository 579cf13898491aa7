"""The `email` policy every message is built and written with: CRLF line ends, lines of at most 76 characters
(RFC 2045's limit for base64 and quoted-printable bodies, so within RFC 5322's 78 for headers too), and non-ASCII
unstructured and address headers (Subject, From, To, Cc) encoded here as RFC 2047 words of at most 75 characters.

Why our own encoder: Python's header folder (3.11) at a short line length leaves whitespace a reader keeps
(«…,  финансы», «Помощник министра , …») and cuts words between encoded words, so what is read back is not what
was written. A reader drops the whitespace between two encoded words (RFC 2047 §6.2), so ours carry their spaces
inside and are cut between words. (Python's own parser keeps that whitespace in display names, against the RFC:
it reads «Министр  иностранных дел» with two spaces where mail clients read one.)"""
from __future__ import annotations

import base64
import re
from email.headerregistry import AddressHeader, UnstructuredHeader
from email.policy import EmailPolicy

LINE = 76          # body lines (RFC 2045 §6.7, §6.8); headers stay within RFC 5322's 78 as well
WORD = 75          # an encoded word, RFC 2047 §2
_PREFIX, _SUFFIX = "=?utf-8?b?", "?="


def _length(piece: str) -> int:
    return len(_PREFIX) + 4 * -(-len(piece.encode("utf-8")) // 3) + len(_SUFFIX)   # base64: 4 per 3 bytes


def encoded_words(text: str, size: int) -> list[str]:
    """`text` as base64 encoded words of at most `size` characters. Cut before a space where one is near (the
    space goes inside the next word), else at a character boundary."""
    pieces = [""]
    for token in re.findall(r"\s*\S+|\s+$", text):
        if _length(pieces[-1] + token) <= size:
            pieces[-1] += token
            continue
        pieces.append("")
        for ch in token:
            if pieces[-1] and _length(pieces[-1] + ch) > size:
                pieces.append("")
            pieces[-1] += ch
    return [_PREFIX + base64.b64encode(p.encode("utf-8")).decode("ascii") + _SUFFIX for p in pieces if p]


def fold(name: str, atoms: list[str], maxlen: int = LINE) -> list[str]:
    """The header's physical lines: atoms joined by spaces, a new line (begun by a space) before an atom that
    would not fit."""
    lines = [f"{name}:"]
    for atom in atoms:
        if len(lines[-1]) + 1 + len(atom) > maxlen and lines[-1] != f"{name}:":
            lines.append("")
        lines[-1] += " " + atom
    return lines


def _address_atoms(header: AddressHeader, size: int) -> list[str] | None:
    """Each address as `encoded words <addr-spec>`, a comma after all but the last; None for named groups."""
    if any(g.display_name is not None for g in header.groups):
        return None
    atoms = []
    for addr in header.addresses:
        if addr.display_name and not addr.display_name.isascii():
            atoms += encoded_words(addr.display_name, size) + [f"<{addr.addr_spec}>"]
        else:
            atoms.append(str(addr))
        atoms[-1] += ","
    atoms[-1] = atoms[-1][:-1]
    return atoms


class MailPolicy(EmailPolicy):
    def _fold(self, name, value, refold_binary=False):
        if hasattr(value, "name") and not str(value).isascii():
            size = min(WORD, self.max_line_length - len(name) - 2)   # the first word fits beside the name
            if isinstance(value, UnstructuredHeader):
                atoms = encoded_words(str(value), size)
            elif isinstance(value, AddressHeader):
                atoms = _address_atoms(value, size)
            else:
                atoms = None
            if atoms:
                return self.linesep.join(fold(name, atoms, self.max_line_length)) + self.linesep
        return super()._fold(name, value, refold_binary)


POLICY = MailPolicy(linesep="\r\n", max_line_length=LINE)
