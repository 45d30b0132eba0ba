package keeper

import (
	"context"

	"github.com/cosmos/gogoproto/proto"

	sdk "github.com/cosmos/cosmos-sdk/types"

	"github.com/seq-network/seq/x/rollup/types"
)

func emit(ctx context.Context, ev proto.Message) error {
	return sdk.UnwrapSDKContext(ctx).EventManager().EmitTypedEvent(ev)
}

func emitRegistered(ctx context.Context, r types.Rollup) error {
	return emit(ctx, &types.EventRollupRegistered{
		RollupId: r.Id, Owner: r.Owner, MaxBlobBytes: r.MaxBlobBytes, LaneQuotaBytes: r.LaneQuotaBytes,
	})
}

func emitUpdated(ctx context.Context, r types.Rollup) error {
	return emit(ctx, &types.EventRollupUpdated{
		RollupId: r.Id, MaxBlobBytes: r.MaxBlobBytes, LaneQuotaBytes: r.LaneQuotaBytes, Status: r.Status.String(),
	})
}

func emitTransferred(ctx context.Context, id, from, to string) error {
	return emit(ctx, &types.EventRollupTransferred{RollupId: id, OldOwner: from, NewOwner: to})
}

func emitBlobsSubmitted(ctx context.Context, msg *types.MsgSubmitBlobs, bytes uint64, fee string, first uint32) error {
	return emit(ctx, &types.EventBlobsSubmitted{
		RollupId: msg.RollupId, Sender: msg.Sender, BlobCount: uint32(len(msg.Blobs)), Bytes: bytes, Fee: fee, FirstIndex: first,
	})
}

func emitBatchCommitted(ctx context.Context, height int64, e types.BatchEntry, next types.RollupBaseFee) error {
	return emit(ctx, &types.EventBatchCommitted{
		Height: height, RollupId: e.RollupId, BatchRoot: e.BatchRoot, BlobCount: e.BlobCount, Bytes: e.Bytes, NextBaseFee: next.BaseFee,
	})
}

func emitBlockCommitted(ctx context.Context, c types.BlockCommitment) error {
	return emit(ctx, &types.EventBlockCommitted{Height: c.Height, RollupsRoot: c.RollupsRoot, RollupCount: uint32(len(c.Entries))})
}
