package types

import (
	"encoding/binary"

	"github.com/cometbft/cometbft/crypto/merkle"
)

// RollupsRootLeaf is the leaf of a (height, rollups_root) pair in a checkpoint's rollups_root:
// Solidity's abi.encodePacked(uint64(height), bytes32(rollupsRoot)), i.e. the 8-byte big-endian
// height followed by the 32-byte root (40 bytes).
func RollupsRootLeaf(height int64, rollupsRoot []byte) []byte {
	leaf := make([]byte, 8, 8+32)
	binary.BigEndian.PutUint64(leaf, uint64(height))
	var root [32]byte
	copy(root[:], rollupsRoot)
	return append(leaf, root[:]...)
}

// EmptyRollupsRoot is x/rollup's rollups_root of a height without batches: the empty tree's
// hash sha256("").
var EmptyRollupsRoot = merkle.HashFromByteSlices(nil)

// DenseRoots returns one root per height of [first, last], ascending: the given root where
// x/rollup stored a commitment (sparse, ascending), EmptyRollupsRoot elsewhere. Every height is
// a leaf so that the L1 registry can derive a leaf's index (height - first) and the tree size
// from the checkpoint's heights alone and refuse a proof that claims another position.
func DenseRoots(first, last int64, sparse []HeightRoot) []HeightRoot {
	if last < first {
		return nil
	}
	out := make([]HeightRoot, 0, last-first+1)
	j := 0
	for h := first; h <= last; h++ {
		for j < len(sparse) && sparse[j].Height < h {
			j++
		}
		root := EmptyRollupsRoot
		if j < len(sparse) && sparse[j].Height == h {
			root = sparse[j].RollupsRoot
		}
		out = append(out, HeightRoot{Height: h, RollupsRoot: root})
	}
	return out
}

// CheckpointRollupsRoot is the RFC 6962 Merkle root (CometBFT crypto/merkle: leaf
// sha256(0x00||leaf), inner sha256(0x01||l||r), split at the largest power of two < n) over
// RollupsRootLeaf of the given heights in order; the keeper passes DenseRoots of the
// checkpoint's range (h_prev, h]. With no height it is sha256("").
func CheckpointRollupsRoot(roots []HeightRoot) []byte {
	return merkle.HashFromByteSlices(rollupsLeaves(roots))
}

func rollupsLeaves(roots []HeightRoot) [][]byte {
	leaves := make([][]byte, len(roots))
	for i, r := range roots {
		leaves[i] = RollupsRootLeaf(r.Height, r.RollupsRoot)
	}
	return leaves
}

// CheckpointRollupsProof proves roots[i] into CheckpointRollupsRoot(roots).
func CheckpointRollupsProof(roots []HeightRoot, i int) *merkle.Proof {
	_, proofs := merkle.ProofsFromByteSlices(rollupsLeaves(roots))
	return proofs[i]
}
