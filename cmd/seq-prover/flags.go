package main

import (
	"context"
	"crypto/ecdsa"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"time"

	rpchttp "github.com/cometbft/cometbft/rpc/client/http"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/spf13/cobra"
	"google.golang.org/grpc"
	"google.golang.org/grpc/credentials/insecure"

	"github.com/seq-network/seq/prover/l1"
	"github.com/seq-network/seq/prover/sidecar"
)

// Flag names shared by several commands.
const (
	flagKeysDir    = "keys-dir"
	flagCapacity   = "capacity"
	flagContracts  = "contracts"
	flagL1RPC      = "l1-rpc"
	flagKey        = "key"
	flagGRPC       = "grpc"
	flagRPC        = "rpc"
	flagDeployment = "deployment"
	flagHome       = "home"
)

// defaultKeysDir is the shared key cache: setup is expensive, so every home reuses it.
func defaultKeysDir() string {
	dir, err := os.UserCacheDir()
	if err != nil {
		dir = os.TempDir()
	}
	return filepath.Join(dir, "seq", "prover-keys")
}

func addKeysFlags(cmd *cobra.Command) {
	cmd.Flags().String(flagKeysDir, defaultKeysDir(), "Groth16 key cache root (keys under <dir>/<circuit version>/n<capacity>)")
	cmd.Flags().String(flagContracts, "contracts", "the repository's contracts/ directory (solc-js toolchain for the verifier)")
}

func addChainFlags(cmd *cobra.Command) {
	cmd.Flags().String(flagGRPC, "127.0.0.1:9090", "seqd gRPC address")
	cmd.Flags().String(flagRPC, "http://127.0.0.1:26657", "seqd CometBFT RPC URL")
}

func addL1Flags(cmd *cobra.Command, withKey bool) {
	cmd.Flags().String(flagL1RPC, "http://127.0.0.1:8545", "L1 JSON-RPC URL (devnet-l1, geth --dev, a testnet)")
	if withKey {
		cmd.Flags().String(flagKey, "", "hex private key of the L1 sender (or env SEQ_PROVER_L1_KEY); devnet-l1 prints funded ones")
	}
}

func l1Key(cmd *cobra.Command) (*ecdsa.PrivateKey, error) {
	k, _ := cmd.Flags().GetString(flagKey)
	if k == "" {
		k = os.Getenv("SEQ_PROVER_L1_KEY")
	}
	if k == "" {
		return nil, fmt.Errorf("--%s is required", flagKey)
	}
	key, err := crypto.HexToECDSA(strings.TrimPrefix(k, "0x"))
	if err != nil {
		return nil, fmt.Errorf("--%s: %w", flagKey, err)
	}
	return key, nil
}

func dialL1(cmd *cobra.Command) (*l1.Client, error) {
	url, _ := cmd.Flags().GetString(flagL1RPC)
	return l1.Dial(cmd.Context(), url)
}

// chainConns dials seqd's gRPC (plaintext, loopback) and CometBFT RPC.
func chainConns(cmd *cobra.Command) (*grpc.ClientConn, *rpchttp.HTTP, error) {
	addr, _ := cmd.Flags().GetString(flagGRPC)
	rpcURL, _ := cmd.Flags().GetString(flagRPC)
	conn, err := grpc.NewClient(addr, grpc.WithTransportCredentials(insecure.NewCredentials()))
	if err != nil {
		return nil, nil, fmt.Errorf("grpc %s: %w", addr, err)
	}
	rpc, err := rpchttp.New(rpcURL, "/websocket")
	if err != nil {
		return nil, nil, fmt.Errorf("rpc %s: %w", rpcURL, err)
	}
	return conn, rpc, nil
}

// conns are what every command that talks to both chains opens: the L1, seqd's gRPC and
// CometBFT RPC, and the chain source reading checkpoints over them.
type conns struct {
	l1   *l1.Client
	grpc *grpc.ClientConn
	rpc  *rpchttp.HTTP
	src  *sidecar.ChainSource
}

func openConns(cmd *cobra.Command) (*conns, error) {
	c, err := dialL1(cmd)
	if err != nil {
		return nil, err
	}
	conn, rpc, err := chainConns(cmd)
	if err != nil {
		c.Close()
		return nil, err
	}
	return &conns{l1: c, grpc: conn, rpc: rpc, src: sidecar.NewChainSource(conn, rpc)}, nil
}

// Close closes the gRPC connection and the L1 client.
func (c *conns) Close() {
	if err := c.grpc.Close(); err != nil {
		fmt.Fprintln(os.Stderr, "closing seqd gRPC:", err)
	}
	c.l1.Close()
}

// waitChainID asks CometBFT for the network name (the Cosmos chain id), waiting up to a
// minute for the node to come up.
func waitChainID(ctx context.Context, rpc *rpchttp.HTTP) (string, error) {
	ctx, cancel := context.WithTimeout(ctx, time.Minute)
	defer cancel()
	for {
		st, err := rpc.Status(ctx)
		if err == nil {
			return st.NodeInfo.Network, nil
		}
		select {
		case <-ctx.Done():
			return "", fmt.Errorf("seqd status: %w", err)
		case <-time.After(500 * time.Millisecond):
		}
	}
}

func readDeployment(cmd *cobra.Command) (l1.Deployment, error) {
	path, _ := cmd.Flags().GetString(flagDeployment)
	var d l1.Deployment
	bz, err := os.ReadFile(path)
	if err != nil {
		return d, fmt.Errorf("deployment file: %w", err)
	}
	if err := json.Unmarshal(bz, &d); err != nil {
		return d, fmt.Errorf("deployment file %s: %w", path, err)
	}
	return d, nil
}

func printJSON(v any) error {
	enc := json.NewEncoder(os.Stdout)
	enc.SetIndent("", "  ")
	return enc.Encode(v)
}
