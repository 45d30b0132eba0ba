#!/usr/bin/env bash
# The 4-validator seq localnet on 127.0.0.1: start | status | stop.
# Homes, logs and pid files live under ./.localnet; `stop` ends exactly the processes it started.
set -euo pipefail
cd "$(dirname "$0")/.."

ROOT=${LOCALNET_DIR:-$PWD/.localnet}
BIN=$PWD/build
CHAIN_ID=${CHAIN_ID:-seq-localnet}
VALIDATORS=4
LOAD_ACCOUNTS=${LOAD_ACCOUNTS:-16}
LOAD_SEED=${LOAD_SEED:-localnet}
LOAD_RATE=${LOAD_RATE:-20}          # tx/s of the demo load; 0 starts none (benchmarks bring their own)
LOAD_DURATION=${LOAD_DURATION:-24h} # the demo load runs until localnet-stop
DEMO_ROLLUP=demo
L1_ADDR=${L1_ADDR:-127.0.0.1:8545}
PROVER=${PROVER:-1}                 # PROVER=0: no dev L1 and no seq-prover
PROVER_METRICS=${PROVER_METRICS:-127.0.0.1:9464}
KEYS_DIR=${KEYS_DIR:-${XDG_CACHE_HOME:-$HOME/.cache}/seq/prover-keys}
# INIT_FLAGS are extra `seqd testnet init-files` flags, e.g. "--checkpoint-interval 10 --vote-extensions=false".

log() { printf '[localnet] %s\n' "$*" >&2; }
PORT_OFFSET=${PORT_OFFSET:-0}       # shifts every node port (benchmarks run beside a localnet)
GRPC=127.0.0.1:$((9090 + PORT_OFFSET))
rpc() { echo "http://127.0.0.1:$((26657 + PORT_OFFSET + 10 * $1))"; }

height() { curl -fsS --max-time 2 "$(rpc "$1")/status" 2>/dev/null | sed -n 's/.*"latest_block_height":"\([0-9]*\)".*/\1/p'; }

alive() { [ -f "$1" ] && kill -0 "$(cat "$1")" 2>/dev/null; }

build() {
  log "building seqd, seq-load and seq-prover into $BIN"
  # seqd with the cgo libsecp256k1 verifier: see SEQD_TAGS in the Makefile.
  go build -tags "${SEQD_TAGS-libsecp256k1_sdk}" -o "$BIN/" ./cmd/seqd
  go build -o "$BIN/" ./cmd/seq-load ./cmd/seq-prover
}

init_homes() {
  rm -rf "$ROOT"
  mkdir -p "$ROOT"
  local fund
  fund=$("$BIN/seq-load" accounts --count "$LOAD_ACCOUNTS" --seed "$LOAD_SEED" | paste -sd, -)
  "$BIN/seqd" testnet init-files --v "$VALIDATORS" --output-dir "$ROOT" --single-host \
    --chain-id "$CHAIN_ID" --keyring-backend test --fund "$fund" --port-offset "$PORT_OFFSET" ${INIT_FLAGS:-} >/dev/null 2>"$ROOT/init.log" \
    || { cat "$ROOT/init.log" >&2; exit 1; }
}

start_nodes() {
  for i in $(seq 0 $((VALIDATORS - 1))); do
    if alive "$ROOT/node$i.pid"; then log "node$i already running"; continue; fi
    nohup "$BIN/seqd" start --home "$ROOT/node$i/seqd" >"$ROOT/node$i.log" 2>&1 &
    echo $! >"$ROOT/node$i.pid"
  done
}

wait_blocks() {
  local want=$1 deadline=$((SECONDS + 90)) h
  while :; do
    h=$(height 0 || true)
    [ -n "$h" ] && [ "$h" -ge "$want" ] && return 0
    [ $SECONDS -ge $deadline ] && { log "no block $want after 90 s; see $ROOT/node0.log"; tail -5 "$ROOT/node0.log" >&2; exit 1; }
    sleep 1
  done
}

register_demo() {
  local h0="$ROOT/node0/seqd"
  if "$BIN/seqd" q rollup rollup "$DEMO_ROLLUP" --home "$h0" --node "$(rpc 0)" >/dev/null 2>&1; then return; fi
  log "registering rollup '$DEMO_ROLLUP' (64 KiB blobs, 2 MiB lane quota)"
  "$BIN/seqd" tx rollup register "$DEMO_ROLLUP" 65536 2097152 --from node0 --home "$h0" --keyring-backend test \
    --chain-id "$CHAIN_ID" --node "$(rpc 0)" --fees 2000useq --gas 200000 --yes -o json >"$ROOT/register.json"
  for _ in $(seq 1 30); do
    "$BIN/seqd" q rollup rollup "$DEMO_ROLLUP" --home "$h0" --node "$(rpc 0)" >/dev/null 2>&1 && return
    sleep 1
  done
  log "rollup registration did not land: $(cat "$ROOT/register.json")"; exit 1
}

start_load() {
  if [ "$LOAD_RATE" = 0 ]; then log "demo load disabled (LOAD_RATE=0)"; return; fi
  if alive "$ROOT/load.pid"; then return; fi
  log "starting demo load: $LOAD_RATE tx/s of 4 x 1 KiB blobs into '$DEMO_ROLLUP'"
  nohup "$BIN/seq-load" --node "$(rpc 0),$(rpc 1)" --grpc "$GRPC" --chain-id "$CHAIN_ID" \
    --rollup "$DEMO_ROLLUP" --seed "$LOAD_SEED" --workers "$LOAD_ACCOUNTS" --rate "$LOAD_RATE" \
    --blob-size 1024 --blobs-per-tx 4 --duration "$LOAD_DURATION" >"$ROOT/load.json" 2>"$ROOT/load.log" &
  echo $! >"$ROOT/load.pid"
}

# capacity is x/checkpoint's circuit capacity in the localnet genesis: the sidecar's keys must match.
capacity() {
  "$BIN/seqd" q checkpoint params --node "$(rpc 0)" -o json 2>/dev/null | sed -n 's/.*"capacity": *"\{0,1\}\([0-9]*\).*/\1/p'
}

start_l1() {
  if alive "$ROOT/l1.pid"; then return; fi
  log "starting the embedded dev L1 on $L1_ADDR (in memory: a restart is a new L1, so the registry is redeployed)"
  rm -f "$ROOT/deployment.json" "$ROOT/prover/progress.json"
  nohup "$BIN/seq-prover" devnet-l1 --addr "$L1_ADDR" --block-time 1s >"$ROOT/l1.log" 2>&1 &
  echo $! >"$ROOT/l1.pid"
  for _ in $(seq 1 30); do grep -q ' key 0x' "$ROOT/l1.log" 2>/dev/null && return; sleep 0.5; done
  log "dev L1 did not start: $(tail -3 "$ROOT/l1.log")"; exit 1
}

# l1_key is the dev L1's first funded account: the localnet's deployer and prover.
l1_key() { sed -n 's/^(0) .* key \(0x[0-9a-fA-F]*\).*/\1/p' "$ROOT/l1.log" | head -1; }

start_prover() {
  if alive "$ROOT/prover.pid"; then return; fi
  local n
  n=$(capacity)
  [ -n "$n" ] || { log "cannot read x/checkpoint's capacity"; exit 1; }
  log "seq-prover setup --capacity $n (cached under $KEYS_DIR after the first run)"
  "$BIN/seq-prover" setup --capacity "$n" --keys-dir "$KEYS_DIR" >"$ROOT/setup.log" 2>&1 \
    || { tail -5 "$ROOT/setup.log" >&2; exit 1; }
  if [ ! -f "$ROOT/deployment.json" ]; then
    log "deploying the verifier and CheckpointRegistry (waits for checkpoint 1)"
    "$BIN/seq-prover" deploy --l1-rpc "http://$L1_ADDR" --key "$(l1_key)" --grpc "$GRPC" --rpc "$(rpc 0)" \
      --keys-dir "$KEYS_DIR" --out "$ROOT/deployment.json" >"$ROOT/deploy.log" 2>&1 || { tail -5 "$ROOT/deploy.log" >&2; exit 1; }
  fi
  log "starting seq-prover run (metrics http://$PROVER_METRICS/metrics)"
  nohup "$BIN/seq-prover" run --home "$ROOT/prover" --l1-rpc "http://$L1_ADDR" --key "$(l1_key)" \
    --deployment "$ROOT/deployment.json" --grpc "$GRPC" --rpc "$(rpc 0)" --keys-dir "$KEYS_DIR" \
    --metrics-addr "$PROVER_METRICS" >"$ROOT/prover.log" 2>&1 &
  echo $! >"$ROOT/prover.pid"
}

prover_status() {
  [ -f "$ROOT/deployment.json" ] || { echo "prover: not deployed (PROVER=0?)"; return; }
  local st
  st=$("$BIN/seq-prover" status --deployment "$ROOT/deployment.json" --home "$ROOT/prover" \
    --l1-rpc "http://$L1_ADDR" --grpc "$GRPC" --rpc "$(rpc 0)" 2>/dev/null | tr -d '\n ' || true)
  local pid="stopped"
  alive "$ROOT/prover.pid" && pid="running (pid $(cat "$ROOT/prover.pid"))"
  echo "checkpoints: latest $(field "$st" seqd_latest_epoch), certified $(field "$st" seqd_certified_epoch), posted on L1 $(field "$st" registry_latest_epoch); seq-prover $pid"
}

# field extracts a number from seq-prover status's JSON.
field() { sed -n "s/.*\"$2\":\([0-9]*\).*/\1/p" <<<"$1" | head -1; }

status() {
  [ -d "$ROOT" ] || { echo "no localnet under $ROOT (make localnet)"; return 1; }
  printf '%-6s %-7s %-8s %s\n' node pid height app_hash
  for i in $(seq 0 $((VALIDATORS - 1))); do
    local st pid="-" h="-" hash="-"
    alive "$ROOT/node$i.pid" && pid=$(cat "$ROOT/node$i.pid")
    st=$(curl -fsS --max-time 2 "$(rpc "$i")/status" 2>/dev/null || true)
    if [ -n "$st" ]; then
      h=$(sed -n 's/.*"latest_block_height":"\([0-9]*\)".*/\1/p' <<<"$st")
      hash=$(sed -n 's/.*"latest_app_hash":"\([0-9A-F]*\)".*/\1/p' <<<"$st" | cut -c1-16)
    fi
    printf '%-6s %-7s %-8s %s\n' "node$i" "$pid" "$h" "$hash"
  done
  local fee heights
  fee=$("$BIN/seqd" q rollup base-fee "$DEMO_ROLLUP" --node "$(rpc 0)" -o json 2>/dev/null | sed -n 's/.*"base_fee": *"\([^"]*\)".*/\1/p' || true)
  heights=$("$BIN/seqd" q rollup heights "$DEMO_ROLLUP" 1 --node "$(rpc 0)" -o json 2>/dev/null | grep -c '"rollup_id"' || true)
  echo "rollup $DEMO_ROLLUP: base fee ${fee:-?} useq/byte, batches in first page: ${heights:-0}"
  prover_status
  if alive "$ROOT/load.pid"; then echo "demo load: running (pid $(cat "$ROOT/load.pid")), progress: $(tail -1 "$ROOT/load.log" 2>/dev/null)"; else echo "demo load: stopped"; fi
}

endpoints() {
  cat <<MSG
seq localnet is up ($VALIDATORS validators, chain $CHAIN_ID, homes under $ROOT)
  node0  CometBFT RPC  $(rpc 0)   (websocket $(rpc 0 | sed 's/^http/ws/')/websocket)
         gRPC          $GRPC
         REST          http://127.0.0.1:$((1317 + PORT_OFFSET))    (e.g. /seq/rollup/v1/rollups)
         Prometheus    http://127.0.0.1:26660/metrics (CometBFT), REST /metrics?format=prometheus (app)
  node i uses the same ports + 10*i.  Keys: --home $ROOT/node0/seqd --keyring-backend test --from node0
  dev L1 JSON-RPC http://$L1_ADDR (registry: $ROOT/deployment.json), seq-prover metrics http://$PROVER_METRICS/metrics
  logs: $ROOT/node*.log, demo load: $ROOT/load.log, $ROOT/l1.log, $ROOT/prover.log
  make localnet-status | make localnet-stop
MSG
}

stop() {
  local any=0
  local pids=("$ROOT"/load.pid "$ROOT"/prover.pid "$ROOT"/l1.pid "$ROOT"/node*.pid)
  for f in "${pids[@]}"; do
    [ -f "$f" ] || continue
    if alive "$f"; then kill "$(cat "$f")" 2>/dev/null || true; any=1; fi
  done
  for f in "${pids[@]}"; do
    [ -f "$f" ] || continue
    for _ in $(seq 1 20); do alive "$f" || break; sleep 0.5; done
    alive "$f" && kill -9 "$(cat "$f")" 2>/dev/null || true
    rm -f "$f"
  done
  [ $any = 1 ] && log "stopped" || log "nothing was running"
}

case "${1:-start}" in
  start)
    build
    if alive "$ROOT/node0.pid"; then log "already running"; status; exit 0; fi
    [ -f "$ROOT/node0/seqd/config/genesis.json" ] && [ "${FRESH:-0}" != 1 ] && log "restarting existing localnet (FRESH=1 for a new one)" || init_homes
    start_nodes
    log "waiting for blocks"
    wait_blocks 2
    register_demo
    if [ "$PROVER" = 1 ]; then start_l1; start_prover; fi
    start_load
    sleep 3
    endpoints
    status
    ;;
  status) status ;;
  stop) stop ;;
  *) echo "usage: $0 start|status|stop" >&2; exit 2 ;;
esac
