package keeper

import (
	"context"

	errorsmod "cosmossdk.io/errors"

	sdk "github.com/cosmos/cosmos-sdk/types"
	sdkerrors "github.com/cosmos/cosmos-sdk/types/errors"
	govtypes "github.com/cosmos/cosmos-sdk/x/gov/types"

	"github.com/seq-network/seq/x/rollup/types"
)

type msgServer struct {
	Keeper
}

var _ types.MsgServer = msgServer{}

// NewMsgServerImpl returns x/rollup's Msg service.
func NewMsgServerImpl(k Keeper) types.MsgServer {
	return msgServer{Keeper: k}
}

// RegisterRollup registers a new rollup and burns the registration fee.
func (ms msgServer) RegisterRollup(ctx context.Context, msg *types.MsgRegisterRollup) (*types.MsgRegisterRollupResponse, error) {
	owner, ownerStr, err := ms.canonicalAddress(msg.Owner)
	if err != nil {
		return nil, sdkerrors.ErrInvalidAddress.Wrapf("owner: %s", err)
	}
	if err := types.ValidateRollupID(msg.RollupId); err != nil {
		return nil, err
	}
	params, err := ms.Params.Get(ctx)
	if err != nil {
		return nil, err
	}
	if err := params.ValidateLimits(msg.MaxBlobBytes, msg.LaneQuotaBytes); err != nil {
		return nil, err
	}
	if has, err := ms.Rollups.Has(ctx, msg.RollupId); err != nil {
		return nil, err
	} else if has {
		return nil, types.ErrRollupExists.Wrapf("rollup %q", msg.RollupId)
	}
	if err := ms.burnFrom(ctx, owner, sdk.NewCoins(params.RegistrationFee)); err != nil {
		return nil, errorsmod.Wrap(err, "registration fee")
	}
	rollup := types.Rollup{
		Id: msg.RollupId, Owner: ownerStr, MaxBlobBytes: msg.MaxBlobBytes, LaneQuotaBytes: msg.LaneQuotaBytes,
		Status: types.ROLLUP_STATUS_ACTIVE, CreatedHeight: sdk.UnwrapSDKContext(ctx).BlockHeight(),
	}
	if err := ms.Rollups.Set(ctx, rollup.Id, rollup); err != nil {
		return nil, err
	}
	return &types.MsgRegisterRollupResponse{Rollup: rollup}, emitRegistered(ctx, rollup)
}

// UpdateRollup changes a rollup's limits and status; only its owner may.
func (ms msgServer) UpdateRollup(ctx context.Context, msg *types.MsgUpdateRollup) (*types.MsgUpdateRollupResponse, error) {
	rollup, err := ms.ownedRollup(ctx, msg.Owner, msg.RollupId)
	if err != nil {
		return nil, err
	}
	if msg.Status != types.ROLLUP_STATUS_ACTIVE && msg.Status != types.ROLLUP_STATUS_PAUSED {
		return nil, types.ErrInvalidStatus.Wrapf("%s", msg.Status)
	}
	params, err := ms.Params.Get(ctx)
	if err != nil {
		return nil, err
	}
	if err := params.ValidateLimits(msg.MaxBlobBytes, msg.LaneQuotaBytes); err != nil {
		return nil, err
	}
	rollup.MaxBlobBytes, rollup.LaneQuotaBytes, rollup.Status = msg.MaxBlobBytes, msg.LaneQuotaBytes, msg.Status
	if err := ms.Rollups.Set(ctx, rollup.Id, rollup); err != nil {
		return nil, err
	}
	return &types.MsgUpdateRollupResponse{Rollup: rollup}, emitUpdated(ctx, rollup)
}

// TransferRollup hands a rollup to a new owner; only its owner may.
func (ms msgServer) TransferRollup(ctx context.Context, msg *types.MsgTransferRollup) (*types.MsgTransferRollupResponse, error) {
	_, newOwner, err := ms.canonicalAddress(msg.NewOwner)
	if err != nil {
		return nil, sdkerrors.ErrInvalidAddress.Wrapf("new owner: %s", err)
	}
	rollup, err := ms.ownedRollup(ctx, msg.Owner, msg.RollupId)
	if err != nil {
		return nil, err
	}
	if newOwner == rollup.Owner {
		return nil, types.ErrSameOwner.Wrapf("%s", newOwner)
	}
	oldOwner := rollup.Owner
	rollup.Owner = newOwner
	if err := ms.Rollups.Set(ctx, rollup.Id, rollup); err != nil {
		return nil, err
	}
	return &types.MsgTransferRollupResponse{}, emitTransferred(ctx, rollup.Id, oldOwner, newOwner)
}

// SubmitBlobs appends blobs to the rollup's batch of this block. Its fee, base_fee x bytes, was
// normally charged by the ante handler with the tx fee (prepaid.go); otherwise (a tx without a
// tx fee, or a message not run through the ante handler) it is collected here. EndBlocker burns
// both with the rest of the block's blob fees.
func (ms msgServer) SubmitBlobs(ctx context.Context, msg *types.MsgSubmitBlobs) (*types.MsgSubmitBlobsResponse, error) {
	sender, err := ms.addressCodec.StringToBytes(msg.Sender)
	if err != nil {
		return nil, sdkerrors.ErrInvalidAddress.Wrapf("sender: %s", err)
	}
	check, err := ms.CheckSubmitBlobs(ctx, msg)
	if err != nil {
		return nil, err
	}
	batch, err := ms.pendingBatch(ctx, check)
	if err != nil {
		return nil, err
	}
	fee := check.Fee()
	if !blobFeePrepaid(ctx) {
		if err := ms.bank.SendCoinsFromAccountToModule(ctx, sender, types.ModuleName, sdk.NewCoins(fee)); err != nil {
			return nil, errorsmod.Wrap(err, "blob fee")
		}
	}
	first, err := ms.appendPending(ctx, batch, msg.Blobs, check.Bytes)
	if err != nil {
		return nil, err
	}
	height := sdk.UnwrapSDKContext(ctx).BlockHeight()
	resp := &types.MsgSubmitBlobsResponse{Height: height, FirstIndex: first, Fee: fee.String()}
	return resp, emitBlobsSubmitted(ctx, msg, check.Bytes, fee.String(), first)
}

// UpdateParams replaces the params; only the authority may.
func (ms msgServer) UpdateParams(ctx context.Context, msg *types.MsgUpdateParams) (*types.MsgUpdateParamsResponse, error) {
	if msg.Authority != ms.authority {
		return nil, govtypes.ErrInvalidSigner.Wrapf("expected %s, got %s", ms.authority, msg.Authority)
	}
	if err := msg.Params.Validate(); err != nil {
		return nil, err
	}
	return &types.MsgUpdateParamsResponse{}, ms.Params.Set(ctx, msg.Params)
}

// ownedRollup loads a rollup and checks that owner (a bech32 address) owns it.
func (ms msgServer) ownedRollup(ctx context.Context, owner, rollupID string) (types.Rollup, error) {
	_, owner, err := ms.canonicalAddress(owner)
	if err != nil {
		return types.Rollup{}, sdkerrors.ErrInvalidAddress.Wrapf("owner: %s", err)
	}
	rollup, err := ms.GetRollup(ctx, rollupID)
	if err != nil {
		return rollup, err
	}
	if rollup.Owner != owner {
		return rollup, types.ErrNotOwner.Wrapf("rollup %q is owned by %s", rollupID, rollup.Owner)
	}
	return rollup, nil
}

// canonicalAddress decodes a bech32 address and re-encodes it. Bech32 also accepts the
// upper-case form, and owners are stored and compared as strings, so without this the same
// account could pass as a different owner (bypassing ErrSameOwner) and state would hold both forms.
func (k Keeper) canonicalAddress(addr string) (sdk.AccAddress, string, error) {
	bz, err := k.addressCodec.StringToBytes(addr)
	if err != nil {
		return nil, "", err
	}
	s, err := k.addressCodec.BytesToString(bz)
	return bz, s, err
}

// burnFrom moves coins from an account to the module and burns them.
func (k Keeper) burnFrom(ctx context.Context, from sdk.AccAddress, coins sdk.Coins) error {
	if coins.IsZero() {
		return nil
	}
	if err := k.bank.SendCoinsFromAccountToModule(ctx, from, types.ModuleName, coins); err != nil {
		return err
	}
	return k.bank.BurnCoins(ctx, types.ModuleName, coins)
}
