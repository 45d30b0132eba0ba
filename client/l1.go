package client

import (
	"context"
	"fmt"

	"github.com/seq-network/seq/prover/l1"
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

// FinalityOnL1 is Finality raised to StageOnL1 when the registry's latest epoch covers the
// height's checkpoint. The registry is a single chain, so latestEpoch ≥ epoch means the
// checkpoint itself is stored there.
func (c *Client) FinalityOnL1(ctx context.Context, reg *l1.Registry, height int64) (FinalityStatus, error) {
	s, err := c.Finality(ctx, height)
	if err != nil || s.Stage < StageCertified || s.Checkpoint == nil {
		return s, err
	}
	latest, err := reg.LatestEpoch(ctx)
	if err != nil {
		return s, fmt.Errorf("finality of %d: registry %s: %w", height, reg.Address, err)
	}
	if latest >= s.Checkpoint.Epoch {
		s.Stage = StageOnL1
	}
	return s, nil
}
