"""The benchmark: `python bench/run.py` (with the project's interpreter, e.g. `.venv/bin/python bench/run.py`).

Every figure is a whole process as a user starts it (`python -m briefing …`), measured from the outside: wall
time and CPU time (user + system, the process and the children it waited for) are medians of `--runs` runs
after one warm-up run; peak memory is the largest resident set of the process or any of its children
(`os.wait4` rusage, what `/usr/bin/time -v` reports as "Maximum resident set size"), the maximum over the runs.
The tool runs from a copy of the working tree taken at the start (briefing/, templates/, charts/, seeds/),
so that edits made meanwhile neither change what is measured nor make a built book look out of date. The copy
is no project (no briefing.toml) and every command names its dossier (`--dossier`, or the book's config) and
its output folder (`--out`), so neither a project around the working folder nor BRIEFING_* variables in the
environment (removed for the measured processes) change what is measured. Of the checkout, only bench/'s own
scripts and docs/benchmarks.md are used in place.
The results go to docs/benchmarks.md (use --no-write to only print them). About 9 minutes on 2 cores.

  --runs N       measured runs per case (default 5)
  --quick        2 runs, no 100,000-fact dossier: a smoke test of the harness
  --work DIR     working folder (default: a temporary one, removed afterwards)
  --devset DIR   factRuEval-2016's devset for the extraction rows (default: ../shared/eval/factRuEval-2016/devset
                 beside the checkout)
"""
from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import platform
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from importlib import metadata
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BENCH = ROOT / "bench"
sys.path.insert(0, str(BENCH))
PY = sys.executable
BRIEFING = [PY, "-m", "briefing"]
DEVSET = ROOT.parent / "shared" / "eval" / "factRuEval-2016" / "devset"
SNAPSHOT = ("briefing", "templates", "charts", "seeds")   # what the tool runs from (copied at the start)
# The environment of every measured process: the caller's, without the variables briefing reads (settings.py).
CLEAN_ENV = {k: v for k, v in os.environ.items() if not k.startswith("BRIEFING_")}
EXTRACT_ARTICLES = 40   # of the devset's 121: enough for a rate, and the benchmark stays near 10 minutes
TOPICS = ["politics", "trade", "finance", "energy", "mining", "industry", "transport", "health", "education",
          "digital", "agriculture", "environment"]


class Failed(RuntimeError):
    pass


def run_once(argv: list[str], cwd: Path, env: dict | None = None) -> tuple[float, float, int]:
    """(wall s, cpu s, peak RSS MiB) of one process and the children it waited for."""
    with tempfile.TemporaryFile() as err:
        t0 = time.perf_counter()
        proc = subprocess.Popen(argv, cwd=cwd, stdout=subprocess.DEVNULL, stderr=err,
                                env={**CLEAN_ENV, **(env or {})})
        _, status, usage = os.wait4(proc.pid, 0)
        wall = time.perf_counter() - t0
        proc.returncode = os.waitstatus_to_exitcode(status)
        if proc.returncode != 0:
            err.seek(0)
            tail = err.read().decode(errors="replace").strip().splitlines()[-3:]
            raise Failed(f"{' '.join(map(str, argv[:6]))}… exited {proc.returncode}: {' | '.join(tail)}")
    return wall, usage.ru_utime + usage.ru_stime, usage.ru_maxrss // 1024


def measure(steps, runs: int, prepare=None, warmup: int = 1) -> dict:
    """Median wall and CPU over `runs` runs (after `warmup` unmeasured ones) of a pipeline of steps, each
    (argv, cwd[, env]); a step list is run in order and its times added (the docxtpl route is three
    processes). `prepare(i)` runs before each run, untimed (e.g. an empty output folder for a cold build)."""
    walls, cpus, peak = [], [], 0
    for i in range(warmup + runs):
        if prepare:
            prepare(i)
        wall = cpu = 0.0
        for step in (steps(i) if callable(steps) else steps):
            w, c, m = run_once(*step)
            wall, cpu, peak = wall + w, cpu + c, max(peak, m)
        if i >= warmup:
            walls.append(wall)
            cpus.append(cpu)
    return {"wall": statistics.median(walls), "cpu": statistics.median(cpus), "rss": peak, "runs": walls}


def fresh(path: Path):
    def prepare(_i):
        shutil.rmtree(path, ignore_errors=True)
    return prepare


def versions() -> str:
    names = ["pydantic", "PyYAML", "reportlab", "python-docx", "matplotlib", "svglib", "Jinja2", "babel",
             "natasha", "docxtpl"]
    out = []
    for n in names:
        try:
            out.append(f"{n} {metadata.version(n)}")
        except metadata.PackageNotFoundError:
            pass
    lo = subprocess.run(["soffice", "--version"], capture_output=True, text=True).stdout.strip() \
        if shutil.which("soffice") else "LibreOffice: not installed"
    return f"Python {platform.python_version()}; " + ", ".join(out) + f"; {lo}"


def machine() -> str:
    cpu = "?"
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    mem = os.sysconf("SC_PAGE_SIZE") * os.sysconf("SC_PHYS_PAGES") / 2**30
    return f"{platform.system()} {platform.release()}, {os.cpu_count()} CPUs ({cpu}), {mem:.0f} GiB RAM"


def snapshot(work: Path) -> Path:
    """A copy of the parts of the working tree the tool runs from; `python -m briefing` run with this folder as
    its working directory imports this copy. Links stay links (briefing/defaults/ links to the top-level
    templates/, charts/ and seeds/kz-jp/ of the same copy); caches of the checkout are left behind."""
    tree = work / "tree"
    shutil.rmtree(tree, ignore_errors=True)
    for part in SNAPSHOT:
        shutil.copytree(ROOT / part, tree / part, symlinks=True,
                        ignore=shutil.ignore_patterns("__pycache__", "*.pyc", ".briefing-cache"))
    return tree


def has_command(name: str, tree: Path) -> bool:
    out = subprocess.run(BRIEFING + ["--help"], capture_output=True, text=True, cwd=tree, env=CLEAN_ENV).stdout
    return name in out.split("positional arguments")[-1].split("options:")[0]


def can_import(module: str) -> bool:
    return subprocess.run([PY, "-c", f"import {module}"], capture_output=True, env=CLEAN_ENV).returncode == 0


def edit_one_facts_file(dossier: Path):
    """A `prepare` that edits one fact's Russian title in one facts file (the middle one by name) before each
    run, a different edit each time, as an analyst correcting a title does: every other file stays as it was."""
    files = sorted((dossier / "facts").glob("*.yaml"))
    path = files[len(files) // 2]
    original = path.read_text(encoding="utf-8")
    head, sep, rest = original.partition("  title:\n    ru: ")
    if not sep:
        raise Failed(f"{path}: no fact title to edit")
    line, _, tail = rest.partition("\n")
    title = json.loads(line) if line.startswith('"') else line

    def prepare(i):
        edited = json.dumps(f"{title} (правка {i + 1})", ensure_ascii=False)
        path.write_text(f"{head}{sep}{edited}\n{tail}", encoding="utf-8")
    return prepare


def book_config(work: Path, out: Path, seed: Path) -> Path:
    path = work / "book.toml"
    path.write_text(
        "[book]\n"
        f'dossier = "{seed}"\n'
        f'out = "{out}"\n'
        f"topics = [{', '.join(repr(t).replace(chr(39), chr(34)) for t in TOPICS)}]\n"
        "overview = false\n"
        'languages = ["ru", "kk", "en"]\n'
        'formats = ["docx", "pdf"]\n', encoding="utf-8")
    return path


def main() -> int:
    ap = argparse.ArgumentParser(description="briefing benchmark")
    ap.add_argument("--runs", type=int, default=5)
    ap.add_argument("--quick", action="store_true")
    ap.add_argument("--work", type=Path)
    ap.add_argument("--no-write", action="store_true")
    ap.add_argument("--devset", type=Path, default=DEVSET)
    args = ap.parse_args()
    runs = 2 if args.quick else args.runs
    work = args.work or Path(tempfile.mkdtemp(prefix="briefing-bench-"))
    work.mkdir(parents=True, exist_ok=True)
    started = time.perf_counter()
    load_before = os.getloadavg()
    tree = snapshot(work)
    seed = tree / "seeds" / "kz-jp"
    env_tree = {"PYTHONPATH": str(tree)}
    rows: list[tuple] = []     # (section, case, result dict | str note, target text, met or None)

    def case(section, name, target, steps, prepare=None, check=None, n=runs):
        print(f"· {section}: {name}", file=sys.stderr, flush=True)
        try:
            r = measure(steps, n, prepare)
        except Failed as exc:
            rows.append((section, name, f"failed: {exc}", target, False))
            return None
        rows.append((section, name, r, target, check(r) if check else None))
        return r

    env_quiet = {"BRIEFING_DRAFTER": "", **env_tree}

    # 1. One note from the example dossier, against the two routes a developer would otherwise script.
    section = "energy note (seeds/kz-jp)"
    note = BRIEFING + ["make", "--dossier", str(seed), "--topic", "energy", "--out"]
    cold_out = work / "note-cold"
    cold = case(section, "`make --topic energy`, empty caches (cold)", "≤ 1.3 s",
                [(note + [str(cold_out)], tree, env_quiet)],
                prepare=fresh(cold_out), check=lambda r: r["wall"] <= 1.3)
    warm_out = work / "note-warm"
    case(section, "`make --topic energy`, warm caches", "≤ 0.7 s",
         [(note + [str(warm_out)], tree, env_quiet)], check=lambda r: r["wall"] <= 0.7)
    alt = work / "alternative"
    alt.mkdir(exist_ok=True)
    subprocess.run([PY, str(BENCH / "alternative.py"), "template", str(alt)], check=True, env=CLEAN_ENV)
    lo_profile = work / "lo-profile"
    alt_steps = [
        ([PY, str(BENCH / "alternative.py"), "chart", str(seed), str(alt)], work),
        ([PY, str(BENCH / "alternative.py"), "docx", str(seed), str(alt)], work),
        (["soffice", f"-env:UserInstallation=file://{lo_profile}", "--headless", "--convert-to", "pdf",
          "--outdir", str(alt), str(alt / "energy_ru.docx")], work),
    ]
    if shutil.which("soffice"):
        other = case(section, "docxtpl + headless LibreOffice + matplotlib script (3 processes)", "—", alt_steps)
        if cold and other:
            ratio = other["wall"] / cold["wall"]
            rows.append((section, "ratio: docxtpl + LibreOffice ÷ `make` cold (wall)",
                         f"{ratio:.2f}×", "≥ 2×", ratio >= 2))
    else:
        rows.append((section, "docxtpl + LibreOffice", "skipped: soffice not installed", "—", None))
    hand_out = work / "handwritten"
    hand = case(section, "hand-written python-docx + reportlab + matplotlib script (1 process)", "—",
                [([PY, str(BENCH / "handwritten.py"), str(seed), str(hand_out), str(tree / "briefing" / "fonts")],
                  work)], prepare=fresh(hand_out))
    if cold and hand:
        ratio = hand["wall"] / cold["wall"]
        rows.append((section, "ratio: hand-written script ÷ `make` cold (wall)", f"{ratio:.2f}×", "> 1×",
                     ratio > 1))

    # 2. The book: 12 topics × 3 languages, DOCX + PDF.
    section = "book of 36 notes (12 topics × ru/kk/en, DOCX + PDF)"
    book_out = work / "book"
    config = book_config(work, book_out, seed)
    if has_command("build", tree):
        build = BRIEFING + ["build", "--config", str(config), "--out", str(book_out)]
        case(section, "`build --jobs 1`, cold", "—", [(build + ["--jobs", "1"], tree, env_quiet)],
             prepare=fresh(book_out))
        case(section, "`build --jobs 2`, cold", "≤ 15 s", [(build + ["--jobs", "2"], tree, env_quiet)],
             prepare=fresh(book_out), check=lambda r: r["wall"] <= 15)
        case(section, "`build`, nothing changed (no-op)", "≤ 0.3 s", [(build + ["--jobs", "2"], tree, env_quiet)],
             check=lambda r: r["wall"] <= 0.3)
    else:
        makes = [(BRIEFING + ["make", "--topic", t, "--lang", lang, "--out", str(book_out)], tree, env_quiet)
                 for t in TOPICS for lang in ("ru", "kk", "en")]
        case(section, "36 × `make` (no `build` command yet), cold", "≤ 15 s", makes, prepare=fresh(book_out))

    # 3. Synthetic dossiers at archive size.
    from synth import generate
    sizes = [1_000, 10_000] + ([] if args.quick else [100_000])
    grown: dict = {}   # case -> {facts: result}, for the growth rows
    for n in sizes:
        d = work / f"synth-{n}"
        t0 = time.perf_counter()
        generate(d, n, seed=7, meta=seed / "dossier.yaml")
        print(f"  generated {n} facts in {time.perf_counter() - t0:.1f} s", file=sys.stderr)
        section = f"synthetic dossier, {n:,} facts"
        big = n == 100_000
        mem = (lambda r: r["rss"] <= 1024) if big else None
        grown.setdefault("`check`", {})[n] = case(
            section, "`check`", "≤ 10 s, ≤ 1 GiB" if big else "—",
            [(BRIEFING + ["check", "--dossier", str(d)], tree, env_tree)],
            check=(lambda r: r["wall"] <= 10 and r["rss"] <= 1024) if big else None)
        out = work / f"synth-{n}-out"
        # `check` above left the dossier's verification cache: these makes take it (the dossier is unchanged)
        grown.setdefault("`make` overview", {})[n] = case(
            section, "`make` overview (cold)", "≤ 5 s, ≤ 1 GiB" if big else "—",
            [(BRIEFING + ["make", "--dossier", str(d), "--out", str(out)], tree, env_quiet)],
            prepare=fresh(out), check=(lambda r: r["wall"] <= 5 and r["rss"] <= 1024) if big else None)
        case(section, "`make --topic energy` (cold)", "≤ 1 GiB" if big else "—",
             [(BRIEFING + ["make", "--dossier", str(d), "--topic", "energy", "--out", str(out)], tree, env_quiet)],
             prepare=fresh(out), check=mem)

        edit = edit_one_facts_file(d)

        def edited(i, edit=edit, out=out):   # an analyst's edit of one file since the last run
            edit(i)
            shutil.rmtree(out, ignore_errors=True)
        case(section, "`make` overview (cold), one facts file edited since the last run", "≤ 1 GiB" if big else "—",
             [(BRIEFING + ["make", "--dossier", str(d), "--out", str(out)], tree, env_quiet)],
             prepare=edited, check=mem)

        def uncached(_i, d=d, out=out):   # nothing in the verification cache: every file read and verified
            shutil.rmtree(d / ".briefing-cache", ignore_errors=True)
            shutil.rmtree(out, ignore_errors=True)
        case(section, "`make` overview (cold), dossier changed since its check", "≤ 1 GiB" if big else "—",
             [(BRIEFING + ["make", "--dossier", str(d), "--out", str(out)], tree, env_quiet)],
             prepare=uncached, check=mem, n=max(2, runs // 2))
        shutil.rmtree(d, ignore_errors=True)
        shutil.rmtree(out, ignore_errors=True)

    for name, by_size in grown.items():   # time for 100 times the facts: linear growth is at most 100×
        lo, hi = by_size.get(1_000), by_size.get(sizes[-1])
        if lo and hi and sizes[-1] > 1_000:
            factor = hi["cpu"] / lo["cpu"]
            limit = sizes[-1] / 1_000
            rows.append(("growth", f"{name}: CPU at {sizes[-1]:,} ÷ at 1,000 facts", f"{factor:.1f}×",
                         f"≤ {limit:.0f}× (linear)", factor <= limit))

    # 4. Extraction throughput on factRuEval-2016 devset texts.
    section = "extraction (factRuEval-2016 devset)"
    texts = sorted(args.devset.glob("*.txt"))[:EXTRACT_ARTICLES]
    if not can_import("natasha"):
        rows.append((section, "extraction throughput", "skipped: the extract extra (briefing[extract]) is not "
                     "installed", "≥ 20/s", None))
    elif not texts:
        rows.append((section, "extraction throughput", f"skipped: no texts in {args.devset}", "≥ 20/s", None))
    elif has_command("extract", tree):
        target = work / "extract"
        one = case(section, "`extract` of 1 article (start-up)", "—",
                   [(BRIEFING + ["extract", "--dossier", str(target), "--date", "2016", str(texts[0])], tree, env_tree)],
                   prepare=fresh(target), n=max(2, runs // 2))
        allr = case(section, f"`extract` of {len(texts)} articles", "≥ 20 articles/s per core",
                    [(BRIEFING + ["extract", "--dossier", str(target), "--date", "2016", *map(str, texts)], tree, env_tree)],
                    prepare=fresh(target), n=max(2, runs // 2))
        if one and allr:
            per_s = (len(texts) - 1) / max(1e-9, allr["cpu"] - one["cpu"])
            whole = len(texts) / allr["wall"]
            rows.append((section, "articles per second per core (CPU, start-up excluded)", f"{per_s:.1f}",
                         "≥ 20", per_s >= 20))
            rows.append((section, "articles per second, whole process (wall)", f"{whole:.1f}", "—", None))
    else:
        rows.append((section, "extraction throughput", "pending: no `briefing extract` command", "≥ 20/s", None))

    elapsed = time.perf_counter() - started
    table = render(rows)
    print(table)
    if not args.no_write and not args.quick:
        write_doc(table, elapsed, load_before, os.getloadavg(), runs)
    if not args.work:
        shutil.rmtree(work, ignore_errors=True)
    print(f"benchmark took {elapsed / 60:.1f} min", file=sys.stderr)
    return 0


def render(rows) -> str:
    lines = ["| part | case | wall (median) | CPU (median) | peak RSS | target | met |",
             "|---|---|---:|---:|---:|---|---|"]
    for section, name, r, target, ok in rows:
        mark = {True: "yes", False: "**no**", None: ""}[ok]
        if isinstance(r, dict):
            lines.append(f"| {section} | {name} | {r['wall']:.2f} s | {r['cpu']:.2f} s | {r['rss']} MiB | "
                         f"{target} | {mark} |")
        else:
            lines.append(f"| {section} | {name} | {r} |  |  | {target} | {mark} |")
    return "\n".join(lines)


def write_doc(table: str, elapsed: float, load_before, load_after, runs: int) -> None:
    path = ROOT / "docs" / "benchmarks.md"
    text = path.read_text(encoding="utf-8") if path.exists() else ""
    start, end = "<!-- bench:begin -->", "<!-- bench:end -->"
    commit = subprocess.run(["git", "rev-parse", "--short", "HEAD"], capture_output=True, text=True,
                            cwd=ROOT).stdout.strip()
    dirty = subprocess.run(["git", "status", "--porcelain", "--untracked-files=no", "--", *SNAPSHOT],
                           capture_output=True, text=True, cwd=ROOT).stdout.strip()
    if commit and dirty:
        commit += " plus uncommitted changes"
    block = (f"{start}\n"
             f"Run {dt.datetime.now().strftime('%Y-%m-%d %H:%M')} at commit {commit or '?'}, {elapsed / 60:.1f} min; "
             f"median of {runs} runs after a warm-up.\n\n"
             f"- Machine: {machine()}; load average {load_before[0]:.1f} before, {load_after[0]:.1f} after.\n"
             f"- Versions: {versions()}.\n\n"
             f"{table}\n{end}")
    if start in text and end in text:
        text = text[: text.index(start)] + block + text[text.index(end) + len(end):]
    else:
        text = text.rstrip() + "\n\n" + block + "\n"
    path.write_text(text, encoding="utf-8")
    print(f"wrote {path}", file=sys.stderr)


if __name__ == "__main__":
    sys.exit(main())
