"""A second process for `make`: it draws the charts, then writes the DOCX while `make` writes the PDF.

A cold note spends most of its time importing matplotlib (≈0.4 s of ≈1.0 s), which only the charts need. The
painter is forked as `make` starts and imports matplotlib while the parent loads the dossier and composes
the note; the parent hands it the charts that are not in the cache as soon as it knows them and collects the
pictures once the text is composed. Then, the document being complete, the painter writes the DOCX while the
parent writes the PDF. Two cores do in parallel what one did in a row; nothing is skipped. When all charts
are cached the painter is stopped unused, and when it is missing or fails at anything the parent does that
work in-process, so an error surfaces exactly as it would without it.

Builds of many notes do not use it: their worker processes import matplotlib once for all their notes, and
keep both cores busy with notes.
"""
from __future__ import annotations

import os
import pickle
import signal
import struct
import sys

_HEADER = struct.Struct("!Q")


def _send(fd: int, obj) -> None:
    data = pickle.dumps(obj, protocol=pickle.HIGHEST_PROTOCOL)
    view = memoryview(_HEADER.pack(len(data)) + data)
    while view:
        view = view[os.write(fd, view):]


def _recv(fd: int):
    """The next object on the pipe, or None when the other end closed it."""
    head = _read_exactly(fd, _HEADER.size)
    if head is None:
        return None
    body = _read_exactly(fd, _HEADER.unpack(head)[0])
    return None if body is None else pickle.loads(body)


def _read_exactly(fd: int, n: int) -> bytes | None:
    chunks, left = [], n
    while left:
        chunk = os.read(fd, min(left, 1 << 20))
        if not chunk:
            return None
        chunks.append(chunk)
        left -= len(chunk)
    return b"".join(chunks)


class Painter:
    def __init__(self, pid: int, to_child: int, from_child: int):
        self.pid, self._to, self._from = pid, to_child, from_child
        self._owed = 0   # replies to jobs submitted and not yet collected; they come in the order of the jobs

    @classmethod
    def start(cls) -> "Painter | None":
        """Fork the painter; None where there is no fork (the caller then draws in-process)."""
        if not hasattr(os, "fork") or os.environ.get("BRIEFING_PAINTER", "1") == "0":
            return None
        sys.stdout.flush()
        sys.stderr.flush()
        down_r, down_w = os.pipe()
        up_r, up_w = os.pipe()
        try:
            pid = os.fork()
        except OSError:   # no processes left to fork: the parent can draw alone
            for fd in (down_r, down_w, up_r, up_w):
                os.close(fd)
            return None
        if pid == 0:
            os.close(down_w)
            os.close(up_r)
            _serve(down_r, up_w)   # never returns
        os.close(down_r)
        os.close(up_w)
        return cls(pid, down_w, up_r)

    def submit(self, job: str, payload) -> bool:
        """Hand the painter a job without waiting; False if it is gone (the caller does the work). Jobs:
        "charts" (a list of `chartdraw.Chart`: their pictures), "vectors" (a cache folder: the last charts
        converted for the PDF and kept there, `writers.vector`), "docx" ((document, options): its bytes)."""
        if self.pid is None:
            return False
        try:
            _send(self._to, (job, payload))
        except (OSError, pickle.PickleError):
            self.close()
            return False
        self._owed += 1
        return True

    def collect(self):
        """The result of the oldest job not yet collected; None if the painter could not do it (the caller
        does: after a failure the painter is stopped and every later job is the caller's)."""
        if self.pid is None or not self._owed:
            return None
        self._owed -= 1
        try:
            reply = _recv(self._from)
        except (OSError, pickle.PickleError, EOFError):
            reply = None
        if not reply or reply[0] != "ok":
            self.close()
            return None
        return reply[1]

    def settle(self) -> None:
        """Wait for every job submitted (their results are in the cache or no longer wanted)."""
        while self.pid is not None and self._owed:
            self.collect()

    def close(self) -> None:
        """Stop the painter (at once: if it is still importing, nothing is waiting for its work) and reap it."""
        if self.pid is None:
            return
        for fd in (self._to, self._from):
            try:
                os.close(fd)
            except OSError:
                pass
        try:
            os.kill(self.pid, signal.SIGKILL)
        except ProcessLookupError:
            pass
        try:
            os.waitpid(self.pid, 0)
        except ChildProcessError:
            pass
        self.pid = None

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()


def _serve(requests: int, replies: int) -> None:
    """The painter's life: warm up, then do what is asked until the parent closes the pipe. It leaves with
    os._exit, so that nothing of the parent's (buffered output, atexit handlers, locks) runs twice."""
    signal.signal(signal.SIGINT, signal.SIG_DFL)   # Ctrl-C: the parent reports it; the painter just goes
    try:
        from . import chartdraw
        chartdraw.warm()
        while True:
            message = _recv(requests)
            if message is None:
                break
            job, payload = message
            _send(replies, _attempt(_JOBS[job], payload))
    except BaseException:
        pass
    finally:
        os._exit(0)


def _attempt(work, payload) -> tuple:
    """("ok", result) or ("error", what went wrong): a failure goes back as data, and whoever asked does the
    work again itself and reports it the normal way."""
    try:
        return "ok", work(payload)
    except BaseException as exc:
        return "error", f"{type(exc).__name__}: {exc}"


_drawn: list = []   # the SVGs of the last charts job, for a "vectors" job


def _charts(charts: list) -> list:
    """The charts' pictures, in order. Two or more are shared with a fork of the painter (matplotlib is loaded
    by then, so the fork costs a few milliseconds): while `make` waits for them, both cores draw."""
    from .chartdraw import draw
    half = len(charts) // 2
    helper = _fork_drawing(charts[half:]) if half else None
    if helper is None:
        pictures = [draw(chart) for chart in charts]
    else:
        pictures = [draw(chart) for chart in charts[:half]] + _join_drawing(*helper)
    _drawn[:] = [svg for svg, _, _ in pictures]
    return pictures


def _fork_drawing(charts: list):
    """(pid, pipe) of a process drawing `charts`; None if it cannot be forked (the painter draws them)."""
    read, write = os.pipe()
    try:
        pid = os.fork()
    except OSError:
        os.close(read)
        os.close(write)
        return None
    if pid == 0:
        os.close(read)
        try:
            from .chartdraw import draw
            _send(write, _attempt(lambda todo: [draw(chart) for chart in todo], charts))
        finally:
            os._exit(0)
    os.close(write)
    return pid, read


def _join_drawing(pid: int, read: int) -> list:
    try:
        reply = _recv(read)
    finally:
        os.close(read)
        os.waitpid(pid, 0)
    if not reply or reply[0] != "ok":
        raise RuntimeError(reply[1] if reply else "the second drawing process ended without an answer")
    return reply[1]


def _vectors(cache) -> None:
    """The last charts converted for the PDF and kept in the cache, where its writer looks first: done here
    after the pictures went back, while `make` still composes, it is off the PDF writer's time."""
    from .writers import vector
    for svg in _drawn:
        data = vector.convert(svg)
        if data is not None:
            vector.store(cache, svg, data)


def _docx(payload) -> bytes:
    from .writers import writer
    document, options = payload
    return writer("docx")(document, options)


_JOBS = {"charts": _charts, "vectors": _vectors, "docx": _docx}
