package app

import (
	"context"
	"testing"

	cmtproto "github.com/cometbft/cometbft/proto/tendermint/types"
	"github.com/stretchr/testify/require"

	"cosmossdk.io/log"

	"github.com/cosmos/cosmos-sdk/crypto/keys/secp256k1"
	sdk "github.com/cosmos/cosmos-sdk/types"
	authtypes "github.com/cosmos/cosmos-sdk/x/auth/types"
	vestingtypes "github.com/cosmos/cosmos-sdk/x/auth/vesting/types"
)

// bankCalls is an x/auth BankKeeper that counts the fee transfers handed to it.
type bankCalls struct {
	authtypes.BankKeeper
	n int
}

func (b *bankCalls) SendCoinsFromAccountToModule(context.Context, sdk.AccAddress, string, sdk.Coins) error {
	b.n++
	return nil
}

// TestCheckStateBankLeavesTheRestToTheBank: only a fee to the fee collector, in CheckTx or a
// recheck, from a payer the ante memo holds as a plain BaseAccount skips the bank. Every other
// case is the bank's transfer (the debit itself is TestCheckTxFeeDebitsThePayerOnly's).
func TestCheckStateBankLeavesTheRestToTheBank(t *testing.T) {
	payer := sdk.AccAddress(secp256k1.GenPrivKey().PubKey().Address())
	plain := authtypes.NewBaseAccountWithAddress(payer)
	coins := sdk.NewCoins(sdk.NewInt64Coin(BondDenom, 100))
	vesting, err := vestingtypes.NewContinuousVestingAccount(plain, coins, 0, 100)
	require.NoError(t, err)
	module := authtypes.NewEmptyModuleAccount("somemodule")
	rows := []struct {
		name   string
		mode   sdk.ExecMode
		memo   sdk.AccountI // the payer's account in the tx's memo; nil: no memo
		module string
	}{
		{"FinalizeBlock", sdk.ExecModeFinalize, plain, authtypes.FeeCollectorName},
		{"simulation (its gas must be the block's)", sdk.ExecModeSimulate, plain, authtypes.FeeCollectorName},
		{"vesting payer (locked coins)", sdk.ExecModeCheck, vesting, authtypes.FeeCollectorName},
		{"module account payer", sdk.ExecModeReCheck, module, authtypes.FeeCollectorName},
		{"no ante memo", sdk.ExecModeCheck, nil, authtypes.FeeCollectorName},
		{"to another module", sdk.ExecModeCheck, plain, "rollup"},
	}
	for _, row := range rows {
		t.Run(row.name, func(t *testing.T) {
			ctx := sdk.NewContext(nil, cmtproto.Header{}, false, log.NewNopLogger()).WithExecMode(row.mode)
			if row.memo != nil {
				ctx = withAnteMemo(ctx)
				memoOf(ctx).add(payer, row.memo)
			}
			bank := &bankCalls{}
			require.NoError(t, checkStateBank{BankKeeper: bank}.SendCoinsFromAccountToModule(ctx, payer, row.module, coins))
			require.Equal(t, 1, bank.n, "the bank's transfer")
		})
	}
}
