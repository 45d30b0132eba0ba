package keeper

import (
	"context"

	"cosmossdk.io/collections"

	sdk "github.com/cosmos/cosmos-sdk/types"

	"github.com/seq-network/seq/x/checkpoint/sighash"
	"github.com/seq-network/seq/x/checkpoint/types"
)

// InitGenesis writes a validated genesis state. Keys in genesis must carry a valid proof of
// possession for the genesis chain id; the validators need not exist yet (genutil creates them).
func (k Keeper) InitGenesis(ctx context.Context, gs *types.GenesisState) error {
	if err := gs.Validate(); err != nil {
		return err
	}
	if err := k.Params.Set(ctx, gs.Params); err != nil {
		return err
	}
	chainID := sdk.UnwrapSDKContext(ctx).ChainID()
	for _, key := range gs.Keys {
		if err := k.importKey(ctx, chainID, key); err != nil {
			return err
		}
	}
	for _, v := range gs.Valsets {
		if err := k.Valsets.Set(ctx, v.Hash, v); err != nil {
			return err
		}
	}
	for _, c := range gs.Checkpoints {
		if err := k.storeCheckpoint(ctx, c); err != nil {
			return err
		}
	}
	for _, s := range gs.Signatures {
		if err := k.Signatures.Set(ctx, collections.Join(s.Epoch, s.Slot), s.Signature); err != nil {
			return err
		}
	}
	if len(gs.NextSignersHash) > 0 {
		return k.NextSigners.Set(ctx, gs.NextSignersHash)
	}
	return nil
}

func (k Keeper) importKey(ctx context.Context, chainID string, key types.CheckpointKey) error {
	val, err := k.valCodec.StringToBytes(key.Validator)
	if err != nil {
		return types.ErrInvalidGenesis.Wrapf("key validator %q: %s", key.Validator, err)
	}
	if err := sighash.VerifyPoP(key.Pubkey, chainID, val, key.ProofOfPossession); err != nil {
		return types.ErrInvalidProofOfPossession.Wrapf("genesis key of %s: %s", key.Validator, err)
	}
	_, err = k.setKey(ctx, val, key)
	return err
}

// ExportGenesis reads the whole state back; pending epochs and checkpoint heights are rebuilt
// from the checkpoints on import.
func (k Keeper) ExportGenesis(ctx context.Context) (*types.GenesisState, error) {
	params, err := k.Params.Get(ctx)
	if err != nil {
		return nil, err
	}
	gs := &types.GenesisState{Params: params}
	if gs.Keys, err = k.exportKeys(ctx); err != nil {
		return nil, err
	}
	if err := k.Valsets.Walk(ctx, nil, func(_ []byte, v types.Valset) (bool, error) {
		gs.Valsets = append(gs.Valsets, v)
		return false, nil
	}); err != nil {
		return nil, err
	}
	if err := k.Checkpoints.Walk(ctx, nil, func(_ uint64, c types.Checkpoint) (bool, error) {
		gs.Checkpoints = append(gs.Checkpoints, c)
		return false, nil
	}); err != nil {
		return nil, err
	}
	if err := k.Signatures.Walk(ctx, nil, func(key collections.Pair[uint64, uint32], sig []byte) (bool, error) {
		gs.Signatures = append(gs.Signatures, types.EpochSignature{Epoch: key.K1(), Slot: key.K2(), Signature: sig})
		return false, nil
	}); err != nil {
		return nil, err
	}
	gs.NextSignersHash, err = k.NextSigners.Get(ctx)
	if isNotFound(err) {
		err = nil
	}
	return gs, err
}

// exportKeys exports the keys with their proofs of possession.
func (k Keeper) exportKeys(ctx context.Context) ([]types.CheckpointKey, error) {
	var keys []types.CheckpointKey
	err := k.CheckpointKeys.Walk(ctx, nil, func(_ sdk.ValAddress, key types.CheckpointKey) (bool, error) {
		keys = append(keys, key)
		return false, nil
	})
	return keys, err
}
