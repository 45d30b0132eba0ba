package load

import (
	"errors"
	"fmt"
	"io"
	"time"
)

// Config parameterises a run. Zero values of the optional fields take the
// defaults documented on each field.
type Config struct {
	// Nodes are CometBFT RPC endpoints (http://127.0.0.1:26657). With
	// BroadcastRPC, worker w broadcasts to Nodes[w % len(Nodes)]; events,
	// blocks and the /tx fallback come from Nodes[0].
	Nodes []string
	// Broadcast is how txs are sent: BroadcastRPC (the default) or
	// BroadcastGRPC.
	Broadcast string
	// GRPC are Cosmos SDK gRPC addresses (host:port, plaintext) for
	// BroadcastGRPC: worker w broadcasts to GRPC[w % len(GRPC)].
	GRPC []string
	// Rate is the target tx/s over all workers; 0 means as fast as the
	// workers can go.
	Rate float64
	// Duration is how long txs are sent.
	Duration time.Duration
	// Drain is how long to wait after sending for in-flight txs to commit.
	Drain time.Duration
	// Workers bounds concurrency: at most one broadcast in flight per worker.
	// In seqd mode a worker is an account. Default 64.
	Workers int
	// BroadcastTimeout bounds one broadcast call. Default 10s.
	BroadcastTimeout time.Duration
	// ConfirmGrace bounds the /tx?hash= fallback after the drain. Default 10s.
	ConfirmGrace time.Duration
	// TxEvents also subscribes to tm.event='Tx' (block headers alone suffice).
	TxEvents bool
	// BlockEvents takes commits from full NewBlock events instead of
	// NewBlockHeader events plus a /block and /block_results fetch per
	// height (see watcher).
	BlockEvents bool
	// Progress is the interval of the progress line on Log; 0 disables it.
	Progress time.Duration
	// Log receives progress and warnings (stderr); nil discards them.
	Log io.Writer
}

func (c *Config) setDefaults() {
	if c.Broadcast == "" {
		c.Broadcast = BroadcastRPC
	}
	if c.Workers == 0 {
		c.Workers = 64
	}
	if c.BroadcastTimeout == 0 {
		c.BroadcastTimeout = 10 * time.Second
	}
	if c.ConfirmGrace == 0 {
		c.ConfirmGrace = 10 * time.Second
	}
	if c.Log == nil {
		c.Log = io.Discard
	}
}

func (c *Config) validate() error {
	switch {
	case c.Duration <= 0:
		return errors.New("duration must be positive")
	case c.Drain < 0:
		return errors.New("drain must not be negative")
	case c.Rate < 0:
		return errors.New("rate must not be negative")
	case c.Workers < 1:
		return errors.New("workers must be at least 1")
	case c.Broadcast != BroadcastRPC && c.Broadcast != BroadcastGRPC:
		return fmt.Errorf("broadcast %q: want %q or %q", c.Broadcast, BroadcastGRPC, BroadcastRPC)
	case c.Broadcast == BroadcastGRPC && len(c.GRPC) == 0:
		return errors.New("gRPC broadcast needs at least one gRPC address")
	}
	return nil
}
