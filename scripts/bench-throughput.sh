#!/usr/bin/env bash
# bench-throughput.sh [OUTDIR]
#
# Throughput benchmark on 127.0.0.1: seqd against the CometBFT kvstore
# baseline, in one run. For each network and tx size it offers rising rates
# with seq-load, finds the saturation rate, then measures latency at 80% of it
# and throughput under 2x overload (BENCH_OVERLOAD_S, default a minute). Then
# it finds seqd's saturation with many 1 KiB blobs per tx (BENCH_BATCH), and
# prints the tables plus the comparisons (seqd bytes/s as a fraction of
# kvstore's, batched blobs/s as a multiple of kvstore's 1 KiB tx/s, throughput
# kept under overload).
#
# Networks: kvstore = scripts/kvstore-net.sh (4 nodes, RPC 28657+10i),
# seqd = scripts/localnet.sh with LOCALNET_DIR=$OUT/seqd, LOAD_RATE=0 (no demo
# load), PROVER=0 (no dev L1 or seq-prover: the sidecar proves on its own
# machine, and its gnark proofs would take these 2 cores from the chain),
# SEQD_ACCOUNTS funded load accounts and PORT_OFFSET=SEQD_PORT_OFFSET
# (4000: RPC 30657+10i, gRPC 13090+10i), clear of a running `make localnet`
# and of the kvstore network (28656+), and below Linux's ephemeral port range
# (32768+), where seq-load's own outgoing connections can take a node's port
# before it binds (seen at offset 14000). Both
# get the same tune_common settings (scripts/kvstore-net.sh: timeout_commit,
# timeout_propose, mempool size/bytes/cache, p2p rates and packet size,
# websocket buffers), so they differ only by the app. Each size starts from a
# fresh network, so one size's overload backlog stays out of the next. seqd's
# load goes to a rollup "bench" registered with the largest lane quota the
# params allow (8 MiB): the demo rollup's 2 MiB quota would cap the block, not
# the app.
#
# Structure: one network is described by a label, its RPC endpoints and the
# seq-load mode arguments; everything below takes those three:
#   measure LABEL NODES SIZE RATE DURATION MODE_ARGS...   one seq-load run -> $REPORT (JSON file)
#   find_saturation LABEL NODES SIZE MODE_ARGS...          rising BENCH_RATES -> $SATURATION (tx/s)
#   bench_size / bench_network                             rows in $OUT/rows.tsv
#
# Environment (defaults): BENCH_NETWORKS ("kvstore seqd"), BENCH_SIZES
# ("256 1024 8192"), KV_RATES ("200 400 800 1200 1600 2400 3200 4800 6400"),
# SEQD_RATES ("50 100 200 300 400 600 800 1200 1600 2400"), BENCH_BATCH
# ("16 32 64" blobs per tx; "" skips), BATCH_RATES ("5 10 20 40 60 80 120 160
# 240"), BENCH_STEP_S (20), BENCH_OVERLOAD_S (60), BENCH_P99_LIMIT_MS (10000),
# BENCH_DRAIN (10s), BENCH_LOAD_ARGS ("--tx-events=false --workers 256"),
# SEQD_ACCOUNTS (256, >= workers), SEQD_PORT_OFFSET (4000), KVSTORE_DIR ($OUT/kvstore).
# BENCH_QUICK=1 is a smoke test: 1 KiB only, two short steps per network, one
# batch size, 10 s overload (a few minutes in all).
# BENCH_FIXED_RATES="R..." replaces the saturation search: each network and
# size runs once per rate for BENCH_STEP_S (for comparing node settings), and
# SEQD_TOML="section:key=value ..." / SEQD_APP_TOML (same form, "" section =
# top level) are applied to every seqd node after tune_common, e.g.
#   SEQD_TOML=':db_backend="pebbledb"' or SEQD_TOML='p2p:send_rate=5242880 p2p:recv_rate=5242880'.
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
OUT=$(mkdir -p "$OUT" && cd "$OUT" && pwd)
BENCH_NETWORKS=${BENCH_NETWORKS:-"kvstore seqd"}
BENCH_SIZES=${BENCH_SIZES-"256 1024 8192"}
KV_RATES=${KV_RATES:-${BENCH_RATES:-"200 400 800 1200 1600 2400 3200 4800 6400"}}
SEQD_RATES=${SEQD_RATES:-"50 100 200 300 400 600 800 1200 1600 2400"}
BENCH_BATCH=${BENCH_BATCH-"16 32 64"}
BATCH_RATES=${BATCH_RATES:-"5 10 20 40 60 80 120 160 240"}
BENCH_STEP_S=${BENCH_STEP_S:-20}
BENCH_OVERLOAD_S=${BENCH_OVERLOAD_S:-60}
BENCH_P99_LIMIT_MS=${BENCH_P99_LIMIT_MS:-10000}
BENCH_DRAIN=${BENCH_DRAIN:-10s}
BENCH_LOAD_ARGS=${BENCH_LOAD_ARGS:-"--tx-events=false --workers 256"}
BENCH_FIXED_RATES=${BENCH_FIXED_RATES:-}
SEQD_ACCOUNTS=${SEQD_ACCOUNTS:-256}
SEQD_PORT_OFFSET=${SEQD_PORT_OFFSET:-4000}
SEQD_RPC=http://127.0.0.1:$((26657 + SEQD_PORT_OFFSET))
SEQD_TOML=${SEQD_TOML:-}
SEQD_APP_TOML=${SEQD_APP_TOML:-}
if [[ ${BENCH_QUICK:-0} == 1 ]]; then
  BENCH_SIZES=1024 KV_RATES="400 1600" SEQD_RATES="50 200" BENCH_BATCH=16 BATCH_RATES="5 20"
  BENCH_STEP_S=8 BENCH_OVERLOAD_S=10 BENCH_DRAIN=5s
fi
KVSTORE_DIR=${KVSTORE_DIR:-$OUT/kvstore}
SEQD_DIR=$OUT/seqd
SEQD_CHAIN=seq-bench
SEQD_SEED=bench
SEQD_ROLLUP=bench
SEQ_LOAD=$OUT/bin/seq-load
SEQD=$ROOT/build/seqd # localnet.sh builds it there
CLEANUP=() # functions run on exit, last registered first
LOAD_PID=""
# Results are returned in globals, not by $(...): a subshell would hide the
# running seq-load's pid from the exit trap.
REPORT=""
SATURATION=0
SATURATED=no # "no": the rates ran out first, SATURATION is a lower bound

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
# and sets SATURATION to the highest committed tx/s seen (at most the offered
# rate of that step); it stops at the
# first step that is saturated or commits less than the previous one.
find_saturation() {
  local label=$1 nodes=$2 size=$3 rate tps prev=0
  shift 3
  SATURATION=0
  SATURATED=no
  for rate in $BENCH_RATES; do
    wait_idle "$nodes"
    measure "$label" "$nodes" "$size" "$rate" "$BENCH_STEP_S" "$@"
    # A chain that stalls and then commits its backlog in a few big blocks
    # can show a burst above the offered rate; only the offered rate counts.
    tps=$(jq '[.tx_per_s, .offered_tx_per_s] | min' "$REPORT")
    bench_log "  -> $(jq -c '{offered_tx_per_s,tx_per_s,blobs_per_s,failed,p50:.chain_latency_ms.p50,p99:.chain_latency_ms.p99,evt_p99:.latency_ms.p99}' "$REPORT")"
    SATURATION=$(jq -n "[$SATURATION, $tps] | max")
    if saturated "$REPORT" || jq -e -n "$tps < 0.95 * $prev" >/dev/null; then
      SATURATED=yes
      break
    fi
    prev=$tps
  done
}

# row LABEL SIZE BLOBS_PER_TX [F80 F200] appends one table row from
# SATURATION and the 80% and 2x reports ("-" where a phase did not run).
row() {
  local label=$1 size=$2 bpt=$3 f80=${4:-} f200=${5:-} sat=$SATURATION a80 a200
  v80() { if [[ -n $f80 ]]; then field "$f80" "$1"; else echo -; fi; }
  v200() { if [[ -n $f200 ]]; then field "$f200" "$1"; else echo -; fi; }
  a80=("$(v80 .tx_per_s)" "$(v80 .chain_latency_ms.p50)" "$(v80 .chain_latency_ms.p95)" "$(v80 .chain_latency_ms.p99)" "$(v80 .latency_ms.p99)")
  a200=("$(v200 .offered_tx_per_s)" "$(v200 .tx_per_s)" "-" "$(v200 .rejected_mempool_full)" "$(v200 .chain_latency_ms.p99)")
  [[ -n $f200 ]] && a200[2]=$(jq -n "if $sat > 0 then ${a200[1]} / $sat * 100 | round else 0 end")
  printf '%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\n' "$label" "$size" "$bpt" "$sat" "$SATURATED" \
    "$(jq -n "$sat * $bpt | floor")" "$(jq -n "$sat * $size * $bpt / 1024 | floor")" \
    "${a80[@]}" "${a200[@]}" >>"$OUT/rows.tsv"
}

# abci_timing LABEL FILE saves seqd node0's CometBFT metrics (Prometheus, at
# node0's prometheus_listen_addr) to FILE.prom and logs the mean time per ABCI method since the node
# started: where a saturated node spends its time (check_tx, recheck,
# prepare/process_proposal, finalize_block, commit). Other networks: nothing.
abci_timing() {
  local addr
  [[ $1 == seqd* ]] || return 0
  addr=$(sed -n 's/^prometheus_listen_addr = "\(.*\)"/\1/p' "$SEQD_DIR/node0/seqd/config/config.toml")
  [[ $addr == :* ]] && addr=127.0.0.1$addr
  curl -fsS --max-time 5 "http://$addr/metrics" >"$2.prom" 2>/dev/null || return 0
  awk '
    /^cometbft_abci_connection_method_timing_seconds_(sum|count)\{/ {
      match($0, /method="[^"]*"/); m = substr($0, RSTART + 8, RLENGTH - 9)
      if ($0 ~ /_sum\{/) sum[m] += $NF; else cnt[m] += $NF
    }
    /^cometbft_mempool_recheck_times\{/ { recheck += $NF }
    END {
      for (m in cnt) if (cnt[m] > 0) printf "%s=%.1fms(x%d) ", m, sum[m] / cnt[m] * 1000, cnt[m]
      printf "mempool_rechecks=%d\n", recheck
    }' "$2.prom" | tee "$2.abci" | sed 's/^/bench:   node0 abci: /' >&2
}

# bench_size LABEL NODES SIZE MODE_ARGS... saturation, 80% and 2x: one row.
bench_size() {
  local label=$1 nodes=$2 size=$3 sat f80 f200
  shift 3
  find_saturation "$label" "$nodes" "$size" "$@"
  sat=$SATURATION
  wait_idle "$nodes"
  measure "$label" "$nodes" "$size" "$(jq -n "[$sat * 0.8 | floor, 1] | max")" "$BENCH_STEP_S" "$@"
  f80=$REPORT
  wait_idle "$nodes"
  measure "$label" "$nodes" "$size" "$(jq -n "[$sat * 2 | floor, 1] | max")" "$BENCH_OVERLOAD_S" "$@"
  f200=$REPORT
  abci_timing "$label" "$OUT/$label-$size"
  row "$label" "$size" 1 "$f80" "$f200"
  wait_idle "$nodes"
}

# bench_fixed LABEL NODES SIZE MODE_ARGS... runs each of BENCH_FIXED_RATES
# once; the rows carry the committed rate in the saturation columns.
bench_fixed() {
  local label=$1 nodes=$2 size=$3 rate
  shift 3
  for rate in $BENCH_FIXED_RATES; do
    wait_idle "$nodes"
    measure "$label" "$nodes" "$size" "$rate" "$BENCH_STEP_S" "$@"
    bench_log "  -> $(jq -c '{offered_tx_per_s,tx_per_s,bytes_per_s,failed,p50:.chain_latency_ms.p50,p99:.chain_latency_ms.p99,blocks:.blocks.interval_ms_mean}' "$REPORT")"
    abci_timing "$label" "${REPORT%.json}"
    SATURATION=$(field "$REPORT" .tx_per_s) SATURATED=fixed@$rate
    row "$label" "$size" 1 "$REPORT"
  done
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
    if [[ -n $BENCH_FIXED_RATES ]]; then
      bench_fixed "$label" "$nodes" "$size" "$@"
    else
      bench_size "$label" "$nodes" "$size" "$@"
    fi
  done
  RESET_HOOK=""
}

# bench_batches NODES MODE_ARGS... finds seqd's saturation with K 1 KiB
# blobs per tx for each K in BENCH_BATCH (saturation only: one row each).
bench_batches() {
  local nodes=$1 k
  shift
  for k in $BENCH_BATCH; do
    reset_seqd
    BENCH_RATES=$BATCH_RATES find_saturation "seqd-b$k" "$nodes" 1024 "$@" --blobs-per-tx "$k"
    row "seqd" 1024 "$k"
  done
}

print_table() {
  {
    printf 'network\tsize_B\tblobs/tx\tsat_tx/s\tsaturated\tsat_blobs/s\tsat_KiB/s\ttx/s@80%%\tp50_ms@80%%\tp95_ms@80%%\tp99_ms@80%%\tevt_p99@80%%\toffered@2x\ttx/s@2x\tkept%%@2x\tmempool_full@2x\tp99_ms@2x\n'
    cat "$OUT/rows.tsv"
  } | column -t -s $'\t'
}

# print_summary compares the networks row by row against the goals: seqd's
# bytes/s as a fraction of kvstore's per size, batched blobs/s as a multiple
# of kvstore's 1 KiB tx/s, throughput kept under 2x overload, p99 at 80%.
print_summary() {
  awk -F'\t' '
    $3 == 1 { kib[$1, $2] = $7; p99[$1, $2] = $11; kept[$1, $2] = $15; sizes[$2] = 1 }
    END {
      print "size_B\tkv_KiB/s\tseqd_KiB/s\tseqd/kv_bytes\tkv_p99@80%\tseqd_p99@80%\tkv_kept@2x\tseqd_kept@2x"
      for (s in sizes) if (("kvstore", s) in kib && ("seqd", s) in kib)
        printf "%s\t%s\t%s\t%.2f\t%s\t%s\t%s%%\t%s%%\n", s, kib["kvstore", s], kib["seqd", s],
          (kib["kvstore", s] > 0 ? kib["seqd", s] / kib["kvstore", s] : 0),
          p99["kvstore", s], p99["seqd", s], kept["kvstore", s], kept["seqd", s]
    }' "$OUT/rows.tsv" | sort -n | column -t -s $'\t'
  awk -F'\t' '
    $1 == "kvstore" && $2 == 1024 && $3 == 1 { kv = $4 }
    $1 == "seqd" && $3 > 1 { batch[$3] = $6 }
    END {
      if (kv == "") exit
      for (k in batch)
        printf "batch %s x 1 KiB: seqd %s blobs/s = %.2f x kvstore 1 KiB tx/s (%s)\n", k, batch[k], (kv > 0 ? batch[k] / kv : 0), kv
    }' "$OUT/rows.tsv" | sort -n -k2
}

# ---- kvstore network ----

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

# ---- seqd network ----

seqd_nodes() {
  local i nodes=()
  for ((i = 0; i < 4; i++)); do nodes+=("http://127.0.0.1:$((26657 + SEQD_PORT_OFFSET + 10 * i))"); done
  (IFS=,; echo "${nodes[*]}")
}

localnet() {
  LOCALNET_DIR=$SEQD_DIR LOAD_RATE=0 PROVER=0 LOAD_ACCOUNTS=$SEQD_ACCOUNTS LOAD_SEED=$SEQD_SEED CHAIN_ID=$SEQD_CHAIN \
    PORT_OFFSET=$SEQD_PORT_OFFSET \
    "$ROOT/scripts/localnet.sh" "$@" >>"$OUT/seqd-localnet.log" 2>&1
}

stop_seqd() { [[ -d $SEQD_DIR ]] && localnet stop || true; }

# apply_toml FILE "section:key=value ..." sets each key (section "" = top level).
apply_toml() {
  local f=$1 kv sec key
  for kv in $2; do
    sec=${kv%%:*} kv=${kv#*:} key=${kv%%=*}
    set_toml "$f" "$sec" "$key" "${kv#*=}"
  done
}

# reset_seqd starts a fresh seqd localnet, stops it to apply tune_common (and
# SEQD_TOML/SEQD_APP_TOML) to every node, restarts it and registers the bench
# rollup with the largest lane quota.
reset_seqd() {
  local i home h0
  stop_seqd
  rm -rf "$SEQD_DIR"
  # Wait (2 min at most) for anyone else's network on these ports to end
  # rather than measure a mix of two.
  for i in $(seq 1 120); do
    curl -fsS --max-time 1 "$SEQD_RPC/status" >/dev/null 2>&1 || break
    ((i == 1)) && bench_log "something serves $SEQD_RPC (another bench?); waiting for it to stop"
    ((i == 120)) && { bench_log "$SEQD_RPC still busy; giving up"; return 1; }
    sleep 1
  done
  FRESH=1 localnet start
  localnet stop
  for ((i = 0; i < 4; i++)); do
    home=$SEQD_DIR/node$i/seqd/config
    tune_common "$home/config.toml"
    apply_toml "$home/config.toml" "$SEQD_TOML"
    apply_toml "$home/app.toml" "$SEQD_APP_TOML"
  done
  localnet start
  h0=$SEQD_DIR/node0/seqd
  "$SEQD" tx rollup register "$SEQD_ROLLUP" 65536 8388608 --from node0 --home "$h0" --keyring-backend test \
    --chain-id "$SEQD_CHAIN" --node "$SEQD_RPC" --fees 2000useq --gas 200000 --yes -o json >>"$OUT/seqd-localnet.log"
  for _ in $(seq 1 30); do
    "$SEQD" q rollup rollup "$SEQD_ROLLUP" --node "$SEQD_RPC" >/dev/null 2>&1 && return 0
    sleep 1
  done
  bench_log "rollup $SEQD_ROLLUP not registered (see $OUT/seqd-localnet.log)"
  return 1
}

seqd_grpc() {
  local i addrs=()
  for ((i = 0; i < 4; i++)); do addrs+=("127.0.0.1:$((9090 + SEQD_PORT_OFFSET + 10 * i))"); done
  (IFS=,; echo "${addrs[*]}")
}

# seq-load broadcasts over JSON-RPC (spread over seqd_nodes) and queries accounts and fees at the
# first gRPC address; all 4 are listed so that BENCH_LOAD_ARGS="... --broadcast grpc" spreads too.
seqd_args=(--grpc "$(seqd_grpc)" --chain-id "$SEQD_CHAIN" --rollup "$SEQD_ROLLUP" --seed "$SEQD_SEED")

main_bench() {
  local net
  mkdir -p "$OUT/bin"
  : >"$OUT/rows.tsv"
  bench_log "results in $OUT; load average $(cut -d' ' -f1-3 /proc/loadavg)"
  (cd "$ROOT" && go build -o "$SEQ_LOAD" ./cmd/seq-load)
  for net in $BENCH_NETWORKS; do
    case $net in
    kvstore)
      CLEANUP+=(stop_kvstore)
      BENCH_RATES=$KV_RATES RESET_HOOK=reset_kvstore bench_network kvstore "$(kvstore_nodes)" --raw
      stop_kvstore
      ;;
    seqd)
      CLEANUP+=(stop_seqd)
      BENCH_RATES=$SEQD_RATES RESET_HOOK=reset_seqd bench_network seqd "$(seqd_nodes)" "${seqd_args[@]}" --blobs-per-tx 1
      [[ -z $BENCH_FIXED_RATES ]] && bench_batches "$(seqd_nodes)" "${seqd_args[@]}"
      stop_seqd
      ;;
    *) bench_log "unknown network $net" && exit 2 ;;
    esac
  done
  bench_log "load average at the end $(cut -d' ' -f1-3 /proc/loadavg)"
  { print_table; echo; print_summary; } | tee "$OUT/table.txt"
}

main_bench
