package client

import (
	"context"
	"fmt"
	"time"

	abcitypes "github.com/cometbft/cometbft/abci/types"

	rolluptypes "github.com/seq-network/seq/x/rollup/types"
)

// blockData is what FollowRollup needs of one block.
type blockData struct {
	time    time.Time
	txs     [][]byte
	results []*abcitypes.ExecTxResult
}

// chain is the node as FollowRollup reads it: an interface so that the follow loop's ordering
// and retry logic is unit-tested against fabricated blocks and injected failures.
type chain interface {
	rollupHeights(ctx context.Context, rollupID string, from int64, limit uint32) (*rolluptypes.QueryRollupHeightsResponse, error)
	inclusionProof(ctx context.Context, rollupID string, height int64) (*rolluptypes.QueryInclusionProofResponse, error)
	block(ctx context.Context, height int64) (blockData, error)
}

// nodeChain reads a seqd node: x/rollup over gRPC, blocks and results over CometBFT RPC.
type nodeChain struct{ c *Client }

func (n nodeChain) rollupHeights(ctx context.Context, rollupID string, from int64, limit uint32) (*rolluptypes.QueryRollupHeightsResponse, error) {
	resp, err := n.c.rollup.RollupHeights(ctx, &rolluptypes.QueryRollupHeightsRequest{RollupId: rollupID, FromHeight: from, Limit: limit})
	if err != nil {
		return nil, fmt.Errorf("heights of %s from %d: %w", rollupID, from, queryError(err, rolluptypes.ErrRollupNotFound, nil))
	}
	return resp, nil
}

func (n nodeChain) inclusionProof(ctx context.Context, rollupID string, height int64) (*rolluptypes.QueryInclusionProofResponse, error) {
	resp, err := n.c.rollup.InclusionProof(ctx, &rolluptypes.QueryInclusionProofRequest{RollupId: rollupID, Height: height})
	if err != nil {
		return nil, fmt.Errorf("inclusion proof of %s at %d: %w", rollupID, height,
			queryError(err, rolluptypes.ErrCommitmentNotFound, rolluptypes.ErrInvalidHeight))
	}
	return resp, nil
}

func (n nodeChain) block(ctx context.Context, height int64) (blockData, error) {
	b, err := n.c.rpc.Block(ctx, &height)
	if err != nil {
		return blockData{}, fmt.Errorf("block %d: %w", height, err)
	}
	r, err := n.c.rpc.BlockResults(ctx, &height)
	if err != nil {
		return blockData{}, fmt.Errorf("block results %d: %w", height, err)
	}
	txs := make([][]byte, len(b.Block.Txs))
	for i, tx := range b.Block.Txs {
		txs[i] = tx
	}
	return blockData{time: b.Block.Time, txs: txs, results: r.TxsResults}, nil
}
