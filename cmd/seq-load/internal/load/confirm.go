package load

import (
	"context"
	"strings"
	"sync"
)

// confirmParallelism bounds concurrent /tx queries so that the fallback does
// not itself load the node it is asking.
const confirmParallelism = 8

// confirm asks the watched node's (Nodes[0]'s) tx index for every accepted tx whose commit was not
// seen (its event lost, or its block received after the drain), within
// ConfirmGrace. A tx found there counts as committed; its commit time is the
// receipt of its block if we saw that block, otherwise unknown (no latency).
func (e *engine) confirm(ctx context.Context) {
	pending := e.tracker.Accepted()
	if len(pending) == 0 {
		return
	}
	ctx, cancel := context.WithTimeout(ctx, e.cfg.ConfirmGrace)
	defer cancel()
	hashes := make(chan TxHash)
	var wg sync.WaitGroup
	for range min(confirmParallelism, len(pending)) {
		wg.Add(1)
		go func() {
			defer wg.Done()
			e.confirmWorker(ctx, cancel, hashes)
		}()
	}
	feed(ctx, hashes, pending)
	wg.Wait()
}

// feed sends the hashes until done or ctx ends, then closes the channel.
func feed(ctx context.Context, out chan<- TxHash, hashes []TxHash) {
	defer close(out)
	for _, h := range hashes {
		select {
		case out <- h:
		case <-ctx.Done():
			return
		}
	}
}

// confirmWorker queries hashes; it gives up the whole fallback (cancel) when
// the node has no tx index, since every other query would fail the same way.
func (e *engine) confirmWorker(ctx context.Context, cancel context.CancelFunc, hashes <-chan TxHash) {
	node := e.node
	for h := range hashes {
		res, err := node.Tx(ctx, h[:], false)
		if err != nil {
			if strings.Contains(err.Error(), "indexing is disabled") {
				cancel()
			}
			continue // not found (yet): stays uncommitted
		}
		at, _ := e.watch.receivedAt(res.Height)
		if e.tracker.Committed(h, Commit{At: at, Height: res.Height, Code: res.TxResult.Code}) {
			e.confirmed.Add(1)
		}
	}
}
