"""Reading numbers in Russian, Kazakh (and plain English) text.

`numbers_in(text)` returns every numeric value a reader can find in a text: figures written with digits
(«25 352 121», «18,6%», «1,2 млрд», «05.06.2025»), figures with a scale word after them (both the bare
figure and the scaled one: «52,5 млн.» -> 52.5 and 52 500 000), and cardinal numerals written as words in
Russian («к двум миллиардам», «двадцать пять», «полтора миллиарда») and Kazakh («бір жарым миллиард»,
«жиырма бес», «миллиардқа»).  Values are non-negative `Decimal`s, normalised (1.20 -> 1.2, 1E+3 -> 1000).

No morphology library: the word forms come from explicit stem tables expanded once at import; one
regular expression tokenizes and a small grammar joins adjacent numeral words into compounds.

Decisions worth knowing:
- Digits: decimal comma or point; thousands grouped by space, NBSP, narrow NBSP, thin or figure space
  («25 352 121»); English thousands commas when unambiguous («1,200,000», «1,200.5»).  A single
  «1,234» is the decimal 1.234 with lang "ru"/"kk", 1234 with lang "en", and both without a language.
  «05.06.2025» gives 5, 6 and 2025.
- A figure followed by a scale word or abbreviation (млн, млрд, трлн, тыс., миллион*, миллиард*,
  тысяч*, мың*, million, billion, bn …) gives both the bare figure and the scaled value.
- Words give the whole compound («две тысячи двадцать пять» -> 2025) plus, for each scale in it, the
  figure before the scale («двух миллиардов» -> 2 and 2 000 000 000), as the digit rule does.
- Russian «он» (he) is never a number.  Kazakh «он» (10), «бес» (5), «жүз» (100) are numbers only next to
  another Kazakh numeral or a Kazakh scale word («он бес», «бес жүз», «жүз мың»), or always with
  `lang="kk"`.  Kazakh forms that are mostly pronouns or adverbs («онда», «оны», «бірге», «бірден»,
  «бірде», «жүзі…») are not numerals.  With `lang="ru"` Kazakh-only numeral words are ignored.
- A scale word in the plural without a figure before it («миллионы», «тысяч», «миллиондар») is not a
  number; a singular one is («миллион», «тысяча», «мың» -> 1 000 000, 1 000, 1 000).
- Ordinals (первый, бірінші) are not read.
"""
from __future__ import annotations

import re
from decimal import Decimal, InvalidOperation
from functools import lru_cache
from typing import NamedTuple

from .lang.kk import back_harmony

__all__ = ["numbers_in", "contains_number"]


class _Entry(NamedTuple):
    value: Decimal
    kind: str            # unit | teen | tens | hund | hmul | scale | half | zharym
    lang: str            # ru | kk | both | en
    ambiguous: bool = False
    needs_mult: bool = False   # scale words that are not a number without a figure before them


_LEX: dict[str, _Entry] = {}


def _add(forms, value, kind, lang, ambiguous=False, needs_mult=False):
    for f in forms:
        f = f.replace("ё", "е")
        old = _LEX.get(f)
        if old is not None and old.lang != lang and old.value == Decimal(value) and old.kind == kind:
            _LEX[f] = old._replace(lang="both")
            continue
        _LEX[f] = _Entry(Decimal(value), kind, lang, ambiguous, needs_mult)


# ---------------------------------------------------------------- Russian
_add("ноль нуль нуля нулю нулем нуле".split(), 0, "unit", "ru")
_add("один одна одно одни одного одной одному одним одном одну одною одними одних".split(), 1, "unit", "ru")
_add("два две двух двум двумя".split(), 2, "unit", "ru")
_add("три трех трем тремя".split(), 3, "unit", "ru")
_add("четыре четырех четырем четырьмя".split(), 4, "unit", "ru")
# 5..9: nominative, oblique, instrumental stems; they also build 50..80 and 500..900
_FIVE_NINE = {
    5: (["пять"], ["пяти"], ["пятью"]),
    6: (["шесть"], ["шести"], ["шестью"]),
    7: (["семь"], ["семи"], ["семью"]),
    8: (["восемь"], ["восьми"], ["восемью", "восьмью"]),
    9: (["девять"], ["девяти"], ["девятью"]),
}
for _v, (_nom, _obl, _ins) in _FIVE_NINE.items():
    _add(_nom + _obl + _ins, _v, "unit", "ru")
    _add([s + "сот" for s in _nom + _obl] + [s + "стам" for s in _obl] + [s + "стах" for s in _obl]
         + [s + "стами" for s in _ins], _v * 100, "hund", "ru")
    if _v <= 8:
        _add([s + "десят" for s in _nom] + [s + "десяти" for s in _obl] + [s + "десятью" for s in _ins],
             _v * 10, "tens", "ru")
for _v, _stem in enumerate("десят одиннадцат двенадцат тринадцат четырнадцат пятнадцат шестнадцат "
                           "семнадцат восемнадцат девятнадцат".split(), start=10):
    _add([_stem + e for e in ("ь", "и", "ью")], _v, "teen", "ru")
_add(["двадцать", "двадцати", "двадцатью"], 20, "tens", "ru")
_add(["тридцать", "тридцати", "тридцатью"], 30, "tens", "ru")
_add(["сорок", "сорока"], 40, "tens", "ru")
_add(["девяносто", "девяноста"], 90, "tens", "ru")
_add(["сто", "ста"], 100, "hund", "ru")
_add("двести двухсот двумстам двумястами двухстах".split(), 200, "hund", "ru")
_add("триста трехсот тремстам тремястами трехстах".split(), 300, "hund", "ru")
_add("четыреста четырехсот четыремстам четырьмястами четырехстах".split(), 400, "hund", "ru")
_add("полтора полторы полутора".split(), Decimal("1.5"), "half", "ru")

_SCALES_RU = {1000: "тысяч", 10**6: "миллион", 10**9: "миллиард", 10**12: "триллион"}
_add("тысяча тысяче тысячу тысячей тысячею".split(), 1000, "scale", "ru")
_add("тысячи тысяч тысячам тысячами тысячах".split(), 1000, "scale", "ru", needs_mult=True)
for _v, _stem in list(_SCALES_RU.items())[1:]:
    _add([_stem + e for e in ("а", "у", "ом", "е")], _v, "scale", "ru")
    _add([_stem + e for e in ("ы", "ов", "ам", "ами", "ах")], _v, "scale", "ru", needs_mult=True)
    _add([_stem], _v, "scale", "both")
# abbreviations (ru and kk alike) and English scale words
_add(["тыс"], 1000, "scale", "ru", needs_mult=True)
_add(["млн"], 10**6, "scale", "both", needs_mult=True)
_add(["млрд"], 10**9, "scale", "both", needs_mult=True)
_add(["трлн"], 10**12, "scale", "both", needs_mult=True)
for _w, _v in (("thousand", 1000), ("million", 10**6), ("billion", 10**9), ("trillion", 10**12)):
    _LEX[_w] = _Entry(Decimal(_v), "scale", "en")
    _LEX[_w + "s"] = _Entry(Decimal(_v), "scale", "en", needs_mult=True)
_LEX["bn"] = _Entry(Decimal(10**9), "scale", "en", needs_mult=True)
_LEX["mln"] = _Entry(Decimal(10**6), "scale", "en", needs_mult=True)

# ---------------------------------------------------------------- Kazakh
def _kk_forms(stem: str, possessive: bool = True) -> list[str]:
    """Case forms of a Kazakh numeral (dative, ablative, locative, genitive, accusative, instrumental),
    by vowel harmony and the last sound; a final «д» of a loanword counts as voiceless («миллиардқа»)."""
    back = back_harmony(stem)
    a = "а" if back else "е"
    y = "ы" if back else "і"
    g, q = ("ға", "қа") if back else ("ге", "ке")
    last = stem[-1]
    if last in "аәеоөұүыіи":
        sfx = [g, "д" + a + "н", "д" + a, "н" + y + "ң", "н" + y, "мен"]
    elif last in "мнң":
        sfx = [g, "н" + a + "н", "д" + a, "н" + y + "ң", "д" + y, "мен", "бен"]
    elif last in "рлйузж":
        sfx = [g, "д" + a + "н", "д" + a, "д" + y + "ң", "д" + y, "мен", "бен"]
    else:  # voiceless, and loanword-final б в г д
        sfx = [q, "т" + a + "н", "т" + a, "т" + y + "ң", "т" + y, "пен"]
    forms = [stem + s for s in sfx]
    if possessive:   # 3rd-person possessive («екісі», «миллиарды») and its case forms
        base = stem + ("с" + y if last in "аәеоөұүыіи" else y)
        forms += [base] + [base + s for s in ("н", "н" + a, "н" + a + "н", "нд" + a, "н" + y + "ң", "мен")]
    return forms


_KK_NUM = [
    ("нөл", 0, "unit", False), ("бір", 1, "unit", False), ("екі", 2, "unit", False), ("үш", 3, "unit", False),
    ("төрт", 4, "unit", False), ("бес", 5, "unit", True), ("алты", 6, "unit", False),
    ("жеті", 7, "unit", False), ("сегіз", 8, "unit", False), ("тоғыз", 9, "unit", False),
    ("он", 10, "tens", True), ("жиырма", 20, "tens", False), ("отыз", 30, "tens", False),
    ("қырық", 40, "tens", False), ("елу", 50, "tens", False), ("алпыс", 60, "tens", False),
    ("жетпіс", 70, "tens", False), ("сексен", 80, "tens", False), ("тоқсан", 90, "tens", False),
    ("жүз", 100, "hmul", True),
    ("мың", 1000, "scale", False), ("миллион", 10**6, "scale", False), ("миллиард", 10**9, "scale", False),
    ("триллион", 10**12, "scale", False),
]
# forms that are mostly pronouns or adverbs, not numerals
_KK_NOT_NUMBERS = {"онда", "оны", "онын", "оның", "онымен", "бірге", "бірден", "бірде", "бірі", "бірін",
                   "біріне", "бірінен", "бірінде", "бірінің", "бірімен"}
for _stem, _v, _kind, _amb in _KK_NUM:
    if _stem not in _LEX:
        _add([_stem], _v, _kind, "kk", ambiguous=_amb)
    for _f in _kk_forms(_stem, possessive=_stem not in ("он", "жүз")):
        if _f in _KK_NOT_NUMBERS or _f in _LEX:
            continue
        _LEX[_f] = _Entry(Decimal(_v), _kind, "kk")
_add(["жарым"], Decimal("0.5"), "zharym", "kk")

# ---------------------------------------------------------------- tokenizer
_SP = "[ \u00a0\u202f\u2009\u2007]"
_TOKEN = re.compile(
    r"(?P<date>(?<![\d.,])\d{1,2}\.\d{1,2}\.\d{2,4}(?![\d]))"
    r"|(?P<en>(?<![\d.,])\d{1,3}(?:(?:,\d{3}){2,}(?:\.\d+)?|(?:,\d{3})+\.\d+)(?![\d,]))"
    r"|(?P<comma3>(?<![\d.,])\d{1,3},\d{3}(?![\d]|[.,]\d))"
    rf"|(?P<grp>(?<!\d)\d{{1,3}}(?:{_SP}\d{{3}})+(?!\d)(?:[.,]\d+)?)"
    r"|(?P<num>\d+(?:[.,]\d+)?)"
    r"|(?P<word>[^\W\d_]+)"
    r"|(?P<sp>\s+)"
    r"|(?P<other>.)",
    re.S,
)
_STRIP = re.compile(_SP)


def _norm(d: Decimal) -> Decimal:
    d = abs(d).normalize()
    if d == d.to_integral_value():
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
        elif kind == "comma3":   # «1,234»: a decimal in ru/kk, a thousand in en, either without a language
            as_decimal, as_thousands = Decimal(s.replace(",", ".")), Decimal(s.replace(",", ""))
            readings = {"en": (as_thousands,), "ru": (as_decimal,), "kk": (as_decimal,)}
            out.append(("num", readings.get(lang, (as_decimal, as_thousands))))
        elif kind == "grp":
            out.append(("num", (Decimal(_STRIP.sub("", s).replace(",", ".")),)))
        elif kind == "num":
            out.append(("num", (Decimal(s.replace(",", ".")),)))
        else:
            out.append((kind, s))
    return out


def _usable(entry: _Entry | None, lang: str | None) -> bool:
    if entry is None:
        return False
    if lang == "ru" and entry.lang == "kk":
        return False
    return True


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


def _scan(text: str, lang: str | None) -> frozenset[Decimal]:
    toks = _tokens(text, lang)
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
            if j < n and toks[j][0] == "word":
                e = _LEX.get(toks[j][1])
                if e is not None and e.kind == "scale" and _usable(e, lang):
                    found.update(v * e.value for v in val)
                    i = j + 1
                    continue
            i += 1
            continue
        if kind == "word":
            e = _LEX.get(val)
            if not _usable(e, lang):
                i += 1
                continue
            # collect the run of numeral words separated by whitespace only
            run = [e]
            j = i + 1
            while j + 1 < n and toks[j][0] == "sp" and toks[j + 1][0] == "word":
                e2 = _LEX.get(toks[j + 1][1])
                if not _usable(e2, lang):
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
    if lang == "kk" or not any(e.ambiguous for e in run):
        _parse_run(run, found)
        return

    def kazakh(k):
        return 0 <= k < len(run) and run[k].lang in ("kk", "both")

    part: list[_Entry] = []
    for k, e in enumerate(run):
        if e.ambiguous and not (kazakh(k - 1) or kazakh(k + 1)):
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
