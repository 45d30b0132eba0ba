package load

import (
	"context"
	"errors"
	"fmt"
	"net"
	"net/http"
	"time"

	rpchttp "github.com/cometbft/cometbft/rpc/client/http"
)

// Run dials cfg.Nodes, runs src against them and returns the report.
func Run(ctx context.Context, cfg Config, src TxSource) (*Report, error) {
	cfg.setDefaults()
	if len(cfg.Nodes) == 0 {
		return nil, errors.New("no nodes")
	}
	clients, err := dial(cfg.Nodes, cfg.Workers)
	if err != nil {
		return nil, err
	}
	// Only the first client's websocket is used: every node emits the same
	// blocks, and one connection keeps the event load on the nodes minimal.
	if err := clients[0].Start(); err != nil {
		return nil, fmt.Errorf("websocket %s: %w", cfg.Nodes[0], err)
	}
	defer func() {
		if err := clients[0].Stop(); err != nil {
			fmt.Fprintf(cfg.Log, "seq-load: stop websocket: %v\n", err)
		}
	}()
	nodes := make([]Node, len(clients))
	for i, c := range clients {
		nodes[i] = c
	}
	return RunWith(ctx, cfg, src, nodes, clients[0])
}

// dial builds one RPC client per node over an HTTP transport that keeps a
// connection per worker alive; the default of 2 idle connections per host
// would make every broadcast above that open a new TCP connection.
func dial(addrs []string, workers int) ([]*rpchttp.HTTP, error) {
	transport := &http.Transport{
		DialContext:         (&net.Dialer{Timeout: 5 * time.Second, KeepAlive: 30 * time.Second}).DialContext,
		MaxIdleConns:        workers + len(addrs),
		MaxIdleConnsPerHost: workers,
		IdleConnTimeout:     90 * time.Second,
		DisableCompression:  true,
	}
	client := &http.Client{Transport: transport}
	out := make([]*rpchttp.HTTP, 0, len(addrs))
	for _, a := range addrs {
		c, err := rpchttp.NewWithClient(a, "/websocket", client)
		if err != nil {
			return nil, fmt.Errorf("rpc client %s: %w", a, err)
		}
		out = append(out, c)
	}
	return out, nil
}
