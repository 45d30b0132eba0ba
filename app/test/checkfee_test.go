package app_test

import (
	"testing"

	abci "github.com/cometbft/cometbft/abci/types"
	"github.com/stretchr/testify/require"

	"cosmossdk.io/collections"
	"cosmossdk.io/math"

	sdk "github.com/cosmos/cosmos-sdk/types"
	sdkerrors "github.com/cosmos/cosmos-sdk/types/errors"
	authtypes "github.com/cosmos/cosmos-sdk/x/auth/types"
	banktypes "github.com/cosmos/cosmos-sdk/x/bank/types"

	seqapp "github.com/seq-network/seq/app"
	rolluptypes "github.com/seq-network/seq/x/rollup/types"
)

// TestCheckTxFeeDebitsThePayerOnly: in CheckTx a blob tx's fee (tx fee + blob fee) leaves the
// payer's balance, the same amount FinalizeBlock takes, while the fee collector is credited
// nothing (CheckTx state is dropped at the next commit). A payer left with exactly nothing has no
// balance entry, as with the bank, and its next tx is refused with the very error the bank's
// transfer gives: simulation, which charges through the bank, is the reference.
func TestCheckTxFeeDebitsThePayerOnly(t *testing.T) {
	h := newHarness(t, 3)
	a := h.accounts
	const txFee = 1_000_000 // harness signTx
	h.height++
	h.finalize(h.app, h.height, nil) // state to read the base fee from
	blob := h.blob(1000)
	params, err := h.app.RollupKeeper.Params.Get(h.ctx(h.app))
	require.NoError(t, err)
	baseFee, err := h.app.RollupKeeper.BaseFee(h.ctx(h.app), "alpha", params)
	require.NoError(t, err)
	due := rolluptypes.BlobFee(baseFee, uint64(len(blob))).AddRaw(txFee)
	require.True(t, due.GT(math.NewInt(txFee)), "the blob fee is charged too")

	// a[2] keeps exactly one blob tx's fee (it pays the drain's own tx fee as well).
	drain := banktypes.NewMsgSend(a[2].addr, a[0].addr, sdk.NewCoins(sdk.NewCoin(seqapp.BondDenom, math.NewInt(1e15-txFee).Sub(due))))
	h.height++
	res, _ := h.finalize(h.app, h.height, [][]byte{h.signTx(a[2], drain)})
	require.Zero(t, res.TxResults[0].Code, res.TxResults[0].Log)

	collector := authtypes.NewModuleAddress(authtypes.FeeCollectorName)
	checkBalance := func(addr sdk.AccAddress) math.Int {
		return h.app.BankKeeper.GetBalance(h.app.NewContext(true), addr, seqapp.BondDenom).Amount
	}
	payer0, collector0 := checkBalance(a[1].addr), checkBalance(collector)
	tx := h.blobTx(a[1], "alpha", blob)
	require.Zero(t, checkTx(t, h.app, tx, abci.CheckTxType_New).Code)
	require.Equal(t, payer0.Sub(due), checkBalance(a[1].addr), "CheckTx takes tx fee + blob fee")
	require.Equal(t, collector0, checkBalance(collector), "and credits nothing")
	h.height++
	res, _ = h.finalize(h.app, h.height, [][]byte{tx})
	require.Zero(t, res.TxResults[0].Code, res.TxResults[0].Log)
	require.Equal(t, payer0.Sub(due), h.app.BankKeeper.GetBalance(h.ctx(h.app), a[1].addr, seqapp.BondDenom).Amount,
		"the block takes the same amount")

	require.Zero(t, checkTx(t, h.app, h.blobTx(a[2], "alpha", blob), abci.CheckTxType_New).Code, "an exact balance pays")
	has, err := h.app.BankKeeper.Balances.Has(h.app.NewContext(true), collections.Join(a[2].addr, seqapp.BondDenom))
	require.NoError(t, err)
	require.False(t, has, "a zero balance is removed, not stored")

	next := h.blobTx(a[2], "alpha", blob)
	_, _, simErr := h.app.Simulate(next)
	require.ErrorIs(t, simErr, sdkerrors.ErrInsufficientFunds)
	resp := checkTx(t, h.app, next, abci.CheckTxType_New)
	require.Equal(t, sdkerrors.ErrInsufficientFunds.ABCICode(), resp.Code)
	require.Equal(t, simErr.Error(), resp.Log, "the bank's error, word for word")
}
