package types

import (
	"bytes"
	"crypto/sha256"
	"fmt"

	"github.com/cometbft/cometbft/crypto/merkle"
)

// BlobHash is the leaf a blob contributes to its rollup's batch_root.
func BlobHash(blob []byte) []byte {
	h := sha256.Sum256(blob)
	return h[:]
}

// BatchRoot is the RFC 6962 Merkle root over the blob hashes, in block order.
func BatchRoot(blobHashes [][]byte) []byte {
	return merkle.HashFromByteSlices(blobHashes)
}

// BatchRootOfBlobs hashes the blobs and returns their BatchRoot.
func BatchRootOfBlobs(blobs [][]byte) []byte {
	hashes := make([][]byte, len(blobs))
	for i, b := range blobs {
		hashes[i] = BlobHash(b)
	}
	return BatchRoot(hashes)
}

// LeafBytes is a rollup's leaf in rollups_root: len(id) as one byte, id, batch_root.
// The length prefix keeps (id, root) pairs unambiguous; ids are at most 32 bytes.
func LeafBytes(rollupID string, batchRoot []byte) []byte {
	leaf := make([]byte, 0, 1+len(rollupID)+len(batchRoot))
	leaf = append(leaf, byte(len(rollupID)))
	leaf = append(leaf, rollupID...)
	return append(leaf, batchRoot...)
}

func leaves(entries []BatchEntry) [][]byte {
	out := make([][]byte, len(entries))
	for i, e := range entries {
		out[i] = LeafBytes(e.RollupId, e.BatchRoot)
	}
	return out
}

// RollupsRoot is the RFC 6962 Merkle root over the entries' leaves; entries must be sorted by rollup id.
func RollupsRoot(entries []BatchEntry) []byte {
	return merkle.HashFromByteSlices(leaves(entries))
}

// Proof returns the inclusion proof of rollupID's entry in the commitment's rollups_root.
func (c BlockCommitment) Proof(rollupID string) (BatchEntry, *merkle.Proof, error) {
	for i, e := range c.Entries {
		if e.RollupId == rollupID {
			_, proofs := merkle.ProofsFromByteSlices(leaves(c.Entries))
			return e, proofs[i], nil
		}
	}
	return BatchEntry{}, nil, ErrCommitmentNotFound.Wrapf("rollup %s at height %d", rollupID, c.Height)
}

// VerifyBatch checks blobs against entry.batch_root and entry against rollupsRoot through proof.
// It is what a rollup runs on what it receives from any node.
func VerifyBatch(blobs [][]byte, entry BatchEntry, rollupsRoot []byte, proof *merkle.Proof) error {
	if int(entry.BlobCount) != len(blobs) {
		return fmt.Errorf("batch of %s: %d blobs, commitment says %d", entry.RollupId, len(blobs), entry.BlobCount)
	}
	if got := BatchRootOfBlobs(blobs); !bytes.Equal(got, entry.BatchRoot) {
		return fmt.Errorf("batch of %s: blobs hash to %X, commitment says %X", entry.RollupId, got, entry.BatchRoot)
	}
	if proof == nil {
		return fmt.Errorf("batch of %s: no inclusion proof", entry.RollupId)
	}
	if err := proof.Verify(rollupsRoot, LeafBytes(entry.RollupId, entry.BatchRoot)); err != nil {
		return fmt.Errorf("batch of %s: inclusion proof: %w", entry.RollupId, err)
	}
	return nil
}
