package keeper

import (
	"context"

	"github.com/cosmos/gogoproto/proto"

	sdk "github.com/cosmos/cosmos-sdk/types"

	"github.com/seq-network/seq/x/checkpoint/types"
)

func emit(ctx context.Context, ev proto.Message) error {
	return sdk.UnwrapSDKContext(ctx).EventManager().EmitTypedEvent(ev)
}

func emitKeyRegistered(ctx context.Context, key types.CheckpointKey, previous []byte) error {
	return emit(ctx, &types.EventCheckpointKeyRegistered{Validator: key.Validator, Pubkey: key.Pubkey, PreviousPubkey: previous})
}

func emitValsetSnapshotted(ctx context.Context, v types.Valset) error {
	return emit(ctx, &types.EventValsetSnapshotted{Hash: v.Hash, Members: uint32(len(v.Members)), TotalPower: v.TotalPower})
}

func emitCheckpointCreated(ctx context.Context, c types.Checkpoint) error {
	return emit(ctx, &types.EventCheckpointCreated{
		Epoch: c.Epoch, Height: c.Height, CheckpointHash: c.CheckpointHash, MsgHash: c.MsgHash,
		ValsetHash: c.ValsetHash, NextValsetHash: c.NextValsetHash,
	})
}

func emitCheckpointSigned(ctx context.Context, c types.Checkpoint, slots []uint32, total uint64) error {
	return emit(ctx, &types.EventCheckpointSigned{Epoch: c.Epoch, Slots: slots, SignedPower: c.SignedPower, TotalPower: total})
}

func emitCheckpointCertified(ctx context.Context, c types.Checkpoint, v types.Valset, signers uint32) error {
	return emit(ctx, &types.EventCheckpointCertified{
		Epoch: c.Epoch, Height: c.CertifiedHeight, CheckpointHash: c.CheckpointHash,
		SignedPower: c.SignedPower, TotalPower: v.TotalPower, Signers: signers,
	})
}
