package types_test

import (
	"testing"

	"github.com/stretchr/testify/require"

	"cosmossdk.io/math"

	sdk "github.com/cosmos/cosmos-sdk/types"

	"github.com/seq-network/seq/x/rollup/types"
)

func TestParamsValidate(t *testing.T) {
	for _, tc := range []struct {
		name   string
		mutate func(p *types.Params)
		expErr error
	}{
		{"default", func(*types.Params) {}, nil},
		{"zero registration fee", func(p *types.Params) { p.RegistrationFee = sdk.NewInt64Coin("useq", 0) }, nil},
		{"zero min base fee (would pin the fee at zero)", func(p *types.Params) { p.MinBaseFee = math.LegacyZeroDec() }, types.ErrInvalidParams},
		{"blob = lane quota", func(p *types.Params) { p.MaxLaneQuotaBytes = p.MaxBlobBytes }, nil},
		{"negative registration fee", func(p *types.Params) {
			p.RegistrationFee = sdk.Coin{Denom: "useq", Amount: math.NewInt(-1)}
		}, types.ErrInvalidParams},
		{"bad registration fee denom", func(p *types.Params) { p.RegistrationFee = sdk.Coin{Denom: "1x", Amount: math.OneInt()} }, types.ErrInvalidParams},
		{"bad fee denom", func(p *types.Params) { p.FeeDenom = "" }, types.ErrInvalidParams},
		{"zero max blob bytes", func(p *types.Params) { p.MaxBlobBytes = 0 }, types.ErrInvalidParams},
		{"lane quota below blob", func(p *types.Params) { p.MaxLaneQuotaBytes = p.MaxBlobBytes - 1 }, types.ErrInvalidParams},
		{"zero blobs per msg", func(p *types.Params) { p.MaxBlobsPerMsg = 0 }, types.ErrInvalidParams},
		{"nil min base fee", func(p *types.Params) { p.MinBaseFee = math.LegacyDec{} }, types.ErrInvalidParams},
		{"negative min base fee", func(p *types.Params) { p.MinBaseFee = math.LegacyNewDec(-1) }, types.ErrInvalidParams},
		{"zero denominator", func(p *types.Params) { p.BaseFeeChangeDenominator = 0 }, types.ErrInvalidParams},
	} {
		t.Run(tc.name, func(t *testing.T) {
			p := types.DefaultParams()
			tc.mutate(&p)
			err := p.Validate()
			if tc.expErr == nil {
				require.NoError(t, err)
				return
			}
			require.ErrorIs(t, err, tc.expErr)
		})
	}
}

func TestParamsValidateLimits(t *testing.T) {
	p := types.DefaultParams() // 2 MiB blobs, 8 MiB lanes
	for _, tc := range []struct {
		blob, quota uint64
		ok          bool
	}{
		{1, 1, true},
		{2 << 20, 8 << 20, true},
		{0, 1, false},
		{2<<20 + 1, 8 << 20, false},
		{100, 99, false},
		{100, 8<<20 + 1, false},
	} {
		err := p.ValidateLimits(tc.blob, tc.quota)
		if tc.ok {
			require.NoError(t, err, "%d/%d", tc.blob, tc.quota)
		} else {
			require.ErrorIs(t, err, types.ErrInvalidLimits, "%d/%d", tc.blob, tc.quota)
		}
	}
}

func TestValidateRollupID(t *testing.T) {
	for id, ok := range map[string]bool{
		"a": true, "demo": true, "my-rollup-2": true, "0": true, "abcdefghijklmnopqrstuvwxyz012345": true,
		"": false, "abcdefghijklmnopqrstuvwxyz0123456": false, "Demo": false, "-demo": false, "demo-": false,
		"-": false, "de_mo": false, "de.mo": false, "dé": false, "de mo": false,
	} {
		err := types.ValidateRollupID(id)
		if ok {
			require.NoError(t, err, "%q", id)
		} else {
			require.ErrorIs(t, err, types.ErrInvalidRollupID, "%q", id)
		}
	}
}
