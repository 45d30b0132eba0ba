package keeper

import (
	sdk "github.com/cosmos/cosmos-sdk/types"

	"github.com/seq-network/seq/x/rollup/types"
)

// BlobDecorator rejects, before signature checks, a blob tx that mixes lanes or whose blobs
// would fail in the Msg handler. CheckTx runs only the ante chain, so without it bad blobs would
// enter the mempool, cost every validator work and fail only in FinalizeBlock. It also puts the
// tx's blob fee into the context, for FeeBank to charge with the tx fee (prepaid.go).
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
		var check BlobCheck
		var fee sdk.Coins
		for _, m := range tx.GetMsgs() {
			if check, err = d.k.CheckSubmitBlobs(ctx, m.(*types.MsgSubmitBlobs)); err != nil {
				return ctx, err
			}
			fee = fee.Add(check.Fee())
		}
		// Each message may fit the lane alone while the tx does not; such a tx could never be
		// proposed and would sit in the mempool for free.
		if lane.BlobBytes > check.Rollup.LaneQuotaBytes {
			return ctx, types.ErrLaneQuotaExceeded.Wrapf("tx carries %d > %d bytes", lane.BlobBytes, check.Rollup.LaneQuotaBytes)
		}
		ctx = withBlobFeeDue(ctx, fee)
	}
	return next(ctx, tx, simulate)
}
