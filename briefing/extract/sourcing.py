"""Adding an article to a dossier as a source: verbatim copy, language, a proposed date with its sentence."""
from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass
from pathlib import Path

from ..errors import ContentError, Problem
from . import dates as _dates
from .text import detect_language, sentences


@dataclass
class DateProposal:
    date: str
    basis: str                  # stated | inferred
    evidence: str | None        # the sentence that shows it


def propose_date(text: str, lang: str) -> DateProposal | None:
    """When the article was written, from the dates it mentions.

    A full date at the very top is a dateline: stated.  Otherwise the article is no older than the latest
    year it speaks of as past, and most likely the year before the earliest year it speaks of as to come
    («с 2017 года получат право», «саммит 2026 года»): the later of the two is proposed, as a year."""
    sents = sentences(text)
    for si, sent in enumerate(sents[:4]):
        for m in _dates.mentions(text, sent, lang):
            if m.value and len(m.value) == 10 and m.explicit_year and _dateline(text, m.start, m.end):
                return DateProposal(m.value, "stated", _quote(sent.text))
    past, future = [], []
    for si, sent in enumerate(sents):
        for m in _dates.mentions(text, sent, lang):
            if not m.explicit_year or m.program or not m.value:
                continue
            years = [int(p[:4]) for p in m.value.split("..")]
            if m.future:
                future.append((min(years), sent))
            else:
                past.append((max(years), sent))
    best = None
    if past:
        best = max(past, key=lambda p: p[0])
    if future:
        soon = min(future, key=lambda p: p[0])
        if best is None or soon[0] - 1 > best[0]:
            best = (soon[0] - 1, soon[1])
    if best is None:
        return None
    return DateProposal(str(best[0]), "inferred", _quote(best[1].text))


_PLACE = re.compile(r"(?:[A-ZА-ЯЁӘҒҚҢӨҰҮҺІ][\w\-]+(?:\s+[A-ZА-ЯЁӘҒҚҢӨҰҮҺІ][\w\-]+)?\s*,\s*)?$")


def _dateline(text: str, start: int, end: int) -> bool:
    """«Астана, 12 июня 2024 года.» at the start of a line: the date the release gives itself."""
    line_start = text.rfind("\n", 0, start) + 1
    if not _PLACE.fullmatch(text[line_start:start].strip() + (" " if text[line_start:start].strip() else "")) and \
            text[line_start:start].strip():
        return False
    return bool(re.match(r"\s*(?:г\.|года)?\s*(?:[.—–\-]|\n|$)", text[end:end + 8]))


def _quote(sentence: str) -> str:
    return re.sub(r"\s+", " ", sentence).strip().rstrip(".")


def propose_title(text: str) -> str:
    """The headline: the first line when it is short, else the first sentence, cut at a word."""
    first = re.split(r"\n|[ \u00a0]{3,}", text.strip(), maxsplit=1)[0].strip()
    if len(first) > 200:
        sents = sentences(text)
        first = sents[0].text.strip() if sents else first
    if len(first) > 200:
        first = first[:first.rfind(" ", 0, 200)].rstrip(" ,;:") + "…"
    return re.sub(r"\s+", " ", first)


def propose_outlet(text: str) -> str | None:
    for rx in (r"передает\s+([A-ZА-ЯЁ][\w.\-]+)", r"сообщает\s+([A-ZА-ЯЁ][\w.\-]+)",
               r"^\s*[A-ZА-ЯЁ]+\s*/\s*([^/\n]{2,30}?)\s*/", r"деп хабарлады\s+([^.\n]{3,60})"):
        m = re.search(rx, text[:1500])
        if m:
            return m[1].strip(" .,")
    return None


def read_article(path: Path) -> tuple[bytes, str]:
    """The file's bytes and its text, read and decoded as the dossier's source texts are."""
    from ..yamlio import decode_text, read_bytes
    raw = read_bytes(path, str(path))
    text = decode_text(raw, str(path))
    if not text.strip():
        raise ContentError("empty file", [Problem(str(path), None, "", "the file is empty")])
    return raw, text


def held_by(dossier_dir: Path, raw: bytes, sources: list[dict]) -> str | None:
    """The id of the source whose text has exactly these bytes, if the dossier holds it already."""
    digest = hashlib.sha256(raw).digest()
    for src in sources:
        path = dossier_dir / str(src.get("file", ""))
        try:
            if hashlib.sha256(path.read_bytes()).digest() == digest:
                return str(src.get("id"))
        except OSError:
            continue
    return None


def next_id(sources: list[dict]) -> tuple[str, int]:
    numbers = [int(m[1]) for s in sources if (m := re.fullmatch(r"s(\d+)", str(s.get("id", ""))))]
    n = max(numbers) + 1 if numbers else 0
    return f"s{n:03d}", n


def text_name(raw: bytes, n: int) -> str:
    return f"texts/{n:03d}_{hashlib.sha256(raw).hexdigest()[:16]}.txt"


def source_entry(sid: str, file: str, text: str, date: DateProposal, lang: str | None = None) -> dict:
    entry = {"id": sid, "file": file, "title": propose_title(text), "outlet": propose_outlet(text),
             "language": lang or detect_language(text), "date": date.date, "date_basis": date.basis}
    if date.evidence:
        entry["date_evidence"] = date.evidence
    return entry
