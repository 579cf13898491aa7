"""The review page: routes, and each decision taken under the dossier's lock through the CLI's `Desk`.

One page per source: the article with the quotes marked, one candidate at a time in a form. Every action
answers with the page's workspace (article, candidate, message), which htmx swaps in place."""
from __future__ import annotations

import threading
from pathlib import Path

from jinja2 import Environment, FileSystemLoader, select_autoescape
from starlette.applications import Starlette
from starlette.concurrency import run_in_threadpool
from starlette.requests import Request
from starlette.responses import HTMLResponse, PlainTextResponse
from starlette.routing import Mount, Route
from starlette.staticfiles import StaticFiles

from .. import vocab
from ..dossier.belonging import states_of_dossier_at
from ..errors import BriefingError, Problem
from ..extract.reviewing import ACCEPTED, PENDING, Change, Desk, decision, figure, load_reviews, other_pair, undo
from ..fsutil import output_lock
from . import form as forms
from .guard import CSRF_FIELD, Guard
from .view import counts, highlighted

HERE = Path(__file__).parent


class Outcome:
    """What an action leaves on the page: the candidate to show, a line saying what happened, the problems that
    stopped it, and the form as posted when it was refused (the analyst's edits stay)."""

    def __init__(self, cid=None, message="", problems=(), posted=None):
        self.cid, self.message, self.problems, self.posted = cid, message, list(problems), posted


class ReviewApp:
    def __init__(self, dossier_dir: Path, csrf: str):
        self.dir = Path(dossier_dir)
        self.csrf = csrf
        self.lock = threading.Lock()       # one decision at a time in this process; output_lock for the others
        self.history: dict[str, list[Change]] = {}   # per source, for undo
        self.env = Environment(loader=FileSystemLoader(HERE / "templates"), autoescape=select_autoescape(["html"]))
        self.env.globals.update(csrf=csrf, csrf_field=CSRF_FIELD, choices=forms.CHOICES, langs=vocab.LANGS,
                                topics=vocab.topics(), figure=figure, decision=decision)

    # -- reading -------------------------------------------------------------------------------------------

    def _render(self, name: str, status: int = 200, headers=None, **context) -> HTMLResponse:
        return HTMLResponse(self.env.get_template(name).render(**context), status_code=status, headers=headers)

    def index(self, request: Request):
        try:
            reviews = load_reviews(self.dir)
        except BriefingError as exc:
            return self._render("error.html", 500, message=str(exc), problems=exc.problems)
        rows = [{"sid": r.source, "file": r.file, **counts(r.candidates)} for r in reviews]
        return self._render("index.html", dossier=self.dir, rows=rows)

    def _workspace(self, sid: str, outcome: Outcome) -> dict | None:
        review = next((r for r in load_reviews(self.dir) if r.source == sid), None)
        if review is None:
            return None
        cands = review.candidates
        ids = [str(e.get("id")) for e in cands]
        cid = outcome.cid if outcome.cid in ids else next(
            (i for i, e in zip(ids, cands) if decision(e) == PENDING), ids[0] if ids else None)
        entry = cands[ids.index(cid)] if cid else None
        at = ids.index(cid) if cid else 0
        try:
            text = (self.dir / review.file).read_text(encoding="utf-8")
        except OSError as exc:
            text = f"({review.file}: cannot read: {exc.strerror or exc})"
        return {"sid": sid, "review": review, "cands": cands, "cid": cid, "entry": entry, "counts": counts(cands),
                "prev": ids[at - 1] if cid and at > 0 else None,
                "next": ids[at + 1] if cid and at + 1 < len(ids) else None,
                "text": highlighted(text, cands, cid),
                "values": outcome.posted or (forms.fields(entry) if entry else {}),
                "message": outcome.message, "problems": outcome.problems,
                # the fields a problem names, marked in the form («value.amount» is the field value_amount)
                "bad": {p.field.replace(".", "_") for p in outcome.problems},
                "undoable": bool(self.history.get(sid)),
                "other_pair": other_pair(entry, states_of_dossier_at(self.dir)) if entry else ""}

    def _page(self, request: Request, sid: str, outcome: Outcome, push: bool = False):
        try:
            ws = self._workspace(sid, outcome)
        except BriefingError as exc:
            return self._render("error.html", 500, message=str(exc), problems=exc.problems)
        if ws is None:
            return PlainTextResponse(f"no review file for source {sid!r}", 404)
        headers = {"HX-Push-Url": f"/s/{sid}?c={ws['cid']}"} if push and ws["cid"] else None
        # htmx asks for the whole page when it restores one from history
        if request.headers.get("hx-request") and not request.headers.get("hx-history-restore-request"):
            return self._render("_workspace.html", headers=headers, **ws)
        return self._render("source.html", headers=headers, dossier=self.dir, **ws)

    async def source(self, request: Request):
        return self._page(request, request.path_params["sid"], Outcome(request.query_params.get("c")))

    # -- deciding ------------------------------------------------------------------------------------------

    def _decide(self, sid: str, act) -> Outcome:
        """Run `act(desk)` on a freshly loaded dossier under its lock; save what it decided, remembered for undo."""
        with self.lock:
            try:
                with output_lock(self.dir):
                    desk = Desk(self.dir)
                    outcome = act(desk)
                    if desk.changed:
                        change = desk.save()
                        self.history.setdefault(sid, []).append(change)
                    return outcome
            except BriefingError as exc:
                return Outcome(None, f"not done: {exc}", exc.problems)

    @staticmethod
    def _next_pending(desk: Desk, sid: str, cid: str) -> str:
        """The first pending candidate after `cid` (round to the start), else `cid` itself."""
        ids = [str(e.get("id")) for e in desk.review(sid).candidates]
        at = ids.index(cid) if cid in ids else -1
        for other in ids[at + 1:] + ids[:at + 1]:
            if decision(desk.entry(other)) == PENDING:
                return other
        return cid

    def _known(self, desk: Desk, sid: str, cid: str) -> bool:
        return cid in desk.by_id and desk.by_id[cid][0].source == sid

    async def accept(self, request: Request):
        sid = request.path_params["sid"]
        data = await request.form()
        cid = data.get("cid", "")

        def act(desk: Desk) -> Outcome:
            if not self._known(desk, sid, cid):
                return Outcome(None, f"no candidate {cid!r} in {sid}")
            entry = desk.entry(cid)
            if decision(entry) == ACCEPTED:
                return Outcome(cid, f"{cid} is accepted already as {entry.get('fact_id')} (u undoes the last action)")
            edits, bad = forms.edits(data, entry)
            if bad:
                return Outcome(cid, f"{cid} not accepted", bad, _posted(data))
            fact, found = desk.accept(cid, edits)
            if found:
                return Outcome(cid, f"{cid} not accepted: nothing written", found, _posted(data))
            return Outcome(self._next_pending(desk, sid, cid),
                           f"{cid} accepted as {fact['id']} → facts/{sid}.yaml")
        return self._page(request, sid, await run_in_threadpool(self._decide, sid, act), push=True)

    async def reject(self, request: Request):
        sid = request.path_params["sid"]
        cid = (await request.form()).get("cid", "")

        def act(desk: Desk) -> Outcome:
            if not self._known(desk, sid, cid):
                return Outcome(None, f"no candidate {cid!r} in {sid}")
            if decision(desk.entry(cid)) == ACCEPTED:
                return Outcome(cid, f"{cid} is accepted already: undo it (u) to reject it")
            desk.reject(cid)
            return Outcome(self._next_pending(desk, sid, cid), f"{cid} rejected")
        return self._page(request, sid, await run_in_threadpool(self._decide, sid, act), push=True)

    async def reject_rest(self, request: Request):
        sid = request.path_params["sid"]
        cid = (await request.form()).get("cid")

        def act(desk: Desk) -> Outcome:
            if desk.review(sid) is None:
                return Outcome(None, f"no review file for {sid}")
            done = desk.reject_rest(sid)
            return Outcome(cid, f"{len(done)} rejected: {', '.join(done)}" if done else "nothing pending to reject")
        return self._page(request, sid, await run_in_threadpool(self._decide, sid, act), push=True)

    async def undo(self, request: Request):
        sid = request.path_params["sid"]
        await request.form()

        def act() -> Outcome:
            with self.lock:
                stack = self.history.get(sid) or []
                if not stack:
                    return Outcome(None, "nothing to undo on this source")
                try:
                    with output_lock(self.dir):
                        refused = undo(stack[-1])
                except BriefingError as exc:
                    return Outcome(None, f"not undone: {exc}", exc.problems)
                if refused:
                    return Outcome(None, "not undone", [Problem("", None, "", r) for r in refused])
                change = stack.pop()
                return Outcome(change.cids[0] if change.cids else None, f"undone: {', '.join(change.cids)} pending again")
        return self._page(request, sid, await run_in_threadpool(act), push=True)


def _posted(data) -> dict:
    out = {k: v for k, v in data.items() if k != "topics"}
    out["topics"] = list(data.getlist("topics"))
    return out


def make_app(dossier_dir: Path, token: str, csrf: str):
    """The review page's ASGI application, behind its guard."""
    review = ReviewApp(dossier_dir, csrf)
    routes = [
        Route("/", review.index),
        Route("/s/{sid}", review.source),
        Route("/s/{sid}/accept", review.accept, methods=["POST"]),
        Route("/s/{sid}/reject", review.reject, methods=["POST"]),
        Route("/s/{sid}/reject-rest", review.reject_rest, methods=["POST"]),
        Route("/s/{sid}/undo", review.undo, methods=["POST"]),
        Mount("/static", StaticFiles(directory=HERE / "static"), name="static"),
    ]
    return Guard(Starlette(routes=routes), token, csrf)
