"""Reading numbers in Russian, Kazakh (and plain English) text.

`numbers_in(text)` returns every numeric value a reader can find in a text: figures written with digits
(«25 352 121», «18,6%», «1,2 млрд», «05.06.2025»), figures with a scale word after them (both the bare
figure and the scaled one: «52,5 млн.» -> 52.5 and 52 500 000), and cardinal numerals written as words in
Russian («к двум миллиардам», «двадцать пять», «полтора миллиарда») and Kazakh («бір жарым миллиард»,
«жиырма бес», «миллиардқа»).  Values are non-negative `Decimal`s, normalised (1.20 -> 1.2, 1E+3 -> 1000).

No morphology library: each language's module (`briefing/lang/<code>.py`, its `numerals`) lists its numeral
words, their forms expanded from stem tables; this module gathers them once, one regular expression
tokenizes and a small grammar, common to all languages, joins adjacent numeral words into compounds.

Decisions worth knowing:
- Digits: decimal comma or point; thousands grouped by space, NBSP, narrow NBSP, thin or figure space
  («25 352 121»); English thousands commas when unambiguous («1,200,000», «1,200.5»).  A single
  «1,234» is the decimal 1.234 where CLDR's decimal sign is a comma (ru, kk), 1234 where it is a point
  (en), and both without a language.
  «05.06.2025» gives 5, 6 and 2025.
- A figure followed by a scale word or abbreviation (млн, млрд, трлн, тыс., миллион*, миллиард*,
  тысяч*, мың*, million, billion, bn …) gives both the bare figure and the scaled value.
- Words give the whole compound («две тысячи двадцать пять» -> 2025) plus, for each scale in it, the
  figure before the scale («двух миллиардов» -> 2 and 2 000 000 000), as the digit rule does.
- Russian «он» (he) is never a number.  Kazakh «он» (10), «бес» (5), «жүз» (100) are numbers only next to
  another Kazakh numeral or a Kazakh scale word («он бес», «бес жүз», «жүз мың»), or always with
  `lang="kk"`.  Kazakh forms that are mostly pronouns or adverbs («онда», «оны», «бірге», «бірден»,
  «бірде», «жүзі…») are not numerals.  With `lang="ru"` Kazakh-only numeral words are ignored (Russian's
  `ignores_numerals_of`).
- A scale word in the plural without a figure before it («миллионы», «тысяч», «миллиондар») is not a
  number; a singular one is («миллион», «тысяча», «мың» -> 1 000 000, 1 000, 1 000).
- Ordinals (первый, бірінші) are not read.
"""
from __future__ import annotations

import re
from decimal import Decimal, InvalidOperation
from functools import lru_cache
from typing import NamedTuple

from .lang import language
from .vocab import LANGS

__all__ = ["numbers_in", "contains_number", "scale_value"]


class _Entry(NamedTuple):
    value: Decimal
    kind: str                # unit | teen | tens | hund | hmul | scale | half | zharym (see lang.base.Numeral)
    langs: frozenset[str]    # the languages whose numeral it is
    ambiguous: bool = False
    needs_mult: bool = False   # scale words that are not a number without a figure before them


@lru_cache(maxsize=1)
def _lexicon() -> dict[str, _Entry]:
    """Every numeral word of every language (its module's `numerals`), by form («ё» read as «е»). A generated
    form only fills a gap; a word two languages share with one meaning is both languages'; otherwise the
    later word replaces the earlier."""
    lex: dict[str, _Entry] = {}
    for code in LANGS:
        for n in language(code).numerals:
            form = n.form.replace("ё", "е")
            old = lex.get(form)
            if old is not None and n.inflected:
                continue
            if old is not None and code not in old.langs and (old.value, old.kind) == (n.value, n.kind):
                lex[form] = old._replace(langs=old.langs | {code})
            else:
                lex[form] = _Entry(n.value, n.kind, frozenset({code}), n.ambiguous, n.needs_mult)
    return lex


def scale_value(word: str) -> int:
    """The value of a scale word in any language's form («млрд», «миллионов», «мың», «billion»; a Kazakh ending
    hyphened on, «млрд-қа», goes), 0 for any other word."""
    e = _lexicon().get(word.lower().replace("ё", "е").split("-")[0])
    return int(e.value) if e is not None and e.kind == "scale" else 0


# ---------------------------------------------------------------- tokenizer
_SP = "[ \u00a0\u202f\u2009\u2007]"
# The case endings Russian writes after a figure in digits: «73-х млн», «5-ти», «2-м», «3-мя».
NUMERAL_SUFFIXES = frozenset({"х", "ти", "ми", "м", "мя", "ью", "и", "ех", "ух", "ем", "ум", "ого", "ому", "ым"})
_TOKEN = re.compile(
    r"(?P<date>(?<![\d.,])\d{1,2}\.\d{1,2}\.\d{2,4}(?![\d]))"
    r"|(?P<en>(?<![\d.,])\d{1,3}(?:(?:,\d{3}){2,}(?:\.\d+)?|(?:,\d{3})+\.\d+)(?![\d,]))"
    r"|(?P<comma3>(?<![\d.,])\d{1,3},\d{3}(?![\d]|[.,]\d))"
    rf"|(?P<grp>(?<!\d)\d{{1,3}}(?:{_SP}\d{{3}})+(?!\d)(?:[.,]\d+)?)"
    r"|(?P<num>\d+(?:[.,]\d+)?)(?:-(?:" + "|".join(sorted(NUMERAL_SUFFIXES, key=len, reverse=True))
    + r")(?![^\W\d_]))?"
    r"|(?P<word>[^\W\d_]+)"
    r"|(?P<sp>\s+)"
    r"|(?P<other>.)",
    re.S,
)
_STRIP = re.compile(_SP)


def _norm(d: Decimal) -> Decimal:
    d = abs(d).normalize()
    if d == d.to_integral_value() and d.adjusted() < 24:
        # (a run of forty digits — an identifier in a link — is no figure, and too long to quantize)
        d = d.quantize(Decimal(1))
    return d


def _tokens(text: str, lang: str | None):
    """(kind, payload) pairs; kind is num (payload: tuple of Decimal readings), word (str), sp or other."""
    out = []
    for m in _TOKEN.finditer(text.lower().replace("ё", "е")):
        kind = m.lastgroup
        s = m.group()
        if kind == "date":
            for part in s.split("."):
                out.append(("num", (Decimal(part),)))
                out.append(("other", "."))
            out.pop()
        elif kind == "en":
            out.append(("num", (Decimal(s.replace(",", "")),)))
        elif kind == "comma3":   # «1,234»: a decimal where the comma is the decimal sign, a thousand where it
            # groups, either without a language
            as_decimal, as_thousands = Decimal(s.replace(",", ".")), Decimal(s.replace(",", ""))
            if lang is None:
                out.append(("num", (as_decimal, as_thousands)))
            else:
                out.append(("num", (as_decimal,) if language(lang).decimal_comma else (as_thousands,)))
        elif kind == "grp":
            out.append(("num", (Decimal(_STRIP.sub("", s).replace(",", ".")),)))
        elif kind == "num":     # «73-х»: a figure with its case ending written on
            out.append(("num", (Decimal(s.split("-")[0].replace(",", ".")),)))
        else:
            out.append((kind, s))
    return _joined_halves(out)


def _joined_halves(toks: list) -> list:
    """«с половиной» as one word: a numeral of two words, adding a half to the number before it."""
    out = []
    for tok in toks:
        if tok == ("word", "половиной") and len(out) >= 2 and out[-1][0] == "sp" and out[-2] == ("word", "с"):
            del out[-2:]
            tok = ("word", "с половиной")
        out.append(tok)
    return out


def _usable(entry: _Entry | None, ignored: frozenset[str]) -> bool:
    """Whether a word is read as a numeral: it is one, and not only of languages the text's ignores."""
    return entry is not None and not entry.langs <= ignored


def _parse_run(entries: list[_Entry], found: set[Decimal]) -> None:
    """Join a run of adjacent numeral words into numbers (a run may hold several)."""
    total = Decimal(0)
    group: Decimal | None = None
    last: str | None = None
    last_scale: Decimal | None = None
    mults: list[Decimal] = []
    started = False

    def flush():
        nonlocal total, group, last, last_scale, mults, started
        if started:
            found.add(total + (group or 0))
            found.update(mults)
        total, group, last, last_scale, mults, started = Decimal(0), None, None, None, [], False

    for e in entries:
        k = e.kind
        if k in ("unit", "teen", "tens", "hund"):
            ok = (group is None
                  or (last == "hund" and k in ("tens", "teen", "unit"))
                  or (last == "tens" and k == "unit"))
            if not ok:
                flush()
            group = (group or 0) + e.value
            last, started = k, True
        elif k == "hmul":  # Kazakh «жүз»: multiplies the unit before it
            if not (group is None or last == "unit"):
                flush()
            group = (group if group is not None else 1) * e.value
            last, started = "hund", True
        elif k == "half":
            if group is not None:
                flush()
            group, last, started = e.value, "half", True
        elif k == "zharym":
            if group is not None and last in ("unit", "tens", "hund"):
                group += e.value
                last = "half"
            elif group is None and last == "scale" and last_scale is not None:
                total += last_scale * e.value   # «миллиард жарым»
                last = "half"
            else:
                flush()
        elif k == "scale":
            if last_scale is not None and e.value >= last_scale:
                flush()
            if group is None and e.needs_mult:
                flush()
                continue
            if group is not None:
                mults.append(group)
            total += (group if group is not None else 1) * e.value
            group, last, last_scale, started = None, "scale", e.value, True
    flush()


_ABBREVIATED_SCALES = frozenset({"тыс", "млн", "млрд", "трлн"})


def _scan(text: str, lang: str | None) -> frozenset[Decimal]:
    toks = _tokens(text, lang)
    lex = _lexicon()
    ignored = frozenset(language(lang).ignores_numerals_of) if lang else frozenset()
    found: set[Decimal] = set()
    n = len(toks)
    i = 0
    while i < n:
        kind, val = toks[i]
        if kind == "num":
            found.update(val)
            j = i + 1
            if j < n and toks[j][0] == "sp":
                j += 1
            if j + 2 < n and toks[j][0] == "word" and getattr(lex.get(toks[j][1]), "kind", None) == "zharym" \
                    and _usable(lex[toks[j][1]], ignored) and toks[j + 1][0] == "sp" and toks[j + 2][0] == "word":
                # «7 жарым млн», «3 с половиной миллиона»: seven and a half million
                val = tuple(v + lex[toks[j][1]].value for v in val)
                found.update(val)
                j += 2
            if j < n and toks[j][0] == "word":
                e = lex.get(toks[j][1])
                if e is not None and e.kind == "scale" and _usable(e, ignored):
                    totals = [v * e.value for v in val]
                    found.update(totals)
                    i = j + 1
                    # «1 млрд 87 млн», «3 млрд 100 мың»: a figure written in parts of falling scale is their sum
                    scale = e.value
                    while True:
                        dot = i < n and toks[i] == ("other", ".") and toks[i - 1][1] in _ABBREVIATED_SCALES
                        k = i + dot     # «2 млрд. 842 млн»: the abbreviation's dot inside the figure
                        k = k + 1 if k < n and toks[k][0] == "sp" else k
                        if not (k + 2 < n and toks[k][0] == "num" and toks[k + 1][0] == "sp"
                                and toks[k + 2][0] == "word"):
                            break
                        e2 = lex.get(toks[k + 2][1])
                        if e2 is None or e2.kind != "scale" or e2.value >= scale or not _usable(e2, ignored):
                            break
                        totals = [t + v2 * e2.value for t in totals for v2 in toks[k][1]]
                        found.update(totals)
                        found.update(v2 * e2.value for v2 in toks[k][1])
                        found.update(toks[k][1])
                        scale, i = e2.value, k + 3
                    # «111 тысяч 726 долларов»: a bare figure below the last scale ends the sum
                    k = i + 1 if i < n and toks[i][0] == "sp" else i
                    if k < n and toks[k][0] == "num" and all(v < scale for v in toks[k][1]) and not (
                            k + 2 < n and toks[k + 1][0] == "sp" and toks[k + 2][0] == "word"
                            and getattr(lex.get(toks[k + 2][1]), "kind", None) == "scale"):
                        found.update(t + v for t in totals for v in toks[k][1])
                    continue
            i += 1
            continue
        if kind == "word":
            e = lex.get(val)
            if not _usable(e, ignored):
                i += 1
                continue
            # collect the run of numeral words separated by whitespace only
            run = [e]
            j = i + 1
            while j + 1 < n and toks[j][0] == "sp" and toks[j + 1][0] == "word":
                e2 = lex.get(toks[j + 1][1])
                if not _usable(e2, ignored):
                    break
                run.append(e2)
                j += 2
            i = j if j > i + 1 else i + 1
            _resolve(run, lang, found)
            continue
        i += 1
    return frozenset(_norm(d) for d in found)


def _resolve(run: list[_Entry], lang: str | None, found: set[Decimal]) -> None:
    """Drop ambiguous Kazakh words (он, бес, жүз) that have no Kazakh numeral or scale beside them,
    then parse what is left, split at each dropped word."""
    if not any(e.ambiguous and lang not in e.langs for e in run):
        _parse_run(run, found)
        return

    def kin(k, e):
        return 0 <= k < len(run) and bool(run[k].langs & e.langs)

    part: list[_Entry] = []
    for k, e in enumerate(run):
        if e.ambiguous and lang not in e.langs and not (kin(k - 1, e) or kin(k + 1, e)):
            if part:
                _parse_run(part, found)
            part = []
            continue
        part.append(e)
    if part:
        _parse_run(part, found)


@lru_cache(maxsize=8192)
def _numbers_cached(text: str, lang: str | None) -> frozenset[Decimal]:
    return _scan(text, lang)


def numbers_in(text: str, lang: str | None = None) -> set[Decimal]:
    """Every numeric value a reader can find in `text` (non-negative, normalised Decimals)."""
    return set(_numbers_cached(text or "", lang))


def _to_decimal(value) -> Decimal:
    if isinstance(value, Decimal):
        return value
    if isinstance(value, float):
        return Decimal(repr(value))
    try:
        return Decimal(str(value).strip().replace(",", ".").replace("\u00a0", "").replace("\u202f", ""))
    except InvalidOperation as exc:
        raise ValueError(f"not a number: {value!r}") from exc


def contains_number(text: str, value, lang: str | None = None) -> bool:
    """True if `value` (Decimal, int, float or str) is among `numbers_in(text)`, by absolute value."""
    return _norm(_to_decimal(value)) in _numbers_cached(text or "", lang)
