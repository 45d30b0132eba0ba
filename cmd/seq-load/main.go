// Command seq-load offers blob transactions to a seqd network (or plain
// key=value txs to any CometBFT kvstore network with --raw) at a target rate
// for a fixed duration, and prints one JSON object with throughput and
// submit→commit latency percentiles to stdout. Progress goes to stderr.
//
// Txs are broadcast with CometBFT JSON-RPC broadcast_tx_sync at the --node
// endpoints. --broadcast grpc sends seqd txs through the Cosmos SDK gRPC tx
// service (BroadcastTx, sync mode) at the --grpc addresses instead; it costs
// the node more: the SDK's gRPC interceptor formats every request with %#v
// for a debug log line even when debug logging is off (cosmos-sdk v0.53.8
// baseapp/grpcserver.go), i.e. the whole tx byte by byte, which was 28% of a
// validator's CPU under a 64 KiB-tx overload. Commits are always read over
// CometBFT RPC (websocket and /block) from the first --node; account and fee
// queries go to the first --grpc.
//
//	seq-load --node http://127.0.0.1:26657,http://127.0.0.1:26667 --grpc 127.0.0.1:9090,127.0.0.1:9100 \
//	    --rollup demo --seed localnet --workers 16 --rate 200 --blob-size 1024 --blobs-per-tx 4
//	seq-load --raw --node http://127.0.0.1:28657,http://127.0.0.1:28667 \
//	    --rate 800 --duration 30s --blob-size 1024
//	seq-load accounts --count 16 --seed localnet   # the addresses to fund in genesis
package main

import (
	"bufio"
	"context"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"os/signal"
	"runtime/pprof"
	"strings"
	"syscall"
	"time"

	"cosmossdk.io/math"

	"github.com/seq-network/seq/cmd/seq-load/internal/load"
)

// options are the parsed command-line flags.
type options struct {
	cfg        load.Config
	raw        bool
	blobSize   int
	blobsPerTx int
	seqd       load.SeqdConfig
	rollups    string
	feeCapMul  string
	cpuProfile string
}

func main() {
	if len(os.Args) > 1 && os.Args[1] == "accounts" {
		if err := accounts(os.Args[2:], os.Stdout); err != nil {
			fmt.Fprintln(os.Stderr, "seq-load accounts:", err)
			os.Exit(2)
		}
		return
	}
	opts, err := parseFlags(os.Args[1:])
	if err != nil {
		fmt.Fprintln(os.Stderr, "seq-load:", err)
		os.Exit(2)
	}
	if opts.cpuProfile != "" {
		stop, err := startCPUProfile(opts.cpuProfile)
		if err != nil {
			fmt.Fprintln(os.Stderr, "seq-load:", err)
			os.Exit(2)
		}
		defer stop()
	}
	if err := run(opts); err != nil {
		fmt.Fprintln(os.Stderr, "seq-load:", err)
		os.Exit(1)
	}
}

// run builds the source, runs the engine and prints the report. An interrupt
// ends the run early but still prints what was measured.
func run(opts options) error {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	if c := opts.cfg; c.Broadcast == load.BroadcastGRPC && len(c.GRPC) < len(c.Nodes) {
		fmt.Fprintf(os.Stderr, "seq-load: broadcasting over gRPC to %d --grpc address(es) although --node lists %d; "+
			"gRPC broadcasts are spread over --grpc only: list every node's gRPC address there\n", len(c.GRPC), len(c.Nodes))
	}
	src, err := newSource(opts)
	if err != nil {
		return err
	}
	if c, ok := src.(io.Closer); ok { // the seqd source's gRPC connection
		defer func() {
			if err := c.Close(); err != nil {
				fmt.Fprintln(os.Stderr, "seq-load: close:", err)
			}
		}()
	}
	rep, err := load.Run(ctx, opts.cfg, src)
	if err != nil {
		return err
	}
	rep.BlobSize = opts.blobSize
	if opts.raw {
		rep.TxSize = opts.blobSize
	} else {
		rep.BlobsPerTx = opts.blobsPerTx
	}
	enc := json.NewEncoder(os.Stdout)
	return enc.Encode(rep)
}

// newSource picks the tx source for the mode: raw key=value txs, or signed
// MsgSubmitBlobs from --workers accounts derived from --seed.
func newSource(opts options) (load.TxSource, error) {
	if opts.raw {
		return load.NewRawSource(opts.blobSize)
	}
	cfg := opts.seqd
	cfg.BlobSize, cfg.BlobsPerTx, cfg.Log = opts.blobSize, opts.blobsPerTx, opts.cfg.Log
	var rollups nodeList // the same comma-separated list syntax as --node
	if err := rollups.Set(opts.rollups); err != nil {
		return nil, err
	}
	cfg.Rollups = rollups
	mul, err := math.LegacyNewDecFromStr(opts.feeCapMul)
	if err != nil {
		return nil, fmt.Errorf("--fee-cap-multiplier %q: %w", opts.feeCapMul, err)
	}
	cfg.FeeCapMultiplier = mul
	return load.NewSeqdSource(cfg)
}

// accounts prints the bech32 addresses of the first --count accounts of
// --seed, one per line, for a genesis to fund (scripts/localnet.sh).
func accounts(args []string, out io.Writer) error {
	fs := flag.NewFlagSet("seq-load accounts", flag.ContinueOnError)
	count := fs.Int("count", 16, "number of accounts")
	seed := fs.String("seed", "localnet", "seed the accounts are derived from (same as the load's --seed)")
	if err := fs.Parse(args); err != nil {
		return err
	}
	if fs.NArg() > 0 || *count < 1 {
		return errors.New("usage: seq-load accounts --count N --seed S")
	}
	w := bufio.NewWriter(out)
	for i := range *count {
		addr, err := load.AccountAddress(*seed, i)
		if err != nil {
			return err
		}
		fmt.Fprintln(w, addr)
	}
	return w.Flush()
}

func parseFlags(args []string) (options, error) {
	var o options
	nodes, grpcAddrs := nodeList{}, nodeList{}
	var broadcast string
	fs := flag.NewFlagSet("seq-load", flag.ContinueOnError)
	fs.Var(&nodes, "node", "CometBFT RPC endpoint; repeat or comma-separate to spread --broadcast rpc load; the first serves events and blocks (default http://127.0.0.1:26657)")
	fs.BoolVar(&o.raw, "raw", false, "send plain key=value txs of --blob-size bytes (CometBFT kvstore baseline)")
	fs.Float64Var(&o.cfg.Rate, "rate", 100, "target tx/s over all workers (0: as fast as possible)")
	fs.DurationVar(&o.cfg.Duration, "duration", 30*time.Second, "how long to send")
	fs.DurationVar(&o.cfg.Drain, "drain", 10*time.Second, "how long to wait after sending for in-flight txs")
	fs.IntVar(&o.cfg.Workers, "workers", 64, "concurrent senders, one broadcast in flight each (seqd: one account each)")
	fs.IntVar(&o.blobSize, "blob-size", 1024, "bytes per blob (raw: bytes per tx)")
	fs.IntVar(&o.blobsPerTx, "blobs-per-tx", 1, "blobs per tx (ignored with --raw)")
	fs.Var(&grpcAddrs, "grpc", "seqd gRPC address; repeat or comma-separate to spread gRPC broadcasts; the first also serves account and base-fee queries (default 127.0.0.1:9090)")
	fs.StringVar(&broadcast, "broadcast", "", "how txs are broadcast: rpc (CometBFT broadcast_tx_sync at --node; the default, always with --raw) or grpc (seqd only: Cosmos SDK tx service at --grpc)")
	fs.StringVar(&o.seqd.ChainID, "chain-id", "", "chain id to sign for (default: the node's)")
	fs.StringVar(&o.rollups, "rollup", "demo", "rollup(s) to submit to; comma-separated spreads workers over several lanes")
	fs.StringVar(&o.seqd.Seed, "seed", "localnet", "seed of the worker accounts (see seq-load accounts)")
	fs.StringVar(&o.feeCapMul, "fee-cap-multiplier", "4", "max_fee_per_byte = base fee x this")
	fs.StringVar(&o.seqd.GasPrice, "gas-price", "0.001useq", "tx fee per gas unit")
	fs.DurationVar(&o.seqd.FeeRefresh, "fee-refresh", 2*time.Second, "how often the base fee is re-read")
	fs.BoolVar(&o.cfg.TxEvents, "tx-events", true, "also subscribe to tm.event='Tx' (commits are found from block headers alone)")
	fs.BoolVar(&o.cfg.BlockEvents, "block-events", false, "take commits from full NewBlock events instead of NewBlockHeader + /block fetches")
	fs.DurationVar(&o.cfg.Progress, "progress", 5*time.Second, "progress line interval on stderr (0: off)")
	fs.StringVar(&o.cpuProfile, "cpuprofile", "", "write seq-load's own CPU profile to this file (the load generator shares the machine with the nodes it measures)")
	fs.DurationVar(&o.cfg.BroadcastTimeout, "broadcast-timeout", 10*time.Second, "timeout of one broadcast call")
	fs.DurationVar(&o.cfg.ConfirmGrace, "confirm-grace", 10*time.Second, "time budget of the /tx?hash= fallback after the drain")
	if err := fs.Parse(args); err != nil {
		return o, err
	}
	if fs.NArg() > 0 {
		return o, fmt.Errorf("unexpected arguments %q", fs.Args())
	}
	if len(nodes) == 0 {
		nodes = nodeList{"http://127.0.0.1:26657"}
	}
	set := map[string]bool{}
	fs.Visit(func(f *flag.Flag) { set[f.Name] = true })
	if len(grpcAddrs) == 0 {
		if set["grpc"] {
			return o, errors.New("--grpc: no address")
		}
		grpcAddrs = nodeList{"127.0.0.1:9090"}
	}
	mode, err := broadcastMode(broadcast, o.raw)
	if err != nil {
		return o, err
	}
	o.cfg.Nodes, o.cfg.Broadcast, o.seqd.GRPC = nodes, mode, grpcAddrs[0]
	if mode == load.BroadcastGRPC {
		o.cfg.GRPC = grpcAddrs
	}
	o.cfg.Log = os.Stderr
	return o, nil
}

// broadcastMode checks --broadcast: rpc by default; --raw only has rpc, since
// CometBFT's kvstore app serves no gRPC tx service.
func broadcastMode(v string, raw bool) (string, error) {
	switch {
	case v != "" && v != load.BroadcastGRPC && v != load.BroadcastRPC:
		return "", fmt.Errorf("--broadcast %q: want grpc or rpc", v)
	case raw && v == load.BroadcastGRPC:
		return "", errors.New("--broadcast grpc needs a Cosmos SDK node; --raw targets CometBFT's kvstore app, which has no gRPC tx service: use --broadcast rpc (the --raw default)")
	case v == load.BroadcastGRPC:
		return load.BroadcastGRPC, nil
	default:
		return load.BroadcastRPC, nil
	}
}

// nodeList is a repeatable, comma-separated --node flag.
type nodeList []string

func (n *nodeList) String() string { return strings.Join(*n, ",") }

func (n *nodeList) Set(v string) error {
	for _, a := range strings.Split(v, ",") {
		if a = strings.TrimSpace(a); a != "" {
			*n = append(*n, a)
		}
	}
	return nil
}

// startCPUProfile profiles seq-load itself into path until the returned stop is called.
func startCPUProfile(path string) (func(), error) {
	f, err := os.Create(path)
	if err != nil {
		return nil, fmt.Errorf("--cpuprofile: %w", err)
	}
	if err := pprof.StartCPUProfile(f); err != nil {
		f.Close()
		return nil, fmt.Errorf("--cpuprofile: %w", err)
	}
	return func() { pprof.StopCPUProfile(); f.Close() }, nil
}
