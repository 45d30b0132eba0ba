// Package setup owns the Groth16 artifacts of the quorum circuit: compiling a
// capacity, running the setup, caching the constraint system and keys on disk
// by (circuit version, capacity), exporting the Solidity verifier, and proving
// and verifying quorum certificates.
//
// # Trusted setup
//
// [Setup] runs gnark's single-party groth16.Setup: whoever runs it learns the
// toxic waste and could forge proofs. That is fine for localnets and tests
// only. The production path is a multi-party phase-2 ceremony with gnark's
// backend/groth16/bn254/mpcsetup (phase 1: a powers-of-tau transcript, e.g.
// converted from the Ethereum/PSE ceremony; phase 2: mpcsetup.Phase2 per
// circuit and capacity, each participant calling Contribute, then
// mpcsetup.VerifyPhase2 and Seal to obtain pk/vk). The resulting keys are saved
// with [Keys.Save] and used exactly like the dev keys: sound as long as one
// participant destroyed their contribution.
//
// # Solidity verifier
//
// The circuit uses no BSB22 commitments (no api.Commit, no std/rangecheck),
// so vk.ExportSolidity emits a verifier with
//
//	function verifyProof(uint256[8] calldata proof, uint256[3] calldata input) public view
//	function verifyCompressedProof(uint256[4] calldata compressedProof, uint256[3] calldata input) public view
//
// which revert (ProofInvalid / PublicInputNotInField) instead of returning
// false. proof is [A.x, A.y, B.x.a1, B.x.a0, B.y.a1, B.y.a0, C.x, C.y] (EIP-197
// order, imaginary part first; see [SolidityProof]) and input is
// [msgHash, valsetHash, uint256(uint160(prover))] (see [SolidityInputs]).
// [Compile] fails if a future circuit change introduces commitments, because
// the call signature would then grow commitment arguments.
package setup

import (
	"errors"
	"fmt"
	"io"
	"math/big"

	"github.com/consensys/gnark-crypto/ecc"
	"github.com/consensys/gnark/backend"
	"github.com/consensys/gnark/backend/groth16"
	groth16bn254 "github.com/consensys/gnark/backend/groth16/bn254"
	"github.com/consensys/gnark/backend/solidity"
	"github.com/consensys/gnark/constraint"
	"github.com/consensys/gnark/frontend"
	"github.com/consensys/gnark/frontend/cs/r1cs"

	"github.com/seq-network/seq/prover/circuits/quorum"
)

// NbPublicInputs is the number of public inputs of the quorum circuit.
const NbPublicInputs = 3

// ErrCommitments is returned if the compiled circuit uses BSB22 commitments,
// which would change the Solidity verifier's call signature.
var ErrCommitments = errors.New("setup: circuit uses commitments; Solidity call signature would change")

// Keys are the Groth16 artifacts of one circuit capacity.
type Keys struct {
	Capacity int
	CCS      constraint.ConstraintSystem
	PK       groth16.ProvingKey
	VK       groth16.VerifyingKey
}

// Compile compiles the quorum circuit of the given capacity to R1CS over BN254.
func Compile(capacity int) (constraint.ConstraintSystem, error) {
	if capacity <= 0 {
		return nil, fmt.Errorf("setup: capacity %d must be positive", capacity)
	}
	ccs, err := frontend.Compile(ecc.BN254.ScalarField(), r1cs.NewBuilder, quorum.New(capacity))
	if err != nil {
		return nil, fmt.Errorf("setup: compile capacity %d: %w", capacity, err)
	}
	if cm := ccs.GetCommitments(); cm != nil && len(cm.CommitmentIndexes()) > 0 {
		return nil, ErrCommitments
	}
	return ccs, nil
}

// Setup compiles the circuit and runs a single-party (development) Groth16
// setup. See the package documentation for the production ceremony.
func Setup(capacity int) (*Keys, error) {
	ccs, err := Compile(capacity)
	if err != nil {
		return nil, err
	}
	pk, vk, err := groth16.Setup(ccs)
	if err != nil {
		return nil, fmt.Errorf("setup: groth16 setup capacity %d: %w", capacity, err)
	}
	return &Keys{Capacity: capacity, CCS: ccs, PK: pk, VK: vk}, nil
}

// ExportSolidity writes the gnark-generated Solidity verifier for k.VK.
func (k *Keys) ExportSolidity(w io.Writer) error {
	if err := k.VK.ExportSolidity(w); err != nil {
		return fmt.Errorf("setup: export solidity verifier: %w", err)
	}
	return nil
}

// Prove proves a full quorum assignment (from quorum.Assign).
func (k *Keys) Prove(assignment *quorum.Circuit) (groth16.Proof, error) {
	if len(assignment.Slots) != k.Capacity {
		return nil, fmt.Errorf("setup: assignment capacity %d, keys capacity %d", len(assignment.Slots), k.Capacity)
	}
	w, err := frontend.NewWitness(assignment, ecc.BN254.ScalarField())
	if err != nil {
		return nil, fmt.Errorf("setup: witness: %w", err)
	}
	proof, err := groth16.Prove(k.CCS, k.PK, w, solidity.WithProverTargetSolidityVerifier(backend.GROTH16))
	if err != nil {
		return nil, fmt.Errorf("setup: prove: %w", err)
	}
	return proof, nil
}

// Verify checks a proof against the public inputs of st under k.VK.
func (k *Keys) Verify(proof groth16.Proof, st quorum.Statement) error {
	return Verify(k.VK, proof, st)
}

// Verify checks a proof against the public inputs of st under vk, exactly as
// the Solidity verifier and x/prover do.
func Verify(vk groth16.VerifyingKey, proof groth16.Proof, st quorum.Statement) error {
	pub, err := frontend.NewWitness(st.Assignment(0), ecc.BN254.ScalarField(), frontend.PublicOnly())
	if err != nil {
		return fmt.Errorf("setup: public witness: %w", err)
	}
	if err := groth16.Verify(proof, vk, pub, solidity.WithVerifierTargetSolidityVerifier(backend.GROTH16)); err != nil {
		return fmt.Errorf("setup: verify: %w", err)
	}
	return nil
}

// SolidityProof returns the proof as the uint256[8] the exported verifier's
// verifyProof takes: A (x, y), B (x.a1, x.a0, y.a1, y.a0), C (x, y).
func SolidityProof(proof groth16.Proof) ([8]*big.Int, error) {
	var out [8]*big.Int
	p, ok := proof.(*groth16bn254.Proof)
	if !ok {
		return out, fmt.Errorf("setup: proof is %T, want BN254", proof)
	}
	if len(p.Commitments) > 0 {
		return out, ErrCommitments
	}
	raw := p.MarshalSolidity()
	if len(raw) != 8*32 {
		return out, fmt.Errorf("setup: solidity proof is %d bytes, want 256", len(raw))
	}
	for i := range out {
		out[i] = new(big.Int).SetBytes(raw[32*i : 32*(i+1)])
	}
	return out, nil
}

// SolidityInputs returns the uint256[3] public input of verifyProof, in the
// circuit's order: msgHash, valsetHash, prover.
func SolidityInputs(st quorum.Statement) [NbPublicInputs]*big.Int {
	return [NbPublicInputs]*big.Int{st.MsgHash, st.ValsetHash, st.Prover}
}
