"""`briefing send` sends each message of a complete edition exactly once, whatever fails; the operators hear of
failures; nothing a mail server says reaches the terminal unsafely. A real SMTP server (aiosmtpd on 127.0.0.1)
throughout; the client is the real command in its own process, killed with SIGKILL where a test says so."""
from __future__ import annotations

import asyncio
import base64
import json
import os
import re
import signal
import subprocess
import sys
import threading
from contextlib import contextmanager
from pathlib import Path

import pytest
from aiosmtpd.controller import Controller
from aiosmtpd.smtp import SMTP, AuthResult, LoginPassword

from conftest import SEED, run_cli
from mailcheck import check
from test_send import PASSWORD, Server, _free_port, built, make_book, send, sent_log, smtp_server  # noqa: F401


def assert_lines(proc, code: int, *expected: str) -> list[str]:
    """Exit code, no traceback, each expected regex a whole line of stderr; the lines, for more checks."""
    err = proc.stderr
    assert proc.returncode == code, f"exit {proc.returncode}, expected {code}:\n{err}"
    assert "Traceback" not in err and "internal error" not in err, err
    lines = err.splitlines()
    for pattern in expected:
        assert any(re.fullmatch(pattern, line) for line in lines), f"no line matches\n  {pattern}\nin:\n{err}"
    return lines


def slow_book(tmp_path: Path, built: Path, port: int, **kwargs) -> Path:
    """make_book's project with a patient client: a test holds the server still while it kills the client."""
    book = make_book(tmp_path, built, port, **kwargs)
    book.write_text(book.read_text(encoding="utf-8").replace("timeout = 10", "timeout = 300"), encoding="utf-8")
    return book


def delivered_to(server, address: str) -> list:
    return [msg for rcpts, msg in server.accepted if address in rcpts]


MINISTRY, DESK = "minister@example.org", "energy.desk@example.org"


# ------------------------------------------------------------------------------------------------ complete editions
def test_a_partial_edition_sends_nothing_then_the_whole_one_once(tmp_path, smtp_server):
    """Only one shard of the book built: the list that needs the others receives nothing and the run fails;
    once the rest is built, the edition goes out once."""
    sys.path.insert(0, str(SEED.parent.parent))
    from briefing.delivery.book import in_shard
    stems = ["kz-jp_energy_ru", "kz-jp_trade_ru"]
    k, n = next((k, n) for n in (3, 2, 4, 5) for k in range(1, n + 1)
                if sum(in_shard(s, (k, n)) for s in stems) == 1)
    built_stem = next(s for s in stems if in_shard(s, (k, n)))
    missing = next(s for s in stems if s != built_stem)

    server, port = smtp_server()
    book = tmp_path / "book.toml"
    book.write_text(f'[book]\ndossier = "{SEED}"\nout = "out"\ntopics = ["energy", "trade"]\nlanguages = ["ru"]\n'
                    f'formats = ["pdf"]\n\n[[lists]]\nname = "ministry"\nto = ["{MINISTRY}"]\nnotes = ["*_ru"]\n\n'
                    f'[smtp]\nhost = "127.0.0.1"\nport = {port}\ntls = "none"\nsender = "briefing@example.org"\n'
                    f'retries = 0\n', encoding="utf-8")
    run_cli("build", "--config", book, "--shard", f"{k}/{n}", "--edition", "2026-w50", "--jobs", "1",
            cwd=tmp_path, check=True)
    proc = run_cli("send", "--config", book, cwd=tmp_path)
    assert_lines(proc, 1, rf"error: list ministry: edition 2026-w50 is incomplete, nothing sent: missing "
                          rf"{missing} \(not built\)")
    assert server.accepted == [] and sent_log(book) == []

    for other in range(1, n + 1):
        if other != k:
            run_cli("build", "--config", book, "--shard", f"{other}/{n}", "--edition", "2026-w50", "--jobs", "1",
                    cwd=tmp_path, check=True)
    proc = run_cli("send", "--config", book, cwd=tmp_path)
    assert proc.returncode == 0, proc.stderr
    assert len(server.accepted) == 1
    built_on = json.loads((tmp_path / "out" / "manifest" / "kz-jp_trade_ru.json").read_text(encoding="utf-8"))["built"]
    assert sorted(p.get_filename() for p in server.accepted[0][1].iter_attachments()) == \
        [f"kz-jp_energy_ru_{built_on}.pdf", f"kz-jp_trade_ru_{built_on}.pdf"]
    assert [(e["list"], e["edition"], e["state"]) for e in sent_log(book)] == [("ministry", "2026-w50", "sent")]
    assert run_cli("send", "--config", book, cwd=tmp_path).returncode == 0 and len(server.accepted) == 1

    # The next edition stamps the notes it found up to date: a note of an older edition counts as missing.
    record = tmp_path / "out" / "manifest" / f"{missing}.json"
    data = json.loads(record.read_text(encoding="utf-8"))
    run_cli("build", "--config", book, "--shard", f"{k}/{n}", "--edition", "2026-w51", "--jobs", "1",
            cwd=tmp_path, check=True)
    assert json.loads(record.read_text(encoding="utf-8")) == data   # the other shard's note: untouched
    proc = run_cli("send", "--config", book, cwd=tmp_path)
    assert_lines(proc, 1, rf"error: list ministry: edition 2026-w51 is incomplete, nothing sent: missing "
                          rf"{missing} \(last built in edition 2026-w50\)")
    assert len(server.accepted) == 1


def test_send_refuses_a_bad_edition_name(tmp_path, built):
    book = make_book(tmp_path, built, _free_port())
    proc = send(book, "--edition", "../x")
    assert_lines(proc, 2, r"error: --edition: expected letters, digits, '\.', '_' or '-' .*; got '\.\./x'")


# ------------------------------------------------------------------------------------------------ exactly once
class Stopping(Server):
    """Holds the client still at one step of one SMTP transaction (`mail1`: the first MAIL FROM, `data1`: the
    first message received, before its 250; `quit1`: after the first 250, at the QUIT that follows), so that
    the test can kill the client there."""

    def __init__(self, stop_at: str | None):
        super().__init__()
        self.stop_at = stop_at
        self.seen = {"mail": 0, "data": 0, "quit": 0}
        self.reached, self.release = threading.Event(), threading.Event()

    async def _step(self, name: str) -> None:
        self.seen[name] += 1
        if self.stop_at == f"{name}{self.seen[name]}":
            self.stop_at = None
            self.reached.set()
            while not self.release.is_set():
                await asyncio.sleep(0.01)

    async def handle_MAIL(self, server, session, envelope, address, mail_options):
        await self._step("mail")
        envelope.mail_from = address
        envelope.mail_options.extend(mail_options)
        return "250 OK"

    async def handle_DATA(self, server, session, envelope):
        answer = await super().handle_DATA(server, session, envelope)   # received (and kept) by the server
        await self._step("data")
        return answer

    async def handle_QUIT(self, server, session, envelope):
        await self._step("quit")
        return await super().handle_QUIT(server, session, envelope)


def _start_send(book: Path, *args) -> subprocess.Popen:
    return subprocess.Popen([sys.executable, "-m", "briefing", "send", "--config", str(book), *args],
                            cwd=book.parent, env={**os.environ, "TEST_SMTP_PASSWORD": PASSWORD},
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)


def _kill_when(proc: subprocess.Popen, reached) -> None:
    """SIGKILL the client once `reached()` holds (a guard, not a timing: a client that ends first fails)."""
    while not reached():
        if proc.poll() is not None:
            raise AssertionError(f"the client ended before the step (exit {proc.returncode}):\n"
                                 f"{proc.stderr.read()}")
    proc.send_signal(signal.SIGKILL)
    proc.communicate()
    assert proc.returncode == -signal.SIGKILL


def _reading_fifo(path: Path):
    """True once a process has the FIFO `path` open for reading (opening its write end no longer fails)."""
    def check() -> bool:
        try:
            fd = os.open(path, os.O_WRONLY | os.O_NONBLOCK)
        except OSError:
            return False
        os.close(fd)
        return True
    return check


# The steps of sending ministry's message, then energy-desk's (the lists in the order of the file):
STEPS = {
    "before-pending": "the sent-log is being read (lock held); nothing written yet",
    "mail1": "ministry pending, the message not yet handed over (at MAIL FROM)",
    "data1": "ministry's message received by the server, its 250 not yet given",
    "quit1": "ministry's message accepted (250 given), the sent entry not yet written",
    "mail2": "ministry recorded sent, energy-desk pending (at its MAIL FROM)",
}


@pytest.mark.parametrize("step", list(STEPS))
def test_a_send_killed_at_any_step_never_delivers_twice(step, tmp_path, built):
    handler = Stopping(None if step == "before-pending" else step)
    port = _free_port()
    controller = Controller(handler, hostname="127.0.0.1", port=port, authenticator=handler.authenticate,
                            auth_require_tls=False)
    controller.start()
    try:
        book = slow_book(tmp_path, built, port)
        log_path = tmp_path / "out" / "sent-log.json"
        if step == "before-pending":
            # The run takes the sent-log's lock, then reads the log; a FIFO there holds it at that read.
            os.mkfifo(log_path)
            proc = _start_send(book)
            _kill_when(proc, _reading_fifo(log_path))
            log_path.unlink()
            assert not log_path.exists()
        else:
            proc = _start_send(book)
            _kill_when(proc, handler.reached.is_set)
            handler.release.set()

        pending = [e for e in sent_log(book) if e["state"] == "pending"]
        again = send(book)
        if step == "before-pending":
            assert again.returncode == 0, again.stderr
        else:
            # The message that was on its way when the client died is not sent again on its own.
            uncertain = "ministry" if step != "mail2" else "energy-desk"
            assert [e["list"] for e in pending] == [uncertain]
            mid = pending[0]["message_id"]
            lines = assert_lines(again, 1, rf"error: list {uncertain}: edition \S+ may have been delivered "
                                           rf"\(Message-ID {re.escape(mid)}\): a run stopped while sending it; "
                                           rf"check, then `briefing send --resend {re.escape(mid)}` .*")
            assert sum("may have been delivered" in line for line in lines) == 1
            arrived = [msg["Message-ID"] for _, msg in handler.accepted]
            if step in ("data1", "quit1"):
                # The operator finds it on the server (by its Message-ID) and records it as sent.
                assert mid in arrived
                marked = send(book, "--mark-sent", mid)
                assert marked.returncode == 0, marked.stderr
            else:
                # Not on the server: the operator sends it; the same Message-ID, so that a copy that did arrive
                # would be dropped by the recipient's mail client.
                assert mid not in arrived
                resent = send(book, "--resend", mid.strip("<>"))
                assert resent.returncode == 0, resent.stderr
                assert handler.accepted[-1][1]["Message-ID"] == mid
        final = send(book)
        assert final.returncode == 0, final.stderr
        assert len(delivered_to(handler, MINISTRY)) == 1 and len(delivered_to(handler, DESK)) == 1
        assert len(handler.accepted) == 2
        assert sorted((e["list"], e["state"]) for e in sent_log(book)) == [("energy-desk", "sent"),
                                                                           ("ministry", "sent")]
    finally:
        handler.release.set()
        controller.stop()


def test_a_refused_message_is_not_left_pending(tmp_path, built, smtp_server):
    """The server said no: the message certainly did not go, so the next run sends it without asking."""
    server, port = smtp_server(script=["550 5.7.1 Message rejected by policy"])
    book = make_book(tmp_path, built, port)
    proc = send(book, "--list", "ministry")
    assert_lines(proc, 3, r"error: list ministry: not sent: 127\.0\.0\.1 refused the message: 550 5\.7\.1 "
                          r"Message rejected by policy")
    assert not (tmp_path / "out" / "sent-log.json").exists()
    assert send(book, "--list", "ministry").returncode == 0 and len(server.accepted) == 1


# ------------------------------------------------------------------------------------------------ hostile state
@pytest.mark.parametrize("content,expected", [
    ('{"sent": [{"list": 1}]}', r"not a sent-log: sent\.0\.list: Input should be a valid string"),
    ('{"sent": {}}', r"not a sent-log: sent: Input should be a valid list"),
    ('[1, 2]', r"not a sent-log: the file: Input should be a valid dictionary.*"),
    ('{"sent": [', r"not a sent-log: not JSON \(.*\)"),
], ids=["field", "entries", "array", "truncated"])
def test_a_sent_log_of_the_wrong_shape_stops_the_run(content, expected, tmp_path, built, smtp_server):
    server, port = smtp_server()
    book = make_book(tmp_path, built, port)
    log_path = tmp_path / "out" / "sent-log.json"
    log_path.write_text(content, encoding="utf-8")
    proc = send(book)
    lines = assert_lines(proc, 3, rf"error: {re.escape(str(log_path))}: {expected}; fix or remove it "
                                  rf"\(nothing was sent\)")
    assert len(lines) == 1
    assert server.accepted == [] and log_path.read_text(encoding="utf-8") == content


def test_a_manifest_record_of_the_wrong_shape_counts_as_not_built(tmp_path, built, smtp_server):
    server, port = smtp_server()
    book = make_book(tmp_path, built, port)
    record = tmp_path / "out" / "manifest" / "kz-jp_trade_ru.json"
    data = json.loads(record.read_text(encoding="utf-8"))
    record.write_text(json.dumps({**data, "outputs": ["kz-jp_trade_ru.pdf"]}), encoding="utf-8")
    proc = send(book)
    assert_lines(proc, 1, rf"error: list ministry: edition \S+ is incomplete, nothing sent: missing kz-jp_trade_ru "
                          rf"\({re.escape(str(record))}: not a manifest record: outputs: Input should be a valid "
                          rf"dictionary\)")
    assert [rcpts for rcpts, _ in server.accepted] == [[DESK]]   # the other list's notes are all there


@pytest.fixture
def read_only():
    """Make a folder unwritable: by permissions for a user, immutable (chattr +i) for root, who ignores them."""
    done = []

    def make(folder: Path) -> None:
        if os.geteuid() != 0:
            folder.chmod(0o555)
        elif subprocess.run(["chattr", "+i", str(folder)], capture_output=True).returncode != 0:
            pytest.skip("root here cannot make a folder read-only (chattr +i refused)")
        done.append(folder)

    yield make
    for folder in done:
        folder.chmod(0o755) if os.geteuid() != 0 else subprocess.run(["chattr", "-i", str(folder)])


def test_a_read_only_output_folder_stops_send_before_anything_is_sent(tmp_path, built, smtp_server, read_only):
    server, port = smtp_server()
    book = make_book(tmp_path, built, port)
    out = tmp_path / "out"
    read_only(out)
    proc = send(book)
    lines = assert_lines(proc, 3, rf"error: {re.escape(str(out))}: the output folder is not writable: "
                                  rf"(Permission denied|Operation not permitted)")
    assert len(lines) == 1 and server.accepted == []


def test_two_addresses_in_one_string_are_refused(tmp_path, built):
    book = make_book(tmp_path, built, _free_port())
    text = book.read_text(encoding="utf-8").replace('to = ["energy.desk@example.org"]',
                                                    'to = ["energy.desk@example.org, boss@example.org"]')
    book.write_text(text, encoding="utf-8")
    line = 1 + text.splitlines().index('to = ["energy.desk@example.org, boss@example.org"]')
    proc = send(book, "--dry-run")
    assert_lines(proc, 1, rf"{re.escape(str(book))}:{line}: lists\[1\]\.to: 'energy\.desk@example\.org, "
                          rf"boss@example\.org' holds several addresses: give each as its own item, .*")


# ------------------------------------------------------------------------------------------------ what a server says
class Hostile(SMTP):
    """A server whose replies carry terminal escapes, 31 lines, and the client's own login line echoed back."""

    async def smtp_AUTH(self, arg):
        echo = "\r\n".join(f"535-5.7.8 {text}" for text in (f"you said: AUTH {arg}", f"bad: {arg.split()[-1]}"))
        await self.push(f"{echo}\r\n535 5.7.8 \x1b[2J\x1b]0;owned\x07\x1b[31mrefused\r")


class HostileController(Controller):
    def factory(self):
        return Hostile(self.handler, **self.SMTP_kwargs)


class ThirtyOneLines:
    async def handle_DATA(self, server, session, envelope):
        lines = [f"554-5.7.1 \x1b[1mline {i}\x1b[0m\rhidden" for i in range(1, 31)]
        return "\r\n".join(lines + ["554 5.7.1 \x1b[31mline 31\x07"])


@contextmanager
def _serving(controller_class, handler, **kwargs):
    """A server of our own on 127.0.0.1 for the block; its port."""
    port = _free_port()
    controller = controller_class(handler, hostname="127.0.0.1", port=port, auth_require_tls=False, **kwargs)
    controller.start()
    try:
        yield port
    finally:
        controller.stop()


def test_a_server_echoing_the_login_shows_nothing_of_it(tmp_path, built):
    with _serving(HostileController, Server()) as port:
        book = make_book(tmp_path, built, port)
        proc = send(book, "--list", "ministry")
    lines = assert_lines(proc, 3, r"error: list ministry: not sent: 127\.0\.0\.1 refused the login "
                                  r"\(535 5\.7\.8 you said: AUTH …\)")
    assert len(lines) == 2
    b64 = lambda text: base64.b64encode(text.encode()).decode()  # noqa: E731
    for secret in (PASSWORD, b64(PASSWORD), b64("briefing"), b64(f"\0briefing\0{PASSWORD}")):
        assert secret not in proc.stderr + proc.stdout
    assert "\x1b" not in proc.stderr and "\r" not in proc.stderr
    assert not (tmp_path / "out" / "sent-log.json").exists()


def test_a_31_line_reply_with_escapes_is_one_clean_line(tmp_path, built):
    with _serving(Controller, ThirtyOneLines(), authenticator=Server().authenticate) as port:
        book = make_book(tmp_path, built, port)
        proc = send(book, "--list", "ministry")
    lines = assert_lines(proc, 3, r"error: list ministry: not sent: 127\.0\.0\.1 refused the message: 554 "
                                  r"5\.7\.1 line 1 hidden 5\.7\.1 line 2 hidden .* 5\.7\.1 line 30 hidden 5\.7\.1 line 31")
    assert len(lines) == 2
    assert not re.search(r"[\x00-\x08\x0b-\x1f\x7f]", proc.stderr)


UNICODE_PASSWORD = "пароль-Ünï"


class UnicodeLogin(Server):
    def authenticate(self, server, session, envelope, mechanism, auth_data):
        if isinstance(auth_data, LoginPassword):
            self.logins.append(auth_data.login.decode())
            return AuthResult(success=auth_data.password == UNICODE_PASSWORD.encode("utf-8"), handled=False)
        return AuthResult(success=False, handled=False)


def test_a_non_ascii_password_logs_in_with_auth_plain(tmp_path, built):
    handler = UnicodeLogin()
    with _serving(Controller, handler, authenticator=handler.authenticate) as port:
        book = make_book(tmp_path, built, port)
        proc = run_cli("send", "--config", book, "--list", "ministry", cwd=tmp_path,
                       env={"TEST_SMTP_PASSWORD": UNICODE_PASSWORD})
    assert proc.returncode == 0, proc.stderr
    assert handler.logins == ["briefing"] and len(handler.accepted) == 1


def test_a_non_ascii_password_without_auth_plain_is_one_line(tmp_path, built):
    handler = UnicodeLogin()
    with _serving(Controller, handler, authenticator=handler.authenticate,
                  auth_exclude_mechanism=["PLAIN"]) as port:
        book = make_book(tmp_path, built, port)
        proc = run_cli("send", "--config", book, "--list", "ministry", cwd=tmp_path,
                       env={"TEST_SMTP_PASSWORD": UNICODE_PASSWORD})
    lines = assert_lines(proc, 3, r"error: list ministry: not sent: smtp: the user name or password is not ASCII, "
                                  r"which only AUTH PLAIN \(UTF-8\) can carry, and 127\.0\.0\.1 does not offer it "
                                  r"\(offers: LOGIN\); use an ASCII password")
    assert len(lines) == 2 and UNICODE_PASSWORD not in proc.stderr
    assert handler.accepted == [] and not (tmp_path / "out" / "sent-log.json").exists()


# ------------------------------------------------------------------------------------------------ operator alerts
RUN_ENV = {"GITHUB_RUN_ID": "4242", "GITHUB_SERVER_URL": "https://github.example", "GITHUB_REPOSITORY": "min/notes"}


def _with_alerts(book: Path) -> None:
    book.write_text(book.read_text(encoding="utf-8") + '\n[alerts]\nto = ["Ops <ops@example.org>"]\n',
                    encoding="utf-8")


def test_a_failed_send_alerts_the_operators(tmp_path, built, smtp_server):
    server, port = smtp_server()
    book = make_book(tmp_path, built, port)
    _with_alerts(book)
    (tmp_path / "out" / "manifest" / "kz-jp_trade_ru.json").unlink()
    proc = run_cli("send", "--config", book, cwd=tmp_path, env={"TEST_SMTP_PASSWORD": PASSWORD, **RUN_ENV})
    assert_lines(proc, 1, r"error: list ministry: edition \S+ is incomplete, nothing sent: missing kz-jp_trade_ru "
                          r"\(not built\)", r"alert sent to Ops <ops@example\.org>")
    assert [rcpts for rcpts, _ in server.accepted] == [[DESK], ["ops@example.org"]]
    alert = check(server.raw[1])    # within the same line limits as an edition
    assert alert["Subject"] == "briefing send failed (exit 1)"
    assert alert.get_content_type() == "text/plain" and not list(alert.iter_attachments())
    body = alert.get_content()
    assert "failed with exit code 1" in body and "run: https://github.example/min/notes/actions/runs/4242" in body
    assert "error: list ministry: edition" in body and "missing kz-jp_trade_ru (not built)" in body
    assert "error: 1 problem(s) while sending; see above" in body
    assert PASSWORD not in body


def test_the_workflows_alert_command_mails_the_operators(tmp_path, built, smtp_server):
    # the CI workflow's last job: a shard that never ran is no failure of briefing's own, so it says it
    server, port = smtp_server()
    book = make_book(tmp_path, built, port)
    _with_alerts(book)
    proc = run_cli("alert", "--config", book, "--message", "briefings run 4242 failed: build failure, send skipped",
                   cwd=tmp_path, env={"TEST_SMTP_PASSWORD": PASSWORD, **RUN_ENV})
    assert proc.returncode == 0, proc.stderr
    ((rcpts, _),) = server.accepted
    assert rcpts == ["ops@example.org"]
    alert = check(server.raw[0])
    assert alert["Subject"].startswith("briefing: briefings run 4242 failed")
    body = alert.get_content()
    assert "build failure, send skipped" in body and "run: https://github.example/min/notes/actions/runs/4242" in body
    # no [alerts]: one line, exit 2; an unreachable server: one line, exit 3
    bare = make_book(tmp_path / "bare", built, port)
    proc = run_cli("alert", "--config", bare, "--message", "x", cwd=tmp_path)
    assert_lines(proc, 2, r"error: .*book\.toml: no \[alerts\] table: whom to alert\?")
    server_gone = make_book(tmp_path / "gone", built, _free_port())
    _with_alerts(server_gone)
    proc = run_cli("alert", "--config", server_gone, "--message", "x", cwd=tmp_path,
                   env={"TEST_SMTP_PASSWORD": PASSWORD})
    assert proc.returncode == 3 and "alert not sent to Ops <ops@example.org>" in proc.stderr
    assert "Traceback" not in proc.stderr


def test_an_alert_that_cannot_be_sent_does_not_hide_the_error(tmp_path):
    book = tmp_path / "book.toml"
    book.write_text(f'[book]\ndossier = "{tmp_path / "no-such-dossier"}"\nout = "out"\ntopics = ["energy"]\n\n'
                    f'[smtp]\nhost = "127.0.0.1"\nport = {_free_port()}\ntls = "none"\n'
                    f'sender = "briefing@example.org"\nretries = 0\n\n[alerts]\nto = ["ops@example.org"]\n',
                    encoding="utf-8")
    proc = run_cli("build", "--config", book, cwd=tmp_path)
    lines = assert_lines(proc, proc.returncode,
                         r"error: alert not sent to ops@example\.org: 127\.0\.0\.1: gave up after 1 attempt\(s\): "
                         r"ConnectionRefusedError: .*")
    assert proc.returncode not in (0, 70)
    assert lines[-1].startswith("error: ") and not lines[-1].startswith("error: alert")   # the build's own, last
    assert "no-such-dossier" in proc.stderr


def test_alert_addresses_are_checked(tmp_path, built):
    book = make_book(tmp_path, built, _free_port())
    book.write_text(book.read_text(encoding="utf-8") + '\n[alerts]\nto = ["ops"]\n', encoding="utf-8")
    line = len(book.read_text(encoding="utf-8").splitlines())
    proc = send(book, "--dry-run")
    assert_lines(proc, 1, rf"{re.escape(str(book))}:{line}: alerts\.to: not an e-mail address: 'ops'")


# ------------------------------------------------------------------------------------------------ build's side
def test_build_stamps_notes_without_facts_and_rebuilds_a_bad_record(tmp_path):
    """A period without facts is part of the edition as "nothing to attach", not a missing note; a record of
    the wrong shape is named in one warning and the note rebuilt."""
    book = tmp_path / "book.toml"
    book.write_text(f'[book]\ndossier = "{SEED}"\nout = "out"\ntopics = ["energy"]\nperiods = ["1999", "2025"]\n'
                    f'languages = ["ru"]\nformats = ["pdf"]\n\n[[lists]]\nname = "desk"\nto = ["desk@example.org"]\n'
                    f'\n[smtp]\nhost = "127.0.0.1"\nport = {_free_port()}\ntls = "none"\n'
                    f'sender = "briefing@example.org"\n', encoding="utf-8")
    run_cli("build", "--config", book, "--jobs", "1", "--edition", "e1", cwd=tmp_path, check=True)
    proc = run_cli("send", "--config", book, "--dry-run", cwd=tmp_path)
    assert proc.returncode == 0, proc.stderr
    assert "kz-jp_energy_1999_ru had no facts in edition e1" in proc.stderr
    [eml] = [Path(p) for p in proc.stdout.split()]
    assert eml.name == "desk_e1.eml"
    assert [p.get_filename()[:-15] for p in check(eml.read_bytes()).iter_attachments()] == ["kz-jp_energy_2025_ru"]

    record = tmp_path / "out" / "manifest" / "kz-jp_energy_2025_ru.json"
    record.write_text('{"format": 1, "stem": "kz-jp_energy_2025_ru", "surprise": true}', encoding="utf-8")
    proc = run_cli("build", "--config", book, "--jobs", "1", "--edition", "e2", cwd=tmp_path)
    assert proc.returncode == 0, proc.stderr
    assert re.search(rf"(?m)^warning: {re.escape(str(record))}: not a manifest record: \S+: .*; rebuilding "
                     rf"kz-jp_energy_2025_ru$", proc.stderr)
    assert json.loads(record.read_text(encoding="utf-8"))["edition"] == "e2"


def test_resend_and_mark_sent_need_a_message_of_the_log(tmp_path, built):
    book = make_book(tmp_path, built, _free_port())
    log_path = tmp_path / "out" / "sent-log.json"
    proc = send(book, "--resend", "<nope@example.org>")
    assert_lines(proc, 2, rf"error: --resend: no message <nope@example\.org> in {re.escape(str(log_path))}")
    proc = send(book, "--mark-sent", "nope@example.org")
    assert_lines(proc, 2, rf"error: --mark-sent: no message nope@example\.org in {re.escape(str(log_path))}")
    assert not log_path.exists()
