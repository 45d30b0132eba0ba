package e2e

import (
	"bytes"
	"context"
	"fmt"
	"math/rand"
	"sort"
	"sync"
	"testing"
	"time"

	"github.com/stretchr/testify/require"

	"github.com/cosmos/cosmos-sdk/crypto/keys/secp256k1"
	sdk "github.com/cosmos/cosmos-sdk/types"

	"github.com/seq-network/seq/client"
	rolluptypes "github.com/seq-network/seq/x/rollup/types"
)

// ackedBlob is a blob the chain acknowledged: committed at Height, at Index of its rollup's batch.
type ackedBlob struct {
	Height int64
	Index  uint32
	Data   []byte
}

// lanesPortOffset keeps this test's network clear of a running localnet and other packages' tests.
const lanesPortOffset = 1000

// TestLanesEndToEnd: 4 real validators; blobs for two rollups submitted through the client;
// both lanes followed from height 1 must deliver every acknowledged blob exactly once, in
// order, verified; a validator is killed and restarted mid-run and nothing is lost; all nodes
// end on the same app hash.
func TestLanesEndToEnd(t *testing.T) {
	if testing.Short() {
		t.Skip("multi-process e2e test")
	}
	signers, addrs := newSigners(t, 4)
	net := StartNetwork(t, 4, lanesPortOffset, addrs...)
	ctx, cancel := context.WithTimeout(context.Background(), 4*time.Minute)
	defer cancel()
	c0 := dial(ctx, t, net, 0)

	rollups := []string{"rollup-a", "rollup-b"}
	for _, id := range rollups {
		_, err := c0.RegisterRollup(ctx, signers[0], id, 4096, 64*1024, client.WaitForCommit())
		require.NoError(t, err, "register %s", id)
	}
	requireTypedRejections(ctx, t, c0, signers[0])

	acked := newAckLog()
	// A rollup batcher's big batch: 64 blobs filling the lane quota exactly, under one signature
	// (the client's gas estimate must cover every blob).
	big := make([][]byte, 64)
	for i := range big {
		big[i] = bytes.Repeat([]byte{byte(i)}, 1024)
	}
	res, err := c0.SubmitBlobs(ctx, signers[1], "rollup-a", big, client.WaitForCommit())
	require.NoError(t, err, "64-blob batch")
	acked.add("rollup-a", res, big)
	submitAll(ctx, t, c0, signers, rollups, acked, 6)
	net.Kill(3)
	t.Log("node3 killed; the other 3 validators hold > 2/3 of the power")
	submitAll(ctx, t, c0, signers, rollups, acked, 6)
	net.Start(3)
	tip, err := net.Status(0)
	require.NoError(t, err)
	net.WaitHeight(3, tip.Height+2, 90*time.Second)
	t.Log("node3 restarted and caught up")
	submitAll(ctx, t, c0, signers, rollups, acked, 4)

	// Follow both lanes on the restarted node: it must serve every batch, verified.
	c3 := dial(ctx, t, net, 3)
	for _, id := range rollups {
		requireLaneDelivers(ctx, t, c3, id, acked.sorted(id))
	}
	requireSameAppHash(t, net)
}

func newSigners(t *testing.T, n int) ([]*client.Signer, []string) {
	signers := make([]*client.Signer, n)
	addrs := make([]string, n)
	for i := range signers {
		signers[i] = client.NewSigner(secp256k1.GenPrivKeyFromSecret([]byte(fmt.Sprintf("e2e-%d", i))))
		addrs[i] = sdk.MustBech32ifyAddressBytes("seq", signers[i].Address())
	}
	return signers, addrs
}

func dial(ctx context.Context, t *testing.T, net *Network, i int) *client.Client {
	c, err := client.New(ctx, client.Config{RPC: net.RPC(i), GRPC: net.GRPC(i), ChainID: net.ChainID})
	require.NoError(t, err)
	t.Cleanup(func() { _ = c.Close() })
	return c
}

// requireTypedRejections: bad input fails with the registered error and changes nothing.
func requireTypedRejections(ctx context.Context, t *testing.T, c *client.Client, s *client.Signer) {
	_, err := c.SubmitBlobs(ctx, s, "no-such-rollup", [][]byte{[]byte("x")})
	require.ErrorIs(t, err, rolluptypes.ErrRollupNotFound)
	_, err = c.SubmitBlobs(ctx, s, "rollup-a", [][]byte{{}})
	require.ErrorIs(t, err, rolluptypes.ErrEmptyBlob)
	_, err = c.SubmitBlobs(ctx, s, "rollup-a", [][]byte{make([]byte, 4097)})
	require.ErrorIs(t, err, rolluptypes.ErrBlobTooLarge)
	_, err = c.SubmitBlobs(ctx, s, "rollup-a", [][]byte{[]byte("cheap")}, client.WithMaxFeePerByte(mustDec("0.000001")))
	require.ErrorIs(t, err, rolluptypes.ErrFeeCapTooLow)
	_, err = c.RegisterRollup(ctx, s, "rollup-a", 4096, 64*1024, client.WaitForCommit())
	require.ErrorIs(t, err, rolluptypes.ErrRollupExists)
}

type ackLog struct {
	mu    sync.Mutex
	blobs map[string][]ackedBlob
}

func newAckLog() *ackLog { return &ackLog{blobs: map[string][]ackedBlob{}} }

func (a *ackLog) add(rollup string, res *client.SubmitResult, blobs [][]byte) {
	a.mu.Lock()
	defer a.mu.Unlock()
	for i, b := range blobs {
		a.blobs[rollup] = append(a.blobs[rollup], ackedBlob{Height: res.Height, Index: res.FirstIndex + uint32(i), Data: b})
	}
}

// sorted returns a rollup's acknowledged blobs in lane order: by height, then batch index.
func (a *ackLog) sorted(rollup string) []ackedBlob {
	a.mu.Lock()
	defer a.mu.Unlock()
	out := append([]ackedBlob(nil), a.blobs[rollup]...)
	sort.Slice(out, func(i, j int) bool {
		if out[i].Height != out[j].Height {
			return out[i].Height < out[j].Height
		}
		return out[i].Index < out[j].Index
	})
	return out
}

// submitAll has every signer submit `rounds` txs of 1-3 random blobs, alternating rollups,
// concurrently, waiting for each commit and logging what the chain acknowledged.
func submitAll(ctx context.Context, t *testing.T, c *client.Client, signers []*client.Signer, rollups []string, acked *ackLog, rounds int) {
	var wg sync.WaitGroup
	errs := make(chan error, len(signers))
	for si, s := range signers {
		wg.Add(1)
		go func(si int, s *client.Signer) {
			defer wg.Done()
			rng := rand.New(rand.NewSource(int64(si) + time.Now().UnixNano()))
			for r := 0; r < rounds; r++ {
				id := rollups[(si+r)%len(rollups)]
				blobs := randomBlobs(rng, 1+rng.Intn(3))
				res, err := c.SubmitBlobs(ctx, s, id, blobs, client.WaitForCommit())
				if err != nil {
					errs <- fmt.Errorf("signer %d round %d: %w", si, r, err)
					return
				}
				acked.add(id, res, blobs)
			}
		}(si, s)
	}
	wg.Wait()
	close(errs)
	for err := range errs {
		require.NoError(t, err)
	}
}

func randomBlobs(rng *rand.Rand, n int) [][]byte {
	blobs := make([][]byte, n)
	for i := range blobs {
		blobs[i] = make([]byte, 1+rng.Intn(4096))
		rng.Read(blobs[i])
	}
	return blobs
}

// requireLaneDelivers follows rollupID from height 1 until every acknowledged blob came, and
// checks the lane holds exactly those blobs, each once, in order.
func requireLaneDelivers(ctx context.Context, t *testing.T, c *client.Client, rollupID string, want []ackedBlob) {
	require.NotEmpty(t, want)
	last := want[len(want)-1].Height
	var got []ackedBlob
	prevHeight := int64(0)
	for batch, err := range c.FollowRollup(ctx, rollupID, 1) {
		require.NoError(t, err, "follow %s", rollupID)
		require.Greater(t, batch.Height, prevHeight, "heights must strictly increase (no duplicate)")
		prevHeight = batch.Height
		for i, b := range batch.Blobs {
			got = append(got, ackedBlob{Height: batch.Height, Index: uint32(i), Data: b})
		}
		if batch.Height >= last {
			break
		}
	}
	require.Len(t, got, len(want), "lane %s: delivered %d blobs, acknowledged %d", rollupID, len(got), len(want))
	for i := range want {
		require.Equal(t, want[i].Height, got[i].Height, "lane %s blob %d height", rollupID, i)
		require.Equal(t, want[i].Index, got[i].Index, "lane %s blob %d index", rollupID, i)
		require.True(t, bytes.Equal(want[i].Data, got[i].Data), "lane %s blob %d content", rollupID, i)
	}
}

// requireSameAppHash checks that all nodes committed the same app hash at a height all reached.
func requireSameAppHash(t *testing.T, net *Network) {
	st, err := net.Status(3)
	require.NoError(t, err)
	h := st.Height - 1
	for i := range 4 {
		net.WaitHeight(i, h+1, 30*time.Second)
	}
	want, err := net.AppHashAt(0, h)
	require.NoError(t, err)
	require.NotEmpty(t, want)
	for i := 1; i < 4; i++ {
		got, err := net.AppHashAt(i, h)
		require.NoError(t, err)
		require.Equal(t, want, got, "node%d app hash at height %d", i, h)
	}
}
