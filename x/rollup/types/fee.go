package types

import "cosmossdk.io/math"

// BlobFee is ceil(baseFee x bytes) in the fee denom.
func BlobFee(baseFee math.LegacyDec, bytes uint64) math.Int {
	return baseFee.MulInt(math.NewIntFromUint64(bytes)).Ceil().TruncateInt()
}

// NextBaseFee applies the EIP-1559 rule against the rollup's own target (half its lane quota):
// the fee moves by at most 1/denominator per block towards balancing used bytes with the target,
// and never drops below minFee.
func NextBaseFee(cur math.LegacyDec, used, laneQuota uint64, denominator uint32, minFee math.LegacyDec) math.LegacyDec {
	target := laneQuota / 2
	if target == 0 {
		return math.LegacyMaxDec(cur, minFee)
	}
	t := math.LegacyNewDecFromInt(math.NewIntFromUint64(target))
	var next math.LegacyDec
	switch {
	case used > target:
		// Cap the excess at target so that a rise never exceeds 1/denominator: used can pass
		// 2 x target when the quota is odd, or when MsgUpdateRollup lowered it after the
		// block's blobs were accepted under the old quota.
		diff := math.LegacyNewDecFromInt(math.NewIntFromUint64(min(used-target, target)))
		next = cur.Add(cur.Mul(diff).Quo(t).QuoInt64(int64(denominator)))
	case used < target:
		diff := math.LegacyNewDecFromInt(math.NewIntFromUint64(target - used))
		next = cur.Sub(cur.Mul(diff).Quo(t).QuoInt64(int64(denominator)))
	default:
		next = cur
	}
	return math.LegacyMaxDec(next, minFee)
}
