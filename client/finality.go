package client

import (
	"context"
	"fmt"

	checkpointtypes "github.com/seq-network/seq/x/checkpoint/types"
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
	case StageCheckpointed:
		return "checkpointed"
	case StageCertified:
		return "certified"
	case StageProven:
		return "proven"
	case StageOnL1:
		return "on L1"
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
	// Checkpoint is set from StageCheckpointed on: the checkpoint that covers the height.
	Checkpoint *CheckpointRef
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
	s := finalityAt(height, st.SyncInfo.LatestBlockHeight)
	c.addCheckpointStage(ctx, &s)
	return s, nil
}

func finalityAt(height, latest int64) FinalityStatus {
	s := FinalityStatus{Height: height, Stage: StagePending, LatestHeight: latest}
	if height <= latest {
		s.Stage = StageSequenced
	}
	return s
}

// Stages reached through x/checkpoint (DESIGN.md §5), filling the gaps reserved above.
const (
	// StageCheckpointed: the height is covered by checkpoint Checkpoint.Epoch, which is not
	// certified yet.
	StageCheckpointed Stage = 30
	// StageCertified: that checkpoint has a quorum certificate: validators holding more than 2/3
	// of its snapshot's power signed its msg_hash.
	StageCertified Stage = 40
)

// CheckpointRef names the checkpoint covering a height: heights (previous checkpoint's height,
// Height] belong to checkpoint Epoch.
type CheckpointRef struct {
	Epoch  uint64
	Height int64
	// CertifiedHeight is the height whose block certified the checkpoint; 0 until certified.
	CertifiedHeight int64
}

// addCheckpointStage raises a sequenced status to checkpointed or certified using x/checkpoint's
// Finality query. The stages are lower bounds, so if the query fails (e.g. a node without
// x/checkpoint) the status stays at the stage already established.
func (c *Client) addCheckpointStage(ctx context.Context, s *FinalityStatus) {
	if s.Stage < StageSequenced {
		return
	}
	resp, err := checkpointtypes.NewQueryClient(c.conn).Finality(ctx, &checkpointtypes.QueryFinalityRequest{Height: s.Height})
	if err != nil {
		return
	}
	switch resp.Stage {
	case checkpointtypes.FINALITY_STAGE_CHECKPOINTED:
		s.Stage = StageCheckpointed
	case checkpointtypes.FINALITY_STAGE_CERTIFIED:
		s.Stage = StageCertified
	default:
		return
	}
	s.Checkpoint = &CheckpointRef{Epoch: resp.Epoch, Height: resp.CheckpointHeight, CertifiedHeight: resp.CertifiedHeight}
}
