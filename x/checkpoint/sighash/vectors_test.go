package sighash_test

import (
	"encoding/hex"
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/seq-network/seq/x/checkpoint/sighash"
)

var update = flag.Bool("update", false, "rewrite testdata/vectors.json")

// vector is one row of testdata/vectors.json, the cross-language fixture the
// Solidity tests use to keep abi.encode, keccak and the mod-r reduction equal.
type vector struct {
	ChainID        string `json:"chain_id"`
	L1ChainID      uint64 `json:"l1_chain_id"`
	Domain         string `json:"domain"`
	Epoch          uint64 `json:"epoch"`
	Height         uint64 `json:"height"`
	Timestamp      uint64 `json:"timestamp"`
	Poster         string `json:"poster"`
	Encoded        string `json:"abi_encoded"`
	CheckpointHash string `json:"checkpoint_hash"`
	MsgHash        string `json:"msg_hash"` // decimal
}

func TestVectors(t *testing.T) {
	f := sampleFields()
	f.Domain = sighash.Domain("seq-1", 1)
	h := f.CheckpointHash()
	got := []vector{{
		ChainID: "seq-1", L1ChainID: 1, Domain: "0x" + hex.EncodeToString(f.Domain[:]),
		Epoch: f.Epoch, Height: f.Height, Timestamp: f.Timestamp, Poster: f.Poster.Hex(),
		Encoded: "0x" + hex.EncodeToString(f.Encode()), CheckpointHash: "0x" + hex.EncodeToString(h[:]),
		MsgHash: f.MsgHash().String(),
	}}
	path := filepath.Join("testdata", "vectors.json")
	if *update {
		b, err := json.MarshalIndent(got, "", "  ")
		require.NoError(t, err)
		require.NoError(t, os.MkdirAll("testdata", 0o755))
		require.NoError(t, os.WriteFile(path, append(b, '\n'), 0o644))
	}
	b, err := os.ReadFile(path)
	require.NoError(t, err)
	var want []vector
	require.NoError(t, json.Unmarshal(b, &want))
	require.Equal(t, want, got, "encoding changed: the L1 contract and signatures would break")
}
