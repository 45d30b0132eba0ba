#!/usr/bin/env bash
# kvstore-net.sh start|stop|status DIR
#
# A 4-validator CometBFT v0.38.26 network running the built-in kvstore app on
# 127.0.0.1: the baseline that seqd's throughput is measured against
# (scripts/bench-throughput.sh). Node i listens on p2p 28656+10i and RPC
# 28657+10i only (no gRPC, pprof or Prometheus listeners): below Linux's
# ephemeral range (32768+), so a load generator's outgoing connections never
# hold a node's port.
#
#   start   create the testnet in DIR if DIR/node0 is missing, start every node
#           in the background (DIR/node<i>.pid, DIR/node<i>.log) and wait until
#           height >= 2. An existing DIR is restarted as is.
#   stop    kill exactly the pids in DIR/node<i>.pid (TERM, then KILL after 10 s).
#   status  per node: pid, alive, latest height.
#
# Consensus, mempool and p2p settings (tune_common) are seqd's own defaults
# (cmd/seqd/cmd/config.go), and bench-throughput.sh applies the same function
# to the seqd localnet, so the two networks differ only by the application:
#   timeout_commit      500ms  seqd's BlockTime (KVNET_TIMEOUT_COMMIT)
#   timeout_propose     2s     seqd's
#   mempool size        1000   a few blocks of backlog: admission control (mempool
#                              full) turns overload away before per-block recheck
#                              of a huge mempool stalls the chain (KVNET_MEMPOOL_SIZE)
#   mempool max_txs_bytes 16 MiB (4 full blocks), max_tx_bytes 4 MiB: seqd's
#   block max_bytes     4 MiB  seqd's genesis (seqd BlockMaxBytes; set in the kvstore
#                              genesis by create_net): blocks that fit timeout_propose
#   mempool cache_size  100000 gossip of a tx back from peers hits the cache
#   p2p send/recv_rate  40 MiB/s the 5 MB/s default throttles block and mempool
#                              gossip of 8 KiB txs long before CPU does (KVNET_P2P_RATE)
#   max_packet_msg_payload_size 64 KiB: seqd's
#   subscription/websocket buffers 10000: Tx-event subscriptions survive blocks
#                              of thousands of txs (the default 200 is dropped)
# Environment: GOBIN (where cometbft is installed), KVNET_TIMEOUT_COMMIT,
# KVNET_MEMPOOL_SIZE, KVNET_P2P_RATE, KVNET_BASE_PORT (28656), KVNET_NODES (4).
# This file can also be sourced (bench-throughput.sh does) to reuse tune_common.
set -euo pipefail

CMT_VERSION=v0.38.26
KVNET_NODES=${KVNET_NODES:-4}
KVNET_BASE_PORT=${KVNET_BASE_PORT:-28656}
KVNET_TIMEOUT_COMMIT=${KVNET_TIMEOUT_COMMIT:-500ms}
KVNET_MEMPOOL_SIZE=${KVNET_MEMPOOL_SIZE:-1000}
KVNET_P2P_RATE=${KVNET_P2P_RATE:-41943040}

p2p_port() { echo $((KVNET_BASE_PORT + 10 * $1)); }
rpc_port() { echo $((KVNET_BASE_PORT + 1 + 10 * $1)); }

log() { echo "kvstore-net: $*" >&2; }

# cometbft_bin installs cometbft into GOBIN (or GOPATH/bin) unless present.
cometbft_bin() {
  local gobin
  gobin=${GOBIN:-$(go env GOPATH)/bin}
  if [[ ! -x "$gobin/cometbft" ]] || ! "$gobin/cometbft" version 2>/dev/null | grep -qx "${CMT_VERSION#v}"; then
    log "installing cometbft@$CMT_VERSION into $gobin"
    GOBIN=$gobin go install "github.com/cometbft/cometbft/cmd/cometbft@$CMT_VERSION"
  fi
  echo "$gobin/cometbft"
}

# set_toml FILE SECTION KEY VALUE sets KEY inside [SECTION] ("" = top level,
# before the first section); VALUE is written verbatim (quote strings yourself).
set_toml() {
  local file=$1 section=$2 key=$3 value=$4 tmp
  tmp=$(mktemp)
  awk -v sec="$section" -v key="$key" -v val="$value" '
    /^\[/ { cur = substr($0, 2, index($0, "]") - 2) }
    cur == sec && $0 ~ "^" key "[ ]*=" { print key " = " val; found = 1; next }
    { print }
    END { if (!found) exit 3 }
  ' "$file" >"$tmp" || { rm -f "$tmp"; log "no key $key in [$section] of $file"; return 1; }
  mv "$tmp" "$file"
}

# tune_common FILE applies the settings both benchmarked networks share to a
# CometBFT config.toml (see the header); bench-throughput.sh also applies it
# to every seqd localnet node.
tune_common() {
  local f=$1
  set_toml "$f" rpc experimental_subscription_buffer_size 10000
  set_toml "$f" rpc experimental_websocket_write_buffer_size 10000
  set_toml "$f" p2p send_rate "$KVNET_P2P_RATE"
  set_toml "$f" p2p recv_rate "$KVNET_P2P_RATE"
  set_toml "$f" p2p max_packet_msg_payload_size 65536
  set_toml "$f" mempool size "$KVNET_MEMPOOL_SIZE"
  set_toml "$f" mempool max_txs_bytes 16777216
  set_toml "$f" mempool max_tx_bytes 4194304
  set_toml "$f" mempool cache_size 100000
  set_toml "$f" consensus timeout_commit "\"$KVNET_TIMEOUT_COMMIT\""
  set_toml "$f" consensus timeout_propose '"2s"'
}

# tune_config FILE P2P_PORT RPC_PORT PEERS applies tune_common plus the
# kvstore network's own addresses and listeners (the app is set apart, in
# create_net).
tune_config() {
  local f=$1 p2p=$2 rpc=$3 peers=$4
  tune_common "$f"
  set_toml "$f" rpc laddr "\"tcp://127.0.0.1:$rpc\""
  set_toml "$f" rpc grpc_laddr '""'
  set_toml "$f" rpc pprof_laddr '""'
  set_toml "$f" p2p laddr "\"tcp://127.0.0.1:$p2p\""
  set_toml "$f" p2p persistent_peers "\"$peers\""
  set_toml "$f" p2p addr_book_strict false
  set_toml "$f" p2p allow_duplicate_ip true
  set_toml "$f" instrumentation prometheus false
}

# peers_for DIR I lists every node but I as id@127.0.0.1:p2p_port.
peers_for() {
  local dir=$1 self=$2 cmt=$3 j peers=()
  for ((j = 0; j < KVNET_NODES; j++)); do
    ((j == self)) && continue
    peers+=("$("$cmt" show-node-id --home "$dir/node$j")@127.0.0.1:$(p2p_port "$j")")
  done
  (IFS=,; echo "${peers[*]}")
}

create_net() {
  local dir=$1 cmt=$2 i
  log "creating $KVNET_NODES-node testnet in $dir"
  "$cmt" testnet --v "$KVNET_NODES" --o "$dir" --populate-persistent-peers=false >/dev/null
  for ((i = 0; i < KVNET_NODES; i++)); do
    tune_config "$dir/node$i/config/config.toml" "$(p2p_port "$i")" "$(rpc_port "$i")" "$(peers_for "$dir" "$i" "$cmt")"
    set_toml "$dir/node$i/config/config.toml" "" proxy_app '"kvstore"'
    jq '.consensus_params.block.max_bytes = "4194304"' "$dir/node$i/config/genesis.json" >"$dir/node$i/config/genesis.tmp"
    mv "$dir/node$i/config/genesis.tmp" "$dir/node$i/config/genesis.json"
  done
}

alive() { [[ -f $1 ]] && kill -0 "$(cat "$1")" 2>/dev/null; }

height() {
  curl -fsS --max-time 2 "http://127.0.0.1:$(rpc_port "$1")/status" 2>/dev/null |
    jq -r '.result.sync_info.latest_block_height' 2>/dev/null || echo "-"
}

# wait_height H TIMEOUT_S waits until node 0 reports height >= H.
wait_height() {
  local want=$1 deadline=$((SECONDS + $2)) h
  while ((SECONDS < deadline)); do
    h=$(height 0)
    [[ $h =~ ^[0-9]+$ ]] && ((h >= want)) && return 0
    sleep 0.5
  done
  log "height $want not reached within $2 s (logs in node*.log)"
  return 1
}

cmd_start() {
  local dir=$1 cmt i
  cmt=$(cometbft_bin)
  mkdir -p "$dir"
  [[ -d $dir/node0 ]] || create_net "$dir" "$cmt"
  for ((i = 0; i < KVNET_NODES; i++)); do
    if alive "$dir/node$i.pid"; then
      log "node$i already running (pid $(cat "$dir/node$i.pid"))"
      continue
    fi
    "$cmt" start --home "$dir/node$i" >"$dir/node$i.log" 2>&1 &
    echo $! >"$dir/node$i.pid"
  done
  wait_height 2 60
  log "running: rpc $(for ((i = 0; i < KVNET_NODES; i++)); do printf 'http://127.0.0.1:%s ' "$(rpc_port "$i")"; done)"
}

cmd_stop() {
  local dir=$1 i pid pf deadline
  for ((i = 0; i < KVNET_NODES; i++)); do
    pf=$dir/node$i.pid
    [[ -f $pf ]] || continue
    pid=$(cat "$pf")
    if kill -0 "$pid" 2>/dev/null; then
      kill -TERM "$pid" 2>/dev/null || true
      deadline=$((SECONDS + 10))
      while kill -0 "$pid" 2>/dev/null && ((SECONDS < deadline)); do sleep 0.2; done
      kill -0 "$pid" 2>/dev/null && kill -KILL "$pid" 2>/dev/null || true
    fi
    rm -f "$pf"
  done
  log "stopped"
}

cmd_status() {
  local dir=$1 i pf state
  for ((i = 0; i < KVNET_NODES; i++)); do
    pf=$dir/node$i.pid
    state=stopped
    alive "$pf" && state="running pid $(cat "$pf")"
    echo "node$i rpc=127.0.0.1:$(rpc_port "$i") $state height=$(height "$i")"
  done
}

main() {
  if [[ $# -ne 2 ]]; then
    echo "usage: $0 start|stop|status DIR" >&2
    exit 2
  fi
  case $1 in
  start) cmd_start "$2" ;;
  stop) cmd_stop "$2" ;;
  status) cmd_status "$2" ;;
  *)
    echo "usage: $0 start|stop|status DIR" >&2
    exit 2
    ;;
  esac
}

# Sourced (by bench-throughput.sh) only defines the functions.
if [[ ${BASH_SOURCE[0]} == "$0" ]]; then
  main "$@"
fi
