package types_test

import (
	"testing"

	protov2 "google.golang.org/protobuf/proto"

	"github.com/stretchr/testify/require"

	sdk "github.com/cosmos/cosmos-sdk/types"
	banktypes "github.com/cosmos/cosmos-sdk/x/bank/types"

	"github.com/seq-network/seq/x/rollup/types"
)

// fakeTx is the least an sdk.Tx needs for LaneOf, which only reads the messages.
type fakeTx []sdk.Msg

func (tx fakeTx) GetMsgs() []sdk.Msg                 { return tx }
func (fakeTx) GetMsgsV2() ([]protov2.Message, error) { return nil, nil }

func TestLaneOf(t *testing.T) {
	blobs := func(id string, bs ...[]byte) *types.MsgSubmitBlobs {
		return &types.MsgSubmitBlobs{RollupId: id, Blobs: bs}
	}
	send := &banktypes.MsgSend{}
	for _, tc := range []struct {
		name   string
		tx     fakeTx
		want   types.Lane
		expErr error
	}{
		{"no msgs: default lane", fakeTx{}, types.Lane{}, nil},
		{"bank sends: default lane", fakeTx{send, send}, types.Lane{}, nil},
		{"one rollup", fakeTx{blobs("a", []byte("xy")), blobs("a", []byte("z"), []byte("w"))}, types.Lane{RollupID: "a", BlobBytes: 4, Blobs: 3}, nil},
		{"blob then send", fakeTx{blobs("a", []byte("x")), send}, types.Lane{}, types.ErrMixedLaneTx},
		{"send then blob", fakeTx{send, blobs("a", []byte("x"))}, types.Lane{}, types.ErrMixedLaneTx},
		{"two rollups", fakeTx{blobs("a", []byte("x")), blobs("b", []byte("x"))}, types.Lane{}, types.ErrMixedLaneTx},
		{"empty rollup id", fakeTx{blobs("", []byte("x"))}, types.Lane{}, types.ErrInvalidRollupID},
	} {
		t.Run(tc.name, func(t *testing.T) {
			lane, err := types.LaneOf(tc.tx)
			if tc.expErr != nil {
				require.ErrorIs(t, err, tc.expErr)
				return
			}
			require.NoError(t, err)
			require.Equal(t, tc.want, lane)
			require.Equal(t, tc.want.RollupID != "", lane.IsBlob())
		})
	}
}
