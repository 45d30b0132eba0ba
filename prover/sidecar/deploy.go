package sidecar

import (
	"context"
	"fmt"
	"time"

	"google.golang.org/grpc/codes"
	"google.golang.org/grpc/status"

	"github.com/seq-network/seq/prover/l1"
	"github.com/seq-network/seq/x/checkpoint/sighash"
	checkpointtypes "github.com/seq-network/seq/x/checkpoint/types"
)

// ChainParams are what a deployment needs from seqd.
type ChainParams struct {
	ChainID   string
	L1ChainID uint64
	Capacity  int
	Domain    [32]byte
}

// Params reads x/checkpoint's params and computes the domain of chainID.
func (s *ChainSource) Params(ctx context.Context, chainID string) (ChainParams, error) {
	resp, err := s.q.Params(ctx, &checkpointtypes.QueryParamsRequest{})
	if err != nil {
		return ChainParams{}, fmt.Errorf("sidecar: checkpoint params: %w", err)
	}
	p := resp.Params
	return ChainParams{ChainID: chainID, L1ChainID: p.L1ChainId, Capacity: int(p.Capacity),
		Domain: sighash.Domain(chainID, p.L1ChainId)}, nil
}

// Anchor returns the registry anchor at anchorEpoch: for 0 the genesis anchor (epoch 0, height
// 0, zero hash = checkpoint 1's prev_hash, checkpoint 1's valset_hash), otherwise the certified
// checkpoint anchorEpoch itself (its hash, height and next_valset_hash). It waits up to `wait`
// for the checkpoint it needs to exist (checkpoint 1 is made at height `interval`).
func (s *ChainSource) Anchor(ctx context.Context, anchorEpoch uint64, domain [32]byte, wait time.Duration) (l1.Anchor, error) {
	need := max(anchorEpoch, 1)
	ctx, cancel := context.WithTimeout(ctx, wait)
	defer cancel()
	var cp checkpointtypes.Checkpoint
	for {
		resp, err := s.q.Checkpoint(ctx, &checkpointtypes.QueryCheckpointRequest{Epoch: need})
		if err == nil && (anchorEpoch == 0 || resp.Checkpoint.Status == checkpointtypes.CHECKPOINT_STATUS_CERTIFIED) {
			cp = resp.Checkpoint
			break
		}
		if err != nil && status.Code(err) != codes.NotFound && status.Code(err) != codes.Unavailable {
			return l1.Anchor{}, fmt.Errorf("sidecar: checkpoint %d: %w", need, err)
		}
		if !sleep(ctx, 250*time.Millisecond) {
			return l1.Anchor{}, fmt.Errorf("sidecar: checkpoint %d not available within %s", need, wait)
		}
	}
	f := cp.Fields()
	if f.Domain != domain {
		return l1.Anchor{}, fmt.Errorf("sidecar: checkpoint %d has domain %x, want %x (chain id or l1_chain_id mismatch)", need, f.Domain, domain)
	}
	if anchorEpoch == 0 {
		return l1.Anchor{Hash: f.PrevHash, ValsetHash: f.ValsetHash}, nil
	}
	return l1.Anchor{Epoch: f.Epoch, Height: f.Height, Hash: f.CheckpointHash(), ValsetHash: f.NextValsetHash}, nil
}
