"""The work of `briefing review`: list pending candidates, accept or reject them by id."""
from __future__ import annotations

from pathlib import Path

from ..dossier.belonging import states_of_dossier_at
from ..errors import UsageError
from .reviewing import ACCEPTED, PENDING, Desk, decision, describe


def review(dossier_dir: Path, accept=(), reject=(), accept_all: bool = False, reject_rest: bool = False,
           source: str | None = None, say=print):
    """Returns (listing lines, paths written, whether any candidate failed its proof)."""
    from ..dossier.verify import check_dossier
    from ..fsutil import output_lock
    from . import duplicates

    dossier_dir = Path(dossier_dir)
    if not (dossier_dir / "dossier.yaml").exists():
        raise UsageError(f"{dossier_dir}: no dossier here (dossier.yaml not found)")
    with output_lock(dossier_dir):
        desk = Desk(dossier_dir)
        if source is not None and desk.review(source) is None:
            known = ", ".join(r.source for r in desk.reviews) or "none"
            raise UsageError(f"--source: no review file for {source!r} (sources with candidates: {known})")
        unknown = [c for c in list(accept) + list(reject) if c not in desk.by_id]
        if unknown:
            raise UsageError(f"unknown candidate id(s): {', '.join(unknown)} (run `briefing review` to list them)")
        both = set(accept) & set(reject)
        if both:
            raise UsageError(f"both accepted and rejected: {', '.join(sorted(both))}")
        if accept_all and reject_rest:
            raise UsageError("--all and --reject-rest: give one of them (--all leaves duplicates pending for you)")

        if not (accept or reject or accept_all or reject_rest):
            lines = []
            own = states_of_dossier_at(dossier_dir)
            for r in desk.reviews:
                pending = [e for e in r.candidates if decision(e) == PENDING]
                if pending and source in (None, r.source):
                    lines.append(f"{r.source} ({r.file}): {len(pending)} pending")
                    lines += ["  " + describe(e, own=own) for e in pending]
            if not lines:
                say("no pending candidates")
            return lines, [], False

        failed = False
        for cid in reject:
            desk.reject(cid)

        todo = list(dict.fromkeys(accept))
        if accept_all:
            todo += [str(e.get("id")) for r in desk.reviews for e in r.candidates
                     if decision(e) == PENDING and source in (None, r.source) and str(e.get("id")) not in todo
                     and str(e.get("id")) not in reject]
        left_duplicates = []
        n_acc = 0
        for cid in todo:
            entry = desk.entry(cid)
            if decision(entry) == ACCEPTED:
                say(f"{cid}: accepted already as {entry.get('fact_id')}")
                continue
            if cid not in accept:   # --all: a fact the dossier holds already waits for the analyst
                dup = duplicates.find(entry, desk.facts, desk.by_id[cid][0].source)
                if dup:
                    left_duplicates.append(f"{cid} (duplicate of {', '.join(dup)})")
                    continue
            fact, found = desk.accept(cid)
            if found:
                for p in found:
                    say(str(p))
                say(f"{cid}: left pending ({len(found)} problem(s))")
                failed = True
                continue
            n_acc += 1
        # The rest is what the analyst did not name: a candidate named to be accepted that failed its proof
        # stays pending, to be mended.
        rest = desk.reject_rest(source, keep=set(accept)) if reject_rest else []

        has_facts = bool(desk.new_facts)
        change = desk.save()
        written = list(change.after)
        say(f"{n_acc} accepted, {len(set(reject)) + len(rest)} rejected")
        if left_duplicates:
            say(f"left pending as duplicates (accept them by id if they add something): {'; '.join(left_duplicates)}")
        if has_facts:
            _, problems = check_dossier(dossier_dir)
            for p in problems:
                say(str(p))
            if problems:
                failed = True
                say(f"check: {len(problems)} problem(s) in the dossier")
        return [], written, failed
