package l1

import (
	"context"
	"errors"
	"fmt"
	"math/big"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/ethclient"
)

// Backoff is an exponential backoff policy for transient L1 errors.
type Backoff struct {
	Initial  time.Duration // first delay (default 200 ms)
	Max      time.Duration // cap of one delay (default 10 s)
	Attempts int           // total attempts, 0 = until the context ends
}

// DefaultBackoff retries until the caller's context ends, from 200 ms up to 10 s.
var DefaultBackoff = Backoff{Initial: 200 * time.Millisecond, Max: 10 * time.Second}

// Delay is the wait after the n-th failed attempt (n ≥ 1).
func (b Backoff) Delay(n int) time.Duration {
	d := b.Initial
	if d <= 0 {
		d = 200 * time.Millisecond
	}
	for i := 1; i < n && d < b.Max; i++ {
		d *= 2
	}
	if b.Max > 0 && d > b.Max {
		d = b.Max
	}
	return d
}

// Client wraps an ethclient with retries for transient errors and receipt waiting.
type Client struct {
	*ethclient.Client
	chainID *big.Int
	// Backoff paces retries of transient errors.
	Backoff Backoff
	// OnRetry, if set, is called before every retry (metrics, logs).
	OnRetry func(op string, attempt int, err error)
	// PollInterval paces WaitReceipt (default 250 ms).
	PollInterval time.Duration
}

// Dial connects to an L1 JSON-RPC endpoint (http, ws or ipc) and reads its chain id,
// retrying while the node is not up yet.
func Dial(ctx context.Context, url string) (*Client, error) {
	ec, err := ethclient.DialContext(ctx, url)
	if err != nil {
		return nil, fmt.Errorf("l1: dial %s: %w", url, err)
	}
	c := &Client{Client: ec, Backoff: DefaultBackoff, PollInterval: 250 * time.Millisecond}
	err = c.Retry(ctx, "chain id", func(ctx context.Context) error {
		c.chainID, err = ec.ChainID(ctx)
		return err
	})
	if err != nil {
		ec.Close()
		return nil, fmt.Errorf("l1: chain id of %s: %w", url, err)
	}
	return c, nil
}

// ChainIDValue is the EIP-155 chain id read at Dial.
func (c *Client) ChainIDValue() *big.Int { return new(big.Int).Set(c.chainID) }

// Retry runs fn until it succeeds, returns a permanent error (see IsTransient), the attempts
// run out or ctx ends; transient failures wait with exponential backoff.
func (c *Client) Retry(ctx context.Context, op string, fn func(context.Context) error) error {
	for attempt := 1; ; attempt++ {
		err := fn(ctx)
		if err == nil || !IsTransient(err) || ctx.Err() != nil {
			return err
		}
		if c.Backoff.Attempts > 0 && attempt >= c.Backoff.Attempts {
			return fmt.Errorf("%s: %d attempts: %w", op, attempt, err)
		}
		if c.OnRetry != nil {
			c.OnRetry(op, attempt, err)
		}
		select {
		case <-ctx.Done():
			return errors.Join(err, ctx.Err())
		case <-time.After(c.Backoff.Delay(attempt)):
		}
	}
}

// IsTransient reports whether err may go away by retrying: anything but a revert (the
// contract said no), a context end, or a missing receipt/tx handled by callers.
func IsTransient(err error) bool {
	if err == nil || errors.Is(err, context.Canceled) || errors.Is(err, context.DeadlineExceeded) {
		return false
	}
	if _, ok := ethclient.RevertErrorData(err); ok {
		return false
	}
	var re *RevertError
	if errors.As(err, &re) || errors.Is(err, ErrReverted) {
		return false
	}
	return !strings.Contains(err.Error(), "execution reverted")
}

// ErrReverted is returned for a mined transaction whose receipt has status 0.
var ErrReverted = errors.New("l1: transaction reverted")

// WaitReceipt polls until tx hash is mined and returns its receipt (status 0 included:
// callers decide). Transient errors are retried; a not-yet-mined tx keeps polling.
func (c *Client) WaitReceipt(ctx context.Context, hash common.Hash) (*types.Receipt, error) {
	poll := c.PollInterval
	if poll <= 0 {
		poll = 250 * time.Millisecond
	}
	for attempt := 1; ; attempt++ {
		r, err := c.TransactionReceipt(ctx, hash)
		if err == nil {
			return r, nil
		}
		if !errors.Is(err, ethereum.NotFound) {
			if !IsTransient(err) {
				return nil, fmt.Errorf("l1: receipt %s: %w", hash, err)
			}
			if c.OnRetry != nil {
				c.OnRetry("receipt", attempt, err)
			}
		}
		select {
		case <-ctx.Done():
			return nil, fmt.Errorf("l1: receipt %s: %w", hash, ctx.Err())
		case <-time.After(poll):
		}
	}
}

// SendRaw broadcasts an already signed transaction. It is idempotent: a node that already
// has the tx ("already known") or has mined it ("nonce too low" with a receipt) counts as sent,
// so a sidecar restarted after a crash re-sends its persisted tx without risk of a second one.
func (c *Client) SendRaw(ctx context.Context, tx *types.Transaction) error {
	return c.Retry(ctx, "send", func(ctx context.Context) error {
		err := c.SendTransaction(ctx, tx)
		if err == nil || alreadySent(err) {
			return nil
		}
		if isNonceTooLow(err) {
			if _, rerr := c.TransactionReceipt(ctx, tx.Hash()); rerr == nil {
				return nil
			}
			return fmt.Errorf("%w: %w", ErrNonceUsed, err)
		}
		return err
	})
}

// ErrNonceUsed means the tx's nonce was consumed by another transaction of the same sender:
// the persisted tx can never be mined and the caller must rebuild it.
var ErrNonceUsed = errors.New("l1: nonce already used by another transaction")

func alreadySent(err error) bool {
	s := strings.ToLower(err.Error())
	return strings.Contains(s, "already known") || strings.Contains(s, "known transaction") ||
		strings.Contains(s, "already imported")
}

func isNonceTooLow(err error) bool {
	return strings.Contains(strings.ToLower(err.Error()), "nonce too low")
}
