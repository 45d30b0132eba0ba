package client

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"math"

	cmtmerkle "github.com/cometbft/cometbft/crypto/merkle"

	"github.com/seq-network/seq/contracts/bindings/registry"
	"github.com/seq-network/seq/contracts/merkle"
	checkpointtypes "github.com/seq-network/seq/x/checkpoint/types"
	rolluptypes "github.com/seq-network/seq/x/rollup/types"
)

// ErrNotOnL1Yet marks a height whose covering checkpoint is not in the L1 registry yet: not
// made, not certified, or certified but not posted. It is transient: retry later.
var ErrNotOnL1Yet = errors.New("checkpoint not on L1 yet")

// L1Proof is the argument list of the registry's verifyRollupBatch for one rollup batch. A
// rollup contract can pass it on as is (contracts/README.md).
type L1Proof struct {
	Epoch     uint64
	RollupID  string
	Height    int64
	BatchRoot [32]byte
	// EntryProof proves rolluptypes.LeafBytes(RollupID, BatchRoot) into the height's rollups_root.
	EntryProof registry.MerkleProof
	// HeightProof proves merkle.HeightLeaf(Height, rollups_root) into the checkpoint's rollups_root.
	HeightProof registry.MerkleProof
}

// L1Verification is a rollup batch verified against its checkpoint on L1.
type L1Verification struct {
	L1Proof
	// Entry is the node's committed entry for the batch (batch_root, blob count, bytes).
	Entry rolluptypes.BatchEntry
	// Checkpoint is the registry's record of Epoch.
	Checkpoint registry.CheckpointRecord
	// Verified is true when verifyRollupBatch returned true (always, without an error).
	Verified bool
}

// VerifyOnL1 proves rollupID's batch at height into the checkpoint on L1 that covers it and
// has the registry confirm it. The node supplies the checkpoint, the height's inclusion proof
// and the roots of every height of the checkpoint; they are checked locally against the L1
// record first, so a wrong node answer fails with a precise ErrVerificationFailed instead of
// a bare false from L1. Errors: ErrNotOnL1Yet (retry later), ErrVerificationFailed,
// rolluptypes.ErrCommitmentNotFound (the rollup has no data at height), or transport errors.
func (c *Client) VerifyOnL1(ctx context.Context, reg L1Registry, rollupID string, height int64) (L1Verification, error) {
	return verifyOnL1(ctx, nodeChain{c}, reg, rollupID, height)
}

// VerifyL1Proof checks p against the registry: locally against the stored records of p.Epoch
// and the epoch before it (the range of heights), then through verifyRollupBatch. Use it for
// a batch root derived from blobs the rollup holds.
func VerifyL1Proof(ctx context.Context, reg L1Registry, p L1Proof) (registry.CheckpointRecord, error) {
	onL1, err := l1Record(ctx, reg, p.Epoch)
	if err != nil {
		return onL1.rec, err
	}
	return onL1.rec, verifyWithRecord(ctx, reg, p, onL1)
}

// l1Checkpoint is what the registry stores of one checkpoint: its record and, from the record
// before it, the start of its range of heights (prevHeight, rec.Height].
type l1Checkpoint struct {
	rec        registry.CheckpointRecord
	prevHeight uint64
}

// checkpointChain is what VerifyOnL1 reads of the node; an interface so that lying nodes can
// be fabricated in tests.
type checkpointChain interface {
	finality(ctx context.Context, height int64) (*checkpointtypes.QueryFinalityResponse, error)
	checkpoint(ctx context.Context, epoch uint64) (checkpointtypes.Checkpoint, error)
	blockCommitment(ctx context.Context, height int64) (rolluptypes.BlockCommitment, error)
	inclusionProof(ctx context.Context, rollupID string, height int64) (*rolluptypes.QueryInclusionProofResponse, error)
}

func verifyOnL1(ctx context.Context, src checkpointChain, reg L1Registry, rollupID string, height int64) (L1Verification, error) {
	cp, err := coveringCheckpoint(ctx, src, height)
	if err != nil {
		return L1Verification{}, err
	}
	// The registry comes before the proof: it is two calls, against up to `interval` queries.
	onL1, err := l1Record(ctx, reg, cp.Epoch)
	if err != nil {
		return L1Verification{}, err
	}
	if !bytes.Equal(onL1.rec.CheckpointHash[:], cp.CheckpointHash) {
		return L1Verification{}, fmt.Errorf("%w: node's checkpoint %d has hash %X, L1's %X",
			ErrVerificationFailed, cp.Epoch, cp.CheckpointHash, onL1.rec.CheckpointHash)
	}
	p, entry, err := proveBatch(ctx, src, cp, rollupID, height)
	if err != nil {
		return L1Verification{}, err
	}
	if err := verifyWithRecord(ctx, reg, p, onL1); err != nil {
		return L1Verification{}, err
	}
	return L1Verification{L1Proof: p, Entry: entry, Checkpoint: onL1.rec, Verified: true}, nil
}

// coveringCheckpoint returns the certified checkpoint whose range holds height. Only a
// certified checkpoint can be on L1: the registry needs the proof of its certificate.
func coveringCheckpoint(ctx context.Context, src checkpointChain, height int64) (checkpointtypes.Checkpoint, error) {
	fin, err := src.finality(ctx, height)
	if err != nil {
		return checkpointtypes.Checkpoint{}, err
	}
	// Stages are ordered; a later one (proven, posted) still names the covering checkpoint.
	if fin.Stage < checkpointtypes.FINALITY_STAGE_CERTIFIED {
		return checkpointtypes.Checkpoint{}, fmt.Errorf("%w: height %d is %s on seq", ErrNotOnL1Yet, height, fin.Stage)
	}
	cp, err := src.checkpoint(ctx, fin.Epoch)
	if err != nil {
		return cp, err
	}
	if height < cp.FirstHeight || height > cp.Height || cp.FirstHeight < 1 {
		return cp, fmt.Errorf("%w: node says checkpoint %d covers height %d, its range is [%d, %d]",
			ErrVerificationFailed, cp.Epoch, height, cp.FirstHeight, cp.Height)
	}
	return cp, nil
}

// l1Record reads the registry's records of epoch and epoch-1, or ErrNotOnL1Yet.
func l1Record(ctx context.Context, reg L1Registry, epoch uint64) (l1Checkpoint, error) {
	latest, err := reg.LatestEpoch(ctx)
	if err != nil {
		return l1Checkpoint{}, fmt.Errorf("registry latest epoch: %w", err)
	}
	if latest < epoch {
		return l1Checkpoint{}, fmt.Errorf("%w: checkpoint %d, registry at epoch %d", ErrNotOnL1Yet, epoch, latest)
	}
	rec, err := reg.Checkpoint(ctx, epoch)
	if err != nil {
		return l1Checkpoint{}, fmt.Errorf("registry checkpoint %d: %w", epoch, err)
	}
	// The anchor (and anything before it) has no rollups root and never will: not retryable.
	if epoch == 0 || rec.RollupsRoot == ([32]byte{}) {
		return l1Checkpoint{rec: rec}, fmt.Errorf("checkpoint %d is at or before the registry's anchor: no rollups root on L1", epoch)
	}
	prev, err := reg.Checkpoint(ctx, epoch-1)
	if err != nil {
		return l1Checkpoint{rec: rec}, fmt.Errorf("registry checkpoint %d: %w", epoch-1, err)
	}
	return l1Checkpoint{rec: rec, prevHeight: prev.Height}, nil
}

// proveBatch fetches the height's inclusion proof and the roots of every height of cp, and
// builds the L1 proof from them.
func proveBatch(ctx context.Context, src checkpointChain, cp checkpointtypes.Checkpoint, rollupID string, height int64) (L1Proof, rolluptypes.BatchEntry, error) {
	incl, err := src.inclusionProof(ctx, rollupID, height)
	if err != nil {
		return L1Proof{}, rolluptypes.BatchEntry{}, err
	}
	roots, err := heightRoots(ctx, src, cp.FirstHeight, cp.Height)
	if err != nil {
		return L1Proof{}, rolluptypes.BatchEntry{}, err
	}
	p, err := buildL1Proof(cp, roots, incl, rollupID, height)
	return p, incl.Entry, err
}

// heightRoots returns the rollups_root of every height of [first, last]: the checkpoint
// commits to empty heights too (sha256("")), so the height proof needs them all.
func heightRoots(ctx context.Context, src checkpointChain, first, last int64) ([][]byte, error) {
	roots := make([][]byte, 0, last-first+1)
	for h := first; h <= last; h++ {
		bc, err := src.blockCommitment(ctx, h)
		if err != nil {
			return nil, err
		}
		if bc.Height != h {
			return nil, fmt.Errorf("%w: node answered the commitment of height %d for %d", ErrVerificationFailed, bc.Height, h)
		}
		roots = append(roots, bc.RollupsRoot)
	}
	return roots, nil
}

// buildL1Proof turns the node's answers into verifyRollupBatch arguments, checking each against
// the others: the inclusion proof against its root, that root against the height's commitment,
// and all heights' roots against the checkpoint's rollups_root.
func buildL1Proof(cp checkpointtypes.Checkpoint, roots [][]byte, incl *rolluptypes.QueryInclusionProofResponse, rollupID string, height int64) (L1Proof, error) {
	fail := func(format string, args ...any) (L1Proof, error) {
		return L1Proof{}, fmt.Errorf("%w: %s at height %d, checkpoint %d: %s", ErrVerificationFailed, rollupID, height, cp.Epoch, fmt.Sprintf(format, args...))
	}
	e := incl.Entry
	if e.RollupId != rollupID || len(e.BatchRoot) != 32 {
		return fail("node proved entry (%q, %X)", e.RollupId, e.BatchRoot)
	}
	if cp.FirstHeight < 1 || height < cp.FirstHeight || int64(len(roots)) != cp.Height-cp.FirstHeight+1 {
		return fail("%d roots for heights [%d, %d]", len(roots), cp.FirstHeight, cp.Height)
	}
	if r := roots[height-cp.FirstHeight]; !bytes.Equal(incl.RollupsRoot, r) {
		return fail("inclusion proof is against root %X, the height's commitment is %X", incl.RollupsRoot, r)
	}
	entryProof, err := cmtmerkle.ProofFromProto(&incl.Proof)
	if err == nil {
		err = entryProof.Verify(incl.RollupsRoot, rolluptypes.LeafBytes(rollupID, e.BatchRoot))
	}
	if err != nil {
		return fail("entry proof: %v", err)
	}
	first := uint64(cp.FirstHeight)
	root, err := merkle.CheckpointRollupsRoot(first, roots)
	if err != nil {
		return fail("%v", err)
	}
	if !bytes.Equal(root, cp.RollupsRoot) {
		return fail("heights [%d, %d] hash to %X, the checkpoint says %X", cp.FirstHeight, cp.Height, root, cp.RollupsRoot)
	}
	return toL1Proof(cp.Epoch, rollupID, height, e.BatchRoot, entryProof, first, roots)
}

// toL1Proof converts checked proofs into the registry's argument types.
func toL1Proof(epoch uint64, rollupID string, height int64, batchRoot []byte, entryProof *cmtmerkle.Proof, first uint64, roots [][]byte) (L1Proof, error) {
	p := L1Proof{Epoch: epoch, RollupID: rollupID, Height: height}
	copy(p.BatchRoot[:], batchRoot)
	hp, err := merkle.HeightProof(first, roots, uint64(height))
	if err != nil {
		return p, fmt.Errorf("%w: %w", ErrVerificationFailed, err)
	}
	if p.EntryProof, err = merkle.ToSolidity(entryProof); err != nil {
		return p, fmt.Errorf("%w: entry proof: %w", ErrVerificationFailed, err)
	}
	if p.HeightProof, err = merkle.ToSolidity(hp); err != nil {
		return p, fmt.Errorf("%w: height proof: %w", ErrVerificationFailed, err)
	}
	return p, nil
}

// verifyWithRecord checks p locally against the L1 checkpoint, then asks the registry.
func verifyWithRecord(ctx context.Context, reg L1Registry, p L1Proof, onL1 l1Checkpoint) error {
	if err := checkL1Proof(p, onL1); err != nil {
		return fmt.Errorf("%w: %s at height %d against checkpoint %d on L1: %w", ErrVerificationFailed, p.RollupID, p.Height, p.Epoch, err)
	}
	ok, err := reg.VerifyRollupBatch(ctx, p.Epoch, p.RollupID, uint64(p.Height), p.BatchRoot, p.EntryProof, p.HeightProof)
	if err != nil {
		return fmt.Errorf("verifyRollupBatch(%d, %s, %d): %w", p.Epoch, p.RollupID, p.Height, err)
	}
	if !ok {
		return fmt.Errorf("%w: registry's verifyRollupBatch(%d, %s, %d) returned false", ErrVerificationFailed, p.Epoch, p.RollupID, p.Height)
	}
	return nil
}

// checkL1Proof recomputes what verifyRollupBatch checks: the height's position in the
// checkpoint's range (the contract derives it from stored heights, so a proof cannot claim
// another), batch root → the height's rollups_root through EntryProof, then the height leaf →
// the checkpoint's rollups_root through HeightProof.
func checkL1Proof(p L1Proof, onL1 l1Checkpoint) error {
	h, prev, last := uint64(p.Height), onL1.prevHeight, onL1.rec.Height
	if p.Height < 1 || h <= prev || h > last {
		return fmt.Errorf("height %d is outside the checkpoint's range (%d, %d]", p.Height, prev, last)
	}
	if p.HeightProof.Index != h-prev-1 || p.HeightProof.Total != last-prev {
		return fmt.Errorf("height proof claims index %d of %d, the range gives %d of %d", p.HeightProof.Index, p.HeightProof.Total, h-prev-1, last-prev)
	}
	heightRoot, err := rootOf(p.EntryProof, rolluptypes.LeafBytes(p.RollupID, p.BatchRoot[:]))
	if err != nil {
		return fmt.Errorf("entry proof: %w", err)
	}
	leaf, err := merkle.HeightLeaf(h, heightRoot)
	if err != nil {
		return err
	}
	root, err := rootOf(p.HeightProof, leaf)
	if err != nil {
		return fmt.Errorf("height proof: %w", err)
	}
	if !bytes.Equal(root, onL1.rec.RollupsRoot[:]) {
		return fmt.Errorf("proofs lead to %X, the checkpoint's rollups_root is %X", root, onL1.rec.RollupsRoot)
	}
	return nil
}

// rootOf is the root p proves leaf into, by CometBFT's crypto/merkle (RFC 6962), which the
// contract follows. ComputeRootHash panics on a proof whose index, total and aunts do not fit;
// a bad proof from a node must be an error instead.
func rootOf(p registry.MerkleProof, leaf []byte) (root []byte, err error) {
	if p.Total == 0 || p.Index >= p.Total || p.Total > math.MaxInt64 {
		return nil, fmt.Errorf("index %d of total %d", p.Index, p.Total)
	}
	proof := cmtmerkle.Proof{
		Total: int64(p.Total), Index: int64(p.Index),
		LeafHash: cmtmerkle.HashFromByteSlices([][]byte{leaf}), Aunts: make([][]byte, len(p.Aunts)),
	}
	for i := range p.Aunts {
		proof.Aunts[i] = p.Aunts[i][:]
	}
	defer func() {
		if r := recover(); r != nil {
			root, err = nil, fmt.Errorf("%d aunts do not fit index %d of total %d", len(p.Aunts), p.Index, p.Total)
		}
	}()
	return proof.ComputeRootHash(), nil
}

// The node's side of checkpointChain (inclusionProof is in source.go).

func (n nodeChain) finality(ctx context.Context, height int64) (*checkpointtypes.QueryFinalityResponse, error) {
	resp, err := checkpointtypes.NewQueryClient(n.c.conn).Finality(ctx, &checkpointtypes.QueryFinalityRequest{Height: height})
	if err != nil {
		return nil, fmt.Errorf("finality of %d: %w", height, queryError(err, nil, checkpointtypes.ErrInvalidHeight))
	}
	return resp, nil
}

func (n nodeChain) checkpoint(ctx context.Context, epoch uint64) (checkpointtypes.Checkpoint, error) {
	resp, err := checkpointtypes.NewQueryClient(n.c.conn).Checkpoint(ctx, &checkpointtypes.QueryCheckpointRequest{Epoch: epoch})
	if err != nil {
		return checkpointtypes.Checkpoint{}, fmt.Errorf("checkpoint %d: %w", epoch, queryError(err, checkpointtypes.ErrCheckpointNotFound, nil))
	}
	return resp.Checkpoint, nil
}

func (n nodeChain) blockCommitment(ctx context.Context, height int64) (rolluptypes.BlockCommitment, error) {
	resp, err := n.c.rollup.BlockCommitment(ctx, &rolluptypes.QueryBlockCommitmentRequest{Height: height})
	if err != nil {
		return rolluptypes.BlockCommitment{}, fmt.Errorf("block commitment %d: %w", height, queryError(err, nil, rolluptypes.ErrInvalidHeight))
	}
	return resp.Commitment, nil
}
