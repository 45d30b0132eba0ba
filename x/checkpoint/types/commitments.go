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

// CheckpointRollupsRoot is the RFC 6962 Merkle root (CometBFT crypto/merkle: leaf
// sha256(0x00||leaf), inner sha256(0x01||l||r), split at the largest power of two < n) over
// RollupsRootLeaf of every height with rollup data in the checkpoint's range, ascending by
// height. With no such height it is sha256("") (merkle.HashFromByteSlices(nil)).
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
