package app_test

import (
	"testing"

	abci "github.com/cometbft/cometbft/abci/types"
	"github.com/stretchr/testify/require"

	simtestutil "github.com/cosmos/cosmos-sdk/testutil/sims"
	sdkerrors "github.com/cosmos/cosmos-sdk/types/errors"

	seqapp "github.com/seq-network/seq/app"
)

// admissionHarness is a harness whose app reads mempool limits as `seqd start` passes them.
func admissionHarness(t *testing.T, opts simtestutil.AppOptionsMap) *harness {
	t.Helper()
	return admissionHarnessFor(t, newHarness(t, 5), opts)
}

func checkTx(t *testing.T, app *seqapp.SeqApp, tx []byte, typ abci.CheckTxType) *abci.ResponseCheckTx {
	t.Helper()
	resp, err := app.CheckTx(&abci.RequestCheckTx{Tx: tx, Type: typ})
	require.NoError(t, err)
	return resp
}

func requireFull(t *testing.T, resp *abci.ResponseCheckTx) {
	t.Helper()
	require.Equal(t, sdkerrors.ErrMempoolIsFull.Codespace(), resp.Codespace, resp.Log)
	require.Equal(t, sdkerrors.ErrMempoolIsFull.ABCICode(), resp.Code, resp.Log)
}

// TestAdmissionRefusesWhatTheMempoolCannotHold: with room for two txs, the third is refused
// with ErrMempoolIsFull and leaves its sender's sequence alone, so the same bytes are accepted
// once a block has made room; the recheck after Commit counts the txs that stay.
func TestAdmissionRefusesWhatTheMempoolCannotHold(t *testing.T) {
	h := admissionHarness(t, simtestutil.AppOptionsMap{"mempool.size": 2, "mempool.max_txs_bytes": 1 << 20, "mempool.recheck": true})
	a := h.accounts
	tx1, tx2, tx3 := h.blobTx(a[1], "alpha", h.blob(100)), h.blobTx(a[2], "alpha", h.blob(100)), h.blobTx(a[3], "alpha", h.blob(100))

	require.Zero(t, checkTx(t, h.app, tx1, abci.CheckTxType_New).Code)
	require.Zero(t, checkTx(t, h.app, tx2, abci.CheckTxType_New).Code)
	requireFull(t, checkTx(t, h.app, tx3, abci.CheckTxType_New))

	// A block takes tx1; CometBFT then rechecks what is left (tx2), which fills one slot.
	h.height++
	h.finalize(h.app, h.height, [][]byte{tx1})
	require.Zero(t, checkTx(t, h.app, tx2, abci.CheckTxType_Recheck).Code)
	require.Zero(t, checkTx(t, h.app, tx3, abci.CheckTxType_New).Code, "the refused tx did not consume its sequence")
	requireFull(t, checkTx(t, h.app, h.blobTx(a[4], "alpha", h.blob(100)), abci.CheckTxType_New))
	// A rejected tx takes no slot: a replay of tx1 fails on its sequence, not on room.
	h.height++
	h.finalize(h.app, h.height, [][]byte{tx2, tx3})
	require.Equal(t, sdkerrors.ErrWrongSequence.ABCICode(), checkTx(t, h.app, tx1, abci.CheckTxType_New).Code)
	require.Zero(t, checkTx(t, h.app, h.blobTx(a[1], "alpha", h.blob(100)), abci.CheckTxType_New).Code)
}

// TestAdmissionCountsBytes: the byte limit refuses a tx that would not fit beside the others.
func TestAdmissionCountsBytes(t *testing.T) {
	h := newHarness(t, 3)
	a := h.accounts
	tx1, tx2 := h.blobTx(a[1], "alpha", h.blob(500)), h.blobTx(a[2], "alpha", h.blob(500))
	h = admissionHarnessFor(t, h, simtestutil.AppOptionsMap{"mempool.size": 100, "mempool.max_txs_bytes": len(tx1) + len(tx2) - 1, "mempool.recheck": true})
	require.Zero(t, checkTx(t, h.app, tx1, abci.CheckTxType_New).Code)
	requireFull(t, checkTx(t, h.app, tx2, abci.CheckTxType_New))
}

// TestAdmissionOffWithoutRecheck: without recheck the app cannot tell which txs stay after a
// block, so it leaves admission to CometBFT alone, as it does when no mempool config is given.
func TestAdmissionOffWithoutRecheck(t *testing.T) {
	for name, opts := range map[string]simtestutil.AppOptionsMap{
		"recheck off":       {"mempool.size": 1, "mempool.recheck": false},
		"nop mempool":       {"mempool.size": 1, "mempool.recheck": true, "mempool.type": "nop"},
		"no mempool config": {},
	} {
		t.Run(name, func(t *testing.T) {
			h := admissionHarness(t, opts)
			for _, acc := range h.accounts[1:4] {
				require.Zero(t, checkTx(t, h.app, h.blobTx(acc, "alpha", h.blob(10)), abci.CheckTxType_New).Code)
			}
		})
	}
}

// admissionHarnessFor swaps h's app for one built with opts, keeping h's signed accounts.
func admissionHarnessFor(t *testing.T, h *harness, opts simtestutil.AppOptionsMap) *harness {
	t.Helper()
	h.app = newAppWithOpts(opts)
	h.initChain(h.app)
	h.height = 1
	h.finalize(h.app, h.height, nil)
	return h
}
