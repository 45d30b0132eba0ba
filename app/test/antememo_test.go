package app_test

import (
	"testing"

	abci "github.com/cometbft/cometbft/abci/types"
	"github.com/stretchr/testify/require"

	sdkerrors "github.com/cosmos/cosmos-sdk/types/errors"

	seqapp "github.com/seq-network/seq/app"
)

// TestAnteMemoKeepsEveryAccountWrite: the ante chain reads the signer's account once per tx
// (antememo.go); the writes of its decorators must still all land. An account's first tx sets
// its public key (SetPubKey) and its sequence (IncrementSequence) on the same account; both must
// be in state after the block, in CheckTx's state for the next tx, and the fee must be paid.
func TestAnteMemoKeepsEveryAccountWrite(t *testing.T) {
	h := newHarness(t, 3)
	h.height++
	h.finalize(h.app, h.height, nil)
	a := h.accounts[1]
	before := h.app.BankKeeper.GetBalance(h.ctx(h.app), a.addr, seqapp.BondDenom)

	first, second := h.blobTx(a, "alpha", h.blob(100)), h.blobTx(a, "alpha", h.blob(100))
	require.Zero(t, checkTx(t, h.app, first, abci.CheckTxType_New).Code)
	require.Zero(t, checkTx(t, h.app, second, abci.CheckTxType_New).Code, "CheckTx state has the sequence and the key")

	h.height++
	res, _ := h.finalize(h.app, h.height, [][]byte{first, second})
	for _, r := range res.TxResults {
		require.Zero(t, r.Code, r.Log)
	}
	acc := h.app.AccountKeeper.GetAccount(h.ctx(h.app), a.addr)
	require.Equal(t, uint64(2), acc.GetSequence())
	require.Equal(t, a.priv.PubKey(), acc.GetPubKey())
	after := h.app.BankKeeper.GetBalance(h.ctx(h.app), a.addr, seqapp.BondDenom)
	require.True(t, after.IsLT(before), "fees paid: %s -> %s", before, after)

	// The next block sees the committed sequence: a replay fails, the next sequence passes.
	h.height++
	res, _ = h.finalize(h.app, h.height, [][]byte{second, h.blobTx(a, "alpha", h.blob(100))})
	require.Equal(t, sdkerrors.ErrWrongSequence.ABCICode(), res.TxResults[0].Code, res.TxResults[0].Log)
	require.Zero(t, res.TxResults[1].Code, res.TxResults[1].Log)
}
