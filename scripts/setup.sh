#!/usr/bin/env bash
# Sets up a fresh machine for sup: the Debian packages for PDF (when missing), then the exact npm
# dependencies, which also builds dist/. Safe to run again.
set -euo pipefail
cd "$(dirname "$0")/.."

bash scripts/install-system-packages.sh
npm ci --no-audit --no-fund
