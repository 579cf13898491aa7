"""Golden outputs of the seed notes: the composed Document (a text dump), the DOCX (its XML parts, pretty-printed,
timestamps normalised) and the PDF (its text, page by page), for energy, trade and the overview in ru, kk and en.

    python tests/goldens.py            # compare, print a unified diff of what differs, exit 1 if anything does
    python tests/goldens.py --refresh  # write the goldens anew (do it deliberately, and say why in the commit)

tests/test_goldens.py runs the comparison in the suite. The goldens live in tests/goldens/<note>/.
"""
from __future__ import annotations

import dataclasses
import difflib
import io
import re
import subprocess
import sys
import tempfile
import zipfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
GOLDEN_DIR = HERE / "goldens"
ROOT = HERE.parent
NOTES = [(topic, lang) for topic in ("energy", "trade", None) for lang in ("ru", "kk", "en")]
FORMATS = ("docx", "pdf", "html")


def stem(topic, lang) -> str:
    return f"{topic or 'overview'}_{lang}"


def dump_document(document) -> str:
    """Every field of the model, one line each, in block order; picture bytes only as their kind and presence
    (their exact bytes depend on the installed matplotlib)."""
    lines = []

    def walk(value, indent):
        pad = "  " * indent
        if dataclasses.is_dataclass(value):
            lines.append(f"{pad}{type(value).__name__}")
            for f in dataclasses.fields(value):
                item = getattr(value, f.name)
                if isinstance(item, (bytes, bytearray)):
                    lines.append(f"{pad}  {f.name}: <{'bytes' if item else 'empty'}>")
                elif dataclasses.is_dataclass(item) or (isinstance(item, (tuple, list)) and item
                                                          and not all(isinstance(x, (str, int, float)) for x in item)):
                    lines.append(f"{pad}  {f.name}:")
                    walk(item, indent + 2)
                elif isinstance(item, float):
                    lines.append(f"{pad}  {f.name}: {item:.4f}")
                else:
                    lines.append(f"{pad}  {f.name}: {item!r}")
        elif isinstance(value, (tuple, list)):
            for item in value:
                walk(item, indent)
        else:
            lines.append(f"{pad}{value!r}")

    walk(document, 0)
    return "\n".join(lines) + "\n"


_TIMESTAMP = re.compile(r"(<dcterms:(?:created|modified)[^>]*>)[^<]*(</dcterms:)")


def _xml_parts(data: bytes) -> tuple[dict[str, str], list[str]]:
    from lxml import etree
    parts, binary = {}, []
    with zipfile.ZipFile(io.BytesIO(data)) as zf:
        for info in zf.infolist():
            raw = zf.read(info)
            if info.filename.endswith((".xml", ".rels")):
                text = etree.tostring(etree.fromstring(raw), pretty_print=True, encoding="unicode")
                parts[info.filename] = _TIMESTAMP.sub(r"\1TIMESTAMP\2", text)
            else:
                binary.append(info.filename)
    return parts, binary


def _template_parts() -> dict[str, str]:
    import docx
    buffer = io.BytesIO()
    docx.Document().save(buffer)
    return _xml_parts(buffer.getvalue())[0]


def docx_parts(data: bytes) -> dict[str, str]:
    """The XML parts of a DOCX, pretty-printed, dates of creation and modification blanked. A part the same as in
    python-docx's default template is only listed; a big one changed from it (styles.xml) is kept as the diff
    against it; pictures and fonts are listed by name."""
    parts, binary = _xml_parts(data)
    template = _template_parts()
    files, listing = {}, []
    for name, text in parts.items():
        base = template.get(name)
        if base == text:
            listing.append(f"{name} = template")
        elif base is not None and len(base) > 50_000:
            files[name + ".diff"] = "\n".join(difflib.unified_diff(base.splitlines(), text.splitlines(), "template",
                                                                    name, lineterm="", n=1)) + "\n"
            listing.append(f"{name} = template + diff")
        else:
            files[name] = text
            listing.append(name)
    listing += [f"{name} <binary>" for name in binary]
    files["[listing]"] = "\n".join(listing) + "\n"
    return files


def pdf_text(data: bytes) -> str:
    with tempfile.NamedTemporaryFile(suffix=".pdf") as fh:
        fh.write(data)
        fh.flush()
        text = subprocess.run(["pdftotext", "-enc", "UTF-8", "-layout", fh.name, "-"], capture_output=True,
                              text=True, check=True).stdout
    pages = text.split("\f")
    if pages and not pages[-1].strip():
        pages.pop()
    return "".join(f"--- page {n} ---\n{page.rstrip()}\n" for n, page in enumerate(pages, 1))


def produce(topic, lang) -> dict[str, str]:
    """The golden files of one note, built through the same function `briefing make` calls."""
    from briefing.compose.note import NoteRequest
    from briefing.make import build_note, load_checked
    from briefing.topics import resolve

    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "out"
        request = NoteRequest(topic=resolve(topic) if topic else None, lang=lang, chart_cache=out / ".cache" / "charts")
        built = build_note(load_checked(ROOT / "seeds" / "kz-jp"), request, list(FORMATS), out)
        files = {"document.txt": dump_document(built.document)}
        by_suffix = {p.suffix: p for p in built.paths}
        for name, text in docx_parts(by_suffix[".docx"].read_bytes()).items():
            files["docx/" + name.replace("/", "__")] = text
        files["pdf.txt"] = pdf_text(by_suffix[".pdf"].read_bytes())
        if ".html" in by_suffix:
            html = by_suffix[".html"].read_text(encoding="utf-8")
            # the charts' SVG depends on the installed matplotlib: only where it stands is kept
            files["html.html"] = re.sub(r"<svg[\s>].*?</svg>", "<svg>…</svg>", html, flags=re.S)
    return files


def compare(topic, lang, refresh=False) -> list[str]:
    """The diffs between the goldens of a note and what the code makes now (written instead when refresh)."""
    folder = GOLDEN_DIR / stem(topic, lang)
    files = produce(topic, lang)
    if refresh:
        if folder.exists():
            for old in sorted(folder.rglob("*"), reverse=True):
                old.unlink() if old.is_file() else old.rmdir()
        for name, text in files.items():
            path = folder / name
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(text, encoding="utf-8")
        return []
    diffs = []
    expected = {str(p.relative_to(folder)): p.read_text(encoding="utf-8") for p in folder.rglob("*") if p.is_file()}
    for name in sorted(set(expected) | set(files)):
        old, new = expected.get(name, ""), files.get(name, "")
        if old != new:
            diff = difflib.unified_diff(old.splitlines(), new.splitlines(), f"golden/{stem(topic, lang)}/{name}",
                                        f"now/{stem(topic, lang)}/{name}", lineterm="", n=2)
            diffs.append("\n".join(list(diff)[:80]))
    return diffs


def main(argv: list[str]) -> int:
    refresh = "--refresh" in argv
    failed = 0
    for topic, lang in NOTES:
        diffs = compare(topic, lang, refresh)
        print(f"{stem(topic, lang)}: {'refreshed' if refresh else 'differs' if diffs else 'same'}", file=sys.stderr)
        for d in diffs:
            print(d)
        failed += bool(diffs)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.path.insert(0, str(ROOT))
    sys.exit(main(sys.argv[1:]))
