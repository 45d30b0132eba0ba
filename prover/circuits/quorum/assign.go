package quorum

import (
	"fmt"
	"math/big"

	"github.com/consensys/gnark/frontend"

	"github.com/seq-network/seq/x/checkpoint/sighash"
)

// Assign builds the full witness for cert after checking it natively (see
// [Native]); it never returns a witness the circuit would reject.
func Assign(cert Certificate) (*Circuit, error) {
	st, err := Native(cert)
	if err != nil {
		return nil, err
	}
	c := st.Assignment(cert.Capacity)
	for i := range c.Slots {
		if err := assignSlot(&c.Slots[i], cert, i); err != nil {
			return nil, fmt.Errorf("quorum: slot %d: %w", i, err)
		}
	}
	return c, nil
}

// Assignment returns a circuit of the given capacity with only the public
// inputs set: the public witness a verifier needs.
func (s Statement) Assignment(capacity int) *Circuit {
	c := New(capacity)
	c.MsgHash, c.ValsetHash, c.Prover = s.MsgHash, s.ValsetHash, s.Prover
	return c
}

// assignSlot fills slot i: padding is the identity with power 0; an unsigned
// slot carries the dummy signature (R = identity, S = 0) the circuit ignores.
func assignSlot(s *Slot, cert Certificate, i int) error {
	s.PubKeyX, s.PubKeyY, s.Power = 0, 1, 0
	s.Signed, s.SigRX, s.SigRY, s.SigS = 0, 0, 1, 0
	if i >= len(cert.Members) {
		return nil
	}
	m := cert.Members[i]
	pub, err := sighash.UnmarshalPubKey(m.PubKey)
	if err != nil {
		return err
	}
	s.PubKeyX, s.PubKeyY, s.Power = pub.A.X.BigInt(new(big.Int)), pub.A.Y.BigInt(new(big.Int)), m.Power
	if !hasSig(cert.Signatures, i) {
		return nil
	}
	sig, err := sighash.ParseSignature(cert.Signatures[i])
	if err != nil {
		return err
	}
	s.Signed, s.SigRX, s.SigRY, s.SigS = 1, sig.R.X.BigInt(new(big.Int)), sig.R.Y.BigInt(new(big.Int)), new(big.Int).Set(&sig.S)
	return nil
}

var _ frontend.Circuit = (*Circuit)(nil)
