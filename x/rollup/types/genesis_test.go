package types_test

import (
	"testing"

	"github.com/stretchr/testify/require"

	"cosmossdk.io/math"

	"github.com/seq-network/seq/x/rollup/types"
)

func TestGenesisStateValidate(t *testing.T) {
	rollup := func(id string) types.Rollup {
		return types.Rollup{Id: id, Owner: "seq1owner", MaxBlobBytes: 1024, LaneQuotaBytes: 4096, Status: types.ROLLUP_STATUS_ACTIVE}
	}
	entry := func(id string) types.BatchEntry {
		return types.BatchEntry{RollupId: id, BatchRoot: types.BatchRootOfBlobs([][]byte{[]byte(id)}), BlobCount: 1, Bytes: uint64(len(id))}
	}
	commit := func(h int64, ids ...string) types.BlockCommitment {
		c := types.BlockCommitment{Height: h}
		for _, id := range ids {
			c.Entries = append(c.Entries, entry(id))
		}
		c.RollupsRoot = types.RollupsRoot(c.Entries)
		return c
	}
	valid := func() types.GenesisState {
		return types.GenesisState{
			Params:      types.DefaultParams(),
			Rollups:     []types.Rollup{rollup("a"), rollup("b")},
			BaseFees:    []types.RollupBaseFee{{RollupId: "a", BaseFee: math.LegacyMustNewDecFromStr("0.02")}},
			Commitments: []types.BlockCommitment{commit(3, "a", "b"), commit(7, "b")},
		}
	}
	for _, tc := range []struct {
		name   string
		mutate func(gs *types.GenesisState)
		expErr error
	}{
		{"valid", func(*types.GenesisState) {}, nil},
		{"default", func(gs *types.GenesisState) { *gs = *types.DefaultGenesis() }, nil},
		{"paused rollup", func(gs *types.GenesisState) { gs.Rollups[1].Status = types.ROLLUP_STATUS_PAUSED }, nil},
		{"invalid params", func(gs *types.GenesisState) { gs.Params.MaxBlobsPerMsg = 0 }, types.ErrInvalidParams},
		{"invalid rollup id", func(gs *types.GenesisState) { gs.Rollups[0].Id = "A" }, types.ErrInvalidRollupID},
		{"duplicate rollups", func(gs *types.GenesisState) { gs.Rollups[1].Id = "a" }, types.ErrInvalidGenesis},
		{"bad limits", func(gs *types.GenesisState) { gs.Rollups[0].LaneQuotaBytes = 1 }, types.ErrInvalidGenesis},
		{"limits above params", func(gs *types.GenesisState) { gs.Rollups[0].MaxBlobBytes = 2<<20 + 1 }, types.ErrInvalidGenesis},
		{"unspecified status", func(gs *types.GenesisState) { gs.Rollups[0].Status = types.ROLLUP_STATUS_UNSPECIFIED }, types.ErrInvalidGenesis},
		{"base fee of unknown rollup", func(gs *types.GenesisState) { gs.BaseFees[0].RollupId = "zzz" }, types.ErrInvalidGenesis},
		{"base fee below floor", func(gs *types.GenesisState) { gs.BaseFees[0].BaseFee = math.LegacyMustNewDecFromStr("0.001") }, types.ErrInvalidGenesis},
		{"nil base fee", func(gs *types.GenesisState) { gs.BaseFees[0].BaseFee = math.LegacyDec{} }, types.ErrInvalidGenesis},
		{"unsorted entries", func(gs *types.GenesisState) { gs.Commitments[0] = commit(3, "b", "a") }, types.ErrInvalidGenesis},
		{"equal heights", func(gs *types.GenesisState) { gs.Commitments[1].Height = 3 }, types.ErrInvalidGenesis},
		{"decreasing heights", func(gs *types.GenesisState) { gs.Commitments[1].Height = 2 }, types.ErrInvalidGenesis},
		{"zero height", func(gs *types.GenesisState) { gs.Commitments[0].Height = 0 }, types.ErrInvalidGenesis},
	} {
		t.Run(tc.name, func(t *testing.T) {
			gs := valid()
			tc.mutate(&gs)
			err := gs.Validate()
			if tc.expErr == nil {
				require.NoError(t, err)
				return
			}
			require.ErrorIs(t, err, tc.expErr)
		})
	}
}
