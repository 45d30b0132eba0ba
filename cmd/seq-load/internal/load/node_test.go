package load_test

import (
	"context"
	"fmt"
	"net"
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/cometbft/cometbft/abci/example/kvstore"
	cmtcfg "github.com/cometbft/cometbft/config"
	"github.com/cometbft/cometbft/libs/log"
	"github.com/cometbft/cometbft/node"
	"github.com/cometbft/cometbft/p2p"
	"github.com/cometbft/cometbft/privval"
	"github.com/cometbft/cometbft/proxy"
	rpchttp "github.com/cometbft/cometbft/rpc/client/http"
	cmttypes "github.com/cometbft/cometbft/types"
	cmttime "github.com/cometbft/cometbft/types/time"
	"github.com/stretchr/testify/require"

	"github.com/seq-network/seq/cmd/seq-load/internal/load"
)

// TestRawAgainstKVStoreNode runs the engine for a few seconds against a real
// single-validator CometBFT node with the kvstore app, in-process.
func TestRawAgainstKVStoreNode(t *testing.T) {
	rpcAddr := startKVStoreNode(t)
	src, err := load.NewRawSource(256)
	require.NoError(t, err)
	cfg := load.Config{
		Nodes: []string{rpcAddr}, Rate: 200, Duration: 3 * time.Second, Drain: 5 * time.Second,
		Workers: 8, TxEvents: true,
	}
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	rep, err := load.Run(ctx, cfg, src)
	require.NoError(t, err)
	t.Logf("report: %+v", *rep)
	require.Positive(t, rep.Committed)
	require.Equal(t, rep.Sent, rep.Committed+rep.Failed)
	require.InDelta(t, 600, rep.Sent, 60)
	require.Equal(t, int(rep.Committed), rep.LatencyMs.Samples)
	require.Positive(t, rep.LatencyMs.P50)
	require.Positive(t, rep.Blocks.Count)
}

// startKVStoreNode starts a one-validator kvstore chain on 127.0.0.1 random
// ports in a temp home, waits until it has made a block, and returns its RPC
// address.
func startKVStoreNode(t *testing.T) string {
	t.Helper()
	cfg := nodeConfig(t)
	pv := privval.GenFilePV(cfg.PrivValidatorKeyFile(), cfg.PrivValidatorStateFile())
	pv.Save()
	writeGenesis(t, cfg, pv)
	nodeKey, err := p2p.LoadOrGenNodeKey(cfg.NodeKeyFile())
	require.NoError(t, err)
	n, err := node.NewNode(cfg, pv, nodeKey, proxy.NewLocalClientCreator(kvstore.NewInMemoryApplication()),
		node.DefaultGenesisDocProviderFunc(cfg), cmtcfg.DefaultDBProvider,
		node.DefaultMetricsProvider(cfg.Instrumentation), log.NewNopLogger())
	require.NoError(t, err)
	require.NoError(t, n.Start())
	t.Cleanup(func() {
		require.NoError(t, n.Stop())
		n.Wait()
	})
	addr := "http://" + cfg.RPC.ListenAddress[len("tcp://"):]
	waitForHeight(t, addr, 1)
	return addr
}

// nodeConfig uses CometBFT's test config (in-memory DBs) with 200 ms blocks.
// The home is removed by hand rather than by t.TempDir: a stopped node's
// address book can still be flushed into config/ while the directory is being
// removed, and TempDir fails the test on that race.
func nodeConfig(t *testing.T) *cmtcfg.Config {
	home, err := os.MkdirTemp("", "seq-load-node")
	require.NoError(t, err)
	t.Cleanup(func() {
		if err := os.RemoveAll(home); err != nil {
			t.Logf("remove %s: %v", home, err)
		}
	})
	cmtcfg.EnsureRoot(home)
	cfg := cmtcfg.TestConfig().SetRoot(home)
	cfg.P2P.ListenAddress = "tcp://" + freeAddr(t)
	cfg.RPC.ListenAddress = "tcp://" + freeAddr(t)
	cfg.RPC.GRPCListenAddress = ""
	cfg.Consensus.TimeoutCommit = 200 * time.Millisecond
	cfg.Consensus.SkipTimeoutCommit = false
	cfg.Instrumentation.Prometheus = false
	cfg.P2P.PexReactor = false // one node: no peers to exchange, no address book to flush
	cfg.DBBackend = "memdb"
	return cfg
}

func writeGenesis(t *testing.T, cfg *cmtcfg.Config, pv *privval.FilePV) {
	pub, err := pv.GetPubKey()
	require.NoError(t, err)
	gen := cmttypes.GenesisDoc{
		ChainID: "seq-load-test", GenesisTime: cmttime.Now(),
		ConsensusParams: cmttypes.DefaultConsensusParams(),
		Validators:      []cmttypes.GenesisValidator{{Address: pub.Address(), PubKey: pub, Power: 10, Name: "v0"}},
	}
	require.NoError(t, gen.SaveAs(filepath.Join(cfg.RootDir, cfg.Genesis)))
}

// freeAddr returns a 127.0.0.1 address with a port free right now.
func freeAddr(t *testing.T) string {
	l, err := net.Listen("tcp", "127.0.0.1:0")
	require.NoError(t, err)
	defer l.Close()
	return l.Addr().String()
}

func waitForHeight(t *testing.T, addr string, h int64) {
	c, err := rpchttp.New(addr, "/websocket")
	require.NoError(t, err)
	require.Eventually(t, func() bool {
		st, err := c.Status(context.Background())
		return err == nil && st.SyncInfo.LatestBlockHeight >= h
	}, 20*time.Second, 50*time.Millisecond, fmt.Sprintf("node at %s never reached height %d", addr, h))
}
