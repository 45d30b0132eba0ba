#!/usr/bin/env bash
# Rebuilds contracts/build from contracts/src with the pinned solc-js and
# regenerates the abigen v2 bindings in contracts/bindings. Run from anywhere.
# Needs node + npm (npm ci reaches the npm registry the first time).
set -euo pipefail
cd "$(dirname "$0")"
if [ ! -d node_modules/solc ]; then npm ci --no-audit --no-fund; fi
node scripts/build.js
go generate ./bindings
