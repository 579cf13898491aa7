#!/usr/bin/env bash
# Refreshes constraints.txt, the lock CI and scripts/setup.sh install from (`pip install -c constraints.txt .`),
# so that dependencies change only when someone runs this and commits the result (a library's patch release
# rebuilds every note: its version is one of the notes' inputs).
#   scripts/lock.sh            keep every pin, add or drop only what pyproject.toml's dependencies changed
#   scripts/lock.sh --upgrade  every package to its newest release that fits pyproject.toml
# One file for every extra, every platform and Python >= 3.11 (uv's universal resolution); uv itself runs from
# a throw-away environment.
set -euo pipefail
cd "$(dirname "$0")/.."
upgrade=()
[ "${1:-}" = "--upgrade" ] && upgrade=(--upgrade)
tool=$(mktemp -d)
trap 'rm -rf "$tool"' EXIT
python3 -m venv "$tool"
"$tool/bin/pip" install -q "uv>=0.5,<1"
"$tool/bin/uv" pip compile pyproject.toml --all-extras --universal --python-version 3.11 \
  --custom-compile-command "scripts/lock.sh" -o constraints.txt -q "${upgrade[@]}"
git --no-pager diff --stat -- constraints.txt 2>/dev/null || true
