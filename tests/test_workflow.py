"""The CI schedule (.github/workflows/briefings.yml): valid for GitHub, and wired the way delivery needs."""
from __future__ import annotations

import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

from conftest import ROOT

WORKFLOW = ROOT / ".github" / "workflows" / "briefings.yml"


def _tool(name: str) -> str | None:
    beside = Path(sys.executable).parent / name   # the venv's own scripts, even when it is not on PATH
    return str(beside) if beside.exists() else shutil.which(name)


@pytest.fixture(scope="module")
def workflow() -> dict:
    return yaml.safe_load(WORKFLOW.read_text(encoding="utf-8"))


def test_valid_against_githubs_workflow_schema():
    tool = _tool("check-jsonschema")
    if tool is None:
        pytest.skip("check-jsonschema is not installed")
    proc = subprocess.run([tool, "--builtin-schema", "vendor.github-workflows", str(WORKFLOW)],
                          capture_output=True, text=True)
    assert proc.returncode == 0, proc.stdout + proc.stderr


def test_actionlint():
    tool = _tool("actionlint")
    if tool is None:
        pytest.skip("actionlint is not installed (scripts/setup.sh --test)")
    proc = subprocess.run([tool, "-no-color", str(WORKFLOW)], capture_output=True, text=True)
    assert proc.returncode == 0, proc.stdout + proc.stderr
    assert proc.stdout == ""


def test_actionlint_does_check(tmp_path):
    """The linter is not a no-op: a mistake in a copy of the workflow is reported."""
    tool = _tool("actionlint")
    if tool is None:
        pytest.skip("actionlint is not installed (scripts/setup.sh --test)")
    bad = tmp_path / "bad.yml"
    bad.write_text(WORKFLOW.read_text(encoding="utf-8").replace("needs: plan\n", "needs: plann\n", 1))
    proc = subprocess.run([tool, "-no-color", str(bad)], capture_output=True, text=True)
    assert proc.returncode == 1 and "plann" in proc.stdout


def test_zizmor_finds_nothing():
    """zizmor's strictest persona, offline (no GitHub API): no finding, none suppressed by a comment."""
    tool = _tool("zizmor")
    if tool is None:
        pytest.skip("zizmor is not installed (pip install -e '.[test]')")
    proc = subprocess.run([tool, "--offline", "--persona", "auditor", "--no-progress", str(WORKFLOW)],
                          capture_output=True, text=True)
    assert proc.returncode == 0, proc.stdout + proc.stderr
    assert "No findings to report" in proc.stdout + proc.stderr
    assert "zizmor: ignore" not in WORKFLOW.read_text(encoding="utf-8")


def _steps(workflow):
    return [(name, step) for name, job in workflow["jobs"].items() for step in job["steps"]]


def test_every_action_pinned_by_commit_with_its_version(workflow):
    text = WORKFLOW.read_text(encoding="utf-8")
    uses = [step["uses"] for _, step in _steps(workflow) if "uses" in step]
    assert uses
    for ref in uses:
        assert re.fullmatch(r"[\w.-]+/[\w.-]+@[0-9a-f]{40}", ref), ref
    for line in text.splitlines():
        if "uses:" in line:
            assert re.search(r"@[0-9a-f]{40} # v\d+\.\d+\.\d+$", line), line


def test_checkouts_keep_no_credentials(workflow):
    checkouts = [step for _, step in _steps(workflow) if step.get("uses", "").startswith("actions/checkout@")]
    assert len(checkouts) == len(workflow["jobs"])
    for step in checkouts:
        assert step["with"]["persist-credentials"] is False


def test_artifacts_unique_per_attempt_and_overwritten(workflow):
    uploads = [step for _, step in _steps(workflow) if step.get("uses", "").startswith("actions/upload-artifact@")]
    assert len(uploads) == 3   # notes, sent-log, outbox
    for step in uploads:
        assert "${{ github.run_id }}-${{ github.run_attempt }}" in step["with"]["name"]
        assert step["with"]["overwrite"] is True
    notes = uploads[0]["with"]
    assert notes["retention-days"] == "${{ fromJSON(needs.plan.outputs.retention_days) }}"


def test_ci_installs_from_the_lock(workflow):
    installs = [step["run"] for _, step in _steps(workflow) if "pip install" in step.get("run", "")]
    assert len(installs) == len(workflow["jobs"])
    assert all(run == "python -m pip install -c constraints.txt ." for run in installs)
    pins = [l for l in (ROOT / "constraints.txt").read_text(encoding="utf-8").splitlines()
            if l and not l.startswith((" ", "#"))]
    assert pins and all(re.match(r"^[\w.-]+==[\w.+]+( ;|$)", l) for l in pins)
    names = {l.split("==")[0].lower() for l in pins}
    assert {"pydantic", "reportlab", "matplotlib", "python-docx"} <= names
    assert "-c constraints.txt" in (ROOT / "scripts" / "setup.sh").read_text(encoding="utf-8")


def test_weekly_and_manual(workflow):
    triggers = workflow.get("on", workflow.get(True))   # YAML 1.1 reads a bare `on` as true
    crons = [s["cron"] for s in triggers["schedule"]]
    assert len(crons) == 1
    minute, hour, dom, month, dow = crons[0].split()
    assert dom == "*" and month == "*" and re.fullmatch(r"[0-6]", dow)   # once a week
    assert "workflow_dispatch" in triggers


def test_the_matrix_comes_from_the_plan_command(workflow):
    jobs = workflow["jobs"]
    plan, build, send, alert = jobs["plan"], jobs["build"], jobs["send"], jobs["alert"]
    assert any(s.get("run") == 'briefing ci-plan --github-output >> "$GITHUB_OUTPUT"' for s in plan["steps"])
    assert build["needs"] == "plan"
    assert build["strategy"]["matrix"] == "${{ fromJSON(needs.plan.outputs.matrix) }}"
    for job in (build, send):
        assert job["runs-on"] == "${{ fromJSON(needs.plan.outputs.runs_on) }}"
    text = WORKFLOW.read_text(encoding="utf-8")
    assert "SHARDS" not in text and "shard: [" not in text   # no second place where shards are set
    run = " ".join(s.get("run", "") for s in build["steps"])
    assert 'briefing build --book "${BOOK}" --shard "${SHARD}" --edition "${EDITION}"' in run
    assert build["env"]["EDITION"] == "${{ needs.plan.outputs.edition }}"
    assert build["env"]["SHARD"] == "${{ matrix.shard }}/${{ matrix.shards }}"
    uploads = [s for s in build["steps"] if s.get("uses", "").startswith("actions/upload-artifact@")]
    assert "out/*.pdf" in uploads[0]["with"]["path"] and "out/manifest/" in uploads[0]["with"]["path"]

    # send: after every shard, and only if all succeeded; behind the approval gate
    assert send["needs"] == ["plan", "build"] and send["if"] == "success()"
    assert send["environment"] == "briefings"
    sending = next(s for s in send["steps"] if "briefing send" in s.get("run", ""))
    assert sending["env"]["BRIEFING_SMTP_PASSWORD"] == "${{ secrets.BRIEFING_SMTP_PASSWORD }}"
    downloads = [s for s in send["steps"] if s.get("uses", "").startswith("actions/download-artifact@")]
    assert any(d["with"].get("merge-multiple") and d["with"]["path"] == "out" for d in downloads)

    # alert: on any failure, one CLI call, then the run fails visibly
    assert alert["needs"] == ["plan", "build", "send"] and alert["if"] == "failure()"
    runs = [s.get("run", "") for s in alert["steps"]]
    assert sum(r.startswith("briefing alert") for r in runs) == 1
    assert runs[-1].rstrip().endswith("exit 1")


def test_the_projects_plan(workflow):
    """The checked-in briefing.toml plans one book in three shards."""
    from conftest import run_cli
    import json
    proc = run_cli("ci-plan", "--config", ROOT / "briefing.toml", check=True)
    plan = json.loads(proc.stdout)
    assert plan["matrix"]["include"] == [{"book": "kz-jp", "shard": k, "shards": 3} for k in (1, 2, 3)]
    assert plan["retention_days"] <= 14


def test_secrets_only_where_needed(workflow):
    """The password reaches the send and alert steps only, never a build job or the command line."""
    text = WORKFLOW.read_text(encoding="utf-8")
    assert text.count("secrets.BRIEFING_SMTP_PASSWORD") == 2   # send, and the alert
    for step in workflow["jobs"]["build"]["steps"]:
        assert "secrets." not in str(step)
    for job in workflow["jobs"].values():
        for step in job["steps"]:
            assert "secrets." not in step.get("run", "")


def test_the_default_book_uses_the_workflows_password_variable():
    sys.path.insert(0, str(ROOT))
    from briefing.delivery.config import load_config
    config = load_config(ROOT / "briefing.toml")
    text = WORKFLOW.read_text(encoding="utf-8")
    assert f"{config.smtp.password_env}: ${{{{ secrets.{config.smtp.password_env} }}}}" in text
    assert f"{config.smtp.user_env}: ${{{{ secrets.{config.smtp.user_env} }}}}" in text
