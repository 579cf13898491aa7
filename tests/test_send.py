"""`briefing send`: messages received by a real SMTP server (aiosmtpd on 127.0.0.1), read back as a mail client."""
from __future__ import annotations

import email
import json
import re
from html import escape as html_escape
import shutil
import socket
import ssl
import subprocess
from email import policy
from pathlib import Path

import pytest
from aiosmtpd.controller import Controller
from aiosmtpd.smtp import AuthResult, LoginPassword

from conftest import SEED, run_cli
from mailcheck import check, rfc2047_names

PASSWORD = "s3cret-Pa55word"


class Server:
    """Records every accepted message; `script` gives the answers to the first DATA commands (e.g. a 451)."""

    def __init__(self, script=()):
        self.script = list(script)
        self.attempts = 0
        self.accepted = []   # (envelope recipients, message)
        self.raw = []        # the accepted messages' bytes, as received
        self.logins = []
        self.hang_up_at_quit = False
        self.resets_at_rcpt = 0     # how many transactions break at RCPT, before any of the message is sent

    async def handle_RCPT(self, server, session, envelope, address, rcpt_options):
        if self.resets_at_rcpt:
            self.resets_at_rcpt -= 1
            server.transport.abort()
            return "451 4.4.2 never seen by the client"
        envelope.rcpt_tos.append(address)
        return "250 OK"

    async def handle_DATA(self, server, session, envelope):
        self.attempts += 1
        answer = self.script.pop(0) if self.script else "250 2.0.0 OK"
        if answer == "RESET":   # the connection breaks in the middle of the transaction
            server.transport.abort()
            return "451 4.4.2 never seen by the client"
        if answer.startswith("250"):
            msg = email.message_from_bytes(envelope.original_content, policy=policy.default)
            self.accepted.append((list(envelope.rcpt_tos), msg))
            self.raw.append(envelope.original_content)
        return answer

    async def handle_QUIT(self, server, session, envelope):
        if self.hang_up_at_quit:   # accepted, then the line drops before "221 Bye"
            server.transport.abort()
        return "221 Bye"

    def authenticate(self, server, session, envelope, mechanism, auth_data):
        if isinstance(auth_data, LoginPassword):
            self.logins.append(auth_data.login.decode())
            return AuthResult(success=auth_data.password.decode() == PASSWORD, handled=False)
        return AuthResult(success=False, handled=False)


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture
def smtp_server():
    started = []

    def start(script=(), **kwargs) -> tuple[Server, int]:
        handler = Server(script)
        port = _free_port()
        controller = Controller(handler, hostname="127.0.0.1", port=port, authenticator=handler.authenticate,
                                auth_require_tls=False, **kwargs)
        controller.start()
        started.append(controller)
        return handler, port

    yield start
    for c in started:
        c.stop()


@pytest.fixture(scope="module")
def built(tmp_path_factory) -> Path:
    """A small book (energy and trade, Russian and English), built once; each test sends from its own copy."""
    folder = tmp_path_factory.mktemp("book")
    (folder / "book.toml").write_text(f'[book]\ndossier = "{SEED}"\nout = "out"\ntopics = ["energy", "trade"]\n'
                                      f'languages = ["ru", "en"]\n', encoding="utf-8")
    run_cli("build", "--config", folder / "book.toml", "--jobs", "2", cwd=folder, check=True)
    return folder / "out"


def make_book(tmp_path: Path, built: Path, port: int, smtp_extra: str = "", tls: str = "none",
              dossier: Path = SEED, ministry: str = "", desk: str = "", languages: str = '["ru"]') -> Path:
    shutil.copytree(built, tmp_path / "out")
    path = tmp_path / "book.toml"
    path.write_text(f"""[book]
dossier = "{dossier}"
out = "out"
topics = ["energy", "trade"]
languages = {languages}

[[lists]]
name = "ministry"
to = ["Министр <minister@example.org>", "aide@example.org"]
cc = ["archive@example.org"]
bcc = ["hidden@example.org"]
notes = ["*_ru"]
{ministry}

[[lists]]
name = "energy-desk"
to = ["energy.desk@example.org"]
notes = ["energy_*"]
docx = true
lang = "en"
languages = ["ru"]
{desk}

[smtp]
host = "127.0.0.1"
port = {port}
tls = "{tls}"
sender = "Справки <briefing@example.org>"
user = "briefing"
password_env = "TEST_SMTP_PASSWORD"
timeout = 10
retries = 3
backoff = 0.05
{smtp_extra}
""", encoding="utf-8")
    return path


def send(book: Path, *args):
    return run_cli("send", "--config", book, *args, cwd=book.parent, env={"TEST_SMTP_PASSWORD": PASSWORD})


def sent_log(book: Path) -> list:
    path = book.parent / "out" / "sent-log.json"
    return json.loads(path.read_text(encoding="utf-8"))["sent"] if path.exists() else []


def attachments(msg) -> dict[str, bytes]:
    return {part.get_filename(): part.get_content() for part in msg.iter_attachments()}


def test_messages_arrive_with_the_built_files(tmp_path, built, smtp_server):
    server, port = smtp_server()
    book = make_book(tmp_path, built, port)
    proc = send(book)
    assert proc.returncode == 0, proc.stderr
    assert PASSWORD not in proc.stdout + proc.stderr
    assert server.logins == ["briefing", "briefing"]
    assert len(server.accepted) == 2
    by_subject = {msg["Subject"]: (rcpts, msg) for rcpts, msg in server.accepted}
    out = tmp_path / "out"
    date = json.loads((out / "manifest" / "kz-jp_energy_ru.json").read_text(encoding="utf-8"))["built"]

    for raw, (_, msg) in zip(server.raw, server.accepted):
        check(raw)
        assert rfc2047_names(msg, "From") == ["Справки"]
    rcpts, msg = by_subject[f"Справки: энергетика, торговля и инвестиции — выпуск от {date}"]
    assert sorted(rcpts) == ["aide@example.org", "archive@example.org", "hidden@example.org", "minister@example.org"]
    assert msg["Content-Language"] == "ru"
    assert msg["Bcc"] is None and "hidden@example.org" not in msg.as_string()
    assert msg["To"].addresses[0].display_name == "Министр"
    assert attachments(msg) == {f"kz-jp_energy_ru_{date}.pdf": (out / "kz-jp_energy_ru.pdf").read_bytes(),
                                f"kz-jp_trade_ru_{date}.pdf": (out / "kz-jp_trade_ru.pdf").read_bytes()}
    text = msg.get_body(("plain",)).get_content()
    html = msg.get_body(("html",)).get_content()
    record = json.loads((out / "manifest" / "kz-jp_trade_ru.json").read_text(encoding="utf-8"))
    assert record["key_points"]
    for point in record["key_points"]:
        assert point in text
    assert "Основные тезисы" in text and "<h3>Основные тезисы</h3>" in html
    for point in record["key_points"]:
        assert html_escape(point) in html
    assert "СПРАВКА" in html

    rcpts, msg = by_subject[f"Briefing notes: energy (ru) — edition of {date}"]
    assert rcpts == ["energy.desk@example.org"]
    assert attachments(msg) == {f"kz-jp_energy_ru_{date}.{ext}": (out / f"kz-jp_energy_ru.{ext}").read_bytes()
                                for ext in ("docx", "pdf")}
    assert msg["Content-Language"] == "en, ru"    # the message's words, then the notes'
    assert [p["Content-Language"] for p in msg.iter_attachments()] == ["ru", "ru"]
    assert [e["list"] for e in sent_log(book)] == ["ministry", "energy-desk"]

    # The same edition again: nothing is sent, unless forced.
    again = send(book)
    assert again.returncode == 0 and len(server.accepted) == 2
    assert "already sent" in again.stderr
    forced = send(book, "--force", "--list", "energy-desk")
    assert forced.returncode == 0 and len(server.accepted) == 3


def test_a_temporary_failure_is_retried_and_delivered_once(tmp_path, built, smtp_server):
    server, port = smtp_server(script=["451 4.3.0 Try again later"])
    book = make_book(tmp_path, built, port)
    proc = send(book, "--list", "ministry")
    assert proc.returncode == 0, proc.stderr
    assert "451" in proc.stderr and "trying again" in proc.stderr
    assert server.attempts == 2 and len(server.accepted) == 1
    assert [e["list"] for e in sent_log(book)] == ["ministry"]


def test_a_broken_connection_is_retried_and_a_hang_up_after_acceptance_is_not(tmp_path, built, smtp_server):
    server, port = smtp_server()
    server.resets_at_rcpt = 1           # broken before the server has the message: safe to try again
    server.hang_up_at_quit = True
    book = make_book(tmp_path, built, port)
    proc = send(book, "--list", "ministry")
    assert proc.returncode == 0, proc.stderr
    assert "trying again" in proc.stderr
    assert len(server.accepted) == 1
    assert [e["list"] for e in sent_log(book)] == ["ministry"]


def test_a_break_after_the_whole_message_is_not_retried_but_left_pending(tmp_path, built, smtp_server):
    # the server has the whole message when the line drops: it may have queued it, so sending it again in the
    # same run could deliver it twice
    server, port = smtp_server(script=["RESET"])
    book = make_book(tmp_path, built, port)
    proc = send(book, "--list", "ministry")
    assert proc.returncode != 0 and "Traceback" not in proc.stderr
    assert server.attempts == 1 and "trying again" not in proc.stderr
    (line,) = [x for x in proc.stderr.splitlines() if "may have been delivered" in x]
    assert "the connection broke after the message was sent" in line and "--resend" in line
    (entry,) = sent_log(book)
    assert entry["state"] == "pending"
    again = send(book, "--list", "ministry")
    assert again.returncode != 0 and server.attempts == 1          # not sent again silently
    resent = send(book, "--list", "ministry", "--resend", entry["message_id"])
    assert resent.returncode == 0, resent.stderr
    assert len(server.accepted) == 1 and server.accepted[0][1]["Message-ID"] == entry["message_id"]


def test_a_permanent_failure_is_reported_and_nothing_marked_sent(tmp_path, built, smtp_server):
    server, port = smtp_server(script=["550 5.7.1 Message rejected by policy"] * 2)
    book = make_book(tmp_path, built, port)
    proc = send(book)
    assert proc.returncode == 3
    assert "550 5.7.1 Message rejected by policy" in proc.stderr
    assert "list ministry: not sent" in proc.stderr and "list energy-desk: not sent" in proc.stderr
    assert server.attempts == 2 and server.accepted == []    # no retry of a permanent failure
    assert sent_log(book) == []
    assert PASSWORD not in proc.stderr

    # Nothing was marked sent, so the next run sends both.
    assert send(book).returncode == 0
    assert len(server.accepted) == 2


def test_wrong_password_and_missing_password(tmp_path, built, smtp_server):
    server, port = smtp_server()
    book = make_book(tmp_path, built, port)
    proc = run_cli("send", "--config", book, "--list", "ministry", cwd=tmp_path, env={"TEST_SMTP_PASSWORD": "wrong"})
    assert proc.returncode == 3 and "refused the login" in proc.stderr and "wrong" not in proc.stderr
    proc = run_cli("send", "--config", book, cwd=tmp_path, env={"TEST_SMTP_PASSWORD": ""})
    assert proc.returncode == 3 and "set the environment variable TEST_SMTP_PASSWORD" in proc.stderr
    assert server.accepted == [] and sent_log(book) == []


def test_an_unreachable_server_is_retried_then_reported(tmp_path, built):
    book = make_book(tmp_path, built, _free_port())   # nothing listens there
    proc = send(book, "--list", "ministry")
    assert proc.returncode == 3
    assert "gave up after 4 attempt(s)" in proc.stderr
    assert sent_log(book) == []


def test_dry_run_writes_drafts(tmp_path, built):
    """Dry-run messages are drafts: Outlook opens an .eml with X-Unsent: 1 ready to send, with its Bcc."""
    book = make_book(tmp_path, built, _free_port())
    proc = run_cli("send", "--config", book, "--dry-run", cwd=tmp_path)   # no password needed
    assert proc.returncode == 0, proc.stderr
    paths = [Path(p) for p in proc.stdout.split()]
    edition = json.loads((tmp_path / "out" / "manifest" / "kz-jp_energy_ru.json").read_text(encoding="utf-8"))["edition"]
    assert paths == [tmp_path / "out" / "outbox" / f"{name}_{edition}.eml" for name in ("ministry", "energy-desk")]
    msg = check(paths[0].read_bytes())
    assert msg["X-Unsent"] == "1"
    assert [a.addr_spec for a in msg["Bcc"].addresses] == ["hidden@example.org"]
    assert msg["Subject"] and attachments(msg)
    assert check(paths[1].read_bytes())["X-Unsent"] == "1"
    assert sent_log(book) == []


def test_the_next_edition_is_sent_with_its_changes(tmp_path, built, smtp_server, dossier_copy):
    server, port = smtp_server()
    book = make_book(tmp_path, built, port, dossier=dossier_copy)
    assert send(book, "--list", "ministry").returncode == 0
    facts = dossier_copy / "facts" / "2025.yaml"
    old, new = "Взаимный товарооборот Казахстана и Японии", "Двусторонний товарооборот"
    text = facts.read_text(encoding="utf-8")
    assert text.count(f"ru: {old}\n") == 1
    facts.write_text(text.replace(f"ru: {old}\n", f"ru: {new}\n"), encoding="utf-8")
    # The next week's edition (an edition is named by its build; the same day's rebuild would be the same one).
    run_cli("build", "--config", book, "--jobs", "1", "--edition", "next-week", cwd=tmp_path, check=True)
    proc = send(book, "--list", "ministry")
    assert proc.returncode == 0, proc.stderr
    assert len(server.accepted) == 2
    msg = server.accepted[1][1]
    body = msg.get_body(("plain",)).get_content().replace("\r\n", "\n")
    html = msg.get_body(("html",)).get_content()
    assert f"Изменения с предыдущего выпуска:\n- Изменено: «{new}» (название)\n" in body
    assert f"<li>– Изменено: «{new}» (название)</li>" in html
    assert [a for name, a in attachments(msg).items() if name.startswith("kz-jp_trade_ru_")] == \
        [(tmp_path / "out" / "kz-jp_trade_ru.pdf").read_bytes()]


def _self_signed(folder: Path) -> tuple[Path, Path] | None:
    if shutil.which("openssl") is None:
        return None
    cert, key = folder / "cert.pem", folder / "key.pem"
    proc = subprocess.run(["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "2",
                           "-subj", "/CN=127.0.0.1", "-addext", "subjectAltName=IP:127.0.0.1",
                           "-keyout", str(key), "-out", str(cert)], capture_output=True)
    return (cert, key) if proc.returncode == 0 else None


def test_starttls(tmp_path, built, smtp_server):
    pair = _self_signed(tmp_path)
    if pair is None:
        pytest.skip("openssl cannot make a test certificate here")
    cert, key = pair
    context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    context.load_cert_chain(cert, key)
    server, port = smtp_server(tls_context=context, require_starttls=True)
    book = make_book(tmp_path, built, port, smtp_extra=f'ca_file = "{cert}"', tls="starttls")
    proc = send(book, "--list", "energy-desk")
    assert proc.returncode == 0, proc.stderr
    assert len(server.accepted) == 1

    # Without the CA the certificate is refused: a clear error, nothing sent, nothing retried.
    other = tmp_path / "other"
    other.mkdir()
    book = make_book(other, built, port, tls="starttls")
    proc = send(book, "--list", "energy-desk")
    assert proc.returncode == 3 and "TLS failed" in proc.stderr
    assert len(server.accepted) == 1


def test_a_list_receives_its_language_unless_it_asks_for_more(tmp_path, built, smtp_server):
    server, port = smtp_server()
    book = make_book(tmp_path, built, port, languages='["ru", "en"]', ministry='notes = ["trade_*"]\nlang = "en"',
                     desk='oversize = "split"').with_name("book.toml")
    text = book.read_text(encoding="utf-8").replace('notes = ["*_ru"]\nnotes', "notes")
    text = text.replace('languages = ["ru"]\noversize', 'languages = ["ru", "en"]\noversize')
    book.write_text(text, encoding="utf-8")
    proc = send(book)
    assert proc.returncode == 0, proc.stderr
    names = {msg["To"].addresses[0].addr_spec: sorted(attachments(msg)) for _, msg in server.accepted}
    date = json.loads((tmp_path / "out" / "manifest" / "kz-jp_trade_en.json").read_text(encoding="utf-8"))["built"]
    assert names["minister@example.org"] == [f"kz-jp_trade_en_{date}.pdf"]          # lang = "en": English only
    assert names["energy.desk@example.org"] == sorted(
        f"kz-jp_energy_{lang}_{date}.{ext}" for lang in ("ru", "en") for ext in ("pdf", "docx"))
    for raw in server.raw:
        check(raw)

    # A pattern naming only notes in other languages is a configuration error, not an empty message.
    text = text.replace('notes = ["trade_*"]', 'notes = ["trade_ru"]')
    book.write_text(text, encoding="utf-8")
    proc = send(book)
    assert proc.returncode == 1 and len(server.accepted) == 2
    line = text.splitlines().index('notes = ["trade_ru"]') + 1
    assert (f"{book}:{line}: lists[0].notes: 'trade_ru' names only notes in other languages than the list's (en); "
            f"add theirs to `languages`") in proc.stderr


def test_a_message_over_the_size_limit_is_split_into_numbered_parts(tmp_path, built, smtp_server):
    server, port = smtp_server()
    book = make_book(tmp_path, built, port, ministry='max_size = "250KB"')
    proc = send(book, "--list", "ministry")
    assert proc.returncode == 0, proc.stderr
    out = tmp_path / "out"
    assert len(server.accepted) == 2
    subjects = [msg["Subject"] for _, msg in server.accepted]
    assert [s[-5:] for s in subjects] == ["(1/2)", "(2/2)"] and subjects[0][:-5] == subjects[1][:-5]
    received = {}
    for raw, (rcpts, msg) in zip(server.raw, server.accepted):
        check(raw)
        assert len(raw) <= 250_000 and len(rcpts) == 4
        received.update(attachments(msg))
    date = json.loads((out / "manifest" / "kz-jp_energy_ru.json").read_text(encoding="utf-8"))["built"]
    assert received == {f"kz-jp_{n}_ru_{date}.pdf": (out / f"kz-jp_{n}_ru.pdf").read_bytes() for n in ("energy", "trade")}
    assert "это сообщение 2 из 2" in server.accepted[1][1].get_body(("plain",)).get_content()
    log = sent_log(book)
    assert [(e["part"], e["state"]) for e in log] == [(1, "sent"), (2, "sent")]
    assert [e["files"] for e in log] == [list(attachments(msg)) for _, msg in server.accepted]
    assert [e["message_id"] for e in log] == [msg["Message-ID"] for _, msg in server.accepted]
    assert len({e["message_id"] for e in log}) == 2

    assert send(book, "--list", "ministry").returncode == 0 and len(server.accepted) == 2   # both parts logged


def test_drop_docx_and_a_file_too_large_for_the_limit(tmp_path, built, smtp_server):
    server, port = smtp_server()
    book = make_book(tmp_path, built, port, ministry='max_size = "100KB"', desk='max_size = "150KB"\n'
                     'oversize = "drop-docx"')
    proc = send(book)
    # ministry: energy_ru.pdf alone is larger than 100 KB once encoded; one line, the other list still sent
    assert proc.returncode == 1
    date = json.loads((tmp_path / "out" / "manifest" / "kz-jp_trade_ru.json").read_text(encoding="utf-8"))["built"]
    errors = [line for line in proc.stderr.splitlines() if line.startswith("error:")]
    size = (tmp_path / "out" / "kz-jp_energy_ru.pdf").stat().st_size * 4 / 3 / 1000
    assert re.fullmatch(rf"error: list ministry: not sent: kz-jp_energy_ru_{date}\.pdf \((\d+) KB encoded\) is larger "
                        rf"by itself than the list's max_size of 100 KB: raise max_size or leave the file out",
                        errors[0])
    assert size < int(re.match(r".*\((\d+) KB", errors[0])[1]) < size + 10
    assert errors[1:] == ["error: 1 problem(s) while sending; see above"]
    assert "Traceback" not in proc.stderr
    (rcpts, msg), = server.accepted
    check(server.raw[0])
    assert rcpts == ["energy.desk@example.org"] and list(attachments(msg)) == [f"kz-jp_energy_ru_{date}.pdf"]
    assert "The DOCX files are left out" in msg.get_body(("plain",)).get_content()
    assert [e["list"] for e in sent_log(book)] == ["energy-desk"]


def test_a_cyrillic_dossier_name_reaches_the_attachment_names(tmp_path, built):
    dossier = tmp_path / "казахстан-япония"
    dossier.symlink_to(SEED)
    book = make_book(tmp_path, built, _free_port(), dossier=dossier)
    # The book takes its dossier folder's name: its notes are built under that name.
    run_cli("build", "--config", book, "--jobs", "2", cwd=tmp_path, check=True)
    proc = run_cli("send", "--config", book, "--dry-run", "--list", "ministry", cwd=tmp_path)
    assert proc.returncode == 0, proc.stderr
    raw = Path(proc.stdout.strip()).read_bytes()
    date = json.loads((tmp_path / "out" / "manifest" / "казахстан-япония_energy_ru.json")
                      .read_text(encoding="utf-8"))["built"]
    check(raw, filenames=[f"казахстан-япония_{n}_ru_{date}.pdf" for n in ("energy", "trade")])
    assert b"filename*0*=utf-8''%D0%BA%D0%B0%D0%B7" in raw
