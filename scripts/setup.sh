#!/usr/bin/env bash
# Sets up a fresh machine: a virtual environment in .venv with briefing installed (editable).
# With --test also the test tools and the system programs the tests use (poppler, LibreOffice).
set -euo pipefail
cd "$(dirname "$0")/.."
if [ "${1:-}" = "--test" ]; then
  need=()
  command -v pdftotext >/dev/null || need+=(poppler-utils)
  command -v soffice >/dev/null || need+=(libreoffice-writer-nogui)
  if [ ${#need[@]} -gt 0 ]; then
    if [ "$(id -u)" = 0 ]; then SUDO=""; else SUDO="sudo"; fi
    $SUDO apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null
  fi
fi
python3 -m venv .venv
.venv/bin/pip install -q --upgrade pip >/dev/null
if [ "${1:-}" = "--test" ]; then
  .venv/bin/pip install -q -e '.[test]'
else
  .venv/bin/pip install -q -e .
fi
