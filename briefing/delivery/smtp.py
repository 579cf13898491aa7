"""Handing a message to the mail server: STARTTLS or implicit TLS, temporary failures (4xx, connection reset,
timeout) retried with back-off, permanent ones (5xx) raised as one clear error. The password is read from the
environment and never printed; nor is anything a server says after "AUTH", nor the base64 of the user name or
password (a server may echo them back): every server text is cleaned by `reply_text` before anyone sees it."""
from __future__ import annotations

import base64
import ipaddress
import logging
import os
import re
import smtplib
import socket
import ssl
import time
from email.message import EmailMessage

from ..errors import EnvironmentProblem, UsageError

log = logging.getLogger(__name__)


class Temporary(Exception):
    """Worth another attempt: the server said 4xx, or the connection broke or timed out."""


# A connection that broke or went silent: worth another attempt, unless the message may already be through.
_BROKEN = (smtplib.SMTPServerDisconnected, ConnectionError, TimeoutError, socket.timeout)


class Uncertain(EnvironmentProblem):
    """The connection broke after the whole message was sent and before the server answered: it may have been
    delivered. Not retried; the message stays pending in the sent-log for the operator to check."""


class _Tracking:
    """A client that notes when the end of a message's data has gone out (smtplib sends it in one piece)."""

    body_sent = False

    def send(self, s):
        super().send(s)
        if isinstance(s, bytes) and s.endswith(b"\r\n.\r\n"):
            self.body_sent = True


class _SMTP(_Tracking, smtplib.SMTP):
    pass


class _SMTP_SSL(_Tracking, smtplib.SMTP_SSL):
    pass


class Refused(EnvironmentProblem):
    """The server refused for good (5xx), or TLS or the login failed."""


def _is_loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


# What a reply may echo of the login, in every form the client sends it; never shown.
_SECRETS: set[str] = set()


def _remember_secrets(user: str, password: str) -> None:
    b64 = lambda text: base64.b64encode(text.encode("utf-8")).decode("ascii")  # noqa: E731
    _SECRETS.update({password, b64(user), b64(password), b64(f"\0{user}\0{password}")})


def credentials(settings) -> tuple[str | None, str | None]:
    user = (os.environ.get(settings.user_env) if settings.user_env else None) or settings.user
    if not user:
        return None, None
    password = os.environ.get(settings.password_env)
    if not password:
        raise EnvironmentProblem(f"smtp: user {user!r} needs a password: set the environment variable "
                                 f"{settings.password_env}")
    if settings.tls == "none" and not _is_loopback(settings.host):
        raise UsageError(f"smtp: refusing to send the password unencrypted to {settings.host}; "
                         f"use tls = \"starttls\" or \"ssl\"")
    _remember_secrets(user, password)
    return user, password


def _context(settings) -> ssl.SSLContext:
    return ssl.create_default_context(cafile=settings.ca_file)


def _classify(exc: BaseException, host: str) -> Exception:
    """A temporary failure to retry, or a permanent one to report."""
    if isinstance(exc, smtplib.SMTPRecipientsRefused):
        codes = {code for code, _ in exc.recipients.values()}
        shown = "; ".join(f"{rcpt}: {code} {reply_text(msg)}" for rcpt, (code, msg) in exc.recipients.items())
        if codes and all(400 <= c < 500 for c in codes):
            return Temporary(f"recipients refused for now: {shown}")
        return Refused(f"{host} refused every recipient: {shown}")
    if isinstance(exc, smtplib.SMTPAuthenticationError):
        return Refused(f"{host} refused the login ({exc.smtp_code} {reply_text(exc.smtp_error)})")
    if isinstance(exc, smtplib.SMTPResponseException):
        text = f"{exc.smtp_code} {reply_text(exc.smtp_error)}"
        if 400 <= exc.smtp_code < 500:
            return Temporary(text)
        return Refused(f"{host} refused the message: {text}")
    if isinstance(exc, smtplib.SMTPNotSupportedError):
        return Refused(f"{host}: {reply_text(str(exc))}")
    if isinstance(exc, ssl.SSLError):
        return Refused(f"{host}: TLS failed: {reply_text(str(exc.reason or exc))}")
    if isinstance(exc, _BROKEN):
        return Temporary(f"{type(exc).__name__}: {reply_text(str(exc))}" if str(exc) else type(exc).__name__)
    if isinstance(exc, smtplib.SMTPException):   # e.g. no login method in common
        return Refused(f"{host}: {reply_text(str(exc))}")
    if isinstance(exc, socket.gaierror):
        return Refused(f"{host}: unknown host ({exc.strerror or exc})")
    if isinstance(exc, OSError):
        return Temporary(f"{reply_text(str(exc.strerror or exc))}")
    return exc


# Terminal escape sequences (CSI, OSC, and two-character ones), then any other control character; and the
# invisible marks that reorder text on screen.
_ESCAPES = re.compile(r"\x1b(?:\[[0-?]*[ -/]*[@-~]|\][^\x07\x1b]*(?:\x07|\x1b\\)?|[@-_])?")
_CONTROLS = re.compile(r"[\x00-\x1f\x7f-\x9f\u200e\u200f\u202a-\u202e\u2066-\u2069]")
_AUTH = re.compile(r"\bAUTH\b", re.IGNORECASE)


def reply_text(raw) -> str:
    """A server's text as one safe line: no escape sequences or control characters, the lines of a multi-line
    reply joined, nothing after "AUTH" (a server may echo the login line) and no form of the login's secrets."""
    text = raw.decode("utf-8", "replace") if isinstance(raw, bytes) else str(raw)
    text = _ESCAPES.sub("", text)
    text = " ".join(part.strip() for part in _CONTROLS.sub("\n", text).split("\n") if part.strip())
    for secret in sorted(_SECRETS, key=len, reverse=True):
        text = text.replace(secret, "…")
    match = _AUTH.search(text)
    if match:
        text = text[:match.end()] + " …"
    return text


def _login(client, host: str, user: str, password: str) -> None:
    """smtplib's login for ASCII credentials; otherwise AUTH PLAIN with UTF-8 (RFC 4616), the one common
    mechanism defined for non-ASCII user names and passwords (smtplib encodes every login as ASCII)."""
    if user.isascii() and password.isascii():
        client.login(user, password)
        return
    client.ehlo_or_helo_if_needed()
    offered = client.esmtp_features.get("auth", "").upper().split()
    if "PLAIN" not in offered:
        raise Refused(f"smtp: the user name or password is not ASCII, which only AUTH PLAIN (UTF-8) can carry, "
                      f"and {host} does not offer it (offers: {reply_text(' '.join(offered)) or 'no login'}); "
                      f"use an ASCII password")
    blob = base64.b64encode(f"\0{user}\0{password}".encode("utf-8")).decode("ascii")
    code, resp = client.docmd("AUTH", "PLAIN " + blob)
    if code != 235:
        raise smtplib.SMTPAuthenticationError(code, resp)


def _deliver(settings, user, password, msg: EmailMessage, sender: str, recipients: list[str]) -> dict:
    port, timeout = settings.effective_port, settings.timeout
    if settings.tls == "ssl":
        client = _SMTP_SSL(settings.host, port, timeout=timeout, context=_context(settings))
    else:
        client = _SMTP(settings.host, port, timeout=timeout)
    try:
        client.ehlo()
        if settings.tls == "starttls":
            client.starttls(context=_context(settings))
            client.ehlo()
        if user:
            _login(client, settings.host, user, password)
        refused = client.send_message(msg, from_addr=sender, to_addrs=recipients)
    except BaseException as exc:
        client.close()
        if client.body_sent and isinstance(exc, _BROKEN):
            # the server has the whole message and did not say whether it took it: sending it again could
            # deliver it twice
            raise Uncertain(f"{settings.host}: the connection broke after the message was sent and before the "
                            f"server answered ({type(exc).__name__})") from None
        raise
    # Accepted: a connection that breaks at QUIT must not make us send the message again.
    try:
        client.quit()
    except (smtplib.SMTPException, OSError):
        client.close()
    return refused


def send(settings, msg: EmailMessage, sender: str, recipients: list[str], sleep=time.sleep) -> dict:
    """Deliver `msg`; returns the recipients the server refused while accepting the others."""
    user, password = credentials(settings)
    attempts = settings.retries + 1
    for attempt in range(1, attempts + 1):
        try:
            return _deliver(settings, user, password, msg, sender, recipients)
        except Exception as exc:  # sorted into temporary and permanent below
            kind = _classify(exc, settings.host)
            if not isinstance(kind, Temporary):
                if kind is exc:
                    raise
                raise kind from None
            if attempt == attempts:
                raise EnvironmentProblem(f"{settings.host}: gave up after {attempts} attempt(s): {kind}") from None
            wait = settings.backoff * 2 ** (attempt - 1)
            log.info(f"{settings.host}: {kind}; trying again in {wait:g} s ({attempt}/{attempts - 1})")
            sleep(wait)
    raise AssertionError("unreachable")
