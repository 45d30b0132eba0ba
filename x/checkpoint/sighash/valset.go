package sighash

import (
	"bytes"
	"errors"
	"fmt"
	"sort"

	"github.com/consensys/gnark-crypto/ecc/bn254/fr"
)

// Errors returned by [ValsetHash].
var (
	ErrTooManyMembers   = errors.New("sighash: more members than capacity")
	ErrDuplicateMember  = errors.New("sighash: duplicate member public key")
	ErrUnsortedMembers  = errors.New("sighash: members not sorted by power desc, pubkey asc")
	ErrZeroPower        = errors.New("sighash: member with zero power")
	ErrInvalidCapacity  = errors.New("sighash: capacity must be positive")
	errMemberPubKeySize = fmt.Errorf("%w: member pubkey must be %d bytes", ErrInvalidPubKey, PubKeySize)
)

// Member is one validator of a checkpoint signer set.
type Member struct {
	PubKey []byte // 32-byte compressed checkpoint key
	Power  uint64 // consensus power at snapshot time; the circuit range-checks it to 64 bits
}

// memberLess is the canonical order: power descending, then pubkey bytes ascending.
func memberLess(a, b Member) bool {
	if a.Power != b.Power {
		return a.Power > b.Power
	}
	return bytes.Compare(a.PubKey, b.PubKey) < 0
}

// SortMembers sorts members in place into the canonical order (power
// descending, then public-key bytes ascending) that [ValsetHash] requires.
func SortMembers(members []Member) {
	sort.SliceStable(members, func(i, j int) bool { return memberLess(members[i], members[j]) })
}

// ValsetHash returns the big-endian encoding of the validator-set hash, a
// canonical BN254 scalar that the quorum circuit recomputes:
//
//	acc_0     = capacity
//	acc_{i+1} = C(C(acc_i, C(x_i, y_i)), power_i)      for i = 0 … capacity-1
//	hash      = acc_capacity
//
// C is the Poseidon2 [Compress]; (x_i, y_i) are the affine coordinates of
// member i's key, and slots past len(members) are padded with the identity
// point (0, 1) and power 0: the padding is an on-curve point, so the circuit
// runs the same complete Edwards formulas on every slot without a selector,
// and a padding slot can never add power.
// Members must be non-empty-powered, distinct, valid subgroup keys in
// canonical order ([SortMembers]); anything else is an error, so one set has
// exactly one hash.
func ValsetHash(members []Member, capacity int) ([32]byte, error) {
	e, err := ValsetHashElement(members, capacity)
	if err != nil {
		return [32]byte{}, err
	}
	return e.Bytes(), nil
}

// ValsetHashElement is [ValsetHash] as a field element (the circuit's public input).
func ValsetHashElement(members []Member, capacity int) (fr.Element, error) {
	if err := ValidateMembers(members, capacity); err != nil {
		return fr.Element{}, err
	}
	var acc fr.Element
	acc.SetUint64(uint64(capacity))
	for i := range capacity {
		var x, y, power fr.Element
		y.SetOne() // identity padding
		if i < len(members) {
			pub, _ := UnmarshalPubKey(members[i].PubKey) // validated above
			x, y = pub.A.X, pub.A.Y
			power.SetUint64(members[i].Power)
		}
		acc = Compress(Compress(acc, PubKeyHash(x, y)), power)
	}
	return acc, nil
}

// ValidateMembers checks the preconditions of [ValsetHash]: at most capacity
// members, each with a valid key and non-zero power, strictly in canonical
// order (which also rules out duplicates next to each other; duplicates with
// different powers are caught separately).
func ValidateMembers(members []Member, capacity int) error {
	if capacity <= 0 {
		return ErrInvalidCapacity
	}
	if len(members) > capacity {
		return fmt.Errorf("%w: %d > %d", ErrTooManyMembers, len(members), capacity)
	}
	seen := make(map[string]struct{}, len(members))
	for i, m := range members {
		if err := validateMember(m); err != nil {
			return fmt.Errorf("member %d: %w", i, err)
		}
		if _, dup := seen[string(m.PubKey)]; dup {
			return fmt.Errorf("%w: member %d", ErrDuplicateMember, i)
		}
		seen[string(m.PubKey)] = struct{}{}
		if i > 0 && !memberLess(members[i-1], m) {
			return fmt.Errorf("%w: at %d", ErrUnsortedMembers, i)
		}
	}
	return nil
}

func validateMember(m Member) error {
	if m.Power == 0 {
		return ErrZeroPower
	}
	if len(m.PubKey) != PubKeySize {
		return errMemberPubKeySize
	}
	_, err := UnmarshalPubKey(m.PubKey)
	return err
}
