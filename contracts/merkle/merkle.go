// Package merkle is the client side of the checkpoint-level rollups tree that
// CheckpointRegistry.verifyRollupBatch checks: checked inputs and Solidity-form
// proofs over the tree x/checkpoint/types defines (and the chain computes).
//
// A checkpoint of height h whose predecessor has height h_prev commits to every
// height of (h_prev, h], in order, with one leaf per height:
//
//	leaf(height) = abi.encodePacked(uint64 height, bytes32 rollupsRoot(height))   // 40 bytes
//	checkpoint rollups_root = RFC 6962 root (CometBFT crypto/merkle) over leaf(h_prev+1) … leaf(h)
//
// rollupsRoot(height) is x/rollup's BlockCommitment root of that height
// (types.RollupsRoot: RFC 6962 over types.LeafBytes(rollupID, batchRoot), the
// empty-tree hash sha256("") when a height has no batches). Heights without
// batches are still leaves: the contract derives a leaf's index (height-h_prev-1)
// and the tree size (h-h_prev) from the stored heights and rejects proofs that
// claim otherwise, so a height can never be proven at another position.
package merkle

import (
	"fmt"

	cmtmerkle "github.com/cometbft/cometbft/crypto/merkle"

	"github.com/seq-network/seq/contracts/bindings/registry"
	checkpointtypes "github.com/seq-network/seq/x/checkpoint/types"
)

// HeightLeafSize is the length of a checkpoint-level leaf: uint64 + bytes32.
const HeightLeafSize = 8 + 32

// The tree itself is x/checkpoint's (types.RollupsRootLeaf, CheckpointRollupsRoot,
// CheckpointRollupsProof), so that the chain and its clients share one encoding; this package
// adds the input checks a client needs and the Solidity form of the proofs.

// HeightLeaf is abi.encodePacked(uint64 height, bytes32 rollupsRoot): the
// big-endian height followed by that height's rollups root.
func HeightLeaf(height uint64, rollupsRoot []byte) ([]byte, error) {
	if err := checkRoot(height, rollupsRoot); err != nil {
		return nil, err
	}
	return checkpointtypes.RollupsRootLeaf(int64(height), rollupsRoot), nil
}

// checkRoot rejects a rollups root that is not 32 bytes.
func checkRoot(height uint64, rollupsRoot []byte) error {
	if len(rollupsRoot) != 32 {
		return fmt.Errorf("merkle: rollups root of height %d has %d bytes, want 32", height, len(rollupsRoot))
	}
	return nil
}

// heightRoots pairs the roots with the heights first, first+1, …, checking each root's length.
func heightRoots(first uint64, roots [][]byte) ([]checkpointtypes.HeightRoot, error) {
	out := make([]checkpointtypes.HeightRoot, len(roots))
	for i, r := range roots {
		h := first + uint64(i)
		if err := checkRoot(h, r); err != nil {
			return nil, err
		}
		out[i] = checkpointtypes.HeightRoot{Height: int64(h), RollupsRoot: r}
	}
	return out, nil
}

// CheckpointRollupsRoot is the checkpoint's rollups_root over the rollups roots
// of the consecutive heights first, first+1, … (first = h_prev + 1). roots must
// hold exactly one root per height of (h_prev, h].
func CheckpointRollupsRoot(first uint64, roots [][]byte) ([]byte, error) {
	hr, err := heightRoots(first, roots)
	if err != nil {
		return nil, err
	}
	return checkpointtypes.CheckpointRollupsRoot(hr), nil
}

// HeightProof returns the inclusion proof of height's leaf in the rollups_root
// of the checkpoint covering first … first+len(roots)-1.
func HeightProof(first uint64, roots [][]byte, height uint64) (*cmtmerkle.Proof, error) {
	if height < first || height-first >= uint64(len(roots)) {
		return nil, fmt.Errorf("merkle: height %d outside [%d, %d]", height, first, first+uint64(len(roots))-1)
	}
	hr, err := heightRoots(first, roots)
	if err != nil {
		return nil, err
	}
	return checkpointtypes.CheckpointRollupsProof(hr, int(height-first)), nil
}

// ToSolidity converts a CometBFT proof into the MerkleProof argument of
// verifyRollupBatch (same index, total and aunt order).
func ToSolidity(p *cmtmerkle.Proof) (registry.MerkleProof, error) {
	if p.Index < 0 || p.Total <= 0 || p.Index >= p.Total {
		return registry.MerkleProof{}, fmt.Errorf("merkle: proof index %d of total %d", p.Index, p.Total)
	}
	aunts := make([][32]byte, len(p.Aunts))
	for i, a := range p.Aunts {
		if len(a) != 32 {
			return registry.MerkleProof{}, fmt.Errorf("merkle: aunt %d has %d bytes, want 32", i, len(a))
		}
		copy(aunts[i][:], a)
	}
	return registry.MerkleProof{Index: uint64(p.Index), Total: uint64(p.Total), Aunts: aunts}, nil
}
