package load

import (
	"context"
	"net/http"
	"net/http/httptest"
	"os"
	"testing"

	cmtjson "github.com/cometbft/cometbft/libs/json"
	coretypes "github.com/cometbft/cometbft/rpc/core/types"
	rpctypes "github.com/cometbft/cometbft/rpc/jsonrpc/types"
	"github.com/stretchr/testify/require"
)

// TestCodesOnlyBlockResults reads a real seqd /block_results (4 blob txs with their SDK events;
// one code set to 11) and checks the codes against the full RPC client's decoding, plus the
// failure rows: RPC error, wrong height, malformed JSON, transport error, missing height.
func TestCodesOnlyBlockResults(t *testing.T) {
	real, err := os.ReadFile("testdata/block_results_88.json")
	require.NoError(t, err)
	var full rpctypes.RPCResponse
	require.NoError(t, full.UnmarshalJSON(real))
	var want coretypes.ResultBlockResults
	require.NoError(t, cmtjson.Unmarshal(full.Result, &want))

	cases := []struct {
		name    string
		height  int64
		body    string
		wantErr string
	}{
		{"real response", 88, string(real), ""},
		{"rpc error", 88, `{"jsonrpc":"2.0","id":-1,"error":{"code":-32603,"message":"Internal error","data":"height 88 must be less than or equal to the current blockchain height 80"}}`, "RPC error -32603"},
		{"other height", 89, string(real), "no result for that height"},
		{"malformed", 88, `{"result":`, "block_results 88"},
		{"empty block", 88, `{"result":{"height":"88","txs_results":null}}`, ""},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
				require.Equal(t, "/block_results", r.URL.Path)
				_, _ = w.Write([]byte(tc.body))
			}))
			defer srv.Close()
			n := codesOnlyNode{url: srv.URL, client: srv.Client()}
			got, err := n.BlockResults(context.Background(), &tc.height)
			if tc.wantErr != "" {
				require.ErrorContains(t, err, tc.wantErr)
				return
			}
			require.NoError(t, err)
			require.Equal(t, tc.height, got.Height)
			if tc.name == "empty block" {
				require.Empty(t, got.TxsResults)
				return
			}
			require.Len(t, got.TxsResults, len(want.TxsResults))
			for i, r := range want.TxsResults {
				require.Equal(t, r.Code, got.TxsResults[i].Code, "tx %d", i)
			}
			require.EqualValues(t, 11, got.TxsResults[2].Code)
		})
	}

	n := codesOnlyNode{url: "http://127.0.0.1:1", client: http.DefaultClient}
	h := int64(1)
	_, err = n.BlockResults(context.Background(), &h)
	require.ErrorContains(t, err, "block_results 1")
	_, err = n.BlockResults(context.Background(), nil)
	require.ErrorContains(t, err, "a height is required")
}
