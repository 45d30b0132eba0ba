package cmd

import (
	"bufio"
	"encoding/json"
	"fmt"
	"net"
	"os"
	"path/filepath"
	"strings"
	"time"

	cmtconfig "github.com/cometbft/cometbft/config"
	cmttypes "github.com/cometbft/cometbft/types"
	cmttime "github.com/cometbft/cometbft/types/time"
	"github.com/spf13/cobra"

	"cosmossdk.io/math"

	"github.com/cosmos/cosmos-sdk/client"
	"github.com/cosmos/cosmos-sdk/client/flags"
	"github.com/cosmos/cosmos-sdk/client/tx"
	"github.com/cosmos/cosmos-sdk/crypto/hd"
	"github.com/cosmos/cosmos-sdk/crypto/keyring"
	cryptotypes "github.com/cosmos/cosmos-sdk/crypto/types"
	"github.com/cosmos/cosmos-sdk/server"
	srvconfig "github.com/cosmos/cosmos-sdk/server/config"
	"github.com/cosmos/cosmos-sdk/testutil"
	sdk "github.com/cosmos/cosmos-sdk/types"
	"github.com/cosmos/cosmos-sdk/types/module"
	authtypes "github.com/cosmos/cosmos-sdk/x/auth/types"
	banktypes "github.com/cosmos/cosmos-sdk/x/bank/types"
	"github.com/cosmos/cosmos-sdk/x/genutil"
	genutiltypes "github.com/cosmos/cosmos-sdk/x/genutil/types"
	slashingtypes "github.com/cosmos/cosmos-sdk/x/slashing/types"
	stakingtypes "github.com/cosmos/cosmos-sdk/x/staking/types"

	"github.com/seq-network/seq/app"
	"github.com/seq-network/seq/x/checkpoint/keyfile"
	checkpointtypes "github.com/seq-network/seq/x/checkpoint/types"
)

const (
	flagNumValidators     = "v"
	flagOutputDir         = "output-dir"
	flagNodeDirPrefix     = "node-dir-prefix"
	flagStartingIPAddress = "starting-ip-address"
	flagSingleHost        = "single-host"
	flagFund              = "fund"
	flagFundAmount        = "fund-amount"
	flagPortStep          = "port-step"
	flagPortOffset        = "port-offset"
	flagCheckpointIvl     = "checkpoint-interval"
	flagVoteExtensions    = "vote-extensions"
	flagBlockMaxBytes     = "block-max-bytes"
)

// Ports of node 0; node i adds i×port-step to each, so node 0 keeps the standard ports.
const (
	baseP2PPort  = 26656
	baseRPCPort  = 26657
	basePromPort = 26660
	baseGRPCPort = 9090
	baseAPIPort  = 1317
)

type testnetArgs struct {
	chainID, minGasPrices, outputDir, nodeDirPrefix, startingIP, keyringBackend, fundAmount string
	numValidators, portStep, portOffset                                                     int
	checkpointInterval                                                                      uint64
	blockMaxBytes                                                                           int64
	singleHost, voteExtensions                                                              bool
	fund                                                                                    []string
}

// NewTestnetCmd returns `seqd testnet init-files`.
func NewTestnetCmd(mbm module.BasicManager) *cobra.Command {
	cmd := &cobra.Command{
		Use: "testnet", Short: "Configure a local multi-validator testnet",
		SuggestionsMinimumDistance: 2, RunE: client.ValidateCmd,
	}
	cmd.AddCommand(testnetInitFilesCmd(mbm))
	return cmd
}

func testnetInitFilesCmd(mbm module.BasicManager) *cobra.Command {
	cmd := &cobra.Command{
		Use:   "init-files",
		Short: "Write the homes of a multi-validator testnet (one seqd process per validator)",
		Long: `init-files writes --v node homes under --output-dir (node0/seqd, node1/seqd, ...) with keys,
a shared genesis in which every validator is bonded, and configs whose persistent peers point at each other.
With --single-host every node listens on 127.0.0.1 and node i uses the standard ports plus i×--port-step:
P2P 26656, RPC 26657, Prometheus 26660, gRPC 9090, REST 1317 (all shifted by --port-offset).

Example:
  seqd testnet init-files --v 4 --output-dir ./.localnet --single-host --chain-id seq-localnet`,
		RunE: func(cmd *cobra.Command, _ []string) error {
			clientCtx, err := client.GetClientQueryContext(cmd)
			if err != nil {
				return err
			}
			args, err := readTestnetArgs(cmd)
			if err != nil {
				return err
			}
			return initTestnetFiles(clientCtx, cmd, server.GetServerContextFromCmd(cmd).Config, mbm, args)
		},
	}
	f := cmd.Flags()
	f.Int(flagNumValidators, 4, "number of validators")
	f.StringP(flagOutputDir, "o", "./.testnets", "directory of the node homes")
	f.String(flags.FlagChainID, "seq-localnet", "chain id")
	f.String(server.FlagMinGasPrices, "0.001"+app.BondDenom, "minimum gas prices of every node")
	f.String(flagNodeDirPrefix, "node", "node directory prefix (node0, node1, ...)")
	f.String(flagStartingIPAddress, "127.0.0.1", "IP of node 0; node i gets IP+i unless --single-host")
	f.Bool(flagSingleHost, false, "all nodes on 127.0.0.1 with distinct ports")
	f.Int(flagPortStep, 10, "with --single-host, port distance between consecutive nodes")
	f.Int(flagPortOffset, 0, "with --single-host, added to every port of every node (to run several networks side by side)")
	f.StringSlice(flagFund, nil, "extra bech32 accounts to fund in genesis (e.g. load-generator accounts)")
	f.String(flagFundAmount, "1000000000000"+app.BondDenom, "balance of each --fund account")
	f.String(flags.FlagKeyringBackend, keyring.BackendTest, "keyring backend of the validator keys (os|file|test)")
	f.Uint64(flagCheckpointIvl, 0, "x/checkpoint interval in blocks (0: the module default)")
	f.Int64(flagBlockMaxBytes, BlockMaxBytes, "consensus block size limit in bytes (genesis consensus.params.block.max_bytes)")
	f.Bool(flagVoteExtensions, true, "enable vote extensions from height 1 (false: checkpoints are made but never signed; for overhead benchmarks)")
	return cmd
}

func readTestnetArgs(cmd *cobra.Command) (testnetArgs, error) {
	var a testnetArgs
	f := cmd.Flags()
	var errs [15]error
	a.outputDir, errs[0] = f.GetString(flagOutputDir)
	a.chainID, errs[1] = f.GetString(flags.FlagChainID)
	a.minGasPrices, errs[2] = f.GetString(server.FlagMinGasPrices)
	a.nodeDirPrefix, errs[3] = f.GetString(flagNodeDirPrefix)
	a.startingIP, errs[4] = f.GetString(flagStartingIPAddress)
	a.numValidators, errs[5] = f.GetInt(flagNumValidators)
	a.singleHost, errs[6] = f.GetBool(flagSingleHost)
	a.fund, errs[7] = f.GetStringSlice(flagFund)
	a.fundAmount, errs[8] = f.GetString(flagFundAmount)
	a.keyringBackend, errs[9] = f.GetString(flags.FlagKeyringBackend)
	a.portStep, errs[10] = f.GetInt(flagPortStep)
	a.portOffset, errs[11] = f.GetInt(flagPortOffset)
	a.checkpointInterval, errs[12] = f.GetUint64(flagCheckpointIvl)
	a.voteExtensions, errs[13] = f.GetBool(flagVoteExtensions)
	a.blockMaxBytes, errs[14] = f.GetInt64(flagBlockMaxBytes)
	for _, err := range errs {
		if err != nil {
			return a, err
		}
	}
	if a.numValidators < 1 {
		return a, fmt.Errorf("--%s must be at least 1", flagNumValidators)
	}
	if a.blockMaxBytes < 1<<20 || a.blockMaxBytes > cmttypes.MaxBlockSizeBytes {
		return a, fmt.Errorf("--%s must be between 1 MiB and %d bytes", flagBlockMaxBytes, cmttypes.MaxBlockSizeBytes)
	}
	if a.singleHost && a.portStep < 5 {
		return a, fmt.Errorf("--%s must be at least 5 so that node ports do not collide", flagPortStep)
	}
	return a, nil
}

// nodeAddr returns node i's host and port offset.
func (a testnetArgs) nodeAddr(i int) (string, int, error) {
	if a.singleHost {
		return "127.0.0.1", a.portOffset + i*a.portStep, nil
	}
	ip := net.ParseIP(a.startingIP).To4()
	if ip == nil {
		return "", 0, fmt.Errorf("%q is not an IPv4 address", a.startingIP)
	}
	ip[3] += byte(i)
	return ip.String(), 0, nil
}

type testnetNode struct {
	name, dir, id, host string
	offset              int
	pubKey              cryptotypes.PubKey
	addr                sdk.AccAddress
	checkpointKey       checkpointtypes.CheckpointKey
}

func initTestnetFiles(clientCtx client.Context, cmd *cobra.Command, cfg *cmtconfig.Config, mbm module.BasicManager, a testnetArgs) error {
	nodes := make([]testnetNode, a.numValidators)
	var (
		accounts []authtypes.GenesisAccount
		balances []banktypes.Balance
	)
	for i := range nodes {
		n, err := initNode(clientCtx, cmd, cfg, a, i)
		if err != nil {
			return err
		}
		nodes[i] = n
		coins := sdk.NewCoins(sdk.NewCoin(app.BondDenom, sdk.TokensFromConsensusPower(1000, sdk.DefaultPowerReduction)))
		balances = append(balances, banktypes.Balance{Address: n.addr.String(), Coins: coins})
		accounts = append(accounts, authtypes.NewBaseAccount(n.addr, nil, 0, 0))
	}
	fund, err := sdk.ParseCoinsNormalized(a.fundAmount)
	if err != nil {
		return fmt.Errorf("--%s: %w", flagFundAmount, err)
	}
	for _, s := range a.fund {
		addr, err := sdk.AccAddressFromBech32(strings.TrimSpace(s))
		if err != nil {
			return fmt.Errorf("--%s %q: %w", flagFund, s, err)
		}
		balances = append(balances, banktypes.Balance{Address: addr.String(), Coins: fund})
		accounts = append(accounts, authtypes.NewBaseAccount(addr, nil, 0, 0))
	}
	if err := writeGenesis(clientCtx, cfg, mbm, a, nodes, accounts, balances); err != nil {
		return err
	}
	if err := writePeers(cfg, a, nodes); err != nil {
		return err
	}
	cmd.PrintErrf("Initialized %d node homes under %s (chain %s)\n", a.numValidators, a.outputDir, a.chainID)
	return nil
}

// initNode writes one node's config, keys and gentx.
func initNode(clientCtx client.Context, cmd *cobra.Command, cfg *cmtconfig.Config, a testnetArgs, i int) (testnetNode, error) {
	n := testnetNode{name: fmt.Sprintf("%s%d", a.nodeDirPrefix, i)}
	n.dir = filepath.Join(a.outputDir, n.name, "seqd")
	host, offset, err := a.nodeAddr(i)
	if err != nil {
		return n, err
	}
	n.host, n.offset = host, offset
	if err := os.MkdirAll(filepath.Join(n.dir, "config"), 0o755); err != nil {
		return n, err
	}
	cfg.SetRoot(n.dir)
	cfg.Moniker = n.name
	n.id, n.pubKey, err = genutil.InitializeNodeValidatorFiles(cfg)
	if err != nil {
		return n, err
	}
	kb, err := keyring.New(sdk.KeyringServiceName(), a.keyringBackend, n.dir, bufio.NewReader(cmd.InOrStdin()), clientCtx.Codec)
	if err != nil {
		return n, err
	}
	addr, secret, err := testutil.GenerateSaveCoinKey(kb, n.name, "", true, hd.Secp256k1)
	if err != nil {
		return n, err
	}
	n.addr = addr
	// The checkpoint key, registered in genesis with its proof of possession.
	ckey, err := keyfile.LoadOrGenerate(keyfile.Path(n.dir))
	if err != nil {
		return n, err
	}
	if n.checkpointKey, err = checkpointGenesisKey(ckey, a.chainID, sdk.ValAddress(addr)); err != nil {
		return n, err
	}
	seed, err := json.Marshal(map[string]string{"secret": secret})
	if err != nil {
		return n, err
	}
	if err := os.WriteFile(filepath.Join(n.dir, "key_seed.json"), seed, 0o600); err != nil {
		return n, err
	}
	if err := writeGentx(clientCtx, cmd, kb, a, n); err != nil {
		return n, err
	}
	return n, writeAppConfig(a, n)
}

func writeGentx(clientCtx client.Context, cmd *cobra.Command, kb keyring.Keyring, a testnetArgs, n testnetNode) error {
	stake := sdk.NewCoin(app.BondDenom, sdk.TokensFromConsensusPower(100, sdk.DefaultPowerReduction))
	msg, err := stakingtypes.NewMsgCreateValidator(
		sdk.ValAddress(n.addr).String(), n.pubKey, stake,
		stakingtypes.NewDescription(n.name, "", "", "", ""),
		stakingtypes.NewCommissionRates(math.LegacyMustNewDecFromStr("0.1"), math.LegacyOneDec(), math.LegacyMustNewDecFromStr("0.01")),
		math.OneInt(),
	)
	if err != nil {
		return err
	}
	memo := fmt.Sprintf("%s@%s:%d", n.id, n.host, baseP2PPort+n.offset)
	txBuilder := clientCtx.TxConfig.NewTxBuilder()
	if err := txBuilder.SetMsgs(msg); err != nil {
		return err
	}
	txBuilder.SetMemo(memo)
	factory := tx.Factory{}.WithChainID(a.chainID).WithMemo(memo).WithKeybase(kb).WithTxConfig(clientCtx.TxConfig)
	if err := tx.Sign(cmd.Context(), factory, n.name, txBuilder, true); err != nil {
		return err
	}
	bz, err := clientCtx.TxConfig.TxJSONEncoder()(txBuilder.GetTx())
	if err != nil {
		return err
	}
	dir := filepath.Join(a.outputDir, "gentxs")
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return err
	}
	return os.WriteFile(filepath.Join(dir, n.name+".json"), bz, 0o644)
}

// writeAppConfig writes app.toml: loopback listeners in single-host mode, telemetry on.
func writeAppConfig(a testnetArgs, n testnetNode) error {
	_, appCfgAny := initAppConfig()
	appCfg := appCfgAny.(*srvconfig.Config)
	appCfg.MinGasPrices = a.minGasPrices
	appCfg.Telemetry.GlobalLabels = [][]string{{"chain_id", a.chainID}}
	appCfg.GRPC.Address = fmt.Sprintf("%s:%d", listenHost(a), baseGRPCPort+n.offset)
	appCfg.API.Address = fmt.Sprintf("tcp://%s:%d", listenHost(a), baseAPIPort+n.offset)
	srvconfig.WriteConfigFile(filepath.Join(n.dir, "config", "app.toml"), appCfg)
	return nil
}

func listenHost(a testnetArgs) string {
	if a.singleHost {
		return "127.0.0.1"
	}
	return "0.0.0.0"
}

// writeGenesis builds one genesis with every validator's gentx and copies it to every node.
func writeGenesis(
	clientCtx client.Context, cfg *cmtconfig.Config, mbm module.BasicManager, a testnetArgs,
	nodes []testnetNode, accounts []authtypes.GenesisAccount, balances []banktypes.Balance,
) error {
	state := mbm.DefaultGenesis(clientCtx.Codec)
	if err := setGenesisAccounts(clientCtx, state, accounts, balances); err != nil {
		return err
	}
	tuneGenesis(clientCtx, state, a)
	keys := make([]checkpointtypes.CheckpointKey, len(nodes))
	for i, n := range nodes {
		keys[i] = n.checkpointKey
	}
	if err := addGenesisKeys(clientCtx, state, keys...); err != nil {
		return err
	}
	stateJSON, err := json.MarshalIndent(state, "", "  ")
	if err != nil {
		return err
	}
	genesis := genutiltypes.NewAppGenesisWithVersion(a.chainID, stateJSON)
	genTime := cmttime.Now()
	var appState json.RawMessage
	for _, n := range nodes {
		cfg.SetRoot(n.dir)
		cfg.Moniker = n.name
		if err := genesis.SaveAs(cfg.GenesisFile()); err != nil {
			return err
		}
		initCfg := genutiltypes.NewInitConfig(a.chainID, filepath.Join(a.outputDir, "gentxs"), n.id, n.pubKey)
		if appState == nil {
			appState, err = genutil.GenAppStateFromConfig(clientCtx.Codec, clientCtx.TxConfig, cfg, initCfg, genesis,
				banktypes.GenesisBalancesIterator{}, genutiltypes.DefaultMessageValidator, clientCtx.TxConfig.SigningContext().ValidatorAddressCodec())
			if err != nil {
				return err
			}
		}
		if err := genutil.ExportGenesisFileWithTime(cfg.GenesisFile(), a.chainID, nil, appState, genTime); err != nil {
			return err
		}
		if err := tuneConsensus(cfg.GenesisFile(), a.voteExtensions, a.blockMaxBytes); err != nil {
			return err
		}
	}
	return nil
}

func setGenesisAccounts(clientCtx client.Context, state map[string]json.RawMessage, accounts []authtypes.GenesisAccount, balances []banktypes.Balance) error {
	var authGen authtypes.GenesisState
	clientCtx.Codec.MustUnmarshalJSON(state[authtypes.ModuleName], &authGen)
	packed, err := authtypes.PackAccounts(accounts)
	if err != nil {
		return err
	}
	authGen.Accounts = packed
	state[authtypes.ModuleName] = clientCtx.Codec.MustMarshalJSON(&authGen)

	var bankGen banktypes.GenesisState
	clientCtx.Codec.MustUnmarshalJSON(state[banktypes.ModuleName], &bankGen)
	bankGen.Balances = banktypes.SanitizeGenesisBalances(balances)
	for _, b := range bankGen.Balances {
		bankGen.Supply = bankGen.Supply.Add(b.Coins...)
	}
	state[banktypes.ModuleName] = clientCtx.Codec.MustMarshalJSON(&bankGen)
	return nil
}

// tuneGenesis widens the downtime window: with sub-second blocks the SDK default (100 blocks)
// would jail a validator restarted after less than a minute. It also sets the checkpoint interval.
func tuneGenesis(clientCtx client.Context, state map[string]json.RawMessage, a testnetArgs) {
	if a.checkpointInterval > 0 {
		var cpGen checkpointtypes.GenesisState
		clientCtx.Codec.MustUnmarshalJSON(state[checkpointtypes.ModuleName], &cpGen)
		cpGen.Params.Interval = a.checkpointInterval
		state[checkpointtypes.ModuleName] = clientCtx.Codec.MustMarshalJSON(&cpGen)
	}
	var slashGen slashingtypes.GenesisState
	clientCtx.Codec.MustUnmarshalJSON(state[slashingtypes.ModuleName], &slashGen)
	slashGen.Params.SignedBlocksWindow = 2000
	slashGen.Params.DowntimeJailDuration = 10 * time.Minute
	state[slashingtypes.ModuleName] = clientCtx.Codec.MustMarshalJSON(&slashGen)
}

// writePeers rewrites every node's config.toml with its listeners and the other nodes as peers.
func writePeers(cfg *cmtconfig.Config, a testnetArgs, nodes []testnetNode) error {
	for i, n := range nodes {
		var peers []string
		for j, p := range nodes {
			if j != i {
				peers = append(peers, fmt.Sprintf("%s@%s:%d", p.id, p.host, baseP2PPort+p.offset))
			}
		}
		c := initCometBFTConfig()
		c.SetRoot(n.dir)
		c.Moniker = n.name
		c.P2P.PersistentPeers = strings.Join(peers, ",")
		c.P2P.AddrBookStrict = false
		c.P2P.AllowDuplicateIP = true
		c.P2P.ListenAddress = fmt.Sprintf("tcp://%s:%d", listenHost(a), baseP2PPort+n.offset)
		c.RPC.ListenAddress = fmt.Sprintf("tcp://%s:%d", listenHost(a), baseRPCPort+n.offset)
		c.RPC.PprofListenAddress = ""
		c.Instrumentation.PrometheusListenAddr = fmt.Sprintf("%s:%d", listenHost(a), basePromPort+n.offset)
		c.ProxyApp = fmt.Sprintf("tcp://127.0.0.1:%d", 26658+n.offset)
		cmtconfig.WriteConfigFile(filepath.Join(n.dir, "config", "config.toml"), c)
	}
	return nil
}
