#!/usr/bin/env bash
# Installs the Debian packages sup's PDF output and its browser tests need, when they are missing:
# Chromium (printing and the real-browser tests) and poppler's pdftotext (the PDF tests).
set -euo pipefail

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
