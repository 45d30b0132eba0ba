package keeper_test

import (
	"bytes"
	"testing"

	"github.com/cosmos/gogoproto/proto"
	"github.com/stretchr/testify/suite"
	"go.uber.org/mock/gomock"

	"cosmossdk.io/core/address"
	"cosmossdk.io/math"
	storetypes "cosmossdk.io/store/types"

	addresscodec "github.com/cosmos/cosmos-sdk/codec/address"
	"github.com/cosmos/cosmos-sdk/runtime"
	sdktestutil "github.com/cosmos/cosmos-sdk/testutil"
	sdk "github.com/cosmos/cosmos-sdk/types"
	moduletestutil "github.com/cosmos/cosmos-sdk/types/module/testutil"
	authtypes "github.com/cosmos/cosmos-sdk/x/auth/types"
	govtypes "github.com/cosmos/cosmos-sdk/x/gov/types"

	"github.com/seq-network/seq/x/rollup"
	"github.com/seq-network/seq/x/rollup/keeper"
	"github.com/seq-network/seq/x/rollup/testutil"
	"github.com/seq-network/seq/x/rollup/types"
)

// testHeight is the block height the suite's context starts at; non-zero so that
// created_height and commitment heights are distinguishable from defaults.
const testHeight = 10

// KeeperTestSuite runs the keeper against real KV and transient stores with a gomock bank keeper,
// so that every bank call a handler makes must be expected explicitly.
type KeeperTestSuite struct {
	suite.Suite

	ctx         sdk.Context
	cms         storetypes.CommitMultiStore
	kvKey       *storetypes.KVStoreKey
	tKey        *storetypes.TransientStoreKey
	encCfg      moduletestutil.TestEncodingConfig
	addrCodec   address.Codec
	keeper      keeper.Keeper
	bank        *testutil.MockBankKeeper
	msgServer   types.MsgServer
	queryServer types.QueryServer

	authority string
	owner     string // bech32 "seq" addresses
	other     string
}

func TestKeeperTestSuite(t *testing.T) {
	suite.Run(t, new(KeeperTestSuite))
}

// SetupTest builds a fresh store, keeper and mock for every test (and, called from s.Run, for
// every table row, so that the mock controller reports unmet expectations per row).
func (s *KeeperTestSuite) SetupTest() {
	s.kvKey = storetypes.NewKVStoreKey(types.StoreKey)
	s.tKey = storetypes.NewTransientStoreKey(types.TransientStoreKey)
	tc := sdktestutil.DefaultContextWithDB(s.T(), s.kvKey, s.tKey)
	s.ctx, s.cms = tc.Ctx.WithBlockHeight(testHeight), tc.CMS
	s.encCfg = moduletestutil.MakeTestEncodingConfig(rollup.AppModule{})
	s.addrCodec = addresscodec.NewBech32Codec("seq")

	var err error
	s.authority, err = s.addrCodec.BytesToString(authtypes.NewModuleAddress(govtypes.ModuleName))
	s.Require().NoError(err)
	s.owner = s.addr("owner")
	s.other = s.addr("other")

	s.bank = testutil.NewMockBankKeeper(gomock.NewController(s.T()))
	s.keeper = keeper.NewKeeper(s.encCfg.Codec, s.addrCodec,
		runtime.NewKVStoreService(s.kvKey), runtime.NewTransientStoreService(s.tKey), s.authority, s.bank)
	s.msgServer = keeper.NewMsgServerImpl(s.keeper)
	s.queryServer = keeper.NewQueryServerImpl(s.keeper)
	s.Require().NoError(s.keeper.Params.Set(s.ctx, testParams()))
}

// testParams are small limits so that tests can hit every bound with a few bytes.
func testParams() types.Params {
	p := types.DefaultParams()
	p.RegistrationFee = sdk.NewInt64Coin(types.DefaultFeeDenom, 1000)
	p.MaxBlobBytes = 64
	p.MaxLaneQuotaBytes = 256
	p.MaxBlobsPerMsg = 4
	p.MinBaseFee = math.LegacyMustNewDecFromStr("0.5")
	p.BaseFeeChangeDenominator = 8
	return p
}

// addr derives a deterministic bech32 "seq" address from a name.
func (s *KeeperTestSuite) addr(name string) string {
	bz := make([]byte, 20)
	copy(bz, name)
	a, err := s.addrCodec.BytesToString(bz)
	s.Require().NoError(err)
	return a
}

// accAddr decodes a bech32 address the way the handlers do, for bank mock expectations.
func (s *KeeperTestSuite) accAddr(a string) sdk.AccAddress {
	bz, err := s.addrCodec.StringToBytes(a)
	s.Require().NoError(err)
	return bz
}

// setRollup writes a rollup directly, bypassing RegisterRollup (and its fee), to set up a row.
func (s *KeeperTestSuite) setRollup(id string, maxBlob, quota uint64, status types.RollupStatus) types.Rollup {
	r := types.Rollup{Id: id, Owner: s.owner, MaxBlobBytes: maxBlob, LaneQuotaBytes: quota, Status: status, CreatedHeight: 1}
	s.Require().NoError(s.keeper.Rollups.Set(s.ctx, id, r))
	return r
}

// expectBurn expects exactly one send-to-module + burn of coins from addr (a registration fee).
func (s *KeeperTestSuite) expectBurn(addr string, coins sdk.Coins) {
	first := s.bank.EXPECT().SendCoinsFromAccountToModule(gomock.Any(), s.accAddr(addr), types.ModuleName, coins).Return(nil)
	s.bank.EXPECT().BurnCoins(gomock.Any(), types.ModuleName, coins).Return(nil).After(first)
}

// expectFee expects exactly one send-to-module of coins from addr and no burn: a blob fee,
// which EndBlocker burns.
func (s *KeeperTestSuite) expectFee(addr string, coins sdk.Coins) {
	s.bank.EXPECT().SendCoinsFromAccountToModule(gomock.Any(), s.accAddr(addr), types.ModuleName, coins).Return(nil)
}

// nextBlock commits the block (which, as in a node, empties the transient store) and moves the
// context to the next height with a fresh event manager.
func (s *KeeperTestSuite) nextBlock() {
	s.cms.Commit()
	s.ctx = s.ctx.WithBlockHeight(s.ctx.BlockHeight() + 1).WithEventManager(sdk.NewEventManager())
}

// allowBurns lets any fee payment and burn succeed, for tests about what happens after blobs
// are accepted; EndBlocker finds the module account empty.
func (s *KeeperTestSuite) allowBurns() {
	s.bank.EXPECT().SendCoinsFromAccountToModule(gomock.Any(), gomock.Any(), types.ModuleName, gomock.Any()).Return(nil).AnyTimes()
	s.bank.EXPECT().BurnCoins(gomock.Any(), types.ModuleName, gomock.Any()).Return(nil).AnyTimes()
	s.bank.EXPECT().GetAllBalances(gomock.Any(), gomock.Any()).Return(sdk.Coins{}).AnyTimes()
}

// submit sends one MsgSubmitBlobs with a generous fee cap and requires success.
func (s *KeeperTestSuite) submit(id string, blobs ...[]byte) *types.MsgSubmitBlobsResponse {
	resp, err := s.msgServer.SubmitBlobs(s.ctx, &types.MsgSubmitBlobs{
		Sender: s.other, RollupId: id, Blobs: blobs, MaxFeePerByte: math.LegacyNewDec(1000),
	})
	s.Require().NoError(err)
	return resp
}

// freshEvents gives the context a new event manager, so a test sees only its own events.
func (s *KeeperTestSuite) freshEvents() {
	s.ctx = s.ctx.WithEventManager(sdk.NewEventManager())
}

// typedEvents decodes every typed event of the context's event manager whose proto name is that of want.
func (s *KeeperTestSuite) typedEvents(want proto.Message) []proto.Message {
	var out []proto.Message
	for _, ev := range s.ctx.EventManager().ABCIEvents() {
		if ev.Type != proto.MessageName(want) {
			continue
		}
		msg, err := sdk.ParseTypedEvent(ev)
		s.Require().NoError(err)
		out = append(out, msg)
	}
	return out
}

// requireEvent asserts that exactly one event of want's type was emitted and that it equals want.
func (s *KeeperTestSuite) requireEvent(want proto.Message) {
	got := s.typedEvents(want)
	s.Require().Len(got, 1, "events of type %s", proto.MessageName(want))
	s.Require().True(proto.Equal(want, got[0]), "want %v\ngot  %v", want, got[0])
}

// storeSnapshot is the raw content of both module stores; comparing two snapshots proves that a
// failed handler wrote nothing, whatever collection it might have touched.
type storeSnapshot struct{ kv, transient [][2][]byte }

func (s *KeeperTestSuite) snapshot() storeSnapshot {
	return storeSnapshot{kv: dump(s.ctx.KVStore(s.kvKey)), transient: dump(s.ctx.TransientStore(s.tKey))}
}

func dump(st storetypes.KVStore) [][2][]byte {
	it := st.Iterator(nil, nil)
	defer it.Close()
	var out [][2][]byte
	for ; it.Valid(); it.Next() {
		out = append(out, [2][]byte{bytes.Clone(it.Key()), bytes.Clone(it.Value())})
	}
	return out
}

// requireUnchanged asserts that the stores hold what before held and that no event was emitted.
func (s *KeeperTestSuite) requireUnchanged(before storeSnapshot) {
	s.Require().Equal(before, s.snapshot(), "a failed message changed state")
	s.Require().Empty(s.ctx.EventManager().Events(), "a failed message emitted events")
}
