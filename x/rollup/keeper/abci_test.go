package keeper_test

import (
	"crypto/sha256"

	"github.com/cometbft/cometbft/crypto/merkle"
	"go.uber.org/mock/gomock"

	"cosmossdk.io/collections"
	"cosmossdk.io/math"

	sdk "github.com/cosmos/cosmos-sdk/types"
	sdkerrors "github.com/cosmos/cosmos-sdk/types/errors"
	authtypes "github.com/cosmos/cosmos-sdk/x/auth/types"

	"github.com/seq-network/seq/x/rollup/types"
)

// merkleRootOfBlobs recomputes a batch_root from the spec (RFC 6962 tree of sha256(blob)) with
// CometBFT's merkle package directly, so the test does not trust types.BatchRootOfBlobs.
func merkleRootOfBlobs(blobs ...[]byte) []byte {
	leaves := make([][]byte, len(blobs))
	for i, b := range blobs {
		h := sha256.Sum256(b)
		leaves[i] = h[:]
	}
	return merkle.HashFromByteSlices(leaves)
}

// specLeaf is the spec's rollups_root leaf: one length byte, the id, the batch_root.
func specLeaf(id string, batchRoot []byte) []byte {
	return append(append([]byte{byte(len(id))}, id...), batchRoot...)
}

func (s *KeeperTestSuite) TestEndBlockerCommitsBatches() {
	s.allowBurns()
	for _, id := range []string{"zeta", "alpha", "mid"} {
		s.setRollup(id, 20, 40, types.ROLLUP_STATUS_ACTIVE)
	}
	a1, a2, a3 := []byte("alpha-1"), []byte("alpha-2"), []byte("alpha-3")
	z1, z2 := []byte("zeta-1"), []byte("zeta-2")
	// Submission order across rollups is deliberately not id order; within a rollup, two
	// messages append in execution order.
	s.submit("zeta", z1, z2)
	s.submit("alpha", a1, a2)
	s.submit("alpha", a3)
	s.freshEvents()

	s.Require().NoError(s.keeper.EndBlocker(s.ctx))

	alphaRoot, zetaRoot := merkleRootOfBlobs(a1, a2, a3), merkleRootOfBlobs(z1, z2)
	s.Require().Equal(types.BatchRootOfBlobs([][]byte{a1, a2, a3}), alphaRoot)
	s.Require().Equal(types.BatchRootOfBlobs([][]byte{z1, z2}), zetaRoot)
	wantEntries := []types.BatchEntry{ // sorted by id; "mid" had no data and has no entry
		{RollupId: "alpha", BatchRoot: alphaRoot, BlobCount: 3, Bytes: 21},
		{RollupId: "zeta", BatchRoot: zetaRoot, BlobCount: 2, Bytes: 12},
	}
	wantRoot := merkle.HashFromByteSlices([][]byte{specLeaf("alpha", alphaRoot), specLeaf("zeta", zetaRoot)})
	s.Require().Equal(types.RollupsRoot(wantEntries), wantRoot)

	c, err := s.keeper.Commitments.Get(s.ctx, testHeight)
	s.Require().NoError(err)
	s.Require().Equal(types.BlockCommitment{Height: testHeight, RollupsRoot: wantRoot, Entries: wantEntries}, c)
	for _, e := range wantEntries {
		got, err := s.keeper.RollupHeights.Get(s.ctx, collections.Join(e.RollupId, int64(testHeight)))
		s.Require().NoError(err)
		s.Require().Equal(e, got)
	}
	has, err := s.keeper.RollupHeights.Has(s.ctx, collections.Join("mid", int64(testHeight)))
	s.Require().NoError(err)
	s.Require().False(has)

	s.requireEvent(&types.EventBlockCommitted{Height: testHeight, RollupsRoot: wantRoot, RollupCount: 2})
	// Below target (20 of 40 bytes is the target; 21 is 1 over, 12 is 8 under) the fees move
	// by (used-target)/target/8: alpha 0.5 x (1 + 1/160), zeta stays at the floor.
	batches := s.typedEvents(&types.EventBatchCommitted{})
	s.Require().Len(batches, 2)
	s.Require().Equal(&types.EventBatchCommitted{Height: testHeight, RollupId: "alpha", BatchRoot: alphaRoot, BlobCount: 3, Bytes: 21,
		NextBaseFee: math.LegacyMustNewDecFromStr("0.503125")}, batches[0])
	s.Require().Equal(&types.EventBatchCommitted{Height: testHeight, RollupId: "zeta", BatchRoot: zetaRoot, BlobCount: 2, Bytes: 12,
		NextBaseFee: testParams().MinBaseFee}, batches[1])

	// The commitment verifies end to end, as a rollup would check it.
	entry, proof, err := c.Proof("alpha")
	s.Require().NoError(err)
	s.Require().NoError(types.VerifyBatch([][]byte{a1, a2, a3}, entry, wantRoot, proof))
}

func (s *KeeperTestSuite) TestEndBlockerEmptyBlock() {
	s.setRollup("demo", 20, 40, types.ROLLUP_STATUS_ACTIVE)
	s.expectCollected(sdk.Coins{}) // nothing collected: no burn call
	s.freshEvents()
	before := s.snapshot()
	s.Require().NoError(s.keeper.EndBlocker(s.ctx))
	s.requireUnchanged(before)
	has, err := s.keeper.Commitments.Has(s.ctx, testHeight)
	s.Require().NoError(err)
	s.Require().False(has)
}

// TestEndBlockerBurnsCollectedFees: the blob fees the block's SubmitBlobs left in the module
// account are burned once, whatever their denoms; a failed burn fails the block.
func (s *KeeperTestSuite) TestEndBlockerBurnsCollectedFees() {
	collected := sdk.NewCoins(sdk.NewInt64Coin(types.DefaultFeeDenom, 27), sdk.NewInt64Coin("uold", 3))
	s.expectCollected(collected)
	s.bank.EXPECT().BurnCoins(gomock.Any(), types.ModuleName, collected).Return(nil)
	s.Require().NoError(s.keeper.EndBlocker(s.ctx))

	s.SetupTest()
	s.expectCollected(collected)
	s.bank.EXPECT().BurnCoins(gomock.Any(), types.ModuleName, collected).Return(sdkerrors.ErrInsufficientFunds)
	s.Require().ErrorIs(s.keeper.EndBlocker(s.ctx), sdkerrors.ErrInsufficientFunds)
}

// expectCollected makes the module account hold coins when EndBlocker looks.
func (s *KeeperTestSuite) expectCollected(coins sdk.Coins) {
	s.bank.EXPECT().GetAllBalances(gomock.Any(), authtypes.NewModuleAddress(types.ModuleName)).Return(coins)
}

// TestEndBlockerNextBlockStartsEmpty checks that the transient batch does not leak into the
// next block: a block after a busy one commits only its own blobs.
func (s *KeeperTestSuite) TestEndBlockerNextBlockStartsEmpty() {
	s.allowBurns()
	s.setRollup("demo", 20, 40, types.ROLLUP_STATUS_ACTIVE)
	s.submit("demo", []byte("one"))
	s.Require().NoError(s.keeper.EndBlocker(s.ctx))
	s.nextBlock()

	s.submit("demo", []byte("two"))
	s.Require().NoError(s.keeper.EndBlocker(s.ctx))
	c, err := s.keeper.Commitments.Get(s.ctx, testHeight+1)
	s.Require().NoError(err)
	s.Require().Equal([]types.BatchEntry{{RollupId: "demo", BatchRoot: merkleRootOfBlobs([]byte("two")), BlobCount: 1, Bytes: 3}}, c.Entries)

	s.nextBlock()
	s.Require().NoError(s.keeper.EndBlocker(s.ctx))
	has, err := s.keeper.Commitments.Has(s.ctx, testHeight+2)
	s.Require().NoError(err)
	s.Require().False(has)
}

// TestEndBlockerBaseFeeRisesAndDecays fills a lane for a few blocks (each step must be exactly
// +1/8: used = quota = 2 x target), then leaves it empty until the fee is back at the floor, at
// which point the rollup must leave BaseFees.
func (s *KeeperTestSuite) TestEndBlockerBaseFeeRisesAndDecays() {
	s.allowBurns()
	s.setRollup("demo", 20, 40, types.ROLLUP_STATUS_ACTIVE)
	floor := testParams().MinBaseFee
	eighth := math.LegacyNewDecWithPrec(125, 3)
	fee := floor
	for i := range 3 {
		s.submit("demo", blobOf(byte(i), 20), blobOf(byte(i+1), 20))
		s.Require().NoError(s.keeper.EndBlocker(s.ctx))
		want := fee.Add(fee.Mul(eighth))
		got, err := s.keeper.BaseFees.Get(s.ctx, "demo")
		s.Require().NoError(err)
		s.Require().Equal(want, got, "block %d", i)
		ev := s.typedEvents(&types.EventBatchCommitted{})
		s.Require().Len(ev, 1)
		s.Require().Equal(want, ev[0].(*types.EventBatchCommitted).NextBaseFee)
		fee = got
		s.nextBlock()
	}

	blocks := 0
	for {
		s.Require().NoError(s.keeper.EndBlocker(s.ctx))
		s.Require().Empty(s.typedEvents(&types.EventBatchCommitted{}), "no batch, no batch event")
		got, err := s.keeper.BaseFee(s.ctx, "demo", testParams())
		s.Require().NoError(err)
		s.Require().True(got.GTE(floor))
		s.Require().True(got.GTE(fee.Sub(fee.Mul(eighth))), "fell more than 1/8: %s -> %s", fee, got)
		s.Require().True(got.LT(fee) || fee.Equal(floor), "an empty lane must lower the fee")
		fee = got
		blocks++
		s.nextBlock()
		has, err := s.keeper.BaseFees.Has(s.ctx, "demo")
		s.Require().NoError(err)
		if !has {
			break
		}
		// 0.5 x (9/8)^3 x (7/8)^n <= 0.5 once n >= 3; a bound makes a broken decay fail, not hang.
		s.Require().Less(blocks, 10)
	}
	s.Require().Equal(floor, fee)
	s.Require().Equal(3, blocks)
}

// TestEndBlockerBaseFeeAtTargetHolds checks that a lane used exactly at target keeps its fee.
func (s *KeeperTestSuite) TestEndBlockerBaseFeeAtTargetHolds() {
	s.allowBurns()
	s.setRollup("demo", 20, 40, types.ROLLUP_STATUS_ACTIVE)
	raised := math.LegacyMustNewDecFromStr("0.8")
	s.Require().NoError(s.keeper.BaseFees.Set(s.ctx, "demo", raised))
	s.submit("demo", blobOf(1, 20))
	s.Require().NoError(s.keeper.EndBlocker(s.ctx))
	got, err := s.keeper.BaseFees.Get(s.ctx, "demo")
	s.Require().NoError(err)
	s.Require().Equal(raised, got)
}

// TestEndBlockerQuotaLoweredMidBlock is the keeper-level regression for the capped rise: the
// owner lowers the quota after the block's blobs were accepted, so used > 2 x new target.
func (s *KeeperTestSuite) TestEndBlockerQuotaLoweredMidBlock() {
	s.allowBurns()
	s.setRollup("demo", 20, 40, types.ROLLUP_STATUS_ACTIVE)
	s.submit("demo", blobOf(1, 20), blobOf(2, 20))
	_, err := s.msgServer.UpdateRollup(s.ctx, &types.MsgUpdateRollup{
		Owner: s.owner, RollupId: "demo", MaxBlobBytes: 2, LaneQuotaBytes: 2, Status: types.ROLLUP_STATUS_ACTIVE,
	})
	s.Require().NoError(err)
	s.Require().NoError(s.keeper.EndBlocker(s.ctx))
	got, err := s.keeper.BaseFees.Get(s.ctx, "demo")
	s.Require().NoError(err)
	s.Require().Equal(math.LegacyMustNewDecFromStr("0.5625"), got, "at most +1/8")
}
