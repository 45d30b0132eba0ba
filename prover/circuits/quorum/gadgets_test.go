package quorum

import (
	"crypto/rand"
	"math/big"
	"testing"

	"github.com/consensys/gnark-crypto/ecc"
	"github.com/consensys/gnark-crypto/ecc/bn254/twistededwards"
	"github.com/consensys/gnark/frontend"
	stdbits "github.com/consensys/gnark/std/math/bits"
	"github.com/consensys/gnark/test"
)

// lessOrEqCircuit checks the S < l gadget on its own, at its boundaries.
type lessOrEqCircuit struct{ S frontend.Variable }

func (c *lessOrEqCircuit) Define(api frontend.API) error {
	b := stdbits.ToBinary(api, c.S, stdbits.WithNbDigits(scalarBits))
	assertLessOrEqualConst(api, b, subOne(consts().order))
	return nil
}

func TestScalarBelowOrder(t *testing.T) {
	l := consts().order
	assert := test.NewAssert(t)
	for _, ok := range []*big.Int{big.NewInt(0), subOne(l), new(big.Int).Rsh(l, 1)} {
		assert.CheckCircuit(&lessOrEqCircuit{}, test.WithValidAssignment(&lessOrEqCircuit{S: ok}),
			test.WithCurves(ecc.BN254), test.NoFuzzing())
	}
	top := new(big.Int).Sub(new(big.Int).Lsh(big.NewInt(1), uint(scalarBits)), big.NewInt(1))
	for _, bad := range []*big.Int{l, new(big.Int).Add(l, big.NewInt(1)), top} {
		assert.CheckCircuit(&lessOrEqCircuit{}, test.WithInvalidAssignment(&lessOrEqCircuit{S: bad}),
			test.WithCurves(ecc.BN254), test.NoFuzzing())
	}
}

// mulCircuit checks fixedBaseMul and varBaseMul against gnark-crypto.
type mulCircuit struct {
	K    frontend.Variable
	P, Q point // Q = [K]P
	FB   point // FB = [K]B
}

func (c *mulCircuit) Define(api frontend.API) error {
	kb := stdbits.ToBinary(api, c.K, stdbits.WithNbDigits(scalarBits+1))
	fb := fixedBaseMul(api, kb[:scalarBits])
	api.AssertIsEqual(fb.X, c.FB.X)
	api.AssertIsEqual(fb.Y, c.FB.Y)
	q := varBaseMul(api, c.P, kb[:scalarBits+1])
	api.AssertIsEqual(q.X, c.Q.X)
	api.AssertIsEqual(q.Y, c.Q.Y)
	return nil
}

func TestScalarMulMatchesNative(t *testing.T) {
	curve := twistededwards.GetEdwardsCurve()
	k, err := rand.Int(rand.Reader, &curve.Order)
	if err != nil {
		t.Fatal(err)
	}
	var p, q, fb twistededwards.PointAffine
	p.ScalarMultiplication(&curve.Base, big.NewInt(7))
	q.ScalarMultiplication(&p, k)
	fb.ScalarMultiplication(&curve.Base, k)
	bi := func(e interface{ BigInt(*big.Int) *big.Int }) *big.Int { return e.BigInt(new(big.Int)) }
	ok := &mulCircuit{
		K: k, P: point{bi(&p.X), bi(&p.Y)}, Q: point{bi(&q.X), bi(&q.Y)}, FB: point{bi(&fb.X), bi(&fb.Y)},
	}
	bad := *ok
	bad.K = new(big.Int).Add(k, big.NewInt(1))
	test.NewAssert(t).CheckCircuit(&mulCircuit{}, test.WithValidAssignment(ok), test.WithInvalidAssignment(&bad),
		test.WithCurves(ecc.BN254), test.NoFuzzing())
}
