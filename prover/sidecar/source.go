package sidecar

import (
	"context"
	"errors"
	"fmt"
	"time"

	rpchttp "github.com/cometbft/cometbft/rpc/client/http"
	"google.golang.org/grpc"
	"google.golang.org/grpc/codes"
	"google.golang.org/grpc/status"

	"github.com/seq-network/seq/x/checkpoint/sighash"
	checkpointtypes "github.com/seq-network/seq/x/checkpoint/types"
)

// Job is everything needed to prove and post one certified checkpoint.
type Job struct {
	Fields     sighash.Fields
	Capacity   int
	Members    []sighash.Member // the checkpoint's valset, in slot order
	Signatures [][]byte         // by slot; empty = did not sign
	// CertifiedAt is the block time of the certifying seqd block (zero if unknown).
	CertifiedAt time.Time
}

// Source is the seq chain as the sidecar sees it.
type Source interface {
	// LatestCertified is the newest certified epoch (0: none yet).
	LatestCertified(ctx context.Context) (uint64, error)
	// Job returns the witness material of a certified epoch, or ErrNotCertified.
	Job(ctx context.Context, epoch uint64) (Job, error)
}

// ErrNotCertified is returned by Source.Job for an epoch that is missing or still pending.
var ErrNotCertified = errors.New("sidecar: checkpoint not certified yet")

// ChainSource reads checkpoints from a seqd node: x/checkpoint over gRPC, block times over
// CometBFT RPC (optional).
type ChainSource struct {
	q   checkpointtypes.QueryClient
	rpc *rpchttp.HTTP
}

// NewChainSource queries x/checkpoint through conn; rpc may be nil (no CertifiedAt then).
func NewChainSource(conn *grpc.ClientConn, rpc *rpchttp.HTTP) *ChainSource {
	return &ChainSource{q: checkpointtypes.NewQueryClient(conn), rpc: rpc}
}

// LatestCertified implements Source.
func (s *ChainSource) LatestCertified(ctx context.Context) (uint64, error) {
	resp, err := s.q.LatestCheckpoint(ctx, &checkpointtypes.QueryLatestCheckpointRequest{})
	if status.Code(err) == codes.NotFound {
		return 0, nil
	}
	if err != nil {
		return 0, fmt.Errorf("sidecar: latest checkpoint: %w", err)
	}
	if resp.Certified == nil {
		return 0, nil
	}
	return resp.Certified.Epoch, nil
}

// Checkpoint returns checkpoint epoch as stored on the chain.
func (s *ChainSource) Checkpoint(ctx context.Context, epoch uint64) (checkpointtypes.Checkpoint, error) {
	resp, err := s.q.Checkpoint(ctx, &checkpointtypes.QueryCheckpointRequest{Epoch: epoch})
	if status.Code(err) == codes.NotFound {
		return checkpointtypes.Checkpoint{}, fmt.Errorf("%w: epoch %d: %w", ErrNotCertified, epoch, err)
	}
	if err != nil {
		return checkpointtypes.Checkpoint{}, fmt.Errorf("sidecar: checkpoint %d: %w", epoch, err)
	}
	return resp.Checkpoint, nil
}

// Job implements Source: checkpoint fields, the valset by hash, signatures by slot.
func (s *ChainSource) Job(ctx context.Context, epoch uint64) (Job, error) {
	cp, err := s.Checkpoint(ctx, epoch)
	if err != nil {
		return Job{}, err
	}
	if cp.Status != checkpointtypes.CHECKPOINT_STATUS_CERTIFIED {
		return Job{}, fmt.Errorf("%w: epoch %d", ErrNotCertified, epoch)
	}
	vs, err := s.q.Valset(ctx, &checkpointtypes.QueryValsetRequest{Hash: cp.ValsetHash})
	if err != nil {
		return Job{}, fmt.Errorf("sidecar: valset of epoch %d: %w", epoch, err)
	}
	sigs, err := s.q.CheckpointSignatures(ctx, &checkpointtypes.QueryCheckpointSignaturesRequest{Epoch: epoch})
	if err != nil {
		return Job{}, fmt.Errorf("sidecar: signatures of epoch %d: %w", epoch, err)
	}
	job := Job{Fields: cp.Fields(), Capacity: int(vs.Valset.Capacity), Signatures: sigs.Signatures}
	for _, m := range vs.Valset.Members {
		job.Members = append(job.Members, sighash.Member{PubKey: m.Pubkey, Power: m.Power})
	}
	job.CertifiedAt = s.blockTime(ctx, cp.CertifiedHeight)
	return job, nil
}

// blockTime is the time of block h, or zero when unknown (it only feeds a latency metric).
func (s *ChainSource) blockTime(ctx context.Context, h int64) time.Time {
	if s.rpc == nil || h <= 0 {
		return time.Time{}
	}
	resp, err := s.rpc.Header(ctx, &h)
	if err != nil || resp.Header == nil {
		return time.Time{}
	}
	return resp.Header.Time
}

// Latest returns the newest checkpoint's epoch and the newest certified one (0 when none).
func (s *ChainSource) Latest(ctx context.Context) (latest, certified uint64, err error) {
	resp, err := s.q.LatestCheckpoint(ctx, &checkpointtypes.QueryLatestCheckpointRequest{})
	if status.Code(err) == codes.NotFound {
		return 0, 0, nil
	}
	if err != nil {
		return 0, 0, fmt.Errorf("sidecar: latest checkpoint: %w", err)
	}
	if resp.Certified != nil {
		certified = resp.Certified.Epoch
	}
	return resp.Checkpoint.Epoch, certified, nil
}
