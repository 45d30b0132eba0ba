package ve

import (
	"sort"

	abci "github.com/cometbft/cometbft/abci/types"
	cmtproto "github.com/cometbft/cometbft/proto/tendermint/types"

	"github.com/cosmos/cosmos-sdk/baseapp"
	sdk "github.com/cosmos/cosmos-sdk/types"

	"github.com/seq-network/seq/x/checkpoint/types"
)

// BuildInjection returns the quorum-certificate tx for a proposal, or nil when there is nothing
// to inject. It checks the extended commit with baseapp.ValidateVoteExtensions (CometBFT
// signatures of the extensions, > 2/3 of the power present), then takes every committed
// extension, re-verifies each EdDSA signature against the snapshot in state, drops bad,
// duplicate, already-stored and non-pending ones, and sorts the rest by (epoch, slot).
func (h *Handler) BuildInjection(ctx sdk.Context, req *abci.RequestPrepareProposal) []byte {
	if len(req.LocalLastCommit.Votes) == 0 {
		return nil
	}
	if err := baseapp.ValidateVoteExtensions(ctx, h.valStore, req.Height, ctx.ChainID(), req.LocalLastCommit); err != nil {
		h.logger.Error("invalid extended commit; injecting no checkpoint signatures", "height", req.Height, "reason", err)
		return nil
	}
	params, err := h.keeper.Params.Get(ctx)
	if err != nil {
		h.logger.Error("no checkpoint params; injecting nothing", "height", req.Height, "reason", err)
		return nil
	}
	sigs := h.collect(ctx, req.LocalLastCommit.Votes, params)
	if len(sigs) == 0 {
		return nil
	}
	bz, err := types.EncodeInjectedTx(types.InjectedSignatures{Signatures: sigs})
	if err != nil {
		h.logger.Error("cannot encode checkpoint signatures", "height", req.Height, "reason", err)
		return nil
	}
	return bz
}

// collect verifies and merges the extensions of the commit votes.
func (h *Handler) collect(ctx sdk.Context, votes []abci.ExtendedVoteInfo, params types.Params) []types.InjectedSignature {
	var all []types.InjectedSignature
	for _, vote := range votes {
		if vote.BlockIdFlag != cmtproto.BlockIDFlagCommit || len(vote.VoteExtension) == 0 {
			continue
		}
		ve, err := types.DecodeVoteExtension(vote.VoteExtension, int(params.MaxVoteExtensionBytes), int(params.MaxEpochsPerVoteExtension))
		if err != nil {
			continue
		}
		all = append(all, h.keeper.InjectableSignatures(ctx, sdk.ConsAddress(vote.Validator.Address), ve)...)
	}
	sort.SliceStable(all, func(i, j int) bool {
		if all[i].Epoch != all[j].Epoch {
			return all[i].Epoch < all[j].Epoch
		}
		return all[i].Slot < all[j].Slot
	})
	out := all[:0]
	for i, s := range all {
		if i > 0 && s.Epoch == all[i-1].Epoch && s.Slot == all[i-1].Slot {
			continue // two votes of one validator cannot both count
		}
		out = append(out, s)
	}
	if limit := params.MaxInjectedSignatures(); len(out) > limit {
		out = out[:limit]
	}
	return out
}

// CheckInjection decodes a quorum-certificate tx (bounded size, strictly sorted, no duplicates)
// and verifies every signature against the snapshot in state: pending epoch, known slot, the
// snapshot's power, not already stored, valid EdDSA signature. An empty injection is invalid:
// a proposer with nothing to inject omits the tx.
func (h *Handler) CheckInjection(ctx sdk.Context, tx []byte) error {
	params, err := h.keeper.Params.Get(ctx)
	if err != nil {
		return err
	}
	sigs, err := types.DecodeInjectedTx(tx, params.MaxInjectedTxBytes())
	if err != nil {
		return err
	}
	if len(sigs.Signatures) == 0 {
		return types.ErrInvalidInjection.Wrap("no signatures")
	}
	return h.keeper.CheckInjected(ctx, sigs)
}

// PreBlocker returns a PreBlocker that runs next (the modules' pre-blockers) and then writes the
// signatures of the block's quorum-certificate tx, certifying checkpoints. The block passed
// ProcessProposal, so decoding cannot fail on an honest chain; if it does, the tx is skipped
// (logged) rather than halting the chain.
func (h *Handler) PreBlocker(next sdk.PreBlocker) sdk.PreBlocker {
	return func(ctx sdk.Context, req *abci.RequestFinalizeBlock) (*sdk.ResponsePreBlock, error) {
		resp, err := next(ctx, req)
		if err != nil || len(req.Txs) == 0 || !types.IsInjectedTx(req.Txs[0]) {
			return resp, err
		}
		params, err := h.keeper.Params.Get(ctx)
		if err != nil {
			return resp, err
		}
		sigs, err := types.DecodeInjectedTx(req.Txs[0], params.MaxInjectedTxBytes())
		if err != nil {
			h.logger.Error("skipping undecodable quorum-certificate tx", "height", req.Height, "reason", err)
			return resp, nil
		}
		h.apply(ctx, req.Height, sigs)
		return resp, nil
	}
}

// apply writes the signatures in a cache context that is committed only on success, so that an
// error or a panic (deterministic on every node) skips the injection instead of halting.
func (h *Handler) apply(ctx sdk.Context, height int64, sigs types.InjectedSignatures) {
	cacheCtx, write := ctx.CacheContext()
	defer func() {
		if r := recover(); r != nil {
			h.logger.Error("applying checkpoint signatures panicked; skipped", "height", height, "panic", r)
		}
	}()
	if err := h.keeper.ApplyInjected(cacheCtx, sigs); err != nil {
		h.logger.Error("applying checkpoint signatures failed; skipped", "height", height, "reason", err)
		return
	}
	write()
}
