package e2e

import (
	"context"
	"encoding/json"
	"fmt"
	"os/exec"
	"strconv"
	"testing"
	"time"

	"github.com/stretchr/testify/require"

	"github.com/seq-network/seq/client"
)

// checkpointPortOffset keeps this test's network clear of the lanes test and a localnet.
const checkpointPortOffset = 1200

// checkpointInterval is small so that the test sees many checkpoints: one per ~2.5 s.
const checkpointInterval = 5

// TestCheckpointsEndToEnd: 4 real validators with checkpoint keys in genesis. Checkpoints
// certify continuously; with one validator killed they keep certifying (3 of 4 > 2/3); with two
// down the chain (and certification) stops; after both restart, certification resumes with no
// gap. Every node agrees on every checkpoint and its msg_hash.
func TestCheckpointsEndToEnd(t *testing.T) {
	if testing.Short() {
		t.Skip("multi-process e2e test")
	}
	net := StartNetworkWithArgs(t, 4, checkpointPortOffset, []string{"--checkpoint-interval", strconv.Itoa(checkpointInterval)})

	e := waitCertified(t, net, 0, 3, 60*time.Second)
	t.Logf("all 4 up: epoch %d certified", e)

	net.Kill(3)
	e = waitCertified(t, net, 0, e+3, 60*time.Second)
	t.Logf("node3 down: certified up to epoch %d", e)

	net.Kill(2)
	time.Sleep(3 * time.Second) // let an in-flight height settle
	stalled := latestCertified(t, net, 0)
	h0, err := net.Status(0)
	require.NoError(t, err)
	time.Sleep(5 * time.Second)
	h1, err := net.Status(0)
	require.NoError(t, err)
	require.LessOrEqual(t, h1.Height, h0.Height+1, "2 of 4 must not make progress")
	require.Equal(t, stalled, latestCertified(t, net, 0), "no certification while 2 of 4 are down")
	t.Logf("nodes 2 and 3 down: stalled at height %d, certified epoch %d", h1.Height, stalled)

	net.Start(2)
	net.Start(3)
	e = waitCertified(t, net, 0, stalled+3, 90*time.Second)
	tip, err := net.Status(0)
	require.NoError(t, err)
	for i := 1; i < 4; i++ {
		net.WaitHeight(i, tip.Height, 60*time.Second)
	}
	t.Logf("restarted: certified up to epoch %d", e)

	requireNoGap(t, net, e)
	requireAgreement(t, net, e)

	// The client library sees the stages too.
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	fin, err := dial(ctx, t, net, 1).Finality(ctx, 3)
	require.NoError(t, err)
	require.Equal(t, client.StageCertified, fin.Stage)
	require.Equal(t, uint64(1), fin.Checkpoint.Epoch)
}

// cpJSON is the subset of a checkpoint's JSON the test reads (uint64s are JSON strings).
type cpJSON struct {
	Epoch          string `json:"epoch"`
	Height         string `json:"height"`
	Status         string `json:"status"`
	CheckpointHash string `json:"checkpoint_hash"`
	MsgHash        string `json:"msg_hash"`
	ValsetHash     string `json:"valset_hash"`
	NextValsetHash string `json:"next_valset_hash"`
	PrevHash       string `json:"prev_hash"`
}

// query runs `seqd q checkpoint <args> -o json` against node i.
func query(t *testing.T, net *Network, i int, out any, args ...string) error {
	t.Helper()
	full := append([]string{"q", "checkpoint"}, args...)
	full = append(full, "--node", fmt.Sprintf("tcp://127.0.0.1:%d", net.Ports(i).RPC), "-o", "json", "--home", net.Home(i))
	bz, err := exec.Command(net.Seqd, full...).CombinedOutput()
	if err != nil {
		return fmt.Errorf("seqd %v: %w: %s", full, err, bz)
	}
	return json.Unmarshal(bz, out)
}

func latestCertified(t *testing.T, net *Network, i int) uint64 {
	var resp struct {
		Certified *cpJSON `json:"certified"`
	}
	if err := query(t, net, i, &resp, "latest"); err != nil || resp.Certified == nil {
		return 0
	}
	e, _ := strconv.ParseUint(resp.Certified.Epoch, 10, 64)
	return e
}

// waitCertified waits until node i reports a certified epoch >= epoch and returns it.
func waitCertified(t *testing.T, net *Network, i int, epoch uint64, timeout time.Duration) uint64 {
	t.Helper()
	deadline := time.Now().Add(timeout)
	for time.Now().Before(deadline) {
		if e := latestCertified(t, net, i); e >= epoch {
			return e
		}
		time.Sleep(500 * time.Millisecond)
	}
	t.Fatalf("node%d: epoch %d not certified within %s (log: %s)", i, epoch, timeout, net.logTail(i))
	return 0
}

func checkpointAt(t *testing.T, net *Network, i int, epoch uint64) cpJSON {
	t.Helper()
	var resp struct {
		Checkpoint cpJSON `json:"checkpoint"`
	}
	require.NoError(t, query(t, net, i, &resp, "checkpoint", strconv.FormatUint(epoch, 10)))
	return resp.Checkpoint
}

// requireNoGap: every epoch up to upTo is certified and the valset and prev-hash chains hold.
func requireNoGap(t *testing.T, net *Network, upTo uint64) {
	var prev cpJSON
	for e := uint64(1); e <= upTo; e++ {
		c := checkpointAt(t, net, 0, e)
		require.Equal(t, "CHECKPOINT_STATUS_CERTIFIED", c.Status, "epoch %d", e)
		require.Equal(t, strconv.Itoa(int(e)*checkpointInterval), c.Height, "epoch %d", e)
		if e > 1 {
			require.Equal(t, prev.CheckpointHash, c.PrevHash, "prev_hash chain at %d", e)
			require.Equal(t, prev.NextValsetHash, c.ValsetHash, "valset chain at %d", e)
		}
		prev = c
	}
}

// requireAgreement: all nodes hold the same checkpoint and sign bytes for every epoch.
func requireAgreement(t *testing.T, net *Network, upTo uint64) {
	for e := uint64(1); e <= upTo; e++ {
		want := checkpointAt(t, net, 0, e)
		var wantSB struct {
			MsgHash string `json:"msg_hash"`
		}
		require.NoError(t, query(t, net, 0, &wantSB, "sign-bytes", strconv.FormatUint(e, 10)))
		require.Equal(t, want.MsgHash, wantSB.MsgHash)
		for i := 1; i < 4; i++ {
			got := checkpointAt(t, net, i, e)
			require.Equal(t, want.CheckpointHash, got.CheckpointHash, "node%d epoch %d", i, e)
			require.Equal(t, want.MsgHash, got.MsgHash, "node%d epoch %d", i, e)
			var sb struct {
				MsgHash string `json:"msg_hash"`
			}
			require.NoError(t, query(t, net, i, &sb, "sign-bytes", strconv.FormatUint(e, 10)))
			require.Equal(t, wantSB.MsgHash, sb.MsgHash, "node%d epoch %d", i, e)
		}
	}
}
