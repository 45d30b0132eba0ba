package keeper_test

import (
	"bytes"
	"strings"

	"go.uber.org/mock/gomock"

	"cosmossdk.io/collections"
	"cosmossdk.io/math"

	sdk "github.com/cosmos/cosmos-sdk/types"
	sdkerrors "github.com/cosmos/cosmos-sdk/types/errors"
	govtypes "github.com/cosmos/cosmos-sdk/x/gov/types"

	"github.com/seq-network/seq/x/rollup/types"
)

// badAddr is not a bech32 "seq" address (wrong prefix), which every handler must reject.
const badAddr = "cosmos1qypqxpq9qcrsszg2pvxq6rs0zqg3yyc5lzv7xu"

// invalidIDs are the rollup id forms ValidateRollupID must reject, by reason.
var invalidIDs = map[string]string{
	"empty":         "",
	"33 chars":      strings.Repeat("a", 33),
	"uppercase":     "Demo",
	"leading dash":  "-demo",
	"trailing dash": "demo-",
	"underscore":    "de_mo",
	"space":         "de mo",
}

func (s *KeeperTestSuite) TestMsgRegisterRollup() {
	fee := sdk.NewCoins(testParams().RegistrationFee)
	valid := func() *types.MsgRegisterRollup {
		return &types.MsgRegisterRollup{Owner: s.owner, RollupId: "demo", MaxBlobBytes: 16, LaneQuotaBytes: 64}
	}
	type row struct {
		name     string
		malleate func()
		msg      func() *types.MsgRegisterRollup
		expErr   error
	}
	rows := []row{
		{"ok", func() { s.expectBurn(s.owner, fee) }, valid, nil},
		{"ok: 32-char id with inner dashes, limits at the bounds", func() { s.expectBurn(s.owner, fee) }, func() *types.MsgRegisterRollup {
			m := valid()
			m.RollupId, m.MaxBlobBytes, m.LaneQuotaBytes = "a-"+strings.Repeat("0", 29)+"z", 64, 256
			return m
		}, nil},
		{"ok: zero registration fee calls no bank", func() {
			p := testParams()
			p.RegistrationFee = sdk.NewInt64Coin(p.FeeDenom, 0)
			s.Require().NoError(s.keeper.Params.Set(s.ctx, p))
		}, valid, nil},
		// Bech32 accepts upper case; state must hold the canonical form, which the success check compares.
		{"ok: upper-case owner is stored canonical", func() { s.expectBurn(s.owner, fee) },
			func() *types.MsgRegisterRollup { m := valid(); m.Owner = strings.ToUpper(s.owner); return m }, nil},
		{"invalid owner address", func() {}, func() *types.MsgRegisterRollup { m := valid(); m.Owner = badAddr; return m }, sdkerrors.ErrInvalidAddress},
		{"duplicate", func() { s.setRollup("demo", 16, 64, types.ROLLUP_STATUS_ACTIVE) }, valid, types.ErrRollupExists},
		{"max_blob_bytes 0", func() {}, func() *types.MsgRegisterRollup { m := valid(); m.MaxBlobBytes = 0; return m }, types.ErrInvalidLimits},
		{"max_blob_bytes above param", func() {}, func() *types.MsgRegisterRollup { m := valid(); m.MaxBlobBytes = 65; return m }, types.ErrInvalidLimits},
		{"lane quota below max_blob_bytes", func() {}, func() *types.MsgRegisterRollup { m := valid(); m.LaneQuotaBytes = 15; return m }, types.ErrInvalidLimits},
		{"lane quota above param", func() {}, func() *types.MsgRegisterRollup { m := valid(); m.LaneQuotaBytes = 257; return m }, types.ErrInvalidLimits},
		{"fee payment fails", func() {
			s.bank.EXPECT().SendCoinsFromAccountToModule(gomock.Any(), s.accAddr(s.owner), types.ModuleName, fee).
				Return(sdkerrors.ErrInsufficientFunds)
		}, valid, sdkerrors.ErrInsufficientFunds},
		{"burn fails", func() {
			s.bank.EXPECT().SendCoinsFromAccountToModule(gomock.Any(), s.accAddr(s.owner), types.ModuleName, fee).Return(nil)
			s.bank.EXPECT().BurnCoins(gomock.Any(), types.ModuleName, fee).Return(sdkerrors.ErrInvalidCoins)
		}, valid, sdkerrors.ErrInvalidCoins},
	}
	for name, id := range invalidIDs {
		rows = append(rows, row{"invalid id: " + name, func() {}, func() *types.MsgRegisterRollup { m := valid(); m.RollupId = id; return m }, types.ErrInvalidRollupID})
	}
	for _, tc := range rows {
		s.Run(tc.name, func() {
			s.SetupTest()
			tc.malleate()
			msg := tc.msg()
			s.freshEvents()
			before := s.snapshot()
			resp, err := s.msgServer.RegisterRollup(s.ctx, msg)
			if tc.expErr != nil {
				s.Require().ErrorIs(err, tc.expErr)
				s.requireUnchanged(before)
				return
			}
			s.Require().NoError(err)
			want := types.Rollup{Id: msg.RollupId, Owner: s.owner, MaxBlobBytes: msg.MaxBlobBytes,
				LaneQuotaBytes: msg.LaneQuotaBytes, Status: types.ROLLUP_STATUS_ACTIVE, CreatedHeight: testHeight}
			s.Require().Equal(want, resp.Rollup)
			got, err := s.keeper.Rollups.Get(s.ctx, msg.RollupId)
			s.Require().NoError(err)
			s.Require().Equal(want, got)
			s.requireEvent(&types.EventRollupRegistered{RollupId: msg.RollupId, Owner: s.owner,
				MaxBlobBytes: msg.MaxBlobBytes, LaneQuotaBytes: msg.LaneQuotaBytes})
		})
	}
}

func (s *KeeperTestSuite) TestMsgUpdateRollup() {
	valid := func() *types.MsgUpdateRollup {
		return &types.MsgUpdateRollup{Owner: s.owner, RollupId: "demo", MaxBlobBytes: 32, LaneQuotaBytes: 128, Status: types.ROLLUP_STATUS_PAUSED}
	}
	with := func(f func(m *types.MsgUpdateRollup)) func() *types.MsgUpdateRollup {
		return func() *types.MsgUpdateRollup { m := valid(); f(m); return m }
	}
	rows := []struct {
		name     string
		malleate func()
		msg      func() *types.MsgUpdateRollup
		expErr   error
	}{
		{"ok: pause and change limits", func() {}, valid, nil},
		{"ok: reactivate", func() {}, with(func(m *types.MsgUpdateRollup) { m.Status = types.ROLLUP_STATUS_ACTIVE }), nil},
		{"ok: owner in upper case", func() {}, with(func(m *types.MsgUpdateRollup) { m.Owner = strings.ToUpper(s.owner) }), nil},
		{"not the owner", func() {}, with(func(m *types.MsgUpdateRollup) { m.Owner = s.other }), types.ErrNotOwner},
		{"invalid owner address", func() {}, with(func(m *types.MsgUpdateRollup) { m.Owner = badAddr }), sdkerrors.ErrInvalidAddress},
		{"unknown rollup", func() {}, with(func(m *types.MsgUpdateRollup) { m.RollupId = "nope" }), types.ErrRollupNotFound},
		{"status unspecified", func() {}, with(func(m *types.MsgUpdateRollup) { m.Status = types.ROLLUP_STATUS_UNSPECIFIED }), types.ErrInvalidStatus},
		{"status out of enum", func() {}, with(func(m *types.MsgUpdateRollup) { m.Status = 7 }), types.ErrInvalidStatus},
		{"limits out of range", func() {}, with(func(m *types.MsgUpdateRollup) { m.MaxBlobBytes = 65 }), types.ErrInvalidLimits},
		{"quota below blob size", func() {}, with(func(m *types.MsgUpdateRollup) { m.LaneQuotaBytes = 31 }), types.ErrInvalidLimits},
	}
	for _, tc := range rows {
		s.Run(tc.name, func() {
			s.SetupTest()
			s.setRollup("demo", 16, 64, types.ROLLUP_STATUS_ACTIVE)
			tc.malleate()
			msg := tc.msg()
			s.freshEvents()
			before := s.snapshot()
			resp, err := s.msgServer.UpdateRollup(s.ctx, msg)
			if tc.expErr != nil {
				s.Require().ErrorIs(err, tc.expErr)
				s.requireUnchanged(before)
				return
			}
			s.Require().NoError(err)
			want := types.Rollup{Id: "demo", Owner: s.owner, MaxBlobBytes: msg.MaxBlobBytes, LaneQuotaBytes: msg.LaneQuotaBytes,
				Status: msg.Status, CreatedHeight: 1}
			s.Require().Equal(want, resp.Rollup)
			got, err := s.keeper.Rollups.Get(s.ctx, "demo")
			s.Require().NoError(err)
			s.Require().Equal(want, got)
			s.requireEvent(&types.EventRollupUpdated{RollupId: "demo", MaxBlobBytes: msg.MaxBlobBytes,
				LaneQuotaBytes: msg.LaneQuotaBytes, Status: msg.Status.String()})
		})
	}
}

func (s *KeeperTestSuite) TestMsgTransferRollup() {
	valid := func() *types.MsgTransferRollup {
		return &types.MsgTransferRollup{Owner: s.owner, RollupId: "demo", NewOwner: s.other}
	}
	with := func(f func(m *types.MsgTransferRollup)) func() *types.MsgTransferRollup {
		return func() *types.MsgTransferRollup { m := valid(); f(m); return m }
	}
	rows := []struct {
		name     string
		malleate func()
		msg      func() *types.MsgTransferRollup
		expErr   error
	}{
		{"ok", func() {}, valid, nil},
		{"not the owner", func() {}, with(func(m *types.MsgTransferRollup) { m.Owner = s.other; m.NewOwner = s.addr("third") }), types.ErrNotOwner},
		{"to the same owner", func() {}, with(func(m *types.MsgTransferRollup) { m.NewOwner = s.owner }), types.ErrSameOwner},
		{"to the same owner in upper case", func() {}, with(func(m *types.MsgTransferRollup) { m.NewOwner = strings.ToUpper(s.owner) }), types.ErrSameOwner},
		{"ok: upper-case new owner is stored canonical", func() {}, with(func(m *types.MsgTransferRollup) { m.NewOwner = strings.ToUpper(s.other) }), nil},
		{"invalid new owner", func() {}, with(func(m *types.MsgTransferRollup) { m.NewOwner = badAddr }), sdkerrors.ErrInvalidAddress},
		{"empty new owner", func() {}, with(func(m *types.MsgTransferRollup) { m.NewOwner = "" }), sdkerrors.ErrInvalidAddress},
		{"invalid owner", func() {}, with(func(m *types.MsgTransferRollup) { m.Owner = badAddr }), sdkerrors.ErrInvalidAddress},
		{"unknown rollup", func() {}, with(func(m *types.MsgTransferRollup) { m.RollupId = "nope" }), types.ErrRollupNotFound},
	}
	for _, tc := range rows {
		s.Run(tc.name, func() {
			s.SetupTest()
			r := s.setRollup("demo", 16, 64, types.ROLLUP_STATUS_ACTIVE)
			tc.malleate()
			msg := tc.msg()
			s.freshEvents()
			before := s.snapshot()
			_, err := s.msgServer.TransferRollup(s.ctx, msg)
			if tc.expErr != nil {
				s.Require().ErrorIs(err, tc.expErr)
				s.requireUnchanged(before)
				return
			}
			s.Require().NoError(err)
			r.Owner = s.other
			got, err := s.keeper.Rollups.Get(s.ctx, "demo")
			s.Require().NoError(err)
			s.Require().Equal(r, got)
			s.requireEvent(&types.EventRollupTransferred{RollupId: "demo", OldOwner: s.owner, NewOwner: s.other})

			// The old owner lost control: a second transfer by them must fail.
			_, err = s.msgServer.TransferRollup(s.ctx, valid())
			s.Require().ErrorIs(err, types.ErrNotOwner)
		})
	}
}

// blobOf returns n bytes of b; distinct fill bytes make distinct blob hashes.
func blobOf(b byte, n int) []byte { return bytes.Repeat([]byte{b}, n) }

func (s *KeeperTestSuite) TestMsgSubmitBlobs() {
	// "demo": blobs <= 20 bytes, 40 bytes per block. Base fee floor 0.5/byte.
	dec := math.LegacyMustNewDecFromStr
	valid := func() *types.MsgSubmitBlobs {
		return &types.MsgSubmitBlobs{Sender: s.other, RollupId: "demo", Blobs: [][]byte{blobOf(1, 10), blobOf(2, 5)}, MaxFeePerByte: dec("0.5")}
	}
	with := func(f func(m *types.MsgSubmitBlobs)) func() *types.MsgSubmitBlobs {
		return func() *types.MsgSubmitBlobs { m := valid(); f(m); return m }
	}
	useq := func(n int64) sdk.Coins { return sdk.NewCoins(sdk.NewInt64Coin(types.DefaultFeeDenom, n)) }
	type row struct {
		name     string
		malleate func()
		msg      func() *types.MsgSubmitBlobs
		expErr   error
		expFee   string
	}
	rows := []row{
		// 15 bytes x 0.5 = 7.5, rounded up: the chain never undercharges.
		{"ok: fee is ceil(base fee x bytes)", func() { s.expectFee(s.other, useq(8)) }, valid, nil, "8useq"},
		{"ok: raised base fee applies", func() {
			s.Require().NoError(s.keeper.BaseFees.Set(s.ctx, "demo", dec("1.25")))
			s.expectFee(s.other, useq(19)) // 15 x 1.25 = 18.75
		}, with(func(m *types.MsgSubmitBlobs) { m.MaxFeePerByte = dec("1.25") }), nil, "19useq"},
		{"ok: fills the lane quota exactly", func() { s.expectFee(s.other, useq(20)) },
			with(func(m *types.MsgSubmitBlobs) { m.Blobs = [][]byte{blobOf(1, 20), blobOf(2, 20)} }), nil, "20useq"},
		{"invalid sender", func() {}, with(func(m *types.MsgSubmitBlobs) { m.Sender = badAddr }), sdkerrors.ErrInvalidAddress, ""},
		{"unknown rollup", func() {}, with(func(m *types.MsgSubmitBlobs) { m.RollupId = "nope" }), types.ErrRollupNotFound, ""},
		{"no blobs", func() {}, with(func(m *types.MsgSubmitBlobs) { m.Blobs = nil }), types.ErrNoBlobs, ""},
		{"empty blob", func() {}, with(func(m *types.MsgSubmitBlobs) { m.Blobs = [][]byte{blobOf(1, 3), {}} }), types.ErrEmptyBlob, ""},
		{"blob over max_blob_bytes", func() {}, with(func(m *types.MsgSubmitBlobs) { m.Blobs = [][]byte{blobOf(1, 21)} }), types.ErrBlobTooLarge, ""},
		{"too many blobs", func() {}, with(func(m *types.MsgSubmitBlobs) {
			m.Blobs = [][]byte{{1}, {2}, {3}, {4}, {5}}
		}), types.ErrTooManyBlobs, ""},
		{"tx over the lane quota", func() {}, with(func(m *types.MsgSubmitBlobs) {
			m.Blobs = [][]byte{blobOf(1, 20), blobOf(2, 20), {3}}
		}), types.ErrLaneQuotaExceeded, ""},
		{"fee cap below base fee", func() {}, with(func(m *types.MsgSubmitBlobs) { m.MaxFeePerByte = dec("0.499") }), types.ErrFeeCapTooLow, ""},
		{"fee cap below raised base fee", func() { s.Require().NoError(s.keeper.BaseFees.Set(s.ctx, "demo", dec("0.6"))) },
			valid, types.ErrFeeCapTooLow, ""},
		{"fee cap missing", func() {}, with(func(m *types.MsgSubmitBlobs) { m.MaxFeePerByte = math.LegacyDec{} }), types.ErrFeeCapTooLow, ""},
		{"paused rollup", func() { s.setRollup("demo", 20, 40, types.ROLLUP_STATUS_PAUSED) }, valid, types.ErrRollupPaused, ""},
		{"fee payment fails", func() {
			s.bank.EXPECT().SendCoinsFromAccountToModule(gomock.Any(), s.accAddr(s.other), types.ModuleName, useq(8)).
				Return(sdkerrors.ErrInsufficientFunds)
		}, valid, sdkerrors.ErrInsufficientFunds, ""},
	}
	for name, id := range invalidIDs {
		rows = append(rows, row{"invalid id: " + name, func() {}, with(func(m *types.MsgSubmitBlobs) { m.RollupId = id }), types.ErrInvalidRollupID, ""})
	}
	for _, tc := range rows {
		s.Run(tc.name, func() {
			s.SetupTest()
			s.setRollup("demo", 20, 40, types.ROLLUP_STATUS_ACTIVE)
			tc.malleate()
			msg := tc.msg()
			s.freshEvents()
			before := s.snapshot()
			resp, err := s.msgServer.SubmitBlobs(s.ctx, msg)
			if tc.expErr != nil {
				s.Require().ErrorIs(err, tc.expErr)
				s.requireUnchanged(before)
				return
			}
			s.Require().NoError(err)
			s.Require().Equal(&types.MsgSubmitBlobsResponse{Height: testHeight, FirstIndex: 0, Fee: tc.expFee}, resp)
			var total uint64
			for i, b := range msg.Blobs {
				h, err := s.keeper.PendingBlobs.Get(s.ctx, collections.Join("demo", uint32(i)))
				s.Require().NoError(err)
				s.Require().Equal(types.BlobHash(b), h)
				total += uint64(len(b))
			}
			batch, err := s.keeper.PendingBatches.Get(s.ctx, "demo")
			s.Require().NoError(err)
			s.Require().Equal(types.BatchEntry{RollupId: "demo", BlobCount: uint32(len(msg.Blobs)), Bytes: total}, batch)
			s.requireEvent(&types.EventBlobsSubmitted{RollupId: "demo", Sender: s.other, BlobCount: uint32(len(msg.Blobs)),
				Bytes: total, Fee: tc.expFee, FirstIndex: 0})
		})
	}
}

// TestMsgSubmitBlobsBlockQuota checks that the lane quota holds for the whole block, not per tx:
// the transient batch accumulates across messages of the same block.
func (s *KeeperTestSuite) TestMsgSubmitBlobsBlockQuota() {
	s.setRollup("demo", 20, 40, types.ROLLUP_STATUS_ACTIVE)
	s.setRollup("zeta", 20, 40, types.ROLLUP_STATUS_ACTIVE)
	fee := func(n int64) sdk.Coins { return sdk.NewCoins(sdk.NewInt64Coin(types.DefaultFeeDenom, n)) }
	submit := func(id string, blobs ...[]byte) (*types.MsgSubmitBlobsResponse, error) {
		return s.msgServer.SubmitBlobs(s.ctx, &types.MsgSubmitBlobs{Sender: s.other, RollupId: id, Blobs: blobs, MaxFeePerByte: math.LegacyOneDec()})
	}

	s.expectFee(s.other, fee(15)) // 30 bytes x 0.5
	resp, err := submit("demo", blobOf(1, 20), blobOf(2, 10))
	s.Require().NoError(err)
	s.Require().Equal(uint32(0), resp.FirstIndex)

	// 30 + 11 > 40. The handler may take the fee before it finds out (the tx's cache store
	// reverts it), so the bank call is allowed but not required.
	s.bank.EXPECT().SendCoinsFromAccountToModule(gomock.Any(), s.accAddr(s.other), types.ModuleName, fee(6)).Return(nil).MaxTimes(1)
	s.freshEvents()
	before := s.snapshot()
	_, err = submit("demo", blobOf(3, 11))
	s.Require().ErrorIs(err, types.ErrLaneQuotaExceeded)
	s.requireUnchanged(before)

	// Another rollup's lane is independent; the same rollup still takes what fits, appended after
	// the blobs already in the batch.
	s.expectFee(s.other, fee(10))
	_, err = submit("zeta", blobOf(4, 20))
	s.Require().NoError(err)
	s.expectFee(s.other, fee(5))
	resp, err = submit("demo", blobOf(5, 10))
	s.Require().NoError(err)
	s.Require().Equal(uint32(2), resp.FirstIndex)
	batch, err := s.keeper.PendingBatches.Get(s.ctx, "demo")
	s.Require().NoError(err)
	s.Require().Equal(types.BatchEntry{RollupId: "demo", BlobCount: 3, Bytes: 40}, batch)
	h, err := s.keeper.PendingBlobs.Get(s.ctx, collections.Join("demo", uint32(2)))
	s.Require().NoError(err)
	s.Require().Equal(types.BlobHash(blobOf(5, 10)), h)
}

func (s *KeeperTestSuite) TestMsgUpdateParams() {
	newParams := testParams()
	newParams.MaxBlobBytes, newParams.MinBaseFee = 128, math.LegacyMustNewDecFromStr("2")
	rows := []struct {
		name     string
		malleate func()
		msg      *types.MsgUpdateParams
		expErr   error
	}{
		{"ok", func() {}, &types.MsgUpdateParams{Authority: "", Params: newParams}, nil},
		{"not the authority", func() {}, &types.MsgUpdateParams{Authority: "owner", Params: newParams}, govtypes.ErrInvalidSigner},
		{"empty authority", func() {}, &types.MsgUpdateParams{Authority: "-", Params: newParams}, govtypes.ErrInvalidSigner},
		{"invalid params", func() {}, &types.MsgUpdateParams{Authority: "", Params: func() types.Params {
			p := newParams
			p.BaseFeeChangeDenominator = 0
			return p
		}()}, types.ErrInvalidParams},
	}
	for _, tc := range rows {
		s.Run(tc.name, func() {
			s.SetupTest()
			tc.malleate()
			msg := *tc.msg
			// Authorities are filled in here because s.authority/s.owner exist only after SetupTest.
			switch msg.Authority {
			case "":
				msg.Authority = s.authority
			case "owner":
				msg.Authority = s.owner
			case "-":
				msg.Authority = ""
			}
			s.freshEvents()
			before := s.snapshot()
			_, err := s.msgServer.UpdateParams(s.ctx, &msg)
			if tc.expErr != nil {
				s.Require().ErrorIs(err, tc.expErr)
				s.requireUnchanged(before)
				return
			}
			s.Require().NoError(err)
			got, err := s.keeper.Params.Get(s.ctx)
			s.Require().NoError(err)
			s.Require().Equal(newParams, got)
		})
	}
}
