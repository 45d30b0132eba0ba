package proposal

import (
	"sort"

	abci "github.com/cometbft/cometbft/abci/types"

	sdk "github.com/cosmos/cosmos-sdk/types"
)

// PrepareProposal returns the handler that lays out a proposal: first the quorum-certificate tx
// (if the injector has signatures to inject; its bytes are reserved from MaxTxBytes first), then
// CometBFT's mempool txs (FIFO). It drops undecodable and mixed-lane txs, leaves for a later
// block any tx that would overfill its rollup's lane, the block's bytes or its gas, and orders
// the rest by lane. Within a lane, mempool order is kept, so one sender's sequence numbers stay
// in order.
func (h *Handler) PrepareProposal() sdk.PrepareProposalHandler {
	return func(ctx sdk.Context, req *abci.RequestPrepareProposal) (resp *abci.ResponsePrepareProposal, err error) {
		defer func() {
			if r := recover(); r != nil {
				h.logger.Error("prepare proposal panicked; proposing an empty block", "height", req.Height, "panic", r)
				resp, err = &abci.ResponsePrepareProposal{}, nil
			}
		}()
		var txs [][]byte
		maxBytes := req.MaxTxBytes
		if qc := h.injector.BuildInjection(ctx, req); len(qc) > 0 && int64(len(qc)) <= maxBytes {
			txs, maxBytes = [][]byte{qc}, maxBytes-int64(len(qc))
		}
		return &abci.ResponsePrepareProposal{Txs: append(txs, h.selectTxs(ctx, req, maxBytes)...)}, nil
	}
}

func (h *Handler) selectTxs(ctx sdk.Context, req *abci.RequestPrepareProposal, maxTxBytes int64) [][]byte {
	var (
		q          = newQuotas(ctx, h.rollups)
		maxGas     = maxBlockGas(ctx)
		bytes, gas uint64
		lanes      = map[string][][]byte{}
		defaults   [][]byte
	)
	for _, bz := range req.Txs {
		t, err := h.classify(bz)
		if err != nil {
			h.logger.Debug("dropping tx from proposal", "height", req.Height, "reason", err)
			continue
		}
		if bytes+uint64(len(bz)) > uint64(maxTxBytes) || (maxGas > 0 && gas+t.gas > maxGas) {
			continue // a smaller tx further on may still fit
		}
		if t.lane.IsBlob() {
			if err := q.fits(t.lane.RollupID, t.lane.BlobBytes); err != nil {
				continue
			}
			q.add(t.lane.RollupID, t.lane.BlobBytes)
			lanes[t.lane.RollupID] = append(lanes[t.lane.RollupID], bz)
		} else {
			defaults = append(defaults, bz)
		}
		bytes, gas = bytes+uint64(len(bz)), gas+t.gas
	}
	return layout(lanes, defaults)
}

// layout concatenates the rollup lanes in rollup-id order, then the default lane.
func layout(lanes map[string][][]byte, defaults [][]byte) [][]byte {
	ids := make([]string, 0, len(lanes))
	for id := range lanes {
		ids = append(ids, id)
	}
	sort.Strings(ids)
	out := make([][]byte, 0, len(defaults)+len(ids))
	for _, id := range ids {
		out = append(out, lanes[id]...)
	}
	return append(out, defaults...)
}
