package keeper

import (
	sdk "github.com/cosmos/cosmos-sdk/types"

	"github.com/seq-network/seq/x/rollup/types"
)

// BlobDecorator rejects, before signature checks, a blob tx that mixes lanes or whose blobs
// would fail in the Msg handler. CheckTx runs only the ante chain, so without it bad blobs would
// enter the mempool, cost every validator work and fail only in FinalizeBlock.
type BlobDecorator struct {
	k Keeper
}

// NewBlobDecorator returns the decorator.
func NewBlobDecorator(k Keeper) BlobDecorator { return BlobDecorator{k: k} }

// AnteHandle implements sdk.AnteDecorator.
func (d BlobDecorator) AnteHandle(ctx sdk.Context, tx sdk.Tx, simulate bool, next sdk.AnteHandler) (sdk.Context, error) {
	lane, err := types.LaneOf(tx)
	if err != nil {
		return ctx, err
	}
	if lane.IsBlob() {
		for _, m := range tx.GetMsgs() {
			if _, err := d.k.CheckSubmitBlobs(ctx, m.(*types.MsgSubmitBlobs)); err != nil {
				return ctx, err
			}
		}
	}
	return next(ctx, tx, simulate)
}
