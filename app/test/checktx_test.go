package app_test

import (
	"testing"

	abci "github.com/cometbft/cometbft/abci/types"
	"github.com/stretchr/testify/require"

	errorsmod "cosmossdk.io/errors"

	sdk "github.com/cosmos/cosmos-sdk/types"
	sdkerrors "github.com/cosmos/cosmos-sdk/types/errors"
	banktypes "github.com/cosmos/cosmos-sdk/x/bank/types"

	seqapp "github.com/seq-network/seq/app"

	rolluptypes "github.com/seq-network/seq/x/rollup/types"
)

// TestCheckTxRejectsBadInput: CheckTx (where Msg handlers do not run) refuses malformed bytes,
// replays, forged signatures and bad blobs with the registered error, so none reaches the mempool.
func TestCheckTxRejectsBadInput(t *testing.T) {
	h := newHarness(t, 5)
	a := h.accounts
	// a[4] keeps its next tx fee and 1useq: enough for a bank send, not for a blob fee.
	const txFee = 1_000_000
	drain := banktypes.NewMsgSend(a[4].addr, a[0].addr, sdk.NewCoins(sdk.NewInt64Coin(seqapp.BondDenom, 1e15-2*txFee-1)))
	h.height++
	res, _ := h.finalize(h.app, h.height, [][]byte{h.signTx(a[4], drain)}) // CheckTx reads committed state
	require.Zero(t, res.TxResults[0].Code, res.TxResults[0].Log)
	good := h.blobTx(a[1], "alpha", h.blob(100))
	forged := h.blobTx(a[2], "alpha", h.blob(100))
	forged[len(forged)-1] ^= 0xff // the signature is the tx's last field

	rows := []struct {
		name string
		tx   []byte
		want *errorsmod.Error // nil: accepted
	}{
		{"valid blob tx", good, nil},
		{"malformed protobuf", []byte{0x0a, 0xff, 0xff, 0x01}, sdkerrors.ErrTxDecode},
		{"empty bytes (a tx without messages)", []byte{}, sdkerrors.ErrInvalidRequest},
		{"replayed tx (same sequence)", good, sdkerrors.ErrWrongSequence},
		{"forged signature", forged, sdkerrors.ErrUnauthorized},
		{"unknown rollup", h.blobTx(a[3], "zeta", h.blob(10)), rolluptypes.ErrRollupNotFound},
		{"empty blob", h.blobTx(a[3], "alpha", []byte{}), rolluptypes.ErrEmptyBlob},
		{"blob over max_blob_bytes", h.blobTx(a[3], "alpha", h.blob(2049)), rolluptypes.ErrBlobTooLarge},
		{"blobs over the lane quota", h.blobTx(a[3], "alpha", h.blob(2048), h.blob(2048), h.blob(1)), rolluptypes.ErrLaneQuotaExceeded},
		{"blob fee beyond the balance (the tx fee alone is covered)", h.blobTx(a[4], "alpha", h.blob(2048)), sdkerrors.ErrInsufficientFunds},
		{"mixed lanes", h.signTx(a[3], blobMsg(a[3].addr, "alpha"), sendMsg(a[3].addr, a[0].addr)), rolluptypes.ErrMixedLaneTx},
	}
	for _, row := range rows {
		t.Run(row.name, func(t *testing.T) {
			resp, err := h.app.CheckTx(&abci.RequestCheckTx{Tx: row.tx, Type: abci.CheckTxType_New})
			require.NoError(t, err)
			if row.want == nil {
				require.Zero(t, resp.Code, resp.Log)
				return
			}
			require.Equal(t, row.want.Codespace(), resp.Codespace, resp.Log)
			require.Equal(t, row.want.ABCICode(), resp.Code, resp.Log)
		})
	}
}
