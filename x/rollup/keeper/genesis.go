package keeper

import (
	"context"

	"cosmossdk.io/collections"
	"cosmossdk.io/math"

	"github.com/seq-network/seq/x/rollup/types"
)

// InitGenesis writes a validated genesis state.
func (k Keeper) InitGenesis(ctx context.Context, gs *types.GenesisState) error {
	if err := gs.Validate(); err != nil {
		return err
	}
	if err := k.Params.Set(ctx, gs.Params); err != nil {
		return err
	}
	for _, r := range gs.Rollups {
		if err := k.Rollups.Set(ctx, r.Id, r); err != nil {
			return err
		}
	}
	for _, f := range gs.BaseFees {
		if err := k.BaseFees.Set(ctx, f.RollupId, f.BaseFee); err != nil {
			return err
		}
	}
	for _, c := range gs.Commitments {
		if err := k.importCommitment(ctx, c); err != nil {
			return err
		}
	}
	return nil
}

func (k Keeper) importCommitment(ctx context.Context, c types.BlockCommitment) error {
	if err := k.Commitments.Set(ctx, c.Height, c); err != nil {
		return err
	}
	for _, e := range c.Entries {
		if err := k.RollupHeights.Set(ctx, collections.Join(e.RollupId, c.Height), e); err != nil {
			return err
		}
	}
	return nil
}

// ExportGenesis reads the whole state back; RollupHeights is rebuilt from the commitments on import.
func (k Keeper) ExportGenesis(ctx context.Context) (*types.GenesisState, error) {
	params, err := k.Params.Get(ctx)
	if err != nil {
		return nil, err
	}
	gs := &types.GenesisState{Params: params}
	err = k.Rollups.Walk(ctx, nil, func(_ string, r types.Rollup) (bool, error) {
		gs.Rollups = append(gs.Rollups, r)
		return false, nil
	})
	if err != nil {
		return nil, err
	}
	err = k.BaseFees.Walk(ctx, nil, func(id string, fee math.LegacyDec) (bool, error) {
		gs.BaseFees = append(gs.BaseFees, types.RollupBaseFee{RollupId: id, BaseFee: fee})
		return false, nil
	})
	if err != nil {
		return nil, err
	}
	err = k.Commitments.Walk(ctx, nil, func(_ int64, c types.BlockCommitment) (bool, error) {
		gs.Commitments = append(gs.Commitments, c)
		return false, nil
	})
	return gs, err
}
