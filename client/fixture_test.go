package client

import (
	"context"
	"fmt"
	"sort"
	"sync"
	"testing"
	"time"

	abcitypes "github.com/cometbft/cometbft/abci/types"
	"github.com/stretchr/testify/require"

	"cosmossdk.io/math"

	codectypes "github.com/cosmos/cosmos-sdk/codec/types"
	sdk "github.com/cosmos/cosmos-sdk/types"
	txtypes "github.com/cosmos/cosmos-sdk/types/tx"
	banktypes "github.com/cosmos/cosmos-sdk/x/bank/types"

	rolluptypes "github.com/seq-network/seq/x/rollup/types"
)

const testSender = "seq1qyqszqgpqyqszqgpqyqszqgpqyqszqgpjnp7du"

// txSpec is one fabricated tx: blobs for a rollup (or a bank send when rollup is ""), and
// its result code.
type txSpec struct {
	rollup string
	blobs  [][]byte
	code   uint32
}

// encodeBlobTx encodes an unsigned tx with one MsgSubmitBlobs: the extractor does not check
// signatures (the chain did), only decodes.
func encodeBlobTx(t testing.TB, s txSpec) []byte {
	t.Helper()
	enc := DefaultEncoding()
	b := enc.TxConfig.NewTxBuilder()
	var msg sdk.Msg = &banktypes.MsgSend{FromAddress: testSender, ToAddress: testSender, Amount: sdk.NewCoins(sdk.NewInt64Coin("useq", 1))}
	if s.rollup != "" {
		msg = &rolluptypes.MsgSubmitBlobs{Sender: testSender, RollupId: s.rollup, Blobs: s.blobs, MaxFeePerByte: math.LegacyOneDec()}
	}
	require.NoError(t, b.SetMsgs(msg))
	bz, err := enc.TxConfig.TxEncoder()(b.GetTx())
	require.NoError(t, err)
	return bz
}

// encodeRawTx encodes a tx body of arbitrary Anys, which the client's registry may not know.
func encodeRawTx(t testing.TB, msgs ...*codectypes.Any) []byte {
	t.Helper()
	body, err := (&txtypes.TxBody{Messages: msgs}).Marshal()
	require.NoError(t, err)
	auth, err := (&txtypes.AuthInfo{Fee: &txtypes.Fee{}}).Marshal()
	require.NoError(t, err)
	bz, err := (&txtypes.TxRaw{BodyBytes: body, AuthInfoBytes: auth}).Marshal()
	require.NoError(t, err)
	return bz
}

// block fabricates a block from specs and the commitment the EndBlocker would write for it
// (only successful txs count).
func block(t testing.TB, height int64, specs ...txSpec) (blockData, rolluptypes.BlockCommitment) {
	t.Helper()
	bd := blockData{time: time.Unix(height, 0).UTC()}
	batches := map[string][][]byte{}
	for _, s := range specs {
		bd.txs = append(bd.txs, encodeBlobTx(t, s))
		bd.results = append(bd.results, &abcitypes.ExecTxResult{Code: s.code})
		if s.code == 0 && s.rollup != "" {
			batches[s.rollup] = append(batches[s.rollup], s.blobs...)
		}
	}
	return bd, commitment(height, batches)
}

func commitment(height int64, batches map[string][][]byte) rolluptypes.BlockCommitment {
	ids := make([]string, 0, len(batches))
	for id := range batches {
		ids = append(ids, id)
	}
	sort.Strings(ids)
	entries := make([]rolluptypes.BatchEntry, len(ids))
	for i, id := range ids {
		entries[i] = rolluptypes.BatchEntry{RollupId: id, BatchRoot: rolluptypes.BatchRootOfBlobs(batches[id]),
			BlobCount: uint32(len(batches[id])), Bytes: totalBytes(batches[id])}
	}
	return rolluptypes.BlockCommitment{Height: height, RollupsRoot: rolluptypes.RollupsRoot(entries), Entries: entries}
}

func proofResponse(t testing.TB, c rolluptypes.BlockCommitment, rollupID string) *rolluptypes.QueryInclusionProofResponse {
	t.Helper()
	e, p, err := c.Proof(rollupID)
	require.NoError(t, err)
	return &rolluptypes.QueryInclusionProofResponse{Entry: e, RollupsRoot: c.RollupsRoot, Proof: *p.ToProto()}
}

func blobsOf(prefix string, n int) [][]byte {
	out := make([][]byte, n)
	for i := range out {
		out[i] = fmt.Appendf(nil, "%s-%d", prefix, i)
	}
	return out
}

// fakeChain serves fabricated blocks and commitments. The chain grows by one block per
// rollupHeights call up to len(heights), and fail, when set, injects errors by call number.
type fakeChain struct {
	mu          sync.Mutex
	blocks      map[int64]blockData
	commits     map[int64]rolluptypes.BlockCommitment
	tip, maxTip int64
	calls       int
	fail        func(call int) error
	hang        func(call int) bool // the call blocks until its context ends
}

func newFakeChain(tip int64) *fakeChain {
	return &fakeChain{blocks: map[int64]blockData{}, commits: map[int64]rolluptypes.BlockCommitment{}, maxTip: tip}
}

func (f *fakeChain) add(t testing.TB, height int64, specs ...txSpec) {
	bd, c := block(t, height, specs...)
	f.blocks[height] = bd
	if len(c.Entries) > 0 {
		f.commits[height] = c
	}
}

// step counts a call and applies the injected faults; it is called with f.mu held and
// releases it while hanging.
func (f *fakeChain) step(ctx context.Context) error {
	f.calls++
	if f.hang != nil && f.hang(f.calls) {
		f.mu.Unlock()
		<-ctx.Done()
		f.mu.Lock()
		return ctx.Err()
	}
	if f.fail != nil {
		return f.fail(f.calls)
	}
	return nil
}

func (f *fakeChain) rollupHeights(ctx context.Context, id string, from int64, limit uint32) (*rolluptypes.QueryRollupHeightsResponse, error) {
	f.mu.Lock()
	defer f.mu.Unlock()
	if err := f.step(ctx); err != nil {
		return nil, err
	}
	if id == "nope" {
		return nil, rolluptypes.ErrRollupNotFound.Wrap(id)
	}
	f.tip = min(f.tip+1, f.maxTip)
	resp := &rolluptypes.QueryRollupHeightsResponse{}
	for h := from; h <= f.tip; h++ {
		c, ok := f.commits[h]
		if !ok {
			continue
		}
		for _, e := range c.Entries {
			if e.RollupId != id {
				continue
			}
			if len(resp.Heights) == int(limit) {
				resp.NextHeight = h
				return resp, nil
			}
			resp.Heights, resp.Entries = append(resp.Heights, h), append(resp.Entries, e)
		}
	}
	return resp, nil
}

func (f *fakeChain) inclusionProof(ctx context.Context, id string, height int64) (*rolluptypes.QueryInclusionProofResponse, error) {
	f.mu.Lock()
	defer f.mu.Unlock()
	if err := f.step(ctx); err != nil {
		return nil, err
	}
	c, ok := f.commits[height]
	if !ok {
		return nil, rolluptypes.ErrCommitmentNotFound.Wrapf("height %d", height)
	}
	e, p, err := c.Proof(id)
	if err != nil {
		return nil, err
	}
	return &rolluptypes.QueryInclusionProofResponse{Entry: e, RollupsRoot: c.RollupsRoot, Proof: *p.ToProto()}, nil
}

func (f *fakeChain) block(ctx context.Context, height int64) (blockData, error) {
	f.mu.Lock()
	defer f.mu.Unlock()
	if err := f.step(ctx); err != nil {
		return blockData{}, err
	}
	if height > f.tip {
		return blockData{}, fmt.Errorf("height %d above tip %d", height, f.tip)
	}
	return f.blocks[height], nil
}
