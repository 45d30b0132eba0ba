#!/usr/bin/env bash
# bench-throughput.sh [OUTDIR]
#
# Throughput benchmark on 127.0.0.1. For each tx size it offers rising rates
# with seq-load, finds the saturation rate, then measures latency at 80% of
# it and throughput under 2x overload, and prints a table. This first version
# runs the CometBFT kvstore baseline (scripts/kvstore-net.sh, seq-load --raw).
#
# Structure: one network is described by a label, its RPC endpoints and the
# seq-load mode arguments; everything below takes those three:
#   measure LABEL NODES SIZE RATE DURATION MODE_ARGS...   one seq-load run -> $REPORT (JSON file)
#   find_saturation LABEL NODES SIZE MODE_ARGS...          rising rates -> $SATURATION (tx/s)
#   bench_network LABEL NODES MODE_ARGS...                 all sizes -> rows in $OUT/rows.tsv
# To add seqd: start its localnet, register its stop function in CLEANUP, and
# call e.g.  bench_network seqd "$SEQD_NODES" --blobs-per-tx 1 --workers 64
# (seqd mode is the default when --raw is absent).
#
# Environment (defaults): BENCH_SIZES ("256 1024 8192"), BENCH_RATES
# ("200 400 800 1200 1600 2400 3200 4800 6400"), BENCH_STEP_S (20),
# BENCH_OVERLOAD_S (60), BENCH_P99_LIMIT_MS (10000), BENCH_DRAIN (10s),
# BENCH_LOAD_ARGS ("--tx-events=false --workers 256"), KVSTORE_DIR ($OUT/kvstore).
# Latencies in the table are chain_latency_ms (broadcast -> BFT commit time of
# the block), which a CPU-starved seq-load cannot inflate; evt_p99 is the
# event-receipt p99 a client sees. 256 workers keep the offered rate up when
# broadcast_tx_sync slows down under load.
# Every run is bounded (seq-load duration + drain + grace, under `timeout`);
# the networks and any running seq-load are stopped on exit.
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
# shellcheck source=scripts/kvstore-net.sh
source "$ROOT/scripts/kvstore-net.sh"

OUT=${1:-$(mktemp -d /tmp/bench-throughput.XXXXXX)}
BENCH_SIZES=${BENCH_SIZES:-"256 1024 8192"}
BENCH_RATES=${BENCH_RATES:-"200 400 800 1200 1600 2400 3200 4800 6400"}
BENCH_STEP_S=${BENCH_STEP_S:-20}
BENCH_OVERLOAD_S=${BENCH_OVERLOAD_S:-60}
BENCH_P99_LIMIT_MS=${BENCH_P99_LIMIT_MS:-10000}
BENCH_DRAIN=${BENCH_DRAIN:-10s}
BENCH_LOAD_ARGS=${BENCH_LOAD_ARGS:-"--tx-events=false --workers 256"}
KVSTORE_DIR=${KVSTORE_DIR:-$OUT/kvstore}
SEQ_LOAD=$OUT/bin/seq-load
CLEANUP=() # functions run on exit, last registered first
LOAD_PID=""
# Results are returned in globals, not by $(...): a subshell would hide the
# running seq-load's pid from the exit trap.
REPORT=""
SATURATION=0
SATURATED=no # "no": BENCH_RATES ran out first, SATURATION is a lower bound

bench_log() { echo "bench: $*" >&2; }

cleanup() {
  local i
  [[ -n $LOAD_PID ]] && kill "$LOAD_PID" 2>/dev/null || true
  for ((i = ${#CLEANUP[@]} - 1; i >= 0; i--)); do "${CLEANUP[i]}" || true; done
}
trap cleanup EXIT
trap 'exit 130' INT TERM

# measure LABEL NODES SIZE RATE DURATION MODE_ARGS... runs seq-load once and
# sets REPORT to the path of its JSON report.
measure() {
  local label=$1 nodes=$2 size=$3 rate=$4 dur=$5 out
  shift 5
  out=$OUT/$label-$size-$rate-${dur}s.json
  bench_log "$label size=$size rate=$rate for ${dur}s"
  # shellcheck disable=SC2086 # BENCH_LOAD_ARGS is a list of flags
  timeout --signal=INT --kill-after=10 $((dur + 60)) \
    "$SEQ_LOAD" --node "$nodes" --rate "$rate" --duration "${dur}s" --drain "$BENCH_DRAIN" \
    --blob-size "$size" --progress 10s $BENCH_LOAD_ARGS "$@" >"$out" 2>>"$OUT/$label.log" &
  LOAD_PID=$!
  wait "$LOAD_PID"
  LOAD_PID=""
  jq -e .sent "$out" >/dev/null
  REPORT=$out
}

# field FILE JQ prints one value of a report.
field() { jq -r "$2" "$1"; }

# wait_idle NODES waits (at most 90 s) until the first node's mempool is
# empty, so a run does not start behind the previous run's backlog.
wait_idle() {
  local rpc=${1%%,*} deadline=$((SECONDS + 90)) n
  while ((SECONDS < deadline)); do
    n=$(curl -fsS --max-time 2 "$rpc/num_unconfirmed_txs" | jq -r .result.total 2>/dev/null || echo 1)
    [[ $n == 0 ]] && return 0
    sleep 1
  done
  bench_log "mempool of $rpc still not empty"
}

# saturated FILE tells whether a step shows saturation: the chain commits
# under 90% of the offered rate, rejects or loses over 1% of txs, or p99
# commit latency exceeds BENCH_P99_LIMIT_MS.
saturated() {
  jq -e --argjson lim "$BENCH_P99_LIMIT_MS" '
    .tx_per_s < 0.9 * .offered_tx_per_s or .failed > 0.01 * .sent or .chain_latency_ms.p99 > $lim
  ' "$1" >/dev/null
}

# find_saturation LABEL NODES SIZE MODE_ARGS... offers BENCH_RATES in turn
# and sets SATURATION to the highest committed tx/s seen; it stops at the
# first step that is saturated or commits less than the previous one.
find_saturation() {
  local label=$1 nodes=$2 size=$3 rate tps prev=0
  shift 3
  SATURATION=0
  SATURATED=no
  for rate in $BENCH_RATES; do
    wait_idle "$nodes"
    measure "$label" "$nodes" "$size" "$rate" "$BENCH_STEP_S" "$@"
    tps=$(field "$REPORT" .tx_per_s)
    bench_log "  -> $(jq -c '{offered_tx_per_s,tx_per_s,failed,p50:.chain_latency_ms.p50,p99:.chain_latency_ms.p99,evt_p99:.latency_ms.p99}' "$REPORT")"
    SATURATION=$(jq -n "[$SATURATION, $tps] | max")
    if saturated "$REPORT" || jq -e -n "$tps < 0.95 * $prev" >/dev/null; then
      SATURATED=yes
      break
    fi
    prev=$tps
  done
}

# bench_size LABEL NODES SIZE MODE_ARGS... appends one table row.
bench_size() {
  local label=$1 nodes=$2 size=$3 sat f80 f200
  shift 3
  find_saturation "$label" "$nodes" "$size" "$@"
  sat=$SATURATION
  wait_idle "$nodes"
  measure "$label" "$nodes" "$size" "$(jq -n "$sat * 0.8 | floor")" "$BENCH_STEP_S" "$@"
  f80=$REPORT
  wait_idle "$nodes"
  measure "$label" "$nodes" "$size" "$(jq -n "$sat * 2 | floor")" "$BENCH_OVERLOAD_S" "$@"
  f200=$REPORT
  printf '%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\n' "$label" "$size" "$sat" "$SATURATED" \
    "$(jq -n "$sat * $size / 1024 | floor")" "$(field "$f80" .tx_per_s)" \
    "$(field "$f80" .chain_latency_ms.p50)" "$(field "$f80" .chain_latency_ms.p95)" \
    "$(field "$f80" .chain_latency_ms.p99)" "$(field "$f80" .latency_ms.p99)" \
    "$(field "$f200" .offered_tx_per_s)" "$(field "$f200" .tx_per_s)" \
    "$(field "$f200" .rejected_mempool_full)" "$(field "$f200" .chain_latency_ms.p99)" >>"$OUT/rows.tsv"
  wait_idle "$nodes"
}

# bench_network LABEL NODES MODE_ARGS... runs every size against one network.
# RESET_HOOK (a function name, optional) runs before each size: restarting
# the network from scratch keeps the backlog of one size's 2x overload run
# (a full mempool, multi-second blocks) out of the next size's ramp.
bench_network() {
  local label=$1 nodes=$2 size
  shift 2
  for size in $BENCH_SIZES; do
    [[ -n ${RESET_HOOK:-} ]] && "$RESET_HOOK"
    bench_size "$label" "$nodes" "$size" "$@"
  done
  RESET_HOOK=""
}

print_table() {
  {
    printf 'network\tsize_B\tsat_tx/s\tsaturated\tsat_KiB/s\ttx/s@80%%\tp50_ms@80%%\tp95_ms@80%%\tp99_ms@80%%\tevt_p99@80%%\toffered@2x\ttx/s@2x\tmempool_full@2x\tp99_ms@2x\n'
    cat "$OUT/rows.tsv"
  } | column -t -s $'\t'
}

kvstore_nodes() {
  local i nodes=()
  for ((i = 0; i < KVNET_NODES; i++)); do nodes+=("http://127.0.0.1:$(rpc_port "$i")"); done
  (IFS=,; echo "${nodes[*]}")
}

stop_kvstore() { cmd_stop "$KVSTORE_DIR"; }

reset_kvstore() {
  stop_kvstore
  rm -rf "$KVSTORE_DIR"
  cmd_start "$KVSTORE_DIR"
}

main_bench() {
  mkdir -p "$OUT/bin"
  : >"$OUT/rows.tsv"
  bench_log "results in $OUT"
  (cd "$ROOT" && go build -o "$SEQ_LOAD" ./cmd/seq-load)
  CLEANUP+=(stop_kvstore)
  RESET_HOOK=reset_kvstore bench_network kvstore "$(kvstore_nodes)" --raw
  stop_kvstore
  print_table | tee "$OUT/table.txt"
}

main_bench
