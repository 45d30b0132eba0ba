package keeper_test

import (
	"cosmossdk.io/collections"

	"github.com/seq-network/seq/x/rollup/types"
)

// TestGenesisRoundTrip builds state through the handlers (rollups, a raised base fee, commitments
// at several heights), exports it, imports the JSON into a fresh keeper and requires the same
// export and the same heights index, which InitGenesis rebuilds from the commitments.
func (s *KeeperTestSuite) TestGenesisRoundTrip() {
	s.setRollup("demo", 20, 40, types.ROLLUP_STATUS_ACTIVE)
	s.setRollup("other", 20, 40, types.ROLLUP_STATUS_PAUSED)
	s.fillHeights(10, 12)
	s.submit("demo", blobOf(1, 20), blobOf(2, 20)) // a full lane leaves a raised base fee
	s.Require().NoError(s.keeper.EndBlocker(s.ctx))

	exported, err := s.keeper.ExportGenesis(s.ctx)
	s.Require().NoError(err)
	s.Require().Len(exported.Rollups, 2)
	s.Require().Len(exported.BaseFees, 1)
	s.Require().Len(exported.Commitments, 3)
	s.Require().NoError(exported.Validate())
	heights := s.allRollupHeights()
	s.Require().Len(heights, 3)

	bz, err := s.encCfg.Codec.MarshalJSON(exported)
	s.Require().NoError(err)
	s.SetupTest()
	var imported types.GenesisState
	s.Require().NoError(s.encCfg.Codec.UnmarshalJSON(bz, &imported))
	s.Require().NoError(s.keeper.InitGenesis(s.ctx, &imported))

	again, err := s.keeper.ExportGenesis(s.ctx)
	s.Require().NoError(err)
	s.Require().Equal(exported, again)
	s.Require().Equal(heights, s.allRollupHeights())
}

// heightEntry is one row of the (rollup, height) index; collections.Pair holds pointers, so it
// cannot be compared directly.
type heightEntry struct {
	id     string
	height int64
	entry  types.BatchEntry
}

// allRollupHeights reads the whole (rollup, height) index in key order.
func (s *KeeperTestSuite) allRollupHeights() []heightEntry {
	var out []heightEntry
	err := s.keeper.RollupHeights.Walk(s.ctx, nil, func(k collections.Pair[string, int64], v types.BatchEntry) (bool, error) {
		out = append(out, heightEntry{k.K1(), k.K2(), v})
		return false, nil
	})
	s.Require().NoError(err)
	return out
}

func (s *KeeperTestSuite) TestInitGenesisRejectsInvalid() {
	gs := types.DefaultGenesis()
	gs.Rollups = []types.Rollup{{Id: "Bad", Owner: s.owner, MaxBlobBytes: 1, LaneQuotaBytes: 1, Status: types.ROLLUP_STATUS_ACTIVE}}
	before := s.snapshot()
	s.Require().ErrorIs(s.keeper.InitGenesis(s.ctx, gs), types.ErrInvalidRollupID)
	s.Require().Equal(before, s.snapshot())
}
