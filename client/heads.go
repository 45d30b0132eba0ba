package client

import (
	"context"
	"errors"
	"fmt"
	"time"

	rpchttp "github.com/cometbft/cometbft/rpc/client/http"
	cmttypes "github.com/cometbft/cometbft/types"
)

// headsQuery subscribes to headers, not blocks: a NewBlock event would push every block's
// blobs down the websocket although FollowRollup only needs to know that a height exists.
var headsQuery = cmttypes.EventQueryNewBlockHeader.String()

// watchHeads keeps a websocket subscription to new block headers alive until ctx ends and
// signals each new block on the returned channel. The channel holds one signal, so signals
// coalesce: the follower re-lists heights on wake-up, so one signal per burst is enough.
// A failed or silent subscription (no header for staleAfter) is torn down and redialled with
// backoff; the follower's polling covers the gap meanwhile. done is closed once the watcher
// has exited, so that FollowRollup leaves no goroutine or connection behind.
func (c *Client) watchHeads(ctx context.Context, o followOptions) (wake <-chan struct{}, done <-chan struct{}) {
	wakeCh, doneCh := make(chan struct{}, 1), make(chan struct{})
	go func() {
		defer close(doneCh)
		backoff, failures := o.minBackoff, 0
		for ctx.Err() == nil {
			start := time.Now()
			err := c.subscribeHeads(ctx, wakeCh, o)
			if ctx.Err() != nil {
				return
			}
			if time.Since(start) > o.staleAfter {
				backoff, failures = o.minBackoff, 0 // it worked for a while: reconnect promptly
			}
			failures++
			o.onRetry(fmt.Errorf("websocket %s: %w", c.cfg.RPC, err), failures)
			if sleep(ctx, backoff) != nil {
				return
			}
			backoff = min(2*backoff, o.maxBackoff)
		}
	}()
	return wakeCh, doneCh
}

// subscribeHeads runs one websocket subscription until it fails, goes stale or ctx ends.
func (c *Client) subscribeHeads(ctx context.Context, wake chan<- struct{}, o followOptions) error {
	staleAfter := o.staleAfter
	ws, err := rpchttp.New(c.cfg.RPC, "/websocket")
	if err != nil {
		return err
	}
	if err := ws.Start(); err != nil {
		return err
	}
	defer func() {
		if err := ws.Stop(); err != nil && ctx.Err() == nil {
			o.onRetry(fmt.Errorf("websocket %s: stop: %w", c.cfg.RPC, err), 0)
		}
	}()
	events, err := ws.Subscribe(ctx, "seq-client", headsQuery, 1)
	if err != nil {
		return err
	}
	stale := time.NewTimer(staleAfter)
	defer stale.Stop()
	for {
		select {
		case <-ctx.Done():
			return nil
		case _, ok := <-events:
			if !ok {
				return errors.New("subscription closed")
			}
			select {
			case wake <- struct{}{}:
			default: // a signal is already pending
			}
			stale.Reset(staleAfter)
		case <-stale.C:
			return fmt.Errorf("no block header for %s", staleAfter)
		}
	}
}
