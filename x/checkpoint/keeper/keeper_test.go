package keeper_test

import (
	"crypto/rand"
	"fmt"
	"sort"
	"testing"

	"github.com/consensys/gnark-crypto/ecc/bn254/twistededwards/eddsa"
	"github.com/stretchr/testify/suite"
	"go.uber.org/mock/gomock"

	"cosmossdk.io/collections"
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
	stakingtypes "github.com/cosmos/cosmos-sdk/x/staking/types"

	"github.com/seq-network/seq/x/checkpoint"
	"github.com/seq-network/seq/x/checkpoint/keeper"
	"github.com/seq-network/seq/x/checkpoint/sighash"
	"github.com/seq-network/seq/x/checkpoint/testutil"
	"github.com/seq-network/seq/x/checkpoint/types"
)

const (
	testHeight  = 10
	testChainID = "seq-keeper-test"
)

// testVal is a validator with a checkpoint key.
type testVal struct {
	op    sdk.ValAddress
	opStr string
	cons  sdk.ConsAddress
	key   *eddsa.PrivateKey
	pub   []byte
	power int64
}

// KeeperTestSuite runs the keeper on a real KV store with gomock staking and rollup keepers.
type KeeperTestSuite struct {
	suite.Suite

	ctx         sdk.Context
	kvKey       *storetypes.KVStoreKey
	valCodec    address.Codec
	keeper      keeper.Keeper
	staking     *testutil.MockStakingKeeper
	rollups     *testutil.MockRollupKeeper
	msgServer   types.MsgServer
	queryServer types.QueryServer
	authority   string
	vals        []*testVal
}

func TestKeeperTestSuite(t *testing.T) {
	suite.Run(t, new(KeeperTestSuite))
}

func (s *KeeperTestSuite) SetupTest() {
	s.kvKey = storetypes.NewKVStoreKey(types.StoreKey)
	tc := sdktestutil.DefaultContextWithDB(s.T(), s.kvKey, storetypes.NewTransientStoreKey("t"))
	s.ctx = tc.Ctx.WithBlockHeight(testHeight).WithChainID(testChainID)
	encCfg := moduletestutil.MakeTestEncodingConfig(checkpoint.AppModule{})
	accCodec := addresscodec.NewBech32Codec("seq")
	s.valCodec = addresscodec.NewBech32Codec("seqvaloper")
	var err error
	s.authority, err = accCodec.BytesToString(authtypes.NewModuleAddress(govtypes.ModuleName))
	s.Require().NoError(err)

	ctrl := gomock.NewController(s.T())
	s.staking = testutil.NewMockStakingKeeper(ctrl)
	s.rollups = testutil.NewMockRollupKeeper(ctrl)
	s.keeper = keeper.NewKeeper(encCfg.Codec, accCodec, s.valCodec, runtime.NewKVStoreService(s.kvKey), s.authority, s.staking, s.rollups)
	s.msgServer = keeper.NewMsgServerImpl(s.keeper)
	s.queryServer = keeper.NewQueryServerImpl(s.keeper)
	s.Require().NoError(s.keeper.Params.Set(s.ctx, testParams()))

	s.vals = nil
	for i := range 4 {
		s.vals = append(s.vals, s.newVal(i, 100))
	}
	s.staking.EXPECT().PowerReduction(gomock.Any()).Return(sdk.DefaultPowerReduction).AnyTimes()
	s.staking.EXPECT().GetValidator(gomock.Any(), gomock.Any()).DoAndReturn(s.getValidator).AnyTimes()
	s.staking.EXPECT().GetValidatorByConsAddr(gomock.Any(), gomock.Any()).DoAndReturn(s.getValidatorByCons).AnyTimes()
	s.staking.EXPECT().GetBondedValidatorsByPower(gomock.Any()).DoAndReturn(s.bonded).AnyTimes()
	s.rollups.EXPECT().CommitmentRoots(gomock.Any(), gomock.Any(), gomock.Any()).Return(nil, nil).AnyTimes()
}

func testParams() types.Params {
	p := types.DefaultParams()
	p.Interval, p.Capacity = 5, 4
	return p
}

func (s *KeeperTestSuite) newVal(i int, power int64) *testVal {
	key, err := sighash.GenerateKey(rand.Reader)
	s.Require().NoError(err)
	op := sdk.ValAddress(fmt.Appendf(nil, "validator-%02d-operator", i))
	opStr, err := s.valCodec.BytesToString(op)
	s.Require().NoError(err)
	return &testVal{op: op, opStr: opStr, cons: sdk.ConsAddress(fmt.Appendf(nil, "validator-%02d-consensus", i)),
		key: key, pub: sighash.MarshalPubKey(&key.PublicKey), power: power}
}

func (v *testVal) validator() stakingtypes.Validator {
	return stakingtypes.Validator{
		OperatorAddress: v.opStr, Status: stakingtypes.Bonded,
		Tokens: sdk.TokensFromConsensusPower(v.power, sdk.DefaultPowerReduction),
	}
}

func (s *KeeperTestSuite) getValidator(_ any, addr sdk.ValAddress) (stakingtypes.Validator, error) {
	for _, v := range s.vals {
		if v.op.Equals(addr) {
			return v.validator(), nil
		}
	}
	return stakingtypes.Validator{}, stakingtypes.ErrNoValidatorFound
}

func (s *KeeperTestSuite) getValidatorByCons(_ any, addr sdk.ConsAddress) (stakingtypes.Validator, error) {
	for _, v := range s.vals {
		if v.cons.Equals(addr) {
			return v.validator(), nil
		}
	}
	return stakingtypes.Validator{}, stakingtypes.ErrNoValidatorFound
}

// bonded returns the validators with power > 0, by power desc, as x/staking does.
func (s *KeeperTestSuite) bonded(any) ([]stakingtypes.Validator, error) {
	var out []stakingtypes.Validator
	for _, v := range s.vals {
		if v.power > 0 {
			out = append(out, v.validator())
		}
	}
	return out, nil
}

func (s *KeeperTestSuite) pop(v *testVal, chainID string) []byte {
	pop, err := sighash.SignPoP(v.key, chainID, v.op)
	s.Require().NoError(err)
	return pop
}

// register registers every validator's key.
func (s *KeeperTestSuite) registerAll() {
	for _, v := range s.vals {
		_, err := s.msgServer.RegisterCheckpointKey(s.ctx, &types.MsgRegisterCheckpointKey{
			Validator: v.opStr, Pubkey: v.pub, ProofOfPossession: s.pop(v, testChainID),
		})
		s.Require().NoError(err)
	}
}

// makeCheckpoint runs the EndBlocker at the next multiple of the interval.
func (s *KeeperTestSuite) makeCheckpoint(height int64) types.Checkpoint {
	ctx := s.ctx.WithBlockHeight(height).WithHeaderHash(fmt.Appendf(nil, "block-hash-%023d", height))
	s.Require().NoError(s.keeper.EndBlocker(ctx))
	c, ok, err := s.keeper.LatestCheckpoint(ctx)
	s.Require().NoError(err)
	s.Require().True(ok)
	return c
}

func (s *KeeperTestSuite) sign(v *testVal, c types.Checkpoint) []byte {
	sig, err := sighash.Sign(v.key, c.MsgHashInt())
	s.Require().NoError(err)
	return sig
}

// dump is every stored key and pubkey owner, to prove a failing handler wrote nothing.
func (s *KeeperTestSuite) dump() map[string]string {
	out := map[string]string{}
	s.Require().NoError(s.keeper.CheckpointKeys.Walk(s.ctx, nil, func(k sdk.ValAddress, v types.CheckpointKey) (bool, error) {
		out["key/"+string(k)] = v.String()
		return false, nil
	}))
	s.Require().NoError(s.keeper.KeyOwners.Walk(s.ctx, nil, func(k, v []byte) (bool, error) {
		out["owner/"+string(k)] = string(v)
		return false, nil
	}))
	s.Require().NoError(s.keeper.Signatures.Walk(s.ctx, nil, func(k collections.Pair[uint64, uint32], v []byte) (bool, error) {
		out[fmt.Sprintf("sig/%d/%d", k.K1(), k.K2())] = string(v)
		return false, nil
	}))
	return out
}

var _ = math.ZeroInt

func signPoP(keyOf *testVal, chainID string, operator *testVal) ([]byte, error) {
	return sighash.SignPoP(keyOf.key, chainID, operator.op)
}

func (s *KeeperTestSuite) keeperWith(r types.RollupKeeper) keeper.Keeper {
	encCfg := moduletestutil.MakeTestEncodingConfig(checkpoint.AppModule{})
	return keeper.NewKeeper(encCfg.Codec, addresscodec.NewBech32Codec("seq"), s.valCodec, runtime.NewKVStoreService(s.kvKey), s.authority, s.staking, r)
}

func newServers(k keeper.Keeper) (types.MsgServer, types.QueryServer) {
	return keeper.NewMsgServerImpl(k), keeper.NewQueryServerImpl(k)
}

func slotOfPub(v types.Valset, pub []byte) int { return keeper.SlotOfPubkey(v, pub) }

func sortEntries(es []types.InjectedSignature) {
	sort.Slice(es, func(i, j int) bool {
		if es[i].Epoch != es[j].Epoch {
			return es[i].Epoch < es[j].Epoch
		}
		return es[i].Slot < es[j].Slot
	})
}

func hasEvent(ctx sdk.Context, typ string) bool {
	for _, e := range ctx.EventManager().Events() {
		if e.Type == typ {
			return true
		}
	}
	return false
}
