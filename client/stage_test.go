package client

import "testing"

// TestStageNames: every stage has a name, and the stages are ordered.
func TestStageNames(t *testing.T) {
	want := map[Stage]string{StagePending: "pending", StageSequenced: "sequenced", StageCheckpointed: "checkpointed",
		StageCertified: "certified", StageProven: "proven", StageOnL1: "on L1", StageUnknown: "unknown"}
	for s, name := range want {
		if s.String() != name {
			t.Errorf("Stage(%d).String() = %q, want %q", int(s), s.String(), name)
		}
	}
	if !(StageCertified < StageProven && StageProven < StageOnL1) {
		t.Error("stages must be ordered")
	}
}
