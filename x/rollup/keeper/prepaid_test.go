package keeper_test

import (
	"context"
	"errors"

	"go.uber.org/mock/gomock"

	"cosmossdk.io/math"

	sdk "github.com/cosmos/cosmos-sdk/types"
	sdkerrors "github.com/cosmos/cosmos-sdk/types/errors"
	authtypes "github.com/cosmos/cosmos-sdk/x/auth/types"

	"github.com/seq-network/seq/x/rollup/keeper"
	"github.com/seq-network/seq/x/rollup/testutil"
	"github.com/seq-network/seq/x/rollup/types"
)

// authBank gives the suite's mock the two x/auth BankKeeper methods FeeBank passes through
// unchanged and never calls itself.
type authBank struct{ *testutil.MockBankKeeper }

func (authBank) IsSendEnabledCoins(context.Context, ...sdk.Coin) error { return nil }
func (authBank) SendCoins(context.Context, sdk.AccAddress, sdk.AccAddress, sdk.Coins) error {
	return errors.New("unexpected SendCoins")
}

// TestPrepaidBlobFee follows one blob tx through BlobDecorator, FeeBank (as DeductFeeDecorator
// calls it), SubmitBlobs and EndBlocker: one transfer of tx fee + blob fee to the fee collector,
// none in the handler, and the blob fee (only) moved back and burned at the end of the block.
func (s *KeeperTestSuite) TestPrepaidBlobFee() {
	txFee := sdk.NewCoins(sdk.NewInt64Coin("useq", 100))
	blobFee := sdk.NewCoins(sdk.NewInt64Coin("useq", 10)) // per msg: ceil(0.5 x 10) + ceil(0.5 x 9)
	rows := []struct {
		name     string
		mode     sdk.ExecMode
		bankErr  error
		expErr   error
		recorded sdk.Coins // PrepaidFees after the tx
	}{
		{"finalize: charged once, recorded, burned", sdk.ExecModeFinalize, nil, nil, blobFee},
		{"check: charged, not recorded", sdk.ExecModeCheck, nil, nil, nil},
		{"sender cannot pay both: typed error, blob fee still due", sdk.ExecModeCheck, sdkerrors.ErrInsufficientFunds, sdkerrors.ErrInsufficientFunds, nil},
	}
	for _, tc := range rows {
		s.Run(tc.name, func() {
			s.SetupTest()
			s.setRollup("demo", 20, 40, types.ROLLUP_STATUS_ACTIVE)
			msgs := []sdk.Msg{
				&types.MsgSubmitBlobs{Sender: s.other, RollupId: "demo", Blobs: [][]byte{blobOf(1, 10)}, MaxFeePerByte: math.LegacyOneDec()},
				&types.MsgSubmitBlobs{Sender: s.other, RollupId: "demo", Blobs: [][]byte{blobOf(2, 9)}, MaxFeePerByte: math.LegacyOneDec()},
			}
			s.bank.EXPECT().SendCoinsFromAccountToModule(gomock.Any(), s.accAddr(s.other), authtypes.FeeCollectorName, txFee.Add(blobFee...)).
				Return(tc.bankErr)
			feeBank := keeper.NewFeeBank(authBank{s.bank}, s.keeper)
			deduct := func(ctx sdk.Context, _ sdk.Tx, _ bool) (sdk.Context, error) {
				return ctx, feeBank.SendCoinsFromAccountToModule(ctx, s.accAddr(s.other), authtypes.FeeCollectorName, txFee)
			}
			ctx, err := keeper.NewBlobDecorator(s.keeper).AnteHandle(s.ctx.WithExecMode(tc.mode), s.buildTx(msgs...), false, deduct)
			s.Require().Equal(tc.recorded, s.prepaid())
			if tc.expErr != nil {
				s.Require().ErrorIs(err, tc.expErr)
				s.Require().ErrorContains(err, "blob fee 10useq")
				// Had the tx gone on, its handler would charge the fee itself.
				s.expectFee(s.other, sdk.NewCoins(sdk.NewInt64Coin("useq", 5)))
				_, err = s.msgServer.SubmitBlobs(ctx, msgs[0].(*types.MsgSubmitBlobs))
				s.Require().NoError(err)
				return
			}
			s.Require().NoError(err)
			for _, m := range msgs { // no bank call expected: the fee is paid
				_, err := s.msgServer.SubmitBlobs(ctx, m.(*types.MsgSubmitBlobs))
				s.Require().NoError(err)
			}
			if tc.recorded == nil {
				return
			}
			moved := s.bank.EXPECT().SendCoinsFromModuleToModule(gomock.Any(), authtypes.FeeCollectorName, types.ModuleName, blobFee).Return(nil)
			s.bank.EXPECT().GetAllBalances(gomock.Any(), authtypes.NewModuleAddress(types.ModuleName)).Return(blobFee).After(moved)
			s.bank.EXPECT().BurnCoins(gomock.Any(), types.ModuleName, blobFee).Return(nil)
			s.Require().NoError(s.keeper.EndBlocker(ctx))
		})
	}
}

// TestFeeBankPassesOtherTransfersThrough: without an unpaid blob fee in the context, or to
// another module, FeeBank is the bank; a second fee transfer in one tx does not pay twice.
func (s *KeeperTestSuite) TestFeeBankPassesOtherTransfersThrough() {
	s.setRollup("demo", 20, 40, types.ROLLUP_STATUS_ACTIVE)
	fee := sdk.NewCoins(sdk.NewInt64Coin("useq", 100))
	from := s.accAddr(s.other)
	feeBank := keeper.NewFeeBank(authBank{s.bank}, s.keeper)
	ctx := s.ctx.WithExecMode(sdk.ExecModeFinalize)

	s.bank.EXPECT().SendCoinsFromAccountToModule(gomock.Any(), from, authtypes.FeeCollectorName, fee).Return(nil)
	s.Require().NoError(feeBank.SendCoinsFromAccountToModule(ctx, from, authtypes.FeeCollectorName, fee), "no blob fee in the context")

	tx := s.buildTx(&types.MsgSubmitBlobs{Sender: s.other, RollupId: "demo", Blobs: [][]byte{blobOf(1, 2)}, MaxFeePerByte: math.LegacyOneDec()})
	pass := func(ctx sdk.Context, _ sdk.Tx, _ bool) (sdk.Context, error) { return ctx, nil }
	ctx, err := keeper.NewBlobDecorator(s.keeper).AnteHandle(ctx, tx, false, pass)
	s.Require().NoError(err)
	s.bank.EXPECT().SendCoinsFromAccountToModule(gomock.Any(), from, types.ModuleName, fee).Return(nil)
	s.Require().NoError(feeBank.SendCoinsFromAccountToModule(ctx, from, types.ModuleName, fee), "another module")
	s.Require().Nil(s.prepaid())

	withBlob := fee.Add(sdk.NewInt64Coin("useq", 1))
	first := s.bank.EXPECT().SendCoinsFromAccountToModule(gomock.Any(), from, authtypes.FeeCollectorName, withBlob).Return(nil)
	s.bank.EXPECT().SendCoinsFromAccountToModule(gomock.Any(), from, authtypes.FeeCollectorName, fee).Return(nil).After(first)
	s.Require().NoError(feeBank.SendCoinsFromAccountToModule(ctx, from, authtypes.FeeCollectorName, fee))
	s.Require().NoError(feeBank.SendCoinsFromAccountToModule(ctx, from, authtypes.FeeCollectorName, fee), "paid once")
	s.Require().Equal(sdk.NewCoins(sdk.NewInt64Coin("useq", 1)), s.prepaid())
}

// prepaid reads PrepaidFees as coins (nil when empty).
func (s *KeeperTestSuite) prepaid() sdk.Coins {
	it, err := s.keeper.PrepaidFees.Iterate(s.ctx, nil)
	s.Require().NoError(err)
	kvs, err := it.KeyValues()
	s.Require().NoError(err)
	var coins sdk.Coins
	for _, kv := range kvs {
		coins = append(coins, sdk.NewCoin(kv.Key, kv.Value))
	}
	return coins
}
