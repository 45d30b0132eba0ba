package app

import (
	"context"

	"cosmossdk.io/collections"
	errorsmod "cosmossdk.io/errors"

	sdk "github.com/cosmos/cosmos-sdk/types"
	sdkerrors "github.com/cosmos/cosmos-sdk/types/errors"
	authtypes "github.com/cosmos/cosmos-sdk/x/auth/types"
	bankkeeper "github.com/cosmos/cosmos-sdk/x/bank/keeper"
)

// checkStateBank is the bank keeper under the ante handler's fee deduction (x/rollup's FeeBank
// charges through it). In CheckTx and recheck it only takes the fee out of the payer's balance.
// That state is thrown away at the next commit and its events are read by nobody, so the rest
// of a bank transfer bought nothing there: the fee collector's credit, four events with their
// bech32 and coin strings, and two account decodes (the fee collector's module account, and
// the payer's account again for its vesting locks). Paid in CheckTx on every node and in every
// recheck, that was ~7 % of a validator's app CPU per 1 KiB blob tx (BenchmarkBlobTxLifecycle).
//
// The balance check is the bank's own (same error, zero balances removed, all or nothing), and
// the payer's sequence and signature are untouched by this, so CheckTx admits and refuses the
// same txs, with one exception: it now uses less gas, so a tx whose gas limit is too low for the
// bank's transfer fails out of gas in FinalizeBlock, as one too low for its message always did
// (messages do not run in CheckTx). Any other mode (FinalizeBlock, simulation, whose gas estimate must match the
// block's) and any payer that is not a plain BaseAccount (a vesting account has locked coins)
// get the bank's transfer.
type checkStateBank struct {
	authtypes.BankKeeper
	bank bankkeeper.BaseKeeper
}

// SendCoinsFromAccountToModule implements authtypes.BankKeeper.
func (b checkStateBank) SendCoinsFromAccountToModule(ctx context.Context, from sdk.AccAddress, module string, amt sdk.Coins) error {
	if module == authtypes.FeeCollectorName && inCheckState(ctx) && plainAccount(ctx, from) {
		return b.spend(ctx, from, amt)
	}
	return b.BankKeeper.SendCoinsFromAccountToModule(ctx, from, module, amt)
}

// spend takes amt out of addr's balance, all or nothing.
func (b checkStateBank) spend(ctx context.Context, addr sdk.AccAddress, amt sdk.Coins) error {
	left := make([]sdk.Coin, len(amt))
	for i, c := range amt {
		balance := b.bank.GetBalance(ctx, addr, c.Denom)
		if balance.Amount.LT(c.Amount) {
			// The bank's wording (x/bank subUnlockedCoins), so a refusal reads the same either way.
			return errorsmod.Wrapf(sdkerrors.ErrInsufficientFunds, "spendable balance %s is smaller than %s", balance, c)
		}
		left[i] = balance.Sub(c)
	}
	for _, c := range left {
		key := collections.Join(addr, c.Denom)
		var err error
		if c.IsZero() { // the bank never stores a zero balance
			err = b.bank.Balances.Remove(ctx, key)
		} else {
			err = b.bank.Balances.Set(ctx, key, c.Amount)
		}
		if err != nil {
			return err
		}
	}
	return nil
}

// inCheckState reports whether ctx runs CheckTx or a recheck.
func inCheckState(ctx context.Context) bool {
	mode := sdk.UnwrapSDKContext(ctx).ExecMode()
	return mode == sdk.ExecModeCheck || mode == sdk.ExecModeReCheck
}

// plainAccount reports whether the tx's ante memo holds addr as a plain BaseAccount. The fee
// decorator reads the payer through the memo just before it deducts the fee.
func plainAccount(ctx context.Context, addr sdk.AccAddress) bool {
	m := memoOf(ctx)
	if m == nil {
		return false
	}
	i := m.find(addr)
	if i < 0 {
		return false
	}
	_, plain := m.accts[i].(*authtypes.BaseAccount)
	return plain
}
