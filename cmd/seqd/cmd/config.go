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
	// Admission control: every block rechecks every mempool tx while holding the app's ABCI lock,
	// so a 20,000-tx mempool under 2x overload stalls block production (measured: 18 tx/s
	// committed against ~230 at saturation); 2,000 txs (a few blocks of backlog) bounds the
	// recheck and turns the excess away at once with "mempool is full" (227 tx/s kept). The byte
	// bound does the same for batched blob txs: 32 MiB is 8 full blocks (BlockMaxBytes), where
	// 2,000 txs of 64 KiB would queue half a minute of blocks.
	cfg.Mempool.Size = 2000
	cfg.Mempool.MaxTxBytes = 4 << 20
	cfg.Mempool.MaxTxsBytes = 8 * BlockMaxBytes
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

// initAppConfig sets seq's app.toml defaults: a minimum gas price in useq, telemetry on and the
// indexed events.
func initAppConfig() (string, any) {
	cfg := serverconfig.DefaultConfig()
	cfg.MinGasPrices = "0.001" + app.BondDenom
	cfg.Telemetry.Enabled = true
	cfg.Telemetry.PrometheusRetentionTime = 60
	cfg.API.Enable = true
	cfg.IndexEvents = IndexEvents
	return serverconfig.DefaultConfigTemplate, cfg
}
