package types_test

import (
	"testing"

	"github.com/stretchr/testify/require"
	"pgregory.net/rapid"

	"cosmossdk.io/math"

	"github.com/seq-network/seq/x/rollup/types"
)

func TestBlobFee(t *testing.T) {
	dec := math.LegacyMustNewDecFromStr
	for _, tc := range []struct {
		base  string
		bytes uint64
		want  int64
	}{
		{"0.01", 100, 1},
		{"0.01", 101, 2}, // 1.01 rounds up: the chain never undercharges
		{"0.5", 15, 8},
		{"1", 0, 0},
		{"0", 1 << 20, 0},
		{"0.000000000000000001", 1, 1},
	} {
		require.Equal(t, math.NewInt(tc.want), types.BlobFee(dec(tc.base), tc.bytes), "%s x %d", tc.base, tc.bytes)
	}
}

func TestNextBaseFee(t *testing.T) {
	dec := math.LegacyMustNewDecFromStr
	floor := dec("0.01")
	for _, tc := range []struct {
		name  string
		cur   string
		used  uint64
		quota uint64
		want  string
	}{
		{"full lane: +1/8", "1", 100, 100, "1.125"},
		{"empty lane: -1/8", "1", 0, 100, "0.875"},
		{"at target: unchanged", "1", 50, 100, "1"},
		{"3/4 full: +1/16", "1", 75, 100, "1.0625"},
		{"empty lane near the floor: clamped", "0.011", 0, 100, "0.01"},
		{"quota 1 has no target: unchanged", "2", 1, 1, "2"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			require.Equal(t, dec(tc.want), types.NextBaseFee(dec(tc.cur), tc.used, tc.quota, 8, floor))
		})
	}
}

// TestNextBaseFeeProperties checks, over random inputs, the two promises the EIP-1559 rule makes:
// the fee never moves more than 1/denominator in one block, and never drops below the floor.
// used ranges past the quota too: a rollup's quota may be lowered by MsgUpdateRollup after its
// blobs of the block were accepted under the old one.
func TestNextBaseFeeProperties(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		floor := math.LegacyNewDecWithPrec(rapid.Int64Range(0, 1_000_000).Draw(t, "floor"), 6)
		cur := floor.Add(math.LegacyNewDecWithPrec(rapid.Int64Range(0, 1_000_000_000).Draw(t, "above"), 6))
		quota := rapid.Uint64Range(1, 8<<20).Draw(t, "quota")
		used := rapid.Uint64Range(0, 16<<20).Draw(t, "used")
		denom := rapid.Uint32Range(1, 64).Draw(t, "denom")

		next := types.NextBaseFee(cur, used, quota, denom, floor)

		require.True(t, next.GTE(floor), "next %s below floor %s", next, floor)
		step := cur.QuoInt64(int64(denom))
		require.True(t, next.Sub(cur).Abs().LTE(step), "moved %s -> %s, more than 1/%d", cur, next, denom)
		target := quota / 2
		switch {
		case target == 0 || used == target:
			require.True(t, next.Equal(cur))
		case used > target:
			require.True(t, next.GTE(cur))
		default:
			require.True(t, next.LTE(cur))
		}
	})
}

// TestNextBaseFeeRiseIsCapped pins the two ways used can exceed 2 x target, which once let the
// fee rise by more than 1/denominator: an odd quota, and a quota lowered after the block's blobs.
func TestNextBaseFeeRiseIsCapped(t *testing.T) {
	one, floor := math.LegacyOneDec(), math.LegacyZeroDec()
	require.Equal(t, math.LegacyMustNewDecFromStr("1.125"), types.NextBaseFee(one, 3, 3, 8, floor), "odd quota")
	require.Equal(t, math.LegacyMustNewDecFromStr("1.125"), types.NextBaseFee(one, 8<<20, 2, 8, floor), "quota lowered mid-block")
}
