package keeper

import (
	"bytes"
	"context"

	sdk "github.com/cosmos/cosmos-sdk/types"

	"github.com/seq-network/seq/x/checkpoint/sighash"
	"github.com/seq-network/seq/x/checkpoint/types"
)

// EndBlocker makes checkpoint k at every height h with h % interval == 0. It runs after
// x/rollup's EndBlocker (which stores the block commitment of h) and after x/staking's (so the
// snapshot sees this block's bonded set).
//
// In FinalizeBlock of h, ctx.HeaderHash() is the hash of block h itself (CometBFT passes it in
// RequestFinalizeBlock.Hash) and the header's AppHash is the state root after h-1, so the
// checkpoint binds block h and the state before it; the state after h is committed by
// checkpoint k+1's app_hash (and by block h+1's header).
func (k Keeper) EndBlocker(ctx context.Context) error {
	sdkCtx := sdk.UnwrapSDKContext(ctx)
	params, err := k.Params.Get(ctx)
	if err != nil {
		return err
	}
	h := sdkCtx.BlockHeight()
	if h <= 0 || uint64(h)%params.Interval != 0 {
		return nil
	}
	_, err = k.MakeCheckpoint(sdkCtx, params)
	return err
}

// MakeCheckpoint snapshots the validator set and stores the next checkpoint for the block of ctx.
func (k Keeper) MakeCheckpoint(ctx sdk.Context, params types.Params) (types.Checkpoint, error) {
	next, err := k.Snapshot(ctx, params)
	if err != nil {
		return types.Checkpoint{}, err
	}
	signers, err := k.NextSigners.Get(ctx)
	if isNotFound(err) {
		signers, err = next.Hash, nil // the first checkpoint is signed by the set of its own height
	}
	if err != nil {
		return types.Checkpoint{}, err
	}
	c, err := k.newCheckpoint(ctx, params, signers, next.Hash)
	if err != nil {
		return c, err
	}
	if err := k.storeCheckpoint(ctx, c); err != nil {
		return c, err
	}
	if err := k.NextSigners.Set(ctx, next.Hash); err != nil {
		return c, err
	}
	return c, emitCheckpointCreated(ctx, c)
}

// newCheckpoint fills the fields of DESIGN.md §5 for the block of ctx.
func (k Keeper) newCheckpoint(ctx sdk.Context, params types.Params, valsetHash, nextValsetHash []byte) (types.Checkpoint, error) {
	prev, hasPrev, err := k.LatestCheckpoint(ctx)
	if err != nil {
		return types.Checkpoint{}, err
	}
	c := types.Checkpoint{Epoch: 1, Height: ctx.BlockHeight(), FirstHeight: 1, Status: types.CHECKPOINT_STATUS_PENDING}
	c.PrevHash = make([]byte, 32)
	if hasPrev {
		c.Epoch, c.FirstHeight, c.PrevHash = prev.Epoch+1, prev.Height+1, prev.CheckpointHash
	}
	roots, err := k.rollups.CommitmentRoots(ctx, c.FirstHeight-1, c.Height)
	if err != nil {
		return c, err
	}
	domain := sighash.Domain(ctx.ChainID(), params.L1ChainId)
	blockHash := types.Pad32(ctx.HeaderHash())
	appHash := types.Pad32(ctx.BlockHeader().AppHash)
	c.Domain, c.BlockHash, c.AppHash = domain[:], blockHash, appHash
	c.RollupsRoot = types.CheckpointRollupsRoot(types.DenseRoots(c.FirstHeight, c.Height, roots))
	c.ValsetHash, c.NextValsetHash = valsetHash, nextValsetHash
	c.Timestamp = uint64(max(ctx.BlockTime().Unix(), 0))
	c.Poster = make([]byte, 20)
	f := c.Fields()
	ch := f.CheckpointHash()
	c.CheckpointHash = ch[:]
	c.MsgHash = f.MsgHash().FillBytes(make([]byte, 32))
	return c, nil
}

func (k Keeper) storeCheckpoint(ctx context.Context, c types.Checkpoint) error {
	if err := k.Checkpoints.Set(ctx, c.Epoch, c); err != nil {
		return err
	}
	if err := k.CheckpointHeights.Set(ctx, c.Height, c.Epoch); err != nil {
		return err
	}
	if c.IsPending() {
		return k.PendingEpochs.Set(ctx, c.Epoch)
	}
	return nil
}

// Snapshot builds the current validator-set snapshot (bonded validators with registered keys,
// top `capacity` by x/staking consensus power, canonical order) and stores it if new.
func (k Keeper) Snapshot(ctx context.Context, params types.Params) (types.Valset, error) {
	members, err := k.currentMembers(ctx)
	if err != nil {
		return types.Valset{}, err
	}
	sortMembers(members)
	if len(members) > int(params.Capacity) {
		members = members[:params.Capacity]
	}
	v := types.Valset{Members: members, Capacity: params.Capacity, Height: sdk.UnwrapSDKContext(ctx).BlockHeight()}
	for _, m := range members {
		v.TotalPower += m.Power
	}
	hash, err := sighash.ValsetHash(v.SighashMembers(), int(params.Capacity))
	if err != nil {
		return v, err
	}
	v.Hash = hash[:]
	if has, err := k.Valsets.Has(ctx, v.Hash); err != nil || has {
		stored, gerr := k.GetValset(ctx, v.Hash)
		if err == nil {
			err = gerr
		}
		return stored, err
	}
	if err := k.Valsets.Set(ctx, v.Hash, v); err != nil {
		return v, err
	}
	return v, emitValsetSnapshotted(ctx, v)
}

// currentMembers lists the bonded validators with a registered key and non-zero power.
func (k Keeper) currentMembers(ctx context.Context) ([]types.ValsetMember, error) {
	vals, err := k.staking.GetBondedValidatorsByPower(ctx)
	if err != nil {
		return nil, err
	}
	reduction := k.staking.PowerReduction(ctx)
	var members []types.ValsetMember
	for _, v := range vals {
		power := v.GetConsensusPower(reduction)
		if power <= 0 {
			continue
		}
		op, err := k.valCodec.StringToBytes(v.GetOperator())
		if err != nil {
			return nil, err
		}
		key, err := k.CheckpointKeys.Get(ctx, op)
		if isNotFound(err) {
			continue
		}
		if err != nil {
			return nil, err
		}
		members = append(members, types.ValsetMember{Validator: key.Validator, Pubkey: key.Pubkey, Power: uint64(power)})
	}
	return members, nil
}

// sortMembers applies sighash's canonical order: power descending, then pubkey ascending.
func sortMembers(ms []types.ValsetMember) {
	less := func(a, b types.ValsetMember) bool {
		if a.Power != b.Power {
			return a.Power > b.Power
		}
		return bytes.Compare(a.Pubkey, b.Pubkey) < 0
	}
	for i := 1; i < len(ms); i++ { // insertion sort: stable, deterministic, n ≤ a few hundred
		for j := i; j > 0 && less(ms[j], ms[j-1]); j-- {
			ms[j], ms[j-1] = ms[j-1], ms[j]
		}
	}
}
