package types

import (
	"cosmossdk.io/math"

	sdk "github.com/cosmos/cosmos-sdk/types"
)

// DefaultFeeDenom is the chain's fee and staking denom.
const DefaultFeeDenom = "useq"

// DefaultParams are sized for 1 s blocks: 2 MiB blobs, 4 MiB per rollup per block.
func DefaultParams() Params {
	return Params{
		RegistrationFee:          sdk.NewInt64Coin(DefaultFeeDenom, 1_000_000),
		MaxBlobBytes:             2 << 20,
		MaxLaneQuotaBytes:        8 << 20,
		MaxBlobsPerMsg:           256,
		MinBaseFee:               math.LegacyMustNewDecFromStr("0.01"),
		BaseFeeChangeDenominator: 8,
		FeeDenom:                 DefaultFeeDenom,
	}
}

// Validate checks every field; it is also called by GenesisState.Validate.
func (p Params) Validate() error {
	if err := p.RegistrationFee.Validate(); err != nil {
		return ErrInvalidParams.Wrapf("registration_fee: %s", err)
	}
	if err := sdk.ValidateDenom(p.FeeDenom); err != nil {
		return ErrInvalidParams.Wrapf("fee_denom: %s", err)
	}
	if p.MaxBlobBytes == 0 || p.MaxLaneQuotaBytes < p.MaxBlobBytes {
		return ErrInvalidParams.Wrap("need 0 < max_blob_bytes <= max_lane_quota_bytes")
	}
	if p.MaxBlobsPerMsg == 0 {
		return ErrInvalidParams.Wrap("max_blobs_per_msg must be positive")
	}
	// A zero floor would pin the fee at zero forever: every EIP-1559 step is a fraction of it.
	if p.MinBaseFee.IsNil() || !p.MinBaseFee.IsPositive() {
		return ErrInvalidParams.Wrap("min_base_fee must be > 0")
	}
	if p.BaseFeeChangeDenominator == 0 {
		return ErrInvalidParams.Wrap("base_fee_change_denominator must be positive")
	}
	return nil
}

// ValidateLimits checks a rollup's limits against the params.
func (p Params) ValidateLimits(maxBlobBytes, laneQuotaBytes uint64) error {
	if maxBlobBytes == 0 || maxBlobBytes > p.MaxBlobBytes {
		return ErrInvalidLimits.Wrapf("max_blob_bytes %d not in [1, %d]", maxBlobBytes, p.MaxBlobBytes)
	}
	if laneQuotaBytes < maxBlobBytes || laneQuotaBytes > p.MaxLaneQuotaBytes {
		return ErrInvalidLimits.Wrapf("lane_quota_bytes %d not in [max_blob_bytes=%d, %d]",
			laneQuotaBytes, maxBlobBytes, p.MaxLaneQuotaBytes)
	}
	return nil
}
