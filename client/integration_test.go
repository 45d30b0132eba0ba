package client_test

import (
	"context"
	"math/rand/v2"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/stretchr/testify/require"

	"cosmossdk.io/math"

	"github.com/cosmos/cosmos-sdk/crypto/keys/secp256k1"
	sdk "github.com/cosmos/cosmos-sdk/types"

	"github.com/seq-network/seq/client"
	rolluptypes "github.com/seq-network/seq/x/rollup/types"
)

const testChainID = "seq-client-test"

// submission is one acknowledged SubmitBlobs and where the chain put it.
type submission struct {
	blobs [][]byte
	res   *client.SubmitResult
}

// TestLocalnet drives a real 1-validator seqd: registration, typed rejections, blob
// submission on two lanes from concurrent goroutines, verified following of both lanes from
// height 1, resume without duplicates, and following across a node restart.
func TestLocalnet(t *testing.T) {
	if testing.Short() {
		t.Skip("builds seqd and runs a localnet")
	}
	ctx, cancel := context.WithTimeout(context.Background(), 150*time.Second)
	defer cancel()
	batcher := client.NewSigner(secp256k1.GenPrivKey())
	net := startLocalnet(t, testChainID, sdk.MustBech32ifyAddressBytes(client.Bech32Prefix, batcher.Address()))
	c, err := client.New(ctx, client.Config{RPC: net.rpc, GRPC: net.grpc, ChainID: testChainID, PollInterval: 200 * time.Millisecond})
	require.NoError(t, err)
	t.Cleanup(func() { require.NoError(t, c.Close()) })
	owner, err := client.OpenKeyringSigner("test", net.home, "node0", nil)
	require.NoError(t, err)

	_, err = c.RegisterRollup(ctx, owner, "alpha", 64<<10, 1<<20, client.WaitForCommit())
	require.NoError(t, err)
	_, err = c.RegisterRollup(ctx, batcher, "beta", 64<<10, 1<<20, client.WaitForCommit())
	require.NoError(t, err)

	t.Run("typed rejections", func(t *testing.T) { testRejections(ctx, t, c, batcher) })
	t.Run("sequence resync", func(t *testing.T) { testSequenceResync(ctx, t, c, net) })

	subs := map[string][]submission{}
	var mu sync.Mutex
	var wg sync.WaitGroup
	for _, w := range []struct {
		rollup string
		signer *client.Signer
	}{{"alpha", owner}, {"alpha", owner}, {"beta", batcher}} {
		wg.Go(func() {
			for _, s := range submitMany(ctx, t, c, w.signer, w.rollup, 8) {
				mu.Lock()
				subs[w.rollup] = append(subs[w.rollup], s)
				mu.Unlock()
			}
		})
	}
	wg.Wait()
	require.False(t, t.Failed())

	alpha := follow(ctx, t, c, "alpha", 1, countBlobs(subs["alpha"]))
	beta := follow(ctx, t, c, "beta", 1, countBlobs(subs["beta"]))
	requireDelivered(t, alpha, subs["alpha"])
	requireDelivered(t, beta, subs["beta"])

	t.Run("resume", func(t *testing.T) {
		half := len(alpha) / 2
		first := followN(ctx, t, c, "alpha", 1, half)
		rest := followN(ctx, t, c, "alpha", first[len(first)-1].Height+1, len(alpha)-half)
		require.Equal(t, heights(alpha), heights(append(first, rest...)))
	})

	t.Run("finality", func(t *testing.T) {
		st, err := c.Finality(ctx, alpha[len(alpha)-1].Height)
		require.NoError(t, err)
		require.Equal(t, client.StageSequenced, st.Stage)
		st, err = c.Finality(ctx, st.LatestHeight+1000)
		require.NoError(t, err)
		require.Equal(t, client.StagePending, st.Stage)
	})

	t.Run("follow across a node restart", func(t *testing.T) {
		testRestart(ctx, t, c, net, batcher, beta[len(beta)-1].Height+1)
	})
}

// testRejections checks that bad inputs come back as the registered x/rollup errors, and that
// a CheckTx rejection does not consume the signer's sequence.
func testRejections(ctx context.Context, t *testing.T, c *client.Client, s *client.Signer) {
	blob := [][]byte{[]byte("x")}
	_, err := c.SubmitBlobs(ctx, s, "nosuch", blob)
	require.ErrorIs(t, err, rolluptypes.ErrRollupNotFound, "via the base-fee query")
	_, err = c.SubmitBlobs(ctx, s, "nosuch", blob, client.WithMaxFeePerByte(math.LegacyOneDec()))
	require.ErrorIs(t, err, rolluptypes.ErrRollupNotFound, "via CheckTx")
	_, err = c.SubmitBlobs(ctx, s, "beta", [][]byte{[]byte("x"), {}})
	require.ErrorIs(t, err, rolluptypes.ErrEmptyBlob)
	_, err = c.SubmitBlobs(ctx, s, "beta", blob, client.WithMaxFeePerByte(math.LegacyMustNewDecFromStr("0.000001")))
	require.ErrorIs(t, err, rolluptypes.ErrFeeCapTooLow)
	var txErr *client.TxError
	require.ErrorAs(t, err, &txErr)
	require.False(t, txErr.Committed)
	_, err = c.SubmitBlobs(ctx, s, "beta", [][]byte{make([]byte, 64<<10+1)})
	require.ErrorIs(t, err, rolluptypes.ErrBlobTooLarge)
}

// testSequenceResync uses two Signers of one key: the second one's tx makes the first one's
// local sequence stale, which must be repaired from the mismatch error without failing.
func testSequenceResync(ctx context.Context, t *testing.T, c *client.Client, net *localnet) {
	s1, err := client.OpenKeyringSigner("test", net.home, "node0", nil)
	require.NoError(t, err)
	s2, err := client.OpenKeyringSigner("test", net.home, "node0", nil)
	require.NoError(t, err)
	_, err = c.RegisterRollup(ctx, s1, "gamma", 1<<10, 1<<10, client.WaitForCommit())
	require.NoError(t, err)
	_, err = c.SubmitBlobs(ctx, s2, "gamma", [][]byte{[]byte("from s2")}, client.WaitForCommit())
	require.NoError(t, err)
	stale, _ := s1.Sequence()
	// Distinct blobs: with one key, sequence and payload the tx bytes would be identical (RFC
	// 6979 signatures) and the mempool cache would reject them as a duplicate.
	_, err = c.SubmitBlobs(ctx, s1, "gamma", [][]byte{[]byte("from s1")}, client.WaitForCommit())
	require.NoError(t, err)
	seq, known := s1.Sequence()
	require.True(t, known)
	require.Equal(t, stale+2, seq, "resynced past s2's tx, then used")
}

// submitMany submits n txs of 1-3 random blobs each, waiting for each commit.
func submitMany(ctx context.Context, t *testing.T, c *client.Client, s *client.Signer, rollup string, n int) []submission {
	var out []submission
	for range n {
		blobs := make([][]byte, 1+rand.IntN(3))
		for i := range blobs {
			blobs[i] = make([]byte, 1+rand.IntN(8<<10))
			for j := range blobs[i] {
				blobs[i][j] = byte(rand.Uint32())
			}
		}
		res, err := c.SubmitBlobs(ctx, s, rollup, blobs, client.WaitForCommit())
		if !assertNoError(t, err) {
			return out
		}
		if res.GasUsed > res.GasWanted*9/10 {
			t.Errorf("gas estimate too tight: used %d of %d", res.GasUsed, res.GasWanted)
		}
		out = append(out, submission{blobs: blobs, res: res})
	}
	t.Logf("%s: last tx used %d of %d gas, blob fee %s", rollup, out[len(out)-1].res.GasUsed, out[len(out)-1].res.GasWanted, out[len(out)-1].res.Fee)
	return out
}

func assertNoError(t *testing.T, err error) bool {
	if err != nil {
		t.Errorf("submit: %v", err)
		return false
	}
	return true
}

func countBlobs(subs []submission) int {
	n := 0
	for _, s := range subs {
		n += len(s.blobs)
	}
	return n
}

// follow follows rollup from height until it has delivered wantBlobs blobs.
func follow(ctx context.Context, t *testing.T, c *client.Client, rollup string, from int64, wantBlobs int) []client.Batch {
	t.Helper()
	var out []client.Batch
	n := 0
	for b, err := range c.FollowRollup(ctx, rollup, from, client.FollowOnRetry(logRetry(t))) {
		require.NoError(t, err)
		out, n = append(out, b), n+len(b.Blobs)
		if n >= wantBlobs {
			break
		}
	}
	require.Equal(t, wantBlobs, n, "delivered blobs of %s", rollup)
	return out
}

// followN follows rollup from height for n batches.
func followN(ctx context.Context, t *testing.T, c *client.Client, rollup string, from int64, n int) []client.Batch {
	t.Helper()
	var out []client.Batch
	for b, err := range c.FollowRollup(ctx, rollup, from) {
		require.NoError(t, err)
		if out = append(out, b); len(out) == n {
			break
		}
	}
	return out
}

// logRetry reports transient errors; it must not log after the test ends, which FollowRollup
// guarantees by stopping its watcher before returning.
func logRetry(t *testing.T) func(error, int) {
	return func(err error, attempt int) { t.Logf("retry %d: %v", attempt, err) }
}

// requireDelivered checks that batches come in strictly ascending heights and that every
// acknowledged submission sits exactly at (Height, FirstIndex); with the blob counts equal,
// nothing else was delivered.
func requireDelivered(t *testing.T, batches []client.Batch, subs []submission) {
	t.Helper()
	byHeight := map[int64]client.Batch{}
	for i, b := range batches {
		if i > 0 {
			require.Greater(t, b.Height, batches[i-1].Height, "heights ascend, no duplicate")
		}
		byHeight[b.Height] = b
	}
	for _, s := range subs {
		b, ok := byHeight[s.res.Height]
		require.True(t, ok, "height %d of tx %s delivered", s.res.Height, s.res.TxHash)
		end := int(s.res.FirstIndex) + len(s.blobs)
		require.LessOrEqual(t, end, len(b.Blobs))
		require.Equal(t, s.blobs, b.Blobs[s.res.FirstIndex:end], "blobs of tx %s", s.res.TxHash)
	}
}

func heights(bs []client.Batch) []int64 {
	out := make([]int64, len(bs))
	for i, b := range bs {
		out[i] = b.Height
	}
	return out
}

// testRestart follows beta live from height from, with a consumer that keeps up, restarts the
// node under it, submits more blobs and expects every one delivered once.
func testRestart(ctx context.Context, t *testing.T, c *client.Client, net *localnet, s *client.Signer, from int64) {
	var (
		mu      sync.Mutex
		batches []client.Batch
		ferr    error
		retries atomic.Int64
	)
	fctx, stop := context.WithCancel(ctx)
	done := make(chan struct{})
	go func() {
		defer close(done)
		onRetry := client.FollowOnRetry(func(error, int) { retries.Add(1) })
		for b, err := range c.FollowRollup(fctx, "beta", from, client.FollowBackoff(50*time.Millisecond, time.Second), onRetry) {
			mu.Lock()
			batches, ferr = append(batches, b), err
			mu.Unlock()
		}
	}()
	before := submitMany(ctx, t, c, s, "beta", 2)
	net.restart()
	after := submitMany(ctx, t, c, s, "beta", 3)
	subs := append(before, after...)
	require.Eventually(t, func() bool {
		mu.Lock()
		defer mu.Unlock()
		return sumBlobs(batches) >= countBlobs(subs) || ferr != nil
	}, 30*time.Second, 50*time.Millisecond)
	stop()
	<-done
	require.ErrorIs(t, ferr, context.Canceled, "the only error is the cancellation")
	batches = batches[:len(batches)-1] // the zero Batch yielded with the error
	require.Equal(t, countBlobs(subs), sumBlobs(batches))
	requireDelivered(t, batches, subs)
	require.Positive(t, retries.Load(), "the restart was seen and retried through")
	t.Logf("follower retried %d times across the restart", retries.Load())
}

func sumBlobs(bs []client.Batch) int {
	n := 0
	for _, b := range bs {
		n += len(b.Blobs)
	}
	return n
}
