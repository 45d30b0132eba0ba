package rollup

import (
	"cosmossdk.io/core/address"
	"cosmossdk.io/core/appmodule"
	"cosmossdk.io/core/store"
	"cosmossdk.io/depinject"

	"github.com/cosmos/cosmos-sdk/codec"
	authtypes "github.com/cosmos/cosmos-sdk/x/auth/types"
	govtypes "github.com/cosmos/cosmos-sdk/x/gov/types"

	"github.com/seq-network/seq/x/rollup/keeper"
	"github.com/seq-network/seq/x/rollup/types"
)

func init() {
	appmodule.Register(&types.Module{}, appmodule.Provide(ProvideModule))
}

// ModuleInputs are what x/rollup needs from the app.
type ModuleInputs struct {
	depinject.In

	Config           *types.Module
	Cdc              codec.Codec
	AddressCodec     address.Codec
	StoreService     store.KVStoreService
	TransientService store.TransientStoreService
	BankKeeper       types.BankKeeper
}

// ModuleOutputs are what x/rollup gives the app.
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
	k := keeper.NewKeeper(in.Cdc, in.AddressCodec, in.StoreService, in.TransientService, authority, in.BankKeeper)
	return ModuleOutputs{Keeper: k, Module: NewAppModule(in.Cdc, k)}
}
