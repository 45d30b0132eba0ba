package app

import (
	"bytes"
	"context"

	sdk "github.com/cosmos/cosmos-sdk/types"
	"github.com/cosmos/cosmos-sdk/x/auth/ante"
	authtypes "github.com/cosmos/cosmos-sdk/x/auth/types"
)

// anteMemoKey is the context key of the per-tx anteMemo.
type anteMemoKey struct{}

// anteMemo holds what one tx's ante chain has already read from x/auth. The SDK's decorators
// each read the signer's account again (fee payer check, public key, signature gas, signature,
// sequence: five reads per tx), and every read unpacks the account's Any and its key's Any;
// that decoding was a tenth of a validator's CPU under blob load, paid in CheckTx, in the
// recheck after every block and in FinalizeBlock. The memo lives in the tx's context, so it
// dies with the tx and never crosses txs.
type anteMemo struct {
	params   authtypes.Params
	hasParam bool
	accts    []sdk.AccountI   // a tx has one signer or a few: a slice beats a map
	addrs    []sdk.AccAddress // accts[i]'s address: BaseAccount.GetAddress decodes bech32 each call
}

// withAnteMemo starts an empty memo for the tx whose ante chain runs in ctx.
func withAnteMemo(ctx sdk.Context) sdk.Context { return ctx.WithValue(anteMemoKey{}, &anteMemo{}) }

func memoOf(ctx context.Context) *anteMemo {
	m, _ := ctx.Value(anteMemoKey{}).(*anteMemo)
	return m
}

func (m *anteMemo) find(addr sdk.AccAddress) int {
	for i, a := range m.addrs {
		if bytes.Equal(a, addr) {
			return i
		}
	}
	return -1
}

func (m *anteMemo) add(addr sdk.AccAddress, acc sdk.AccountI) {
	m.accts = append(m.accts, acc)
	m.addrs = append(m.addrs, addr)
}

// memoAccountKeeper is the AccountKeeper the ante decorators see: reads come from the tx's memo
// after the first, and writes go to the store and the memo alike, so a later decorator sees
// exactly what the store holds (the decorators that change an account write it at once). Gas
// differs from the plain keeper's only by the store reads saved, the same on every node.
// Outside an ante chain (no memo in the context) it is the plain keeper.
type memoAccountKeeper struct {
	ante.AccountKeeper
}

// GetParams implements ante.AccountKeeper.
func (k memoAccountKeeper) GetParams(ctx context.Context) authtypes.Params {
	m := memoOf(ctx)
	if m == nil {
		return k.AccountKeeper.GetParams(ctx)
	}
	if !m.hasParam {
		m.params, m.hasParam = k.AccountKeeper.GetParams(ctx), true
	}
	return m.params
}

// GetAccount implements ante.AccountKeeper. A missing account is not remembered: the chain
// fails on it anyway.
func (k memoAccountKeeper) GetAccount(ctx context.Context, addr sdk.AccAddress) sdk.AccountI {
	m := memoOf(ctx)
	if m == nil {
		return k.AccountKeeper.GetAccount(ctx, addr)
	}
	if i := m.find(addr); i >= 0 {
		return m.accts[i]
	}
	acc := k.AccountKeeper.GetAccount(ctx, addr)
	if acc != nil {
		m.add(addr, acc)
	}
	return acc
}

// SetAccount implements ante.AccountKeeper.
func (k memoAccountKeeper) SetAccount(ctx context.Context, acc sdk.AccountI) {
	k.AccountKeeper.SetAccount(ctx, acc)
	m := memoOf(ctx)
	if m == nil {
		return
	}
	addr := acc.GetAddress()
	if i := m.find(addr); i >= 0 {
		m.accts[i] = acc
		return
	}
	m.add(addr, acc)
}

// anteMemoDecorator gives each tx's ante chain its own memo.
type anteMemoDecorator struct{}

// AnteHandle implements sdk.AnteDecorator.
func (anteMemoDecorator) AnteHandle(ctx sdk.Context, tx sdk.Tx, simulate bool, next sdk.AnteHandler) (sdk.Context, error) {
	return next(withAnteMemo(ctx), tx, simulate)
}
