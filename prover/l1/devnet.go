// Package l1 is seq-prover's side of the L1: an embedded development chain
// (go-ethereum's simulated backend served over JSON-RPC, DESIGN.md §9), a
// client for the CheckpointRegistry with retries, receipt waiting and typed
// revert decoding, and the deployment of the verifier and the registry.
package l1

import (
	"crypto/ecdsa"
	"encoding/binary"
	"fmt"
	"math/big"
	"net"
	"strconv"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/eth/ethconfig"
	"github.com/ethereum/go-ethereum/ethclient/simulated"
	"github.com/ethereum/go-ethereum/node"
	"github.com/ethereum/go-ethereum/params"
)

// DefaultChainID is the dev L1's chain id: x/checkpoint's default l1_chain_id.
const DefaultChainID = 1337

// DevAccount is a funded account of the dev L1 whose private key is public.
type DevAccount struct {
	Key     *ecdsa.PrivateKey
	Address common.Address
}

// KeyHex is the account's private key as 0x-prefixed hex (what --key flags take).
func (a DevAccount) KeyHex() string { return "0x" + common.Bytes2Hex(crypto.FromECDSA(a.Key)) }

// DevAccounts returns the first n dev accounts. Key i is keccak256("seq-devnet-l1" ‖ uint64 i),
// so every run (and every test) knows the same keys, like anvil's or geth --dev's.
func DevAccounts(n int) []DevAccount {
	out := make([]DevAccount, n)
	for i := range out {
		var idx [8]byte
		binary.BigEndian.PutUint64(idx[:], uint64(i))
		k, err := crypto.ToECDSA(crypto.Keccak256([]byte("seq-devnet-l1"), idx[:]))
		if err != nil { // a keccak output is a valid key except with negligible probability
			panic(fmt.Sprintf("l1: dev key %d: %v", i, err))
		}
		out[i] = DevAccount{Key: k, Address: crypto.PubkeyToAddress(k.PublicKey)}
	}
	return out
}

// DevnetConfig configures StartDevnet.
type DevnetConfig struct {
	// Addr is the host:port of the JSON-RPC server; HTTP and WebSocket share it. Port 0 picks a free port.
	Addr string
	// BlockTime is the mining period; 0 mines only when Commit is called.
	BlockTime time.Duration
	// ChainID of the dev chain (default DefaultChainID).
	ChainID uint64
	// Accounts is the number of funded dev accounts (default 10).
	Accounts int
	// GasLimit is the block gas limit (default 60M: room for several Groth16 verifications per block).
	GasLimit uint64
}

// Devnet is a running embedded dev L1. Its state lives in memory only: a restart starts an
// empty chain (contracts must be deployed again).
type Devnet struct {
	sim      *simulated.Backend
	accounts []DevAccount
	chainID  uint64
	url      string
	stop     chan struct{}
	done     sync.WaitGroup
	mu       sync.Mutex // serialises Commit between the timer and callers
	closeErr error
	once     sync.Once
}

// StartDevnet starts the dev L1 and its RPC server, and mines every cfg.BlockTime.
func StartDevnet(cfg DevnetConfig) (*Devnet, error) {
	cfg.setDefaults()
	host, port, err := listenAddr(cfg.Addr)
	if err != nil {
		return nil, err
	}
	d := &Devnet{accounts: DevAccounts(cfg.Accounts), chainID: cfg.ChainID, stop: make(chan struct{})}
	alloc := types.GenesisAlloc{}
	for _, a := range d.accounts {
		alloc[a.Address] = types.Account{Balance: new(big.Int).Lsh(big.NewInt(1), 100)}
	}
	d.sim = simulated.NewBackend(alloc, simulated.WithBlockGasLimit(cfg.GasLimit), rpcOption(host, port, cfg.ChainID))
	d.url = fmt.Sprintf("http://%s", net.JoinHostPort(host, strconv.Itoa(port)))
	if cfg.BlockTime > 0 {
		d.done.Add(1)
		go d.mine(cfg.BlockTime)
	}
	return d, nil
}

func (c *DevnetConfig) setDefaults() {
	if c.Addr == "" {
		c.Addr = "127.0.0.1:8545"
	}
	if c.ChainID == 0 {
		c.ChainID = DefaultChainID
	}
	if c.Accounts <= 0 {
		c.Accounts = 10
	}
	if c.GasLimit == 0 {
		c.GasLimit = 60_000_000
	}
}

// listenAddr resolves host:port; port 0 is replaced by a free port now, because the node's
// RPC server does not report the port it bound.
func listenAddr(addr string) (string, int, error) {
	host, ps, err := net.SplitHostPort(addr)
	if err != nil {
		return "", 0, fmt.Errorf("l1: addr %q: %w", addr, err)
	}
	port, err := strconv.Atoi(ps)
	if err != nil {
		return "", 0, fmt.Errorf("l1: port %q: %w", ps, err)
	}
	if port != 0 {
		return host, port, nil
	}
	l, err := net.Listen("tcp", net.JoinHostPort(host, "0"))
	if err != nil {
		return "", 0, fmt.Errorf("l1: free port: %w", err)
	}
	defer l.Close()
	return host, l.Addr().(*net.TCPAddr).Port, nil
}

// rpcOption makes the simulated backend's node serve HTTP and WebSocket JSON-RPC on one port,
// and sets the chain id (the simulated backend otherwise uses the dev chain config as is).
func rpcOption(host string, port int, chainID uint64) func(*node.Config, *ethconfig.Config) {
	return func(nc *node.Config, ec *ethconfig.Config) {
		nc.HTTPHost, nc.HTTPPort = host, port
		nc.WSHost, nc.WSPort = host, port
		nc.HTTPModules = []string{"eth", "net", "web3", "txpool"}
		nc.WSModules = nc.HTTPModules
		nc.HTTPVirtualHosts = []string{"*"}
		nc.WSOrigins = []string{"*"}
		cc := *params.AllDevChainProtocolChanges
		cc.ChainID = new(big.Int).SetUint64(chainID)
		// Run the forks live on mainnet (up to Osaka): go-ethereum's dev config also enables the
		// unscheduled Amsterdam/Bogota state-gas repricing, which nearly doubles the registry's
		// gas and would make the dev L1's gas figures meaningless.
		cc.AmsterdamTime, cc.BogotaTime = nil, nil
		ec.Genesis.Config = &cc
		ec.NetworkId = chainID
	}
}

// mine commits a block every period until Close.
func (d *Devnet) mine(period time.Duration) {
	defer d.done.Done()
	t := time.NewTicker(period)
	defer t.Stop()
	for {
		select {
		case <-d.stop:
			return
		case <-t.C:
			d.Commit()
		}
	}
}

// Commit mines the pending transactions into a new block now.
func (d *Devnet) Commit() common.Hash {
	d.mu.Lock()
	defer d.mu.Unlock()
	return d.sim.Commit()
}

// URL is the JSON-RPC endpoint (http://host:port; ws://host:port serves WebSocket).
func (d *Devnet) URL() string { return d.url }

// WSURL is the WebSocket JSON-RPC endpoint.
func (d *Devnet) WSURL() string { return "ws" + d.url[len("http"):] }

// ChainID is the dev chain's EIP-155 chain id.
func (d *Devnet) ChainID() uint64 { return d.chainID }

// Accounts are the funded dev accounts.
func (d *Devnet) Accounts() []DevAccount { return d.accounts }

// Backend is the in-process simulated backend (for tests that want to drive it directly).
func (d *Devnet) Backend() *simulated.Backend { return d.sim }

// Close stops mining and the node; the chain's state is gone afterwards.
func (d *Devnet) Close() error {
	d.once.Do(func() {
		close(d.stop)
		d.done.Wait()
		d.mu.Lock()
		defer d.mu.Unlock()
		d.closeErr = d.sim.Close()
	})
	return d.closeErr
}
