package sidecar

import (
	"context"
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum/common"

	"github.com/seq-network/seq/prover/circuits/quorum"
	"github.com/seq-network/seq/prover/setup"
)

// Prover turns a job into the uint256[8] proof submitCheckpoint takes, bound to poster.
type Prover interface {
	Prove(ctx context.Context, job Job, poster common.Address) ([8]*big.Int, error)
}

// KeysProver proves with cached Groth16 keys (setup.LoadOrSetup).
type KeysProver struct{ Keys *setup.Keys }

// Prove builds the witness (checked natively first by quorum.Assign), proves, verifies the
// proof natively (milliseconds, and a bad proof would only burn L1 gas) and encodes it.
func (p KeysProver) Prove(_ context.Context, job Job, poster common.Address) ([8]*big.Int, error) {
	var out [8]*big.Int
	if job.Capacity != p.Keys.Capacity {
		return out, fmt.Errorf("sidecar: epoch %d has capacity %d, keys have %d", job.Fields.Epoch, job.Capacity, p.Keys.Capacity)
	}
	cert := quorum.Certificate{Capacity: job.Capacity, Members: job.Members, Signatures: job.Signatures,
		MsgHash: job.Fields.MsgHash(), Prover: poster}
	assignment, err := quorum.Assign(cert)
	if err != nil {
		return out, fmt.Errorf("sidecar: witness of epoch %d: %w", job.Fields.Epoch, err)
	}
	proof, err := p.Keys.Prove(assignment)
	if err != nil {
		return out, fmt.Errorf("sidecar: prove epoch %d: %w", job.Fields.Epoch, err)
	}
	st := quorum.NewStatement(cert.MsgHash, job.Fields.ValsetHash, poster)
	if err := p.Keys.Verify(proof, st); err != nil {
		return out, fmt.Errorf("sidecar: own proof of epoch %d: %w", job.Fields.Epoch, err)
	}
	return setup.SolidityProof(proof)
}
