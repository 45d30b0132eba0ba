package client

import (
	"context"
	"errors"
	"fmt"
	"time"

	rpchttp "github.com/cometbft/cometbft/rpc/client/http"
	"google.golang.org/grpc"
	"google.golang.org/grpc/backoff"
	"google.golang.org/grpc/credentials/insecure"

	"cosmossdk.io/core/address"
	"cosmossdk.io/math"

	"github.com/cosmos/cosmos-sdk/codec"
	addresscodec "github.com/cosmos/cosmos-sdk/codec/address"
	sdk "github.com/cosmos/cosmos-sdk/types"
	authtypes "github.com/cosmos/cosmos-sdk/x/auth/types"

	rolluptypes "github.com/seq-network/seq/x/rollup/types"
)

// Defaults of Config.
const (
	DefaultGasPrice     = "0.001useq"
	DefaultPollInterval = 500 * time.Millisecond
)

// DefaultFeeCapMultiplier sets max_fee_per_byte to twice the base fee: the base fee rises by at
// most 1/8 per block, so 2x survives about five full blocks between quoting and inclusion.
var DefaultFeeCapMultiplier = math.LegacyNewDec(2)

// Config says which node to talk to and how to pay.
type Config struct {
	// RPC is the node's CometBFT RPC address, e.g. "http://127.0.0.1:26657".
	RPC string
	// GRPC is the node's gRPC address (host:port, plaintext), e.g. "127.0.0.1:9090".
	GRPC string
	// ChainID is checked against the node's; empty takes the node's.
	ChainID string
	// GasPrice is the price per gas unit of the tx fee, at least the node's min gas price
	// (default DefaultGasPrice).
	GasPrice string
	// FeeCapMultiplier scales the quoted base fee into max_fee_per_byte
	// (default DefaultFeeCapMultiplier).
	FeeCapMultiplier math.LegacyDec
	// PollInterval paces WaitForCommit and FollowRollup's fallback polling (default DefaultPollInterval).
	PollInterval time.Duration
	// GRPCDialOptions are appended to the client's (plaintext, SDK codec) dial options.
	GRPCDialOptions []grpc.DialOption
}

// Client is a connection to one seqd node. It is safe for concurrent use.
type Client struct {
	cfg       Config
	enc       Encoding
	addrCodec address.Codec
	gasPrice  sdk.DecCoin
	chainID   string

	rpc    *rpchttp.HTTP
	conn   *grpc.ClientConn
	rollup rolluptypes.QueryClient
	auth   authtypes.QueryClient
}

// New connects to the node in cfg and checks that it serves cfg.ChainID.
func New(ctx context.Context, cfg Config) (*Client, error) {
	if err := cfg.setDefaults(); err != nil {
		return nil, err
	}
	gasPrice, err := sdk.ParseDecCoin(cfg.GasPrice)
	if err != nil {
		return nil, fmt.Errorf("gas price %q: %w", cfg.GasPrice, err)
	}
	c := &Client{cfg: cfg, enc: DefaultEncoding(), addrCodec: addresscodec.NewBech32Codec(Bech32Prefix), gasPrice: gasPrice}
	if c.rpc, err = rpchttp.New(cfg.RPC, "/websocket"); err != nil {
		return nil, fmt.Errorf("rpc client %s: %w", cfg.RPC, err)
	}
	if err := c.dialGRPC(); err != nil {
		return nil, err
	}
	if err := c.checkChainID(ctx); err != nil {
		c.Close()
		return nil, err
	}
	return c, nil
}

func (cfg *Config) setDefaults() error {
	if cfg.RPC == "" || cfg.GRPC == "" {
		return errors.New("client: Config.RPC and Config.GRPC are required")
	}
	if cfg.GasPrice == "" {
		cfg.GasPrice = DefaultGasPrice
	}
	if cfg.FeeCapMultiplier.IsNil() {
		cfg.FeeCapMultiplier = DefaultFeeCapMultiplier
	}
	if cfg.FeeCapMultiplier.LT(math.LegacyOneDec()) {
		return fmt.Errorf("client: FeeCapMultiplier %s < 1 would never pay the base fee", cfg.FeeCapMultiplier)
	}
	if cfg.PollInterval <= 0 {
		cfg.PollInterval = DefaultPollInterval
	}
	return nil
}

// dialGRPC opens a lazy plaintext connection. Queries must go through the SDK's codec: the
// x/rollup types are gogoproto messages (LegacyDec custom types) that grpc's default codec
// cannot marshal.
func (c *Client) dialGRPC() error {
	opts := append([]grpc.DialOption{
		grpc.WithTransportCredentials(insecure.NewCredentials()),
		// grpc's default reconnect backoff grows to 2 minutes; a client of one node wants to
		// notice a restarted node within seconds.
		grpc.WithConnectParams(grpc.ConnectParams{
			Backoff:           backoff.Config{BaseDelay: 100 * time.Millisecond, Multiplier: 1.6, Jitter: 0.2, MaxDelay: 3 * time.Second},
			MinConnectTimeout: 5 * time.Second,
		}),
		grpc.WithDefaultCallOptions(grpc.ForceCodec(codec.NewProtoCodec(c.enc.InterfaceRegistry).GRPCCodec())),
	}, c.cfg.GRPCDialOptions...)
	conn, err := grpc.NewClient(c.cfg.GRPC, opts...)
	if err != nil {
		return fmt.Errorf("grpc %s: %w", c.cfg.GRPC, err)
	}
	c.conn = conn
	c.rollup = rolluptypes.NewQueryClient(conn)
	c.auth = authtypes.NewQueryClient(conn)
	return nil
}

func (c *Client) checkChainID(ctx context.Context) error {
	st, err := c.rpc.Status(ctx)
	if err != nil {
		return fmt.Errorf("status of %s: %w", c.cfg.RPC, err)
	}
	if c.cfg.ChainID != "" && c.cfg.ChainID != st.NodeInfo.Network {
		return fmt.Errorf("client: node %s serves chain %q, not %q", c.cfg.RPC, st.NodeInfo.Network, c.cfg.ChainID)
	}
	c.chainID = st.NodeInfo.Network
	return nil
}

// ChainID returns the chain the client signs for.
func (c *Client) ChainID() string { return c.chainID }

// Encoding returns the codec and tx config the client uses.
func (c *Client) Encoding() Encoding { return c.enc }

// RPC returns the underlying CometBFT RPC client, for queries the Client does not wrap.
func (c *Client) RPC() *rpchttp.HTTP { return c.rpc }

// RollupQuery returns the x/rollup gRPC query client.
func (c *Client) RollupQuery() rolluptypes.QueryClient { return c.rollup }

// Close releases the gRPC connection. FollowRollup iterations own their websockets and stop
// with their context.
func (c *Client) Close() error {
	return c.conn.Close()
}
