package client

import (
	"context"
	"fmt"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"

	"github.com/seq-network/seq/contracts/bindings/registry"
)

// Stages after certification (DESIGN.md §5, §11).
const (
	// StageProven: a Groth16 proof of the covering checkpoint's certificate exists on seq
	// (x/prover; not reported yet).
	StageProven Stage = 50
	// StageOnL1: the covering checkpoint is accepted by the L1 CheckpointRegistry ("firm"
	// finality: trust in the L1 and the proof, no longer in the validator set alone).
	StageOnL1 Stage = 60
)

// L1Registry is what the client reads of the L1 CheckpointRegistry (contracts/README.md).
// *l1.Registry of prover/l1 implements it (retrying transient L1 errors); RegistryAt binds
// one over any bind.ContractBackend, such as an *ethclient.Client or a simulated backend.
// It is an interface so that the L1 stays out of Config: a Client talks to one seq node, and
// callers that care about L1 pass the registry they trust to FinalityOnL1 and VerifyOnL1.
type L1Registry interface {
	// LatestEpoch is the newest epoch the registry accepted.
	LatestEpoch(ctx context.Context) (uint64, error)
	// Checkpoint is the stored record of epoch (zero if the registry has none).
	Checkpoint(ctx context.Context, epoch uint64) (registry.CheckpointRecord, error)
	// VerifyRollupBatch calls the registry's verifyRollupBatch view.
	VerifyRollupBatch(ctx context.Context, epoch uint64, rollupID string, height uint64, batchRoot [32]byte, entry, heightProof registry.MerkleProof) (bool, error)
}

// RegistryAt binds the CheckpointRegistry at addr over backend. Calls are made once, without
// retries; use prover/l1's Registry for a retrying client.
func RegistryAt(backend bind.ContractBackend, addr common.Address) L1Registry {
	abi := registry.NewCheckpointRegistry()
	return &boundRegistry{abi: abi, c: abi.Instance(backend, addr)}
}

type boundRegistry struct {
	abi *registry.CheckpointRegistry
	c   *bind.BoundContract
}

func (r *boundRegistry) LatestEpoch(ctx context.Context) (uint64, error) {
	return bind.Call(r.c, &bind.CallOpts{Context: ctx}, r.abi.PackLatestEpoch(), r.abi.UnpackLatestEpoch)
}

func (r *boundRegistry) Checkpoint(ctx context.Context, epoch uint64) (registry.CheckpointRecord, error) {
	return bind.Call(r.c, &bind.CallOpts{Context: ctx}, r.abi.PackCheckpoint(epoch), r.abi.UnpackCheckpoint)
}

func (r *boundRegistry) VerifyRollupBatch(ctx context.Context, epoch uint64, rollupID string, height uint64, batchRoot [32]byte, entry, heightProof registry.MerkleProof) (bool, error) {
	data, err := r.abi.TryPackVerifyRollupBatch(epoch, rollupID, height, batchRoot, entry, heightProof)
	if err != nil {
		return false, fmt.Errorf("pack verifyRollupBatch: %w", err)
	}
	return bind.Call(r.c, &bind.CallOpts{Context: ctx}, data, r.abi.UnpackVerifyRollupBatch)
}

// FinalityOnL1 is Finality raised to StageOnL1 when the registry's latest epoch covers the
// height's checkpoint. The registry is a single chain, so latestEpoch ≥ epoch means the
// checkpoint itself is stored there. Finality itself never reads L1 (the Client has no L1
// configured); this is the way to ask for the last stage. It trusts the node for which
// checkpoint covers the height; VerifyOnL1 checks a batch against L1 without that trust.
func (c *Client) FinalityOnL1(ctx context.Context, reg L1Registry, height int64) (FinalityStatus, error) {
	s, err := c.Finality(ctx, height)
	if err != nil || s.Stage < StageCertified || s.Checkpoint == nil {
		return s, err
	}
	latest, err := reg.LatestEpoch(ctx)
	if err != nil {
		return s, fmt.Errorf("finality of %d: registry latest epoch: %w", height, err)
	}
	if latest >= s.Checkpoint.Epoch {
		s.Stage = StageOnL1
	}
	return s, nil
}
