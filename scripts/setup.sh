#!/usr/bin/env bash
# Sets up a fresh machine for sup: Debian's Chromium (for PDF and the browser tests) and poppler's
# pdftotext (for the PDF tests) when they are missing, then the exact npm dependencies, which also
# builds dist/. Safe to run again.
set -euo pipefail
cd "$(dirname "$0")/.."

need=()
command -v chromium >/dev/null 2>&1 || command -v chromium-browser >/dev/null 2>&1 || need+=(chromium)
command -v pdftotext >/dev/null 2>&1 || need+=(poppler-utils)
if ((${#need[@]} > 0)); then
  if command -v apt-get >/dev/null 2>&1; then
    sudo=""
    [ "$(id -u)" -ne 0 ] && sudo="sudo"
    echo "sup setup: installerar ${need[*]} med apt-get"
    $sudo apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "${need[@]}" >/dev/null
  else
    echo "sup setup: installera ${need[*]} själv (ingen apt-get här); Markdown och HTML fungerar utan dem." >&2
  fi
fi

npm ci --no-audit --no-fund
