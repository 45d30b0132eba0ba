package main

import (
	"context"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"time"

	"cosmossdk.io/log"
	rpchttp "github.com/cometbft/cometbft/rpc/client/http"
	"github.com/spf13/cobra"
	"golang.org/x/sync/errgroup"

	"github.com/seq-network/seq/prover/l1"
	"github.com/seq-network/seq/prover/setup"
	"github.com/seq-network/seq/prover/sidecar"
)

func setupCmd() *cobra.Command {
	cmd := &cobra.Command{
		Use:   "setup",
		Short: "Groth16 keys (development setup, cached), the Solidity verifier (compiled) and a genesis snippet",
		RunE: func(cmd *cobra.Command, _ []string) error {
			capacity, _ := cmd.Flags().GetInt(flagCapacity)
			root, _ := cmd.Flags().GetString(flagKeysDir)
			contracts, _ := cmd.Flags().GetString(flagContracts)
			start := time.Now()
			progress := func(s string) { fmt.Fprintf(os.Stderr, "[%6.1fs] %s\n", time.Since(start).Seconds(), s) }
			a, err := sidecar.PrepareArtifacts(root, capacity, contracts, progress)
			if err != nil {
				return err
			}
			progress("done")
			return printJSON(map[string]any{"dir": a.Dir, "capacity": capacity,
				"verifier_sol": filepath.Join(a.Dir, setup.SolidityFile), "verifier_bin": filepath.Join(a.Dir, sidecar.VerifierBinFile),
				"genesis_snippet": filepath.Join(a.Dir, sidecar.GenesisSnippetFile), "seconds": time.Since(start).Seconds()})
		},
	}
	cmd.Flags().Int(flagCapacity, 16, "circuit capacity: x/checkpoint's capacity param")
	addKeysFlags(cmd)
	return cmd
}

func devnetCmd() *cobra.Command {
	cmd := &cobra.Command{
		Use:   "devnet-l1",
		Short: "embedded dev L1 (go-ethereum simulated backend) on JSON-RPC; state is in memory and restarts empty",
		RunE: func(cmd *cobra.Command, _ []string) error {
			addr, _ := cmd.Flags().GetString("addr")
			bt, _ := cmd.Flags().GetDuration("block-time")
			id, _ := cmd.Flags().GetUint64("chain-id")
			n, _ := cmd.Flags().GetInt("accounts")
			d, err := l1.StartDevnet(l1.DevnetConfig{Addr: addr, BlockTime: bt, ChainID: id, Accounts: n})
			if err != nil {
				return err
			}
			defer d.Close()
			fmt.Printf("dev L1: chain id %d, block time %s, JSON-RPC %s (WebSocket %s); state is in memory only\n", d.ChainID(), bt, d.URL(), d.WSURL())
			fmt.Println("Funded accounts (public keys: never use on a real chain):")
			for i, a := range d.Accounts() {
				fmt.Printf("(%d) %s  key %s\n", i, a.Address.Hex(), a.KeyHex())
			}
			<-cmd.Context().Done()
			return d.Close()
		},
	}
	cmd.Flags().String("addr", "127.0.0.1:8545", "JSON-RPC listen address (HTTP and WebSocket)")
	cmd.Flags().Duration("block-time", time.Second, "mine a block this often")
	cmd.Flags().Uint64("chain-id", l1.DefaultChainID, "EIP-155 chain id (x/checkpoint l1_chain_id)")
	cmd.Flags().Int("accounts", 10, "funded dev accounts")
	return cmd
}

func deployCmd() *cobra.Command {
	cmd := &cobra.Command{
		Use:   "deploy",
		Short: "deploy the verifier and the CheckpointRegistry, anchored at seqd's genesis (or --anchor-epoch)",
		RunE:  runDeploy,
	}
	addChainFlags(cmd)
	addL1Flags(cmd, true)
	addKeysFlags(cmd)
	cmd.Flags().Uint64("anchor-epoch", 0, "anchor the registry at this certified epoch (0: genesis, waits for checkpoint 1)")
	cmd.Flags().Uint64("exclusive-window", 60, "seconds after cp.timestamp reserved to cp.poster")
	cmd.Flags().Duration("wait", 3*time.Minute, "how long to wait for the anchor checkpoint")
	cmd.Flags().String("out", "deployment.json", "where to write the deployed addresses")
	return cmd
}

func runDeploy(cmd *cobra.Command, _ []string) error {
	ctx := cmd.Context()
	key, err := l1Key(cmd)
	if err != nil {
		return err
	}
	cs, err := openConns(cmd)
	if err != nil {
		return err
	}
	defer cs.Close()
	params, err := deployParams(ctx, cmd, cs.src, cs.rpc, cs.l1)
	if err != nil {
		return err
	}
	d, err := l1.Deploy(ctx, cs.l1, key, params)
	if err != nil {
		return err
	}
	out, _ := cmd.Flags().GetString("out")
	bz, err := json.MarshalIndent(d, "", "  ")
	if err != nil {
		return err
	}
	if err := os.WriteFile(out, append(bz, '\n'), 0o644); err != nil {
		return fmt.Errorf("write %s: %w", out, err)
	}
	fmt.Fprintf(os.Stderr, "deployed verifier %s, registry %s (block %d) → %s\n", d.Verifier, d.Registry, d.Block, out)
	return nil
}

// deployParams gathers the constructor arguments from seqd and the key cache.
func deployParams(ctx context.Context, cmd *cobra.Command, src *sidecar.ChainSource, rpc *rpchttp.HTTP, c *l1.Client) (l1.DeployParams, error) {
	var p l1.DeployParams
	id, err := waitChainID(ctx, rpc)
	if err != nil {
		return p, err
	}
	cp, err := src.Params(ctx, id)
	if err != nil {
		return p, err
	}
	if cp.L1ChainID != c.ChainIDValue().Uint64() {
		return p, fmt.Errorf("seqd's l1_chain_id is %d but the L1 at --%s has chain id %d", cp.L1ChainID, flagL1RPC, c.ChainIDValue())
	}
	root, _ := cmd.Flags().GetString(flagKeysDir)
	if p.VerifierBin, err = sidecar.LoadVerifierBin(root, cp.Capacity); err != nil {
		return p, err
	}
	epoch, _ := cmd.Flags().GetUint64("anchor-epoch")
	wait, _ := cmd.Flags().GetDuration("wait")
	if p.Anchor, err = src.Anchor(ctx, epoch, cp.Domain, wait); err != nil {
		return p, err
	}
	p.Domain = cp.Domain
	p.ExclusiveWindow, _ = cmd.Flags().GetUint64("exclusive-window")
	return p, nil
}

func runCmd() *cobra.Command {
	cmd := &cobra.Command{
		Use:   "run",
		Short: "follow seqd, prove every certified checkpoint and post it to the registry in epoch order",
		RunE:  runSidecar,
	}
	addChainFlags(cmd)
	addL1Flags(cmd, true)
	addKeysFlags(cmd)
	cmd.Flags().String(flagHome, filepath.Join(os.Getenv("HOME"), ".seq-prover"), "sidecar home: progress.json lives here")
	cmd.Flags().String(flagDeployment, "deployment.json", "deployment file written by `seq-prover deploy`")
	cmd.Flags().Int("workers", 2, "checkpoints proven in parallel when behind")
	cmd.Flags().Duration("poll", 500*time.Millisecond, "seqd poll interval")
	cmd.Flags().String("metrics-addr", "127.0.0.1:9464", "Prometheus /metrics listen address (empty: off)")
	return cmd
}

func runSidecar(cmd *cobra.Command, _ []string) error {
	ctx := cmd.Context()
	logger := log.NewLogger(os.Stderr, log.ColorOption(false)).With("module", "seq-prover")
	key, err := l1Key(cmd)
	if err != nil {
		return err
	}
	dep, err := readDeployment(cmd)
	if err != nil {
		return err
	}
	cs, err := openConns(cmd)
	if err != nil {
		return err
	}
	defer cs.Close()
	c := cs.l1
	home, _ := cmd.Flags().GetString(flagHome)
	store, err := sidecar.NewStore(home)
	if err != nil {
		return err
	}
	keys, err := loadKeys(ctx, cmd, cs.src, cs.rpc, logger)
	if err != nil {
		return err
	}
	m := sidecar.NewMetrics()
	c.OnRetry = func(op string, _ int, err error) {
		m.Retries.WithLabelValues(op).Inc()
		logger.Debug("retrying L1 call", "op", op, "err", err)
	}
	workers, _ := cmd.Flags().GetInt("workers")
	poll, _ := cmd.Flags().GetDuration("poll")
	sc := sidecar.New(sidecar.Config{Workers: workers, PollInterval: poll}, cs.src,
		sidecar.RegistryL1{Reg: l1.NewRegistry(c, dep.Registry), Key: key}, sidecar.KeysProver{Keys: keys}, store, m, logger)
	g, gctx := errgroup.WithContext(ctx)
	if addr, _ := cmd.Flags().GetString("metrics-addr"); addr != "" {
		g.Go(func() error { return m.Serve(gctx, addr) })
	}
	g.Go(func() error { return sc.Run(gctx) }) // returns on SIGINT/SIGTERM, which also stops the metrics server
	return g.Wait()
}

// loadKeys loads the cached keys of the chain's capacity.
func loadKeys(ctx context.Context, cmd *cobra.Command, src *sidecar.ChainSource, rpc *rpchttp.HTTP, logger log.Logger) (*setup.Keys, error) {
	id, err := waitChainID(ctx, rpc)
	if err != nil {
		return nil, err
	}
	p, err := src.Params(ctx, id)
	if err != nil {
		return nil, err
	}
	root, _ := cmd.Flags().GetString(flagKeysDir)
	start := time.Now()
	keys, err := setup.LoadOrSetup(root, p.Capacity)
	if err != nil {
		return nil, err
	}
	logger.Info("keys loaded", "capacity", p.Capacity, "seconds", time.Since(start).Seconds())
	return keys, nil
}
