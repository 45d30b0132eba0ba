// Command seq-load offers blob transactions to a seqd network (or plain
// key=value txs to any CometBFT kvstore network with --raw) at a target rate
// for a fixed duration, and prints one JSON object with throughput and
// submit→commit latency percentiles to stdout. Progress goes to stderr.
//
//	seq-load --raw --node http://127.0.0.1:36657,http://127.0.0.1:36667 \
//	    --rate 800 --duration 30s --blob-size 1024
package main

import (
	"context"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"os"
	"os/signal"
	"strings"
	"syscall"
	"time"

	"github.com/seq-network/seq/cmd/seq-load/internal/load"
)

// options are the parsed command-line flags.
type options struct {
	cfg        load.Config
	raw        bool
	blobSize   int
	blobsPerTx int
}

func main() {
	opts, err := parseFlags(os.Args[1:])
	if err != nil {
		fmt.Fprintln(os.Stderr, "seq-load:", err)
		os.Exit(2)
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
	src, err := newSource(opts)
	if err != nil {
		return err
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

// newSource picks the tx source for the mode. The seqd source (signed
// MsgSubmitBlobs from --workers accounts) plugs in here.
func newSource(opts options) (load.TxSource, error) {
	if opts.raw {
		return load.NewRawSource(opts.blobSize)
	}
	return nil, errors.New("seqd mode is not available yet; use --raw against a CometBFT kvstore network")
}

func parseFlags(args []string) (options, error) {
	var o options
	nodes := nodeList{}
	fs := flag.NewFlagSet("seq-load", flag.ContinueOnError)
	fs.Var(&nodes, "node", "CometBFT RPC endpoint; repeat or comma-separate to spread load (default http://127.0.0.1:26657)")
	fs.BoolVar(&o.raw, "raw", false, "send plain key=value txs of --blob-size bytes (CometBFT kvstore baseline)")
	fs.Float64Var(&o.cfg.Rate, "rate", 100, "target tx/s over all workers (0: as fast as possible)")
	fs.DurationVar(&o.cfg.Duration, "duration", 30*time.Second, "how long to send")
	fs.DurationVar(&o.cfg.Drain, "drain", 10*time.Second, "how long to wait after sending for in-flight txs")
	fs.IntVar(&o.cfg.Workers, "workers", 64, "concurrent senders, one broadcast in flight each (seqd: one account each)")
	fs.IntVar(&o.blobSize, "blob-size", 1024, "bytes per blob (raw: bytes per tx)")
	fs.IntVar(&o.blobsPerTx, "blobs-per-tx", 1, "blobs per tx (ignored with --raw)")
	fs.BoolVar(&o.cfg.TxEvents, "tx-events", true, "also subscribe to tm.event='Tx' (NewBlock events alone suffice)")
	fs.DurationVar(&o.cfg.Progress, "progress", 5*time.Second, "progress line interval on stderr (0: off)")
	fs.DurationVar(&o.cfg.BroadcastTimeout, "broadcast-timeout", 10*time.Second, "timeout of one broadcast_tx_sync call")
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
	o.cfg.Nodes = nodes
	o.cfg.Log = os.Stderr
	return o, nil
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
