package quorum

import (
	"errors"
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum/common"

	"github.com/seq-network/seq/x/checkpoint/sighash"
)

// ErrNoQuorum is returned when the signed power is not above two thirds.
var ErrNoQuorum = errors.New("quorum: signed power is not above 2/3 of total power")

// Statement holds the public inputs of a quorum proof, in circuit order.
type Statement struct {
	MsgHash    *big.Int
	ValsetHash *big.Int
	Prover     *big.Int
}

// NewStatement builds the public inputs from the native values.
func NewStatement(msgHash *big.Int, valsetHash [32]byte, prover common.Address) Statement {
	return Statement{
		MsgHash:    new(big.Int).Set(msgHash),
		ValsetHash: new(big.Int).SetBytes(valsetHash[:]),
		Prover:     new(big.Int).SetBytes(prover[:]),
	}
}

// Certificate is a quorum certificate in native form: the signer set, the
// signatures indexed by slot (nil or empty = did not sign), the message and
// the L1 address the proof is bound to.
type Certificate struct {
	Capacity   int
	Members    []sighash.Member // canonical order, see sighash.SortMembers
	Signatures [][]byte         // len ≤ len(Members); Signatures[i] belongs to Members[i]
	MsgHash    *big.Int
	Prover     common.Address
}

// Native is the reference implementation of the circuit with gnark-crypto
// (through sighash): it checks everything the circuit checks and returns the
// public inputs a valid proof of cert has.
func Native(cert Certificate) (Statement, error) {
	vh, err := sighash.ValsetHash(cert.Members, cert.Capacity)
	if err != nil {
		return Statement{}, fmt.Errorf("quorum: valset: %w", err)
	}
	if len(cert.Signatures) > len(cert.Members) {
		return Statement{}, fmt.Errorf("quorum: %d signatures for %d members", len(cert.Signatures), len(cert.Members))
	}
	signed, total := new(big.Int), new(big.Int)
	for i, m := range cert.Members {
		total.Add(total, new(big.Int).SetUint64(m.Power))
		if !hasSig(cert.Signatures, i) {
			continue
		}
		if err := sighash.Verify(m.PubKey, cert.MsgHash, cert.Signatures[i]); err != nil {
			return Statement{}, fmt.Errorf("quorum: slot %d: %w", i, err)
		}
		signed.Add(signed, new(big.Int).SetUint64(m.Power))
	}
	if !Supermajority(signed, total) {
		return Statement{}, fmt.Errorf("%w: %s of %s", ErrNoQuorum, signed, total)
	}
	return NewStatement(cert.MsgHash, vh, cert.Prover), nil
}

// Supermajority reports 3·signed > 2·total, the circuit's strict threshold.
func Supermajority(signed, total *big.Int) bool {
	lhs := new(big.Int).Mul(signed, big.NewInt(3))
	return lhs.Cmp(new(big.Int).Mul(total, big.NewInt(2))) > 0
}

func hasSig(sigs [][]byte, i int) bool { return i < len(sigs) && len(sigs[i]) > 0 }
