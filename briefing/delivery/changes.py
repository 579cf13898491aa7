""""What changed since the last edition": the facts of this edition against the snapshot the last one kept,
as one line per new, changed or withdrawn fact, in the note's language."""
from __future__ import annotations

from ..vocab import LANGS


def _title(snap: dict, lang: str) -> str:
    titles = snap.get("title") or {}
    return next((titles[l] for l in (lang, *LANGS) if titles.get(l)), snap.get("id", "")).strip()


def describe(old: dict, new: dict, lang: str, figure=None, words: dict | None = None) -> tuple[str, ...]:
    """Lines for the note: `old`/`new` map fact id -> fact JSON; `figure(snapshot)` formats a fact's numbers
    (or None), so that a changed figure reads «было → стало»; `words` is the `changes` entry of the language's
    catalogue (templates/lang/*.yaml)."""
    w = words
    q = w["quote"].format
    lines = []
    for fid in sorted(new.keys() - old.keys(), key=lambda i: (_title(new[i], lang), i)):
        lines.append(f"{w['new']}: {q(_title(new[fid], lang))}")
    for fid in sorted(new.keys() & old.keys(), key=lambda i: (_title(new[i], lang), i)):
        before, after = old[fid], new[fid]
        if before == after:
            continue
        fields = [k for k in sorted(before.keys() | after.keys()) if k != "id" and before.get(k) != after.get(k)]
        old_fig, new_fig = (figure(before), figure(after)) if figure else (None, None)
        if old_fig and new_fig and old_fig != new_fig:
            detail = f"{old_fig} → {new_fig}"
        else:
            detail = ", ".join(w["fields"].get(k, k) for k in fields)
        lines.append(f"{w['changed']}: {q(_title(after, lang))} ({detail})")
    for fid in sorted(old.keys() - new.keys(), key=lambda i: (_title(old[i], lang), i)):
        lines.append(f"{w['withdrawn']}: {q(_title(old[fid], lang))}")
    return tuple(lines)
