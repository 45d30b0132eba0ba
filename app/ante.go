package app

import (
	sdk "github.com/cosmos/cosmos-sdk/types"
	"github.com/cosmos/cosmos-sdk/x/auth/ante"

	rollupkeeper "github.com/seq-network/seq/x/rollup/keeper"
)

// setAnteHandler installs the SDK's standard chain with x/rollup's blob checks placed before
// the signature checks, so that a malformed blob tx costs a validator as little as possible, and
// a cache that spares FinalizeBlock the signatures this node already verified in CheckTx. The
// decorators read x/auth through a per-tx memo (antememo.go), so the signer's account is
// decoded once per tx instead of five times. The fee is deducted through x/rollup's FeeBank, which
// charges a blob tx's blob fee in the same transfer as its tx fee, over a bank that in CheckTx
// and recheck only debits the payer (checkfee.go).
func (app *SeqApp) setAnteHandler() error {
	ak, bk := memoAccountKeeper{app.AccountKeeper}, app.BankKeeper
	app.SetAnteHandler(sdk.ChainAnteDecorators(
		ante.NewSetUpContextDecorator(),
		anteMemoDecorator{},
		ante.NewExtensionOptionsDecorator(nil),
		ante.NewValidateBasicDecorator(),
		ante.NewTxTimeoutHeightDecorator(),
		rollupkeeper.NewBlobDecorator(app.RollupKeeper),
		ante.NewValidateMemoDecorator(ak),
		ante.NewConsumeGasForTxSizeDecorator(ak),
		ante.NewDeductFeeDecorator(ak, rollupkeeper.NewFeeBank(checkStateBank{BankKeeper: bk, bank: bk}, app.RollupKeeper), nil, nil),
		sigCacheDecorator{cache: newSigCache()},
		ante.NewSetPubKeyDecorator(ak),
		ante.NewValidateSigCountDecorator(ak),
		ante.NewSigGasConsumeDecorator(ak, ante.DefaultSigVerificationGasConsumer),
		ante.NewSigVerificationDecorator(ak, app.txConfig.SignModeHandler()),
		ante.NewIncrementSequenceDecorator(ak),
	))
	return nil
}
