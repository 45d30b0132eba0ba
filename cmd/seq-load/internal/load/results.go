package load

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"strconv"
	"strings"

	abci "github.com/cometbft/cometbft/abci/types"
	coretypes "github.com/cometbft/cometbft/rpc/core/types"
)

// codesOnlyNode is a Node whose BlockResults reads only each tx's result code from
// /block_results. The RPC client decodes every event of every tx through gogoproto's jsonpb, and
// an SDK tx carries ~15 events: that decoding was half of seq-load's own CPU at 300 seqd tx/s,
// CPU taken from the nodes it measures on a shared machine. The watcher needs the codes only.
type codesOnlyNode struct {
	Node
	url    string // the node's RPC base URL
	client *http.Client
}

// blockResultsCodes is the part of a /block_results JSON-RPC response that is kept.
type blockResultsCodes struct {
	Result *struct {
		Height     string `json:"height"`
		TxsResults []struct {
			Code uint32 `json:"code"`
		} `json:"txs_results"`
	} `json:"result"`
	Error *struct {
		Code    int    `json:"code"`
		Message string `json:"message"`
		Data    string `json:"data"`
	} `json:"error"`
}

// BlockResults implements BlockFetcher with the tx codes only (no events, no block events).
func (n codesOnlyNode) BlockResults(ctx context.Context, height *int64) (*coretypes.ResultBlockResults, error) {
	if height == nil {
		return nil, fmt.Errorf("block_results: a height is required")
	}
	base := strings.TrimRight(n.url, "/")
	if rest, ok := strings.CutPrefix(base, "tcp://"); ok { // CometBFT's own spelling of its RPC address
		base = "http://" + rest
	}
	url := base + "/block_results?height=" + strconv.FormatInt(*height, 10)
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, url, nil)
	if err != nil {
		return nil, err
	}
	resp, err := n.client.Do(req)
	if err != nil {
		return nil, fmt.Errorf("block_results %d: %w", *height, err)
	}
	defer resp.Body.Close()
	body, err := io.ReadAll(resp.Body)
	if err != nil {
		return nil, fmt.Errorf("block_results %d: %w", *height, err)
	}
	var r blockResultsCodes
	if err := json.Unmarshal(body, &r); err != nil {
		return nil, fmt.Errorf("block_results %d: HTTP %d: %w", *height, resp.StatusCode, err)
	}
	if r.Error != nil {
		return nil, fmt.Errorf("block_results %d: RPC error %d: %s %s", *height, r.Error.Code, r.Error.Message, r.Error.Data)
	}
	if r.Result == nil || r.Result.Height != strconv.FormatInt(*height, 10) {
		return nil, fmt.Errorf("block_results %d: HTTP %d: no result for that height", *height, resp.StatusCode)
	}
	out := &coretypes.ResultBlockResults{Height: *height, TxsResults: make([]*abci.ExecTxResult, len(r.Result.TxsResults))}
	for i, t := range r.Result.TxsResults {
		out.TxsResults[i] = &abci.ExecTxResult{Code: t.Code}
	}
	return out, nil
}
