package app

import (
	runtimev1alpha1 "cosmossdk.io/api/cosmos/app/runtime/v1alpha1"
	appv1alpha1 "cosmossdk.io/api/cosmos/app/v1alpha1"
	authmodulev1 "cosmossdk.io/api/cosmos/auth/module/v1"
	bankmodulev1 "cosmossdk.io/api/cosmos/bank/module/v1"
	consensusmodulev1 "cosmossdk.io/api/cosmos/consensus/module/v1"
	distrmodulev1 "cosmossdk.io/api/cosmos/distribution/module/v1"
	evidencemodulev1 "cosmossdk.io/api/cosmos/evidence/module/v1"
	genutilmodulev1 "cosmossdk.io/api/cosmos/genutil/module/v1"
	govmodulev1 "cosmossdk.io/api/cosmos/gov/module/v1"
	slashingmodulev1 "cosmossdk.io/api/cosmos/slashing/module/v1"
	stakingmodulev1 "cosmossdk.io/api/cosmos/staking/module/v1"
	txconfigv1 "cosmossdk.io/api/cosmos/tx/config/v1"
	upgrademodulev1 "cosmossdk.io/api/cosmos/upgrade/module/v1"
	"cosmossdk.io/depinject"
	"cosmossdk.io/depinject/appconfig"
	_ "cosmossdk.io/x/evidence" // import for side-effects
	evidencetypes "cosmossdk.io/x/evidence/types"
	_ "cosmossdk.io/x/upgrade" // import for side-effects
	upgradetypes "cosmossdk.io/x/upgrade/types"

	"github.com/cosmos/cosmos-sdk/runtime"
	"github.com/cosmos/cosmos-sdk/types/module"
	_ "github.com/cosmos/cosmos-sdk/x/auth"           // import for side-effects
	_ "github.com/cosmos/cosmos-sdk/x/auth/tx/config" // import for side-effects
	authtypes "github.com/cosmos/cosmos-sdk/x/auth/types"
	_ "github.com/cosmos/cosmos-sdk/x/bank" // import for side-effects
	banktypes "github.com/cosmos/cosmos-sdk/x/bank/types"
	_ "github.com/cosmos/cosmos-sdk/x/consensus" // import for side-effects
	consensustypes "github.com/cosmos/cosmos-sdk/x/consensus/types"
	_ "github.com/cosmos/cosmos-sdk/x/distribution" // import for side-effects
	distrtypes "github.com/cosmos/cosmos-sdk/x/distribution/types"
	"github.com/cosmos/cosmos-sdk/x/genutil"
	genutiltypes "github.com/cosmos/cosmos-sdk/x/genutil/types"
	"github.com/cosmos/cosmos-sdk/x/gov"
	govclient "github.com/cosmos/cosmos-sdk/x/gov/client"
	govtypes "github.com/cosmos/cosmos-sdk/x/gov/types"
	_ "github.com/cosmos/cosmos-sdk/x/slashing" // import for side-effects
	slashingtypes "github.com/cosmos/cosmos-sdk/x/slashing/types"
	_ "github.com/cosmos/cosmos-sdk/x/staking" // import for side-effects
	stakingtypes "github.com/cosmos/cosmos-sdk/x/staking/types"

	_ "github.com/seq-network/seq/x/checkpoint" // import for side-effects
	checkpointtypes "github.com/seq-network/seq/x/checkpoint/types"
	_ "github.com/seq-network/seq/x/rollup" // import for side-effects
	rolluptypes "github.com/seq-network/seq/x/rollup/types"
)

var (
	// moduleAccPerms: x/rollup burns registration and blob fees, so it needs Burner.
	moduleAccPerms = []*authmodulev1.ModuleAccountPermission{
		{Account: authtypes.FeeCollectorName},
		{Account: distrtypes.ModuleName},
		{Account: stakingtypes.BondedPoolName, Permissions: []string{authtypes.Burner, stakingtypes.ModuleName}},
		{Account: stakingtypes.NotBondedPoolName, Permissions: []string{authtypes.Burner, stakingtypes.ModuleName}},
		{Account: govtypes.ModuleName, Permissions: []string{authtypes.Burner}},
		{Account: rolluptypes.ModuleName, Permissions: []string{authtypes.Burner}},
	}

	// blockAccAddrs may not receive funds from users.
	blockAccAddrs = []string{
		authtypes.FeeCollectorName,
		distrtypes.ModuleName,
		stakingtypes.BondedPoolName,
		stakingtypes.NotBondedPoolName,
		rolluptypes.ModuleName,
	}
)

// AppConfig is the depinject configuration of seqd.
func AppConfig() depinject.Config {
	return depinject.Configs(
		appconfig.Compose(&appv1alpha1.Config{Modules: moduleConfigs()}),
		depinject.Supply(map[string]module.AppModuleBasic{
			genutiltypes.ModuleName: genutil.NewAppModuleBasic(genutiltypes.DefaultMessageValidator),
			govtypes.ModuleName:     gov.NewAppModuleBasic([]govclient.ProposalHandler{}),
		}),
	)
}

func moduleConfigs() []*appv1alpha1.ModuleConfig {
	return []*appv1alpha1.ModuleConfig{
		{Name: runtime.ModuleName, Config: appconfig.WrapAny(runtimeConfig())},
		{Name: authtypes.ModuleName, Config: appconfig.WrapAny(&authmodulev1.Module{
			Bech32Prefix: Bech32Prefix, ModuleAccountPermissions: moduleAccPerms,
		})},
		{Name: banktypes.ModuleName, Config: appconfig.WrapAny(&bankmodulev1.Module{BlockedModuleAccountsOverride: blockAccAddrs})},
		{Name: stakingtypes.ModuleName, Config: appconfig.WrapAny(&stakingmodulev1.Module{
			Bech32PrefixValidator: Bech32Prefix + "valoper", Bech32PrefixConsensus: Bech32Prefix + "valcons",
		})},
		{Name: slashingtypes.ModuleName, Config: appconfig.WrapAny(&slashingmodulev1.Module{})},
		// SkipAnteHandler: app/ante.go builds the chain so that x/rollup's blob checks run in CheckTx.
		{Name: "tx", Config: appconfig.WrapAny(&txconfigv1.Config{SkipAnteHandler: true})},
		{Name: genutiltypes.ModuleName, Config: appconfig.WrapAny(&genutilmodulev1.Module{})},
		{Name: upgradetypes.ModuleName, Config: appconfig.WrapAny(&upgrademodulev1.Module{})},
		{Name: distrtypes.ModuleName, Config: appconfig.WrapAny(&distrmodulev1.Module{})},
		{Name: evidencetypes.ModuleName, Config: appconfig.WrapAny(&evidencemodulev1.Module{})},
		{Name: govtypes.ModuleName, Config: appconfig.WrapAny(&govmodulev1.Module{})},
		{Name: consensustypes.ModuleName, Config: appconfig.WrapAny(&consensusmodulev1.Module{})},
		{Name: rolluptypes.ModuleName, Config: appconfig.WrapAny(&rolluptypes.Module{})},
		{Name: checkpointtypes.ModuleName, Config: appconfig.WrapAny(&checkpointtypes.Module{})},
	}
}

func runtimeConfig() *runtimev1alpha1.Module {
	return &runtimev1alpha1.Module{
		AppName: AppName,
		// NOTE: upgrade must run first so that a scheduled upgrade halts before any state change;
		// auth's PreBlocker prunes expired unordered-tx nonces.
		PreBlockers: []string{upgradetypes.ModuleName, authtypes.ModuleName},
		// NOTE: distribution before slashing so the fee pool is empty when slashing happens;
		// staking last so that evidence and slashing see the validator set of this block.
		BeginBlockers: []string{distrtypes.ModuleName, slashingtypes.ModuleName, evidencetypes.ModuleName, stakingtypes.ModuleName},
		// NOTE: x/rollup commits batches before staking ends the block; it does not depend on staking.
		// NOTE: x/checkpoint runs last: its checkpoint reads this height's rollup commitment (x/rollup)
		// and its snapshot reads the bonded set after x/staking's updates of this block.
		EndBlockers: []string{govtypes.ModuleName, rolluptypes.ModuleName, stakingtypes.ModuleName, checkpointtypes.ModuleName},
		OverrideStoreKeys: []*runtimev1alpha1.StoreKeyConfig{
			{ModuleName: authtypes.ModuleName, KvStoreKey: "acc"},
		},
		// NOTE: genutil after staking (pools funded from genesis accounts) and after auth (params).
		InitGenesis: []string{
			authtypes.ModuleName, banktypes.ModuleName, distrtypes.ModuleName, stakingtypes.ModuleName,
			slashingtypes.ModuleName, govtypes.ModuleName, genutiltypes.ModuleName, evidencetypes.ModuleName,
			upgradetypes.ModuleName, consensustypes.ModuleName, rolluptypes.ModuleName,
			// NOTE: x/checkpoint after genutil, so that gentx validators exist when keys are imported.
			checkpointtypes.ModuleName,
		},
	}
}
