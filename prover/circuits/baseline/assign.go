package baseline

import (
	"fmt"
	"io"
	"math/big"

	"github.com/consensys/gnark-crypto/ecc/bn254/fr"
	"github.com/consensys/gnark-crypto/ecc/bn254/fr/mimc"
	"github.com/consensys/gnark-crypto/ecc/bn254/twistededwards/eddsa"
	"github.com/ethereum/go-ethereum/common"
)

// RandomAssignment builds a valid witness in which the first `signers` of
// `capacity` members (power 1 each) sign msg with std EdDSA + MiMC. It exists
// for benchmarks only.
func RandomAssignment(rand io.Reader, capacity, signers int, msg *big.Int, prover common.Address) (*Circuit, error) {
	c := New(capacity)
	var m fr.Element
	m.SetBigInt(msg)
	mb := m.Bytes()
	h := mimc.NewMiMC()
	var cap fr.Element
	cap.SetUint64(uint64(capacity))
	writeElem(h, cap)
	for i := range c.Slots {
		k, err := eddsa.GenerateKey(rand)
		if err != nil {
			return nil, fmt.Errorf("baseline: key: %w", err)
		}
		s := &c.Slots[i]
		s.PubKey.A.X, s.PubKey.A.Y, s.Power, s.Signed = big8(k.PublicKey.A.X), big8(k.PublicKey.A.Y), 1, 0
		s.Sig.R.X, s.Sig.R.Y, s.Sig.S = 0, 1, 0
		var p fr.Element
		p.SetOne()
		writeElem(h, k.PublicKey.A.X)
		writeElem(h, k.PublicKey.A.Y)
		writeElem(h, p)
		if i >= signers {
			continue
		}
		if err := signSlot(s, k, mb[:]); err != nil {
			return nil, err
		}
	}
	c.MsgHash, c.ValsetHash, c.Prover = msg, new(big.Int).SetBytes(h.Sum(nil)), new(big.Int).SetBytes(prover[:])
	return c, nil
}

func signSlot(s *Slot, k *eddsa.PrivateKey, msg []byte) error {
	sigBytes, err := k.Sign(msg, mimc.NewMiMC())
	if err != nil {
		return fmt.Errorf("baseline: sign: %w", err)
	}
	var sig eddsa.Signature
	if _, err := sig.SetBytes(sigBytes); err != nil {
		return fmt.Errorf("baseline: parse signature: %w", err)
	}
	s.Signed = 1
	s.Sig.R.X, s.Sig.R.Y, s.Sig.S = big8(sig.R.X), big8(sig.R.Y), new(big.Int).SetBytes(sig.S[:])
	return nil
}

func writeElem(h interface{ Write([]byte) (int, error) }, e fr.Element) {
	b := e.Bytes()
	if _, err := h.Write(b[:]); err != nil {
		panic(fmt.Sprintf("baseline: mimc write: %v", err)) // canonical 32-byte blocks never fail
	}
}

func big8(e fr.Element) *big.Int { return e.BigInt(new(big.Int)) }
