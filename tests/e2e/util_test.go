package e2e

import "cosmossdk.io/math"

func mustDec(s string) math.LegacyDec { return math.LegacyMustNewDecFromStr(s) }
