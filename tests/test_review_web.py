"""`briefing review --serve`: the review page driven in a real browser (headless chromium through selenium)
against a dossier made by `init` + `extract`, and its guards: the token, CSRF, 127.0.0.1."""
from __future__ import annotations

import shutil
import signal
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.parse
import urllib.request
from pathlib import Path

import pytest
import yaml

from conftest import ROOT, SEED, run_cli, headless_chromium

pytest.importorskip("starlette", reason="starlette not installed (the review extra)")
pytest.importorskip("uvicorn", reason="uvicorn not installed (the review extra)")

sys.path.insert(0, str(ROOT))
from briefing.review_web.serve import make_server  # noqa: E402

TEXT = sorted((SEED / "texts").glob("*.txt"))[3]      # 14 candidates: people, figures, agreements
PARTIES = "Республика Казахстан, Япония"
SID = "s000"


@pytest.fixture(scope="module")
def made(tmp_path_factory) -> Path:
    """A project from `briefing init`, with a new dossier extracted from one article (nothing decided yet)."""
    project = tmp_path_factory.mktemp("review-web") / "notes"
    run_cli("init", project, check=True)
    run_cli("extract", TEXT, "--dossier", project / "dossiers" / "new", "--parties", PARTIES, check=True)
    return project


@pytest.fixture
def project(made, tmp_path) -> Path:
    target = tmp_path / "notes"
    shutil.copytree(made, target)
    return target


@pytest.fixture
def server(project):
    """The page served in this process (a thread) on a free port: (its address with the token, the dossier)."""
    dossier = project / "dossiers" / "new"
    srv, sock, url = make_server(dossier)
    thread = threading.Thread(target=srv.run, kwargs={"sockets": [sock]}, daemon=True)
    thread.start()
    deadline = time.monotonic() + 10
    while not srv.started and time.monotonic() < deadline:
        time.sleep(0.02)
    assert srv.started, "the review server did not start"
    yield url, dossier, sock
    srv.should_exit = True
    thread.join(5)
    sock.close()


@pytest.fixture(scope="module")
def browser():
    yield from headless_chromium("1400,1000")


def _base(url: str) -> str:
    parts = urllib.parse.urlsplit(url)
    return f"{parts.scheme}://{parts.netloc}"


def _candidates(dossier: Path) -> list[dict]:
    return yaml.safe_load((dossier / "review" / f"{SID}.yaml").read_text(encoding="utf-8"))["candidates"]


def _pick(dossier: Path, kind: str, amount=None) -> str:
    return next(c["id"] for c in _candidates(dossier)
                if c["kind"] == kind and (amount is None or c.get("value", {}).get("amount") == amount))


def _wait(browser, test, what: str, timeout: float = 10):
    from selenium.webdriver.support.ui import WebDriverWait
    return WebDriverWait(browser, timeout).until(lambda d: test(d), message=f"waited for {what}")


def _css(browser, selector):
    from selenium.webdriver.common.by import By
    return browser.find_element(By.CSS_SELECTOR, selector)


def _current(browser) -> str:
    return browser.execute_script("var w = document.getElementById('workspace'); return w && w.dataset.cid;")


def _message(browser) -> str:
    return browser.execute_script("var m = document.getElementById('message'); return m ? m.innerText : '';")


def _select(browser, cid: str) -> None:
    """Select a candidate by clicking its quote in the article."""
    browser.execute_script("arguments[0].scrollIntoView({block: 'center'})", _css(browser, f'mark[data-cid="{cid}"]'))
    _css(browser, f'mark[data-cid="{cid}"]').click()
    _wait(browser, lambda d: _current(d) == cid, f"{cid} selected")


def _press(browser, key: str) -> None:
    from selenium.webdriver.common.action_chains import ActionChains
    browser.execute_script("document.activeElement && document.activeElement.blur()")
    ActionChains(browser).send_keys(key).perform()


def _open_source(browser, url: str) -> None:
    browser.get(url)                                        # the token, then kept in a cookie
    browser.get(f"{_base(url)}/s/{SID}")
    _wait(browser, lambda d: _current(d), "the source page")


def test_accept_edit_reject_the_rest_then_check_and_make(server, browser, project):
    url, dossier, _ = server
    grant = _pick(dossier, "grant", 7400000)
    agreement = _pick(dossier, "agreement")
    _open_source(browser, url)
    assert "Reject the rest" in browser.page_source and len(browser.find_elements("css selector", "mark.q")) >= 10

    _select(browser, grant)
    _press(browser, "a")                                    # a = accept
    _wait(browser, lambda d: f"{grant} accepted as" in _message(d), "the accept")

    _select(browser, agreement)
    parties = _css(browser, 'input[name="parties"]')
    parties.clear()
    parties.send_keys("Япония, Республика Казахстан")
    _css(browser, "#btn-accept").click()
    _wait(browser, lambda d: f"{agreement} accepted as" in _message(d), "the edited accept")

    _css(browser, "#btn-reject-rest").click()
    rest = len(_candidates(dossier)) - 2
    _wait(browser, lambda d: f"{rest} rejected" in _message(d), "the rest rejected")

    facts = yaml.safe_load((dossier / "facts" / f"{SID}.yaml").read_text(encoding="utf-8"))
    assert [f["kind"] for f in facts] == ["grant", "agreement"]
    assert facts[0]["value"]["amount"] == 7400000 and facts[1]["parties"] == ["Япония", "Республика Казахстан"]
    decided = {c["id"]: c["decision"] for c in _candidates(dossier)}
    assert decided.pop(grant) == decided.pop(agreement) == "accepted"
    assert set(decided.values()) == {"rejected"}
    assert next(c for c in _candidates(dossier) if c["id"] == agreement)["parties"] == ["Япония", "Республика Казахстан"]

    assert run_cli("check", "--dossier", dossier).returncode == 0
    out = project / "out"
    proc = run_cli("make", "--dossier", dossier, "--out", out, "--format", "docx", cwd=project)
    assert proc.returncode == 0, proc.stderr
    assert (out / "overview_ru.docx").stat().st_size > 0


def test_a_tampered_value_is_refused_with_its_reason_and_undo_restores(server, browser):
    url, dossier, _ = server
    review_before = (dossier / "review" / f"{SID}.yaml").read_bytes()
    grant = _pick(dossier, "grant", 7400000)
    _open_source(browser, url)
    _select(browser, grant)
    amount = _css(browser, 'input[name="value_amount"]')
    amount.clear()
    amount.send_keys("5")
    _press(browser, "a")   # not while typing: the key goes to the page once the field has lost focus
    _wait(browser, lambda d: "not accepted" in _message(d), "the refusal")
    assert "value.amount: 5 is not in the quote" in _message(browser)
    assert _css(browser, 'input[name="value_amount"]').get_attribute("value") == "5"   # the edit stays to mend
    assert not (dossier / "facts" / f"{SID}.yaml").exists()
    assert (dossier / "review" / f"{SID}.yaml").read_bytes() == review_before

    # typing «a» into a field types it; it accepts nothing
    title = _css(browser, 'input[name="title_en"]')
    title.send_keys("a")
    assert title.get_attribute("value").endswith("a") and "accepted as" not in _message(browser)

    _css(browser, 'input[name="value_amount"]').clear()
    _css(browser, 'input[name="value_amount"]').send_keys("7 400 000")
    _css(browser, "#btn-accept").click()
    _wait(browser, lambda d: f"{grant} accepted as" in _message(d), "the mended accept")
    assert (dossier / "facts" / f"{SID}.yaml").is_file()
    _press(browser, "u")
    _wait(browser, lambda d: "undone" in _message(d), "the undo")
    assert not (dossier / "facts" / f"{SID}.yaml").exists()
    assert (dossier / "review" / f"{SID}.yaml").read_bytes() == review_before
    assert _current(browser) == grant
    _press(browser, "j")
    _wait(browser, lambda d: _current(d) != grant, "the next candidate")


def test_enter_in_a_field_accepts_nothing_and_a_rate_is_edited_on_the_page(server, browser):
    from selenium.webdriver.common.keys import Keys
    from selenium.webdriver.support.ui import Select
    url, dossier, _ = server
    grant = _pick(dossier, "grant", 7400000)
    _open_source(browser, url)
    _select(browser, grant)
    title = _css(browser, 'input[name="title_en"]')
    title.send_keys("Grant", Keys.ENTER)
    time.sleep(0.5)
    assert not (dossier / "facts" / f"{SID}.yaml").exists() and "accepted as" not in _message(browser)
    # what the amount is per: the form's per fields write value.per
    Select(_css(browser, 'select[name="per_unit"]')).select_by_value("t")
    _css(browser, "#btn-accept").click()
    _wait(browser, lambda d: f"{grant} accepted as" in _message(d), "the accept")
    facts = yaml.safe_load((dossier / "facts" / f"{SID}.yaml").read_text(encoding="utf-8"))
    (fact,) = [f for f in facts if f["value"]["amount"] == 7400000]
    assert fact["value"]["per"] == {"unit": "t"} and fact["title"]["en"].endswith("Grant")


def test_a_candidate_of_another_pair_says_a_note_leaves_it_out(server, browser):
    url, dossier, _ = server
    path = dossier / "review" / f"{SID}.yaml"
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    grant = _pick(dossier, "grant", 7400000)
    other = next(c for c in data["candidates"] if c["id"] == grant)
    other["parties"] = ["Литва", "Украина"]      # what extraction gives a sentence about another pair
    path.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), encoding="utf-8")
    _open_source(browser, url)
    _select(browser, grant)
    notice = _css(browser, ".other-pair").text
    assert notice == ("Its parties (Литва, Украина) are another pair of states than the dossier's: "
                      "notes leave it out.")
    _select(browser, _pick(dossier, "agreement"))
    assert not browser.execute_script("return document.querySelector('.other-pair')")


def _request(url: str, data: dict | None = None, headers=None) -> tuple[int, str]:
    req = urllib.request.Request(url, data=urllib.parse.urlencode(data).encode() if data is not None else None,
                                 headers=headers or {})
    try:
        with urllib.request.urlopen(req, timeout=5) as resp:
            return resp.status, resp.read().decode()
    except urllib.error.HTTPError as exc:
        return exc.code, exc.read().decode()


def test_the_token_csrf_and_the_address(server):
    url, dossier, sock = server
    assert sock.getsockname()[0] == "127.0.0.1" and urllib.parse.urlsplit(url).hostname == "127.0.0.1"
    base = _base(url)
    token = urllib.parse.parse_qs(urllib.parse.urlsplit(url).query)["token"][0]
    assert _request(f"{base}/")[0] == 403
    assert _request(f"{base}/s/{SID}?token=wrong")[0] == 403
    assert _request(f"{base}/static/htmx.min.js")[0] == 403
    status, page = _request(f"{base}/s/{SID}?token={token}")
    assert status == 200
    csrf = page.split('"X-CSRF-Token": "')[1].split('"')[0]
    cid = _pick(dossier, "person")
    before = (dossier / "review" / f"{SID}.yaml").read_bytes()
    assert _request(f"{base}/s/{SID}/reject?token={token}", {"cid": cid})[0] == 403
    assert _request(f"{base}/s/{SID}/reject?token={token}", {"cid": cid, "csrf_token": "forged"})[0] == 403
    assert _request(f"{base}/s/{SID}/reject-rest?token={token}", {}, {"X-CSRF-Token": "forged"})[0] == 403
    assert (dossier / "review" / f"{SID}.yaml").read_bytes() == before
    # the same request with the page's CSRF token (header or hidden field) is taken
    assert _request(f"{base}/s/{SID}/reject?token={token}", {"cid": cid, "csrf_token": csrf})[0] == 200
    assert next(c for c in _candidates(dossier) if c["id"] == cid)["decision"] == "rejected"


def test_serve_from_the_command_line_prints_its_address_and_stops_on_ctrl_c(project):
    dossier = project / "dossiers" / "new"
    proc = subprocess.Popen([sys.executable, "-m", "briefing", "review", "--serve", "--no-browser", "--dossier",
                             str(dossier)], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, cwd=ROOT)
    try:
        url = proc.stdout.readline().strip()
        parts = urllib.parse.urlsplit(url)
        assert parts.hostname == "127.0.0.1" and "token=" in parts.query, url
        assert _request(url)[0] == 200
        assert _request(f"{_base(url)}/")[0] == 403
    finally:
        proc.send_signal(signal.SIGINT)
        out, err = proc.communicate(timeout=10)
    assert proc.returncode == 0, err
    assert "Traceback" not in err


def test_serve_without_the_review_extra_says_what_to_install(project):
    from test_extract_install import WITHOUT
    blocked = WITHOUT.format(absent={"starlette", "uvicorn"})
    proc = subprocess.run([sys.executable, "-c", blocked, "review", "--serve", "--no-browser", "--dossier",
                           str(project / "dossiers" / "new")], capture_output=True, text=True, cwd=ROOT)
    assert proc.returncode == 3
    assert proc.stderr.strip().splitlines() == [
        "error: review --serve needs starlette, uvicorn, of the review extra: pip install 'briefing[review]'"]
