package client_test

import (
	"context"
	"fmt"
	"net"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"

	rpchttp "github.com/cometbft/cometbft/rpc/client/http"
	"github.com/stretchr/testify/require"
)

// localnet is a 1-validator seqd network in a temp dir, on free loopback ports so that it
// runs beside other localnets. Everything it starts is killed in t.Cleanup.
type localnet struct {
	t              *testing.T
	bin, home, log string
	rpc, grpc      string
	cmd            *exec.Cmd
}

// buildSeqd builds seqd into a temp dir (go's build cache keeps this fast after the first run),
// or uses $SEQD_BIN.
func buildSeqd(t *testing.T) string {
	if bin := os.Getenv("SEQD_BIN"); bin != "" {
		return bin
	}
	bin := filepath.Join(t.TempDir(), "seqd")
	cmd := exec.Command("go", "build", "-o", bin, "./cmd/seqd")
	cmd.Dir = ".."
	out, err := cmd.CombinedOutput()
	require.NoError(t, err, "go build seqd: %s", out)
	return bin
}

// startLocalnet writes the homes with init-files (funding fund) and starts node0.
func startLocalnet(t *testing.T, chainID string, fund ...string) *localnet {
	dir := t.TempDir()
	n := &localnet{t: t, bin: buildSeqd(t), home: filepath.Join(dir, "node0", "seqd"), log: filepath.Join(dir, "node0.log")}
	args := []string{"testnet", "init-files", "--v", "1", "--output-dir", dir, "--single-host", "--port-step", "10", "--chain-id", chainID}
	if len(fund) > 0 {
		args = append(args, "--fund", strings.Join(fund, ","))
	}
	out, err := exec.Command(n.bin, args...).CombinedOutput()
	require.NoError(t, err, "init-files: %s", out)
	n.remapPorts()
	n.start()
	t.Cleanup(n.stop)
	return n
}

// remapPorts moves every listener of node0 from the standard ports to free ones.
func (n *localnet) remapPorts() {
	ports := map[int]int{}
	for _, p := range []int{26656, 26657, 26658, 9090, 1317} {
		ports[p] = freePort(n.t)
	}
	n.rpc, n.grpc = fmt.Sprintf("http://127.0.0.1:%d", ports[26657]), fmt.Sprintf("127.0.0.1:%d", ports[9090])
	for _, f := range []string{"config/config.toml", "config/app.toml"} {
		path := filepath.Join(n.home, f)
		bz, err := os.ReadFile(path)
		require.NoError(n.t, err)
		s := strings.ReplaceAll(string(bz), "prometheus = true", "prometheus = false")
		for from, to := range ports {
			s = strings.ReplaceAll(s, fmt.Sprintf("127.0.0.1:%d\"", from), fmt.Sprintf("127.0.0.1:%d\"", to))
		}
		require.NoError(n.t, os.WriteFile(path, []byte(s), 0o644))
	}
}

func freePort(t *testing.T) int {
	l, err := net.Listen("tcp", "127.0.0.1:0")
	require.NoError(t, err)
	defer l.Close()
	return l.Addr().(*net.TCPAddr).Port
}

// start runs `seqd start` in its own process group and waits for the first block.
func (n *localnet) start() {
	logf, err := os.OpenFile(n.log, os.O_CREATE|os.O_APPEND|os.O_WRONLY, 0o644)
	require.NoError(n.t, err)
	defer logf.Close()
	n.cmd = exec.Command(n.bin, "start", "--home", n.home)
	n.cmd.Stdout, n.cmd.Stderr = logf, logf
	n.cmd.SysProcAttr = &syscall.SysProcAttr{Setpgid: true}
	require.NoError(n.t, n.cmd.Start())
	n.waitHeight(1, 60*time.Second)
}

// stop terminates the node's process group: SIGTERM, then SIGKILL after 10 s.
func (n *localnet) stop() {
	if n.cmd == nil || n.cmd.Process == nil {
		return
	}
	pgid := n.cmd.Process.Pid
	done := make(chan struct{})
	go func() {
		if err := n.cmd.Wait(); err != nil {
			n.t.Logf("node exited: %v", err) // expected after SIGTERM
		}
		close(done)
	}()
	if err := syscall.Kill(-pgid, syscall.SIGTERM); err != nil {
		n.t.Logf("SIGTERM node: %v", err)
	}
	select {
	case <-done:
	case <-time.After(10 * time.Second):
		if err := syscall.Kill(-pgid, syscall.SIGKILL); err != nil {
			n.t.Logf("SIGKILL node: %v", err)
		}
		<-done
	}
	n.cmd = nil
}

// restart stops and starts the node with the same home (same ports, same chain) and waits
// for a block past the old tip: until then the node reports its stored height but its gRPC
// queries fail for lack of a check state.
func (n *localnet) restart() {
	tip := n.height()
	n.stop()
	n.start()
	n.waitHeight(tip+2, 60*time.Second)
}

func (n *localnet) height() int64 {
	c, err := rpchttp.New(n.rpc, "/websocket")
	require.NoError(n.t, err)
	st, err := c.Status(context.Background())
	require.NoError(n.t, err)
	return st.SyncInfo.LatestBlockHeight
}

func (n *localnet) waitHeight(h int64, timeout time.Duration) {
	c, err := rpchttp.New(n.rpc, "/websocket")
	require.NoError(n.t, err)
	ctx, cancel := context.WithTimeout(context.Background(), timeout)
	defer cancel()
	for {
		if st, err := c.Status(ctx); err == nil && st.SyncInfo.LatestBlockHeight >= h {
			return
		}
		select {
		case <-ctx.Done():
			logs, err := os.ReadFile(n.log)
			if err != nil {
				logs = []byte(err.Error())
			}
			n.t.Fatalf("node did not reach height %d: %v\n%s", h, ctx.Err(), tail(logs, 3000))
		case <-time.After(200 * time.Millisecond):
		}
	}
}

func tail(b []byte, n int) []byte {
	if len(b) > n {
		return b[len(b)-n:]
	}
	return b
}
