package ve

import (
	"fmt"

	abci "github.com/cometbft/cometbft/abci/types"

	sdk "github.com/cosmos/cosmos-sdk/types"

	"github.com/seq-network/seq/x/checkpoint/sighash"
	"github.com/seq-network/seq/x/checkpoint/types"
)

// ExtendVote returns the handler that signs, oldest first, the pending checkpoints whose signer
// set holds this node's key, within max_epochs_per_vote_extension and max_vote_extension_bytes.
// It never fails and never blocks on I/O after the first call: on any problem it returns an
// empty extension, which VerifyVoteExtension accepts.
func (h *Handler) ExtendVote() sdk.ExtendVoteHandler {
	return func(ctx sdk.Context, req *abci.RequestExtendVote) (resp *abci.ResponseExtendVote, err error) {
		defer func() {
			if r := recover(); r != nil {
				h.logger.Error("extend vote panicked; empty extension", "height", req.Height, "panic", r)
				resp, err = &abci.ResponseExtendVote{}, nil
			}
		}()
		bz, err := h.extension(ctx)
		if err != nil {
			h.logger.Debug("empty vote extension", "height", req.Height, "reason", err)
			return &abci.ResponseExtendVote{}, nil
		}
		return &abci.ResponseExtendVote{VoteExtension: bz}, nil
	}
}

func (h *Handler) extension(ctx sdk.Context) ([]byte, error) {
	key, err := h.signingKey()
	if err != nil {
		return nil, err
	}
	params, err := h.keeper.Params.Get(ctx)
	if err != nil {
		return nil, err
	}
	tasks, err := h.keeper.SigningTasks(ctx, sighash.MarshalPubKey(&key.PublicKey), int(params.MaxEpochsPerVoteExtension))
	if err != nil {
		return nil, err
	}
	var ve types.VoteExtension
	for _, c := range tasks {
		sig, err := sighash.Sign(key, c.MsgHashInt())
		if err != nil {
			return nil, err
		}
		ve.Signatures = append(ve.Signatures, types.VoteExtensionSignature{Epoch: c.Epoch, Signature: sig})
		if ve.Size() > int(params.MaxVoteExtensionBytes) {
			ve.Signatures = ve.Signatures[:len(ve.Signatures)-1]
			break
		}
	}
	if len(ve.Signatures) == 0 {
		return nil, nil
	}
	return ve.Marshal()
}

// VerifyVoteExtension returns the handler that accepts an empty extension and rejects one that
// is oversized, undecodable, not strictly ascending by epoch, for an unknown epoch, from a
// validator outside the epoch's signer set, or badly signed under the key that set holds for
// the voting validator (consensus address → validator → snapshot key, all from state).
func (h *Handler) VerifyVoteExtension() sdk.VerifyVoteExtensionHandler {
	return func(ctx sdk.Context, req *abci.RequestVerifyVoteExtension) (resp *abci.ResponseVerifyVoteExtension, err error) {
		defer func() {
			if r := recover(); r != nil {
				resp, err = h.rejectVote(req, fmt.Errorf("panic: %v", r)), nil
			}
		}()
		if len(req.VoteExtension) == 0 {
			return &abci.ResponseVerifyVoteExtension{Status: abci.ResponseVerifyVoteExtension_ACCEPT}, nil
		}
		if err := h.verifyExtension(ctx, req); err != nil {
			return h.rejectVote(req, err), nil
		}
		return &abci.ResponseVerifyVoteExtension{Status: abci.ResponseVerifyVoteExtension_ACCEPT}, nil
	}
}

func (h *Handler) verifyExtension(ctx sdk.Context, req *abci.RequestVerifyVoteExtension) error {
	params, err := h.keeper.Params.Get(ctx)
	if err != nil {
		return err
	}
	ve, err := types.DecodeVoteExtension(req.VoteExtension, int(params.MaxVoteExtensionBytes), int(params.MaxEpochsPerVoteExtension))
	if err != nil {
		return err
	}
	return h.keeper.VerifyVoteExtension(ctx, sdk.ConsAddress(req.ValidatorAddress), ve)
}

func (h *Handler) rejectVote(req *abci.RequestVerifyVoteExtension, reason error) *abci.ResponseVerifyVoteExtension {
	h.logger.Error("rejecting vote extension", "height", req.Height,
		"validator", sdk.ConsAddress(req.ValidatorAddress).String(), "reason", reason)
	return &abci.ResponseVerifyVoteExtension{Status: abci.ResponseVerifyVoteExtension_REJECT}
}
