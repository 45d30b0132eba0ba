package keeper

import (
	"context"

	"cosmossdk.io/collections"
	"cosmossdk.io/math"

	sdk "github.com/cosmos/cosmos-sdk/types"

	"github.com/seq-network/seq/x/rollup/types"
)

// BlobCheck is what CheckSubmitBlobs learned about a valid MsgSubmitBlobs.
type BlobCheck struct {
	Rollup  types.Rollup
	Params  types.Params
	BaseFee math.LegacyDec
	Bytes   uint64
}

// Fee is the message's blob fee: base_fee x bytes, rounded up.
func (c BlobCheck) Fee() sdk.Coin {
	return sdk.NewCoin(c.Params.FeeDenom, types.BlobFee(c.BaseFee, c.Bytes))
}

// CheckSubmitBlobs validates a MsgSubmitBlobs against state without changing it. The ante handler
// runs it in CheckTx (where Msg handlers do not run), so bad blobs never enter the mempool; the Msg
// handler runs it again against the block's state.
func (k Keeper) CheckSubmitBlobs(ctx context.Context, msg *types.MsgSubmitBlobs) (BlobCheck, error) {
	if err := types.ValidateRollupID(msg.RollupId); err != nil {
		return BlobCheck{}, err
	}
	params, err := k.Params.Get(ctx)
	if err != nil {
		return BlobCheck{}, err
	}
	if len(msg.Blobs) == 0 {
		return BlobCheck{}, types.ErrNoBlobs
	}
	if len(msg.Blobs) > int(params.MaxBlobsPerMsg) {
		return BlobCheck{}, types.ErrTooManyBlobs.Wrapf("%d > %d", len(msg.Blobs), params.MaxBlobsPerMsg)
	}
	rollup, err := k.GetRollup(ctx, msg.RollupId)
	if err != nil {
		return BlobCheck{}, err
	}
	if rollup.Status != types.ROLLUP_STATUS_ACTIVE {
		return BlobCheck{}, types.ErrRollupPaused.Wrapf("rollup %q", rollup.Id)
	}
	total, err := checkBlobSizes(msg.Blobs, rollup)
	if err != nil {
		return BlobCheck{}, err
	}
	baseFee, err := k.BaseFee(ctx, rollup.Id, params)
	if err != nil {
		return BlobCheck{}, err
	}
	if msg.MaxFeePerByte.IsNil() || msg.MaxFeePerByte.LT(baseFee) {
		return BlobCheck{}, types.ErrFeeCapTooLow.Wrapf("max_fee_per_byte %s < base fee %s", msg.MaxFeePerByte, baseFee)
	}
	return BlobCheck{Rollup: rollup, Params: params, BaseFee: baseFee, Bytes: total}, nil
}

// checkBlobSizes rejects empty and oversized blobs and a total above the lane quota.
func checkBlobSizes(blobs [][]byte, rollup types.Rollup) (uint64, error) {
	var total uint64
	for i, b := range blobs {
		if len(b) == 0 {
			return 0, types.ErrEmptyBlob.Wrapf("blob %d", i)
		}
		if uint64(len(b)) > rollup.MaxBlobBytes {
			return 0, types.ErrBlobTooLarge.Wrapf("blob %d: %d > %d bytes", i, len(b), rollup.MaxBlobBytes)
		}
		total += uint64(len(b))
	}
	if total > rollup.LaneQuotaBytes {
		return 0, types.ErrLaneQuotaExceeded.Wrapf("%d > %d bytes", total, rollup.LaneQuotaBytes)
	}
	return total, nil
}

// pendingBatch returns the rollup's batch of the block so far, refusing blobs that would push it
// over the lane quota, so that even a proposal that slipped past ProcessProposal cannot overfill a
// lane. It only reads, so a refused message leaves state (and the sender's balance) untouched.
func (k Keeper) pendingBatch(ctx context.Context, check BlobCheck) (types.BatchEntry, error) {
	id := check.Rollup.Id
	batch, err := k.PendingBatches.Get(ctx, id)
	if err != nil && !errorsIsNotFound(err) {
		return batch, err
	}
	if batch.Bytes+check.Bytes > check.Rollup.LaneQuotaBytes {
		return batch, types.ErrLaneQuotaExceeded.Wrapf("block batch of %q would hold %d > %d bytes",
			id, batch.Bytes+check.Bytes, check.Rollup.LaneQuotaBytes)
	}
	batch.RollupId = id
	return batch, nil
}

// appendPending records the blob hashes after the batch's existing ones and returns the index
// of the first.
func (k Keeper) appendPending(ctx context.Context, batch types.BatchEntry, blobs [][]byte, bytes uint64) (uint32, error) {
	first := batch.BlobCount
	for i, b := range blobs {
		if err := k.PendingBlobs.Set(ctx, collections.Join(batch.RollupId, first+uint32(i)), types.BlobHash(b)); err != nil {
			return 0, err
		}
	}
	batch.BlobCount, batch.Bytes = first+uint32(len(blobs)), batch.Bytes+bytes
	return first, k.PendingBatches.Set(ctx, batch.RollupId, batch)
}
