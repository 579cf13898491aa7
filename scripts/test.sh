#!/usr/bin/env bash
# Sets up (with test tools and system programs) and runs the whole test suite.
set -euo pipefail
cd "$(dirname "$0")/.."
./scripts/setup.sh --test
exec .venv/bin/python -m pytest -q "$@"
