package main

import (
	"bytes"
	"strings"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/seq-network/seq/cmd/seq-load/internal/load"
)

// TestAccountsPrintsTheLoadAccounts checks the contract with scripts/localnet.sh:
// the addresses printed for a seed are the accounts the load signs with.
func TestAccountsPrintsTheLoadAccounts(t *testing.T) {
	var out bytes.Buffer
	require.NoError(t, accounts([]string{"--count", "3", "--seed", "s"}, &out))
	lines := strings.Split(strings.TrimSpace(out.String()), "\n")
	require.Len(t, lines, 3)
	for i, l := range lines {
		want, err := load.AccountAddress("s", i)
		require.NoError(t, err)
		require.Equal(t, want, l)
		require.True(t, strings.HasPrefix(l, "seq1"))
	}
	require.Error(t, accounts([]string{"--count", "0"}, &out))
}

func TestParseFlagsSeqdMode(t *testing.T) {
	o, err := parseFlags([]string{"--node", "http://a,http://b", "--grpc", "127.0.0.1:9090", "--rollup", "r1,r2",
		"--seed", "x", "--workers", "16", "--rate", "20", "--blob-size", "1024", "--blobs-per-tx", "4", "--duration", "24h"})
	require.NoError(t, err)
	require.Equal(t, []string{"http://a", "http://b"}, o.cfg.Nodes)
	src, err := newSource(o)
	require.NoError(t, err)
	require.Equal(t, "seqd", src.Name())
	o.feeCapMul = "0.5"
	_, err = newSource(o)
	require.Error(t, err)
}
