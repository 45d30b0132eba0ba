package types_test

import (
	"crypto/sha256"
	"fmt"
	"testing"

	"github.com/cometbft/cometbft/crypto/merkle"
	"github.com/stretchr/testify/require"

	"github.com/seq-network/seq/x/rollup/types"
)

func TestBatchRootMatchesSpec(t *testing.T) {
	blobs := [][]byte{[]byte("a"), []byte("bb"), []byte("ccc")}
	leaves := make([][]byte, len(blobs))
	for i, b := range blobs {
		h := sha256.Sum256(b)
		leaves[i] = h[:]
	}
	require.Equal(t, merkle.HashFromByteSlices(leaves), types.BatchRootOfBlobs(blobs))
	require.Equal(t, types.BatchRoot(leaves), types.BatchRootOfBlobs(blobs))
	// Order matters: a batch is a sequence, not a set.
	require.NotEqual(t, types.BatchRootOfBlobs(blobs), types.BatchRootOfBlobs([][]byte{blobs[1], blobs[0], blobs[2]}))
}

// TestLeafBytesUnambiguous checks that the length prefix keeps (id, root) pairs apart even when
// their concatenations collide.
func TestLeafBytesUnambiguous(t *testing.T) {
	root := make([]byte, 32)
	require.Equal(t, append([]byte{4}, append([]byte("demo"), root...)...), types.LeafBytes("demo", root))
	require.NotEqual(t, types.LeafBytes("ab", []byte("c")), types.LeafBytes("a", []byte("bc")))
}

func TestProofsVerifyForEveryEntry(t *testing.T) {
	for n := 1; n <= 7; n++ { // odd and even tree sizes
		c := types.BlockCommitment{Height: 1}
		batches := map[string][][]byte{}
		for i := range n {
			id := fmt.Sprintf("r%d", i)
			batches[id] = [][]byte{[]byte(id + "-0"), []byte(id + "-1")}
			c.Entries = append(c.Entries, types.BatchEntry{RollupId: id, BatchRoot: types.BatchRootOfBlobs(batches[id]), BlobCount: 2})
		}
		c.RollupsRoot = types.RollupsRoot(c.Entries)
		for id, blobs := range batches {
			entry, proof, err := c.Proof(id)
			require.NoError(t, err)
			require.NoError(t, types.VerifyBatch(blobs, entry, c.RollupsRoot, proof), "n=%d %s", n, id)
			// A proof of one entry does not prove another rollup's batch.
			if n > 1 {
				other := fmt.Sprintf("r%d", (int(id[1]-'0')+1)%n)
				require.Error(t, types.VerifyBatch(batches[other], c.Entries[(int(id[1]-'0')+1)%n], c.RollupsRoot, proof))
			}
		}
		_, _, err := c.Proof("absent")
		require.ErrorIs(t, err, types.ErrCommitmentNotFound)
	}
}
