package load

import (
	"context"
	"errors"
	"net"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/require"
	"google.golang.org/grpc"
	"google.golang.org/grpc/codes"
	"google.golang.org/grpc/status"

	"github.com/cosmos/cosmos-sdk/codec"
	sdk "github.com/cosmos/cosmos-sdk/types"
	txtypes "github.com/cosmos/cosmos-sdk/types/tx"

	"github.com/seq-network/seq/client"
)

var outcomeNames = map[outcome]string{
	accepted: "accepted", rejectedCheckTx: "rejected_checktx",
	rejectedMempoolFull: "rejected_mempool_full", broadcastError: "broadcast_error",
}

// TestTxResponseResult maps every kind of sync BroadcastTx response to the outcome
// broadcast_tx_sync gives for the same event.
func TestTxResponseResult(t *testing.T) {
	tx := []byte("w0-0-abcd=0123")
	hash := HashOf(tx).String()
	cases := []struct {
		name    string
		res     *sdk.TxResponse
		want    outcome
		wantErr string
	}{
		{"admitted", &sdk.TxResponse{TxHash: hash}, accepted, ""},
		{"hash in lowercase", &sdk.TxResponse{TxHash: strings.ToLower(hash)}, accepted, ""},
		{"CheckTx rejection", &sdk.TxResponse{TxHash: hash, Code: 32, Codespace: "sdk",
			RawLog: "account sequence mismatch, expected 7, got 5: incorrect account sequence"}, rejectedCheckTx, ""},
		{"app rejection, no log", &sdk.TxResponse{TxHash: hash, Code: 1}, rejectedCheckTx, ""},
		// client.CheckCometError's conversions of CometBFT's mempool errors: code, codespace, hash.
		{"mempool full", &sdk.TxResponse{TxHash: hash, Code: 20, Codespace: "sdk"}, rejectedMempoolFull, "mempool is full"},
		{"tx in cache", &sdk.TxResponse{TxHash: hash, Code: 19, Codespace: "sdk"}, broadcastError, "tx already exists in cache"},
		{"tx too large", &sdk.TxResponse{TxHash: hash, Code: 21, Codespace: "sdk"}, broadcastError, "tx too large"},
		// The same codes from an app's CheckTx come with its log: CheckTx rejections, as over RPC,
		// except mempool full, which seqd's admission control returns from CheckTx.
		{"code 20 with a log", &sdk.TxResponse{TxHash: hash, Code: 20, Codespace: "sdk", RawLog: "1000 txs: mempool is full"},
			rejectedMempoolFull, ""},
		{"code 19 with a log", &sdk.TxResponse{TxHash: hash, Code: 19, Codespace: "sdk", RawLog: "tx already exists in cache"},
			rejectedCheckTx, ""},
		{"code 20 of another codespace", &sdk.TxResponse{TxHash: hash, Code: 20, Codespace: "rollup"}, rejectedCheckTx, ""},
		{"wrong hash", &sdk.TxResponse{TxHash: HashOf([]byte("other")).String()}, broadcastError, "node reports tx hash"},
		{"no hash", &sdk.TxResponse{}, broadcastError, "node reports tx hash"},
		{"no tx_response", nil, broadcastError, "without tx_response"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			r := txResponseResult(tx, c.res)
			require.Equal(t, outcomeNames[c.want], outcomeNames[classify(r)])
			if c.wantErr == "" {
				require.NoError(t, r.Err)
				require.Equal(t, c.res.Code, r.Code)
				require.Equal(t, c.res.Codespace, r.Codespace)
				require.Equal(t, c.res.RawLog, r.Log)
			} else {
				require.ErrorContains(t, r.Err, c.wantErr)
			}
		})
	}
}

// fakeTxService answers BroadcastTx with reply, after checking the request.
type fakeTxService struct {
	txtypes.UnimplementedServiceServer
	reply func(ctx context.Context, tx []byte) (*txtypes.BroadcastTxResponse, error)
}

func (f *fakeTxService) BroadcastTx(ctx context.Context, req *txtypes.BroadcastTxRequest) (*txtypes.BroadcastTxResponse, error) {
	if req.Mode != txtypes.BroadcastMode_BROADCAST_MODE_SYNC {
		return nil, status.Errorf(codes.InvalidArgument, "mode %s", req.Mode)
	}
	return f.reply(ctx, req.TxBytes)
}

// startFakeTxService serves f over gRPC with the SDK codec, as seqd does; stop ends it early.
func startFakeTxService(t *testing.T, f *fakeTxService) (addr string, stop func()) {
	t.Helper()
	l, err := net.Listen("tcp", "127.0.0.1:0")
	require.NoError(t, err)
	srv := grpc.NewServer(grpc.ForceServerCodec(codec.NewProtoCodec(client.DefaultEncoding().InterfaceRegistry).GRPCCodec()))
	txtypes.RegisterServiceServer(srv, f)
	go func() { _ = srv.Serve(l) }() //nolint:errcheck // Serve returns when the test stops it
	t.Cleanup(srv.Stop)
	return l.Addr().String(), srv.Stop
}

// TestGRPCBroadcaster runs the broadcaster against a tx service that answers in every way a
// node can: a TxResponse (carried through txResponseResult), or a gRPC error.
func TestGRPCBroadcaster(t *testing.T) {
	ok := func(_ context.Context, tx []byte) (*txtypes.BroadcastTxResponse, error) {
		return &txtypes.BroadcastTxResponse{TxResponse: &sdk.TxResponse{TxHash: HashOf(tx).String()}}, nil
	}
	cases := []struct {
		name    string
		reply   func(ctx context.Context, tx []byte) (*txtypes.BroadcastTxResponse, error)
		want    outcome
		wantErr string
	}{
		{"admitted", ok, accepted, ""},
		{"CheckTx rejection", func(_ context.Context, tx []byte) (*txtypes.BroadcastTxResponse, error) {
			return &txtypes.BroadcastTxResponse{TxResponse: &sdk.TxResponse{TxHash: HashOf(tx).String(), Code: 5, Codespace: "sdk", RawLog: "insufficient funds"}}, nil
		}, rejectedCheckTx, ""},
		{"mempool full as TxResponse", func(_ context.Context, tx []byte) (*txtypes.BroadcastTxResponse, error) {
			return &txtypes.BroadcastTxResponse{TxResponse: &sdk.TxResponse{TxHash: HashOf(tx).String(), Code: 20, Codespace: "sdk"}}, nil
		}, rejectedMempoolFull, "mempool is full"},
		// A node that passes CometBFT's error on instead of converting it.
		{"mempool full as gRPC error", func(context.Context, []byte) (*txtypes.BroadcastTxResponse, error) {
			return nil, errors.New("mempool is full: number of txs 2000 (max: 2000), total txs bytes 2600000 (max: 33554432)")
		}, rejectedMempoolFull, "code = Unknown desc = mempool is full"},
		{"other gRPC error", func(context.Context, []byte) (*txtypes.BroadcastTxResponse, error) {
			return nil, status.Error(codes.Unavailable, "node is shutting down")
		}, broadcastError, "node is shutting down"},
		{"deadline", func(ctx context.Context, tx []byte) (*txtypes.BroadcastTxResponse, error) {
			<-ctx.Done()
			return ok(ctx, tx)
		}, broadcastError, "DeadlineExceeded"},
		{"empty response", func(context.Context, []byte) (*txtypes.BroadcastTxResponse, error) {
			return &txtypes.BroadcastTxResponse{}, nil
		}, broadcastError, "without tx_response"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			addr, _ := startFakeTxService(t, &fakeTxService{reply: c.reply})
			b, err := DialGRPC(addr)
			require.NoError(t, err)
			defer b.Close()
			require.NoError(t, b.WaitReady(context.Background(), 5*time.Second))
			ctx, cancel := context.WithTimeout(context.Background(), 300*time.Millisecond)
			defer cancel()
			r := b.Broadcast(ctx, []byte("w1-2-abcd=0123"))
			require.Equal(t, outcomeNames[c.want], outcomeNames[classify(r)], "result %+v", r)
			if c.wantErr == "" {
				require.NoError(t, r.Err)
			} else {
				require.ErrorContains(t, r.Err, c.wantErr)
			}
		})
	}

	t.Run("server gone", func(t *testing.T) {
		addr, stop := startFakeTxService(t, &fakeTxService{reply: ok})
		b, err := DialGRPC(addr)
		require.NoError(t, err)
		defer b.Close()
		require.NoError(t, b.WaitReady(context.Background(), 5*time.Second))
		stop()
		ctx, cancel := context.WithTimeout(context.Background(), 2*time.Second)
		defer cancel()
		r := b.Broadcast(ctx, []byte("w1-3-abcd=0123"))
		require.Equal(t, "broadcast_error", outcomeNames[classify(r)], "result %+v", r)
	})

	t.Run("nothing listening", func(t *testing.T) {
		l, err := net.Listen("tcp", "127.0.0.1:0")
		require.NoError(t, err)
		addr := l.Addr().String()
		require.NoError(t, l.Close())
		b, err := DialGRPC(addr)
		require.NoError(t, err)
		defer b.Close()
		require.ErrorContains(t, b.WaitReady(context.Background(), 300*time.Millisecond), "not reachable")
	})
}

func TestConfigBroadcastValidation(t *testing.T) {
	base := Config{Nodes: []string{"http://a"}, Duration: time.Second, Workers: 1}
	cases := []struct {
		name    string
		edit    func(*Config)
		wantErr string
	}{
		{"default is rpc", func(*Config) {}, ""},
		{"rpc", func(c *Config) { c.Broadcast = BroadcastRPC }, ""},
		{"grpc", func(c *Config) { c.Broadcast, c.GRPC = BroadcastGRPC, []string{"127.0.0.1:9090"} }, ""},
		{"grpc without addresses", func(c *Config) { c.Broadcast = BroadcastGRPC }, "at least one gRPC address"},
		{"unknown mode", func(c *Config) { c.Broadcast = "http" }, `broadcast "http"`},
		{"modes are lowercase", func(c *Config) { c.Broadcast = "GRPC" }, `broadcast "GRPC"`},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			cfg := base
			c.edit(&cfg)
			cfg.setDefaults()
			err := cfg.validate()
			if c.wantErr == "" {
				require.NoError(t, err)
				return
			}
			require.ErrorContains(t, err, c.wantErr)
			// Run refuses it before dialing anything.
			_, err = Run(context.Background(), cfg, nil)
			require.ErrorContains(t, err, c.wantErr)
		})
	}
}
