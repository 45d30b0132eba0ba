package load

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"time"

	coretypes "github.com/cometbft/cometbft/rpc/core/types"
	cmttypes "github.com/cometbft/cometbft/types"
	"google.golang.org/grpc"
	"google.golang.org/grpc/connectivity"
	"google.golang.org/grpc/credentials/insecure"

	"github.com/cosmos/cosmos-sdk/codec"
	sdk "github.com/cosmos/cosmos-sdk/types"
	sdkerrors "github.com/cosmos/cosmos-sdk/types/errors"
	txtypes "github.com/cosmos/cosmos-sdk/types/tx"

	"github.com/seq-network/seq/client"
)

// Broadcast modes (Config.Broadcast).
const (
	// BroadcastRPC sends txs with CometBFT's JSON-RPC broadcast_tx_sync to Config.Nodes.
	BroadcastRPC = "rpc"
	// BroadcastGRPC sends txs with the Cosmos SDK tx service
	// (cosmos.tx.v1beta1.Service/BroadcastTx, BROADCAST_MODE_SYNC) to Config.GRPC: protobuf
	// instead of JSON + base64; the node hands the tx to CometBFT's mempool in-process.
	BroadcastGRPC = "grpc"
)

// Broadcaster submits one tx and returns its CheckTx outcome; a call that failed (transport
// error, timeout, mempool full, tx already in the cache) is CheckResult.Err, exactly as
// broadcast_tx_sync reports it, so that every broadcaster's results classify the same way.
type Broadcaster interface {
	Broadcast(ctx context.Context, tx []byte) CheckResult
}

// RPCBroadcaster broadcasts with CometBFT's broadcast_tx_sync (rpc/client/http.HTTP).
type RPCBroadcaster struct {
	Client interface {
		BroadcastTxSync(ctx context.Context, tx cmttypes.Tx) (*coretypes.ResultBroadcastTx, error)
	}
}

// Broadcast implements Broadcaster.
func (b RPCBroadcaster) Broadcast(ctx context.Context, tx []byte) CheckResult {
	res, err := b.Client.BroadcastTxSync(ctx, tx)
	if err != nil {
		return CheckResult{Err: err}
	}
	return CheckResult{Code: res.Code, Codespace: res.Codespace, Log: res.Log}
}

// GRPCBroadcaster broadcasts through a Cosmos SDK node's tx service over one plaintext gRPC
// connection (HTTP/2 multiplexes the workers' concurrent calls).
type GRPCBroadcaster struct {
	addr string
	conn *grpc.ClientConn
	svc  txtypes.ServiceClient
}

// DialGRPC returns a broadcaster for the gRPC address addr (host:port). The connection is made
// lazily; WaitReady waits for it.
func DialGRPC(addr string) (*GRPCBroadcaster, error) {
	enc := client.DefaultEncoding()
	conn, err := grpc.NewClient(addr,
		grpc.WithTransportCredentials(insecure.NewCredentials()),
		// The SDK's messages are gogoproto types: marshal them with the SDK codec, as seqd does.
		grpc.WithDefaultCallOptions(grpc.ForceCodec(codec.NewProtoCodec(enc.InterfaceRegistry).GRPCCodec())))
	if err != nil {
		return nil, fmt.Errorf("grpc %s: %w", addr, err)
	}
	return &GRPCBroadcaster{addr: addr, conn: conn, svc: txtypes.NewServiceClient(conn)}, nil
}

// WaitReady connects and waits up to timeout for the connection to be usable, so that a wrong
// address fails the run up front rather than as one broadcast error per tx.
func (b *GRPCBroadcaster) WaitReady(ctx context.Context, timeout time.Duration) error {
	ctx, cancel := context.WithTimeout(ctx, timeout)
	defer cancel()
	b.conn.Connect()
	for {
		s := b.conn.GetState()
		if s == connectivity.Ready {
			return nil
		}
		if !b.conn.WaitForStateChange(ctx, s) {
			return fmt.Errorf("grpc %s: not reachable within %s (state %s)", b.addr, timeout, s)
		}
	}
}

// Broadcast implements Broadcaster.
func (b *GRPCBroadcaster) Broadcast(ctx context.Context, tx []byte) CheckResult {
	res, err := b.svc.BroadcastTx(ctx, &txtypes.BroadcastTxRequest{TxBytes: tx, Mode: txtypes.BroadcastMode_BROADCAST_MODE_SYNC})
	if err != nil {
		return CheckResult{Err: err} // a gRPC status: transport, deadline, or a CometBFT error the SDK passed on
	}
	return txResponseResult(tx, res.TxResponse)
}

// Close releases the connection.
func (b *GRPCBroadcaster) Close() error { return b.conn.Close() }

// cometErrors are the CometBFT mempool errors that the SDK's BroadcastTx does not fail with but
// turns into a TxResponse (client.CheckCometError): code and codespace of a registered error,
// the tx hash, and nothing else. broadcast_tx_sync returns them as errors; they are turned back
// into errors here, with CometBFT's wording, so that both paths classify them the same way
// (mempool full: rejected_mempool_full; the other two: broadcast_error).
var cometErrors = map[uint32]string{
	sdkerrors.ErrMempoolIsFull.ABCICode():    "mempool is full",
	sdkerrors.ErrTxInMempoolCache.ABCICode(): "tx already exists in cache",
	sdkerrors.ErrTxTooLarge.ABCICode():       "tx too large",
}

// txResponseResult maps the TxResponse of a sync BroadcastTx of tx to the CheckResult that
// broadcast_tx_sync would have given. A CheckTx rejection always carries its log; a response
// made from a CometBFT error never does, which is how the two are told apart when an app
// rejects with one of the same codes.
func txResponseResult(tx []byte, r *sdk.TxResponse) CheckResult {
	if r == nil {
		return CheckResult{Err: errors.New("BroadcastTx: response without tx_response")}
	}
	// The engine tracks txs by the hash of the bytes it sent, computed before the call; the node's
	// hash (CometBFT's uppercase hex) must be that one, or commits could not be matched.
	if want := HashOf(tx).String(); !strings.EqualFold(r.TxHash, want) {
		return CheckResult{Err: fmt.Errorf("BroadcastTx: node reports tx hash %q, sent %s", r.TxHash, want)}
	}
	if msg, ok := cometErrors[r.Code]; ok && r.Codespace == sdkerrors.RootCodespace && r.RawLog == "" {
		return CheckResult{Err: fmt.Errorf("BroadcastTx: %s (%s code %d)", msg, r.Codespace, r.Code)}
	}
	return CheckResult{Code: r.Code, Codespace: r.Codespace, Log: r.RawLog}
}
