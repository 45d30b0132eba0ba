package cmd

import (
	"encoding/base64"
	"encoding/hex"
	"encoding/json"
	"fmt"

	cmttypes "github.com/cometbft/cometbft/types"
	"github.com/consensys/gnark-crypto/ecc/bn254/twistededwards/eddsa"
	"github.com/spf13/cobra"

	"github.com/cosmos/cosmos-sdk/client"
	"github.com/cosmos/cosmos-sdk/client/flags"
	"github.com/cosmos/cosmos-sdk/server"
	sdk "github.com/cosmos/cosmos-sdk/types"
	"github.com/cosmos/cosmos-sdk/types/module"
	genutilcli "github.com/cosmos/cosmos-sdk/x/genutil/client/cli"
	genutiltypes "github.com/cosmos/cosmos-sdk/x/genutil/types"

	"github.com/seq-network/seq/x/checkpoint/keyfile"
	"github.com/seq-network/seq/x/checkpoint/sighash"
	checkpointtypes "github.com/seq-network/seq/x/checkpoint/types"
)

const flagValidator = "validator"

// initCmd wraps genutil's `init`: it also writes the node's checkpoint key (kept if it exists)
// and enables vote extensions from height 1 in the genesis it wrote.
func initCmd(mbm module.BasicManager, defaultHome string) *cobra.Command {
	cmd := genutilcli.InitCmd(mbm, defaultHome)
	inner := cmd.RunE
	cmd.RunE = func(cmd *cobra.Command, args []string) error {
		if err := inner(cmd, args); err != nil {
			return err
		}
		cfg := server.GetServerContextFromCmd(cmd).Config
		key, err := keyfile.LoadOrGenerate(keyfile.Path(cfg.RootDir))
		if err != nil {
			return err
		}
		cmd.PrintErrf("checkpoint key %s: %X\n", keyfile.Path(cfg.RootDir), sighash.MarshalPubKey(&key.PublicKey))
		return tuneConsensus(cfg.GenesisFile(), true, BlockMaxBytes)
	}
	return cmd
}

// BlockMaxBytes is the consensus block size limit seqd's genesis files get (CometBFT's default is
// 21 MiB). Measured on 127.0.0.1 with 4 validators on 2 cores: under overload of 64 KiB blob txs,
// 8 MiB blocks overran the 2 s timeout_propose round after round (41 propose timeouts per node in
// a minute) and throughput fell well below the offered 1x rate; with 4 MiB blocks (and the 16 MiB
// mempool in config.go) 2x overload kept ~89% of it. 4 MiB per ~1 s block is above what this
// machine carries (~2.5 MB/s of blobs).
const BlockMaxBytes = 4 << 20

// tuneConsensus sets seq's consensus params in a genesis file: the block size limit and, when
// voteExtensions, abci.vote_extensions_enable_height = 1 (checkpoint signatures travel in vote
// extensions from the first block).
func tuneConsensus(genFile string, voteExtensions bool, blockMaxBytes int64) error {
	g, err := genutiltypes.AppGenesisFromFile(genFile)
	if err != nil {
		return err
	}
	if g.Consensus == nil {
		g.Consensus = &genutiltypes.ConsensusGenesis{}
	}
	if g.Consensus.Params == nil { // a genesis written without params means CometBFT's defaults
		g.Consensus.Params = cmttypes.DefaultConsensusParams()
	}
	g.Consensus.Params.Block.MaxBytes = blockMaxBytes
	if voteExtensions {
		g.Consensus.Params.ABCI.VoteExtensionsEnableHeight = 1
	}
	return g.SaveAs(genFile)
}

// checkpointKeyCmd returns `seqd checkpoint-key {create,show}`.
func checkpointKeyCmd(defaultHome string) *cobra.Command {
	cmd := &cobra.Command{
		Use:   "checkpoint-key",
		Short: "Manage this node's checkpoint key (EdDSA on BN254's twisted Edwards curve)",
		Long: `The checkpoint key signs checkpoints in vote extensions. It lives in
<home>/config/checkpoint_key.json (mode 0600). Register it with
  seqd tx checkpoint register-key <valoper> <pubkey-base64> <pop-base64> --from <operator>
using the values printed by 'seqd checkpoint-key show --validator <valoper> --chain-id <id>'.`,
		RunE: client.ValidateCmd,
	}
	cmd.PersistentFlags().String(flags.FlagHome, defaultHome, "node home directory")
	cmd.AddCommand(
		&cobra.Command{
			Use: "create", Short: "Create the checkpoint key (refuses to overwrite)", Args: cobra.NoArgs,
			RunE: func(cmd *cobra.Command, _ []string) error {
				path := keyfile.Path(homeFlag(cmd))
				key, err := keyfile.Generate(path)
				if err != nil {
					return err
				}
				return printKey(cmd, path, key, "", "")
			},
		},
		showKeyCmd(),
	)
	return cmd
}

func showKeyCmd() *cobra.Command {
	cmd := &cobra.Command{
		Use: "show", Short: "Show the public key, and with --validator and --chain-id its proof of possession", Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			path := keyfile.Path(homeFlag(cmd))
			key, err := keyfile.Load(path)
			if err != nil {
				return err
			}
			val, _ := cmd.Flags().GetString(flagValidator)
			chainID, _ := cmd.Flags().GetString(flags.FlagChainID)
			return printKey(cmd, path, key, val, chainID)
		},
	}
	cmd.Flags().String(flagValidator, "", "validator operator address (seqvaloper1...) the proof of possession binds")
	cmd.Flags().String(flags.FlagChainID, "", "chain id the proof of possession binds")
	return cmd
}

func homeFlag(cmd *cobra.Command) string {
	home, _ := cmd.Flags().GetString(flags.FlagHome)
	return home
}

// printKey prints the key as JSON; with a validator and chain id it adds the proof of possession.
func printKey(cmd *cobra.Command, path string, key *eddsa.PrivateKey, validator, chainID string) error {
	pub := sighash.MarshalPubKey(&key.PublicKey)
	out := map[string]string{"file": path, "pubkey_hex": hex.EncodeToString(pub), "pubkey_base64": base64.StdEncoding.EncodeToString(pub)}
	if validator != "" {
		if chainID == "" {
			return fmt.Errorf("--%s needs --%s", flagValidator, flags.FlagChainID)
		}
		pop, err := proofOfPossession(key, chainID, validator)
		if err != nil {
			return err
		}
		out["validator"], out["proof_of_possession_base64"] = validator, base64.StdEncoding.EncodeToString(pop)
	}
	bz, err := json.MarshalIndent(out, "", "  ")
	if err != nil {
		return err
	}
	cmd.Println(string(bz))
	return nil
}

func proofOfPossession(key *eddsa.PrivateKey, chainID, validator string) ([]byte, error) {
	val, err := sdk.ValAddressFromBech32(validator)
	if err != nil {
		return nil, fmt.Errorf("validator %q: %w", validator, err)
	}
	return sighash.SignPoP(key, chainID, val)
}

// checkpointGenesisKey builds the genesis record of key for validator on chainID.
func checkpointGenesisKey(key *eddsa.PrivateKey, chainID string, val sdk.ValAddress) (checkpointtypes.CheckpointKey, error) {
	pop, err := sighash.SignPoP(key, chainID, val)
	if err != nil {
		return checkpointtypes.CheckpointKey{}, err
	}
	return checkpointtypes.CheckpointKey{Validator: val.String(), Pubkey: sighash.MarshalPubKey(&key.PublicKey), ProofOfPossession: pop}, nil
}

// addGenesisKeys puts keys into the x/checkpoint genesis of appState, replacing any key of the
// same validator.
func addGenesisKeys(clientCtx client.Context, appState map[string]json.RawMessage, keys ...checkpointtypes.CheckpointKey) error {
	gs := checkpointtypes.DefaultGenesis()
	if raw, ok := appState[checkpointtypes.ModuleName]; ok && len(raw) > 0 {
		if err := clientCtx.Codec.UnmarshalJSON(raw, gs); err != nil {
			return err
		}
	}
	for _, k := range keys {
		kept := gs.Keys[:0]
		for _, old := range gs.Keys {
			if old.Validator != k.Validator {
				kept = append(kept, old)
			}
		}
		gs.Keys = append(kept, k)
	}
	if err := gs.Validate(); err != nil {
		return err
	}
	bz, err := clientCtx.Codec.MarshalJSON(gs)
	if err != nil {
		return err
	}
	appState[checkpointtypes.ModuleName] = bz
	return nil
}

// addGenesisCheckpointKeyCmd returns `seqd genesis add-checkpoint-key <valoper>`.
func addGenesisCheckpointKeyCmd(defaultHome string) *cobra.Command {
	cmd := &cobra.Command{
		Use:   "add-checkpoint-key [validator-operator-address]",
		Short: "Add this node's checkpoint key, with its proof of possession, for a validator to genesis.json",
		Args:  cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			clientCtx := client.GetClientContextFromCmd(cmd)
			cfg := server.GetServerContextFromCmd(cmd).Config
			cfg.SetRoot(clientCtx.HomeDir)
			val, err := sdk.ValAddressFromBech32(args[0])
			if err != nil {
				return fmt.Errorf("validator %q: %w", args[0], err)
			}
			key, err := keyfile.Load(keyfile.Path(clientCtx.HomeDir))
			if err != nil {
				return err
			}
			g, err := genutiltypes.AppGenesisFromFile(cfg.GenesisFile())
			if err != nil {
				return err
			}
			ck, err := checkpointGenesisKey(key, g.ChainID, val)
			if err != nil {
				return err
			}
			var appState map[string]json.RawMessage
			if err := json.Unmarshal(g.AppState, &appState); err != nil {
				return err
			}
			if err := addGenesisKeys(clientCtx, appState, ck); err != nil {
				return err
			}
			if g.AppState, err = json.MarshalIndent(appState, "", "  "); err != nil {
				return err
			}
			return g.SaveAs(cfg.GenesisFile())
		},
	}
	cmd.Flags().String(flags.FlagHome, defaultHome, "node home directory")
	return cmd
}
