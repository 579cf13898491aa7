"""Handing a message to the mail server: STARTTLS or implicit TLS, temporary failures (4xx, connection reset,
timeout) retried with back-off, permanent ones (5xx) raised as one clear error. The password is read from the
environment and never printed."""
from __future__ import annotations

import ipaddress
import logging
import os
import smtplib
import socket
import ssl
import time
from email.message import EmailMessage

from ..errors import EnvironmentProblem, UsageError

log = logging.getLogger(__name__)


class Temporary(Exception):
    """Worth another attempt: the server said 4xx, or the connection broke or timed out."""


class Refused(EnvironmentProblem):
    """The server refused for good (5xx), or TLS or the login failed."""


def _is_loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


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
        return Refused(f"{host}: {exc}")
    if isinstance(exc, ssl.SSLError):
        return Refused(f"{host}: TLS failed: {exc.reason or exc}")
    if isinstance(exc, (smtplib.SMTPServerDisconnected, ConnectionError, TimeoutError, socket.timeout)):
        return Temporary(f"{type(exc).__name__}: {exc}" if str(exc) else type(exc).__name__)
    if isinstance(exc, socket.gaierror):
        return Refused(f"{host}: unknown host ({exc.strerror or exc})")
    if isinstance(exc, OSError):
        return Temporary(f"{exc.strerror or exc}")
    return exc


def reply_text(raw) -> str:
    """A server's reply text (bytes from smtplib) as text."""
    return raw.decode("utf-8", "replace") if isinstance(raw, bytes) else str(raw)


def _deliver(settings, user, password, msg: EmailMessage, sender: str, recipients: list[str]) -> dict:
    port, timeout = settings.effective_port, settings.timeout
    if settings.tls == "ssl":
        client = smtplib.SMTP_SSL(settings.host, port, timeout=timeout, context=_context(settings))
    else:
        client = smtplib.SMTP(settings.host, port, timeout=timeout)
    try:
        client.ehlo()
        if settings.tls == "starttls":
            client.starttls(context=_context(settings))
            client.ehlo()
        if user:
            client.login(user, password)
        refused = client.send_message(msg, from_addr=sender, to_addrs=recipients)
    except BaseException:
        client.close()
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
