package app_test

import (
	"testing"

	abci "github.com/cometbft/cometbft/abci/types"
	"github.com/stretchr/testify/require"

	sdkerrors "github.com/cosmos/cosmos-sdk/types/errors"
)

// TestSigCacheOnlySkipsVerifiedBytes: FinalizeBlock may skip the signature check only for the
// exact bytes this node verified in CheckTx; a forged variant of a checked tx, or a forged tx
// never seen in CheckTx, still fails with ErrUnauthorized.
func TestSigCacheOnlySkipsVerifiedBytes(t *testing.T) {
	h := newHarness(t, 4)
	other := newApp() // never sees CheckTx: verifies every signature in FinalizeBlock
	h.initChain(other)
	h.height++
	h.finalize(h.app, h.height, nil)
	h.finalize(other, h.height, nil)
	a := h.accounts

	checked := h.blobTx(a[1], "alpha", h.blob(64))
	resp, err := h.app.CheckTx(&abci.RequestCheckTx{Tx: checked, Type: abci.CheckTxType_New})
	require.NoError(t, err)
	require.Zero(t, resp.Code, resp.Log)
	forgedVariant := append([]byte(nil), checked...)
	forgedVariant[len(forgedVariant)-1] ^= 0x01
	neverChecked := h.blobTx(a[2], "alpha", h.blob(64))
	neverChecked[len(neverChecked)-1] ^= 0x01

	h.height++
	block := [][]byte{forgedVariant, neverChecked, checked}
	res, hash := h.finalize(h.app, h.height, block)
	resOther, hashOther := h.finalize(other, h.height, block)
	// Skipping a verification must not change gas or state: both nodes agree on the block.
	require.Equal(t, hashOther, hash)
	require.Equal(t, resOther.TxResults[2].GasUsed, res.TxResults[2].GasUsed)
	require.Equal(t, sdkerrors.ErrUnauthorized.ABCICode(), res.TxResults[0].Code, res.TxResults[0].Log)
	require.Equal(t, sdkerrors.ErrUnauthorized.ABCICode(), res.TxResults[1].Code, res.TxResults[1].Log)
	require.Zero(t, res.TxResults[2].Code, res.TxResults[2].Log)
}
