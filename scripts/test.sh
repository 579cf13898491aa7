#!/usr/bin/env bash
# Sets up (with test tools and system programs) and runs the whole test suite.
set -euo pipefail
cd "$(dirname "$0")/.."
./scripts/setup.sh --test
# The extraction scores in docs/evaluation.md must be those the code gives now.
.venv/bin/python scripts/evaluate.py --check
exec .venv/bin/python -m pytest -q "$@"
