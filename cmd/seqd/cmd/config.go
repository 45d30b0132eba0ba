package cmd

import (
	"time"

	cmtcfg "github.com/cometbft/cometbft/config"

	serverconfig "github.com/cosmos/cosmos-sdk/server/config"

	"github.com/seq-network/seq/app"
)

// BlockTime is the target block interval on a loopback network: CometBFT's timeout_commit.
const BlockTime = 500 * time.Millisecond

// initCometBFTConfig tunes CometBFT for sub-second blocks and blob-sized txs.
func initCometBFTConfig() *cmtcfg.Config {
	cfg := cmtcfg.DefaultConfig()
	cfg.Consensus.TimeoutCommit = BlockTime
	cfg.Consensus.TimeoutPropose = 2 * time.Second
	// Blob txs are large: raise the per-peer p2p rates (default 5 MB/s) and the mempool's room.
	cfg.P2P.SendRate = 40 << 20
	cfg.P2P.RecvRate = 40 << 20
	cfg.P2P.MaxPacketMsgPayloadSize = 64 << 10
	// Admission control: after every block CometBFT rechecks every mempool tx while holding the
	// app's ABCI lock, so a large mempool under overload spends the node's CPU on rechecks instead
	// of blocks. Measured at 2x overload (4 validators on 2 cores): 20,000 txs committed 18 tx/s
	// against ~230 at saturation; 2,000 txs kept ~75% of 1 KiB txs; 1,000 txs kept all of it
	// (345 tx/s offered 600, against 287 offered 300), and p99 at 300 tx/s fell from 1.9 to 1.6 s.
	// The excess is turned away at once with "mempool is full" (by the app's CheckTx, which counts
	// the mempool against these two limits: app/admission.go). The byte bound does the same for
	// batched blob txs: 16 MiB (4 full blocks) kept 89% of 64 KiB txs at 2x, 32 MiB collapsed.
	cfg.Mempool.Size = 1000
	cfg.Mempool.MaxTxBytes = 4 << 20
	cfg.Mempool.MaxTxsBytes = 4 * BlockMaxBytes
	cfg.Instrumentation.Prometheus = true
	return cfg
}

// IndexEvents are the event attributes the tx indexer keys by default (app.toml index-events;
// tx.hash and tx.height are always indexed). An SDK blob tx emits ~40 indexed attributes (coin
// moves, fee, signature, burn, every field of the rollup event); indexing them all made the tx
// index the largest database of a node and its compactions ~16% of the node's CPU under load.
// These answer the usual questions: txs of an account, of a message type, of a rollup, by sequence.
var IndexEvents = []string{
	"message.action",
	"message.sender",
	"tx.acc_seq",
	"seq.rollup.v1.EventBlobsSubmitted.rollup_id",
	"seq.rollup.v1.EventRollupRegistered.rollup_id",
}

// IAVLCacheSize is the IAVL node cache of each store, in nodes (app.toml iavl-cache-size). The
// SDK's 781,250 suits a hub-sized state; in seq's small trees the cache fills with the nodes of
// superseded versions instead. Measured at 330 × 1 KiB tx/s for 8 minutes: with the SDK's
// default a validator's RSS grew to 2.0-2.2 GB and was still growing; with 100,000 it levelled
// off at 0.95-1.1 GB after 4 minutes, committing as much (324.8 against 319.5 tx/s). 100,000
// nodes still hold the upper levels of a tree with millions of leaves, so a write walks a path
// that is mostly cached; the latest values are read through IAVL's fast-node index anyway.
const IAVLCacheSize = 100_000

// initAppConfig sets seq's app.toml defaults: a minimum gas price in useq, telemetry on, the
// indexed events and the IAVL cache size.
func initAppConfig() (string, any) {
	cfg := serverconfig.DefaultConfig()
	cfg.MinGasPrices = "0.001" + app.BondDenom
	cfg.Telemetry.Enabled = true
	cfg.Telemetry.PrometheusRetentionTime = 60
	cfg.API.Enable = true
	cfg.IndexEvents = IndexEvents
	cfg.IAVLCacheSize = IAVLCacheSize
	return serverconfig.DefaultConfigTemplate, cfg
}
