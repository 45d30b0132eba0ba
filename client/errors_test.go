package client

import (
	"errors"
	"testing"

	"github.com/stretchr/testify/require"

	sdkerrors "github.com/cosmos/cosmos-sdk/types/errors"
)

// TestBroadcastErrorTypes: the RPC-level refusals a caller acts on unwrap to the SDK's
// registered errors; anything else stays a plain broadcast error.
func TestBroadcastErrorTypes(t *testing.T) {
	rows := []struct {
		rpc  string
		want error // nil: untyped
	}{
		{"error on broadcastTxSync: tx already exists in cache", sdkerrors.ErrTxInMempoolCache},
		{"error on broadcastTxSync: mempool is full: number of txs 1000 (max: 1000)", sdkerrors.ErrMempoolIsFull},
		{"post failed: connection refused", nil},
	}
	for _, r := range rows {
		err := broadcastError(errors.New(r.rpc))
		require.ErrorContains(t, err, r.rpc)
		for _, typed := range []error{sdkerrors.ErrTxInMempoolCache, sdkerrors.ErrMempoolIsFull} {
			require.Equal(t, typed == r.want, errors.Is(err, typed), "%q vs %v", r.rpc, typed)
		}
	}
}
