package types

import sdk "github.com/cosmos/cosmos-sdk/types"

// Lane tells which lane a tx belongs to: a rollup's blob lane or the default lane.
type Lane struct {
	// RollupID is empty for the default lane.
	RollupID string
	// BlobBytes is the sum of the tx's blob sizes (0 on the default lane).
	BlobBytes uint64
	// Blobs counts the tx's blobs.
	Blobs int
}

// IsBlob reports whether the tx sits in a rollup's lane.
func (l Lane) IsBlob() bool { return l.RollupID != "" }

// LaneOf classifies a tx by its messages. A tx with any MsgSubmitBlobs must carry only
// MsgSubmitBlobs of one rollup, so that every tx belongs to exactly one lane.
func LaneOf(tx sdk.Tx) (Lane, error) {
	var lane Lane
	msgs := tx.GetMsgs()
	for i, m := range msgs {
		sb, ok := m.(*MsgSubmitBlobs)
		if !ok {
			if lane.IsBlob() {
				return Lane{}, ErrMixedLaneTx.Wrapf("message %d is %T", i, m)
			}
			continue
		}
		if i > 0 && !lane.IsBlob() || lane.IsBlob() && sb.RollupId != lane.RollupID {
			return Lane{}, ErrMixedLaneTx.Wrapf("message %d (rollup %q)", i, sb.RollupId)
		}
		if sb.RollupId == "" {
			return Lane{}, ErrInvalidRollupID.Wrap("empty rollup id")
		}
		lane.RollupID = sb.RollupId
		lane.Blobs += len(sb.Blobs)
		for _, b := range sb.Blobs {
			lane.BlobBytes += uint64(len(b))
		}
	}
	return lane, nil
}
