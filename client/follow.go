package client

import (
	"context"
	"errors"
	"fmt"
	"iter"
	"time"

	sdk "github.com/cosmos/cosmos-sdk/types"

	rolluptypes "github.com/seq-network/seq/x/rollup/types"
)

// FollowOption tunes FollowRollup.
type FollowOption func(*followOptions)

type followOptions struct {
	pageSize   uint32
	minBackoff time.Duration
	maxBackoff time.Duration
	maxRetries int
	poll       time.Duration
	staleAfter time.Duration
	timeout    time.Duration
	websocket  bool
	onRetry    func(err error, attempt int)
}

// FollowPageSize sets how many heights one RollupHeights query fetches (default 100); it
// bounds the entries held in memory besides the one block being verified.
func FollowPageSize(n uint32) FollowOption { return func(o *followOptions) { o.pageSize = n } }

// FollowBackoff sets the retry delays: from min, doubling up to max (default 100ms to 5s).
func FollowBackoff(min, max time.Duration) FollowOption {
	return func(o *followOptions) { o.minBackoff, o.maxBackoff = min, max }
}

// FollowMaxRetries ends the iteration with the last error after n consecutive failures of one
// step (default 0: retry until the context ends).
func FollowMaxRetries(n int) FollowOption { return func(o *followOptions) { o.maxRetries = n } }

// FollowOnRetry is called with each transient error before it is retried (logging, metrics).
func FollowOnRetry(f func(err error, attempt int)) FollowOption {
	return func(o *followOptions) { o.onRetry = f }
}

// FollowRequestTimeout bounds each node request (default 30s), so that a node that accepts
// connections but stops answering is retried like one that is down.
func FollowRequestTimeout(d time.Duration) FollowOption {
	return func(o *followOptions) { o.timeout = d }
}

// FollowPollOnly disables the websocket: new heights are found by polling every
// Config.PollInterval only.
func FollowPollOnly() FollowOption { return func(o *followOptions) { o.websocket = false } }

func (c *Client) followOptions(opts []FollowOption) followOptions {
	o := followOptions{
		pageSize: 100, minBackoff: 100 * time.Millisecond, maxBackoff: 5 * time.Second,
		poll: c.cfg.PollInterval, staleAfter: max(10*time.Second, 10*c.cfg.PollInterval), websocket: true,
		timeout: 30 * time.Second,
		onRetry: func(error, int) {},
	}
	for _, opt := range opts {
		opt(&o)
	}
	return o
}

// FollowRollup yields, in height order, every height >= fromHeight at which rollupID has data,
// each as a Batch verified against the chain's commitment (blobs extracted from the block's
// successful txs, checked with rolluptypes.VerifyBatch against the InclusionProof query). It
// follows the chain head forever: range over it and break, or cancel ctx, to stop.
//
// It is an iterator rather than a channel so that it fetches a height only when the caller
// asks for the next one: memory stays bounded by one block plus one page of heights, and a
// slow consumer slows the fetching instead of filling a buffer.
//
// Errors: transient ones (RPC/gRPC/websocket failures, a restarting node) are retried with
// backoff (see FollowOnRetry), resuming at the first height not yet yielded, so no height is
// skipped or yielded twice. A yielded error is final and ends the iteration: a verification
// failure (errors.Is(err, ErrVerificationFailed)), an unknown rollup
// (rolluptypes.ErrRollupNotFound), ctx's error, or the last error after FollowMaxRetries.
// To resume later, follow again from the last yielded Height + 1.
func (c *Client) FollowRollup(ctx context.Context, rollupID string, fromHeight int64, opts ...FollowOption) iter.Seq2[Batch, error] {
	o := c.followOptions(opts)
	return func(yield func(Batch, error) bool) {
		if err := rolluptypes.ValidateRollupID(rollupID); err != nil {
			yield(Batch{}, err)
			return
		}
		ctx, cancel := context.WithCancel(ctx)
		defer cancel()
		var wake <-chan struct{}
		if o.websocket {
			var done <-chan struct{}
			wake, done = c.watchHeads(ctx, o)
			defer func() { cancel(); <-done }() // the caller broke or ctx ended: stop the watcher
		}
		f := &follower{chain: nodeChain{c}, decode: c.enc.TxConfig.TxDecoder(), rollupID: rollupID, next: max(fromHeight, 1), opts: o, wake: wake}
		f.run(ctx, yield)
	}
}

// heightEntry is one height RollupHeights listed and the entry it listed.
type heightEntry struct {
	height int64
	entry  rolluptypes.BatchEntry
}

// follower is FollowRollup's state. Its invariant: every height < next with data for the
// rollup has been yielded exactly once, and page holds only listed heights >= next, ascending.
// next moves only when a batch has been yielded, so a failure at any step is retried from
// the same height.
type follower struct {
	chain    chain
	decode   sdk.TxDecoder
	rollupID string
	next     int64
	page     []heightEntry
	opts     followOptions
	wake     <-chan struct{}
}

func (f *follower) run(ctx context.Context, yield func(Batch, error) bool) {
	for {
		b, err := f.nextBatch(ctx)
		if err != nil {
			yield(Batch{}, err)
			return
		}
		if !yield(b, nil) {
			return
		}
		f.next, f.page = b.Height+1, f.page[1:]
	}
}

// nextBatch returns the verified batch of page[0], refilling the page and waiting for new
// blocks as needed.
func (f *follower) nextBatch(ctx context.Context) (Batch, error) {
	for len(f.page) == 0 {
		if err := f.retry(ctx, f.fillPage); err != nil {
			return Batch{}, err
		}
		if len(f.page) == 0 {
			if err := f.waitForBlock(ctx); err != nil {
				return Batch{}, err
			}
		}
	}
	var b Batch
	err := f.retry(ctx, func(ctx context.Context) error {
		var err error
		b, err = f.fetch(ctx, f.page[0])
		return err
	})
	return b, err
}

// fillPage lists the heights >= next with data and checks the node listed them ascending.
func (f *follower) fillPage(ctx context.Context) error {
	resp, err := f.chain.rollupHeights(ctx, f.rollupID, f.next, f.opts.pageSize)
	if err != nil {
		return err
	}
	if len(resp.Heights) != len(resp.Entries) {
		return fmt.Errorf("%w: %d heights but %d entries", ErrVerificationFailed, len(resp.Heights), len(resp.Entries))
	}
	page := make([]heightEntry, len(resp.Heights))
	prev := f.next - 1
	for i, h := range resp.Heights {
		if h <= prev {
			return fmt.Errorf("%w: heights from %d not ascending: %d after %d", ErrVerificationFailed, f.next, h, prev)
		}
		page[i], prev = heightEntry{height: h, entry: resp.Entries[i]}, h
	}
	f.page = page
	return nil
}

// fetch reads the block of he, extracts the rollup's blobs and verifies them.
func (f *follower) fetch(ctx context.Context, he heightEntry) (Batch, error) {
	bd, err := f.chain.block(ctx, he.height)
	if err != nil {
		return Batch{}, err
	}
	blobs, err := ExtractBlobs(f.decode, f.rollupID, bd.txs, bd.results)
	if err != nil {
		return Batch{}, fmt.Errorf("height %d: %w", he.height, err)
	}
	pr, err := f.chain.inclusionProof(ctx, f.rollupID, he.height)
	if errors.Is(err, rolluptypes.ErrCommitmentNotFound) {
		// The node listed the height, so a missing commitment is an inconsistency, not a lag.
		return Batch{}, fmt.Errorf("%w: %v", ErrVerificationFailed, err)
	}
	if err != nil {
		return Batch{}, err
	}
	b, err := VerifyProofResponse(f.rollupID, he.height, blobs, &he.entry, pr)
	b.Time = bd.time
	return b, err
}

// waitForBlock returns on a new-block signal or after the poll interval, whichever is first:
// the websocket makes following prompt, the poll makes it independent of the websocket.
func (f *follower) waitForBlock(ctx context.Context) error {
	t := time.NewTimer(f.opts.poll)
	defer t.Stop()
	select {
	case <-ctx.Done():
		return ctx.Err()
	case <-f.wake:
	case <-t.C:
	}
	return nil
}

// retry runs op until it succeeds, fails permanently, ctx ends or maxRetries is reached.
// Each attempt gets its own timeout; its expiry is transient, only ctx's end is final.
func (f *follower) retry(ctx context.Context, op func(context.Context) error) error {
	backoff := f.opts.minBackoff
	for attempt := 1; ; attempt++ {
		err := f.attempt(ctx, op)
		if ctx.Err() != nil {
			return ctx.Err()
		}
		if err == nil || permanent(err) {
			return err
		}
		if f.opts.maxRetries > 0 && attempt >= f.opts.maxRetries {
			return fmt.Errorf("giving up after %d attempts: %w", attempt, err)
		}
		f.opts.onRetry(err, attempt)
		if err := sleep(ctx, backoff); err != nil {
			return err
		}
		backoff = min(2*backoff, f.opts.maxBackoff)
	}
}

func (f *follower) attempt(ctx context.Context, op func(context.Context) error) error {
	if f.opts.timeout <= 0 {
		return op(ctx)
	}
	ctx, cancel := context.WithTimeout(ctx, f.opts.timeout)
	defer cancel()
	return op(ctx)
}

// permanent tells the errors retrying cannot fix.
func permanent(err error) bool {
	return errors.Is(err, ErrVerificationFailed) ||
		errors.Is(err, rolluptypes.ErrRollupNotFound) ||
		errors.Is(err, rolluptypes.ErrInvalidRollupID)
}

func sleep(ctx context.Context, d time.Duration) error {
	t := time.NewTimer(d)
	defer t.Stop()
	select {
	case <-ctx.Done():
		return ctx.Err()
	case <-t.C:
		return nil
	}
}
