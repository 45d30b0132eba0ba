package test

import (
	"encoding/hex"
	"encoding/json"
	"math/big"
	"math/rand/v2"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/stretchr/testify/require"

	"github.com/seq-network/seq/prover/circuits/quorum"
	"github.com/seq-network/seq/x/checkpoint/sighash"
)

// sighashVector is the part of x/checkpoint/sighash/testdata/vectors.json used here.
type sighashVector struct {
	Encoded        string `json:"abi_encoded"`
	CheckpointHash string `json:"checkpoint_hash"`
	MsgHash        string `json:"msg_hash"`
}

// decodeFields parses the 11-word abi.encode of a checkpoint.
func decodeFields(t *testing.T, enc []byte) sighash.Fields {
	t.Helper()
	require.Len(t, enc, 11*32)
	w := func(i int) []byte { return enc[32*i : 32*(i+1)] }
	u := func(i int) uint64 { return new(big.Int).SetBytes(w(i)).Uint64() }
	var f sighash.Fields
	copy(f.Domain[:], w(0))
	f.Epoch, f.Height = u(1), u(2)
	for i, dst := range []*[32]byte{&f.BlockHash, &f.AppHash, &f.RollupsRoot, &f.PrevHash, &f.ValsetHash, &f.NextValsetHash} {
		copy(dst[:], w(3+i))
	}
	f.Timestamp = u(9)
	f.Poster = common.BytesToAddress(w(10))
	require.Equal(t, enc, f.Encode(), "vector is not a canonical encoding")
	return f
}

// TestMsgHashVectors checks the Solidity hashing against the cross-language
// vectors of x/checkpoint/sighash.
func TestMsgHashVectors(t *testing.T) {
	b, err := os.ReadFile(filepath.Join("..", "..", "x", "checkpoint", "sighash", "testdata", "vectors.json"))
	require.NoError(t, err)
	var vs []sighashVector
	require.NoError(t, json.Unmarshal(b, &vs))
	require.NotEmpty(t, vs)
	e := newEnv(t, [32]byte{1})
	for _, v := range vs {
		enc, err := hex.DecodeString(strings.TrimPrefix(v.Encoded, "0x"))
		require.NoError(t, err)
		f := decodeFields(t, enc)
		h, err := call(e, e.reg.PackCheckpointHashOf(toBinding(f)), e.reg.UnpackCheckpointHashOf)
		require.NoError(t, err)
		require.Equal(t, v.CheckpointHash, "0x"+hex.EncodeToString(h[:]))
		m, err := call(e, e.reg.PackMsgHashOf(toBinding(f)), e.reg.UnpackMsgHashOf)
		require.NoError(t, err)
		require.Equal(t, v.MsgHash, m.String())
	}
}

// TestMsgHashDifferential: for random checkpoints, msg_hash is the same in Go
// (sighash), in Solidity (msgHashOf, and the hash the registry emits) and in
// the circuit's public statement (quorum.Native of a signed certificate).
func TestMsgHashDifferential(t *testing.T) {
	rng := rand.New(rand.NewChaCha8([32]byte{'m', 's', 'g'}))
	signers := newSignerSet(t, 3, 9)
	e := newEnv(t, [32]byte{1})
	word := func() (w [32]byte) {
		for i := range w {
			w[i] = byte(rng.Uint32())
		}
		return w
	}
	for i := range 48 {
		f := sighash.Fields{
			Domain: word(), Epoch: rng.Uint64(), Height: rng.Uint64(), BlockHash: word(), AppHash: word(),
			RollupsRoot: word(), PrevHash: word(), ValsetHash: word(), NextValsetHash: word(),
			Timestamp: rng.Uint64(),
		}
		poster := word()
		f.Poster = common.BytesToAddress(poster[:20])
		if i%8 == 0 { // edges: all-ones words hash like any other, and zero fields
			f.Epoch, f.Height, f.Timestamp = ^uint64(0), 0, ^uint64(0)
			f.Domain = [32]byte{}
		}
		goMsg := f.MsgHash()
		solMsg, err := call(e, e.reg.PackMsgHashOf(toBinding(f)), e.reg.UnpackMsgHashOf)
		require.NoError(t, err)
		require.Equal(t, goMsg, solMsg, "row %d", i)
		h, err := call(e, e.reg.PackCheckpointHashOf(toBinding(f)), e.reg.UnpackCheckpointHashOf)
		require.NoError(t, err)
		require.Equal(t, f.CheckpointHash(), h)
		if i%6 == 0 { // the circuit statement: a few rows, signing is the slow part
			st, err := quorum.Native(signers.certificate(t, f, f.Poster))
			require.NoError(t, err)
			require.Equal(t, goMsg, st.MsgHash, "row %d", i)
			require.Equal(t, new(big.Int).SetBytes(f.Poster[:]), st.Prover)
		}
	}
}
