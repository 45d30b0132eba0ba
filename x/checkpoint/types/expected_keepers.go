package types

import (
	"context"

	"cosmossdk.io/math"

	sdk "github.com/cosmos/cosmos-sdk/types"
	stakingtypes "github.com/cosmos/cosmos-sdk/x/staking/types"
)

// StakingKeeper is the x/staking state the module reads: the bonded set for snapshots and the
// consensus-address → validator map for vote extensions.
type StakingKeeper interface {
	GetBondedValidatorsByPower(ctx context.Context) ([]stakingtypes.Validator, error)
	PowerReduction(ctx context.Context) math.Int
	GetValidator(ctx context.Context, addr sdk.ValAddress) (stakingtypes.Validator, error)
	GetValidatorByConsAddr(ctx context.Context, consAddr sdk.ConsAddress) (stakingtypes.Validator, error)
}

// HeightRoot is one height's rollups_root from x/rollup.
type HeightRoot struct {
	Height      int64
	RollupsRoot []byte
}

// RollupKeeper reads x/rollup's block commitments.
type RollupKeeper interface {
	// CommitmentRoots returns, ascending, (height, rollups_root) of every stored block
	// commitment with from < height <= to.
	CommitmentRoots(ctx context.Context, from, to int64) ([]HeightRoot, error)
}
