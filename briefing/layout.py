"""Table layout decided before any writer runs (briefing/model.py calls it): which columns a table prints, and
each column's share of the text width, from what the column holds.

Widths are measured with the note's own font (its advance widths, read with fontTools, which matplotlib brings),
so the model knows how wide a word prints in every format: all three writers print the same face at the same
size. A column gets at least the width of its longest header word (a header word never breaks), then, when the
table can afford it, of its longest word (a cell word then never breaks); only where it cannot, of its longest
syllable between soft hyphens (the word then breaks at a syllable, with a hyphen). The width left over goes to the
columns by how much more they would take to print each cell on one line (CSS's automatic table layout)."""
from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

from .hyphenate import SHY

# Characters a line never breaks at besides letters: no-break spaces and the no-break hyphen.
_BREAKABLE = re.compile(r"[ \t\n\u2002-\u200b]+")
# Room a word is given beyond its own width: Word and LibreOffice take the cell borders out of the cell, and a
# column whose longest word fitted to the point in the PDF broke it there («реализует-ся»).
SLACK = 1.5
DASHES = {"", "—", "–", "-", "−", "…"}   # a cell that says nothing


def empty(cell: str) -> bool:
    return cell.strip().replace(SHY, "") in DASHES


@lru_cache(maxsize=4)
def _metrics(path: str) -> tuple[dict[int, float], float]:
    """Each character's advance as a share of the em, and a fallback for characters the font lacks."""
    from fontTools.ttLib import TTFont
    font = TTFont(path, lazy=True)
    per_em = font["head"].unitsPerEm
    hmtx = font["hmtx"]
    cmap = font.getBestCmap()
    widths = {code: hmtx[name][0] / per_em for code, name in cmap.items()}
    return widths, widths.get(ord("n"), 0.5)


def measure(text: str, font: Path, size: float) -> float:
    """How wide `text` prints on one line, in points (soft hyphens take no room)."""
    widths, fallback = _metrics(str(font))
    return sum(widths.get(ord(ch), fallback) for ch in text if ch != SHY) * size


def _words(text: str) -> list[str]:
    return [w for w in _BREAKABLE.split(text) if w]


def _pieces(word: str) -> list[str]:
    """The parts of a word a line may break between: at its soft hyphens (each but the last then ends in a
    printed hyphen) and after its own hyphens and dashes."""
    out = []
    parts = word.split(SHY)
    for i, part in enumerate(parts):
        out.extend(p for p in re.split(r"(?<=[-–—/])", part + ("-" if i < len(parts) - 1 else "")) if p)
    return out


def _longest(texts, font: Path, size: float, split) -> float:
    return max((measure(piece, font, size) for t in texts for w in _words(t) for piece in split(w)), default=0.0)


def column_shares(columns: tuple[str, ...], rows: tuple[tuple[str, ...], ...], width: float, size: float,
                  regular: Path, bold: Path, padding: float) -> tuple[float, ...]:
    """Each column's share of `width` (points), from its header (printed bold) and its cells."""
    n = len(columns)
    cells = [[row[j] for row in rows if j < len(row)] for j in range(n)]
    head = [_longest([c], bold, size, lambda w: [w.replace(SHY, "")]) for c in columns]
    words = [max(h, _longest(cs, regular, size, lambda w: [w.replace(SHY, "")])) for h, cs in zip(head, cells)]
    syllables = [max(h, _longest(cs, regular, size, _pieces)) for h, cs in zip(head, cells)]
    lines = [max([measure(columns[j], bold, size)] + [measure(c, regular, size) for c in cells[j]]) for j in range(n)]
    room = width - (padding + SLACK) * n
    # Every column at least a letter wide, even one of no text (else a writer is handed a column of no width).
    head, words, syllables = ([max(x, size) for x in xs] for xs in (head, words, syllables))
    floor = words if sum(words) <= room else syllables if sum(syllables) <= room else head
    if sum(floor) > room:   # not even the header words fit: each its padding, the rest by header words
        return tuple((padding + SLACK + max(0.0, room) * f / sum(head)) / width for f in head)
    extra = [max(0.0, ln - f) for ln, f in zip(lines, floor)]
    left = room - sum(floor)
    if sum(extra) <= left:   # every cell fits on one line: the rest in proportion to the lines
        got = [f + e + (left - sum(extra)) * (ln / sum(lines) if sum(lines) else 1 / n)
               for f, e, ln in zip(floor, extra, lines)]
    else:
        got = _shortest(floor, left, [[measure(c, regular, size) for c in cs] for cs in cells])
    got = [g + padding + SLACK for g in got]
    return tuple(g / width for g in got)


STEPS = 60   # the width left over is handed out in this many steps


def _shortest(floor: list[float], left: float, texts: list[list[float]]) -> list[float]:
    """Column widths from `floor` with `left` points more, handed out step by step to the column where they
    shorten the table most. A row is as tall as its tallest cell, a cell about its text's width over the column's
    (in lines; 0.9 for the room a line's last word leaves): the table's height is the sum of the rows' tallest.
    A short column (dates, amounts) thus gets the width to hold its cells on one line before a long one is
    widened, where a split of the width in proportion would wrap «почти / 2 млрд долл. США» to save nothing."""
    import math
    widths = list(floor)
    rows = len(texts[0]) if texts else 0
    step = left / STEPS

    def lines(j: int, w: float) -> list[int]:
        w = max(w, 1.0)   # a column of no text at all may start from nothing
        return [max(1, math.ceil(t / (w * 0.9))) if t else 1 for t in texts[j]]

    current = [lines(j, w) for j, w in enumerate(widths)]
    total = [sum(t) for t in texts]

    def height(cols, ws) -> tuple[int, float]:
        tall = sum(max(c[i] for c in cols) for i in range(rows))
        # then the text's lines unrounded: a step that shortens no row yet goes where it helps most
        return tall, sum(t / max(w, 1.0) for t, w in zip(total, ws))

    for _ in range(STEPS):
        best, best_j, best_lines = None, 0, None
        for j in range(len(widths)):
            trial = lines(j, widths[j] + step)
            cols = current[:j] + [trial] + current[j + 1:]
            h = height(cols, widths[:j] + [widths[j] + step] + widths[j + 1:])
            if best is None or h < best:
                best, best_j, best_lines = h, j, trial
        if best >= height(current, widths):   # nothing shortens any more: the rest by each column's text
            rest = step * (STEPS - _)
            share = sum(total) or 1.0
            widths = [w + rest * t / share for w, t in zip(widths, total)]
            break
        widths[best_j] += step
        current[best_j] = best_lines
    return widths


BREAK_WORDS_OVER = 0.5   # a word is broken only when it takes more than this share of its column's width


def fewer_hyphens(text: str, room: float, font: Path, size: float) -> str:
    """`text` keeping soft hyphens only in words wider than half of `room` (points): a shorter word goes whole to
    the next line. Cells are set ragged right, where breaking every other line's last word («қа-раша», «ми-
    нистр») buys nothing and reads worse."""
    if SHY not in text:
        return text

    def keep(m: re.Match) -> str:
        word = m[0]
        return word if measure(word, font, size) > room * BREAK_WORDS_OVER else word.replace(SHY, "")
    return re.sub(r"\S+", keep, text)

