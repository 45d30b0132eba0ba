package test

import (
	"fmt"
	"math/big"
	"strings"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/seq-network/seq/contracts/bindings/registry"
	"github.com/seq-network/seq/contracts/merkle"
	rolluptypes "github.com/seq-network/seq/x/rollup/types"
)

// heightsOf builds the block commitments of heights first..last with
// entriesAt(h) rollups each (0 = an empty height, as in real blocks).
func heightsOf(first, last uint64, entriesAt func(h uint64) int) []rolluptypes.BlockCommitment {
	var out []rolluptypes.BlockCommitment
	for h := first; h <= last; h++ {
		c := rolluptypes.BlockCommitment{Height: int64(h)}
		for j := range entriesAt(h) {
			id := fmt.Sprintf("rollup-%02d", j) // sorted, as x/rollup sorts entries
			blobs := [][]byte{[]byte(fmt.Sprintf("%s/%d/a", id, h)), []byte(fmt.Sprintf("%s/%d/b", id, h))}
			c.Entries = append(c.Entries, rolluptypes.BatchEntry{RollupId: id, BatchRoot: rolluptypes.BatchRootOfBlobs(blobs), BlobCount: 2})
		}
		c.RollupsRoot = rolluptypes.RollupsRoot(c.Entries)
		out = append(out, c)
	}
	return out
}

// rollupFixture is a registry holding two epochs whose rollups_root commit to real x/rollup commitments.
type rollupFixture struct {
	e       *env
	heights map[uint64][]rolluptypes.BlockCommitment // epoch -> its heights
}

// newRollupFixture submits one checkpoint per span: epoch i+1 covers the next
// spans[i] heights, height h carrying entriesAt(h) batches.
func newRollupFixture(t *testing.T, entriesAt func(h uint64) int, spans ...uint64) *rollupFixture {
	a := newSignerSet(t, 4, 1)
	fx := &rollupFixture{e: newEnv(t, a.hash), heights: map[uint64][]rolluptypes.BlockCommitment{}}
	prev, last := anchorHash, uint64(0)
	for i, span := range spans {
		epoch := uint64(i + 1)
		f := fx.e.fields(epoch, prev, a.hash, a.hash)
		f.Height = last + span
		cs := heightsOf(last+1, f.Height, entriesAt)
		root, err := merkle.CheckpointRollupsRoot(last+1, rootsOf(cs))
		require.NoError(t, err)
		copy(f.RollupsRoot[:], root)
		fx.e.mustSubmit(fx.e.prover, f, a.prove(t, f, fx.e.prover.addr))
		fx.heights[epoch] = cs
		prev, last = f.CheckpointHash(), f.Height
	}
	return fx
}

func rootsOf(cs []rolluptypes.BlockCommitment) [][]byte {
	roots := make([][]byte, len(cs))
	for i, c := range cs {
		roots[i] = c.RollupsRoot
	}
	return roots
}

// args are the verifyRollupBatch arguments for rollupID's batch at height.
type batchArgs struct {
	epoch, height uint64
	rollupID      string
	batchRoot     [32]byte
	entry, hproof registry.MerkleProof
}

func (fx *rollupFixture) args(t *testing.T, epoch, height uint64, rollupID string) batchArgs {
	t.Helper()
	cs := fx.heights[epoch]
	first := uint64(cs[0].Height)
	c := cs[height-first]
	entry, p, err := c.Proof(rollupID)
	require.NoError(t, err)
	ep, err := merkle.ToSolidity(p)
	require.NoError(t, err)
	hp, err := merkle.HeightProof(first, rootsOf(cs), height)
	require.NoError(t, err)
	hps, err := merkle.ToSolidity(hp)
	require.NoError(t, err)
	a := batchArgs{epoch: epoch, height: height, rollupID: rollupID, entry: ep, hproof: hps}
	copy(a.batchRoot[:], entry.BatchRoot)
	return a
}

func (fx *rollupFixture) verify(a batchArgs) (bool, error) {
	e := fx.e
	return call(e, e.reg.PackVerifyRollupBatch(a.epoch, a.rollupID, a.height, a.batchRoot, a.entry, a.hproof),
		e.reg.UnpackVerifyRollupBatch)
}

// TestVerifyRollupBatch proves every batch of both epochs, built with
// x/rollup/types and CometBFT crypto/merkle, through the contract.
func TestVerifyRollupBatch(t *testing.T) {
	fx := newRollupFixture(t, func(h uint64) int { return int(h % 4) }, 10, 10)
	n := 0
	for epoch, cs := range fx.heights {
		for _, c := range cs {
			for _, entry := range c.Entries {
				ok, err := fx.verify(fx.args(t, epoch, uint64(c.Height), entry.RollupId))
				require.NoError(t, err)
				require.True(t, ok, "epoch %d height %d %s", epoch, c.Height, entry.RollupId)
				n++
			}
		}
	}
	require.Greater(t, n, 10)
}

// TestVerifyRollupBatchRejects: wrong data yields false; malformed proofs and
// impossible positions revert with typed errors.
func TestVerifyRollupBatchRejects(t *testing.T) {
	fx := newRollupFixture(t, func(h uint64) int { return int(h % 4) }, 10, 10)
	// Height 15 (epoch 2, heights 11..20, leaf 4 of 10: 4 aunts) has three entries; rollup-01 is
	// leaf 1 of 3 (2 aunts).
	base := func() batchArgs { return fx.args(t, 2, 15, "rollup-01") }
	require.Len(t, fx.heights[2][4].Entries, 3)

	falseRows := []struct {
		name     string
		malleate func(a *batchArgs)
	}{
		{"wrong batch root", func(a *batchArgs) { a.batchRoot[0] ^= 1 }},
		{"other rollup id", func(a *batchArgs) { a.rollupID = "rollup-00" }},
		{"wrong entry sibling", func(a *batchArgs) { a.entry.Aunts[0][5] ^= 1 }},
		{"wrong height sibling", func(a *batchArgs) { a.hproof.Aunts[1][0] ^= 1 }},
		{"wrong entry index, same depth", func(a *batchArgs) { a.entry.Index = 0 }},
		{"wrong epoch", func(a *batchArgs) { a.epoch, a.height = 1, 7; a.hproof.Index = 6 }},
	}
	for _, r := range falseRows {
		t.Run(r.name, func(t *testing.T) {
			a := base()
			r.malleate(&a)
			ok, err := fx.verify(a)
			require.NoError(t, err)
			require.False(t, ok)
		})
	}

	revertRows := []struct {
		name     string
		malleate func(a *batchArgs)
		want     any
	}{
		{"entry proof too long", func(a *batchArgs) { a.entry.Aunts = append(a.entry.Aunts, [32]byte{}) },
			&registry.CheckpointRegistryProofLengthMismatch{Got: bigInt(3), Want: bigInt(2)}},
		{"entry proof too short", func(a *batchArgs) { a.entry.Aunts = a.entry.Aunts[:1] },
			&registry.CheckpointRegistryProofLengthMismatch{Got: bigInt(1), Want: bigInt(2)}},
		{"entry index out of range", func(a *batchArgs) { a.entry.Index = 3 },
			&registry.CheckpointRegistryProofIndexOutOfRange{Index: 3, Total: 3}},
		{"height proof too long", func(a *batchArgs) { a.hproof.Aunts = append(a.hproof.Aunts, [32]byte{}) },
			&registry.CheckpointRegistryProofLengthMismatch{Got: bigInt(5), Want: bigInt(4)}},
		{"height proof wrong index", func(a *batchArgs) { a.hproof.Index = 5 },
			&registry.CheckpointRegistryHeightProofMismatch{Index: 5, Total: 10, WantIndex: 4, WantTotal: 10}},
		{"height proof wrong total", func(a *batchArgs) { a.hproof.Total = 16 },
			&registry.CheckpointRegistryHeightProofMismatch{Index: 4, Total: 16, WantIndex: 4, WantTotal: 10}},
		{"height of another epoch", func(a *batchArgs) { a.height = 10 },
			&registry.CheckpointRegistryHeightNotInCheckpoint{Epoch: 2, Height: 10}},
		{"height beyond checkpoint", func(a *batchArgs) { a.height = 21 },
			&registry.CheckpointRegistryHeightNotInCheckpoint{Epoch: 2, Height: 21}},
		{"future epoch", func(a *batchArgs) { a.epoch = 3 }, &registry.CheckpointRegistryUnknownEpoch{Epoch: 3}},
		{"anchor epoch", func(a *batchArgs) { a.epoch = 0 }, &registry.CheckpointRegistryUnknownEpoch{Epoch: 0}},
		{"rollup id too long", func(a *batchArgs) { a.rollupID = strings.Repeat("x", 256) },
			&registry.CheckpointRegistryRollupIdTooLong{Length: bigInt(256)}},
	}
	for _, r := range revertRows {
		t.Run(r.name, func(t *testing.T) {
			a := base()
			r.malleate(&a)
			_, err := fx.verify(a)
			fx.e.requireRevert(err, r.want)
		})
	}
}

// TestRollupMerkleTreeShapes checks the contract's RFC 6962 walk (CometBFT
// split) against CometBFT crypto/merkle for every leaf of every tree size 1..17:
// height h of one 17-height checkpoint carries h batches.
func TestRollupMerkleTreeShapes(t *testing.T) {
	fx := newRollupFixture(t, func(h uint64) int { return int(h) }, 17)
	for _, c := range fx.heights[1] {
		for _, entry := range c.Entries {
			ok, err := fx.verify(fx.args(t, 1, uint64(c.Height), entry.RollupId))
			require.NoError(t, err)
			require.True(t, ok, "height %d %s", c.Height, entry.RollupId)
		}
	}
}

func bigInt(n int64) *big.Int { return big.NewInt(n) }
