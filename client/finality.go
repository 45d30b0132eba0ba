package client

import (
	"context"
	"fmt"
)

// Stage is how final a height is. Stages are ordered: a later stage implies the earlier ones,
// so callers should compare (st.Stage >= StageSequenced) rather than test equality; that keeps
// them correct when the stages between and after today's are added. The values leave gaps for
// those stages (checkpointed, certified, proven, on L1; see DESIGN.md §5 and §11).
type Stage int

const (
	// StageUnknown is the zero value; Finality never returns it without an error.
	StageUnknown Stage = 0
	// StagePending: the height is not committed yet (above the node's latest height).
	StagePending Stage = 10
	// StageSequenced: the height is committed by CometBFT, which has instant finality; its
	// order and content can no longer change ("soft" finality: trust in the validator set).
	StageSequenced Stage = 20
	// Reserved for later stages, in order: checkpointed (30), certified by a quorum
	// certificate (40), proven (50), checkpoint accepted on L1 (60).
)

// String names the stage.
func (s Stage) String() string {
	switch s {
	case StagePending:
		return "pending"
	case StageSequenced:
		return "sequenced"
	case StageUnknown:
		return "unknown"
	}
	return fmt.Sprintf("stage(%d)", int(s))
}

// FinalityStatus is the finality of one height. Later stages will add optional fields
// (e.g. a checkpoint number, an L1 tx hash) that stay zero until their stage is reached.
type FinalityStatus struct {
	Height int64
	Stage  Stage
	// LatestHeight is the node's latest committed height when the status was taken.
	LatestHeight int64
}

// Finality reports how final height is, as seen by the client's node.
func (c *Client) Finality(ctx context.Context, height int64) (FinalityStatus, error) {
	if height < 1 {
		return FinalityStatus{}, fmt.Errorf("finality: height %d < 1", height)
	}
	st, err := c.rpc.Status(ctx)
	if err != nil {
		return FinalityStatus{}, fmt.Errorf("finality of %d: status: %w", height, err)
	}
	return finalityAt(height, st.SyncInfo.LatestBlockHeight), nil
}

func finalityAt(height, latest int64) FinalityStatus {
	s := FinalityStatus{Height: height, Stage: StagePending, LatestHeight: latest}
	if height <= latest {
		s.Stage = StageSequenced
	}
	return s
}
