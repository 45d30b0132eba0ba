package types_test

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/seq-network/seq/x/checkpoint/types"
)

// TestRollupsRootLeaf pins the leaf encoding the Solidity side reimplements:
// abi.encodePacked(uint64 height, bytes32 root).
func TestRollupsRootLeaf(t *testing.T) {
	root := bytes.Repeat([]byte{0xab}, 32)
	leaf := types.RollupsRootLeaf(0x0102030405060708, root)
	require.Equal(t, "0102030405060708"+hex.EncodeToString(root), hex.EncodeToString(leaf))

	empty := sha256.Sum256(nil)
	require.Equal(t, empty[:], types.CheckpointRollupsRoot(nil))
	one := []types.HeightRoot{{Height: 7, RollupsRoot: root}}
	lh := sha256.Sum256(append([]byte{0}, types.RollupsRootLeaf(7, root)...))
	require.Equal(t, lh[:], types.CheckpointRollupsRoot(one))

	roots := types.DenseRoots(1, 5, []types.HeightRoot{{Height: 1, RollupsRoot: root}, {Height: 2, RollupsRoot: root}, {Height: 5, RollupsRoot: root}})
	require.Len(t, roots, 5)
	require.Equal(t, types.EmptyRollupsRoot, roots[2].RollupsRoot)
	require.Equal(t, int64(4), roots[3].Height)
	for i := range roots {
		p := types.CheckpointRollupsProof(roots, i)
		require.NoError(t, p.Verify(types.CheckpointRollupsRoot(roots), types.RollupsRootLeaf(roots[i].Height, roots[i].RollupsRoot)))
	}
}

func TestDecodeInjectedTx(t *testing.T) {
	enc := func(es ...types.InjectedSignature) []byte {
		bz, err := types.EncodeInjectedTx(types.InjectedSignatures{Signatures: es})
		require.NoError(t, err)
		return bz
	}
	a := types.InjectedSignature{Epoch: 1, Slot: 0, Power: 1, Signature: []byte{1}}
	b := types.InjectedSignature{Epoch: 1, Slot: 1, Power: 1, Signature: []byte{2}}
	c := types.InjectedSignature{Epoch: 2, Slot: 0, Power: 1, Signature: []byte{3}}
	rows := []struct {
		name   string
		tx     []byte
		max    int
		expErr error
	}{
		{"sorted", enc(a, b, c), 1 << 10, nil},
		{"duplicate", enc(a, a), 1 << 10, types.ErrDuplicateSignature},
		{"unsorted", enc(b, a), 1 << 10, types.ErrInvalidInjection},
		{"unsorted epochs", enc(c, a), 1 << 10, types.ErrInvalidInjection},
		{"oversized", enc(a, b), 10, types.ErrInvalidInjection},
		{"no prefix", []byte("hello"), 1 << 10, types.ErrInvalidInjection},
		{"garbage body", append(append([]byte{}, types.InjectedTxPrefix...), 0xff), 1 << 10, types.ErrInvalidInjection},
	}
	for _, row := range rows {
		t.Run(row.name, func(t *testing.T) {
			_, err := types.DecodeInjectedTx(row.tx, row.max)
			if row.expErr == nil {
				require.NoError(t, err)
				return
			}
			require.ErrorIs(t, err, row.expErr)
		})
	}
}

func TestDecodeVoteExtension(t *testing.T) {
	enc := func(epochs ...uint64) []byte {
		var ve types.VoteExtension
		for _, e := range epochs {
			ve.Signatures = append(ve.Signatures, types.VoteExtensionSignature{Epoch: e, Signature: make([]byte, 64)})
		}
		bz, err := ve.Marshal()
		require.NoError(t, err)
		return bz
	}
	_, err := types.DecodeVoteExtension(enc(1, 2, 3), 1024, 8)
	require.NoError(t, err)
	_, err = types.DecodeVoteExtension(enc(2, 1), 1024, 8)
	require.ErrorIs(t, err, types.ErrInvalidVoteExtension)
	_, err = types.DecodeVoteExtension(enc(1, 2, 3), 1024, 2)
	require.ErrorIs(t, err, types.ErrInvalidVoteExtension)
	_, err = types.DecodeVoteExtension(enc(1, 2, 3), 100, 8)
	require.ErrorIs(t, err, types.ErrInvalidVoteExtension)
	_, err = types.DecodeVoteExtension([]byte{0xff}, 100, 8)
	require.ErrorIs(t, err, types.ErrInvalidVoteExtension)
}

func TestCertifiedAndBitmap(t *testing.T) {
	require.False(t, types.Certified(2, 3))
	require.True(t, types.Certified(3, 4))
	require.False(t, types.Certified(0, 0))
	require.False(t, types.Certified(200, 300))
	require.True(t, types.Certified(201, 300))
	require.True(t, types.Certified(^uint64(0), ^uint64(0)), "no overflow")
	require.Equal(t, []byte{0b101, 0b1}, types.Bitmap(9, []uint32{0, 2, 8}))
}

func TestParamsAndGenesisValidate(t *testing.T) {
	require.NoError(t, types.DefaultParams().Validate())
	require.NoError(t, types.DefaultGenesis().Validate())
	p := types.DefaultParams()
	p.Capacity = 0
	require.ErrorIs(t, p.Validate(), types.ErrInvalidParams)
	p = types.DefaultParams()
	p.L1ChainId = 0
	require.ErrorIs(t, p.Validate(), types.ErrInvalidParams)
	p = types.DefaultParams()
	p.MaxVoteExtensionBytes = 10
	require.ErrorIs(t, p.Validate(), types.ErrInvalidParams)
	gs := types.DefaultGenesis()
	gs.Keys = []types.CheckpointKey{{Validator: "v", Pubkey: make([]byte, 32)}}
	require.ErrorIs(t, gs.Validate(), types.ErrInvalidGenesis)
}
