package e2e

import (
	"bufio"
	"context"
	"fmt"
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
)

// proverPortOffset keeps this test's seqd network clear of the other e2e tests and a localnet.
const proverPortOffset = 25000

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

// startProverEnv starts 4 validators, sets up keys, deploys against l1URL with dev key
// deployKey, and returns before the sidecar starts.
func startProverEnv(t *testing.T, l1URL string, offset int) *proverEnv {
	t.Helper()
	e := &proverEnv{t: t, dir: t.TempDir(), bin: Binary(t, "seq-prover"), l1URL: l1URL, keys: proverKeysDir(t)}
	e.net = StartNetworkWithGenesis(t, 4, offset, []string{"--checkpoint-interval", strconv.Itoa(proverInterval)}, setCapacity(proverCapacity))
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

// TestProverEndToEnd: 4 validators, the embedded dev L1, setup, deploy and the sidecar as
// separate processes. Checkpoints are proven and posted in order; the sidecar is SIGKILLed
// mid-run and restarted; the registry ends with epochs 1..k each exactly once.
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

	e := startProverEnv(t, l1URL, proverPortOffset)
	e.deploy(accts[0].KeyHex())
	metricsPort := freePort(t)
	e.startSidecar(accts[1].KeyHex(), metricsPort)

	first := e.waitPosted(3, 2*time.Minute)
	t.Logf("registry at epoch %d", first)
	requireMetrics(t, metricsPort)

	e.sidecar.kill()
	t.Log("sidecar SIGKILLed")
	time.Sleep(3 * time.Second) // let checkpoints certify while it is down: it restarts behind
	e.startSidecar(accts[1].KeyHex(), metricsPort)
	last := e.waitPosted(first+4, 2*time.Minute)
	n := e.requireContiguousOnce()
	t.Logf("after restart: registry at epoch %d; events for epochs 1..%d exactly once", last, n)

	// The client library reports a height of a posted checkpoint as on L1.
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	fin, err := dial(ctx, t, e.net, 0).FinalityOnL1(ctx, e.reg, proverInterval)
	require.NoError(t, err)
	require.Equal(t, client.StageOnL1, fin.Stage, "height %d: %s", proverInterval, fin.Stage)

	lat := e.latencies()
	if len(lat) > 0 {
		t.Logf("certified → L1 receipt: n=%d p50=%.2fs max=%.2fs", len(lat), lat[len(lat)/2], lat[len(lat)-1])
	}
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
