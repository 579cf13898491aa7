"""The messages `briefing send` makes, read back strictly (tests/mailcheck.py): line lengths, encoded words,
Content-Language, attachment names, size limits. Built directly; test_send.py sends them through a real server."""
from __future__ import annotations

import os
import re

import pytest

from briefing.delivery.mail import NoteMail, TooLarge, messages
from briefing.topics import all_topics
from conftest import run_cli
from mailcheck import check, rfc2047_names

DATE = "2025-06-02"
SENDER = "Справки МИД Республики Казахстан <briefing@example.org>"
TO = ["Министр иностранных дел Республики Казахстан <minister@example.org>",
      "Қазақстан Республикасы Сыртқы істер министрлігінің баспасөз қызметі <press@example.org>",
      "aide@example.org"]


def _file(folder, name: str, size: int):
    path = folder / name
    path.write_bytes(os.urandom(size))   # incompressible, like a PDF's streams
    return path


def _note(topic, lang, files, book="kz-jp", period=None):
    return NoteMail(f"{topic}_{lang}", lang, topic, period, "СПРАВКА о сотрудничестве", "Подзаголовок",
                    ("Товарооборот вырос на 12 %", "Подписано соглашение " * 12), ("Изменено: «X»",), tuple(files),
                    book)


def test_a_long_russian_and_kazakh_subject_and_names_within_the_limits(tmp_path):
    pdf = _file(tmp_path, "x.pdf", 3000)
    notes = [_note(t, lang, [pdf]) for t in all_topics() for lang in ("ru", "kk", "en")]
    for lang in ("ru", "kk", "en"):
        msg, = messages(SENDER, TO, ["Архив <archive@example.org>"], notes, lang, DATE)
        raw = msg.as_bytes()
        back = check(raw)
        assert len(back["Subject"]) > 200 and back["Subject"] == msg["Subject"] and "  " not in back["Subject"]
        assert DATE in back["Subject"] and "(ru, kk, en)" in back["Subject"]
        assert rfc2047_names(back, "To") == [re.sub(r" <.*", "", a) for a in TO[:2]] + [""]
        assert rfc2047_names(back, "From") == ["Справки МИД Республики Казахстан"]
        assert [a.addr_spec for a in back["To"].addresses] == ["minister@example.org", "press@example.org",
                                                             "aide@example.org"]
        assert back["Content-Language"] == ", ".join(dict.fromkeys([lang, "ru", "kk", "en"]))
        assert "X-Unsent" not in back and "Bcc" not in back


def test_attachments_named_by_book_note_language_and_date_in_rfc_2231(tmp_path):
    pdf, docx = _file(tmp_path, "energy_2015_2016_kk.pdf", 5000), _file(tmp_path, "energy_2015_2016_kk.docx", 4000)
    book = "казахстан-япония-экономическое-сотрудничество"
    notes = [_note("energy", "kk", [docx, pdf], book=book, period="2015..2016"), _note(None, "ru", [pdf], "kz-jp")]
    msg, = messages(SENDER, TO, [], notes, "ru", DATE)
    raw = msg.as_bytes()
    expected = [f"{book}_energy_2015_2016_kk_{DATE}.docx", f"{book}_energy_2015_2016_kk_{DATE}.pdf",
                f"kz-jp_overview_ru_{DATE}.pdf"]
    back = check(raw, filenames=expected)
    assert b"filename*0*=utf-8''%D0%BA%D0%B0" in raw     # RFC 2231: charset, percent-encoded, in sections
    assert [p["Content-Language"] for p in back.iter_attachments()] == ["kk", "kk", "ru"]
    assert [p.get_content() for p in back.iter_attachments()] == [docx.read_bytes(), pdf.read_bytes(),
                                                                  pdf.read_bytes()]
    for text in (back.get_body(("plain",)).get_content(), back.get_body(("html",)).get_content()):
        assert all(name in text for name in expected)


def test_split_into_numbered_parts_each_under_the_limit(tmp_path):
    notes = [_note(t, "ru", [_file(tmp_path, f"{t}_ru.pdf", 120_000), _file(tmp_path, f"{t}_ru.docx", 60_000)])
             for t in ("energy", "trade", "finance", "health")]
    whole, = messages(SENDER, TO, [], notes, "ru", DATE, max_size=10**9)
    assert len(whole.as_bytes()) > 900_000
    parts = messages(SENDER, TO, [], notes, "ru", DATE, max_size=400_000)
    assert len(parts) >= 3
    got = {}
    for k, msg in enumerate(parts, 1):
        raw = msg.as_bytes()
        back = check(raw)
        assert len(raw) <= 400_000
        assert back["Subject"] == f"{whole['Subject']} ({k}/{len(parts)})"
        assert f"это сообщение {k} из {len(parts)}" in back.get_body(("plain",)).get_content()
        got.update({p.get_filename(): p.get_content() for p in back.iter_attachments()})
    assert len({m["Message-ID"] for m in parts}) == len(parts)
    assert got == {p.get_filename(): p.get_content() for p in whole.iter_attachments()}

    with pytest.raises(TooLarge, match=r"^kz-jp_energy_ru_2025-06-02\.pdf \(16\d KB encoded\) is larger by itself "
                                       r"than the list's max_size of 150 KB"):
        messages(SENDER, TO, [], notes, "ru", DATE, max_size=150_000)


def test_drop_docx_says_so_or_fails_in_one_line(tmp_path):
    notes = [_note("energy", "en", [_file(tmp_path, "e.pdf", 100_000), _file(tmp_path, "e.docx", 200_000)])]
    msg, = messages(SENDER, TO, [], notes, "en", DATE, max_size=300_000, oversize="drop-docx")
    back = check(msg.as_bytes(), filenames=[f"kz-jp_energy_en_{DATE}.pdf"])
    assert "The DOCX files are left out" in back.get_body(("plain",)).get_content()
    with pytest.raises(TooLarge, match=r"^the message is 1\d\d KB even without its DOCX files, over the list's "
                                       r"max_size of 100 KB: raise max_size or set oversize = \"split\"$"):
        messages(SENDER, TO, [], notes, "en", DATE, max_size=100_000, oversize="drop-docx")


def test_a_draft_is_marked_unsent_and_keeps_its_bcc(tmp_path):
    notes = [_note("energy", "ru", [_file(tmp_path, "e.pdf", 1000)])]
    msg, = messages(SENDER, TO, [], notes, "ru", DATE, draft=True, bcc=["Скрытый <hidden@example.org>"])
    back = check(msg.as_bytes())
    assert back["X-Unsent"] == "1" and rfc2047_names(back, "Bcc") == ["Скрытый"]


def test_size_limit_settings_are_checked(tmp_path):
    book = tmp_path / "book.toml"
    base = ('[book]\ntopics = ["energy"]\n\n[[lists]]\nname = "x"\nto = ["a@example.org"]\n{}\n\n'
            '[smtp]\nhost = "h"\nsender = "b@example.org"\n')
    for setting, message in (('max_size = "ten megabytes"', "could not parse value and unit from byte string"),
                             ('max_size = "50KB"', "at least 100 KB, got 50000 bytes"),
                             ('oversize = "zip"', "Input should be 'split' or 'drop-docx'"),
                             ('languages = []', "List should have at least 1 item")):
        book.write_text(base.format(setting), encoding="utf-8")
        proc = run_cli("send", "--config", book, "--dry-run", cwd=tmp_path)
        field = setting.split()[0]
        assert proc.returncode == 1 and proc.stderr.startswith(f"{book}:7: lists[0].{field}: {message}"), proc.stderr
        assert "Traceback" not in proc.stderr
