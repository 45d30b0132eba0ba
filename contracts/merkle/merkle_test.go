package merkle_test

import (
	"crypto/sha256"
	"encoding/hex"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/seq-network/seq/contracts/merkle"
)

// TestHeightLeaf pins the 40-byte leaf layout the contract hashes.
func TestHeightLeaf(t *testing.T) {
	root := sha256.Sum256([]byte("r"))
	leaf, err := merkle.HeightLeaf(0x0102030405060708, root[:])
	require.NoError(t, err)
	require.Equal(t, "0102030405060708"+hex.EncodeToString(root[:]), hex.EncodeToString(leaf))
	_, err = merkle.HeightLeaf(1, root[:31])
	require.Error(t, err)
}

// TestHeightProofVerifies checks every height's proof for every tree size up to 9.
func TestHeightProofVerifies(t *testing.T) {
	for n := 1; n <= 9; n++ {
		roots := make([][]byte, n)
		for i := range roots {
			h := sha256.Sum256([]byte{byte(n), byte(i)})
			roots[i] = h[:]
		}
		const first = 41
		root, err := merkle.CheckpointRollupsRoot(first, roots)
		require.NoError(t, err)
		for i := range roots {
			p, err := merkle.HeightProof(first, roots, first+uint64(i))
			require.NoError(t, err)
			leaf, err := merkle.HeightLeaf(first+uint64(i), roots[i])
			require.NoError(t, err)
			require.NoError(t, p.Verify(root, leaf))
			sp, err := merkle.ToSolidity(p)
			require.NoError(t, err)
			require.Equal(t, uint64(i), sp.Index)
			require.Equal(t, uint64(n), sp.Total)
		}
		_, err = merkle.HeightProof(first, roots, first+uint64(n))
		require.Error(t, err)
	}
}
