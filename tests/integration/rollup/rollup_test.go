// Package rollup_test drives x/rollup with real x/auth and x/bank keepers, so that fee burns are
// checked against real balances and supply rather than against mock expectations.
package rollup_test

import (
	"testing"

	abci "github.com/cometbft/cometbft/abci/types"
	"github.com/cometbft/cometbft/crypto/merkle"
	cmtproto "github.com/cometbft/cometbft/proto/tendermint/types"
	"github.com/cosmos/gogoproto/proto"
	"github.com/stretchr/testify/require"

	"cosmossdk.io/core/address"
	"cosmossdk.io/core/appmodule"
	"cosmossdk.io/log"
	"cosmossdk.io/math"
	"cosmossdk.io/store"
	"cosmossdk.io/store/metrics"
	storetypes "cosmossdk.io/store/types"
	dbm "github.com/cosmos/cosmos-db"

	addresscodec "github.com/cosmos/cosmos-sdk/codec/address"
	"github.com/cosmos/cosmos-sdk/runtime"
	"github.com/cosmos/cosmos-sdk/testutil/integration"
	sdk "github.com/cosmos/cosmos-sdk/types"
	sdkerrors "github.com/cosmos/cosmos-sdk/types/errors"
	moduletestutil "github.com/cosmos/cosmos-sdk/types/module/testutil"
	"github.com/cosmos/cosmos-sdk/x/auth"
	authkeeper "github.com/cosmos/cosmos-sdk/x/auth/keeper"
	authsims "github.com/cosmos/cosmos-sdk/x/auth/simulation"
	authtypes "github.com/cosmos/cosmos-sdk/x/auth/types"
	"github.com/cosmos/cosmos-sdk/x/bank"
	bankkeeper "github.com/cosmos/cosmos-sdk/x/bank/keeper"
	banktestutil "github.com/cosmos/cosmos-sdk/x/bank/testutil"
	banktypes "github.com/cosmos/cosmos-sdk/x/bank/types"
	govtypes "github.com/cosmos/cosmos-sdk/x/gov/types"
	minttypes "github.com/cosmos/cosmos-sdk/x/mint/types"

	"github.com/seq-network/seq/x/rollup"
	rollupkeeper "github.com/seq-network/seq/x/rollup/keeper"
	"github.com/seq-network/seq/x/rollup/types"
)

const denom = types.DefaultFeeDenom

// fixture is an integration app with auth, bank and x/rollup, plus direct handles on what the
// test needs to inspect.
type fixture struct {
	t      *testing.T
	app    *integration.App
	cms    storetypes.CommitMultiStore
	ctx    sdk.Context
	bank   bankkeeper.Keeper
	rollup rollupkeeper.Keeper
	module rollup.AppModule
	query  types.QueryClient
	codec  address.Codec
}

// newFixture wires the keepers the way app_config.go does (x/rollup's module account is a
// Burner) on one multistore that also mounts x/rollup's transient store, which
// integration.CreateMultiStore would not.
func newFixture(t *testing.T) *fixture {
	t.Helper()
	encCfg := moduletestutil.MakeTestEncodingConfig(auth.AppModuleBasic{}, bank.AppModuleBasic{}, rollup.AppModule{})
	keys := storetypes.NewKVStoreKeys(authtypes.StoreKey, banktypes.StoreKey, types.StoreKey)
	tkey := storetypes.NewTransientStoreKey(types.TransientStoreKey)
	logger := log.NewNopLogger()

	db := dbm.NewMemDB()
	cms := store.NewCommitMultiStore(db, logger, metrics.NewNoOpMetrics())
	// A nil DB gives every store its own prefix of db; sharing db itself across IAVL stores (as
	// integration.CreateMultiStore does) breaks on the first Commit, which this test needs.
	for _, k := range keys {
		cms.MountStoreWithDB(k, storetypes.StoreTypeIAVL, nil)
	}
	cms.MountStoreWithDB(tkey, storetypes.StoreTypeTransient, nil)
	require.NoError(t, cms.LoadLatestVersion())
	ctx := sdk.NewContext(cms, cmtproto.Header{}, false, logger)

	codec := addresscodec.NewBech32Codec("seq")
	authority, err := codec.BytesToString(authtypes.NewModuleAddress(govtypes.ModuleName))
	require.NoError(t, err)
	ak := authkeeper.NewAccountKeeper(encCfg.Codec, runtime.NewKVStoreService(keys[authtypes.StoreKey]), authtypes.ProtoBaseAccount,
		map[string][]string{minttypes.ModuleName: {authtypes.Minter}, types.ModuleName: {authtypes.Burner}},
		codec, "seq", authority)
	bk := bankkeeper.NewBaseKeeper(encCfg.Codec, runtime.NewKVStoreService(keys[banktypes.StoreKey]), ak, nil, authority, logger)
	rk := rollupkeeper.NewKeeper(encCfg.Codec, codec, runtime.NewKVStoreService(keys[types.StoreKey]),
		runtime.NewTransientStoreService(tkey), authority, bk)
	rm := rollup.NewAppModule(encCfg.Codec, rk)

	app := integration.NewIntegrationApp(ctx, logger, keys, encCfg.Codec, map[string]appmodule.AppModule{
		authtypes.ModuleName: auth.NewAppModule(encCfg.Codec, ak, authsims.RandomGenesisAccounts, nil),
		banktypes.ModuleName: bank.NewAppModule(encCfg.Codec, bk, ak, nil),
		types.ModuleName:     rm,
	})
	types.RegisterMsgServer(app.MsgServiceRouter(), rollupkeeper.NewMsgServerImpl(rk))
	types.RegisterQueryServer(app.QueryHelper(), rollupkeeper.NewQueryServerImpl(rk))

	return &fixture{
		t: t, app: app, cms: cms, ctx: sdk.UnwrapSDKContext(app.Context()).WithBlockHeight(1),
		bank: bk, rollup: rk, module: rm, query: types.NewQueryClient(app.QueryHelper()), codec: codec,
	}
}

// account returns a deterministic address funded with amount useq.
func (f *fixture) account(name string, amount int64) (sdk.AccAddress, string) {
	bz := make([]byte, 20)
	copy(bz, name)
	addr := sdk.AccAddress(bz)
	if amount > 0 {
		require.NoError(f.t, banktestutil.FundAccount(f.ctx, f.bank, addr, sdk.NewCoins(sdk.NewInt64Coin(denom, amount))))
	}
	s, err := f.codec.BytesToString(addr)
	require.NoError(f.t, err)
	return addr, s
}

// deliver routes msg through the app's Msg service router in a cache context that is written
// only on success, as DeliverTx does, and returns the handler's events.
func (f *fixture) deliver(msg sdk.Msg) ([]abci.Event, error) {
	handler := f.app.MsgServiceRouter().Handler(msg)
	require.NotNil(f.t, handler, "no route for %s", sdk.MsgTypeURL(msg))
	cache, write := f.ctx.CacheContext()
	res, err := handler(cache, msg)
	if err != nil {
		return nil, err
	}
	write()
	return res.Events, nil
}

// endBlock runs x/rollup's EndBlock with a fresh event manager, commits (which empties the
// transient store) and moves to the next height. It returns the EndBlock's events.
func (f *fixture) endBlock() []abci.Event {
	f.ctx = f.ctx.WithEventManager(sdk.NewEventManager())
	require.NoError(f.t, f.module.EndBlock(f.ctx))
	events := f.ctx.EventManager().ABCIEvents()
	f.cms.Commit()
	f.ctx = f.ctx.WithBlockHeight(f.ctx.BlockHeight() + 1)
	return events
}

func (f *fixture) balance(addr sdk.AccAddress) math.Int {
	return f.bank.GetBalance(f.ctx, addr, denom).Amount
}

func (f *fixture) supply() math.Int { return f.bank.GetSupply(f.ctx, denom).Amount }

// typed returns the typed events of want's type, decoded.
func typed(t *testing.T, events []abci.Event, want proto.Message) []proto.Message {
	t.Helper()
	var out []proto.Message
	for _, e := range events {
		if e.Type != proto.MessageName(want) {
			continue
		}
		msg, err := sdk.ParseTypedEvent(e)
		require.NoError(t, err)
		out = append(out, msg)
	}
	return out
}

// hasBurn reports whether the bank emitted a burn of amount from burner (x/rollup's module account).
func hasBurn(events []abci.Event, burner string, amount sdk.Coins) bool {
	for _, e := range events {
		if e.Type != banktypes.EventTypeCoinBurn {
			continue
		}
		attrs := map[string]string{}
		for _, a := range e.Attributes {
			attrs[a.Key] = a.Value
		}
		if attrs[banktypes.AttributeKeyBurner] == burner && attrs[sdk.AttributeKeyAmount] == amount.String() {
			return true
		}
	}
	return false
}

func TestRollupFeesAreBurnedFromRealBalances(t *testing.T) {
	f := newFixture(t)
	params, err := f.rollup.Params.Get(f.ctx)
	require.NoError(t, err)
	require.Equal(t, types.DefaultParams(), params, "InitChain imported the default genesis")

	owner, ownerStr := f.account("owner", 5_000_000)
	batcher, batcherStr := f.account("batcher", 1_000_000)
	poor, poorStr := f.account("poor", 1)
	moduleAddr := authtypes.NewModuleAddress(types.ModuleName)
	supply0 := f.supply()

	// Register: the registration fee leaves the owner and the supply, and does not stay in the
	// module account.
	regFee := params.RegistrationFee
	events, err := f.deliver(&types.MsgRegisterRollup{Owner: ownerStr, RollupId: "demo", MaxBlobBytes: 4096, LaneQuotaBytes: 8192})
	require.NoError(t, err)
	require.Equal(t, math.NewInt(5_000_000).Sub(regFee.Amount), f.balance(owner))
	require.Equal(t, supply0.Sub(regFee.Amount), f.supply())
	require.True(t, f.balance(moduleAddr).IsZero())
	require.Len(t, typed(t, events, &types.EventRollupRegistered{}), 1)
	require.True(t, hasBurn(events, moduleAddr.String(), sdk.NewCoins(regFee)), "bank burn event")

	// Submit: 1801 bytes at the 0.01 floor = 18.01, charged 19.
	blobs := [][]byte{make([]byte, 1234), make([]byte, 567)}
	blobs[0][0], blobs[1][0] = 1, 2
	events, err = f.deliver(&types.MsgSubmitBlobs{Sender: batcherStr, RollupId: "demo", Blobs: blobs, MaxFeePerByte: params.MinBaseFee})
	require.NoError(t, err)
	// The fee is collected in the module account; EndBlock burns it.
	blobFee := sdk.NewInt64Coin(denom, 19)
	require.Equal(t, math.NewInt(1_000_000-19), f.balance(batcher))
	require.Equal(t, math.NewInt(19), f.balance(moduleAddr))
	require.Equal(t, supply0.Sub(regFee.Amount), f.supply())
	submitted := typed(t, events, &types.EventBlobsSubmitted{})
	require.Len(t, submitted, 1)
	require.Equal(t, &types.EventBlobsSubmitted{RollupId: "demo", Sender: batcherStr, BlobCount: 2, Bytes: 1801,
		Fee: blobFee.String(), FirstIndex: 0}, submitted[0])
	require.False(t, hasBurn(events, moduleAddr.String(), sdk.NewCoins(blobFee)))

	// Failures change no balance: the fee cap is checked before any transfer, and a failed
	// transfer is rolled back with the rest of the message.
	supply1 := f.supply()
	_, err = f.deliver(&types.MsgSubmitBlobs{Sender: batcherStr, RollupId: "demo", Blobs: blobs,
		MaxFeePerByte: math.LegacyMustNewDecFromStr("0.001")})
	require.ErrorIs(t, err, types.ErrFeeCapTooLow)
	_, err = f.deliver(&types.MsgSubmitBlobs{Sender: poorStr, RollupId: "demo", Blobs: blobs, MaxFeePerByte: params.MinBaseFee})
	require.ErrorIs(t, err, sdkerrors.ErrInsufficientFunds)
	_, err = f.deliver(&types.MsgRegisterRollup{Owner: poorStr, RollupId: "poor", MaxBlobBytes: 1, LaneQuotaBytes: 1})
	require.ErrorIs(t, err, sdkerrors.ErrInsufficientFunds)
	require.Equal(t, math.NewInt(1_000_000-19), f.balance(batcher))
	require.Equal(t, math.OneInt(), f.balance(poor))
	require.Equal(t, supply1, f.supply())
	_, err = f.rollup.GetRollup(f.ctx, "poor")
	require.ErrorIs(t, err, types.ErrRollupNotFound)

	// End the block: only the successful submission is committed, and it verifies; its fee,
	// and only its fee, leaves the supply.
	height := f.ctx.BlockHeight()
	events = f.endBlock()
	require.True(t, hasBurn(events, moduleAddr.String(), sdk.NewCoins(blobFee)), "bank burn event")
	require.True(t, f.balance(moduleAddr).IsZero())
	require.Equal(t, supply0.Sub(regFee.Amount).SubRaw(19), f.supply())
	blockEvents := typed(t, events, &types.EventBlockCommitted{})
	require.Len(t, blockEvents, 1)
	batchEvents := typed(t, events, &types.EventBatchCommitted{})
	require.Len(t, batchEvents, 1)
	require.Equal(t, uint32(2), batchEvents[0].(*types.EventBatchCommitted).BlobCount)

	resp, err := f.query.InclusionProof(f.ctx, &types.QueryInclusionProofRequest{RollupId: "demo", Height: height})
	require.NoError(t, err)
	require.Equal(t, blockEvents[0].(*types.EventBlockCommitted).RollupsRoot, resp.RollupsRoot)
	proof, err := merkle.ProofFromProto(&resp.Proof)
	require.NoError(t, err)
	require.NoError(t, types.VerifyBatch(blobs, resp.Entry, resp.RollupsRoot, proof))

	heights, err := f.query.RollupHeights(f.ctx, &types.QueryRollupHeightsRequest{RollupId: "demo"})
	require.NoError(t, err)
	require.Equal(t, []int64{height}, heights.Heights)

	// The next block starts with an empty batch: nothing committed, nothing burned.
	supply2 := f.supply()
	require.Empty(t, typed(t, f.endBlock(), &types.EventBlockCommitted{}))
	require.Equal(t, supply2, f.supply())
}
