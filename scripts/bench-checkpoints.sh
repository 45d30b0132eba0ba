#!/usr/bin/env bash
# Checkpoint overhead: the same 4-validator localnet and the same seq-load run (1 KiB blobs, fixed
# rate) with vote extensions on, then off, in one run. Prints throughput and block interval of
# both, the overhead, and how many checkpoints certified within 2 blocks of their height.
# Usage: scripts/bench-checkpoints.sh [OUT_DIR]   (env: RATE, DURATION, INTERVAL, WORKERS)
set -euo pipefail
cd "$(dirname "$0")/.."

OUT=${1:-$(mktemp -d /tmp/seq-bench-cp.XXXX)}
RATE=${RATE:-300}
DURATION=${DURATION:-60s}
INTERVAL=${INTERVAL:-10}
WORKERS=${WORKERS:-64}
OFF=${PORT_OFFSET:-12000} # clear of a running `make localnet`
rpc() { echo "http://127.0.0.1:$((26657 + OFF + 10 * $1))"; }
mkdir -p "$OUT"
BIN=$PWD/build
go build -tags "${SEQD_TAGS-libsecp256k1_sdk}" -o "$BIN/" ./cmd/seqd # see SEQD_TAGS in the Makefile
go build -o "$BIN/" ./cmd/seq-load

current=""
cleanup() { [ -n "$current" ] && LOCALNET_DIR="$current" PORT_OFFSET=$OFF scripts/localnet.sh stop >/dev/null 2>&1 || true; }
trap cleanup EXIT


run_mode() { # mode ve_flag
  local mode=$1 dir="$OUT/$1"
  current=$dir
  echo "== vote extensions $mode: localnet in $dir" >&2
  LOCALNET_DIR=$dir FRESH=1 LOAD_RATE=0 LOAD_ACCOUNTS=$WORKERS PORT_OFFSET=$OFF PROVER=0 \
    INIT_FLAGS="--checkpoint-interval $INTERVAL --vote-extensions=$2" scripts/localnet.sh start >"$dir.start.log" 2>&1
  "$BIN/seq-load" --node "$(rpc 0),$(rpc 1),$(rpc 2),$(rpc 3)" \
    --grpc "127.0.0.1:$((9090 + OFF))" --chain-id seq-localnet --rollup demo --seed localnet --workers "$WORKERS" \
    --rate "$RATE" --duration "$DURATION" --blob-size 1024 --blobs-per-tx 1 --progress 0 >"$dir.json"
  "$BIN/seqd" q checkpoint checkpoints --page-limit 10000 -o json --node "$(rpc 0)" >"$dir.checkpoints.json" || true
  LOCALNET_DIR=$dir PORT_OFFSET=$OFF scripts/localnet.sh stop >/dev/null 2>&1
  current=""
}

run_mode on true
run_mode off false

python3 - "$OUT" <<'PY'
import json, sys
out = sys.argv[1]
r = {m: json.load(open(f"{out}/{m}.json")) for m in ("on", "off")}
for m in ("on", "off"):
    d = r[m]
    print(f"VE {m:3}: {d['tx_per_s']:8.1f} tx/s  {d['bytes_per_s']/1024:8.1f} KiB/s  block interval {d['block_interval_ms_mean']:6.0f} ms  "
          f"latency p50/p99 {d['latency_ms']['p50']:.0f}/{d['latency_ms']['p99']:.0f} ms")
tput = 1 - r['on']['tx_per_s'] / r['off']['tx_per_s']
blk = r['on']['block_interval_ms_mean'] / r['off']['block_interval_ms_mean'] - 1
print(f"overhead: throughput {tput*100:+.1f}%  block interval {blk*100:+.1f}%   (goal: < 5%)")
cps = json.load(open(f"{out}/on.checkpoints.json")).get("checkpoints", [])
done = [c for c in cps if int(c.get("certified_height", 0) or 0) > 0]
fast = [c for c in done if int(c["certified_height"]) - int(c["height"]) <= 2]
print(f"checkpoints: {len(cps)} made, {len(done)} certified, {len(fast)} within 2 blocks "
      f"({100*len(fast)/max(1,len(cps)):.0f}% of all; goal >= 95%)")
PY
echo "raw reports: $OUT" >&2
