package checkpoint

import (
	"context"

	"cosmossdk.io/collections"
	"cosmossdk.io/core/address"
	"cosmossdk.io/core/appmodule"
	"cosmossdk.io/core/store"
	"cosmossdk.io/depinject"

	"github.com/cosmos/cosmos-sdk/codec"
	"github.com/cosmos/cosmos-sdk/runtime"
	authtypes "github.com/cosmos/cosmos-sdk/x/auth/types"
	govtypes "github.com/cosmos/cosmos-sdk/x/gov/types"

	"github.com/seq-network/seq/x/checkpoint/keeper"
	"github.com/seq-network/seq/x/checkpoint/types"
	rollupkeeper "github.com/seq-network/seq/x/rollup/keeper"
	rolluptypes "github.com/seq-network/seq/x/rollup/types"
)

func init() {
	appmodule.Register(&types.Module{}, appmodule.Provide(ProvideModule))
}

// ModuleInputs are what x/checkpoint needs from the app.
type ModuleInputs struct {
	depinject.In

	Config                *types.Module
	Cdc                   codec.Codec
	AddressCodec          address.Codec
	ValidatorAddressCodec runtime.ValidatorAddressCodec
	StoreService          store.KVStoreService
	StakingKeeper         types.StakingKeeper
	RollupKeeper          rollupkeeper.Keeper
}

// ModuleOutputs are what x/checkpoint gives the app.
type ModuleOutputs struct {
	depinject.Out

	Keeper keeper.Keeper
	Module appmodule.AppModule
}

// ProvideModule builds the keeper; the authority defaults to the x/gov module account.
func ProvideModule(in ModuleInputs) ModuleOutputs {
	authority := authtypes.NewModuleAddress(govtypes.ModuleName).String()
	if in.Config.Authority != "" {
		authority = authtypes.NewModuleAddressOrBech32Address(in.Config.Authority).String()
	}
	k := keeper.NewKeeper(in.Cdc, in.AddressCodec, in.ValidatorAddressCodec, in.StoreService, authority,
		in.StakingKeeper, RollupCommitments{Keeper: in.RollupKeeper})
	return ModuleOutputs{Keeper: k, Module: NewAppModule(in.Cdc, k)}
}

// RollupCommitments adapts x/rollup's keeper to types.RollupKeeper: it reads the stored block
// commitments (only heights where some rollup had data exist) in a height range.
type RollupCommitments struct {
	Keeper rollupkeeper.Keeper
}

// CommitmentRoots returns (height, rollups_root) for from < height <= to, ascending.
func (r RollupCommitments) CommitmentRoots(ctx context.Context, from, to int64) ([]types.HeightRoot, error) {
	rng := new(collections.Range[int64]).StartExclusive(from).EndInclusive(to)
	var out []types.HeightRoot
	err := r.Keeper.Commitments.Walk(ctx, rng, func(h int64, c rolluptypes.BlockCommitment) (bool, error) {
		out = append(out, types.HeightRoot{Height: h, RollupsRoot: c.RollupsRoot})
		return false, nil
	})
	return out, err
}
