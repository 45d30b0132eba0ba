package sighash

import (
	"errors"
	"fmt"
	"io"
	"math/big"

	"github.com/consensys/gnark-crypto/ecc/bn254/fr"
	"github.com/consensys/gnark-crypto/ecc/bn254/twistededwards"
	"github.com/consensys/gnark-crypto/ecc/bn254/twistededwards/eddsa"
)

// Sizes of the wire encodings of checkpoint keys and signatures.
const (
	PubKeySize    = 32 // compressed twisted Edwards point (y, sign of x in the top bit)
	SignatureSize = 64 // compressed R || big-endian S
)

// Errors returned by the parsing and verification helpers.
var (
	ErrInvalidPubKey    = errors.New("sighash: invalid checkpoint public key")
	ErrInvalidSignature = errors.New("sighash: invalid checkpoint signature")
	ErrInvalidMessage   = errors.New("sighash: message is not a canonical BN254 scalar")
)

// GenerateKey creates a checkpoint key (gnark-crypto's EdDSA on BN254's
// twisted Edwards curve, "baby jubjub") from 32 bytes of rand.
func GenerateKey(rand io.Reader) (*eddsa.PrivateKey, error) {
	k, err := eddsa.GenerateKey(rand)
	if err != nil {
		return nil, fmt.Errorf("sighash: generate checkpoint key: %w", err)
	}
	return k, nil
}

// MarshalPubKey returns the 32-byte compressed encoding of a public key.
func MarshalPubKey(pub *eddsa.PublicKey) []byte {
	return pub.Bytes()
}

// UnmarshalPubKey decodes a 32-byte compressed public key and rejects anything
// the circuit could not safely use: off-curve or non-canonical encodings, the
// identity, and points outside the prime-order subgroup (the circuit relies on
// this check instead of repeating it per signer).
func UnmarshalPubKey(b []byte) (*eddsa.PublicKey, error) {
	p, err := decodePoint(b)
	if err != nil {
		return nil, fmt.Errorf("%w: %w", ErrInvalidPubKey, err)
	}
	if p.IsZero() || !inSubgroup(p) {
		return nil, fmt.Errorf("%w: not in the prime-order subgroup", ErrInvalidPubKey)
	}
	return &eddsa.PublicKey{A: *p}, nil
}

// decodePoint decodes a compressed point and insists on the canonical,
// on-curve encoding, so that one key has exactly one byte representation.
func decodePoint(b []byte) (*twistededwards.PointAffine, error) {
	if len(b) != PubKeySize {
		return nil, fmt.Errorf("length %d, want %d", len(b), PubKeySize)
	}
	var p twistededwards.PointAffine
	if _, err := p.SetBytes(b); err != nil {
		return nil, err
	}
	if !p.IsOnCurve() {
		return nil, errors.New("point not on curve")
	}
	if enc := p.Bytes(); string(enc[:]) != string(b) {
		return nil, errors.New("non-canonical point encoding")
	}
	return &p, nil
}

// inSubgroup reports whether [l]p is the identity, l the prime subgroup order.
func inSubgroup(p *twistededwards.PointAffine) bool {
	var q twistededwards.PointAffine
	curve := twistededwards.GetEdwardsCurve()
	q.ScalarMultiplication(p, &curve.Order)
	return q.IsZero()
}

// Signature is a decoded checkpoint signature: R on the curve, S < l.
type Signature struct {
	R twistededwards.PointAffine
	S big.Int
}

// ParseSignature decodes a 64-byte signature (compressed R || big-endian S).
// It rejects S ≥ l, which makes signatures non-malleable (S+l would otherwise
// verify too), and an R that is off-curve or non-canonically encoded.
func ParseSignature(b []byte) (*Signature, error) {
	if len(b) != SignatureSize {
		return nil, fmt.Errorf("%w: length %d, want %d", ErrInvalidSignature, len(b), SignatureSize)
	}
	r, err := decodePoint(b[:32])
	if err != nil {
		return nil, fmt.Errorf("%w: R: %w", ErrInvalidSignature, err)
	}
	sig := &Signature{R: *r}
	sig.S.SetBytes(b[32:])
	curve := twistededwards.GetEdwardsCurve()
	if sig.S.Cmp(&curve.Order) >= 0 {
		return nil, fmt.Errorf("%w: S >= subgroup order", ErrInvalidSignature)
	}
	return sig, nil
}

// Bytes returns the 64-byte encoding of s (compressed R || big-endian S), the
// inverse of [ParseSignature].
func (s *Signature) Bytes() []byte {
	r := s.R.Bytes()
	out := make([]byte, SignatureSize)
	copy(out, r[:])
	s.S.FillBytes(out[32:])
	return out
}

// msgBytes returns the 32-byte big-endian message gnark-crypto's eddsa signs.
func msgBytes(msg *big.Int) ([]byte, error) {
	if msg == nil || msg.Sign() < 0 || msg.Cmp(fr.Modulus()) >= 0 {
		return nil, ErrInvalidMessage
	}
	var e fr.Element
	e.SetBigInt(msg)
	b := e.Bytes()
	return b[:], nil
}

// Sign signs a message (a BN254 scalar, e.g. [Fields.MsgHash]) with the
// Poseidon2 challenge hash and returns the 64-byte signature.
func Sign(priv *eddsa.PrivateKey, msg *big.Int) ([]byte, error) {
	m, err := msgBytes(msg)
	if err != nil {
		return nil, err
	}
	sig, err := priv.Sign(m, NewChallengeHasher())
	if err != nil {
		return nil, fmt.Errorf("sighash: sign: %w", err)
	}
	return sig, nil
}

// Verify checks a 64-byte signature on msg under a 32-byte public key with the
// cofactored equation [8][S]B = [8](R + [h]A), h = [Challenge](R, A, msg),
// which is exactly what the quorum circuit checks. It returns nil when valid.
func Verify(pubKey []byte, msg *big.Int, sig []byte) error {
	pub, err := UnmarshalPubKey(pubKey)
	if err != nil {
		return err
	}
	s, err := ParseSignature(sig)
	if err != nil {
		return err
	}
	if _, err := msgBytes(msg); err != nil {
		return err
	}
	if !verifyEquation(&pub.A, s, msg) {
		return fmt.Errorf("%w: equation does not hold", ErrInvalidSignature)
	}
	return nil
}

// verifyEquation evaluates the cofactored EdDSA verification equation.
func verifyEquation(a *twistededwards.PointAffine, s *Signature, msg *big.Int) bool {
	curve := twistededwards.GetEdwardsCurve()
	var m fr.Element
	m.SetBigInt(msg)
	h := Challenge(s.R.X, s.R.Y, a.X, a.Y, m)
	var hInt, cof big.Int
	h.BigInt(&hInt)
	curve.Cofactor.BigInt(&cof)

	var lhs, rhs twistededwards.PointAffine
	lhs.ScalarMultiplication(&curve.Base, &s.S).ScalarMultiplication(&lhs, &cof)
	rhs.ScalarMultiplication(a, &hInt).Add(&rhs, &s.R).ScalarMultiplication(&rhs, &cof)
	return lhs.Equal(&rhs)
}
