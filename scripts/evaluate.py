#!/usr/bin/env python
"""Measure what `briefing extract` gets right, and write the table to docs/evaluation.md.

1. Candidates from the five seed texts against the hand-written gold list tests/gold/kz-jp.yaml, per kind:
   amounts, percents, counts, dates, documents, projects, people (recall over gold items, precision over
   candidates of that kind).
2. natasha's Person/Org/Location extraction on factRuEval-2016 devset against its annotation (*.objects
   built from *.spans), strict (same type, same extent) and partial (same type, overlapping).
3. The people-with-posts rule against the Occupation facts of factRuEval-2016 devset and testset
   (scripts/people_eval.py: name in the nominative, post right, post bound to its own person).

Usage: python scripts/evaluate.py [--out docs/evaluation.md] [--factru DIR] [--no-write | --check]
(--check: exit 1 when docs/evaluation.md is not what this run measures, for CI)
Runs in about eight minutes on two cores (most of it the held-out news, scored set by set).
"""
from __future__ import annotations

import argparse
import sys
import time
from collections import defaultdict
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "scripts"))

GOLD = ROOT / "tests" / "gold" / "kz-jp.yaml"
SEED_TEXTS = ROOT / "seeds" / "kz-jp" / "texts"
HELDOUT = ROOT / "tests" / "gold" / "heldout.yaml"
HELDOUT_TEXTS = ROOT / "tests" / "gold" / "heldout"
FACTRU = ROOT.parent / "shared" / "eval" / "factRuEval-2016" / "devset"
KINDS = ("amounts", "percents", "counts", "dates", "documents", "projects", "people")


@dataclass
class Score:
    found: int = 0      # gold items matched
    gold: int = 0
    right: int = 0      # candidates that match a gold item
    proposed: int = 0

    def add(self, other: "Score") -> None:
        self.found += other.found
        self.gold += other.gold
        self.right += other.right
        self.proposed += other.proposed

    @property
    def recall(self) -> float | None:
        return self.found / self.gold if self.gold else None

    @property
    def precision(self) -> float | None:
        return self.right / self.proposed if self.proposed else None


def _match(gold: list, cands: list, same) -> Score:
    hit_gold = [any(same(g, c) for c in cands) for g in gold]
    hit_cand = [any(same(g, c) for g in gold) for c in cands]
    return Score(sum(hit_gold), len(gold), sum(hit_cand), len(cands))


def _dec(x) -> Decimal:
    return Decimal(str(x)).normalize()


# ---------------------------------------------------------------------------------------------- seeds
def seed_scores(gold_path: Path = GOLD, texts_dir: Path = SEED_TEXTS, parties=("Республика Казахстан", "Япония")
                ) -> tuple[dict, dict]:
    """Per kind: Score over the five texts; and a stricter amounts score with the qualifier."""
    from briefing.extract.dates import mentions
    from briefing.extract.pipeline import extract_candidates
    from briefing.extract.sourcing import propose_date
    from briefing.extract.text import detect_language, sentences

    gold_all = yaml.safe_load(gold_path.read_text(encoding="utf-8"))
    totals = {k: Score() for k in KINDS}
    extra = {"amounts with qualifier": Score(), "amounts with their fact kind": Score(),
             "projects with status": Score(), "source year": Score()}
    for name, gold in gold_all.items():
        text = (texts_dir / name).read_text(encoding="utf-8")
        lang = detect_language(text)
        proposal = propose_date(text, lang)
        year = int(proposal.date[:4]) if proposal else None
        extra["source year"].add(Score(int(year == gold["year"]), 1, int(year == gold["year"]), 1))
        # a text that shows no year is refused by `extract` until the analyst gives it (--date): so here
        cands = extract_candidates(text, lang, year or gold["year"], list(parties))

        def quote(c):
            return text[c.start:c.end]

        def value_of(c):
            return (_dec(c.value["amount"]), c.value.get("currency"), c.value.get("unit"))

        amounts = [c for c in cands if c.value]
        same_amount = lambda g, c: value_of(c) == (_dec(g["amount"]), g.get("currency"), g.get("unit"))
        totals["amounts"].add(_match(gold["amounts"], amounts, same_amount))
        extra["amounts with qualifier"].add(_match(gold["amounts"], amounts, lambda g, c: same_amount(g, c) and (
            c.value.get("qualifier") == g.get("qualifier"))))
        extra["amounts with their fact kind"].add(_match(gold["amounts"], amounts,
                                                          lambda g, c: same_amount(g, c) and c.kind == g["kind"]))
        totals["percents"].add(_match(gold["percents"], [c for c in cands if c.percent is not None],
                                      lambda g, c: _dec(c.percent) == _dec(g["percent"])))
        totals["counts"].add(_match(gold["counts"], [c for c in cands if c.count is not None],
                                    lambda g, c: c.count == g["count"]))
        # dates: every date the date layer reads in the text, resolved against the proposed year (or the given one)
        found_dates = [(m.start, m.end, m.resolve(year or gold["year"])) for sent in sentences(text)
                       for m in mentions(text, sent, lang)]

        def same_date(g, d):
            pos = text.find(g["text"])
            return d[2] == g["date"] and pos != -1 and d[0] < pos + len(g["text"]) and pos < d[1]
        totals["dates"].add(_match(gold["dates"], found_dates, same_date))
        totals["documents"].add(_match(gold["documents"], [c for c in cands if c.kind == "agreement"],
                                       lambda g, c: any(k.lower() in quote(c).lower() for k in g["keys"])))
        projects = [c for c in cands if c.kind == "project"]

        def same_project(g, c):
            q = quote(c)
            return g["key"].lower() in q.lower() and len(q) <= max(3 * len(g["key"]), len(g["key"]) + 90)
        totals["projects"].add(_match(gold["projects"], projects, same_project))
        extra["projects with status"].add(_match(gold["projects"], projects,
                                                 lambda g, c: same_project(g, c) and c.status == g["status"]))

        def same_person(g, c):
            name = " ".join(c.person["name"].values()).lower()
            post = " ".join(c.person["post"].values()).lower()
            return g["name"].lower()[:5] in name and g["post"].lower() in post
        totals["people"].add(_match(gold["people"], [c for c in cands if c.kind == "person"], same_person))
    return totals, extra


# ---------------------------------------------------------------------------------------------- factRuEval
_TYPES = {"Person": "PER", "Org": "ORG", "Location": "LOC", "LocOrg": "LOC"}


def _read_spans(path: Path) -> dict[str, tuple[str, int, int]]:
    out = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        parts = line.split("#")[0].split()
        if len(parts) >= 4:
            out[parts[0]] = (parts[1], int(parts[2]), int(parts[2]) + int(parts[3]))
    return out


def factru_gold(book: Path) -> set[tuple[str, int, int]]:
    spans = _read_spans(book.with_suffix(".spans"))
    gold = set()
    for line in book.with_suffix(".objects").read_text(encoding="utf-8").splitlines():
        parts = line.split("#")[0].split()
        if len(parts) < 3 or parts[1] not in _TYPES:
            continue
        found = [spans[s] for s in parts[2:] if s in spans]
        if not found:
            continue
        gold.add((_TYPES[parts[1]], min(s[1] for s in found), max(s[2] for s in found)))
    return gold


def _overlap(a, b) -> bool:
    return a[1] < b[2] and b[1] < a[2]


def factru_scores(devset: Path = FACTRU) -> tuple[dict, dict, int]:
    from briefing.extract.nlp import ner_spans

    strict = defaultdict(Score)
    partial = defaultdict(Score)
    books = sorted(devset.glob("book_*.txt"))
    for book in books:
        text = book.read_text(encoding="utf-8")
        gold = factru_gold(book)
        # natasha's entities as the person rule reads them (kept per text, so `people` below reuses them)
        pred = {(typ, s, e) for typ, s, e, _ in ner_spans(text)}
        for typ in ("PER", "ORG", "LOC"):
            g = {x for x in gold if x[0] == typ}
            p = {x for x in pred if x[0] == typ}
            strict[typ].add(Score(len(g & p), len(g), len(g & p), len(p)))
            partial[typ].add(Score(sum(any(_overlap(x, y) for y in p) for x in g), len(g),
                                   sum(any(_overlap(y, x) for x in g) for y in p), len(p)))
    return strict, partial, len(books)


# ---------------------------------------------------------------------------------------------- people
def people_section(root: Path) -> list[str]:
    """People with their posts on factRuEval-2016 devset and testset (scripts/people_eval.py)."""
    sys.path.insert(0, str(ROOT / "scripts"))
    import people_eval
    return people_eval.report_section(people_eval.people_scores(root), people_eval.FIRST_RUN)


# ---------------------------------------------------------------------------------------------- report
def _pct(x: float | None) -> str:
    return "—" if x is None else f"{100 * x:.0f}%"


def _f1(s: Score) -> str:
    p, r = s.precision, s.recall
    if not p or not r:
        return "—"
    return f"{200 * p * r / (p + r):.0f}%"


def _table(seeds, extra) -> list[str]:
    lines = ["| kind | gold | found | recall | candidates | right | precision |",
             "|---|---:|---:|---:|---:|---:|---:|"]
    for k in KINDS:
        s = seeds[k]
        lines.append(f"| {k} | {s.gold} | {s.found} | {_pct(s.recall)} | {s.proposed} | {s.right} | {_pct(s.precision)} |")
    lines += ["", "Stricter readings:", "", "| measure | gold | found | recall |", "|---|---:|---:|---:|"]
    for k, s in extra.items():
        lines.append(f"| {k} | {s.gold} | {s.found} | {_pct(s.recall)} |")
    return lines


def report(seeds, extra, held, held_extra, strict, partial, n_books, seconds, people_lines=()) -> str:
    lines = [
        "# Evaluation of `briefing extract`",
        "",
        "Written by `scripts/evaluate.py` (run it again after changing the rules; it takes about eight minutes).",
        f"Last run: {seconds:.0f} s.",
        "",
        "## Candidates on the five seed texts against the hand-written gold list",
        "",
        "Gold: `tests/gold/kz-jp.yaml`, everything a careful reader takes out of `seeds/kz-jp/texts` (four Russian",
        "texts, one Kazakh), written from the texts, not from the rules. Recall: gold items some candidate matches.",
        "Precision: candidates of that kind that match a gold item (a repeat of a matched item counts as right).",
        "Amounts and counts match by value (amount and currency or unit; count); percents by signed value; dates",
        "by value and place in the text (every date the date layer reads, resolved against the proposed year; a text",
        "that shows no year is read with the year the analyst gives, as `extract` asks for it);",
        "documents, projects and people by a key phrase in the quote (a person: surname and a word of the post).",
        "",
    ]
    lines += _table(seeds, extra)
    lines += [
        "",
        "These are the texts the rules were written beside, so the numbers above are an upper bound. Source year:",
        "three of the five show their year only as a bound (a year to come, «с 2017 года получат право»,",
        "«саммите 2026 года», or a past year well before one to come); since the held-out news showed such guesses",
        "wrong more often than right, the tool proposes no year for them and `extract` asks for `--date`.",
        "",
        "## Candidates on two texts written after the rules",
        "",
        "`tests/gold/heldout/`: one Russian, one Kazakh text in the style of official press releases on other",
        "country pairs (Germany, Korea), written after the rules and given their gold list",
        "(`tests/gold/heldout.yaml`) before the extractor first ran on them. Small, and written by the same hand",
        "as the rules, so only a rough check of how the rules carry over; the factRuEval figures below are on",
        "text nobody here wrote. At the first run the rules found here documents 3 of 4, projects 2 of 3 and",
        "people 4 of 5 (precision 80%), everything else in full; the misses (a Kazakh post read across the",
        "previous person's name, «бағдарлама» not known as a document, a second document joined by «а также»,",
        "a project named alone in its sentence) were then fixed as general cases, so the table below is no",
        "longer blind.",
        "",
    ]
    lines += _table(held, held_extra)
    lines += [
        "",
        f"## Named entities on factRuEval-2016 devset ({n_books} texts)",
        "",
        "natasha (NewsNERTagger) against the devset's `*.objects`, each object's extent running from its first to its",
        "last span; Person → PER, Org → ORG, Location and LocOrg → LOC (Project objects left out). Strict: same type",
        "and the same start and end; partial: same type and overlapping.",
        "",
        "| type | gold | predicted | strict P | strict R | strict F1 | partial P | partial R | partial F1 |",
        "|---|---:|---:|---:|---:|---:|---:|---:|---:|",
    ]
    for typ, label in (("PER", "Person"), ("ORG", "Org"), ("LOC", "Location + LocOrg")):
        s, p = strict[typ], partial[typ]
        lines.append(f"| {label} | {s.gold} | {s.proposed} | {_pct(s.precision)} | {_pct(s.recall)} | {_f1(s)} | "
                     f"{_pct(p.precision)} | {_pct(p.recall)} | {_f1(p)} |")
    lines += [
        "",
    ]
    lines += people_lines
    return "\n".join(lines)


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--out", type=Path, default=ROOT / "docs" / "evaluation.md")
    ap.add_argument("--factru", type=Path, default=FACTRU, help="factRuEval-2016 devset folder")
    ap.add_argument("--no-write", action="store_true", help="print the table, write nothing")
    ap.add_argument("--check", action="store_true", help="fail if the table in --out is not current")
    args = ap.parse_args(argv)
    t0 = time.time()
    seeds, extra = seed_scores()
    held, held_extra = seed_scores(HELDOUT, HELDOUT_TEXTS, ("Республика Казахстан",))
    if not args.factru.is_dir():
        print(f"error: {args.factru}: factRuEval devset not found", file=sys.stderr)
        return 3
    strict, partial, n = factru_scores(args.factru)
    people_lines = people_section(args.factru.parent)
    from news_eval import section as news_section   # scripts/news_eval.py: the real-news gold
    news = news_section()
    text = report(seeds, extra, held, held_extra, strict, partial, n, time.time() - t0, people_lines)
    text = text.rstrip("\n") + "\n\n" + "\n".join(news)
    if args.check:
        def strip(t):
            return [line for line in t.splitlines() if not line.startswith("Last run:")]
        old = args.out.read_text(encoding="utf-8") if args.out.exists() else ""
        if strip(old) != strip(text):
            print(f"{args.out}: not current; run scripts/evaluate.py and commit the table", file=sys.stderr)
            return 1
        print(f"{args.out}: current", file=sys.stderr)
    elif args.no_write:
        print(text)
    else:
        args.out.write_text(text, encoding="utf-8")
        print(args.out)
    return 0


if __name__ == "__main__":
    sys.exit(main())
