"""Telling the operators: when `build` or `send` fails, one short plain-text message to `[alerts] to`, naming the
command, its error lines and the CI run, if any. A scheduled run that fails is otherwise seen by no one. An alert
that cannot be sent is reported in one line and never replaces the error it was about."""
from __future__ import annotations

import logging
import os
import shlex
import socket
import sys
from contextlib import contextmanager
from datetime import datetime, timezone

from ..errors import BriefingError

log = logging.getLogger(__name__)

MAX_LINES = 40     # the alert points to the run; it need not carry a whole log
MAX_LINE = 400


class _Errors(logging.Handler):
    """The error lines the command logged before it failed (send logs one per list that failed)."""

    def __init__(self):
        super().__init__(logging.ERROR)
        self.lines: list[str] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.lines.append(f"error: {record.getMessage()}")


def run_link() -> str | None:
    """Where the run can be seen: GitHub Actions' run page, or its id alone."""
    run_id = os.environ.get("GITHUB_RUN_ID")
    if not run_id:
        return None
    server, repo = os.environ.get("GITHUB_SERVER_URL"), os.environ.get("GITHUB_REPOSITORY")
    link = f"{server}/{repo}/actions/runs/{run_id}" if server and repo else f"run {run_id}"
    attempt = os.environ.get("GITHUB_RUN_ATTEMPT")
    return link + (f" (attempt {attempt})" if attempt and attempt != "1" else "")


def _compose(config, subject: str, head: list[str], lines: list[str]):
    from email.message import EmailMessage
    from email.utils import format_datetime, make_msgid, parseaddr

    from .mailpolicy import POLICY

    sender = config.smtp.sender
    msg = EmailMessage(policy=POLICY)   # within the line limits strict gateways check, like the editions
    msg["From"] = sender
    msg["To"] = ", ".join(config.alerts.to)
    msg["Subject"] = subject
    msg["Date"] = format_datetime(datetime.now(timezone.utc))
    msg["Message-ID"] = make_msgid(idstring="briefing-alert", domain=parseaddr(sender)[1].rpartition("@")[2])
    shown = list(dict.fromkeys(line[:MAX_LINE] for line in lines))
    if len(shown) > MAX_LINES:
        shown = shown[:MAX_LINES - 1] + [f"… and {len(shown) - MAX_LINES + 1} more line(s)"]
    head = head + [f"on {socket.gethostname()}, {datetime.now(timezone.utc).isoformat(timespec='seconds')}",
                   f"configuration: {config.path}"]
    link = run_link()
    if link:
        head.append(f"run: {link}")
    msg.set_content("\n".join(head + [""] + shown) + "\n", cte="quoted-printable")
    msg["Content-Language"] = "en"   # after set_content, which drops Content-* headers
    return msg


def message(config, command: str, exit_code: int, lines: list[str]):
    return _compose(config, f"briefing {command} failed (exit {exit_code})",
                    [f"`{shlex.join(['briefing', *sys.argv[1:]])}` failed with exit code {exit_code}"], lines)


def _deliver(config, msg) -> str | None:
    """None when delivered, else why not, in one line."""
    from email.utils import parseaddr

    from . import smtp
    try:
        smtp.send(config.smtp, msg, parseaddr(config.smtp.sender)[1], [parseaddr(a)[1] for a in config.alerts.to])
    except Exception as exc:   # whatever it is, the run's own error is what the user must see
        return str(exc) if isinstance(exc, BriefingError) else f"{type(exc).__name__}: {exc}"
    return None


def _not_sent(config, why: str) -> str:
    return f"alert not sent to {', '.join(config.alerts.to)}: {why}"


def send_alert(config, command: str, exit_code: int, lines: list[str]) -> None:
    try:
        why = _deliver(config, message(config, command, exit_code, lines))
    except Exception as exc:
        why = f"{type(exc).__name__}: {exc}"
    if why:
        log.error(_not_sent(config, why))
        return
    log.info(f"alert sent to {', '.join(config.alerts.to)}")


def alert(config, text: str) -> int:
    """`briefing alert --message TEXT`: what a CI job that failed outside briefing (a shard that never ran, a
    runner lost) tells the operators. Exit 0 when delivered; an alert that cannot go is an error of its own."""
    from ..errors import EnvironmentProblem, UsageError
    if config.alerts is None:
        raise UsageError(f"{config.path}: no [alerts] table: whom to alert?")
    if config.smtp is None:
        raise UsageError(f"{config.path}: [alerts] needs an [smtp] table to send through")
    text = " ".join(text.split())
    if not text:
        raise UsageError("--message: say what happened")
    first = text if len(text) <= 60 else text[:57].rsplit(" ", 1)[0] + " …"
    why = _deliver(config, _compose(config, f"briefing: {first}", [], [text]))
    if why:
        raise EnvironmentProblem(_not_sent(config, why))
    log.info(f"alert sent to {', '.join(config.alerts.to)}")
    return 0


@contextmanager
def on_failure(config, command: str, enabled: bool = True):
    """Run the command; if it fails, alert the operators (when the config names them) and fail as before."""
    if not enabled or config.alerts is None or config.smtp is None:
        yield
        return
    errors = _Errors()
    root = logging.getLogger("briefing")
    root.addHandler(errors)
    try:
        yield
    except BriefingError as exc:
        send_alert(config, command, exc.exit_code, errors.lines + [str(p) for p in exc.problems] + [f"error: {exc}"])
        raise
    except Exception as exc:   # a bug: the CLI keeps the traceback; the operators hear of it all the same
        send_alert(config, command, 70, errors.lines + [f"internal error: {type(exc).__name__}: {exc}"])
        raise
    finally:
        root.removeHandler(errors)
