package e2e

import (
	"bufio"
	"context"
	"errors"
	"fmt"
	"math/rand"
	"net"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"sort"
	"strconv"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/stretchr/testify/require"

	"github.com/seq-network/seq/client"
	"github.com/seq-network/seq/prover/l1"
	rolluptypes "github.com/seq-network/seq/x/rollup/types"
)

// proverPortOffset keeps this test's seqd network clear of the other e2e tests and a localnet.
const proverPortOffset = 1400

// proverCapacity is the smallest useful circuit: setup and proofs take about a second.
const proverCapacity = 4

// proverInterval makes a checkpoint every ~2 s (500 ms blocks).
const proverInterval = 4

// proc is a child process in its own process group, killed at cleanup.
type proc struct {
	cmd *exec.Cmd
	log string
}

// startProc starts bin with args, logging to log; t.Cleanup kills its process group.
func startProc(t *testing.T, log, bin string, args ...string) *proc {
	t.Helper()
	f, err := os.OpenFile(log, os.O_CREATE|os.O_WRONLY|os.O_APPEND, 0o644)
	require.NoError(t, err)
	cmd := exec.Command(bin, args...)
	cmd.Stdout, cmd.Stderr = f, f
	cmd.SysProcAttr = &syscall.SysProcAttr{Setpgid: true}
	require.NoError(t, cmd.Start())
	p := &proc{cmd: cmd, log: log}
	t.Cleanup(func() { p.kill(); f.Close() })
	return p
}

// kill sends SIGKILL to the process group, as a crash would, and reaps it.
func (p *proc) kill() {
	if p.cmd.Process == nil || p.cmd.ProcessState != nil {
		return
	}
	_ = syscall.Kill(-p.cmd.Process.Pid, syscall.SIGKILL)
	_ = p.cmd.Wait()
}

func freePort(t *testing.T) int {
	t.Helper()
	l, err := net.Listen("tcp", "127.0.0.1:0")
	require.NoError(t, err)
	defer l.Close()
	return l.Addr().(*net.TCPAddr).Port
}

// runCmd runs a command to completion and fails the test with its output on error.
func runCmd(t *testing.T, timeout time.Duration, bin string, args ...string) string {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), timeout)
	defer cancel()
	out, err := exec.CommandContext(ctx, bin, args...).CombinedOutput()
	require.NoError(t, err, "%s %s:\n%s", filepath.Base(bin), strings.Join(args, " "), out)
	return string(out)
}

// proverKeysDir caches the capacity-4 keys between runs (setup is ~1 s at N=4, but also
// compiles the verifier with solc-js).
func proverKeysDir(t *testing.T) string {
	dir, err := os.UserCacheDir()
	if err != nil {
		return t.TempDir()
	}
	return filepath.Join(dir, "seq", "prover-keys")
}

// setCapacity sets x/checkpoint's capacity param (init-files has no flag for it).
func setCapacity(capacity int) func(map[string]any) {
	return func(g map[string]any) {
		cp := g["app_state"].(map[string]any)["checkpoint"].(map[string]any)
		cp["params"].(map[string]any)["capacity"] = capacity
	}
}

// proverEnv is a seqd network, an L1, the deployed registry and a running sidecar.
type proverEnv struct {
	t       *testing.T
	net     *Network
	dir     string
	bin     string
	l1URL   string
	keys    string
	dep     string
	home    string
	sidecar *proc
	reg     *l1.Registry
	block   uint64
}

// startProverEnv starts 4 validators (funding the fund addresses) and sets up keys for l1URL;
// deploy and startSidecar follow.
func startProverEnv(t *testing.T, l1URL string, offset int, fund ...string) *proverEnv {
	t.Helper()
	e := &proverEnv{t: t, dir: t.TempDir(), bin: Binary(t, "seq-prover"), l1URL: l1URL, keys: proverKeysDir(t)}
	e.net = StartNetworkWithGenesis(t, 4, offset, []string{"--checkpoint-interval", strconv.Itoa(proverInterval)}, setCapacity(proverCapacity), fund...)
	runCmd(t, 5*time.Minute, e.bin, "setup", "--capacity", strconv.Itoa(proverCapacity), "--keys-dir", e.keys,
		"--contracts", filepath.Join(RepoRoot(), "contracts"))
	return e
}

func (e *proverEnv) deploy(key string) {
	e.dep = filepath.Join(e.dir, "deployment.json")
	runCmd(e.t, 3*time.Minute, e.bin, "deploy", "--l1-rpc", e.l1URL, "--key", key, "--grpc", e.net.GRPC(0),
		"--rpc", e.net.RPC(0), "--keys-dir", e.keys, "--exclusive-window", "30", "--out", e.dep)
	bz, err := os.ReadFile(e.dep)
	require.NoError(e.t, err)
	var d struct {
		Registry common.Address `json:"registry"`
		Block    uint64         `json:"block"`
	}
	require.NoError(e.t, jsonUnmarshal(bz, &d))
	c, err := l1.Dial(context.Background(), e.l1URL)
	require.NoError(e.t, err)
	e.t.Cleanup(c.Close)
	e.reg, e.block = l1.NewRegistry(c, d.Registry), d.Block
}

func (e *proverEnv) startSidecar(key string, metricsPort int) {
	e.home = filepath.Join(e.dir, "prover-home")
	e.sidecar = startProc(e.t, filepath.Join(e.dir, "prover.log"), e.bin, "run", "--home", e.home,
		"--l1-rpc", e.l1URL, "--key", key, "--deployment", e.dep, "--grpc", e.net.GRPC(1), "--rpc", e.net.RPC(1),
		"--keys-dir", e.keys, "--metrics-addr", fmt.Sprintf("127.0.0.1:%d", metricsPort), "--poll", "200ms")
}

// waitPosted waits until the registry's latest epoch reaches epoch.
func (e *proverEnv) waitPosted(epoch uint64, timeout time.Duration) uint64 {
	e.t.Helper()
	deadline := time.Now().Add(timeout)
	for {
		got, err := e.reg.LatestEpoch(context.Background())
		if err == nil && got >= epoch {
			return got
		}
		if time.Now().After(deadline) {
			bz, _ := os.ReadFile(filepath.Join(e.dir, "prover.log"))
			if len(bz) > 4000 {
				bz = bz[len(bz)-4000:]
			}
			e.t.Fatalf("registry at epoch %d (err %v), want %d within %s; prover log tail:\n%s", got, err, epoch, timeout, bz)
		}
		time.Sleep(250 * time.Millisecond)
	}
}

// requireContiguousOnce checks the registry's CheckpointSubmitted events are epochs 1..n,
// each exactly once, in order.
func (e *proverEnv) requireContiguousOnce() uint64 {
	e.t.Helper()
	evs, err := e.reg.SubmittedEvents(context.Background(), e.block)
	require.NoError(e.t, err)
	for i, ev := range evs {
		require.Equal(e.t, uint64(i+1), ev.Epoch, "event %d: epochs must be 1..n exactly once", i)
	}
	latest, err := e.reg.LatestEpoch(context.Background())
	require.NoError(e.t, err)
	require.GreaterOrEqual(e.t, uint64(len(evs)), latest-1) // latest may land between the two reads
	return uint64(len(evs))
}

var latencyRe = regexp.MustCompile(`certified_to_l1_s=([0-9.]+)`)

// latencies reads the certification → L1 receipt latencies the sidecar logged.
func (e *proverEnv) latencies() []float64 {
	f, err := os.Open(filepath.Join(e.dir, "prover.log"))
	require.NoError(e.t, err)
	defer f.Close()
	var out []float64
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		if m := latencyRe.FindStringSubmatch(sc.Text()); m != nil {
			if v, err := strconv.ParseFloat(m[1], 64); err == nil && v > 0 {
				out = append(out, v)
			}
		}
	}
	sort.Float64s(out)
	return out
}

// proverRollup is the rollup whose lane TestProverEndToEnd verifies on L1.
const proverRollup = "l1-checked"

// TestProverEndToEnd: 4 validators, the embedded dev L1, setup, deploy and the sidecar as
// separate processes. Checkpoints are proven and posted in order; the sidecar is SIGKILLed
// mid-run and restarted; the registry ends with epochs 1..k each exactly once. Meanwhile a
// rollup submits blobs through the client; its lane is followed, and batches of an early and a
// later epoch are verified on L1 (VerifyOnL1), which refuses a checkpoint not posted yet and a
// tampered batch root.
func TestProverEndToEnd(t *testing.T) {
	if testing.Short() {
		t.Skip("multi-process e2e test")
	}
	bin := Binary(t, "seq-prover")
	dir := t.TempDir()
	l1Port := freePort(t)
	startProc(t, filepath.Join(dir, "devnet-l1.log"), bin, "devnet-l1", "--addr", fmt.Sprintf("127.0.0.1:%d", l1Port), "--block-time", "500ms")
	l1URL := fmt.Sprintf("http://127.0.0.1:%d", l1Port)
	accts := l1.DevAccounts(2)

	signers, addrs := newSigners(t, 1)
	e := startProverEnv(t, l1URL, proverPortOffset, addrs...)
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Minute)
	defer cancel()
	c0 := dial(ctx, t, e.net, 0)
	_, err := c0.RegisterRollup(ctx, signers[0], proverRollup, 4096, 64*1024, client.WaitForCommit())
	require.NoError(t, err)
	acked := newAckLog()
	sub := startSubmitter(ctx, c0, signers[0], acked) // before the first checkpoint is posted
	e.deploy(accts[0].KeyHex())
	metricsPort := freePort(t)
	e.startSidecar(accts[1].KeyHex(), metricsPort)

	first := e.waitPosted(3, 2*time.Minute)
	t.Logf("registry at epoch %d", first)
	requireMetrics(t, metricsPort)

	e.sidecar.kill()
	t.Log("sidecar SIGKILLed")
	// While it is down, checkpoints certify on seq but cannot reach L1.
	pending := requireNotOnL1Yet(ctx, t, c0, e.reg, signers[0], acked)
	e.startSidecar(accts[1].KeyHex(), metricsPort)
	last := e.waitPosted(first+4, 2*time.Minute)
	n := e.requireContiguousOnce()
	t.Logf("after restart: registry at epoch %d; events for epochs 1..%d exactly once", last, n)

	// The client library reports a height of a posted checkpoint as on L1.
	fin, err := c0.FinalityOnL1(ctx, e.reg, proverInterval)
	require.NoError(t, err)
	require.Equal(t, client.StageOnL1, fin.Stage, "height %d: %s", proverInterval, fin.Stage)

	require.NoError(t, sub.stop())
	lane := acked.sorted(proverRollup)
	requireLaneDelivers(ctx, t, c0, proverRollup, lane)
	requireVerifiedOnL1(ctx, t, c0, e.reg, lane, lane[0].Height, pending)

	lat := e.latencies()
	if len(lat) > 0 {
		t.Logf("certified → L1 receipt: n=%d p50=%.2fs max=%.2fs", len(lat), lat[len(lat)/2], lat[len(lat)-1])
	}
}

// submitter submits blobs to proverRollup in the background, one tx at a time, until stopped.
type submitter struct {
	quit chan struct{}
	done chan error
}

func startSubmitter(ctx context.Context, c *client.Client, s *client.Signer, acked *ackLog) *submitter {
	sub := &submitter{quit: make(chan struct{}), done: make(chan error, 1)}
	go func() {
		rng := rand.New(rand.NewSource(time.Now().UnixNano()))
		for {
			select {
			case <-sub.quit:
				sub.done <- nil
				return
			case <-time.After(300 * time.Millisecond):
			}
			blobs := randomBlobs(rng, 1+rng.Intn(2))
			res, err := c.SubmitBlobs(ctx, s, proverRollup, blobs, client.WaitForCommit())
			if err != nil {
				sub.done <- fmt.Errorf("submit: %w", err)
				return
			}
			acked.add(proverRollup, res, blobs)
		}
	}()
	return sub
}

// stop ends the submissions after the one in flight and returns the first error.
func (s *submitter) stop() error {
	close(s.quit)
	return <-s.done
}

// requireNotOnL1Yet, with the sidecar down, submits a batch, waits until its checkpoint is
// certified on seq and checks VerifyOnL1 says ErrNotOnL1Yet. It returns the batch's height.
func requireNotOnL1Yet(ctx context.Context, t *testing.T, c *client.Client, reg *l1.Registry, s *client.Signer, acked *ackLog) int64 {
	t.Helper()
	blobs := [][]byte{[]byte("while the prover is down")}
	res, err := c.SubmitBlobs(ctx, s, proverRollup, blobs, client.WaitForCommit())
	require.NoError(t, err)
	acked.add(proverRollup, res, blobs)
	require.Eventually(t, func() bool {
		fin, err := c.Finality(ctx, res.Height)
		return err == nil && fin.Stage >= client.StageCertified
	}, 20*time.Second, 200*time.Millisecond, "checkpoint of height %d certified", res.Height)
	_, err = c.VerifyOnL1(ctx, reg, proverRollup, res.Height)
	require.ErrorIs(t, err, client.ErrNotOnL1Yet, "height %d", res.Height)
	return res.Height
}

// requireVerifiedOnL1 verifies the batches at an early and a later height on L1 (through
// prover/l1's Registry and through client.RegistryAt over a plain ethclient), and checks that a
// tampered batch root is refused both by the client and by the registry itself.
func requireVerifiedOnL1(ctx context.Context, t *testing.T, c *client.Client, reg *l1.Registry, lane []ackedBlob, early, later int64) {
	t.Helper()
	v1, err := c.VerifyOnL1(ctx, reg, proverRollup, early)
	require.NoError(t, err, "height %d", early)
	require.True(t, v1.Verified)
	var v2 client.L1Verification
	require.Eventually(t, func() bool { // the restarted sidecar may still be catching up
		v2, err = c.VerifyOnL1(ctx, client.RegistryAt(reg.Client.Client, reg.Address), proverRollup, later)
		return !errors.Is(err, client.ErrNotOnL1Yet)
	}, 60*time.Second, 500*time.Millisecond)
	require.NoError(t, err, "height %d", later)
	require.True(t, v2.Verified)
	require.Less(t, v1.Epoch, v2.Epoch, "an early and a later epoch")
	// What L1 confirmed is the batch root of the blobs the rollup submitted at those heights.
	require.Equal(t, batchRootAt(lane, early), v1.BatchRoot[:])
	require.Equal(t, batchRootAt(lane, later), v2.BatchRoot[:])
	t.Logf("on L1: %s@%d in epoch %d, %s@%d in epoch %d", proverRollup, early, v1.Epoch, proverRollup, later, v2.Epoch)

	tampered := v1.L1Proof
	tampered.BatchRoot[0] ^= 1
	_, err = client.VerifyL1Proof(ctx, reg, tampered)
	require.ErrorIs(t, err, client.ErrVerificationFailed)
	ok, err := reg.VerifyRollupBatch(ctx, tampered.Epoch, proverRollup, uint64(early), tampered.BatchRoot, tampered.EntryProof, tampered.HeightProof)
	require.NoError(t, err)
	require.False(t, ok, "the registry must refuse a tampered batch root")
}

// batchRootAt is the batch root of the acknowledged blobs at height, in lane order.
func batchRootAt(lane []ackedBlob, height int64) []byte {
	var blobs [][]byte
	for _, b := range lane {
		if b.Height == height {
			blobs = append(blobs, b.Data)
		}
	}
	return rolluptypes.BatchRootOfBlobs(blobs)
}

// requireMetrics scrapes the sidecar's /metrics.
func requireMetrics(t *testing.T, port int) {
	t.Helper()
	var body string
	require.Eventually(t, func() bool {
		resp, err := httpGet(fmt.Sprintf("http://127.0.0.1:%d/metrics", port))
		body = resp
		return err == nil && strings.Contains(resp, "seq_prover_last_posted_epoch")
	}, 10*time.Second, 200*time.Millisecond)
	for _, m := range []string{"seq_prover_prove_seconds_bucket", "seq_prover_last_certified_epoch", "seq_prover_lag_epochs"} {
		require.Contains(t, body, m)
	}
}
