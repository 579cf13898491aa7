"""People with their posts on factRuEval-2016 (devset and testset): the measures and their report section, kept
apart from scripts/evaluate.py so that other sections can be added there without touching this one.

The gold: each `Occupation` fact names its person (`Who`, an entity of `*.coref`, whose mentions are objects of
`*.objects` built from spans of `*.spans`) and, when the text says it, the post (`Position` in the devset, `Job`
in the testset: one span or several alternative spans, as written, in any case). The normalised name of the
person is in `*.coref` (firstname, lastname, patronymic, nickname), in the nominative.

A candidate of the `person` rule is read against the gold person whose mention its name overlaps:
- name right: every word of the candidate's name is one of the gold normalised names (an initial «А.» matches
  a first name or patronymic), and the surname (or, for a person known by one name, that name) is among them:
  a name left in an oblique case or given the wrong gender is wrong;
- post right: the lemmas of the content words of one of the person's gold posts all occur in the candidate's
  post, and the post's head word is written in the nominative (a post cut short, or left «министра», is wrong);
- post of another person: the post is wrong for this person but right for another gold person of the same
  sentence (a post bound to the wrong name).
"""
from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path

SETS = ("devset", "testset")


@dataclass
class Entity:
    mentions: list = field(default_factory=list)      # (start, end) of each Person mention
    names: dict = field(default_factory=lambda: defaultdict(set))   # key -> lower-case words


@dataclass
class Book:
    text: str
    entities: dict             # entity id -> Entity
    occupations: list          # (entity id, [(start, end, text) alternatives of the post])


def _norm(w: str) -> str:
    return w.lower().replace("ё", "е")


def read_book(txt: Path) -> Book:
    text = txt.read_text(encoding="utf-8")
    spans = {}
    for line in txt.with_suffix(".spans").read_text(encoding="utf-8").splitlines():
        parts = line.split("#")[0].split()
        if len(parts) >= 4:
            spans[parts[0]] = (int(parts[2]), int(parts[2]) + int(parts[3]))
    objects = {}
    for line in txt.with_suffix(".objects").read_text(encoding="utf-8").splitlines():
        parts = line.split("#")[0].split()
        if len(parts) >= 3:
            found = [spans[s] for s in parts[2:] if s in spans]
            if found:
                objects[parts[0]] = (parts[1], min(s for s, _ in found), max(e for _, e in found))
    entities = {}
    coref = txt.with_suffix(".coref")
    for block in coref.read_text(encoding="utf-8").split("\n\n") if coref.exists() else []:
        lines = block.strip().splitlines()
        if not lines:
            continue
        head = lines[0].split()
        ent = Entity()
        for oid in head[1:]:
            if oid in objects and objects[oid][0] == "Person":
                ent.mentions.append(objects[oid][1:])
        for line in lines[1:]:
            key, _, value = line.strip().partition(" ")
            key = re.sub(r"\d+$", "", key)
            if key in ("firstname", "lastname", "surname", "patronymic", "nickname") and value.strip():
                ent.names["lastname" if key == "surname" else key].update(_norm(w).replace("'", "’") for w in value.split())
        entities[head[0]] = ent
    occupations = []
    facts = txt.with_suffix(".facts")
    for block in facts.read_text(encoding="utf-8").split("\n\n") if facts.exists() else []:
        lines = block.strip().splitlines()
        if not lines or not lines[0].endswith("Occupation"):
            continue
        who, posts = None, []
        for line in lines[1:]:
            key, _, rest = line.strip().partition(" ")
            if key == "Who":
                who = rest.split()[0].removeprefix("obj")
            elif key in ("Position", "Job"):
                for alt in rest.split("|"):
                    sid = alt.split()[0].removeprefix("span") if alt.split() else ""
                    if sid in spans:
                        s, e = spans[sid]
                        posts.append((s, e, text[s:e]))
        occupations.append((who, posts))
    return Book(text, entities, occupations)


# ---------------------------------------------------------------------------------------------- lemmas
_SKIP_POS = {"PREP", "CONJ", "PRCL", "INTJ"}


def _content_lemmas(phrase: str) -> set[str]:
    """Lemmas of the content words of a gold post (first parse; prepositions and conjunctions left out)."""
    from briefing.extract.nlp import parse
    out = set()
    for w in re.findall(r"[^\W\d_]+(?:-[^\W\d_]+)*", phrase):
        p = parse(_norm(w))
        if p.tag.POS in _SKIP_POS or len(w) < 2:
            continue
        out.add(p.normal_form.replace("ё", "е"))
    return out


def _all_lemmas(phrase: str) -> dict[str, set[str]]:
    """Every lemma each word of a candidate's post may have -> the words written with it."""
    from briefing.extract.nlp import morph
    out = defaultdict(set)
    for w in re.findall(r"[^\W\d_]+(?:-[^\W\d_]+)*", phrase):
        low = _norm(w)
        out[low].add(low)
        for part in [low] + (low.split("-") if "-" in low else []):     # «женщина-спикер»: either noun
            for p in morph().parse(part):
                out[p.normal_form.replace("ё", "е")].add(part)
    return out


def _head_lemma(phrase: str) -> str | None:
    from briefing.extract.nlp import parse
    words = re.findall(r"[^\W\d_]+(?:-[^\W\d_]+)*", phrase)
    for w in words:
        p = parse(_norm(w))
        if p.tag.POS == "NOUN":
            return p.normal_form.replace("ё", "е")
    return parse(_norm(words[0])).normal_form.replace("ё", "е") if words else None


def post_matches(gold_post: str, cand_post: str) -> bool:
    """All content lemmas of the gold post in the candidate's post, whose head is in the nominative."""
    need = _content_lemmas(gold_post)
    have = _all_lemmas(cand_post)
    if not need or not need <= set(have):
        return False
    head = _head_lemma(gold_post)
    if head is None or head not in have:
        return True
    from briefing.extract.nlp import morph
    # the word of the candidate's post carrying the gold head: written as its nominative (either number)
    for written in have[head]:
        if any(p.normal_form.replace("ё", "е") == head and p.tag.case == "nomn" for p in morph().parse(written)):
            return True
    return False


def post_overlaps(gold_post: str, cand_post: str) -> bool:
    """The looser match of the earlier table: the gold post's head lemma among the candidate's post lemmas."""
    head = _head_lemma(gold_post)
    return head is not None and head in _all_lemmas(cand_post)


def name_matches(ent: Entity, name: str) -> bool:
    gold = set().union(*ent.names.values()) if ent.names else set()
    if not gold:
        return False
    initials = {w[:1] for k in ("firstname", "patronymic") for w in ent.names.get(k, ())}
    words = [_norm(w).replace("'", "’") for w in re.findall(r"[^\W\d_]+(?:[-’'][^\W\d_]+)*\.?", name)]
    if not words:
        return False
    for w in words:
        if w.endswith(".") and len(w) <= 3:
            if w[0] not in initials:
                return False
        elif w not in gold:
            return False
    key = ent.names.get("lastname") or ent.names.get("firstname") or ent.names.get("nickname") or set()
    return any(w in key for w in words)


# ---------------------------------------------------------------------------------------------- scoring
@dataclass
class PeopleScore:
    gold: int = 0              # Occupation facts with a post
    gold_next: int = 0         # of them, the post written next to a mention of the name
    found_loose: int = 0       # old measure: a word of the name and the head lemma of the post
    found: int = 0             # a candidate on the person, name right and post right
    found_next: int = 0
    proposed: int = 0
    on_gold_person: int = 0    # candidates whose name overlaps a gold Person mention
    with_occupation: int = 0   # … of a person with an Occupation fact with a post
    name_right: int = 0
    post_right: int = 0
    post_other: int = 0        # the post belongs to another person of the sentence
    right: int = 0             # name right and post right
    right_loose: int = 0
    misses: list = field(default_factory=list)
    wrong: list = field(default_factory=list)

    def add(self, o: "PeopleScore") -> None:
        for k, v in o.__dict__.items():
            if isinstance(v, int):
                setattr(self, k, getattr(self, k) + v)
            else:
                getattr(self, k).extend(v)


def _overlap(a, b) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def _sentence_bounds(text: str, pos: int) -> tuple[int, int]:
    a = max(text.rfind(ch, 0, pos) for ch in ".!?\n") + 1
    ends = [i for i in (text.find(ch, pos) for ch in ".!?\n") if i != -1]
    return a, min(ends) if ends else len(text)


def _next_to(text: str, ment, post) -> bool:
    """The post written right before the name (no clause break between) or in apposition right after it."""
    if post[1] <= ment[0]:
        between = text[post[1]:ment[0]]
        return len(between) <= 60 and not re.search(r"[.!?;:,()]", between)
    if ment[1] <= post[0]:
        between = text[ment[1]:post[0]]
        return len(between) <= 30 and re.match(r"^\s*[,(–—]", between) is not None and \
            not re.search(r"[.!?;:]", between)
    return True


def score_book(book: Book, cands: list, lang: str = "ru") -> PeopleScore:
    sc = PeopleScore()
    text = book.text
    occ_by_ent = defaultdict(list)
    for who, posts in book.occupations:
        if who in book.entities and posts:
            occ_by_ent[who].extend(posts)

    def entity_of(anchor):
        best, size = None, 0
        for eid, ent in book.entities.items():
            for m in ent.mentions:
                if _overlap(m, anchor):
                    o = min(m[1], anchor[1]) - max(m[0], anchor[0])
                    if o > size:
                        best, size = eid, o
        return best

    judged = []
    for c in cands:
        name, post = c.person["name"][lang], c.person["post"][lang]
        eid = entity_of(c.anchor)
        ent = book.entities.get(eid)
        sc.proposed += 1
        name_ok = bool(ent) and name_matches(ent, name)
        posts = occ_by_ent.get(eid, [])
        post_ok = any(post_matches(p[2], post) for p in posts)
        loose = any(post_overlaps(p[2], post) for p in posts)
        sc.on_gold_person += ent is not None
        sc.with_occupation += bool(posts)
        sc.name_right += name_ok
        sc.post_right += post_ok
        sc.right += name_ok and post_ok
        sc.right_loose += loose
        if not post_ok and ent is not None:
            lo, hi = _sentence_bounds(text, c.anchor[0])
            for other, oposts in occ_by_ent.items():
                if other == eid or not any(lo <= m[0] < hi for m in book.entities[other].mentions):
                    continue
                if any(post_matches(p[2], post) for p in oposts if lo <= p[0] < hi):
                    sc.post_other += 1
                    break
        if not (name_ok and post_ok):
            gold_names = " ".join(sorted(set().union(*ent.names.values()))) if ent and ent.names else "—"
            gold_posts = " | ".join(sorted({p[2] for p in posts})) or "—"
            sc.wrong.append(f"{name} / {post}   [gold: {gold_names} / {gold_posts}]"
                            f"{'' if name_ok else ' NAME'}{'' if post_ok else ' POST'}")
        judged.append((eid, name_ok, post, c))
    for who, posts in book.occupations:
        ent = book.entities.get(who)
        if not posts or ent is None:
            continue
        sc.gold += 1
        nxt = any(_next_to(text, m, p) for m in ent.mentions for p in posts)
        sc.gold_next += nxt
        ok = any(eid == who and name_ok and any(post_matches(p[2], post) for p in posts)
                 for eid, name_ok, post, _ in judged)
        loose = any(eid == who and any(post_overlaps(p[2], post) for p in posts) for eid, _, post, _ in judged)
        sc.found += ok
        sc.found_next += ok and nxt
        sc.found_loose += loose
        if not ok and nxt:
            names = " ".join(sorted(set().union(*ent.names.values()))) if ent.names else "—"
            sc.misses.append(f"{names} / {' | '.join(p[2] for p in posts)}")
    return sc


def people_scores(root: Path) -> dict[str, tuple[PeopleScore, int]]:
    """Per set found under root (devset, testset): the summed score and the number of texts."""
    from briefing.extract.context import Context
    from briefing.extract.rules_ru import people
    out = {}
    for name in SETS:
        folder = root / name
        if not folder.is_dir():
            continue
        total = PeopleScore()
        books = sorted(folder.glob("book_*.txt"))
        for txt in books:
            book = read_book(txt)
            sc = score_book(book, people(Context(book.text, "ru")))
            sc.wrong = [f"{txt.stem}: {w}" for w in sc.wrong]
            sc.misses = [f"{txt.stem}: {w}" for w in sc.misses]
            total.add(sc)
        out[name] = (total, len(books))
    return out


# ---------------------------------------------------------------------------------------------- report
def _pct(a: int, b: int) -> str:
    return "—" if not b else f"{100 * a / b:.0f}%"


def report_section(scores: dict[str, tuple[PeopleScore, int]], first_run: list[str] = ()) -> list[str]:
    lines = [
        "## People with their posts on factRuEval-2016",
        "",
        "The `person` rule (a natasha person with a post written next to the name) against the `Occupation` facts",
        "of factRuEval-2016 (`scripts/people_eval.py`). The devset is what the rules may be written beside; the",
        "testset is only scored. A candidate is read against the gold person whose mention its name overlaps:",
        "",
        "- *name right*: every word of the name is one of the person's normalised names in `*.coref` (nominative;",
        "  an initial matches a first name or patronymic) and the surname is among them — a name left in an",
        "  oblique case («Жениса Касымбека») or given the wrong gender is wrong;",
        "- *post right*: the lemmas of the content words of one of the person's gold posts all occur in the",
        "  candidate's post, whose head word is written in the nominative — a post cut short («министр» for",
        "  «министр торговли») or left in the case of the sentence («министра») is wrong;",
        "- *post of another*: the post is wrong for this person but right for another person of the sentence;",
        "- *right*: name right and post right. *Loose*: the earlier measure, a candidate on the person whose post",
        "  contains the head lemma of a gold post (any case, the name not checked).",
        "",
        "What the gold counts: one `Occupation` fact per person and post (not per mention), with the organisation",
        "or country (`Where`) apart; facts whose post is not written (only `Who` and `Where`: «работал в театре») are",
        "left out here. It also counts posts said across a clause («…, который возглавляет …»), in the plural for",
        "several people, or past posts — which the rule does not attempt; *next to the name* is the part where a",
        "post span is written right before a mention of the person (no punctuation between, at most 60",
        "characters) or in apposition after it («X, министр …»). What it does not count: it gives no fact for",
        "many people named with a post (the annotation is not exhaustive), so a candidate whose person has no",
        "Occupation fact is counted wrong here though it may be right; *precision where the gold speaks* leaves",
        "those out.",
        "",
        "| set | texts | gold facts | next to the name | found | recall | recall next to the name | loose found |",
        "|---|---:|---:|---:|---:|---:|---:|---:|",
    ]
    for name, (s, n) in scores.items():
        lines.append(f"| {name} | {n} | {s.gold} | {s.gold_next} | {s.found} | {_pct(s.found, s.gold)} | "
                     f"{_pct(s.found_next, s.gold_next)} | {s.found_loose} |")
    lines += [
        "",
        "| set | candidates | on a gold person | with an Occupation | name right | post right | post of another | "
        "right | precision | precision where the gold speaks | loose right |",
        "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|",
    ]
    for name, (s, n) in scores.items():
        lines.append(f"| {name} | {s.proposed} | {s.on_gold_person} | {s.with_occupation} | {s.name_right} "
                     f"({_pct(s.name_right, s.on_gold_person)}) | {s.post_right} | {s.post_other} | {s.right} | "
                     f"{_pct(s.right, s.proposed)} | {_pct(s.right, s.with_occupation)} | {s.right_loose} |")
    lines += ["", "Name right is also given as a share of the candidates on a gold person.", ""]
    lines += list(first_run)
    lines += READING
    return lines


# What reading the candidates the gold does not confirm showed, kept by hand (re-read them when the rules change).
READING = [
    "Read by hand (2026-12-06, rules of the issue-13 people work frozen before this reading): of the testset's 40",
    "candidates the table does not count right, about 20 are right by an ordinary reading — posts the annotation",
    "gives no Occupation fact for (founders, champions, «Народный депутат», «Глава правительства», a minister the",
    "text names), or a gold post the measure misreads («аналитика» read as «analytics») — and about 6 are names the",
    "gold spells otherwise («Филипп»/«Филип», «Франк-Вальтер» split, «Барминый»). About 14 are wrong: a name left",
    "in the instrumental (a guessed reading beat the context), a genitive name after a post that governs it",
    "(«пресс-секретарь Путина», «советник Обамы»: the post is another person's), «премьера» (a first night) or",
    "«посол» read as posts, a post left «вице-премьера», two people joined in one natasha span. That puts the",
    "testset's precision by an ordinary reading near 94% (about 241 of 255), name right 96%; recall of posts",
    "written next to the name 76%, of all Occupation facts with a post 56%.",
    "",
]


# The first run, kept by hand: the rules as they were before issue 13's work on people (commit ede0ab8),
# measured on 2026-12-06 with the measures above, the testset scored for the first time.
FIRST_RUN = [
    "First run (2026-12-06, rules of commit ede0ab8, before any change for issue 13; the testset had not been",
    "run before):",
    "",
    "| set | gold facts | next to the name | found | recall | recall next to the name | candidates | name right | "
    "post right | post of another | right | precision | precision where the gold speaks |",
    "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|",
    "| devset | 194 | 148 | 101 | 52% | 66% | 138 | 125 (91%) | 107 | 1 | 97 | 70% | 87% |",
    "| testset | 403 | 281 | 198 | 49% | 68% | 253 | 235 (93%) | 205 | 10 | 190 | 75% | 84% |",
    "",
]
