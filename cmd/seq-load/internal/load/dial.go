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

// Run dials cfg.Nodes (and cfg.GRPC for BroadcastGRPC), runs src against them
// and returns the report.
func Run(ctx context.Context, cfg Config, src TxSource) (*Report, error) {
	cfg.setDefaults()
	if err := cfg.validate(); err != nil {
		return nil, err
	}
	if len(cfg.Nodes) == 0 {
		return nil, errors.New("no nodes")
	}
	clients, httpClient, err := dial(cfg.Nodes, cfg.Workers)
	if err != nil {
		return nil, err
	}
	bcast := make([]Broadcaster, 0, max(len(clients), len(cfg.GRPC)))
	if cfg.Broadcast == BroadcastGRPC {
		for _, a := range cfg.GRPC {
			b, err := DialGRPC(a)
			if err != nil {
				return nil, err
			}
			defer func() {
				if err := b.Close(); err != nil {
					fmt.Fprintf(cfg.Log, "seq-load: close grpc %s: %v\n", a, err)
				}
			}()
			if err := b.WaitReady(ctx, 10*time.Second); err != nil {
				return nil, err
			}
			bcast = append(bcast, b)
		}
	} else {
		for _, c := range clients {
			bcast = append(bcast, RPCBroadcaster{Client: c})
		}
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
	node := codesOnlyNode{Node: clients[0], url: cfg.Nodes[0], client: httpClient}
	return RunWith(ctx, cfg, src, node, bcast, clients[0])
}

// dial builds one RPC client per node over an HTTP transport that keeps a
// connection per worker alive; the default of 2 idle connections per host
// would make every broadcast above that open a new TCP connection.
func dial(addrs []string, workers int) ([]*rpchttp.HTTP, *http.Client, error) {
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
			return nil, nil, fmt.Errorf("rpc client %s: %w", a, err)
		}
		out = append(out, c)
	}
	return out, client, nil
}
