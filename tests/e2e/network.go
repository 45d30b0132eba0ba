// Package e2e runs real seqd processes on 127.0.0.1 and drives them through the client library.
// The helpers here build the binaries once, lay out a single-host testnet with `seqd testnet
// init-files`, and start, kill and restart validators as separate OS processes.
package e2e

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"strconv"
	"sync"
	"syscall"
	"testing"
	"time"
)

var (
	buildOnce sync.Once
	binDir    string
	buildErr  error
)

// RepoRoot is the repository root, found from this file's location.
func RepoRoot() string {
	_, file, _, _ := runtime.Caller(0)
	return filepath.Join(filepath.Dir(file), "..", "..")
}

// Binary builds (once per test process) and returns the path of ./cmd/<name>.
func Binary(t testing.TB, name string) string {
	t.Helper()
	buildOnce.Do(func() {
		binDir, buildErr = os.MkdirTemp("", "seq-e2e-bin-")
		if buildErr != nil {
			return
		}
		// seqd as shipped (Makefile SEQD_TAGS: the cgo libsecp256k1 verifier); the other
		// binaries link go-ethereum's own copy of libsecp256k1 and cannot take the tag.
		for _, args := range [][]string{
			{"build", "-tags", "libsecp256k1_sdk", "-o", binDir + "/", "./cmd/seqd"},
			{"build", "-o", binDir + "/", "./cmd/seq-load", "./cmd/seq-prover"},
		} {
			cmd := exec.Command("go", args...)
			cmd.Dir = RepoRoot()
			if out, err := cmd.CombinedOutput(); err != nil {
				buildErr = fmt.Errorf("go %v: %w\n%s", args, err, out)
				return
			}
		}
	})
	if buildErr != nil {
		t.Fatal(buildErr)
	}
	return filepath.Join(binDir, name)
}

// Network is a single-host testnet of seqd validator processes.
type Network struct {
	t       testing.TB
	Dir     string
	ChainID string
	Seqd    string
	offset  int
	procs   []*exec.Cmd
}

// PortStep is the port distance between nodes; Ports returns node i's ports.
const PortStep = 10

// Ports of a node: CometBFT RPC and gRPC.
type Ports struct{ RPC, GRPC int }

// StartNetwork lays out n validators (funding the given extra accounts) and starts them all.
// portOffset shifts every port so that tests of different packages can run side by side. Keep
// every port below Linux's ephemeral range (32768+, so offsets under ~6000): a port in that range
// can be taken by some process's outgoing connection before the node binds it (seen once: a
// validator's RPC at 51667 never came up). The tests use 1000, 1200, 1400 and 1600; the localnet
// uses 0 and the throughput benchmark 4000 and 28656+.
func StartNetwork(t testing.TB, n, portOffset int, fund ...string) *Network {
	t.Helper()
	return StartNetworkWithArgs(t, n, portOffset, nil, fund...)
}

// StartNetworkWithArgs is StartNetwork with extra `seqd testnet init-files` flags
// (e.g. --checkpoint-interval).
func StartNetworkWithArgs(t testing.TB, n, portOffset int, initArgs []string, fund ...string) *Network {
	t.Helper()
	return StartNetworkWithGenesis(t, n, portOffset, initArgs, nil, fund...)
}

// StartNetworkWithGenesis is StartNetworkWithArgs with edit applied to every node's genesis
// (decoded JSON) before the nodes start, e.g. to set a module param init-files has no flag for.
func StartNetworkWithGenesis(t testing.TB, n, portOffset int, initArgs []string, edit func(genesis map[string]any), fund ...string) *Network {
	t.Helper()
	net := &Network{t: t, Dir: t.TempDir(), ChainID: "seq-e2e", Seqd: Binary(t, "seqd"), offset: portOffset}
	args := []string{"testnet", "init-files", "--v", strconv.Itoa(n), "--output-dir", net.Dir, "--single-host",
		"--chain-id", net.ChainID, "--port-step", strconv.Itoa(PortStep), "--port-offset", strconv.Itoa(portOffset),
		"--keyring-backend", "test"}
	if len(fund) > 0 {
		args = append(args, "--fund", joinComma(fund))
	}
	args = append(args, initArgs...)
	if out, err := exec.Command(net.Seqd, args...).CombinedOutput(); err != nil {
		t.Fatalf("init-files: %v\n%s", err, out)
	}
	if edit != nil {
		for i := 0; i < n; i++ {
			editGenesis(t, filepath.Join(net.Home(i), "config", "genesis.json"), edit)
		}
	}
	net.procs = make([]*exec.Cmd, n)
	t.Cleanup(net.StopAll)
	for i := 0; i < n; i++ {
		net.Start(i)
	}
	net.WaitHeight(0, 2, 90*time.Second)
	return net
}

func editGenesis(t testing.TB, path string, edit func(map[string]any)) {
	t.Helper()
	bz, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	var g map[string]any
	dec := json.NewDecoder(bytes.NewReader(bz))
	dec.UseNumber() // keep big integers exact
	if err := dec.Decode(&g); err != nil {
		t.Fatalf("%s: %v", path, err)
	}
	edit(g)
	if bz, err = json.MarshalIndent(g, "", "  "); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(path, bz, 0o644); err != nil {
		t.Fatal(err)
	}
}

func joinComma(s []string) string {
	out := ""
	for i, x := range s {
		if i > 0 {
			out += ","
		}
		out += x
	}
	return out
}

// Home is node i's home directory.
func (n *Network) Home(i int) string { return filepath.Join(n.Dir, fmt.Sprintf("node%d", i), "seqd") }

// Ports returns node i's ports.
func (n *Network) Ports(i int) Ports {
	return Ports{RPC: 26657 + n.offset + i*PortStep, GRPC: 9090 + n.offset + i*PortStep}
}

// RPC is node i's CometBFT RPC URL.
func (n *Network) RPC(i int) string { return fmt.Sprintf("http://127.0.0.1:%d", n.Ports(i).RPC) }

// GRPC is node i's gRPC address.
func (n *Network) GRPC(i int) string { return fmt.Sprintf("127.0.0.1:%d", n.Ports(i).GRPC) }

// Start starts node i (again) as a separate process, logging to <dir>/node<i>.log.
func (n *Network) Start(i int) {
	n.t.Helper()
	logf, err := os.OpenFile(filepath.Join(n.Dir, fmt.Sprintf("node%d.log", i)), os.O_CREATE|os.O_WRONLY|os.O_APPEND, 0o644)
	if err != nil {
		n.t.Fatal(err)
	}
	cmd := exec.Command(n.Seqd, "start", "--home", n.Home(i))
	cmd.Stdout, cmd.Stderr = logf, logf
	cmd.SysProcAttr = &syscall.SysProcAttr{Setpgid: true}
	if err := cmd.Start(); err != nil {
		n.t.Fatalf("start node%d: %v", i, err)
	}
	n.procs[i] = cmd
}

// Kill stops node i with SIGKILL, as a crash would.
func (n *Network) Kill(i int) {
	if c := n.procs[i]; c != nil && c.Process != nil {
		_ = syscall.Kill(-c.Process.Pid, syscall.SIGKILL)
		_, _ = c.Process.Wait()
		n.procs[i] = nil
	}
}

// StopAll kills every node; it runs at test cleanup.
func (n *Network) StopAll() {
	for i := range n.procs {
		n.Kill(i)
	}
}

// Status is the subset of CometBFT's /status the tests read.
type Status struct {
	Height  int64
	AppHash string
}

// Status returns node i's latest height and app hash.
func (n *Network) Status(i int) (Status, error) {
	var out struct {
		Result struct {
			SyncInfo struct {
				Height  string `json:"latest_block_height"`
				AppHash string `json:"latest_app_hash"`
			} `json:"sync_info"`
		} `json:"result"`
	}
	if err := getJSON(n.RPC(i)+"/status", &out); err != nil {
		return Status{}, err
	}
	h, err := strconv.ParseInt(out.Result.SyncInfo.Height, 10, 64)
	return Status{Height: h, AppHash: out.Result.SyncInfo.AppHash}, err
}

// AppHashAt returns the app hash node i committed after executing height h
// (the AppHash field of header h+1).
func (n *Network) AppHashAt(i int, h int64) (string, error) {
	var out struct {
		Result struct {
			Block struct {
				Header struct {
					AppHash string `json:"app_hash"`
				} `json:"header"`
			} `json:"block"`
		} `json:"result"`
	}
	err := getJSON(fmt.Sprintf("%s/block?height=%d", n.RPC(i), h+1), &out)
	return out.Result.Block.Header.AppHash, err
}

// WaitHeight waits until node i reaches height h.
func (n *Network) WaitHeight(i int, h int64, timeout time.Duration) {
	n.t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), timeout)
	defer cancel()
	for {
		if st, err := n.Status(i); err == nil && st.Height >= h {
			return
		}
		select {
		case <-ctx.Done():
			n.t.Fatalf("node%d did not reach height %d within %s (log: %s)", i, h, timeout, n.logTail(i))
		case <-time.After(250 * time.Millisecond):
		}
	}
}

func (n *Network) logTail(i int) string {
	bz, _ := os.ReadFile(filepath.Join(n.Dir, fmt.Sprintf("node%d.log", i)))
	if len(bz) > 2000 {
		bz = bz[len(bz)-2000:]
	}
	return string(bz)
}

func getJSON(url string, v any) error {
	c := http.Client{Timeout: 3 * time.Second}
	resp, err := c.Get(url)
	if err != nil {
		return err
	}
	defer resp.Body.Close()
	bz, err := io.ReadAll(resp.Body)
	if err != nil {
		return err
	}
	if resp.StatusCode != http.StatusOK {
		return fmt.Errorf("%s: %s: %s", url, resp.Status, bz)
	}
	return json.Unmarshal(bz, v)
}

func jsonUnmarshal(bz []byte, v any) error { return json.Unmarshal(bz, v) }

// httpGet returns the body of a GET (3 s timeout).
func httpGet(url string) (string, error) {
	c := http.Client{Timeout: 3 * time.Second}
	resp, err := c.Get(url)
	if err != nil {
		return "", err
	}
	defer resp.Body.Close()
	bz, err := io.ReadAll(resp.Body)
	return string(bz), err
}
