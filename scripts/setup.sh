#!/usr/bin/env bash
# Sets up a fresh machine: a virtual environment in .venv with briefing installed (editable).
# With --test also the test tools and the system programs the tests use (poppler, LibreOffice, Chromium and its
# driver for the HTML notes).
set -euo pipefail
cd "$(dirname "$0")/.."
if [ "${1:-}" = "--test" ]; then
  need=()
  command -v pdftotext >/dev/null || need+=(poppler-utils)
  command -v soffice >/dev/null || need+=(libreoffice-writer-nogui)
  command -v chromium >/dev/null || need+=(chromium)
  command -v chromedriver >/dev/null || need+=(chromium-driver)
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
if ! .venv/bin/pip install -q -e ".${extra}" >"$log" 2>&1; then
  grep -v "WARNING: Location" "$log" >&2
  exit 1
fi
rm -f "$log"
