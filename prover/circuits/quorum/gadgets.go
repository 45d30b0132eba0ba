package quorum

import (
	"math/big"
	"sync"

	"github.com/consensys/gnark-crypto/ecc/bn254/fr"
	"github.com/consensys/gnark-crypto/ecc/bn254/twistededwards"
	"github.com/consensys/gnark/frontend"
)

// point is an affine twisted Edwards point in circuit, coordinates in BN254's fr.
type point struct{ X, Y frontend.Variable }

// curveConsts are the baby-jubjub constants as big integers (a = -1).
type curveConsts struct {
	a, d, order *big.Int
}

var consts = sync.OnceValue(func() curveConsts {
	c := twistededwards.GetEdwardsCurve()
	return curveConsts{a: c.A.BigInt(new(big.Int)), d: c.D.BigInt(new(big.Int)), order: new(big.Int).Set(&c.Order)}
})

// assertOnCurve enforces a·x² + y² = 1 + d·x²·y² (3 constraints). The Edwards
// formulas below are complete (a square, d non-square in fr) only for points on
// the curve; off-curve inputs could make a denominator 0 and DivUnchecked free.
func assertOnCurve(api frontend.API, p point) {
	c := consts()
	xx := api.Mul(p.X, p.X)
	yy := api.Mul(p.Y, p.Y)
	lhs := api.Add(api.Mul(xx, c.a), yy)
	rhs := api.Add(1, api.Mul(c.d, xx, yy))
	api.AssertIsEqual(lhs, rhs)
}

// add is the complete unified Edwards addition (6 constraints).
func add(api frontend.API, p, q point) point {
	c := consts()
	u := api.Mul(api.Sub(p.Y, api.Mul(c.a, p.X)), api.Add(q.X, q.Y))
	v0 := api.Mul(p.X, q.Y)
	v1 := api.Mul(q.X, p.Y)
	v2 := api.Mul(c.d, v0, v1)
	x := api.DivUnchecked(api.Add(v0, v1), api.Add(1, v2))
	y := api.DivUnchecked(api.Sub(api.Add(u, api.Mul(c.a, v0)), v1), api.Sub(1, v2))
	return point{x, y}
}

// double is the dedicated Edwards doubling (5 constraints).
func double(api frontend.API, p point) point {
	c := consts()
	u := api.Mul(p.X, p.Y)
	v := api.Mul(p.X, p.X)
	w := api.Mul(p.Y, p.Y)
	av := api.Mul(v, c.a)
	x := api.DivUnchecked(api.Mul(2, u), api.Add(w, av))
	y := api.DivUnchecked(api.Sub(w, av), api.Sub(2, api.Add(w, av)))
	return point{x, y}
}

func neg(api frontend.API, p point) point { return point{api.Neg(p.X), p.Y} }

// fixedWindow is the window width of the fixed-base table for [S]B. Three bits
// cost 4 products + 1 addition = 10 constraints per window (3.3 per bit),
// against 3.5 per bit for two bits and 4.25 for four.
const fixedWindow = 3

// baseTable[j][k] = [k·8^j]B for the 84 windows covering a 252-bit scalar.
var baseTable = sync.OnceValue(func() [][1 << fixedWindow][2]*big.Int {
	c := twistededwards.GetEdwardsCurve()
	nWin := (scalarBits + fixedWindow - 1) / fixedWindow
	tab := make([][1 << fixedWindow][2]*big.Int, nWin)
	var step twistededwards.PointAffine
	step.Set(&c.Base)
	for j := range nWin {
		var acc twistededwards.PointAffine
		acc.X.SetZero()
		acc.Y.SetOne()
		for k := range 1 << fixedWindow {
			tab[j][k] = [2]*big.Int{acc.X.BigInt(new(big.Int)), acc.Y.BigInt(new(big.Int))}
			acc.Add(&acc, &step)
		}
		step.Set(&acc) // acc = [8]step after 8 additions
	}
	return tab
})

// lookup3 selects v[b0 + 2·b1 + 4·b2] from 8 constants as the multilinear
// polynomial in the bits. The products are shared by both coordinates, so a
// window costs 4 constraints; the sums are linear and free in R1CS.
func lookup3(api frontend.API, b [3]frontend.Variable, prods [4]frontend.Variable, v [8]*big.Int) frontend.Variable {
	coef := func(signs ...int) *big.Int {
		r := new(big.Int)
		for i, s := range signs {
			if s != 0 {
				r.Add(r, new(big.Int).Mul(big.NewInt(int64(s)), v[i]))
			}
		}
		return r
	}
	res := []frontend.Variable{
		v[0],
		api.Mul(b[0], coef(-1, 1)),
		api.Mul(b[1], coef(-1, 0, 1)),
		api.Mul(b[2], coef(-1, 0, 0, 0, 1)),
		api.Mul(prods[0], coef(1, -1, -1, 1)),               // b0b1
		api.Mul(prods[1], coef(1, -1, 0, 0, -1, 1)),         // b0b2
		api.Mul(prods[2], coef(1, 0, -1, 0, -1, 0, 1)),      // b1b2
		api.Mul(prods[3], coef(-1, 1, 1, -1, 1, -1, -1, 1)), // b0b1b2
	}
	return api.Add(res[0], res[1], res[2:]...)
}

// fixedBaseMul returns [s]B for the bits of s (LSB first) with a precomputed
// table per 3-bit window and no doublings: ~10 constraints per window.
func fixedBaseMul(api frontend.API, sBits []frontend.Variable) point {
	tab := baseTable()
	var acc point
	for j := range tab {
		var b [3]frontend.Variable
		for i := range b {
			b[i] = frontend.Variable(0)
			if k := j*fixedWindow + i; k < len(sBits) {
				b[i] = sBits[k]
			}
		}
		b01 := api.Mul(b[0], b[1])
		prods := [4]frontend.Variable{b01, api.Mul(b[0], b[2]), api.Mul(b[1], b[2]), api.Mul(b01, b[2])}
		var xs, ys [8]*big.Int
		for k := range 8 {
			xs[k], ys[k] = tab[j][k][0], tab[j][k][1]
		}
		p := point{lookup3(api, b, prods, xs), lookup3(api, b, prods, ys)}
		if j == 0 {
			acc = p
			continue
		}
		acc = add(api, acc, p)
	}
	return acc
}

// varBaseMul returns [k]P for the bits of k (LSB first, even length) with
// 2-bit windows over the table {O, P, 2P, 3P}: per window 2 doublings, one
// 3-constraint lookup per coordinate and one addition (22 constraints).
// P must be on the curve; the identity is allowed.
func varBaseMul(api frontend.API, p point, kBits []frontend.Variable) point {
	p2 := double(api, p)
	p3 := add(api, p2, p)
	look := func(i int) point {
		b0, b1 := kBits[i], kBits[i+1]
		return point{
			api.Lookup2(b0, b1, 0, p.X, p2.X, p3.X),
			api.Lookup2(b0, b1, 1, p.Y, p2.Y, p3.Y),
		}
	}
	n := len(kBits)
	acc := look(n - 2)
	for i := n - 4; i >= 0; i -= 2 {
		acc = double(api, double(api, acc))
		acc = add(api, acc, look(i))
	}
	return acc
}

// assertLessOrEqualConst enforces Σ bits[i]·2^i ≤ bound for boolean bits (LSB
// first) with one constraint per bit: walking from the most significant bit,
// eq tracks "all higher bits equal the bound's". Where the bound has a 1,
// eq ← eq·b; where it has a 0, the product eq·b flags a violation. The flags
// are boolean, so their sum (< r terms) is zero iff every flag is, and one
// final assertion replaces one per zero bit.
func assertLessOrEqualConst(api frontend.API, bits []frontend.Variable, bound *big.Int) {
	if bound.BitLen() > len(bits) {
		return // every len(bits)-bit value is below the bound
	}
	var violations frontend.Variable = 0
	for i := len(bits) - 1; i >= bound.BitLen(); i-- {
		violations = api.Add(violations, bits[i])
	}
	var eq frontend.Variable = 1
	for i := bound.BitLen() - 1; i >= 0; i-- {
		if bound.Bit(i) == 1 {
			eq = api.Mul(eq, bits[i])
		} else {
			violations = api.Add(violations, api.Mul(eq, bits[i]))
		}
	}
	api.AssertIsEqual(violations, 0)
}

// scalarBits is the bit length of the subgroup order l (S < l < 2^251).
var scalarBits = consts().order.BitLen()

// frBits is the bit length of BN254's scalar field (challenge hashes are in fr).
var frBits = fr.Modulus().BitLen()

func subOne(x *big.Int) *big.Int { return new(big.Int).Sub(x, big.NewInt(1)) }
