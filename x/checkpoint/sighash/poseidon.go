package sighash

import (
	"errors"
	"fmt"
	"hash"
	"math/big"
	"sync"

	"github.com/consensys/gnark-crypto/ecc/bn254/fr"
	"github.com/consensys/gnark-crypto/ecc/bn254/fr/poseidon2"
)

// Poseidon2 parameters shared with the circuit: gnark-crypto's default BN254
// instance (width 2, 6 full rounds, 50 partial rounds, x^5 S-box), used as a
// 2-to-1 compression function. The circuit must instantiate exactly these.
const (
	Poseidon2Width         = 2
	Poseidon2FullRounds    = 6
	Poseidon2PartialRounds = 50
)

var permutation = sync.OnceValue(func() *poseidon2.Permutation {
	return poseidon2.NewPermutation(Poseidon2Width, Poseidon2FullRounds, Poseidon2PartialRounds)
})

// Compress is the Poseidon2 2-to-1 compression C(a, b) = P(a, b)[1] + b, the
// same function as gnark-crypto's Permutation.Compress and gnark's in-circuit
// poseidon2.Permutation.Compress. Every hash of this package is built from it.
func Compress(a, b fr.Element) fr.Element {
	state := [2]fr.Element{a, b}
	if err := permutation().Permutation(state[:]); err != nil {
		panic(fmt.Sprintf("sighash: poseidon2: %v", err)) // width is fixed: cannot fail
	}
	var out fr.Element
	out.Add(&state[1], &b)
	return out
}

// PubKeyHash is C(A.x, A.y). It is shared by the challenge hash and the
// validator-set hash so that the circuit computes it once per member.
func PubKeyHash(x, y fr.Element) fr.Element {
	return Compress(x, y)
}

// ChallengeBits is the length of the EdDSA challenge scalar. A 128-bit
// challenge keeps Schnorr/EdDSA at the 128-bit level (forgery in the random
// oracle model needs about 2^ChallengeBits hash queries; Neven–Smart–Warinschi,
// "Hash function requirements for Schnorr signatures", 2009), which matches the
// ~126-bit discrete-log security of the 251-bit subgroup, and it halves the
// variable-base scalar multiplication the circuit does per signer.
const ChallengeBits = 128

// Challenge is the EdDSA challenge scalar: the low [ChallengeBits] bits of
// C(C(C(R.x, R.y), C(A.x, A.y)), M), a fixed-length Merkle–Damgård chain over
// (R, H(A), M). The chain is collision resistant for fixed-length input if C is,
// and costs the circuit three compressions beyond the public-key hash it
// already computes for the valset. The truncation is taken from the canonical
// (< r) value of the hash.
func Challenge(rx, ry, ax, ay, msg fr.Element) fr.Element {
	s := Compress(rx, ry)
	s = Compress(s, PubKeyHash(ax, ay))
	s = Compress(s, msg)
	var full, mask big.Int
	s.BigInt(&full)
	mask.Lsh(big.NewInt(1), ChallengeBits).Sub(&mask, big.NewInt(1))
	var out fr.Element
	out.SetBigInt(full.And(&full, &mask))
	return out
}

// challengeBlocks is what gnark-crypto's eddsa Sign/Verify write to the hash:
// R.x, R.y, A.x, A.y and the 32-byte message.
const challengeBlocks = 5

var errChallengeInput = errors.New("sighash: challenge hasher expects R.x, R.y, A.x, A.y, msg as 5 canonical 32-byte field elements")

// challengeHasher adapts [Challenge] to the hash.Hash that gnark-crypto's eddsa
// expects. gnark-crypto writes the five 32-byte values in order; Sum parses
// them as canonical field elements and returns the big-endian challenge.
type challengeHasher struct {
	buf []byte
	err error
}

// NewChallengeHasher returns the hash.Hash to pass to gnark-crypto's
// eddsa.PrivateKey.Sign and eddsa.PublicKey.Verify. Sum never panics: on
// malformed input it returns 32 0xff bytes, which is not a canonical field
// element and therefore never equals a real challenge ([Sign] and [Verify]
// only ever feed it canonical values).
func NewChallengeHasher() hash.Hash { return &challengeHasher{} }

func (h *challengeHasher) Write(p []byte) (int, error) {
	h.buf = append(h.buf, p...)
	return len(p), nil
}

func (h *challengeHasher) Sum(b []byte) []byte {
	c, err := h.challenge()
	if err != nil {
		h.err = err
		var bad [fr.Bytes]byte
		for i := range bad {
			bad[i] = 0xff
		}
		return append(b, bad[:]...)
	}
	out := c.Bytes()
	return append(b, out[:]...)
}

func (h *challengeHasher) challenge() (fr.Element, error) {
	if len(h.buf) != challengeBlocks*fr.Bytes {
		return fr.Element{}, errChallengeInput
	}
	var e [challengeBlocks]fr.Element
	for i := range e {
		if err := e[i].SetBytesCanonical(h.buf[i*fr.Bytes : (i+1)*fr.Bytes]); err != nil {
			return fr.Element{}, errors.Join(errChallengeInput, err)
		}
	}
	return Challenge(e[0], e[1], e[2], e[3], e[4]), nil
}

func (h *challengeHasher) Reset()         { h.buf, h.err = h.buf[:0], nil }
func (h *challengeHasher) Size() int      { return fr.Bytes }
func (h *challengeHasher) BlockSize() int { return fr.Bytes }
