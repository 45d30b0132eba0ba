package keeper_test

import (
	"cosmossdk.io/math"

	sdk "github.com/cosmos/cosmos-sdk/types"
	banktypes "github.com/cosmos/cosmos-sdk/x/bank/types"

	"github.com/seq-network/seq/x/rollup/keeper"
	"github.com/seq-network/seq/x/rollup/types"
)

// buildTx builds a real (unsigned) SDK tx, as CheckTx would decode it; the decorator runs
// before signature checks, so signatures are irrelevant here.
func (s *KeeperTestSuite) buildTx(msgs ...sdk.Msg) sdk.Tx {
	b := s.encCfg.TxConfig.NewTxBuilder()
	s.Require().NoError(b.SetMsgs(msgs...))
	return b.GetTx()
}

func (s *KeeperTestSuite) TestBlobDecorator() {
	blobs := func(id string, bs ...[]byte) *types.MsgSubmitBlobs {
		return &types.MsgSubmitBlobs{Sender: s.other, RollupId: id, Blobs: bs, MaxFeePerByte: math.LegacyOneDec()}
	}
	send := &banktypes.MsgSend{FromAddress: s.other, ToAddress: s.owner, Amount: sdk.NewCoins(sdk.NewInt64Coin("useq", 1))}
	lowCap := blobs("demo", []byte("x"))
	lowCap.MaxFeePerByte = math.LegacyMustNewDecFromStr("0.1")
	rows := []struct {
		name   string
		msgs   []sdk.Msg
		expErr error
	}{
		{"non-blob tx passes through", []sdk.Msg{send}, nil},
		{"empty tx passes through", nil, nil},
		{"blob tx", []sdk.Msg{blobs("demo", []byte("x"))}, nil},
		{"two blob msgs of one rollup", []sdk.Msg{blobs("demo", []byte("x")), blobs("demo", []byte("y"))}, nil},
		{"blob then bank send", []sdk.Msg{blobs("demo", []byte("x")), send}, types.ErrMixedLaneTx},
		{"bank send then blob", []sdk.Msg{send, blobs("demo", []byte("x"))}, types.ErrMixedLaneTx},
		{"two rollups", []sdk.Msg{blobs("demo", []byte("x")), blobs("zeta", []byte("y"))}, types.ErrMixedLaneTx},
		{"empty rollup id", []sdk.Msg{blobs("", []byte("x"))}, types.ErrInvalidRollupID},
		{"unknown rollup", []sdk.Msg{blobs("nope", []byte("x"))}, types.ErrRollupNotFound},
		{"paused rollup", []sdk.Msg{blobs("paused", []byte("x"))}, types.ErrRollupPaused},
		{"empty blob", []sdk.Msg{blobs("demo", []byte{})}, types.ErrEmptyBlob},
		{"blob too large", []sdk.Msg{blobs("demo", blobOf(1, 21))}, types.ErrBlobTooLarge},
		{"fee cap too low", []sdk.Msg{lowCap}, types.ErrFeeCapTooLow},
		// Each message fits the 40-byte lane alone, the tx does not: such a tx could never be
		// proposed, so it must not enter the mempool.
		{"tx over the lane quota across msgs", []sdk.Msg{blobs("demo", blobOf(1, 20), blobOf(2, 20)), blobs("demo", []byte("z"))},
			types.ErrLaneQuotaExceeded},
	}
	for _, tc := range rows {
		s.Run(tc.name, func() {
			s.SetupTest()
			s.setRollup("demo", 20, 40, types.ROLLUP_STATUS_ACTIVE)
			s.setRollup("zeta", 20, 40, types.ROLLUP_STATUS_ACTIVE)
			s.setRollup("paused", 20, 40, types.ROLLUP_STATUS_PAUSED)
			called := false
			next := func(ctx sdk.Context, _ sdk.Tx, _ bool) (sdk.Context, error) { called = true; return ctx, nil }
			before := s.snapshot()
			_, err := keeper.NewBlobDecorator(s.keeper).AnteHandle(s.ctx.WithIsCheckTx(true), s.buildTx(tc.msgs...), false, next)
			s.Require().Equal(before, s.snapshot(), "the decorator only reads")
			if tc.expErr != nil {
				s.Require().ErrorIs(err, tc.expErr)
				s.Require().False(called, "a rejected tx must not reach the rest of the chain")
				return
			}
			s.Require().NoError(err)
			s.Require().True(called)
		})
	}
}
