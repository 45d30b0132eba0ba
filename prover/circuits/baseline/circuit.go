// Package baseline is the straightforward quorum circuit — gnark std EdDSA
// with MiMC for both the challenge and the validator-set hash — kept only as
// the reference point for the benchmarks of prover/circuits/quorum. It has the
// same public inputs as the quorum circuit but a different (MiMC) valset hash,
// so it is not interchangeable with it; never deploy it.
package baseline

import (
	"fmt"
	"math/bits"

	tedwards "github.com/consensys/gnark-crypto/ecc/twistededwards"
	"github.com/consensys/gnark/frontend"
	"github.com/consensys/gnark/std/algebra/native/twistededwards"
	"github.com/consensys/gnark/std/hash/mimc"
	stdbits "github.com/consensys/gnark/std/math/bits"
	"github.com/consensys/gnark/std/signature/eddsa"
)

// Slot mirrors quorum.Slot with gnark std types.
type Slot struct {
	PubKey eddsa.PublicKey
	Power  frontend.Variable
	Signed frontend.Variable
	Sig    eddsa.Signature
}

// Circuit is the baseline quorum circuit of capacity len(Slots).
type Circuit struct {
	MsgHash    frontend.Variable `gnark:",public"`
	ValsetHash frontend.Variable `gnark:",public"`
	Prover     frontend.Variable `gnark:",public"`
	Slots      []Slot
}

// New returns an empty baseline circuit of the given capacity.
func New(capacity int) *Circuit { return &Circuit{Slots: make([]Slot, capacity)} }

// Define: ValsetHash = MiMC(capacity, x_0, y_0, power_0, …); every signed slot
// passes std eddsa.Verify (MiMC challenge); 3·signed > 2·total; Prover < 2^160.
func (c *Circuit) Define(api frontend.API) error {
	curve, err := twistededwards.NewEdCurve(api, tedwards.BN254)
	if err != nil {
		return fmt.Errorf("baseline: curve: %w", err)
	}
	vh, err := mimc.NewMiMC(api)
	if err != nil {
		return fmt.Errorf("baseline: mimc: %w", err)
	}
	stdbits.ToBinary(api, c.Prover, stdbits.WithNbDigits(160))
	vh.Write(len(c.Slots))
	var signed, total frontend.Variable = 0, 0
	for i := range c.Slots {
		s := &c.Slots[i]
		vh.Write(s.PubKey.A.X, s.PubKey.A.Y, s.Power)
		stdbits.ToBinary(api, s.Power, stdbits.WithNbDigits(64))
		api.AssertIsBoolean(s.Signed)
		total = api.Add(total, s.Power)
		signed = api.Add(signed, api.Mul(s.Signed, s.Power))
		if err := verifyGated(api, curve, s, c.MsgHash); err != nil {
			return err
		}
	}
	api.AssertIsEqual(vh.Sum(), c.ValsetHash)
	diff := api.Sub(api.Mul(3, signed), api.Mul(2, total), 1)
	stdbits.ToBinary(api, diff, stdbits.WithNbDigits(66+bits.Len(uint(len(c.Slots)))))
	return nil
}

// verifyGated runs std eddsa.Verify on the slot when Signed = 1 and on the
// trivially valid (A = O, R = O, S = 0) otherwise, because std Verify cannot be
// switched off.
func verifyGated(api frontend.API, curve twistededwards.Curve, s *Slot, msg frontend.Variable) error {
	sel := func(p twistededwards.Point) twistededwards.Point {
		return twistededwards.Point{X: api.Select(s.Signed, p.X, 0), Y: api.Select(s.Signed, p.Y, 1)}
	}
	pub := eddsa.PublicKey{A: sel(s.PubKey.A)}
	sig := eddsa.Signature{R: sel(s.Sig.R), S: api.Select(s.Signed, s.Sig.S, 0)}
	h, err := mimc.NewMiMC(api)
	if err != nil {
		return fmt.Errorf("baseline: mimc: %w", err)
	}
	return eddsa.Verify(curve, sig, msg, pub, &h)
}
