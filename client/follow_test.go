package client

import (
	"context"
	"errors"
	"fmt"
	"testing"
	"time"

	"github.com/stretchr/testify/require"

	rolluptypes "github.com/seq-network/seq/x/rollup/types"
)

// testChain builds a 40-block chain where alpha has data at every third height and beta at
// every other, and returns it with alpha's expected heights and blobs.
func testChain(t *testing.T) (*fakeChain, []int64, map[int64][][]byte) {
	f := newFakeChain(40)
	var heights []int64
	want := map[int64][][]byte{}
	for h := int64(1); h <= 40; h++ {
		var specs []txSpec
		if h%2 == 0 {
			specs = append(specs, txSpec{rollup: "beta", blobs: blobsOf(fmt.Sprint("b", h), 1)})
		}
		if h%3 == 0 {
			a := blobsOf(fmt.Sprint("a", h), int(h%4)+1)
			specs = append(specs, txSpec{rollup: "alpha", blobs: a}, txSpec{rollup: "alpha", blobs: blobsOf("failed", 1), code: 11})
			heights, want[h] = append(heights, h), a
		}
		f.add(t, h, specs...)
	}
	return f, heights, want
}

func testFollower(f *fakeChain, id string, from int64, o followOptions) *follower {
	if o.pageSize == 0 {
		o.pageSize = 4 // small pages exercise paging
	}
	o.minBackoff, o.maxBackoff, o.poll = time.Millisecond, 2*time.Millisecond, time.Millisecond
	if o.timeout == 0 {
		o.timeout = time.Second
	}
	if o.onRetry == nil {
		o.onRetry = func(error, int) {}
	}
	return &follower{chain: f, decode: DefaultEncoding().TxConfig.TxDecoder(), rollupID: id, next: max(from, 1), opts: o}
}

// collect follows until n batches or an error.
func collect(t *testing.T, fl *follower, n int) ([]Batch, error) {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	var out []Batch
	var ferr error
	fl.run(ctx, func(b Batch, err error) bool {
		if err != nil {
			ferr = err
			return false
		}
		out = append(out, b)
		return len(out) < n
	})
	return out, ferr
}

func requireExactly(t *testing.T, got []Batch, heights []int64, want map[int64][][]byte) {
	t.Helper()
	require.Len(t, got, len(heights))
	for i, b := range got {
		require.Equal(t, heights[i], b.Height, "batch %d", i)
		require.Equal(t, want[b.Height], b.Blobs, "height %d", b.Height)
	}
}

// TestFollowNoGapNoDuplicate follows a growing chain while every third node call fails: each
// height with data must come exactly once, in order, with its blobs.
func TestFollowNoGapNoDuplicate(t *testing.T) {
	f, heights, want := testChain(t)
	retries := 0
	f.fail = func(call int) error {
		if call%3 == 0 {
			return errors.New("connection refused")
		}
		return nil
	}
	fl := testFollower(f, "alpha", 1, followOptions{onRetry: func(error, int) { retries++ }})
	got, err := collect(t, fl, len(heights))
	require.NoError(t, err)
	requireExactly(t, got, heights, want)
	require.Positive(t, retries)
}

// TestFollowHungNode: requests that never answer time out and are retried like failures.
func TestFollowHungNode(t *testing.T) {
	f, heights, want := testChain(t)
	f.hang = func(call int) bool { return call%5 == 0 }
	got, err := collect(t, testFollower(f, "alpha", 1, followOptions{timeout: 5 * time.Millisecond}), len(heights))
	require.NoError(t, err)
	requireExactly(t, got, heights, want)
}

// TestFollowResume stops after a few batches and follows again from the last height + 1.
func TestFollowResume(t *testing.T) {
	f, heights, want := testChain(t)
	first, err := collect(t, testFollower(f, "alpha", 1, followOptions{}), 5)
	require.NoError(t, err)
	rest, err := collect(t, testFollower(f, "alpha", first[len(first)-1].Height+1, followOptions{}), len(heights)-5)
	require.NoError(t, err)
	requireExactly(t, append(first, rest...), heights, want)
}

// TestFollowFromMiddle starts at a height without data for the rollup.
func TestFollowFromMiddle(t *testing.T) {
	f, heights, want := testChain(t)
	got, err := collect(t, testFollower(f, "alpha", 10, followOptions{}), len(heights)-3)
	require.NoError(t, err)
	requireExactly(t, got, heights[3:], want)
}

// TestFollowStopsOnVerificationFailure: batches before the bad height come out, then the
// error; the bad height is never skipped.
func TestFollowStopsOnVerificationFailure(t *testing.T) {
	f, heights, want := testChain(t)
	bad := f.blocks[12]
	bad.txs[1] = encodeBlobTx(t, txSpec{rollup: "alpha", blobs: blobsOf("evil", 1)})
	got, err := collect(t, testFollower(f, "alpha", 1, followOptions{}), 100)
	require.ErrorIs(t, err, ErrVerificationFailed)
	requireExactly(t, got, heights[:3], want)
}

// TestFollowErrors: an unknown rollup ends the iteration with the typed error at once, and
// FollowMaxRetries bounds a persistent transient failure.
func TestFollowErrors(t *testing.T) {
	f, _, _ := testChain(t)
	_, err := collect(t, testFollower(f, "nope", 1, followOptions{}), 1)
	require.ErrorIs(t, err, rolluptypes.ErrRollupNotFound)

	down := errors.New("node down")
	f.fail = func(int) error { return down }
	_, err = collect(t, testFollower(f, "alpha", 1, followOptions{maxRetries: 3}), 1)
	require.ErrorIs(t, err, down)
}

// TestFollowContextCancel: cancelling while waiting for blocks ends with ctx's error.
func TestFollowContextCancel(t *testing.T) {
	f, heights, _ := testChain(t)
	fl := testFollower(f, "alpha", 1, followOptions{})
	ctx, cancel := context.WithCancel(context.Background())
	n := 0
	var ferr error
	fl.run(ctx, func(_ Batch, err error) bool {
		if err != nil {
			ferr = err
			return false
		}
		if n++; n == len(heights) {
			cancel() // the fake chain stops growing: the follower now waits
		}
		return true
	})
	require.ErrorIs(t, ferr, context.Canceled)
	require.Equal(t, len(heights), n)
}

func TestFinalityStages(t *testing.T) {
	require.Equal(t, StageSequenced, finalityAt(5, 5).Stage)
	require.Equal(t, StagePending, finalityAt(6, 5).Stage)
	require.True(t, finalityAt(1, 5).Stage >= StageSequenced)
	require.Equal(t, "sequenced", StageSequenced.String())
}

func TestCheckBlobs(t *testing.T) {
	require.ErrorIs(t, checkBlobs("Bad_ID", blobsOf("x", 1)), rolluptypes.ErrInvalidRollupID)
	require.ErrorIs(t, checkBlobs("alpha", nil), rolluptypes.ErrNoBlobs)
	require.ErrorIs(t, checkBlobs("alpha", [][]byte{[]byte("x"), {}}), rolluptypes.ErrEmptyBlob)
	require.NoError(t, checkBlobs("alpha", blobsOf("x", 2)))
}

func TestTxErrorUnwrapsToRegistered(t *testing.T) {
	err := fmt.Errorf("submit: %w", newTxError("AB", rolluptypes.ModuleName, rolluptypes.ErrFeeCapTooLow.ABCICode(), "too low"))
	require.ErrorIs(t, err, rolluptypes.ErrFeeCapTooLow)
	require.NotErrorIs(t, err, rolluptypes.ErrEmptyBlob)
	var txErr *TxError
	require.ErrorAs(t, err, &txErr)
	require.Equal(t, "AB", txErr.TxHash)
}

func TestExpectedSequenceParse(t *testing.T) {
	m := expectedSeq.FindStringSubmatch("account sequence mismatch, expected 17, got 15: incorrect account sequence")
	require.Equal(t, "17", m[1])
}
