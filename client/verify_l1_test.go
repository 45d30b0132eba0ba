package client

import (
	"context"
	"crypto/sha256"
	"fmt"
	"slices"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/seq-network/seq/contracts/bindings/registry"
	"github.com/seq-network/seq/contracts/merkle"
	checkpointtypes "github.com/seq-network/seq/x/checkpoint/types"
	rolluptypes "github.com/seq-network/seq/x/rollup/types"
)

// l1Chain is a fabricated node for VerifyOnL1: commitments, and checkpoints whose rollups_root
// is computed the way x/checkpoint's keeper does (DenseRoots + CheckpointRollupsRoot), an
// implementation independent of contracts/merkle, which the client uses.
type l1Chain struct {
	latest      int64
	commitments map[int64]rolluptypes.BlockCommitment
	checkpoints []checkpointtypes.Checkpoint // epoch i+1 at index i
	uncertified map[uint64]bool
}

// newL1Chain: heights 1..13, checkpoints [1,4] (the first), [5,5] (a single height) and
// [6,12] (seven heights, data only at 9); height 13 has data but no checkpoint yet.
func newL1Chain() *l1Chain {
	c := &l1Chain{latest: 13, commitments: map[int64]rolluptypes.BlockCommitment{}, uncertified: map[uint64]bool{}}
	data := map[int64][]string{1: {"alpha", "beta"}, 3: {"alpha"}, 5: {"alpha"}, 9: {"alpha", "beta", "gamma"}, 13: {"alpha"}}
	for h, ids := range data {
		batches := map[string][][]byte{}
		for _, id := range ids {
			batches[id] = blobsOf(fmt.Sprintf("%s@%d", id, h), 2)
		}
		c.commitments[h] = commitment(h, batches)
	}
	for _, r := range [][2]int64{{1, 4}, {5, 5}, {6, 12}} {
		c.addCheckpoint(r[0], r[1])
	}
	return c
}

func (c *l1Chain) addCheckpoint(first, last int64) {
	var sparse []checkpointtypes.HeightRoot
	for h := first; h <= last; h++ {
		if bc, ok := c.commitments[h]; ok {
			sparse = append(sparse, checkpointtypes.HeightRoot{Height: h, RollupsRoot: bc.RollupsRoot})
		}
	}
	epoch := uint64(len(c.checkpoints) + 1)
	hash := sha256.Sum256(fmt.Appendf(nil, "checkpoint %d", epoch))
	c.checkpoints = append(c.checkpoints, checkpointtypes.Checkpoint{
		Epoch: epoch, FirstHeight: first, Height: last, CheckpointHash: hash[:],
		RollupsRoot: checkpointtypes.CheckpointRollupsRoot(checkpointtypes.DenseRoots(first, last, sparse)),
	})
}

func (c *l1Chain) finality(_ context.Context, height int64) (*checkpointtypes.QueryFinalityResponse, error) {
	resp := &checkpointtypes.QueryFinalityResponse{Height: height, LatestHeight: c.latest, Stage: checkpointtypes.FINALITY_STAGE_PENDING}
	if height > c.latest {
		return resp, nil
	}
	resp.Stage = checkpointtypes.FINALITY_STAGE_SEQUENCED
	// Like the keeper: the first checkpoint at or above height covers it.
	for _, cp := range c.checkpoints {
		if cp.Height >= height {
			resp.Epoch, resp.CheckpointHeight, resp.Stage = cp.Epoch, cp.Height, checkpointtypes.FINALITY_STAGE_CERTIFIED
			if c.uncertified[cp.Epoch] {
				resp.Stage = checkpointtypes.FINALITY_STAGE_CHECKPOINTED
			}
			break
		}
	}
	return resp, nil
}

func (c *l1Chain) checkpoint(_ context.Context, epoch uint64) (checkpointtypes.Checkpoint, error) {
	if epoch < 1 || epoch > uint64(len(c.checkpoints)) {
		return checkpointtypes.Checkpoint{}, checkpointtypes.ErrCheckpointNotFound.Wrapf("epoch %d", epoch)
	}
	return c.checkpoints[epoch-1], nil
}

func (c *l1Chain) blockCommitment(_ context.Context, height int64) (rolluptypes.BlockCommitment, error) {
	if bc, ok := c.commitments[height]; ok {
		return bc, nil
	}
	return rolluptypes.BlockCommitment{Height: height, RollupsRoot: checkpointtypes.EmptyRollupsRoot}, nil
}

func (c *l1Chain) inclusionProof(_ context.Context, rollupID string, height int64) (*rolluptypes.QueryInclusionProofResponse, error) {
	bc, ok := c.commitments[height]
	if !ok {
		return nil, rolluptypes.ErrCommitmentNotFound.Wrapf("%s at %d", rollupID, height)
	}
	e, p, err := bc.Proof(rollupID)
	if err != nil {
		return nil, err
	}
	return &rolluptypes.QueryInclusionProofResponse{Entry: e, RollupsRoot: bc.RollupsRoot, Proof: *p.ToProto()}, nil
}

// fakeRegistry holds the records of the chain's checkpoints up to latest; verifyRollupBatch
// answers `answer` and records its arguments.
type fakeRegistry struct {
	latest  uint64
	records map[uint64]registry.CheckpointRecord
	answer  bool
	calls   []L1Proof
}

func newFakeRegistry(c *l1Chain, latest uint64) *fakeRegistry {
	r := &fakeRegistry{latest: latest, records: map[uint64]registry.CheckpointRecord{0: {CheckpointHash: [32]byte{1}}}, answer: true}
	for _, cp := range c.checkpoints[:latest] {
		rec := registry.CheckpointRecord{Height: uint64(cp.Height)}
		copy(rec.CheckpointHash[:], cp.CheckpointHash)
		copy(rec.RollupsRoot[:], cp.RollupsRoot)
		r.records[cp.Epoch] = rec
	}
	return r
}

func (r *fakeRegistry) LatestEpoch(context.Context) (uint64, error) { return r.latest, nil }

func (r *fakeRegistry) Checkpoint(_ context.Context, epoch uint64) (registry.CheckpointRecord, error) {
	return r.records[epoch], nil
}

func (r *fakeRegistry) VerifyRollupBatch(_ context.Context, epoch uint64, rollupID string, height uint64, batchRoot [32]byte, entry, heightProof registry.MerkleProof) (bool, error) {
	r.calls = append(r.calls, L1Proof{Epoch: epoch, RollupID: rollupID, Height: int64(height), BatchRoot: batchRoot, EntryProof: entry, HeightProof: heightProof})
	return r.answer, nil
}

// answers collects the node's answers for (rollupID, height) as proveBatch would.
func (c *l1Chain) answers(t *testing.T, rollupID string, height int64) (checkpointtypes.Checkpoint, [][]byte, *rolluptypes.QueryInclusionProofResponse) {
	t.Helper()
	ctx := context.Background()
	cp, err := coveringCheckpoint(ctx, c, height)
	require.NoError(t, err)
	roots, err := heightRoots(ctx, c, cp.FirstHeight, cp.Height)
	require.NoError(t, err)
	incl, err := c.inclusionProof(ctx, rollupID, height)
	require.NoError(t, err)
	return cp, roots, incl
}

func root32(b []byte) (r [32]byte) {
	copy(r[:], b)
	return r
}

// onL1 is cp as the registry stores it.
func onL1(cp checkpointtypes.Checkpoint) l1Checkpoint {
	return l1Checkpoint{rec: registry.CheckpointRecord{RollupsRoot: root32(cp.RollupsRoot), Height: uint64(cp.Height)}, prevHeight: uint64(cp.FirstHeight - 1)}
}

func TestBuildL1Proof(t *testing.T) {
	c := newL1Chain()
	for _, tc := range []struct {
		name   string
		rollup string
		height int64
		epoch  uint64
	}{
		{"first checkpoint, first height", "beta", 1, 1},
		{"first checkpoint, between empty heights", "alpha", 3, 1},
		{"single-height checkpoint", "alpha", 5, 2},
		{"gaps on both sides, 7 heights", "gamma", 9, 3},
	} {
		t.Run(tc.name, func(t *testing.T) {
			cp, roots, incl := c.answers(t, tc.rollup, tc.height)
			require.Equal(t, tc.epoch, cp.Epoch)
			p, err := buildL1Proof(cp, roots, incl, tc.rollup, tc.height)
			require.NoError(t, err)
			require.NoError(t, checkL1Proof(p, onL1(cp)))

			blobs := blobsOf(fmt.Sprintf("%s@%d", tc.rollup, tc.height), 2)
			require.Equal(t, root32(rolluptypes.BatchRootOfBlobs(blobs)), p.BatchRoot)
			require.Equal(t, positionOf(tc.height, cp), [2]uint64{p.HeightProof.Index, p.HeightProof.Total})
			// The height proof equals the one x/checkpoint's own implementation produces.
			dense := checkpointtypes.DenseRoots(cp.FirstHeight, cp.Height, sparseOf(c, cp))
			want, err := merkle.ToSolidity(checkpointtypes.CheckpointRollupsProof(dense, int(tc.height-cp.FirstHeight)))
			require.NoError(t, err)
			require.Equal(t, want, p.HeightProof)
		})
	}
}

// positionOf is the (index, total) the registry derives for height in cp.
func positionOf(height int64, cp checkpointtypes.Checkpoint) [2]uint64 {
	return [2]uint64{uint64(height - cp.FirstHeight), uint64(cp.Height - cp.FirstHeight + 1)}
}

func sparseOf(c *l1Chain, cp checkpointtypes.Checkpoint) []checkpointtypes.HeightRoot {
	var out []checkpointtypes.HeightRoot
	for h := cp.FirstHeight; h <= cp.Height; h++ {
		if bc, ok := c.commitments[h]; ok {
			out = append(out, checkpointtypes.HeightRoot{Height: h, RollupsRoot: bc.RollupsRoot})
		}
	}
	return out
}

func cloneProof(p L1Proof) L1Proof {
	p.EntryProof.Aunts = slices.Clone(p.EntryProof.Aunts)
	p.HeightProof.Aunts = slices.Clone(p.HeightProof.Aunts)
	return p
}

// TestCheckL1ProofMutations: every single change to a valid proof fails the local check.
func TestCheckL1ProofMutations(t *testing.T) {
	c := newL1Chain()
	cp, roots, incl := c.answers(t, "beta", 9)
	valid, err := buildL1Proof(cp, roots, incl, "beta", 9)
	require.NoError(t, err)
	root := onL1(cp)
	require.NoError(t, checkL1Proof(valid, root))
	require.NotEmpty(t, valid.EntryProof.Aunts)
	require.Len(t, valid.HeightProof.Aunts, 3)

	for name, mutate := range map[string]func(*L1Proof){
		"batch root":   func(p *L1Proof) { p.BatchRoot[5] ^= 1 },
		"rollup id":    func(p *L1Proof) { p.RollupID = "gamma" },
		"height + 1":   func(p *L1Proof) { p.Height++ },
		"height - 1":   func(p *L1Proof) { p.Height-- },
		"entry aunt":   func(p *L1Proof) { p.EntryProof.Aunts[0][0] ^= 1 },
		"height aunt":  func(p *L1Proof) { p.HeightProof.Aunts[2][31] ^= 1 },
		"entry index":  func(p *L1Proof) { p.EntryProof.Index = (p.EntryProof.Index + 1) % p.EntryProof.Total },
		"height index": func(p *L1Proof) { p.HeightProof.Index++ },
		// Index 1 of 3 and of 4 share their path (an RFC 6962 proof does not pin the size, and
		// the leaf names the rollup, so that is harmless); a total of 2 changes the shape.
		"entry total":        func(p *L1Proof) { p.EntryProof.Total = 2 },
		"height total":       func(p *L1Proof) { p.HeightProof.Total = 8 },
		"index out of range": func(p *L1Proof) { p.HeightProof.Index = p.HeightProof.Total },
		"zero total":         func(p *L1Proof) { p.EntryProof.Total, p.EntryProof.Index = 0, 0 },
		"dropped aunt":       func(p *L1Proof) { p.HeightProof.Aunts = p.HeightProof.Aunts[1:] },
		"extra aunt":         func(p *L1Proof) { p.EntryProof.Aunts = append(p.EntryProof.Aunts, [32]byte{}) },
		"swapped aunts":      func(p *L1Proof) { a := p.HeightProof.Aunts; a[0], a[1] = a[1], a[0] },
	} {
		p := cloneProof(valid)
		mutate(&p)
		require.Error(t, checkL1Proof(p, root), name)
	}
	wrongRoot := root
	wrongRoot.rec.RollupsRoot = root32(c.checkpoints[0].RollupsRoot)
	require.Error(t, checkL1Proof(valid, wrongRoot), "another checkpoint's root")
	// The range the registry stores pins the position: index 3 of 8 has the same aunts as
	// index 3 of 7, so only the range check refuses it.
	longer := root
	longer.rec.Height++
	require.Error(t, checkL1Proof(valid, longer), "range one height longer")
}

// TestBuildL1ProofLyingNode: node answers that do not fit together are refused before L1.
func TestBuildL1ProofLyingNode(t *testing.T) {
	c := newL1Chain()
	for name, lie := range map[string]func(cp *checkpointtypes.Checkpoint, roots *[][]byte, incl *rolluptypes.QueryInclusionProofResponse){
		"entry of another rollup": func(_ *checkpointtypes.Checkpoint, _ *[][]byte, incl *rolluptypes.QueryInclusionProofResponse) {
			incl.Entry.RollupId = "gamma"
		},
		"batch root": func(_ *checkpointtypes.Checkpoint, _ *[][]byte, incl *rolluptypes.QueryInclusionProofResponse) {
			incl.Entry.BatchRoot = rolluptypes.BatchRootOfBlobs([][]byte{[]byte("forged")})
		},
		"inclusion root differs from commitment": func(_ *checkpointtypes.Checkpoint, _ *[][]byte, incl *rolluptypes.QueryInclusionProofResponse) {
			incl.RollupsRoot = checkpointtypes.EmptyRollupsRoot
		},
		"entry proof aunt": func(_ *checkpointtypes.Checkpoint, _ *[][]byte, incl *rolluptypes.QueryInclusionProofResponse) {
			incl.Proof.Aunts[0] = checkpointtypes.EmptyRollupsRoot
		},
		"root of an empty height": func(_ *checkpointtypes.Checkpoint, roots *[][]byte, _ *rolluptypes.QueryInclusionProofResponse) {
			(*roots)[0] = rolluptypes.BatchRootOfBlobs([][]byte{[]byte("x")})
		},
		"a height missing": func(_ *checkpointtypes.Checkpoint, roots *[][]byte, _ *rolluptypes.QueryInclusionProofResponse) {
			*roots = (*roots)[:len(*roots)-1]
		},
		"first height shifted": func(cp *checkpointtypes.Checkpoint, roots *[][]byte, _ *rolluptypes.QueryInclusionProofResponse) {
			cp.FirstHeight++
			*roots = (*roots)[1:]
		},
	} {
		cp, roots, incl := c.answers(t, "beta", 9)
		roots = slices.Clone(roots)
		incl.Proof.Aunts = slices.Clone(incl.Proof.Aunts)
		lie(&cp, &roots, incl)
		_, err := buildL1Proof(cp, roots, incl, "beta", 9)
		require.ErrorIs(t, err, ErrVerificationFailed, name)
	}
}

func TestVerifyOnL1(t *testing.T) {
	ctx := context.Background()
	for _, tc := range []struct {
		name     string
		rollup   string
		height   int64
		malleate func(*l1Chain, *fakeRegistry)
		expErr   error
		l1Calls  int
	}{
		{name: "first checkpoint", rollup: "alpha", height: 1, l1Calls: 1},
		{name: "single-height checkpoint", rollup: "alpha", height: 5, l1Calls: 1},
		{name: "later checkpoint with gaps", rollup: "beta", height: 9, l1Calls: 1},
		{name: "L1 says false", rollup: "beta", height: 9, malleate: func(_ *l1Chain, r *fakeRegistry) { r.answer = false }, expErr: ErrVerificationFailed, l1Calls: 1},
		{name: "registry behind", rollup: "beta", height: 9, malleate: func(_ *l1Chain, r *fakeRegistry) { r.latest = 2 }, expErr: ErrNotOnL1Yet},
		{name: "checkpoint not certified", rollup: "beta", height: 9, malleate: func(c *l1Chain, _ *fakeRegistry) { c.uncertified[3] = true }, expErr: ErrNotOnL1Yet},
		{name: "no checkpoint yet", rollup: "alpha", height: 13, expErr: ErrNotOnL1Yet},
		{name: "height not committed", rollup: "alpha", height: 40, expErr: ErrNotOnL1Yet},
		{name: "no data for the rollup", rollup: "delta", height: 9, expErr: rolluptypes.ErrCommitmentNotFound},
		{name: "node's checkpoint is not L1's", rollup: "alpha", height: 5, malleate: func(_ *l1Chain, r *fakeRegistry) {
			rec := r.records[2]
			rec.CheckpointHash[0] ^= 1
			r.records[2] = rec
		}, expErr: ErrVerificationFailed},
		{name: "node lies about an empty height", rollup: "beta", height: 9, malleate: func(c *l1Chain, _ *fakeRegistry) {
			c.commitments[7] = commitment(7, map[string][][]byte{"alpha": blobsOf("forged", 1)})
		}, expErr: ErrVerificationFailed},
		{name: "node lies about the covering checkpoint", rollup: "beta", height: 9, malleate: func(c *l1Chain, _ *fakeRegistry) {
			c.checkpoints[2].FirstHeight = 10
		}, expErr: ErrVerificationFailed},
	} {
		t.Run(tc.name, func(t *testing.T) {
			c := newL1Chain()
			reg := newFakeRegistry(c, 3)
			if tc.malleate != nil {
				tc.malleate(c, reg)
			}
			v, err := verifyOnL1(ctx, c, reg, tc.rollup, tc.height)
			require.Len(t, reg.calls, tc.l1Calls, "verifyRollupBatch calls")
			if tc.expErr != nil {
				require.ErrorIs(t, err, tc.expErr)
				return
			}
			require.NoError(t, err)
			require.True(t, v.Verified)
			require.Equal(t, reg.records[v.Epoch], v.Checkpoint)
			require.Equal(t, v.L1Proof, reg.calls[0])
			cp := c.checkpoints[v.Epoch-1]
			require.True(t, tc.height >= cp.FirstHeight && tc.height <= cp.Height)
			require.Equal(t, positionOf(tc.height, cp), [2]uint64{v.HeightProof.Index, v.HeightProof.Total})
		})
	}
}

// TestVerifyL1Proof: a proof is checked against the L1 record before L1 is asked; the anchor
// is refused for good, not as "not yet".
func TestVerifyL1Proof(t *testing.T) {
	ctx := context.Background()
	c := newL1Chain()
	reg := newFakeRegistry(c, 3)
	v, err := verifyOnL1(ctx, c, reg, "gamma", 9)
	require.NoError(t, err)

	rec, err := VerifyL1Proof(ctx, reg, v.L1Proof)
	require.NoError(t, err)
	require.Equal(t, v.Checkpoint, rec)
	require.Len(t, reg.calls, 2)

	tampered := cloneProof(v.L1Proof)
	tampered.BatchRoot[0] ^= 1
	_, err = VerifyL1Proof(ctx, reg, tampered)
	require.ErrorIs(t, err, ErrVerificationFailed)
	require.Len(t, reg.calls, 2, "refused locally, L1 not asked")

	other := cloneProof(v.L1Proof)
	other.Epoch = 1
	_, err = VerifyL1Proof(ctx, reg, other)
	require.ErrorIs(t, err, ErrVerificationFailed, "height 9 is not in checkpoint 1")

	reg.latest = 2
	_, err = VerifyL1Proof(ctx, reg, v.L1Proof)
	require.ErrorIs(t, err, ErrNotOnL1Yet)

	anchor := cloneProof(v.L1Proof)
	anchor.Epoch = 0
	_, err = VerifyL1Proof(ctx, reg, anchor)
	require.Error(t, err)
	require.NotErrorIs(t, err, ErrNotOnL1Yet)
	require.Len(t, reg.calls, 2)
}
