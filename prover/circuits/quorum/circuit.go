// Package quorum is the quorum-certificate circuit: a Groth16 proof that
// validators holding more than two thirds of a committed validator set's power
// signed one checkpoint message, bound to the L1 address allowed to post it.
package quorum

import (
	"fmt"
	"math/bits"

	"github.com/consensys/gnark/frontend"
	stdbits "github.com/consensys/gnark/std/math/bits"
	"github.com/consensys/gnark/std/permutation/poseidon2"

	"github.com/seq-network/seq/x/checkpoint/sighash"
)

// Version identifies the constraint system; bump it on any change to Define so
// that cached proving keys (prover/setup) are never reused across versions.
const Version = "quorum-v1"

// Bit widths of the range checks.
const (
	PowerBits  = 64  // a member's power is a uint64
	ProverBits = 160 // an L1 address
)

// Slot is one validator-set position: the member's key and power (committed
// by ValsetHash) and, when Signed = 1, its signature (R, S) on MsgHash.
type Slot struct {
	PubKeyX, PubKeyY frontend.Variable
	Power            frontend.Variable
	Signed           frontend.Variable
	SigRX, SigRY     frontend.Variable
	SigS             frontend.Variable
}

// Circuit proves a quorum certificate for a validator set of fixed capacity
// len(Slots) (16, 32, 64, 128 …; one definition for all).
//
// Public inputs, in this order: MsgHash (the checkpoint's msg_hash, < r),
// ValsetHash (sighash.ValsetHash of the signer set) and Prover (the poster's
// 160-bit L1 address).
//
// Constraints and why they are sound:
//
//   - ValsetHash = sighash.ValsetHash(slots): Poseidon2 over (x, y, power) of
//     every slot, padding included. Collision resistance binds every key and
//     power to the set the chain snapshotted; the chain only admits keys that
//     pass sighash.UnmarshalPubKey (on-curve, canonical, in the prime-order
//     subgroup, not the identity), so the circuit does not repeat those checks.
//     Padding slots hold the identity and power 0 and can never add power.
//   - Power_i < 2^64 and Σ Power ≤ N·2^64, so 3·Σ Signed·Power − 2·Σ Power − 1
//     fits in 66+log2(N) bits when non-negative; the circuit decomposes it into
//     that many bits, which fails for a negative (wrapped, ~2^254) value. This
//     is the strict 3·signed > 2·total test.
//   - Signed_i is boolean. For every slot the circuit computes the cofactored
//     residual D = [8]([S]B − R − [h]A), h = sighash.Challenge(R, A, MsgHash), and enforces Signed_i·D.x = 0 and Signed_i·(D.y − 1) = 0:
//     D must be the identity when the slot claims a signature, and is ignored
//     otherwise. Unsigned slots therefore still carry well-formed values (R on
//     the curve, S < l); the witness builder uses R = O, S = 0.
//   - R is asserted to be on the curve, so every Edwards formula is complete
//     and no DivUnchecked sees 0/0. A and B are in the subgroup; R may carry a
//     small-order component, which the cofactor 8 clears, exactly like the
//     native cofactored verifier (sighash.Verify).
//   - S is decomposed into 251 bits and compared with l − 1, so S + l (the
//     malleated signature) is rejected. h is decomposed canonically
//     (bits < r, gnark's default ToBinary) before truncation to the 128-bit
//     challenge, so the scalar is exactly sighash.Challenge, never derived from
//     h + r. A 128-bit challenge keeps EdDSA at the 128-bit level (see
//     sighash.ChallengeBits) and halves the variable-base multiplication.
//   - Prover is decomposed into 160 bits: that range check is a real
//     constraint on the public input, so a Groth16 proof is bound to one
//     address and a proof copied from the mempool is useless to anyone else.
//
// Cost per slot versus the baseline (gnark std eddsa + MiMC, 7.7k): the
// challenge and valset hashes use 6 Poseidon2 compressions (186 constraints
// each) instead of 8 MiMC blocks (330), the public-key hash is shared between
// them; [S]B uses a 3-bit fixed-base table with no doublings (~10 constraints
// per 3 bits) instead of a joint double-and-add; [h]A runs over a 128-bit
// challenge with 2-bit windows (~11 constraints per bit) instead of 254 bits. See BENCHMARKS.md for measured figures.
type Circuit struct {
	MsgHash    frontend.Variable `gnark:",public"`
	ValsetHash frontend.Variable `gnark:",public"`
	Prover     frontend.Variable `gnark:",public"`
	Slots      []Slot
}

// QuorumCircuit is the name DESIGN.md §6 uses for [Circuit].
type QuorumCircuit = Circuit

// New returns an empty circuit of the given capacity, for compilation.
func New(capacity int) *Circuit {
	return &Circuit{Slots: make([]Slot, capacity)}
}

// Define declares the constraints documented on [Circuit].
func (c *Circuit) Define(api frontend.API) error {
	if len(c.Slots) == 0 {
		return fmt.Errorf("quorum: capacity must be positive")
	}
	perm, err := poseidon2.NewPoseidon2FromParameters(api,
		sighash.Poseidon2Width, sighash.Poseidon2FullRounds, sighash.Poseidon2PartialRounds)
	if err != nil {
		return fmt.Errorf("quorum: poseidon2: %w", err)
	}
	stdbits.ToBinary(api, c.Prover, stdbits.WithNbDigits(ProverBits))

	var acc frontend.Variable = len(c.Slots)
	var signed, total frontend.Variable = 0, 0
	for i := range c.Slots {
		s := &c.Slots[i]
		pk := perm.Compress(s.PubKeyX, s.PubKeyY)
		acc = perm.Compress(perm.Compress(acc, pk), s.Power)
		stdbits.ToBinary(api, s.Power, stdbits.WithNbDigits(PowerBits))
		api.AssertIsBoolean(s.Signed)
		total = api.Add(total, s.Power)
		signed = api.Add(signed, api.Mul(s.Signed, s.Power))
		c.verifySlot(api, perm, s, pk)
	}
	api.AssertIsEqual(acc, c.ValsetHash)
	assertSupermajority(api, signed, total, len(c.Slots))
	return nil
}

// verifySlot enforces that slot s's signature on MsgHash verifies when Signed = 1.
func (c *Circuit) verifySlot(api frontend.API, perm *poseidon2.Permutation, s *Slot, pk frontend.Variable) {
	r := point{s.SigRX, s.SigRY}
	assertOnCurve(api, r)
	h := perm.Compress(perm.Compress(perm.Compress(s.SigRX, s.SigRY), pk), c.MsgHash)

	sBits := stdbits.ToBinary(api, s.SigS, stdbits.WithNbDigits(scalarBits))
	assertLessOrEqualConst(api, sBits, subOne(consts().order))
	// Canonical decomposition (gnark enforces bits < r), then keep the low
	// ChallengeBits bits: the truncated challenge of sighash.Challenge.
	hBits := api.ToBinary(h)[:sighash.ChallengeBits]

	sb := fixedBaseMul(api, sBits)
	ha := varBaseMul(api, point{s.PubKeyX, s.PubKeyY}, hBits)
	d := add(api, sb, neg(api, add(api, ha, r)))
	d = double(api, double(api, double(api, d)))
	api.AssertIsEqual(api.Mul(s.Signed, d.X), 0)
	api.AssertIsEqual(api.Mul(s.Signed, api.Sub(d.Y, 1)), 0)
}

// assertSupermajority enforces 3·signed > 2·total by range-checking
// 3·signed − 2·total − 1 to supermajorityBits(capacity) bits.
func assertSupermajority(api frontend.API, signed, total frontend.Variable, capacity int) {
	diff := api.Sub(api.Mul(3, signed), api.Mul(2, total), 1)
	stdbits.ToBinary(api, diff, stdbits.WithNbDigits(supermajorityBits(capacity)))
}

// supermajorityBits bounds 3·Σ power ≤ 3·N·(2^64 − 1) < 2^(66 + bitlen(N)).
func supermajorityBits(capacity int) int {
	return PowerBits + 2 + bits.Len(uint(capacity))
}
