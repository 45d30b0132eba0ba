package e2e

import (
	"context"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/crypto"

	"github.com/seq-network/seq/prover/l1"
)

// gethVersions are tried in order: the go-ethereum release pinned in go.mod (DESIGN.md §3) first,
// then the newest release whose dependencies the Go module proxy serves here (v1.17.x's
// github.com/attestantio/go-eth2-client@v0.30.1 is refused with 403, so its geth cannot be built).
var gethVersions = []string{"v1.17.10", "v1.16.7"}

// gethDevKey is geth --dev's fixed developer key (cmd/utils.DeveloperKey), funded in a fresh
// --dev datadir.
const gethDevKey = "b71c71a67e1177ad4e901695e1b4b9ee17ae16c6668d313eac2f96dbcda3f291"

// proverGethPortOffset keeps the geth test's seqd network clear of TestProverEndToEnd's.
const proverGethPortOffset = 1600

// gethBinary builds geth once into the user cache (reruns are instant), trying gethVersions in
// order; it skips the test only when none builds (e.g. offline without the modules cached).
func gethBinary(t *testing.T) string {
	t.Helper()
	dir, err := os.UserCacheDir()
	if err != nil {
		dir = t.TempDir()
	}
	var failures string
	for _, v := range gethVersions {
		gobin := filepath.Join(dir, "seq", "geth-"+v)
		bin := filepath.Join(gobin, "geth")
		if _, err := os.Stat(bin); err == nil {
			t.Logf("using geth %s", v)
			return bin
		}
		cmd := exec.Command("go", "install", "github.com/ethereum/go-ethereum/cmd/geth@"+v)
		cmd.Env = append(os.Environ(), "GOBIN="+gobin, "GOFLAGS=")
		out, err := cmd.CombinedOutput()
		if err == nil {
			t.Logf("built geth %s", v)
			return bin
		}
		failures += fmt.Sprintf("geth %s: %v\n%s\n", v, err, tail(out, 600))
	}
	t.Skipf("cannot build geth (offline?):\n%s", failures)
	return ""
}

func tail(b []byte, n int) []byte {
	if len(b) > n {
		return b[len(b)-n:]
	}
	return b
}

// TestProverGethDev is TestProverEndToEnd's happy path against a real `geth --dev` node instead
// of the embedded dev L1: deploy, prove and post several epochs in order.
func TestProverGethDev(t *testing.T) {
	if testing.Short() {
		t.Skip("multi-process e2e test")
	}
	geth := gethBinary(t)
	dir := t.TempDir()
	port := freePort(t)
	startProc(t, filepath.Join(dir, "geth.log"), geth, "--dev", "--dev.period", "1", "--datadir", filepath.Join(dir, "geth"),
		"--http", "--http.addr", "127.0.0.1", "--http.port", strconv.Itoa(port), "--http.api", "eth,net,web3,txpool",
		"--ipcdisable", "--port", "0", "--authrpc.port", strconv.Itoa(freePort(t)), "--nodiscover", "--verbosity", "2")
	url := fmt.Sprintf("http://127.0.0.1:%d", port)
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	c, err := l1.Dial(ctx, url) // retries until geth serves RPC
	if err != nil {
		t.Fatalf("geth RPC: %v", err)
	}
	c.Close()
	key, err := crypto.HexToECDSA(gethDevKey)
	if err != nil {
		t.Fatal(err)
	}

	e := startProverEnv(t, url, proverGethPortOffset)
	e.deploy(gethDevKey)
	e.startSidecar(gethDevKey, freePort(t))
	got := e.waitPosted(3, 2*time.Minute)
	n := e.requireContiguousOnce()
	t.Logf("geth --dev (developer %s): registry at epoch %d; events 1..%d exactly once", crypto.PubkeyToAddress(key.PublicKey), got, n)
}
