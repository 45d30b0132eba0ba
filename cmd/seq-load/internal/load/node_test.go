package load_test

import (
	"context"
	"crypto/rand"
	"encoding/hex"
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
	"github.com/cometbft/cometbft/rpc/client/local"
	cmttypes "github.com/cometbft/cometbft/types"
	cmttime "github.com/cometbft/cometbft/types/time"
	"github.com/stretchr/testify/require"
	"google.golang.org/grpc"
	"google.golang.org/grpc/credentials/insecure"

	sdkclient "github.com/cosmos/cosmos-sdk/client"
	"github.com/cosmos/cosmos-sdk/codec"
	sdkerrors "github.com/cosmos/cosmos-sdk/types/errors"
	txtypes "github.com/cosmos/cosmos-sdk/types/tx"
	authtx "github.com/cosmos/cosmos-sdk/x/auth/tx"

	"github.com/seq-network/seq/client"
	"github.com/seq-network/seq/cmd/seq-load/internal/load"
)

// TestRawAgainstKVStoreNode runs the engine for a few seconds against a real
// single-validator CometBFT node with the kvstore app, in-process, once per
// broadcast path: JSON-RPC, and the Cosmos SDK tx service over gRPC, served by
// the test in front of the node the way seqd serves it (in-process client).
func TestRawAgainstKVStoreNode(t *testing.T) {
	n := startKVStoreNode(t, nil)
	grpcAddr := serveTxService(t, n.node)
	for _, mode := range []string{load.BroadcastRPC, load.BroadcastGRPC} {
		t.Run(mode, func(t *testing.T) {
			src, err := load.NewRawSource(256)
			require.NoError(t, err)
			cfg := load.Config{
				Nodes: []string{n.rpc}, Broadcast: mode, GRPC: []string{grpcAddr}, Rate: 200, Duration: 3 * time.Second,
				Drain: 5 * time.Second, Workers: 8, TxEvents: true,
			}
			ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
			defer cancel()
			rep, err := load.Run(ctx, cfg, src)
			require.NoError(t, err)
			t.Logf("report: %+v", *rep)
			require.Equal(t, mode, rep.Broadcast)
			require.Positive(t, rep.Committed)
			require.Equal(t, rep.Sent, rep.Committed+rep.Failed)
			require.Zero(t, rep.Failures.BroadcastError+rep.Failures.RejectedCheckTx+rep.Failures.Duplicate)
			require.InDelta(t, 600, rep.Sent, 60)
			require.Equal(t, int(rep.Committed), rep.LatencyMs.Samples)
			require.Positive(t, rep.LatencyMs.P50)
			require.Positive(t, rep.Blocks.Count)
		})
	}
}

// TestBroadcastOutcomesOverGRPCMatchRPC sends the same kinds of tx through both
// paths to a real node and requires the same outcome from each. The node's
// mempool takes txs of at most 4 KiB and 256 KiB in all, so a 256 KiB + 1 tx is
// refused as "mempool is full" (CometBFT checks the total first) whatever the
// mempool holds, and an 8 KiB tx as too large.
func TestBroadcastOutcomesOverGRPCMatchRPC(t *testing.T) {
	n := startKVStoreNode(t, func(cfg *cmtcfg.Config) {
		cfg.Mempool.MaxTxBytes = 4 << 10
		cfg.Mempool.MaxTxsBytes = 256 << 10
	})
	grpcAddr := serveTxService(t, n.node)
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	g, err := load.DialGRPC(grpcAddr)
	require.NoError(t, err)
	defer g.Close()
	require.NoError(t, g.WaitReady(ctx, 5*time.Second))
	rpc, err := rpchttp.New(n.rpc, "/websocket")
	require.NoError(t, err)
	paths := map[string]load.Broadcaster{"grpc": g, "rpc": load.RPCBroadcaster{Client: rpc}}

	admitted := map[string][]byte{}
	cases := []struct {
		name string
		tx   func(path string) []byte
		want string
	}{
		{"admitted", func(path string) []byte {
			admitted[path] = rawTx(t, 64, path)
			return admitted[path]
		}, "accepted"},
		{"CheckTx rejection", func(path string) []byte { return []byte("no-separator-" + path) }, "rejected_checktx"},
		{"in cache", func(string) []byte { return admitted["grpc"] }, "broadcast_error"},
		{"too large", func(path string) []byte { return rawTx(t, 8<<10, path) }, "broadcast_error"},
		{"mempool full", func(path string) []byte { return rawTx(t, 256<<10+1, path) }, "rejected_mempool_full"},
	}
	for _, c := range cases {
		for _, path := range []string{"grpc", "rpc"} {
			r := paths[path].Broadcast(ctx, c.tx(path))
			t.Logf("%s over %s: %+v", c.name, path, r)
			require.Equal(t, c.want, load.Outcome(r), "%s over %s: %+v", c.name, path, r)
		}
	}

	// How the SDK's BroadcastTx reports CometBFT's mempool-full: not as a gRPC error but as a
	// TxResponse with the SDK's ErrMempoolIsFull code, the tx hash and no log.
	conn, err := grpc.NewClient(grpcAddr, grpc.WithTransportCredentials(insecure.NewCredentials()),
		grpc.WithDefaultCallOptions(grpc.ForceCodec(codec.NewProtoCodec(client.DefaultEncoding().InterfaceRegistry).GRPCCodec())))
	require.NoError(t, err)
	defer conn.Close()
	full := rawTx(t, 256<<10+1, "raw")
	res, err := txtypes.NewServiceClient(conn).BroadcastTx(ctx, &txtypes.BroadcastTxRequest{TxBytes: full, Mode: txtypes.BroadcastMode_BROADCAST_MODE_SYNC})
	require.NoError(t, err)
	require.Equal(t, sdkerrors.ErrMempoolIsFull.ABCICode(), res.TxResponse.Code)
	require.Equal(t, sdkerrors.RootCodespace, res.TxResponse.Codespace)
	require.Empty(t, res.TxResponse.RawLog)
	require.Equal(t, load.HashOf(full).String(), res.TxResponse.TxHash)
}

// rawTx is a valid kvstore tx of size bytes, unique to this call.
func rawTx(t *testing.T, size int, path string) []byte {
	t.Helper()
	var nonce [4]byte
	_, err := rand.Read(nonce[:])
	require.NoError(t, err)
	tx, err := load.RawTx(size, 0, 0, path+hex.EncodeToString(nonce[:]))
	require.NoError(t, err)
	return tx
}

// kvNode is a running kvstore node and its RPC address.
type kvNode struct {
	node *node.Node
	rpc  string
}

// startKVStoreNode starts a one-validator kvstore chain on 127.0.0.1 random
// ports in a temp home (tune, if not nil, edits its config), waits until it
// has made a block, and returns it with its RPC address.
func startKVStoreNode(t *testing.T, tune func(*cmtcfg.Config)) kvNode {
	t.Helper()
	cfg := nodeConfig(t)
	if tune != nil {
		tune(cfg)
	}
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
	return kvNode{node: n, rpc: addr}
}

// serveTxService serves the Cosmos SDK tx service (cosmos.tx.v1beta1.Service) for n on a free
// 127.0.0.1 port, wired as an in-process seqd node wires it (server/start.go: a local CometBFT
// client, the SDK codec), and returns its address.
func serveTxService(t *testing.T, n *node.Node) string {
	t.Helper()
	reg := client.DefaultEncoding().InterfaceRegistry
	l, err := net.Listen("tcp", "127.0.0.1:0")
	require.NoError(t, err)
	srv := grpc.NewServer(grpc.ForceServerCodec(codec.NewProtoCodec(reg).GRPCCodec()))
	txtypes.RegisterServiceServer(srv, authtx.NewTxServer(sdkclient.Context{}.WithClient(local.New(n)), nil, reg))
	go func() { _ = srv.Serve(l) }() //nolint:errcheck // Serve returns when the test stops it
	t.Cleanup(srv.Stop)
	return l.Addr().String()
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
