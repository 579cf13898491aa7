"""`briefing ci-plan`: what the workflow (.github/workflows/briefings.yml) runs, read from briefing.toml's `[ci]`,
so that the shard count, the runner and the artifacts' retention are set in one place. The workflow's first job
prints this into $GITHUB_OUTPUT and the build matrix is `fromJSON` of it."""
from __future__ import annotations

import json


def plan(config) -> dict:
    """The build matrix is books × shards: each job builds `--book B --shard K/N` and uploads its own artifact."""
    from .build import edition_date
    ci = config.ci
    jobs = [{"book": config.name_of(book), "shard": k, "shards": ci.shards}
            for book in config.books for k in range(1, ci.shards + 1)]
    return {"matrix": {"include": jobs}, "builds": len(jobs), "runs_on": ci.runs_on,
            "retention_days": ci.retention_days, "shards": ci.shards,
            # One edition for every shard and the send, even when a shard runs past midnight or is re-run.
            "edition": edition_date()}


def plan_lines(config, github_output: bool = False) -> list[str]:
    """One JSON object; or, for $GITHUB_OUTPUT, one `name=JSON` line per output (each on one line, as the
    file's simple form needs)."""
    data = plan(config)
    if not github_output:
        return [json.dumps(data, ensure_ascii=False)]
    return [f"{key}={json.dumps(value, ensure_ascii=False, separators=(',', ':'))}" for key, value in data.items()]
