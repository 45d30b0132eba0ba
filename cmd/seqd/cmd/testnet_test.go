package cmd

import (
	"path/filepath"
	"testing"

	"github.com/cosmos/cosmos-sdk/types/module"
	genutiltypes "github.com/cosmos/cosmos-sdk/x/genutil/types"
	"github.com/stretchr/testify/require"
)

func TestReadTestnetArgsBlockMaxBytes(t *testing.T) {
	cases := []struct {
		name    string
		args    []string
		want    int64
		wantErr string
	}{
		{"default", nil, BlockMaxBytes, ""},
		{"set", []string{"--block-max-bytes", "2097152"}, 2 << 20, ""},
		{"below 1 MiB", []string{"--block-max-bytes", "1000"}, 0, "--block-max-bytes must be between 1 MiB"},
		{"above CometBFT's maximum", []string{"--block-max-bytes", "200000000"}, 0, "--block-max-bytes must be between 1 MiB"},
		{"not a number", []string{"--block-max-bytes", "4MiB"}, 0, "invalid argument"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			cmd := testnetInitFilesCmd(module.BasicManager{})
			err := cmd.ParseFlags(tc.args)
			if err == nil {
				var a testnetArgs
				a, err = readTestnetArgs(cmd)
				if err == nil {
					require.Equal(t, tc.want, a.blockMaxBytes)
				}
			}
			if tc.wantErr == "" {
				require.NoError(t, err)
				return
			}
			require.ErrorContains(t, err, tc.wantErr)
		})
	}
}

func TestTuneConsensus(t *testing.T) {
	for _, ve := range []bool{true, false} {
		path := filepath.Join(t.TempDir(), "genesis.json")
		require.NoError(t, genutiltypes.NewAppGenesisWithVersion("c", []byte("{}")).SaveAs(path))
		require.NoError(t, tuneConsensus(path, ve, 3<<20))
		g, err := genutiltypes.AppGenesisFromFile(path)
		require.NoError(t, err)
		require.Equal(t, int64(3<<20), g.Consensus.Params.Block.MaxBytes)
		want := int64(0)
		if ve {
			want = 1
		}
		require.Equal(t, want, g.Consensus.Params.ABCI.VoteExtensionsEnableHeight)
	}
	require.Error(t, tuneConsensus(filepath.Join(t.TempDir(), "missing.json"), true, BlockMaxBytes))
}
