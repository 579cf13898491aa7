"""The work of `briefing extract`: sources added, candidates written for review."""
from __future__ import annotations

import os
import shutil
import tempfile
from collections import Counter
from contextlib import contextmanager
from pathlib import Path

from ..errors import ContentError, EnvironmentProblem, UsageError
from ..fsutil import atomic_write, output_lock, write_together
from ..yamlio import read_text
from .reviewing import ReviewFile, dump, plain, review_dir


def _load_sources(dossier_dir: Path) -> list[dict]:
    from ..yamlio import load_file
    path = dossier_dir / "sources.yaml"
    if not path.exists():
        return []
    data, _ = load_file(path, str(path))
    return data if isinstance(data, list) else []


def extract_files(dossier_dir: Path, files: list[Path], date: str | None = None, parties: str | None = None,
                  subject: str | None = None, say=print) -> tuple[list[Path], list[Path]]:
    """Add each file as a source and write its review file; returns (paths written, files refused)."""
    from ..dossier.dates import FuzzyDate
    from .sourcing import read_article

    if date is not None:
        try:
            FuzzyDate.parse(date)
        except ValueError as exc:
            raise UsageError(f"--date: {exc}") from None
    # A batch keeps going: a file that cannot be read is refused in one line, the others are taken (as `cp`).
    articles, unread = [], []
    for f in files:
        try:
            raw, text = read_article(Path(f))
        except ContentError as exc:
            problem = exc.problems[0] if exc.problems else None
            say(f"{f}: refused: {problem.message if problem else exc}")
            unread.append(Path(f))
            continue
        articles.append((Path(f), raw, text))
    if not articles:
        raise ContentError(f"no file could be read ({len(unread)} refused)")
    # What can fail for want of a library fails here, before a new dossier's folder is made.
    from .nlp import natasha, require
    require()
    natasha()
    dossier_dir = Path(dossier_dir)
    if dossier_dir.exists():
        if not (dossier_dir / "dossier.yaml").exists():
            raise UsageError(f"{dossier_dir}: a folder without dossier.yaml is not a dossier")
        written, refused = _extract_into(dossier_dir, articles, date, say)
        return written, _summed(unread + refused, len(files), say)
    with _staged(dossier_dir) as staging:
        written, names = _new_dossier(staging, [t for _, _, t in articles], parties, subject, dossier_dir)
        written_too, refused = _extract_into(staging, articles, date, say)
        if len(refused) == len(articles):
            _summed(unread + refused, len(files), say)
            # no article taken: no new dossier either (the staged folder goes)
            raise ContentError(f"{dossier_dir}: not made: no file could be taken ({len(unread) + len(refused)} refused)")
    say(f"{dossier_dir}: new dossier on {', '.join(names)}")
    return [dossier_dir / path.relative_to(staging) for path in written + written_too], \
        _summed(unread + refused, len(files), say)


def _summed(refused: list[Path], given: int, say) -> list[Path]:
    """The batch's last line when it held more than one file: how many were taken and how many refused."""
    if given > 1:
        say(f"taken {given - len(refused)}, refused {len(refused)}")
    return refused


@contextmanager
def _staged(dossier_dir: Path):
    """A new dossier is made in a hidden folder beside its place and moved there once every article is in, so
    that a failure half-way leaves no half-made dossier (the hidden folder is removed)."""
    try:
        dossier_dir.parent.mkdir(parents=True, exist_ok=True)
        staging = Path(tempfile.mkdtemp(prefix=f".{dossier_dir.name}.", suffix=".new", dir=dossier_dir.parent))
    except OSError as exc:
        raise EnvironmentProblem(f"{dossier_dir}: cannot make the dossier: {exc.strerror or exc}") from None
    try:
        yield staging
        mask = os.umask(0)
        os.umask(mask)
        try:
            staging.chmod(0o777 & ~mask)   # mkdtemp's folder is the owner's alone; a dossier is shared as any other
            os.rename(staging, dossier_dir)   # refused if a dossier appeared there meanwhile (a folder not empty)
        except OSError as exc:
            raise EnvironmentProblem(f"{dossier_dir}: cannot make the dossier: {exc.strerror or exc}") from None
    finally:
        shutil.rmtree(staging, ignore_errors=True)   # nothing left once it is moved


def _extract_into(dossier_dir: Path, articles: list[tuple[Path, bytes, str]], date: str | None, say
                  ) -> tuple[list[Path], list[Path]]:
    written: list[Path] = []
    refused: list[Path] = []
    with output_lock(dossier_dir):
        from ..dossier.load import load_dossier
        # Its facts (for duplicates) and parties: read once, as adding sources and review files changes
        # neither (and each load reads every source text again)
        dossier, _ = load_dossier(dossier_dir)
        for path, raw, text in articles:
            out = _extract_one(dossier_dir, dossier, path, raw, text, date, say)
            if out is None:
                refused.append(path)
            else:
                written += out
    return written, refused


def _extract_one(dossier_dir: Path, dossier, path: Path, raw: bytes, text: str, date: str | None, say
                 ) -> list[Path] | None:
    from . import duplicates
    from .pipeline import extract_candidates
    from .sourcing import DateProposal, held_by, next_id, propose_date, source_entry, text_name
    from .text import detect_language

    sources = _load_sources(dossier_dir)
    holder = held_by(dossier_dir, raw, sources)
    if holder:
        say(f"{path}: refused: the dossier holds this text already as {holder}")
        return None
    lang = detect_language(text)
    if lang == "en":
        say(f"{path}: note: English text; only figures are proposed")
    proposal = DateProposal(date, "given", None) if date else propose_date(text, lang)
    if proposal is None:
        say(f"{path}: refused: the text shows no year; give its publication date with --date YYYY[-MM[-DD]]")
        return None
    sid, n = next_id(sources)
    file = text_name(raw, n)
    entry = source_entry(sid, file, text, proposal, lang)
    facts = dossier.facts if dossier else []
    parties = list(dossier.meta.parties) if dossier else []
    year = int(proposal.date[:4])
    cands = extract_candidates(text, lang, year, parties)

    entries = []
    for i, c in enumerate(cands, 1):
        e = plain({"id": f"{sid}-{i:02d}", "decision": "pending", "kind": c.kind, "confidence": c.confidence,
                   "rule": c.rule, "title": c.title, "date": c.date, "topics": c.topics, "parties": c.parties,
                   "value": c.value, "count": c.count, "count_qualifier": c.count_qualifier, "counted": c.counted,
                   "percent": c.percent, "indicator": c.indicator, "status": c.status, "person": c.person,
                   "level": c.level, "base": c.base, "period": c.period,
                   "evidence": {"source": sid, "quote": text[c.start:c.end], "start": c.start, "end": c.end}})
        dup = duplicates.find(e, facts, sid)
        if dup:
            e["duplicate_of"] = dup
        entries.append(_ordered(e))

    text_path = dossier_dir / file
    src_path = dossier_dir / "sources.yaml"
    old = read_text(src_path) if src_path.exists() else \
        "# One entry per source text in texts/. A date the text does not state is inferred, with the sentence that shows it.\n"
    if old and not old.endswith("\n"):
        old += "\n"
    review = ReviewFile(review_dir(dossier_dir) / f"{sid}.yaml", sid, file, entries)
    # The text, its source entry and its review file: all three or none.
    write_together({text_path: raw, src_path: (old + dump([entry])).encode("utf-8"),
                    review.path: review.render().encode("utf-8")})
    kinds = Counter(e["kind"] for e in entries)
    dups = sum(1 for e in entries if e.get("duplicate_of"))
    how = f"{proposal.basis}" + (f": «{_short(proposal.evidence)}»" if proposal.evidence else "")
    say(f"{path}: {sid}, {lang}, dated {proposal.date} ({how}); {len(entries)} candidates "
        f"({', '.join(f'{k} {v}' for k, v in kinds.most_common())})" + (f", {dups} duplicate(s)" if dups else ""))
    return [text_path, src_path, review.path]


_ORDER = ("id", "decision", "kind", "confidence", "rule", "duplicate_of", "title", "date", "topics", "parties",
          "value", "count", "count_qualifier", "counted", "percent", "indicator", "status", "level", "base", "period",
          "person", "evidence")


def _ordered(e: dict) -> dict:
    return {k: e[k] for k in _ORDER if k in e} | {k: v for k, v in e.items() if k not in _ORDER}


def _short(text: str, n: int = 90) -> str:
    return text if len(text) <= n else text[:n].rsplit(" ", 1)[0] + "…"


def _new_dossier(dossier_dir: Path, texts: list[str], parties: str | None, subject: str | None,
                 named: Path) -> tuple[list[Path], list[str]]:
    """Start a dossier in `dossier_dir` (to be moved to `named`): dossier.yaml with its subject and parties
    (given, or the states the texts name most); returns what it wrote and the parties."""
    from .text import detect_language
    names = [p.strip() for p in parties.split(",") if p.strip()] if parties else _guess_parties(texts)
    if not names:
        raise UsageError(f"{named}: a new dossier needs its parties; give --parties \"A, B\"")
    langs = Counter(detect_language(t) for t in texts)
    meta = {"subject": {}, "parties": names}
    if subject:
        meta["subject"]["ru"] = subject
    elif langs.most_common(1)[0][0] == "kk":
        meta["subject"]["kk"] = f"{' мен '.join(names)} ынтымақтастығы"
    else:
        from .grammar import inflect_phrase
        meta["subject"]["ru"] = "сотрудничестве " + " и ".join(inflect_phrase(p, "gent") for p in names)
    for sub in ("texts", "facts", "review"):
        (dossier_dir / sub).mkdir()
    path = dossier_dir / "dossier.yaml"
    head = ("# Started by `briefing extract`. `subject` completes the title «СПРАВКА о …»; "
            "check it and the parties.\n")
    atomic_write(path, (head + dump(meta)).encode("utf-8"))
    return [path], names


def _guess_parties(texts: list[str]) -> list[str]:
    """The two states the texts name most (in the most sentences: a sentence printed twice counted once, a photo's
    credit not), by CLDR's names in the texts' language, a region or a city counted for its state («Пекин»,
    «Пензенская область»); a union of states counts as one («ЕС выделит Армении …» is about the EU and Armenia,
    not about Belgium, whose Brussels it names)."""
    from .regions import states_of_regions
    from .states import abbreviations_of_regions, name_of, states_in, unions_in
    from .text import detect_language, sentences
    counts: Counter = Counter()
    first: dict[str, int] = {}
    langs: Counter = Counter()
    for t in texts:
        lang = detect_language(t)
        langs[lang] += 1
        regions = abbreviations_of_regions(t)
        seen: set[str] = set()
        for sent in sentences(t):
            said = " ".join(sent.text.split())
            if said in seen or "©" in said:
                continue        # a headline or a caption the page prints twice names its states once; a photo's
            seen.add(said)      # credit and caption none
            codes = states_in(sent.text, lang, regions)
            # a region or a city speaks for its state («Пензенская область», «в Баку», «Мәскеуде»)
            codes += [c for _, c in states_of_regions(sent.text, lang) if c not in codes]
            codes += unions_in(sent.text)
            for code in dict.fromkeys(codes):
                counts[code] += 1
                first.setdefault(code, len(first))
    best = sorted(counts, key=lambda k: (-counts[k], first[k]))[:2]
    lang = langs.most_common(1)[0][0] if langs else "ru"
    return [name_of(code, "kk" if lang == "kk" else "ru") for code in best]
