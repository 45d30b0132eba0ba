// Package app wires seqd: the SDK's PoS modules plus x/rollup and x/checkpoint, the
// lane-ordering proposal handlers with the quorum-certificate injection, the vote-extension
// handlers and the ante chain.
package app

import (
	"io"

	dbm "github.com/cosmos/cosmos-db"

	"cosmossdk.io/depinject"
	"cosmossdk.io/log"
	storetypes "cosmossdk.io/store/types"
	evidencekeeper "cosmossdk.io/x/evidence/keeper"
	upgradekeeper "cosmossdk.io/x/upgrade/keeper"

	"github.com/cosmos/cosmos-sdk/baseapp"
	"github.com/cosmos/cosmos-sdk/client"
	"github.com/cosmos/cosmos-sdk/codec"
	codectypes "github.com/cosmos/cosmos-sdk/codec/types"
	"github.com/cosmos/cosmos-sdk/runtime"
	"github.com/cosmos/cosmos-sdk/server/api"
	"github.com/cosmos/cosmos-sdk/server/config"
	servertypes "github.com/cosmos/cosmos-sdk/server/types"
	"github.com/cosmos/cosmos-sdk/types/module"
	authkeeper "github.com/cosmos/cosmos-sdk/x/auth/keeper"
	bankkeeper "github.com/cosmos/cosmos-sdk/x/bank/keeper"
	consensuskeeper "github.com/cosmos/cosmos-sdk/x/consensus/keeper"
	distrkeeper "github.com/cosmos/cosmos-sdk/x/distribution/keeper"
	govkeeper "github.com/cosmos/cosmos-sdk/x/gov/keeper"
	slashingkeeper "github.com/cosmos/cosmos-sdk/x/slashing/keeper"
	stakingkeeper "github.com/cosmos/cosmos-sdk/x/staking/keeper"

	checkpointkeeper "github.com/seq-network/seq/x/checkpoint/keeper"
	rollupkeeper "github.com/seq-network/seq/x/rollup/keeper"
)

var (
	_ runtime.AppI            = (*SeqApp)(nil)
	_ servertypes.Application = (*SeqApp)(nil)
)

// SeqApp is the seq application.
type SeqApp struct {
	*runtime.App
	legacyAmino       *codec.LegacyAmino
	appCodec          codec.Codec
	txConfig          client.TxConfig
	interfaceRegistry codectypes.InterfaceRegistry

	AccountKeeper         authkeeper.AccountKeeper
	BankKeeper            bankkeeper.BaseKeeper
	StakingKeeper         *stakingkeeper.Keeper
	SlashingKeeper        slashingkeeper.Keeper
	DistrKeeper           distrkeeper.Keeper
	GovKeeper             *govkeeper.Keeper
	UpgradeKeeper         *upgradekeeper.Keeper
	EvidenceKeeper        evidencekeeper.Keeper
	ConsensusParamsKeeper consensuskeeper.Keeper
	RollupKeeper          rollupkeeper.Keeper
	CheckpointKeeper      checkpointkeeper.Keeper

	admission *admission
	txs       *txCache
}

// NewSeqApp builds the app from AppConfig and loads the latest version if asked.
func NewSeqApp(
	logger log.Logger, db dbm.DB, traceStore io.Writer, loadLatest bool,
	appOpts servertypes.AppOptions, baseAppOptions ...func(*baseapp.BaseApp),
) *SeqApp {
	var (
		app        = &SeqApp{admission: newAdmission(appOpts)}
		appBuilder *runtime.AppBuilder
	)
	if err := depinject.Inject(
		depinject.Configs(AppConfig(), depinject.Supply(logger, appOpts)),
		&appBuilder, &app.appCodec, &app.legacyAmino, &app.txConfig, &app.interfaceRegistry,
		&app.AccountKeeper, &app.BankKeeper, &app.StakingKeeper, &app.SlashingKeeper, &app.DistrKeeper,
		&app.GovKeeper, &app.UpgradeKeeper, &app.EvidenceKeeper, &app.ConsensusParamsKeeper, &app.RollupKeeper,
		&app.CheckpointKeeper,
	); err != nil {
		panic(err)
	}
	app.App = appBuilder.Build(db, traceStore, baseAppOptions...)
	app.txs = newTxCache(app.txConfig.TxDecoder(), txCacheBytes)
	decode := app.txs.Decode
	app.SetTxDecoder(decode)
	if err := app.setAnteHandler(); err != nil {
		panic(err)
	}
	app.setABCIHandlers(appOpts, decode)
	if err := app.Load(loadLatest); err != nil {
		panic(err)
	}
	return app
}

// AppCodec returns the app's codec.
func (app *SeqApp) AppCodec() codec.Codec { return app.appCodec }

// LegacyAmino returns the amino codec the SDK's runtime still requires; seq registers nothing on it.
func (app *SeqApp) LegacyAmino() *codec.LegacyAmino { return app.legacyAmino }

// InterfaceRegistry returns the interface registry.
func (app *SeqApp) InterfaceRegistry() codectypes.InterfaceRegistry { return app.interfaceRegistry }

// TxConfig returns the tx config.
func (app *SeqApp) TxConfig() client.TxConfig { return app.txConfig }

// GetKey returns a KV store key, for tests.
func (app *SeqApp) GetKey(storeKey string) *storetypes.KVStoreKey {
	sk := app.UnsafeFindStoreKey(storeKey)
	kvStoreKey, ok := sk.(*storetypes.KVStoreKey)
	if !ok {
		return nil
	}
	return kvStoreKey
}

// RegisterAPIRoutes serves the REST gateway and the swagger-less API.
func (app *SeqApp) RegisterAPIRoutes(apiSvr *api.Server, apiConfig config.APIConfig) {
	app.App.RegisterAPIRoutes(apiSvr, apiConfig)
}

// SimulationManager returns nil: seq runs no SDK simulations; its randomized checks live in app/test.
func (app *SeqApp) SimulationManager() *module.SimulationManager { return nil }
