"""The work of `briefing review`: list pending candidates, accept or reject them by id."""
from __future__ import annotations

from pathlib import Path

from ..errors import ContentError, UsageError
from .reviewing import append_facts, describe, fact_id_for, load_reviews, proof_problems, to_fact

_FACTS_HEADER = "# Facts accepted with `briefing review` from the candidates of review/{sid}.yaml.\n"


def review(dossier_dir: Path, accept=(), reject=(), accept_all: bool = False, say=print):
    """Returns (listing lines, paths written, whether any candidate failed its proof)."""
    from ..dossier.load import load_dossier
    from ..dossier.schema import Fact
    from ..dossier.verify import check_dossier
    from ..fsutil import output_lock
    from . import duplicates

    dossier_dir = Path(dossier_dir)
    if not (dossier_dir / "dossier.yaml").exists():
        raise UsageError(f"{dossier_dir}: no dossier here (dossier.yaml not found)")
    with output_lock(dossier_dir):
        reviews = load_reviews(dossier_dir)
        by_id = {str(e.get("id")): (r, i) for r in reviews for i, e in enumerate(r.candidates)}
        unknown = [c for c in list(accept) + list(reject) if c not in by_id]
        if unknown:
            raise UsageError(f"unknown candidate id(s): {', '.join(unknown)} (run `briefing review` to list them)")
        both = set(accept) & set(reject)
        if both:
            raise UsageError(f"both accepted and rejected: {', '.join(sorted(both))}")

        if not (accept or reject or accept_all):
            lines = []
            for r in reviews:
                pending = [e for e in r.candidates if e.get("decision", "pending") == "pending"]
                if pending:
                    lines.append(f"{r.source} ({r.file}): {len(pending)} pending")
                    lines += ["  " + describe(e) for e in pending]
            if not lines:
                say("no pending candidates")
            return lines, [], False

        dossier, problems = load_dossier(dossier_dir)
        if dossier is None:
            raise ContentError(f"{dossier_dir}: the dossier does not load", problems)
        facts = list(dossier.facts)
        known_ids = {f.id for f in facts}
        texts = dict(dossier.texts)
        langs = {sid: s.language for sid, s in dossier.sources.items()}
        changed: set[int] = set()
        new_facts: dict[str, list[dict]] = {}
        failed = False

        for cid in reject:
            r, i = by_id[cid]
            r.candidates[i]["decision"] = "rejected"
            changed.add(id(r))

        todo = list(dict.fromkeys(accept))
        if accept_all:
            todo += [str(e.get("id")) for r in reviews for e in r.candidates
                     if e.get("decision", "pending") == "pending" and str(e.get("id")) not in todo
                     and str(e.get("id")) not in reject]
        left_duplicates = []
        for cid in todo:
            r, i = by_id[cid]
            entry = r.candidates[i]
            if entry.get("decision") == "accepted":
                say(f"{cid}: accepted already as {entry.get('fact_id')}")
                continue
            if cid not in accept:   # --all: a fact the dossier holds already waits for the analyst
                dup = duplicates.find(entry, facts, r.source)
                if dup:
                    left_duplicates.append(f"{cid} (duplicate of {', '.join(dup)})")
                    continue
            entry.setdefault("fact_id", fact_id_for(entry))
            data = to_fact(entry)
            shown = str(r.path)
            found = proof_problems(data, texts, langs, known_ids, shown, lambda *loc, _i=i, _r=r: _r.line(_i, *loc))
            if found:
                for p in found:
                    say(str(p))
                say(f"{cid}: left pending ({len(found)} problem(s))")
                failed = True
                if entry.get("fact_id") == fact_id_for(entry):
                    entry.pop("fact_id")
                continue
            facts.append(Fact(**data))
            known_ids.add(data["id"])
            entry["decision"] = "accepted"
            new_facts.setdefault(r.source, []).append(data)
            changed.add(id(r))

        written = []
        for sid, items in new_facts.items():
            path = dossier_dir / "facts" / f"{sid}.yaml"
            append_facts(path, items, _FACTS_HEADER.format(sid=sid))
            written.append(path)
        for r in reviews:
            if id(r) in changed:
                r.save()
                written.append(r.path)
        n_acc = sum(len(v) for v in new_facts.values())
        say(f"{n_acc} accepted, {len(set(reject))} rejected")
        if left_duplicates:
            say(f"left pending as duplicates (accept them by id if they add something): {'; '.join(left_duplicates)}")
        if new_facts:
            _, problems = check_dossier(dossier_dir)
            for p in problems:
                say(str(p))
            if problems:
                failed = True
                say(f"check: {len(problems)} problem(s) in the dossier")
        return [], written, failed
