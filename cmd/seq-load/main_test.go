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
	require.Equal(t, load.BroadcastRPC, o.cfg.Broadcast)
	require.Empty(t, o.cfg.GRPC) // gRPC serves queries only
	src, err := newSource(o)
	require.NoError(t, err)
	require.Equal(t, "seqd", src.Name())
	o.feeCapMul = "0.5"
	_, err = newSource(o)
	require.Error(t, err)
}

func TestParseFlagsBroadcast(t *testing.T) {
	cases := []struct {
		name      string
		args      []string
		broadcast string
		grpc      []string // load.Config.GRPC: the broadcast addresses (grpc only)
		query     string   // SeqdConfig.GRPC: the query address
		wantErr   string
	}{
		{"default is rpc", nil, "rpc", nil, "127.0.0.1:9090", ""},
		{"grpc list spreads, first queries", []string{"--broadcast", "grpc", "--grpc", "a:9090, b:9100", "--grpc", "c:9110"},
			"grpc", []string{"a:9090", "b:9100", "c:9110"}, "a:9090", ""},
		{"explicit grpc", []string{"--broadcast", "grpc", "--grpc", "a:1"}, "grpc", []string{"a:1"}, "a:1", ""},
		{"rpc", []string{"--broadcast", "rpc", "--grpc", "a:1,b:2"}, "rpc", nil, "a:1", ""},
		{"raw is rpc", []string{"--raw"}, "rpc", nil, "127.0.0.1:9090", ""},
		{"raw with rpc", []string{"--raw", "--broadcast", "rpc"}, "rpc", nil, "127.0.0.1:9090", ""},
		{"raw with grpc", []string{"--raw", "--broadcast", "grpc"}, "", nil, "", "--raw targets CometBFT's kvstore app"},
		{"unknown mode", []string{"--broadcast", "http"}, "", nil, "", `--broadcast "http": want grpc or rpc`},
		{"uppercase mode", []string{"--broadcast", "GRPC"}, "", nil, "", `--broadcast "GRPC"`},
		{"empty grpc list", []string{"--grpc", " , "}, "", nil, "", "--grpc: no address"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			o, err := parseFlags(c.args)
			if c.wantErr != "" {
				require.ErrorContains(t, err, c.wantErr)
				return
			}
			require.NoError(t, err)
			require.Equal(t, c.broadcast, o.cfg.Broadcast)
			require.Equal(t, c.grpc, o.cfg.GRPC)
			require.Equal(t, c.query, o.seqd.GRPC)
			require.Equal(t, []string{"http://127.0.0.1:26657"}, o.cfg.Nodes, "--node is unchanged")
		})
	}
}
