package keeper

import (
	"context"

	errorsmod "cosmossdk.io/errors"
	"cosmossdk.io/math"

	sdk "github.com/cosmos/cosmos-sdk/types"
	authtypes "github.com/cosmos/cosmos-sdk/x/auth/types"

	"github.com/seq-network/seq/x/rollup/types"
)

// A blob tx's blob fee is charged by the ante handler, in the same bank transfer as its tx fee:
// BlobDecorator puts the fee it computed into the tx's context, and FeeBank, the bank keeper
// the SDK's DeductFeeDecorator charges through, adds it to the transfer to the fee collector.
// So CheckTx refuses a tx whose sender cannot pay its blobs (it would otherwise pass CheckTx,
// take block space and fail in FinalizeBlock), and FinalizeBlock makes one transfer per blob
// tx instead of two. EndBlocker moves the block's prepaid blob fees from the fee collector to
// the module account and burns them there, before x/distribution hands the fee collector to
// the validators in the next BeginBlock.

// blobFeeKey keys a tx's *blobFeeDue in its context. BaseApp runs the Msg handlers in the
// context the ante handler returns, so SubmitBlobs sees whether its fee was paid.
type blobFeeKey struct{}

// blobFeeDue is the blob fee of every MsgSubmitBlobs of one tx.
type blobFeeDue struct {
	coins sdk.Coins
	paid  bool // charged by FeeBank with the tx fee
}

func withBlobFeeDue(ctx sdk.Context, coins sdk.Coins) sdk.Context {
	return ctx.WithValue(blobFeeKey{}, &blobFeeDue{coins: coins})
}

func blobFeeDueOf(ctx context.Context) *blobFeeDue {
	due, _ := ctx.Value(blobFeeKey{}).(*blobFeeDue)
	return due
}

// blobFeePrepaid reports whether the ante handler already charged this tx's blob fees.
func blobFeePrepaid(ctx context.Context) bool {
	due := blobFeeDueOf(ctx)
	return due != nil && due.paid
}

// FeeBank is the bank keeper for the SDK's DeductFeeDecorator: a transfer to the fee collector
// in a context that carries an unpaid blob fee also carries that fee, and is recorded in
// PrepaidFees for EndBlocker to burn. Everything else goes to the bank unchanged.
type FeeBank struct {
	authtypes.BankKeeper
	k Keeper
}

// NewFeeBank wraps the bank keeper the ante handler deducts fees with.
func NewFeeBank(bank authtypes.BankKeeper, k Keeper) FeeBank { return FeeBank{BankKeeper: bank, k: k} }

// SendCoinsFromAccountToModule implements authtypes.BankKeeper.
func (b FeeBank) SendCoinsFromAccountToModule(ctx context.Context, from sdk.AccAddress, module string, amt sdk.Coins) error {
	due := blobFeeDueOf(ctx)
	if module != authtypes.FeeCollectorName || due == nil || due.paid {
		return b.BankKeeper.SendCoinsFromAccountToModule(ctx, from, module, amt)
	}
	if err := b.BankKeeper.SendCoinsFromAccountToModule(ctx, from, module, amt.Add(due.coins...)); err != nil {
		return errorsmod.Wrapf(err, "tx fee %s + blob fee %s", amt, due.coins)
	}
	due.paid = true
	return b.k.recordPrepaid(ctx, due.coins)
}

// recordPrepaid adds coins to the block's prepaid blob fees. Only FinalizeBlock's record is
// read (by EndBlocker); CheckTx's state is thrown away, so it skips the writes.
func (k Keeper) recordPrepaid(ctx context.Context, coins sdk.Coins) error {
	if sdk.UnwrapSDKContext(ctx).ExecMode() != sdk.ExecModeFinalize {
		return nil
	}
	for _, c := range coins {
		sum, err := k.PrepaidFees.Get(ctx, c.Denom)
		switch {
		case errorsIsNotFound(err):
			sum = math.ZeroInt()
		case err != nil:
			return err
		}
		if err := k.PrepaidFees.Set(ctx, c.Denom, sum.Add(c.Amount)); err != nil {
			return err
		}
	}
	return nil
}

// collectPrepaid moves the block's prepaid blob fees from the fee collector to the module
// account, where burnCollected burns them with the fees SubmitBlobs charged itself.
func (k Keeper) collectPrepaid(ctx context.Context) error {
	it, err := k.PrepaidFees.Iterate(ctx, nil)
	if err != nil {
		return err
	}
	kvs, err := it.KeyValues()
	if err != nil {
		return err
	}
	var coins sdk.Coins
	for _, kv := range kvs { // key (denom) order: sorted, as sdk.Coins wants
		coins = append(coins, sdk.NewCoin(kv.Key, kv.Value))
	}
	if coins.IsZero() {
		return nil
	}
	return k.bank.SendCoinsFromModuleToModule(ctx, authtypes.FeeCollectorName, types.ModuleName, coins)
}
