"""Scores of `briefing extract` on real news nobody here wrote: tests/gold/news/{dev,test}/ against
tests/gold/news-{dev,test}.yaml (collected and annotated before any run; see tests/gold/news/PROVENANCE.md).

Each article is extracted as a new dossier would be: its parties guessed from the text, its year proposed
from the text. Measures, per set:
- money: every money amount (value, currency, and what a rate or price is per) — recall and precision;
- documents signed: a document candidate whose quote holds a key phrase of a gold document — recall and precision;
- publication year: the proposed year is the article's — over all articles, and over those whose text shows it;
- parties: a candidate whose sentence holds a gold fact's key phrase has that fact's states as its parties;
- people: surname in the nominative and post — recall over gold people, precision over person candidates (a
  Kazakh post is matched by the roots of its words, the first five letters, as Kazakh adds its endings to them);
- junk: candidates drawn from page furniture (counters, captions, credits) — should be none.
Used by scripts/evaluate.py."""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
NEWS = ROOT / "tests" / "gold" / "news"
# every set annotated, in the order collected: dev, test, test2, test3, … (each a tests/gold/news-<set>.yaml)
SETS = tuple(sorted((p.stem[len("news-"):] for p in (ROOT / "tests" / "gold").glob("news-*.yaml")),
                    key=lambda name: (name != "dev", int(name[4:] or 1) if name.startswith("test") else 0)))
MEASURES = ("money", "documents", "publication year", "publication year (shown in text)", "parties", "people",
            "junk proposed")


@dataclass
class Tally:
    gold: int = 0
    found: int = 0
    proposed: int = 0
    right: int = 0
    misses: list = field(default_factory=list)

    def pct(self, a, b):
        return f"{100 * a / b:.0f}%" if b else "—"


def _dec(x) -> Decimal:
    return Decimal(str(x)).normalize()


def _per(text: str | None):
    if not text:
        return None
    amount, what = str(text).split(" ", 1)
    return (_dec(amount), what)


def _cand_per(value: dict):
    per = value.get("per")
    if not per:
        return None
    return (_dec(per.get("amount", 1)), per.get("currency") or per.get("unit"))


def score_set(name: str) -> dict[str, Tally]:
    from briefing.extract.extracting import _guess_parties
    from briefing.extract.pipeline import extract_candidates
    from briefing.extract.sourcing import propose_date
    from briefing.extract.states import code_of
    from briefing.extract.text import detect_language, sentences

    gold_all = yaml.safe_load((ROOT / "tests" / "gold" / f"news-{name}.yaml").read_text(encoding="utf-8"))
    t = {m: Tally() for m in MEASURES}
    for fname, gold in sorted(gold_all.items()):
        text = (NEWS / name / fname).read_text(encoding="utf-8")
        lang = detect_language(text)
        proposal = propose_date(text, lang)
        year = int(proposal.date[:4]) if proposal else None
        for key in ("publication year",) + (("publication year (shown in text)",) if gold.get("year_shown") else ()):
            t[key].gold += 1
            t[key].proposed += 1
            ok = year == gold["year"]
            t[key].found += ok
            t[key].right += ok
            if not ok:
                t[key].misses.append(f"{fname}: {year} for {gold['year']}")
        parties = _guess_parties([text])
        cands = extract_candidates(text, lang, year, parties)
        quote = lambda c: text[c.start:c.end]  # noqa: E731

        # money
        money = [c for c in cands if c.value and c.value.get("currency")]
        golds = gold.get("amounts") or []

        def same_money(g, c):
            amounts = {_dec(g["amount"])} | ({_dec(g["upper"])} if g.get("upper") else set())
            return (_dec(c.value["amount"]) in amounts and c.value["currency"] == g["currency"]
                    and _cand_per(c.value) == _per(g.get("per")))
        _tally(t["money"], golds, money, same_money, lambda g: f"{fname}: {g}", lambda c: f"{fname}: {c.value}")

        # documents
        # a signed document, or a count of signed documents («подписано 16 документов»: the gold lists it too)
        docs = [c for c in cands if c.kind == "agreement" or (c.kind == "count" and c.counted in ("agreement", "document"))]
        _tally(t["documents"], gold.get("documents") or [], docs,
               lambda g, c: any(k.lower() in quote(c).lower() for k in g["keys"]),
               lambda g: f"{fname}: {g['keys'][0]}", lambda c: f"{fname}: {quote(c)[:80]}")

        # parties: judged where the candidate's sentence holds a gold fact
        sents = sentences(text)
        for c in cands:
            if c.kind == "person":
                continue    # a person's party is the state they serve, not the pair their sentence is about
            sent = next((s for s in sents if s.start <= c.start < s.end), None)
            if sent is None:
                continue
            facts = [f for f in gold.get("facts") or [] if f["key"] in text[sent.start:sent.end]]
            if not facts:
                continue
            # (YAML reads an unquoted «NO», Norway, as false)
            want = {"NO" if code is False else code for code in facts[0]["parties"]}
            # the states among its parties: a document's signatories may be bodies (a region, a company)
            got = {code_of(p, lang) for p in c.parties} - {None}
            t["parties"].proposed += 1
            if got == want:
                t["parties"].right += 1
            else:
                t["parties"].misses.append(f"{fname}: {sorted(got)} for {sorted(want)} «{quote(c)[:60]}»")
        t["parties"].gold = t["parties"].proposed
        t["parties"].found = t["parties"].right

        # people
        people = [c for c in cands if c.kind == "person"]

        def same_person(g, c):
            names = [v for v in c.person["name"].values()]
            posts = " ".join(c.person["post"].values()).lower()
            surname_ok = any(re.search(r"(?<!\w)" + re.escape(g["surname"]) + r"(?!\w)", n) for n in names)
            post = g["post"].lower()
            if lang == "kk":    # Kazakh adds its endings to the root («облыс әкімі» in «облысының әкімі»)
                return surname_ok and all(any(w.startswith(g_w[:5]) for w in re.findall(r"[^\W\d_]+", posts))
                                          for g_w in re.findall(r"[^\W\d_]+", post))
            return surname_ok and (post in posts or _lemmas(post) <= _lemmas(posts))
        _tally(t["people"], gold.get("people") or [], people, same_person,
               lambda g: f"{fname}: {g['name']} ({g['post']})",
               lambda c: f"{fname}: {c.person['name']} / {c.person['post']}")

        # junk
        for c in cands:
            q = quote(c)
            if any(j["key"] in q for j in gold.get("junk") or []):
                t["junk proposed"].proposed += 1
                t["junk proposed"].misses.append(f"{fname}: {q[:60]}")
    return t


def _lemmas(text: str) -> set[str]:
    from briefing.extract.nlp import lemma
    return {lemma(w) for w in re.findall(r"[^\W\d_]+", text.lower())}


def _tally(tally: Tally, golds, cands, same, show_gold, show_cand) -> None:
    tally.gold += len(golds)
    tally.proposed += len(cands)
    for g in golds:
        if any(same(g, c) for c in cands):
            tally.found += 1
        else:
            tally.misses.append("missed " + show_gold(g))
    for c in cands:
        if any(same(g, c) for g in golds):
            tally.right += 1
        else:
            tally.misses.append("wrong " + show_cand(c))


def table(tallies: dict[str, Tally]) -> list[str]:
    out = ["| measure | gold | found | recall | candidates | right | precision |", "|---|---:|---:|---:|---:|---:|---:|"]
    for m in MEASURES:
        x = tallies[m]
        if m == "junk proposed":
            out.append(f"| {m} | — | — | — | {x.proposed} | — | — |")
        elif m == "parties":
            out.append(f"| parties (candidates judged) | — | — | — | {x.proposed} | {x.right} | {x.pct(x.right, x.proposed)} |")
        else:
            out.append(f"| {m} | {x.gold} | {x.found} | {x.pct(x.found, x.gold)} | {x.proposed} | {x.right} | "
                       f"{x.pct(x.right, x.proposed)} |")
    return out


if __name__ == "__main__":   # python scripts/news_eval.py [dev|test] [--misses]
    import sys
    sys.path.insert(0, str(ROOT))
    which = [a for a in sys.argv[1:] if a in SETS] or ["dev"]
    for name in which:
        res = score_set(name)
        print(f"## {name}")
        print("\n".join(table(res)))
        if "--misses" in sys.argv:
            for m, x in res.items():
                for line in x.misses:
                    print(f"  [{m}] {line}")


# Recorded runs: each is the rules of that commit scored with this file's measures (the measures were refined
# during the issue — counts of signed documents count as documents, as the gold lists them; parties compare the
# states among a candidate's parties — so every row was re-scored from its commit with the final measures).
_BASELINE = {   # the rules before issue 13 (ede0ab8)
    "dev": [21, 16, 23, 19, 10, 10, 13, 12, 12, 3, 7, 3, 54, 27, 14, 10, 12, 10, 3],
    "test": [13, 7, 10, 8, 19, 9, 13, 11, 12, 4, 6, 4, 39, 22, 18, 14, 16, 14, 3],
    "test2": [23, 17, 23, 19, 23, 15, 23, 20, 16, 4, 7, 4, 67, 39, 30, 19, 27, 19, 0],
    "test3": [20, 10, 14, 12, 17, 12, 17, 15, 16, 2, 5, 2, 54, 29, 26, 16, 20, 16, 0],
    "test4": [22, 20, 23, 22, 17, 4, 6, 4, 16, 4, 5, 4, 47, 27, 25, 22, 22, 22, 0],
    "test5": [17, 16, 18, 18, 11, 6, 13, 7, 16, 3, 8, 3, 55, 32, 29, 25, 27, 25, 0],
    "test6": [15, 15, 16, 16, 19, 12, 18, 15, 16, 2, 2, 1, 56, 37, 26, 21, 23, 21, 1],
    "test7": [16, 16, 17, 17, 14, 7, 14, 12, 16, 6, 11, 6, 47, 21, 28, 23, 28, 23, 0],
    "test8": [5, 4, 4, 4, 16, 14, 22, 20, 15, 5, 8, 5, 40, 28, 31, 24, 29, 24, 0],
    "test9": [10, 10, 13, 10, 13, 11, 20, 15, 16, 8, 4, 4, 51, 28, 25, 21, 24, 21, 4],
    "test10": [26, 24, 29, 28, 29, 19, 23, 20, 16, 5, 5, 4, 74, 35, 27, 23, 26, 23, 1],
    "test11": [11, 8, 9, 8, 15, 7, 8, 8, 16, 2, 1, 0, 36, 19, 31, 25, 30, 25, 1],
    "test12": [11, 10, 10, 10, 8, 5, 11, 5, 20, 4, 6, 3, 46, 31, 39, 27, 34, 27, 0],
    "test13": [11, 10, 11, 10, 11, 9, 11, 10, 20, 6, 9, 6, 41, 28, 38, 26, 36, 26, 0],
    "test14": [15, 12, 13, 13, 13, 7, 9, 9, 20, 4, 4, 2, 42, 22, 37, 25, 35, 25, 0],
    "test15": [18, 16, 20, 19, 9, 6, 10, 8, 20, 10, 7, 5, 56, 23, 41, 31, 36, 31, 0],
    "test16": [9, 9, 10, 10, 11, 7, 10, 9, 20, 8, 8, 5, 45, 27, 38, 25, 33, 25, 0],
    "test17": [5, 5, 6, 6, 8, 6, 7, 7, 20, 4, 9, 4, 43, 21, 50, 34, 41, 34, 0],
    "test18": [12, 11, 11, 11, 10, 10, 11, 9, 20, 6, 7, 6, 49, 29, 39, 28, 33, 28, 2],
    "test19": [20, 20, 25, 25, 6, 5, 7, 7, 20, 8, 4, 3, 52, 17, 39, 23, 31, 23, 1],
    "test20": [7, 6, 7, 6, 8, 7, 10, 6, 20, 6, 4, 3, 48, 20, 47, 39, 44, 39, 2],
    "test21": [7, 5, 5, 5, 3, 2, 5, 4, 20, 11, 8, 7, 44, 17, 38, 25, 35, 26, 0],
    "test22": [10, 10, 13, 13, 11, 8, 10, 10, 20, 7, 4, 3, 42, 10, 39, 29, 34, 29, 1],
    "test23": [7, 6, 7, 6, 11, 9, 20, 14, 20, 4, 2, 1, 48, 22, 43, 30, 34, 29, 0],
    "test24": [10, 8, 10, 9, 9, 7, 10, 9, 20, 6, 3, 2, 50, 32, 47, 33, 42, 33, 2],
    "test25": [22, 17, 20, 20, 7, 4, 9, 6, 20, 7, 3, 2, 53, 17, 32, 22, 27, 22, 2],
    "test26": [18, 17, 18, 18, 8, 5, 8, 5, 20, 1, 2, 1, 55, 34, 41, 27, 29, 27, 1],
    "test27": [5, 2, 2, 2, 9, 9, 18, 12, 20, 6, 6, 4, 39, 15, 36, 20, 24, 20, 2],
    "test28": [10, 10, 12, 12, 13, 9, 14, 13, 20, 3, 2, 1, 57, 13, 32, 21, 28, 21, 0],
    "test29": [7, 6, 8, 7, 3, 1, 4, 1, 20, 5, 3, 2, 35, 11, 39, 29, 36, 29, 1],
    "test30": [13, 12, 14, 14, 3, 3, 5, 3, 20, 9, 5, 4, 43, 22, 38, 27, 32, 27, 1],
    "test31": [11, 8, 9, 9, 3, 3, 4, 4, 11, 4, 5, 3, 30, 12, 18, 11, 13, 11, 0],     # with 12d155e's crash fix
    "test32": [1, 1, 1, 1, 0, 0, 2, 0, 5, 2, 2, 1, 7, 5, 11, 7, 11, 7, 0],
    "test33": [4, 4, 4, 4, 1, 1, 3, 2, 9, 5, 5, 4, 17, 9, 19, 12, 16, 12, 0],
    "test34": [12, 10, 11, 11, 17, 5, 6, 5, 12, 2, 3, 0, 29, 17, 20, 11, 15, 12, 1],
    "test35": [19, 19, 20, 20, 11, 6, 10, 7, 10, 2, 3, 1, 41, 8, 16, 10, 14, 10, 0],
    "test36": [8, 7, 8, 7, 8, 5, 6, 6, 12, 4, 3, 1, 22, 4, 23, 16, 19, 16, 1],
    "test37": [7, 5, 7, 6, 4, 3, 4, 3, 12, 5, 5, 3, 39, 13, 25, 18, 22, 18, 0],
    "test38": [5, 5, 5, 5, 1, 1, 1, 1, 12, 3, 4, 3, 13, 3, 27, 17, 25, 17, 2],
    "test39": [7, 7, 8, 8, 5, 5, 8, 6, 12, 2, 2, 1, 36, 16, 32, 24, 29, 24, 1],
    "test40": [13, 10, 10, 10, 7, 6, 10, 8, 12, 3, 4, 2, 43, 19, 28, 18, 23, 18, 0],
    "test41": [10, 9, 10, 9, 7, 6, 10, 7, 12, 3, 4, 3, 36, 24, 26, 19, 20, 19, 0],
    "test42": [11, 10, 10, 10, 7, 5, 6, 6, 12, 3, 2, 1, 32, 12, 32, 25, 28, 25, 0],
    "test43": [11, 9, 10, 10, 8, 4, 8, 5, 12, 3, 1, 1, 29, 12, 24, 20, 23, 20, 0],
    "test44": [7, 7, 7, 7, 12, 9, 12, 12, 12, 8, 7, 6, 32, 16, 31, 21, 25, 21, 1],
    "test45": [4, 3, 3, 3, 11, 10, 14, 14, 12, 6, 3, 3, 35, 14, 24, 16, 20, 16, 1],
    "test46": [5, 4, 5, 4, 8, 5, 11, 7, 12, 4, 3, 2, 29, 9, 25, 15, 19, 15, 0],
    "test47": [5, 4, 4, 4, 6, 6, 10, 9, 12, 5, 5, 3, 34, 4, 25, 22, 24, 23, 1],
    "test48": [8, 6, 8, 6, 8, 6, 6, 6, 12, 6, 5, 2, 40, 10, 16, 15, 16, 15, 0],
    "test49": [18, 15, 15, 15, 3, 1, 2, 1, 12, 6, 8, 5, 33, 11, 16, 13, 15, 13, 1],
    "test50": [10, 7, 7, 7, 4, 3, 5, 4, 12, 2, 3, 2, 28, 13, 25, 22, 24, 22, 0],
    "test51": [4, 4, 5, 5, 11, 2, 5, 3, 12, 6, 3, 2, 24, 8, 28, 17, 21, 17, 0],
    "test52": [8, 8, 11, 10, 3, 3, 7, 6, 12, 5, 2, 0, 31, 10, 22, 15, 21, 15, 2],
    "test53": [8, 8, 8, 8, 3, 3, 10, 8, 12, 4, 5, 3, 43, 3, 24, 20, 22, 20, 1],
    "test54": [9, 7, 8, 8, 7, 5, 8, 6, 12, 4, 2, 2, 39, 7, 25, 19, 27, 19, 0],
    "test55": [6, 3, 3, 3, 5, 2, 2, 2, 12, 5, 5, 4, 19, 2, 23, 20, 24, 20, 1],
    "test56": [10, 8, 9, 8, 6, 4, 6, 5, 12, 3, 5, 2, 29, 16, 21, 16, 19, 16, 0],
    "test57": [7, 7, 7, 7, 11, 6, 8, 6, 12, 4, 2, 1, 29, 12, 25, 17, 24, 18, 3],
    "test58": [7, 6, 6, 6, 9, 7, 11, 10, 12, 5, 4, 4, 32, 18, 21, 20, 21, 20, 1],
    "test59": [5, 5, 6, 6, 6, 3, 5, 5, 12, 5, 5, 4, 26, 4, 18, 13, 15, 14, 0],
    "test60": [5, 4, 7, 5, 8, 5, 12, 10, 12, 5, 4, 3, 35, 21, 22, 17, 20, 17, 4],
    "test61": [4, 4, 4, 4, 8, 5, 6, 6, 12, 5, 6, 4, 32, 9, 26, 21, 22, 21, 0],
    "test62": [4, 3, 3, 3, 7, 5, 10, 7, 12, 6, 9, 6, 31, 8, 21, 17, 18, 17, 0],
    "test63": [8, 7, 8, 7, 5, 4, 6, 4, 12, 8, 7, 5, 34, 8, 19, 12, 16, 12, 1],
    "test64": [6, 6, 6, 6, 9, 8, 16, 14, 12, 5, 3, 3, 31, 8, 27, 21, 24, 21, 1],
    "test65": [7, 7, 7, 7, 4, 2, 6, 3, 12, 6, 1, 1, 32, 9, 30, 23, 26, 23, 0],
    "test66": [8, 8, 8, 8, 4, 4, 9, 5, 12, 8, 5, 4, 36, 15, 25, 18, 20, 18, 1],
    "test67": [6, 6, 8, 8, 14, 13, 16, 16, 12, 5, 4, 2, 37, 4, 20, 18, 18, 18, 0],
    "test68": [6, 5, 5, 5, 5, 4, 8, 7, 12, 6, 5, 3, 34, 9, 23, 17, 23, 17, 3],
    "test69": [1, 0, 0, 0, 10, 8, 14, 10, 12, 8, 3, 3, 35, 2, 26, 19, 23, 19, 0],
    "test70": [11, 11, 11, 11, 9, 2, 3, 2, 12, 5, 6, 3, 37, 23, 19, 16, 19, 16, 1],
    "test71": [11, 11, 11, 11, 7, 4, 5, 3, 12, 3, 6, 3, 34, 3, 24, 21, 22, 21, 1],
    "test72": [9, 9, 9, 9, 4, 3, 6, 4, 12, 8, 5, 5, 26, 10, 20, 13, 16, 13, 0],
    "test73": [6, 6, 7, 7, 9, 7, 9, 7, 12, 6, 6, 5, 35, 15, 30, 23, 28, 23, 0],
    "test74": [5, 4, 4, 4, 6, 3, 5, 4, 11, 3, 3, 1, 23, 5, 22, 17, 19, 17, 0],
    "test75": [6, 6, 7, 7, 6, 6, 13, 12, 12, 5, 4, 3, 28, 11, 18, 15, 20, 15, 3],
    "test76": [2, 2, 3, 3, 8, 6, 10, 8, 12, 5, 4, 1, 23, 9, 25, 20, 20, 19, 0],
    "test77": [2, 2, 2, 2, 7, 3, 9, 4, 12, 2, 4, 1, 29, 5, 36, 21, 28, 21, 0],
    "test78": [4, 4, 6, 4, 9, 4, 7, 6, 11, 3, 2, 2, 22, 17, 17, 15, 15, 15, 2],
    "test79": [10, 10, 10, 10, 7, 4, 8, 7, 12, 3, 6, 3, 39, 11, 26, 19, 24, 19, 1],
    "test80": [3, 3, 3, 3, 3, 3, 5, 5, 9, 5, 4, 3, 17, 6, 17, 15, 15, 15, 0],
    "test81": [5, 5, 6, 6, 2, 2, 2, 2, 10, 3, 2, 1, 23, 9, 24, 19, 21, 19, 0],
    "test82": [4, 3, 3, 3, 4, 4, 8, 7, 10, 6, 8, 6, 26, 14, 18, 13, 16, 14, 1],
    "test83": [7, 7, 9, 9, 5, 4, 5, 4, 10, 4, 2, 0, 30, 17, 18, 13, 14, 13, 1],
    "test84": [5, 4, 4, 4, 6, 5, 7, 6, 10, 1, 3, 1, 22, 7, 24, 20, 22, 20, 0],
    "test85": [14, 11, 15, 13, 2, 1, 1, 1, 10, 5, 6, 4, 24, 18, 13, 12, 13, 12, 0],
    "test86": [5, 5, 5, 5, 6, 5, 7, 7, 10, 6, 3, 3, 20, 10, 18, 13, 15, 13, 0],
    "test87": [7, 6, 8, 8, 5, 3, 5, 5, 10, 2, 1, 0, 19, 14, 22, 15, 21, 15, 0],
    "test88": [10, 6, 7, 7, 8, 6, 6, 6, 10, 2, 1, 0, 19, 5, 18, 14, 17, 14, 0],
    "test89": [7, 7, 8, 8, 9, 7, 6, 4, 10, 3, 3, 2, 27, 13, 22, 15, 18, 15, 0],
    "test90": [4, 4, 5, 5, 3, 2, 2, 2, 7, 3, 1, 1, 13, 9, 15, 12, 12, 12, 0],
    "test91": [7, 7, 9, 9, 9, 7, 6, 6, 10, 1, 1, 1, 25, 14, 24, 21, 21, 21, 0],
    "test92": [5, 4, 4, 4, 5, 2, 2, 2, 10, 6, 3, 3, 16, 7, 14, 8, 11, 8, 0],
    "test93": [5, 5, 6, 6, 1, 1, 2, 1, 10, 4, 2, 2, 20, 14, 23, 15, 22, 15, 0],
    "test94": [8, 8, 9, 9, 4, 4, 6, 5, 10, 3, 1, 1, 29, 10, 16, 13, 14, 13, 0],
    "test95": [4, 3, 4, 3, 1, 1, 2, 1, 6, 1, 0, 0, 12, 1, 5, 4, 6, 4, 0],
    "test96": [6, 6, 7, 7, 8, 6, 6, 6, 10, 4, 2, 2, 22, 13, 16, 10, 14, 10, 0],
    "test97": [9, 9, 11, 11, 2, 2, 4, 3, 8, 3, 4, 2, 26, 15, 10, 6, 10, 6, 1],
    "test98": [4, 4, 4, 4, 1, 1, 4, 1, 9, 5, 1, 0, 21, 8, 11, 9, 10, 9, 1],
    "test99": [2, 2, 2, 2, 7, 7, 9, 8, 10, 4, 4, 3, 19, 9, 21, 12, 18, 12, 0],
    "test100": [11, 10, 13, 12, 9, 5, 12, 7, 10, 2, 3, 0, 35, 22, 17, 13, 17, 13, 0],
    "test101": [0, 0, 0, 0, 8, 4, 6, 4, 10, 5, 4, 3, 21, 3, 18, 14, 18, 14, 0],
    "test102": [0, 0, 0, 0, 5, 5, 7, 7, 10, 5, 0, 0, 13, 3, 23, 16, 18, 16, 0],
    "test103": [1, 1, 1, 1, 9, 8, 11, 10, 10, 2, 2, 1, 25, 6, 21, 16, 20, 16, 0],
    "test104": [0, 0, 0, 0, 14, 10, 12, 11, 10, 5, 1, 0, 23, 13, 18, 16, 18, 16, 1],
    "test105": [4, 2, 2, 2, 3, 1, 1, 1, 6, 2, 2, 0, 14, 1, 8, 8, 8, 8, 0],
    "test106": [2, 2, 2, 2, 25, 16, 13, 10, 10, 3, 4, 3, 24, 15, 22, 15, 20, 15, 0],
    "test107": [3, 3, 4, 4, 6, 5, 7, 6, 10, 3, 1, 1, 21, 10, 19, 13, 16, 13, 0],
    "test108": [6, 6, 7, 7, 6, 5, 7, 6, 10, 3, 3, 2, 26, 8, 26, 15, 22, 15, 0],
    "test109": [9, 8, 8, 8, 6, 4, 6, 6, 10, 3, 2, 1, 28, 12, 13, 12, 14, 12, 0],
    "test110": [1, 1, 1, 1, 2, 2, 2, 2, 6, 2, 1, 1, 10, 6, 14, 9, 13, 9, 0],
    "test111": [1, 1, 1, 1, 0, 0, 1, 0, 8, 5, 2, 2, 11, 5, 18, 13, 17, 13, 0],
    "test112": [12, 11, 12, 12, 5, 5, 3, 2, 6, 4, 2, 1, 25, 14, 13, 10, 11, 10, 0],
    "test113": [4, 4, 5, 4, 4, 1, 3, 3, 8, 2, 3, 2, 18, 6, 14, 10, 12, 10, 2],
    "test114": [7, 5, 5, 5, 8, 5, 7, 7, 10, 3, 3, 2, 24, 11, 18, 17, 17, 17, 0],
    "test115": [12, 8, 12, 11, 7, 5, 4, 4, 10, 2, 1, 0, 30, 9, 16, 9, 12, 9, 2],
    "test116": [8, 7, 7, 7, 4, 3, 7, 3, 10, 4, 5, 3, 28, 6, 14, 13, 13, 13, 0],
    "test117": [13, 13, 14, 14, 3, 3, 8, 6, 10, 3, 1, 1, 29, 12, 18, 9, 13, 9, 0],
    "test118": [19, 18, 20, 20, 4, 4, 9, 8, 10, 5, 3, 2, 40, 11, 16, 14, 14, 14, 1],
    "test119": [6, 5, 5, 5, 9, 8, 9, 9, 10, 2, 1, 1, 21, 11, 15, 8, 11, 8, 0],
    "test120": [15, 10, 13, 12, 6, 6, 14, 10, 10, 1, 1, 0, 41, 23, 15, 13, 15, 13, 0],
    "test121": [13, 9, 11, 10, 4, 2, 6, 3, 10, 2, 2, 1, 29, 8, 15, 12, 14, 12, 0],
    "test122": [9, 5, 6, 6, 2, 2, 3, 2, 10, 4, 5, 3, 20, 12, 16, 14, 16, 14, 0],
    "test123": [16, 10, 13, 13, 0, 0, 0, 0, 10, 2, 4, 2, 26, 14, 17, 12, 16, 12, 0],
    "test124": [7, 6, 6, 6, 9, 9, 8, 8, 10, 2, 2, 1, 27, 12, 22, 15, 17, 15, 0],
    "test125": [5, 4, 4, 4, 2, 0, 0, 0, 10, 10, 6, 6, 17, 1, 21, 16, 20, 16, 0],
    "test126": [4, 3, 4, 3, 1, 0, 1, 0, 10, 3, 3, 2, 13, 9, 18, 13, 17, 13, 0],
    "test127": [7, 5, 7, 5, 5, 4, 4, 4, 10, 6, 2, 1, 20, 10, 17, 11, 15, 11, 1],
    "test128": [4, 4, 4, 4, 6, 5, 10, 9, 10, 3, 4, 2, 24, 4, 27, 24, 27, 24, 1],
    "test129": [12, 11, 15, 15, 3, 3, 7, 6, 10, 2, 4, 1, 24, 14, 16, 10, 16, 10, 0],
    "test130": [20, 17, 19, 19, 2, 2, 6, 3, 10, 4, 5, 2, 30, 16, 14, 10, 10, 10, 0],
    "test131": [12, 6, 8, 7, 4, 3, 4, 4, 10, 1, 0, 0, 20, 11, 21, 15, 18, 15, 0],
    "test132": [6, 5, 5, 5, 3, 3, 6, 4, 10, 3, 2, 1, 20, 5, 24, 17, 22, 17, 1],
    "test133": [7, 7, 9, 9, 9, 8, 11, 10, 10, 2, 2, 0, 35, 17, 16, 11, 15, 11, 1],
    "test134": [5, 5, 5, 5, 0, 0, 0, 0, 8, 2, 1, 0, 19, 12, 13, 10, 12, 10, 0],
    "test135": [7, 6, 6, 6, 2, 2, 4, 3, 9, 5, 4, 3, 25, 5, 12, 9, 12, 9, 0],
    "test136": [1, 1, 1, 1, 2, 1, 3, 3, 8, 1, 1, 1, 6, 4, 14, 8, 10, 8, 0],
    "test137": [3, 3, 3, 3, 2, 2, 2, 2, 10, 4, 2, 2, 16, 4, 18, 11, 14, 11, 1],
    "test138": [3, 3, 3, 3, 3, 3, 6, 5, 9, 2, 2, 0, 16, 8, 14, 12, 15, 12, 0],
    "test139": [10, 10, 12, 12, 3, 3, 5, 4, 10, 3, 2, 2, 28, 18, 17, 12, 14, 12, 0],
    "test140": [0, 0, 0, 0, 0, 0, 0, 0, 8, 3, 3, 1, 16, 10, 16, 12, 16, 12, 0],
    "test141": [3, 3, 3, 3, 4, 3, 5, 5, 10, 4, 5, 3, 23, 5, 15, 9, 10, 9, 4],
    "test142": [0, 0, 0, 0, 0, 0, 0, 0, 2, 1, 0, 0, 2, 0, 3, 2, 2, 2, 0],
    "test143": [2, 2, 2, 2, 2, 0, 0, 0, 10, 1, 1, 0, 16, 6, 14, 8, 13, 8, 0],
    "test144": [7, 5, 6, 6, 1, 0, 0, 0, 10, 4, 2, 1, 20, 9, 19, 17, 19, 17, 0],
    "test145": [9, 7, 9, 8, 1, 1, 2, 1, 8, 3, 3, 2, 18, 11, 15, 10, 13, 10, 1],
    "test146": [3, 1, 1, 1, 4, 0, 1, 0, 10, 1, 2, 0, 7, 2, 21, 14, 19, 14, 0],
    "test147": [0, 0, 0, 0, 4, 4, 4, 4, 9, 4, 1, 0, 18, 3, 19, 15, 20, 16, 0],
    "test148": [0, 0, 0, 0, 2, 1, 1, 1, 4, 2, 2, 2, 9, 6, 7, 7, 8, 7, 0],
    "test149": [2, 2, 3, 3, 1, 1, 2, 1, 6, 3, 2, 2, 11, 2, 9, 6, 8, 6, 0],
    "test150": [12, 10, 10, 10, 4, 2, 3, 3, 10, 4, 4, 2, 23, 17, 12, 9, 10, 9, 0],
    "test151": [3, 2, 3, 3, 0, 0, 1, 0, 8, 5, 3, 3, 16, 2, 11, 9, 10, 9, 0],
    "test152": [7, 6, 6, 6, 0, 0, 1, 0, 8, 1, 2, 1, 20, 1, 18, 13, 18, 13, 1],
}
_FIRST_DEV = [21, 18, 24, 21, 10, 10, 13, 12, 12, 6, 7, 5, 54, 35, 14, 10, 12, 10, 3]   # e0aae5b, dev's first run
_FIRST_TEST = [13, 12, 15, 14, 19, 10, 16, 14, 12, 5, 6, 5, 46, 38, 18, 14, 16, 14, 4]  # 1079ed4, test's blind run
_BLIND_TEST2 = [23, 20, 25, 22, 23, 16, 25, 22, 16, 4, 7, 4, 71, 70, 30, 20, 27, 20, 0]  # 190dd30, test2's blind run
_LATER_BLIND: list[tuple[str, list[int]]] = [
    ("test3, **blind** (a513f54)", [20, 14, 17, 17, 17, 16, 26, 21, 16, 2, 5, 2, 64, 55, 26, 18, 23, 18, 0]),
    ("test4, **blind** (8ba9d9b)", [22, 21, 23, 23, 17, 10, 13, 11, 16, 4, 5, 4, 54, 48, 25, 19, 21, 19, 0]),
    ("test5, **blind** (11ba238)", [17, 16, 18, 18, 11, 6, 16, 8, 16, 4, 8, 4, 58, 52, 29, 27, 29, 27, 0]),
    ("test6, **blind** (0b44727)", [15, 15, 16, 16, 19, 16, 23, 20, 16, 0, 2, 0, 58, 58, 26, 24, 26, 24, 1]),
    ("test7, **blind** (e6dd1b3)", [16, 16, 17, 17, 14, 8, 15, 13, 16, 8, 11, 8, 50, 42, 28, 27, 33, 27, 0]),
    ("test8, **blind** (3056617)", [5, 4, 4, 4, 16, 15, 23, 21, 15, 6, 8, 6, 41, 37, 31, 27, 33, 27, 0]),
    ("test9, **blind** (ff1cad6)", [10, 10, 13, 10, 13, 12, 23, 18, 16, 8, 4, 4, 54, 54, 25, 23, 26, 23, 4]),
    ("test10, **blind** (73d36c7)", [26, 25, 29, 28, 29, 24, 26, 23, 16, 5, 5, 4, 77, 67, 27, 27, 28, 27, 1]),
    ("test11, **blind** (5a91455)", [11, 9, 9, 9, 15, 9, 12, 11, 16, 2, 1, 0, 42, 40, 31, 25, 28, 25, 0]),
    ("test12, **blind** (ebda4cd)", [11, 10, 10, 10, 8, 8, 18, 11, 20, 6, 6, 5, 52, 49, 39, 28, 34, 28, 0]),
    ("test13, **blind** (df59e48)", [11, 10, 11, 10, 11, 9, 13, 12, 20, 8, 9, 8, 43, 37, 38, 28, 36, 28, 0]),
    ("test14, **blind** (94444a2)", [15, 15, 18, 18, 13, 10, 12, 11, 20, 6, 4, 4, 50, 44, 37, 29, 37, 29, 0]),
    ("test15, **blind** (17b9296)", [18, 18, 19, 19, 9, 8, 14, 11, 20, 11, 7, 5, 59, 41, 41, 32, 36, 32, 0]),
    ("test16, **blind** (7d5db58)", [9, 9, 10, 10, 11, 8, 11, 10, 20, 11, 8, 8, 46, 43, 38, 25, 28, 25, 0]),
    ("test17, **blind** (c3f9858)", [5, 4, 5, 4, 8, 7, 8, 8, 20, 5, 9, 5, 43, 35, 50, 38, 41, 38, 0]),
    ("test18, **blind** (8dcf0ea)", [12, 11, 11, 11, 10, 10, 12, 10, 20, 6, 7, 6, 50, 47, 39, 34, 39, 35, 2]),
    ("test19, **blind** (8dcf0ea)", [20, 20, 24, 24, 6, 5, 7, 7, 20, 8, 4, 3, 51, 47, 39, 30, 34, 30, 1]),
    ("test20, **blind** (8dcf0ea)", [7, 7, 7, 7, 8, 8, 13, 8, 20, 6, 4, 3, 51, 36, 47, 40, 43, 40, 2]),
    ("test21, **blind** (41f584f)", [7, 6, 6, 6, 3, 2, 5, 4, 20, 11, 8, 7, 44, 39, 38, 34, 34, 34, 0]),
    ("test22, **blind** (41f584f)", [10, 10, 13, 13, 11, 11, 13, 13, 20, 8, 4, 4, 45, 44, 39, 33, 36, 33, 1]),
    ("test23, **blind** (41f584f)", [7, 7, 8, 7, 11, 9, 20, 14, 20, 3, 2, 1, 52, 46, 43, 32, 35, 32, 0]),
    ("test24, **blind** (91be575)", [10, 10, 11, 11, 9, 7, 10, 9, 20, 5, 3, 3, 51, 43, 47, 42, 45, 42, 1]),
    ("test25, **blind** (91be575)", [22, 20, 25, 24, 7, 4, 11, 7, 20, 10, 3, 3, 58, 48, 32, 30, 31, 30, 1]),
    ("test26, **blind** (91be575)", [18, 17, 18, 18, 8, 7, 10, 7, 20, 2, 2, 2, 57, 50, 41, 32, 34, 32, 0]),
    ("test27, **blind** (aa56484)", [5, 5, 5, 5, 9, 9, 18, 12, 20, 7, 6, 5, 42, 40, 36, 27, 28, 27, 0]),
    ("test28, **blind** (aa56484)", [10, 10, 12, 12, 13, 10, 15, 14, 20, 3, 2, 2, 58, 47, 32, 22, 29, 22, 0]),
    ("test29, **blind** (aa56484)", [7, 6, 7, 7, 3, 3, 6, 3, 20, 6, 3, 3, 36, 36, 39, 36, 38, 36, 1]),
    ("test30, **blind** (5682039)", [13, 13, 16, 16, 3, 3, 6, 3, 20, 9, 5, 4, 45, 39, 38, 33, 36, 33, 0]),
    # the run with the rules of 5682039 stopped on test31 (a 42-digit identifier overflowed the number reader);
    # it was scored with that fix alone (12d155e), no rule changed
    ("test31, **blind** (5682039)", [11, 11, 12, 12, 3, 3, 4, 4, 11, 5, 5, 4, 30, 26, 18, 13, 14, 13, 0]),
    ("test32, **blind** (5682039)", [1, 1, 1, 1, 0, 0, 2, 0, 5, 3, 2, 2, 7, 7, 11, 11, 11, 11, 0]),
    ("test33, **blind** (6ad793e)", [4, 4, 4, 4, 1, 1, 2, 2, 9, 5, 5, 4, 16, 13, 19, 14, 15, 14, 0]),
    ("test34, **blind** (6ad793e)", [12, 12, 13, 13, 17, 12, 13, 12, 12, 6, 3, 2, 29, 25, 20, 17, 20, 18, 0]),
    ("test35, **blind** (6ad793e)", [19, 19, 20, 20, 11, 8, 15, 10, 10, 3, 3, 2, 42, 39, 16, 13, 15, 13, 0]),
    ("test36, **blind** (359dbbe)", [8, 8, 10, 8, 8, 5, 6, 6, 12, 5, 3, 2, 22, 13, 23, 20, 20, 20, 0]),
    ("test37, **blind** (359dbbe)", [7, 7, 8, 8, 4, 3, 4, 3, 12, 6, 5, 4, 40, 30, 25, 22, 24, 22, 0]),
    ("test38, **blind** (359dbbe)", [5, 5, 5, 5, 1, 1, 1, 1, 12, 4, 4, 4, 13, 10, 27, 21, 24, 21, 2]),
    ("test39, **blind** (cd60411)", [7, 7, 8, 8, 5, 5, 8, 6, 12, 2, 2, 1, 35, 32, 32, 28, 32, 28, 1]),
    ("test40, **blind** (cd60411)", [13, 12, 12, 12, 7, 6, 11, 8, 12, 4, 4, 3, 46, 41, 28, 24, 28, 24, 0]),
    ("test41, **blind** (cd60411)", [10, 10, 10, 10, 7, 6, 10, 6, 12, 4, 4, 4, 36, 35, 26, 22, 23, 22, 0]),
    ("test42, **blind** (b8619c7)", [11, 10, 10, 10, 7, 7, 9, 8, 12, 4, 2, 2, 35, 34, 32, 30, 31, 30, 0]),
    ("test43, **blind** (b8619c7)", [11, 11, 13, 13, 8, 6, 12, 8, 12, 3, 1, 1, 35, 35, 24, 22, 23, 22, 0]),
    ("test44, **blind** (b8619c7)", [7, 7, 7, 7, 12, 10, 14, 14, 12, 8, 7, 6, 34, 33, 31, 26, 27, 26, 0]),
    ("test45, **blind** (1f9de85)", [4, 4, 4, 4, 11, 11, 14, 14, 12, 6, 3, 3, 35, 34, 24, 20, 20, 20, 1]),
    ("test46, **blind** (1f9de85)", [5, 4, 5, 4, 8, 7, 13, 9, 12, 4, 3, 2, 31, 28, 25, 21, 23, 21, 0]),
    ("test47, **blind** (1f9de85)", [5, 5, 5, 5, 6, 6, 10, 9, 12, 6, 5, 4, 35, 35, 25, 24, 24, 24, 0]),
    ("test48, **blind** (4f7e655)", [8, 8, 9, 9, 8, 8, 11, 11, 12, 8, 5, 4, 44, 43, 16, 15, 17, 15, 0]),
    ("test49, **blind** (4f7e655)", [18, 17, 17, 17, 3, 1, 2, 1, 12, 6, 8, 5, 35, 27, 16, 14, 16, 14, 0]),
    ("test50, **blind** (4f7e655)", [10, 7, 7, 7, 4, 4, 6, 5, 12, 3, 3, 3, 29, 27, 25, 25, 25, 25, 0]),
    ("test51, **blind** (e2ca0c0)", [4, 4, 5, 5, 11, 4, 4, 3, 12, 7, 3, 3, 22, 20, 28, 24, 25, 24, 0]),
    ("test52, **blind** (e2ca0c0)", [8, 8, 11, 10, 3, 3, 8, 7, 12, 5, 2, 0, 31, 30, 22, 21, 21, 21, 2]),
    ("test53, **blind** (e2ca0c0)", [8, 8, 8, 8, 3, 3, 10, 8, 12, 5, 5, 4, 44, 36, 24, 22, 22, 22, 1]),
    ("test54, **blind** (a211046)", [9, 8, 11, 9, 7, 5, 10, 7, 12, 4, 2, 2, 42, 39, 25, 24, 26, 24, 0]),
    ("test55, **blind** (a211046)", [6, 3, 3, 3, 5, 3, 3, 3, 12, 7, 5, 4, 20, 13, 23, 21, 24, 21, 1]),
    ("test56, **blind** (a211046)", [10, 8, 9, 8, 6, 5, 7, 6, 12, 4, 5, 2, 30, 21, 21, 17, 19, 17, 0]),
    ("test57, **blind** (aca58ec)", [7, 7, 9, 7, 11, 10, 14, 11, 12, 6, 2, 2, 30, 28, 25, 20, 22, 20, 4]),
    ("test58, **blind** (aca58ec)", [7, 6, 6, 6, 9, 9, 13, 12, 12, 5, 4, 4, 34, 32, 21, 20, 20, 20, 1]),
    ("test59, **blind** (aca58ec)", [5, 4, 6, 5, 6, 4, 7, 7, 12, 6, 5, 5, 28, 28, 18, 17, 17, 17, 0]),
    ("test60, **blind** (b8056f6)", [5, 5, 10, 6, 8, 6, 13, 11, 12, 5, 4, 3, 36, 35, 22, 18, 20, 18, 6]),
    ("test61, **blind** (b8056f6)", [4, 4, 4, 4, 8, 6, 7, 7, 12, 7, 6, 5, 31, 30, 26, 24, 24, 24, 0]),
    ("test62, **blind** (b8056f6)", [4, 4, 4, 4, 7, 4, 9, 6, 12, 7, 9, 7, 31, 30, 21, 21, 21, 21, 0]),
    ("test63, **blind** (28d64ba)", [8, 7, 9, 7, 5, 4, 7, 5, 12, 10, 7, 6, 37, 36, 19, 15, 18, 15, 1]),
    ("test64, **blind** (28d64ba)", [6, 6, 6, 6, 9, 9, 17, 14, 12, 5, 3, 3, 32, 25, 27, 22, 26, 22, 1]),
    ("test65, **blind** (28d64ba)", [7, 6, 7, 6, 4, 2, 6, 3, 12, 6, 1, 1, 32, 30, 30, 27, 28, 27, 0]),
    ("test66, **blind** (03e40d0)", [8, 8, 8, 8, 4, 4, 10, 6, 12, 9, 5, 5, 37, 33, 25, 25, 25, 25, 0]),
    ("test67, **blind** (03e40d0)", [6, 6, 8, 8, 14, 14, 17, 17, 12, 8, 4, 4, 38, 36, 20, 19, 19, 19, 0]),
    ("test68, **blind** (03e40d0)", [6, 5, 5, 5, 5, 4, 8, 7, 12, 8, 5, 4, 35, 33, 23, 20, 24, 20, 2]),
    ("test69, **blind** (70b08d9)", [1, 1, 1, 1, 10, 8, 15, 11, 12, 8, 3, 3, 37, 22, 26, 20, 24, 20, 0]),
    ("test70, **blind** (70b08d9)", [11, 11, 11, 11, 9, 9, 14, 10, 12, 6, 6, 3, 43, 41, 19, 17, 17, 17, 1]),
    ("test71, **blind** (70b08d9)", [11, 11, 11, 11, 7, 6, 9, 5, 12, 8, 6, 4, 37, 32, 24, 21, 23, 21, 0]),
    ("test72, **blind** (dcd0406)", [9, 9, 9, 9, 4, 4, 7, 5, 12, 8, 5, 5, 30, 26, 20, 18, 19, 18, 0]),
    ("test73, **blind** (dcd0406)", [6, 6, 7, 7, 9, 8, 12, 9, 12, 7, 6, 6, 38, 38, 30, 28, 30, 28, 0]),
    ("test74, **blind** (dcd0406)", [5, 4, 5, 4, 6, 4, 6, 5, 11, 4, 3, 2, 25, 18, 22, 22, 23, 22, 0]),
    ("test75, **blind** (a137839)", [6, 6, 7, 7, 6, 6, 12, 11, 12, 7, 4, 3, 27, 22, 18, 17, 19, 17, 1]),
    ("test76, **blind** (a137839)", [2, 2, 2, 2, 8, 7, 12, 10, 12, 9, 4, 4, 23, 23, 25, 24, 24, 24, 0]),
    ("test77, **blind** (a137839)", [2, 2, 2, 2, 7, 6, 12, 8, 12, 3, 4, 2, 34, 33, 36, 26, 30, 26, 0]),
    ("test78, **blind** (ba6bf51)", [4, 4, 7, 4, 9, 8, 15, 12, 11, 3, 2, 2, 27, 27, 17, 15, 17, 15, 2]),
    ("test79, **blind** (ba6bf51)", [10, 10, 10, 10, 7, 7, 13, 12, 12, 8, 6, 5, 42, 41, 26, 24, 26, 24, 1]),
    ("test80, **blind** (ba6bf51)", [3, 3, 3, 3, 3, 3, 5, 5, 9, 6, 4, 4, 17, 16, 17, 17, 17, 17, 0]),
    ("test81, **blind** (ee0346a)", [5, 5, 5, 5, 2, 2, 2, 2, 10, 5, 2, 2, 22, 22, 24, 20, 21, 20, 0]),
    ("test82, **blind** (ee0346a)", [4, 4, 4, 4, 4, 4, 8, 8, 10, 6, 8, 6, 28, 27, 18, 15, 17, 16, 1]),
    ("test83, **blind** (ee0346a)", [7, 7, 9, 9, 5, 4, 5, 4, 10, 4, 2, 0, 30, 29, 18, 15, 16, 15, 1]),
    ("test84, **blind** (f82618f)", [5, 5, 5, 5, 6, 5, 9, 6, 10, 3, 3, 3, 26, 25, 24, 21, 23, 21, 0]),
    ("test85, **blind** (f82618f)", [14, 12, 16, 14, 2, 2, 2, 2, 10, 7, 6, 6, 25, 24, 13, 11, 13, 11, 0]),
    ("test86, **blind** (f82618f)", [5, 5, 6, 5, 6, 6, 8, 8, 10, 6, 3, 3, 21, 18, 18, 16, 17, 16, 0]),
    ("test87, **blind** (dc24c87)", [7, 7, 8, 8, 5, 4, 6, 6, 10, 2, 1, 0, 18, 14, 22, 20, 22, 20, 0]),
    ("test88, **blind** (dc24c87)", [10, 8, 9, 9, 8, 6, 7, 7, 10, 3, 1, 1, 21, 19, 18, 18, 18, 18, 0]),
    ("test89, **blind** (dc24c87)", [7, 7, 8, 8, 9, 9, 8, 6, 10, 4, 3, 3, 29, 26, 22, 19, 20, 19, 0]),
    ("test90, **blind** (8a300fa)", [4, 4, 5, 5, 3, 3, 3, 3, 7, 4, 1, 1, 14, 14, 15, 13, 14, 13, 0]),
    ("test91, **blind** (8a300fa)", [7, 7, 9, 9, 9, 7, 6, 6, 10, 1, 1, 1, 25, 23, 24, 22, 22, 22, 0]),
    ("test92, **blind** (8a300fa)", [5, 5, 5, 5, 5, 2, 2, 2, 10, 6, 3, 3, 16, 12, 14, 11, 15, 11, 0]),
    ("test93, **blind** (391700c)", [5, 5, 5, 5, 1, 1, 2, 1, 10, 4, 2, 2, 19, 19, 23, 20, 24, 20, 0]),
    ("test94, **blind** (391700c)", [8, 8, 9, 9, 4, 4, 7, 5, 10, 3, 1, 1, 30, 29, 16, 16, 16, 16, 0]),
    ("test95, **blind** (391700c)", [4, 3, 4, 3, 1, 1, 2, 1, 6, 2, 0, 0, 12, 9, 5, 5, 5, 5, 0]),
    ("test96, **blind** (143131f)", [6, 6, 7, 7, 8, 6, 7, 7, 10, 3, 2, 2, 23, 23, 16, 16, 17, 16, 0]),
    ("test97, **blind** (143131f)", [9, 9, 11, 11, 2, 1, 3, 2, 8, 5, 4, 4, 25, 25, 10, 9, 9, 9, 1]),
    ("test98, **blind** (143131f)", [4, 4, 4, 4, 1, 1, 4, 1, 9, 6, 1, 1, 21, 21, 11, 11, 11, 11, 1]),
    ("test99, **blind** (12518f2)", [2, 2, 3, 2, 7, 7, 10, 9, 10, 5, 4, 4, 21, 21, 21, 16, 19, 16, 0]),
    ("test100, **blind** (12518f2)", [11, 11, 14, 13, 9, 7, 14, 9, 10, 3, 3, 1, 35, 31, 17, 13, 13, 13, 0]),
    ("test101, **blind** (12518f2)", [0, 0, 0, 0, 8, 6, 8, 6, 10, 6, 4, 4, 22, 11, 18, 16, 17, 16, 0]),
    ("test102, **blind** (1378362)", [0, 0, 0, 0, 5, 5, 6, 6, 10, 6, 0, 0, 12, 12, 23, 21, 22, 21, 0]),
    ("test103, **blind** (1378362)", [1, 1, 3, 1, 9, 9, 13, 11, 10, 3, 2, 2, 29, 26, 21, 20, 22, 20, 0]),
    ("test104, **blind** (1378362)", [0, 0, 0, 0, 14, 14, 19, 17, 10, 6, 1, 1, 30, 29, 18, 16, 18, 16, 1]),
    ("test105, **blind** (b56523a)", [4, 3, 3, 3, 3, 1, 1, 1, 6, 4, 2, 2, 15, 12, 8, 8, 8, 8, 0]),
    ("test106, **blind** (b56523a)", [2, 2, 2, 2, 25, 23, 17, 13, 10, 5, 4, 4, 28, 26, 22, 18, 18, 18, 0]),
    ("test107, **blind** (b56523a)", [3, 3, 4, 4, 6, 5, 8, 7, 10, 3, 1, 1, 22, 18, 19, 16, 17, 16, 0]),
    ("test108, **blind** (cb2058c)", [6, 6, 6, 6, 6, 6, 8, 7, 10, 3, 3, 3, 25, 18, 26, 19, 22, 19, 0]),
    ("test109, **blind** (cb2058c)", [9, 8, 8, 8, 6, 5, 8, 7, 10, 4, 2, 2, 30, 30, 13, 12, 14, 12, 0]),
    ("test110, **blind** (cb2058c)", [1, 1, 1, 1, 2, 2, 2, 2, 6, 1, 1, 1, 10, 8, 14, 13, 14, 13, 0]),
    ("test111, **blind** (cb4d474)", [1, 1, 1, 1, 0, 0, 0, 0, 8, 5, 2, 2, 9, 9, 18, 16, 18, 16, 0]),
    ("test112, **blind** (cb4d474)", [12, 12, 13, 13, 5, 5, 3, 2, 6, 5, 2, 2, 26, 24, 13, 10, 11, 10, 0]),
    ("test113, **blind** (cb4d474)", [4, 4, 5, 4, 4, 4, 7, 6, 8, 3, 3, 3, 19, 19, 14, 11, 11, 11, 1]),
    ("test114, **blind** (7eb08fc)", [7, 7, 7, 7, 8, 8, 11, 11, 10, 4, 3, 3, 27, 24, 18, 16, 17, 16, 0]),
    ("test115, **blind** (7eb08fc)", [12, 11, 14, 13, 7, 6, 7, 6, 10, 1, 1, 0, 33, 27, 16, 13, 15, 13, 2]),
    ("test116, **blind** (7eb08fc)", [8, 8, 8, 8, 4, 3, 7, 3, 10, 6, 5, 4, 27, 24, 14, 14, 14, 14, 0]),
    ("test117, **blind** (862cc1b)", [13, 13, 16, 16, 3, 3, 8, 6, 10, 3, 1, 1, 31, 31, 18, 16, 17, 16, 0]),
    ("test118, **blind** (862cc1b)", [19, 19, 21, 21, 4, 4, 9, 8, 10, 6, 3, 3, 39, 36, 16, 15, 15, 15, 0]),
    ("test119, **blind** (862cc1b)", [6, 6, 7, 7, 9, 8, 9, 9, 10, 2, 1, 1, 23, 23, 15, 11, 12, 11, 0]),
    ("test120, **blind** (95ea761)", [15, 15, 17, 16, 6, 6, 11, 10, 10, 1, 1, 1, 38, 38, 15, 14, 16, 14, 0]),
    ("test121, **blind** (95ea761)", [13, 12, 12, 12, 4, 4, 8, 5, 10, 3, 2, 2, 31, 27, 15, 15, 15, 15, 0]),
    ("test122, **blind** (95ea761)", [9, 9, 10, 10, 2, 2, 3, 2, 10, 6, 5, 5, 22, 19, 16, 16, 16, 16, 0]),
    ("test123, **blind** (95ea761)", [16, 15, 17, 17, 0, 0, 0, 0, 10, 2, 4, 2, 25, 21, 17, 15, 17, 15, 0]),
    ("test124, **blind** (95ea761)", [7, 7, 7, 7, 9, 9, 10, 10, 10, 4, 2, 2, 30, 27, 22, 18, 19, 18, 0]),
    ("test125, **blind** (95ea761)", [5, 4, 4, 4, 2, 2, 2, 2, 10, 10, 6, 6, 19, 17, 21, 21, 21, 21, 0]),
    ("test126, **blind** (fff8fa3)", [4, 4, 4, 4, 1, 0, 1, 0, 10, 5, 3, 3, 13, 12, 18, 16, 18, 16, 0]),
    ("test127, **blind** (fff8fa3)", [7, 7, 7, 7, 5, 4, 5, 5, 10, 7, 2, 2, 21, 20, 17, 15, 16, 15, 1]),
    ("test128, **blind** (fff8fa3)", [4, 4, 5, 5, 6, 5, 12, 11, 10, 3, 4, 3, 27, 25, 27, 26, 26, 26, 0]),
    ("test129, **blind** (e1c73ad)", [12, 12, 17, 17, 3, 3, 7, 6, 10, 5, 4, 4, 27, 21, 16, 13, 16, 13, 0]),
    ("test130, **blind** (e1c73ad)", [20, 19, 21, 21, 2, 2, 6, 3, 10, 5, 5, 3, 32, 28, 14, 12, 12, 12, 0]),
    ("test131, **blind** (e1c73ad)", [12, 10, 11, 11, 4, 4, 5, 5, 10, 1, 0, 0, 21, 18, 21, 18, 19, 18, 0]),
    ("test132, **blind** (a40ba67)", [6, 6, 6, 6, 3, 3, 5, 4, 10, 4, 2, 1, 19, 19, 24, 23, 23, 23, 1]),
    ("test133, **blind** (a40ba67)", [7, 7, 9, 9, 9, 8, 12, 11, 10, 4, 2, 2, 35, 32, 16, 15, 16, 15, 1]),
    ("test134, **blind** (a40ba67)", [5, 5, 5, 5, 0, 0, 0, 0, 8, 2, 1, 0, 19, 18, 13, 13, 13, 13, 0]),
    ("test135, **blind** (88a6b03)", [7, 6, 6, 6, 2, 1, 2, 1, 9, 6, 4, 4, 25, 19, 12, 11, 12, 11, 0]),
    ("test136, **blind** (88a6b03)", [1, 1, 1, 1, 2, 1, 3, 3, 8, 0, 1, 0, 6, 6, 14, 10, 11, 10, 0]),
    ("test137, **blind** (88a6b03)", [3, 3, 3, 3, 2, 2, 3, 2, 10, 4, 2, 2, 18, 16, 18, 15, 16, 15, 0]),
    ("test138, **blind** (88a6b03)", [3, 3, 3, 3, 3, 3, 7, 6, 9, 3, 2, 1, 19, 17, 14, 14, 16, 14, 0]),
    ("test139, **blind** (88a6b03)", [10, 10, 11, 11, 3, 3, 6, 4, 10, 3, 2, 2, 28, 26, 17, 15, 15, 15, 0]),
    ("test140, **blind** (88a6b03)", [0, 0, 0, 0, 0, 0, 0, 0, 8, 5, 3, 3, 16, 15, 16, 16, 16, 16, 0]),
    ("test141, **blind** (04a1023)", [3, 3, 3, 3, 4, 4, 5, 5, 10, 5, 5, 4, 21, 17, 15, 11, 12, 11, 1]),
    ("test142, **blind** (04a1023)", [0, 0, 0, 0, 0, 0, 0, 0, 2, 1, 0, 0, 2, 0, 3, 2, 2, 2, 0]),
    ("test143, **blind** (04a1023)", [2, 2, 2, 2, 2, 2, 3, 2, 10, 2, 1, 1, 19, 16, 14, 12, 14, 12, 0]),
    ("test144, **blind** (04a1023)", [7, 5, 6, 6, 1, 1, 2, 1, 10, 5, 2, 2, 22, 21, 19, 18, 18, 18, 0]),
    ("test145, **blind** (04a1023)", [9, 8, 9, 9, 1, 1, 2, 1, 8, 4, 3, 3, 18, 18, 15, 15, 15, 15, 1]),
    ("test146, **blind** (04a1023)", [3, 3, 3, 3, 4, 1, 1, 1, 10, 1, 2, 1, 9, 8, 21, 19, 20, 20, 0]),
    ("test147, **blind** (697e3b9)", [0, 0, 0, 0, 4, 4, 4, 4, 9, 6, 1, 1, 18, 18, 19, 17, 19, 17, 0]),
    ("test148, **blind** (697e3b9)", [0, 0, 0, 0, 2, 2, 2, 2, 4, 2, 2, 2, 10, 10, 7, 7, 7, 7, 0]),
    ("test149, **blind** (697e3b9)", [2, 2, 3, 3, 1, 1, 3, 2, 6, 2, 2, 1, 12, 12, 9, 9, 9, 9, 0]),
    ("test150, **blind** (697e3b9)", [12, 11, 12, 12, 4, 2, 4, 3, 10, 6, 4, 4, 26, 24, 12, 11, 12, 11, 0]),
    ("test151, **blind** (697e3b9)", [3, 3, 4, 4, 0, 0, 1, 0, 8, 5, 3, 3, 16, 14, 11, 8, 12, 8, 0]),
    ("test152, **blind** (697e3b9)", [7, 6, 6, 6, 0, 0, 1, 0, 8, 3, 2, 2, 19, 10, 18, 15, 17, 16, 0]),
]


def _row(v: list[int]) -> list[str]:
    pct = lambda a, b: f"{100 * a / b:.0f}%" if b else "—"  # noqa: E731
    return [f"{pct(v[1], v[0])} / {pct(v[3], v[2])}", f"{pct(v[5], v[4])} / {pct(v[7], v[6])}",
            f"{pct(v[9], v[8])}", f"{pct(v[11], v[10])}", f"{pct(v[13], v[12])}",
            f"{pct(v[15], v[14])} / {pct(v[17], v[16])}", str(v[18])]


def _pooled(rows: list[list[int]]) -> str:
    """The cells of a table row for several runs summed."""
    return " | ".join(_row([sum(x) for x in zip(*rows)]))


def _flat(t: dict[str, Tally]) -> list[int]:
    out = []
    for m in ("money", "documents"):
        out += [t[m].gold, t[m].found, t[m].proposed, t[m].right]
    for m in ("publication year", "publication year (shown in text)"):
        out += [t[m].gold, t[m].found]
    out += [t["parties"].proposed, t["parties"].right]
    out += [t["people"].gold, t["people"].found, t["people"].proposed, t["people"].right]
    out.append(t["junk proposed"].proposed)
    return out


def section() -> list[str]:
    current = {name: score_set(name) for name in SETS}
    lines = [
        "## Real news from other outlets and country pairs (held out)",
        "",
        "`tests/gold/news/`: excerpts of real news pages (Russian and Kazakh; Kazinform, Sputnik, TASS, kursiv,",
        "kloop, Radio Prague, УзТАГ, Fergana, Khabar and others; pairs such as China–Kyrgyzstan, Uzbekistan–Turkey,",
        "Czechia–China, Serbia–Hungary, Armenia–Iran), taken from a stored public page index with their provenance",
        "(`tests/gold/news/PROVENANCE.md`) and annotated by hand (`tests/gold/news-*.yaml`) by helpers who had not",
        "read the rules, before any run. Each article is extracted as into a new dossier: parties guessed from it,",
        "year proposed from it (`scripts/news_eval.py` says how each measure is counted). Parties are judged on the",
        "candidates whose sentence holds a gold fact, person candidates left out (a person's party is the state",
        "they serve). Publication year: over all articles, and over those whose text shows the year; for the others",
        "the tool proposes nothing and `extract` asks for `--date` (a year it cannot see is not guessed).",
        "",
        "How the sets were used, in order: `dev` (12 articles) was scored with the issue's first rules and its",
        "misses fixed as general rules; `test` (12) was scored once, blind, then its misses read and fixed; `test2`",
        "(16, collected later) was scored once, blind, then its misses read and fixed; so were `test3`, `test4`,",
        "`test5`, `test6`, `test7` (16 each), `test8` (15), `test9`, `test10`, `test11` (16 each), `test12` to",
        "`test17` (20 each), in turn. From `test18` on, three helpers collected three sets side by side (a round),",
        "which were scored once, blind, with the same rules; the misses of a round were then fixed before the next:",
        "`test18`–`test20`, `test21`–`test23`, `test24`–`test26`, `test27`–`test29` (20 each), and `test30` (20),",
        "`test31` (11) and `test32` (5; the last two collected short of time), and `test33` (9), `test34` (12) and",
        "`test35` (10; asked for 12 each, collected short of time); at the next stop `test36`–`test38`,",
        "`test39`–`test41`, `test42`–`test44`, `test45`–`test47` and `test48`–`test50`, and at the stop after it",
        "`test51`–`test53` and `test54`–`test56` (12 each; the index had few Kazakh pages left, so most of these are",
        "Russian; the six sets were collected side by side, the second three kept unread and scored after the first",
        "three's misses were fixed), then `test57`–`test59`, `test60`–`test62` and `test63`–`test65` (12 each, each round collected after the fixes of",
        "the one before), and at the stop after that `test66`–`test68` (12 each, all Russian: the index had no",
        "Kazakh page left on an event new to the corpus), `test69`–`test71` (12 each, 5 of them Kazakh) and",
        "`test72`–`test74` (12, 12 and 11; one Kazakh), `test75`–`test77` (12 each, three Kazakh) and",
        "`test78`–`test80` (11, 12 and 9, three Kazakh; the index is nearly out of new events) and `test81`–`test83`",
        "(10 each, two Kazakh), and at the stop after that `test84`–`test86` (10 each, one Kazakh) `test87`–`test89` (10 each, two Kazakh) `test90`–`test92` (7, 10 and 10, two Kazakh) and `test93`–`test95` (10, 10 and 6, two Kazakh; the index is all but out of new events from outlets not used before), and at the stop after that `test96`–`test98` (10, 8 and 9), `test99`–`test101` (10 each), `test102`–`test104` (10 each), `test105`–`test107` (6, 10 and 10) `test108`–`test110` (10, 10 and 6) and `test111`–`test113` (8, 6 and 8; 13 Kazakh texts in all, at most half of each set from outlets used before but for `test111` and `test113`, most asked to carry a signed document), and at the stop after that `test114`–`test116`, `test117`–`test119`, `test120`–`test122` with `test123`–`test125` (two rounds collected side by side and scored with the same rules), `test126`–`test128`, `test129`–`test131` and `test132`–`test134` (10 each but 8 in `test134`, 31 Kazakh in all, outlets of earlier sets allowed for events new to the corpus), each round collected while the misses of the one before were fixed and scored",
        "once with those fixes. The run on `test31` first stopped on",
        "a 42-digit identifier that overflowed the number reader; it was scored again with that one fix (12d155e),",
        "which changed no rule. A row marked blind is the one run of rules that had never seen that set; every later",
        "row on it is no longer blind. Every row is the rules of its commit scored with the measures of",
        "`scripts/news_eval.py` as they stand (they were refined during the issue: a count of signed documents counts",
        "as a document, as the gold lists it; parties compare the states among a candidate's parties; a post shorter",
        "than the gold's is no longer right, and a Kazakh post is matched by the roots of its words — every row was",
        "scored again from its commit then).",
        "",
        "| run | money R / P | documents R / P | year (all) | year (shown) | parties | people R / P | junk proposed |",
        "|---|---|---|---|---|---|---|---:|",
    ]
    recorded = [("dev, rules before issue 13", _BASELINE["dev"]), ("dev, first run of this issue's rules", _FIRST_DEV),
                ("test, rules before issue 13", _BASELINE["test"]), ("test, **blind** (1079ed4)", _FIRST_TEST),
                ("test2, rules before issue 13", _BASELINE["test2"]), ("test2, **blind** (190dd30)", _BLIND_TEST2)]
    for label, values in _LATER_BLIND:      # each later set: the rules before the issue, then its blind run
        name = label.split(",")[0]
        recorded += [(f"{name}, rules before issue 13", _BASELINE[name]), (label, values)]
    for label, values in recorded:
        lines.append(f"| {label} | " + " | ".join(_row(values)) + " |")
    # the blind runs summed: every set's one run on text its rules had not seen, and the last round alone
    blind = [v for label, v in recorded if "**blind**" in label]
    lines.append(f"| every blind run pooled ({len(blind)} sets) | {_pooled(blind)} |")
    rounds: dict[str, list] = {}        # sets scored side by side with the same rules: one round
    for label, values in _LATER_BLIND:
        rounds.setdefault(label.split(" ")[-1].strip("()"), []).append((label.split(",")[0], values))
    for commit, sets in rounds.items():
        if len(sets) > 1:
            lines.append(f"| round pooled: {', '.join(n for n, _ in sets)} (rules of {commit}) | "
                         f"{_pooled([v for _, v in sets])} |")
    # the rounds since a post said by a periphrasis and a region's state were read (test39 on), pooled
    since = [v for label, v in _LATER_BLIND if int(label.split(",")[0][4:]) >= 39]
    lines.append(f"| rounds from test39 on pooled ({len(since)} sets) | {_pooled(since)} |")
    for name in SETS:
        lines.append(f"| {name}, current | " + " | ".join(_row(_flat(current[name]))) + " |")
    lines += [
        "",
        "Targets (issue 13) on unseen text: money recall and precision ≥ 90%, signed documents recall ≥ 90%,",
        "publication year ≥ 90%, parties ≥ 90%, people's names and posts ≥ 90%.",
        "",
        "What the blind rows say (the only rows on text the rules had not seen; 1,794 articles in 152 sets), against",
        "the targets. This stop's three rounds (149 articles, 9 Kazakh, in 18 sets of 2 to 10: the stored index is",
        "all but out of events the corpus does not hold, so most sets are partial and few texts carry sums or",
        "signings): `test135`–`test140` (rules of 88a6b03): money 96% / 100%, documents 83% (10 of 12), year shown",
        "86% (12 of 14: a year told as to come in a figure foreseen, «в 2018 году значительно вырастет», and a year",
        "of results, «по итогам 2017 года»), parties 88% (passages of a Kazakh region's trade naming only the other",
        "state), people 89% / 94% (posts told in another sentence, a post held «занимавший пост», a province read",
        "as a person); `test141`–`test146` (rules of 04a1023): money 88% / 100% (a currency with a capital after",
        "«млн.»), documents 75% (9 of 12: three documents listed after a colon), year shown 85% (11 of 13: an",
        "anniversary's span «(14 ноября 1994 - 2024)»), parties 88% (regions named by a short name: Russia's",
        "Чувашия, Moldova's Гагаузия), people 89% / 96%; `test147`–`test152` (rules of 697e3b9): money 92% / 100%,",
        "documents 82% (9 of 11), year shown 93% (13 of 14), parties 87% (Якутия, Вологодчина not read as Russia's),",
        "people 88% / 89% (a Vietnamese name opening with «Во», a post with an en dash «премьер–министр», «Халк",
        "Маслахаты» read as a person). The three together: money 92% / 100% (66 of 72), documents 80% (28 of 35), year shown 88% (36",
        "of 41), parties 88%, people 89% / 93% (225 of 254) — money only met; the rules each round's misses",
        "called for were added after it (each measured on every corpus text before and after, none losing a right",
        "answer) and the next round was scored once at the new commit.",
        "The seven rounds of the stop before (208 articles, 31 Kazakh; the helpers were let take outlets of earlier",
        "sets freely, each for an event new to the corpus, as the index is all but out of new outlets): `test114`–",
        "`test116` (rules of 7eb08fc): money 96% / 97%, documents 89%, year shown 78% (7 of 9: a list of other news",
        "glued to its dates above the item's stamp, a box of previous news), parties 86% (Kazakh regions and a",
        "headline in capitals not read), people 90% / 93%; `test117`–`test119` (rules of 862cc1b) met every target",
        "but people's recall: money 100% / 100%, documents 94%, year shown 100% (5 of 5), parties 97%, people",
        "86% / 95% (a post for matters, «министра по делам канцелярии Эмира»; a Kazakh sentence read as a caption);",
        "`test120`–`test125` (two rounds scored at once, rules of 95ea761) met every target: money 95% / 99%,",
        "documents 100% (23 of 23), year shown 90% (18 of 20), parties 90%, people 93% / 95%; `test126`–`test128`",
        "(rules of fff8fa3) met every target but documents: money 100% / 100%, documents 75% (9 of 12: a handover",
        "act, a ratified agreement, an agreement told as «беспрецедентное»), year shown 89% (8 of 9), parties 93%,",
        "people 92% / 95%; `test129`–`test131` (rules of e1c73ad): money 93% / 100% (a headline's sum with no",
        "currency, a credit told apart from its sum), documents 100% (9 of 9), year shown 78% (7 of 9), parties",
        "84% (Kazakh «Түркістан облысы» not read as Kazakhstan's, a state named in passing taken as a party),",
        "people 84% / 91% (Kazakh posts joined by «және» or with a field of two words, posts told in another",
        "sentence); `test132`–`test134` (rules of a40ba67; 10, 10 and 8 articles, few with money) met every target",
        "but the year shown: money 100% / 100%, documents 92% (11 of 12), year shown 60% (3 of 5: a date line",
        "glued to an outlet's name, a year read from an event told as past), parties 95%, people 96% / 98%. The",
        "seven together: money 97% / 99%, documents 92% (84 of 91), year shown 84% (48 of 57), parties 91%, people",
        "91% / 95% (335 of 369) — every target met but the year shown.",
        "The six rounds of the stop before (161 articles, 13 Kazakh): `test96`–`test98` (rules of 143131f)",
        "met every target but signed documents: money 100% / 100%, documents 73% (8 of 11: an agreement told as",
        "«утверждено», a bare «соглашение было подписано», a Kazakh «келісім жасалды»), year shown 100% (7 of 7),",
        "parties 100%, people 97% / 97%; `test99`–`test101` (rules of 12518f2): money 100% / 88% («COP14» read as",
        "pesos), documents 83%, year shown 82% (9 of 11), parties 81% (cities of other states, «Южной Америки» read",
        "as the United States, languages read as states), people 80% / 92% (Kazakh «мемлекет басшысы», Arab names",
        "with «әл-», a Portuguese «душ», a ministry's fields listed with commas); `test102`–`test104` (rules of",
        "1378362) met every target but money precision: money 100% / 33% (one sum, and «COP29» read as pesos",
        "twice), documents 100% (28 of 28), year shown 100% (3 of 3), parties 94%, people 92% / 92%;",
        "`test105`–`test107` (rules of b56523a): money 89% / 100%, documents 85% (decrees, two documents named by",
        "their companies), year shown 100% (7 of 7), parties 86%, people 86% / 98% (posts told in another sentence);",
        "`test108`–`test110` (rules of cb2058c): money 94% / 100%, documents 93%, year shown 100% (6 of 6), parties",
        "86% (a city's state unknown: Ставрополь, Южно-Сахалинск), people 83% / 88% (posts set off after the names,",
        "signers named in another sentence); `test111`–`test113` (rules of cb4d474) met every target but people's",
        "recall: money 100% / 95%, documents 100% (9 of 9), year shown 100% (7 of 7), parties 96%, people 82% / 92%",
        "(a rank nearest the name taken for the post, an emir's honorific, posts joined by a dash). The six",
        "together: money 97% / 94%, documents 89%, year shown 95% (39 of 41), parties 90%, people 86% / 93%.",
        "Documents are a point under the target and people's recall four: the misses left are mostly posts and",
        "states the text gives in another sentence, cities the registries do not list, and documents an annotator",
        "counts that the text tells only as approved or decreed.",
        "The four rounds of the stop before (113 articles, seven Kazakh): `test84`–`test86` (rules of f82618f,",
        "which reads a date line in any form that is no sentence): money 92% / 89% (a sum told in billions and",
        "millions read as two, a currency code found in a site's name), signed documents 93%, year shown 100% (12",
        "of 12), parties 93%, people 87% / 91%; `test87`–`test89` (rules of dc24c87, with the first round's misses",
        "fixed): money 92% / 100%, documents 86%, year shown 80% (4 of 5), parties 87% (states named by words that",
        "are common nouns too, «Мали», «Гана»), people 92% / 95%; `test90`–`test92` (rules of 8a300fa; 7, 10 and",
        "10 articles): money 100% / 100%, documents 71% (contracts told by their value or as «первый контракт», a",
        "decree signed, an agreement approved by a committee), year shown 100% (5 of 5), parties 89%, people",
        "87% / 90%; `test93`–`test95` (rules of 391700c; 10, 10 and 6 articles) met every target: money 94% / 94%,",
        "documents 100%, year shown 100% (3 of 3), parties 93%, people 93% / 91%. The four together: money",
        "94% / 96%, documents 85%, year shown 96% (24 of 25), parties 91%, people 90% / 92%.",
        "The six rounds of the stop before (rules of 03e40d0, 70b08d9, dcd0406, a137839,",
        "ba6bf51, ee0346a): `test66`–`test68` met every target (money 95% / 100%, signed documents 96%, year shown",
        "93%, parties 93%, people 94% / 94%); `test69`–`test71` met it for money (100% / 100%) and people's",
        "precision only (documents 88%, year shown 67%, parties 81%, people 84% / 91%: six of its texts are",
        "Belarusian–Russian news of districts and cities whose state the text never names); `test72`–`test74`",
        "for money (95% / 95%), the year shown (93%) and people (94% / 94%), not for documents (84%) or parties",
        "(88%: «РТ» for Tatarstan read as Tajikistan, Russian places named by a short form); `test75`–`test77`",
        "for money (100% / 100%), documents (90%), parties (93%) and people's precision (92%), not for the year",
        "shown (75%) or people's recall (85%: four delegation heads each named with «руководитель …» after the",
        "name, state advisers, Kazakh posts joined by a dash); `test78`–`test80` for all but money precision",
        "(money 100% / 85%, a new rates widget read as three sums; documents 95%, year shown 92%, parties 98%,",
        "people 93% / 93%); `test81`–`test83` for money (100% / 100%), documents (91%), parties (98%) and",
        "people's precision (94%), not for the year shown (67%, 8 of 12: a rubric before a stamp in slashes, a",
        "two-digit year beside a counter) or people's recall (83%: posts told in another sentence, a name",
        "misspelt in the source, «и. о.»). The 48 sets from `test66` on (479 articles): money 97% / 95%,",
        "documents 89%, year shown 88%, parties 91%, people 88% / 93%. Pooled over the rounds from `test39` on",
        "(75 sets, 803 articles): money 94% / 94%, signed documents 86%, year shown 85%, parties 91%, people",
        "89% / 93%; over every blind run: money 95% / 96%, documents 83%, year shown 82%, parties 90%, people",
        "86% / 92%. Signed documents miss the target pooled from `test39` on (59–100% round by round) though",
        "they met it over the 21 sets from `test66` to `test86`: the earlier rounds brought ways of telling a signing",
        "the rules did not read, and whether a package whose documents are listed, a ratification or an",
        "approval, or a signing of the year before counts is read differently by different annotators. The",
        "publication year, on the articles that show it, met the target in eight of the last fifteen rounds",
        "(67–100%): date lines kept coming in new forms (this stop's rule reads a date in any form on a line",
        "that is no sentence; its first round was 12 of 12), a year shown only in a sentence about its first",
        "months or as an anniversary is not read, and a site clock above the item's own stamp is sometimes taken",
        "first; since the reader of any date line (f82618f) it was right in 63 of 66. People's recall stays a",
        "point or a few under the target: a post the annotators read from another sentence or a caption is not",
        "taken. So the targets are met pooled for money and parties; over the 39 sets of the last two stops",
        "(`test114` on: money 95% / 99%, documents 89%, year shown 86%, parties 90%, people 90% / 94%) for money,",
        "parties and people, a point under for documents; over the 87 sets from `test66` on for money (96% / 97%)",
        "and parties (90%), not for documents (89%), the year shown (87%) or people's recall (89%); and pooled from",
        "`test39` on (114 sets, 1,160 articles: money 95% / 96%, documents 87%, year shown 85%, parties 91%, people",
        "89% / 94%) not for documents, the year or people's recall.",
        "",
        "",
    ]
    for name in SETS:
        lines += [f"Current, {name} set:", ""] + table(current[name]) + [""]
    return lines
