package app_test

import (
	"testing"

	"github.com/stretchr/testify/require"

	"cosmossdk.io/math"

	authtypes "github.com/cosmos/cosmos-sdk/x/auth/types"

	seqapp "github.com/seq-network/seq/app"
	rolluptypes "github.com/seq-network/seq/x/rollup/types"
)

// TestBlobFeeChargedWithTxFee runs a blob tx through the whole app: the sender pays tx fee + blob
// fee in one ante transfer, the block burns exactly the blob fee (the supply drops by it), and
// the fee collector, which x/distribution empties in the next BeginBlock, is left with the tx
// fee only.
func TestBlobFeeChargedWithTxFee(t *testing.T) {
	h := newHarness(t, 2)
	h.height++
	h.finalize(h.app, h.height, nil)
	sender := h.accounts[1]
	balance := func() math.Int {
		return h.app.BankKeeper.GetBalance(h.ctx(h.app), sender.addr, seqapp.BondDenom).Amount
	}
	supply := func() math.Int { return h.app.BankKeeper.GetSupply(h.ctx(h.app), seqapp.BondDenom).Amount }
	collector := func() math.Int {
		addr := authtypes.NewModuleAddress(authtypes.FeeCollectorName)
		return h.app.BankKeeper.GetBalance(h.ctx(h.app), addr, seqapp.BondDenom).Amount
	}
	params, err := h.app.RollupKeeper.Params.Get(h.ctx(h.app))
	require.NoError(t, err)
	baseFee, err := h.app.RollupKeeper.BaseFee(h.ctx(h.app), "alpha", params) // the chain's params, not the defaults
	require.NoError(t, err)
	blob := h.blob(2048)
	blobFee := rolluptypes.BlobFee(baseFee, uint64(len(blob)))
	require.True(t, blobFee.IsPositive())
	const txFee = 1_000_000 // harness signTx
	balance0, supply0 := balance(), supply()

	h.height++
	res, _ := h.finalize(h.app, h.height, [][]byte{h.blobTx(sender, "alpha", blob)})
	require.Zero(t, res.TxResults[0].Code, res.TxResults[0].Log)
	require.Equal(t, balance0.SubRaw(txFee).Sub(blobFee), balance(), "sender pays tx fee + blob fee")
	require.Equal(t, supply0.Sub(blobFee), supply(), "the blob fee is burned at the end of the block")
	require.Equal(t, math.NewInt(txFee), collector(), "the fee collector keeps the tx fee only")
}
