package keeper

import (
	"bytes"
	"context"

	sdk "github.com/cosmos/cosmos-sdk/types"
	sdkerrors "github.com/cosmos/cosmos-sdk/types/errors"
	govtypes "github.com/cosmos/cosmos-sdk/x/gov/types"

	"github.com/seq-network/seq/x/checkpoint/sighash"
	"github.com/seq-network/seq/x/checkpoint/types"
)

type msgServer struct {
	Keeper
}

var _ types.MsgServer = msgServer{}

// NewMsgServerImpl returns x/checkpoint's Msg service.
func NewMsgServerImpl(k Keeper) types.MsgServer {
	return msgServer{Keeper: k}
}

// RegisterCheckpointKey registers or rotates a validator's checkpoint key after checking the
// key (on curve, canonical, prime-order subgroup, not the identity) and its proof of possession
// over (chain id, operator address).
func (ms msgServer) RegisterCheckpointKey(ctx context.Context, msg *types.MsgRegisterCheckpointKey) (*types.MsgRegisterCheckpointKeyResponse, error) {
	val, err := ms.valCodec.StringToBytes(msg.Validator)
	if err != nil {
		return nil, sdkerrors.ErrInvalidAddress.Wrapf("validator: %s", err)
	}
	if _, err := sighash.UnmarshalPubKey(msg.Pubkey); err != nil {
		return nil, types.ErrInvalidPubKey.Wrap(err.Error())
	}
	sdkCtx := sdk.UnwrapSDKContext(ctx)
	if err := sighash.VerifyPoP(msg.Pubkey, sdkCtx.ChainID(), val, msg.ProofOfPossession); err != nil {
		return nil, types.ErrInvalidProofOfPossession.Wrap(err.Error())
	}
	if _, err := ms.staking.GetValidator(ctx, val); err != nil {
		return nil, types.ErrValidatorNotFound.Wrapf("%s: %s", msg.Validator, err)
	}
	canonical, err := ms.valCodec.BytesToString(val) // one spelling per validator in state
	if err != nil {
		return nil, err
	}
	key := types.CheckpointKey{Validator: canonical, Pubkey: msg.Pubkey, RegisteredHeight: sdkCtx.BlockHeight(),
		ProofOfPossession: msg.ProofOfPossession,
	}
	previous, err := ms.setKey(ctx, val, key)
	if err != nil {
		return nil, err
	}
	return &types.MsgRegisterCheckpointKeyResponse{Key: key}, emitKeyRegistered(ctx, key, previous)
}

// setKey stores key for val and maintains the reverse index; it refuses a key held by another
// validator (or already held by val) and returns the key it replaces, if any.
func (k Keeper) setKey(ctx context.Context, val sdk.ValAddress, key types.CheckpointKey) ([]byte, error) {
	owner, err := k.KeyOwners.Get(ctx, key.Pubkey)
	switch {
	case err == nil && bytes.Equal(owner, val):
		return nil, types.ErrKeyUnchanged.Wrapf("%s", key.Validator)
	case err == nil:
		return nil, types.ErrKeyInUse.Wrapf("held by %s", sdk.ValAddress(owner))
	case !isNotFound(err):
		return nil, err
	}
	var previous []byte
	old, err := k.CheckpointKeys.Get(ctx, val)
	switch {
	case err == nil:
		previous = old.Pubkey
		if err := k.KeyOwners.Remove(ctx, old.Pubkey); err != nil {
			return nil, err
		}
	case !isNotFound(err):
		return nil, err
	}
	if err := k.KeyOwners.Set(ctx, key.Pubkey, val); err != nil {
		return nil, err
	}
	return previous, k.CheckpointKeys.Set(ctx, val, key)
}

// UpdateParams sets the params; authority only.
func (ms msgServer) UpdateParams(ctx context.Context, msg *types.MsgUpdateParams) (*types.MsgUpdateParamsResponse, error) {
	if msg.Authority != ms.authority {
		return nil, govtypes.ErrInvalidSigner.Wrapf("expected %s, got %s", ms.authority, msg.Authority)
	}
	if err := msg.Params.Validate(); err != nil {
		return nil, err
	}
	if err := ms.Params.Set(ctx, msg.Params); err != nil {
		return nil, err
	}
	return &types.MsgUpdateParamsResponse{}, nil
}
