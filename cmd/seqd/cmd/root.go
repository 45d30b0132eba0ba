// Package cmd builds seqd's command tree: flag parsing and wiring only.
package cmd

import (
	"os"

	"cosmossdk.io/client/v2/autocli"
	"cosmossdk.io/depinject"
	"cosmossdk.io/log"
	"github.com/spf13/cobra"

	"github.com/cosmos/cosmos-sdk/client"
	"github.com/cosmos/cosmos-sdk/client/config"
	"github.com/cosmos/cosmos-sdk/codec"
	codectypes "github.com/cosmos/cosmos-sdk/codec/types"
	"github.com/cosmos/cosmos-sdk/server"
	"github.com/cosmos/cosmos-sdk/types/module"
	"github.com/cosmos/cosmos-sdk/x/auth/tx"
	authtxconfig "github.com/cosmos/cosmos-sdk/x/auth/tx/config"
	authtypes "github.com/cosmos/cosmos-sdk/x/auth/types"

	"github.com/seq-network/seq/app"
)

// NewRootCmd returns seqd's root command.
func NewRootCmd() *cobra.Command {
	var (
		autoCliOpts  autocli.AppOptions
		basicManager module.BasicManager
		clientCtx    client.Context
	)
	if err := depinject.Inject(
		depinject.Configs(app.AppConfig(), depinject.Supply(log.NewNopLogger()), depinject.Provide(ProvideClientContext)),
		&autoCliOpts, &basicManager, &clientCtx,
	); err != nil {
		panic(err)
	}
	rootCmd := &cobra.Command{
		Use:           "seqd",
		Short:         "seq: a shared sequencer for rollups",
		SilenceErrors: true,
		PersistentPreRunE: func(cmd *cobra.Command, _ []string) error {
			return preRun(cmd, clientCtx)
		},
	}
	initRootCmd(rootCmd, clientCtx.TxConfig, basicManager)
	if err := autoCliOpts.EnhanceRootCommand(rootCmd); err != nil {
		panic(err)
	}
	return rootCmd
}

// preRun reads the client and node configuration of the home directory into the command.
func preRun(cmd *cobra.Command, clientCtx client.Context) error {
	cmd.SetOut(cmd.OutOrStdout())
	cmd.SetErr(cmd.ErrOrStderr())
	clientCtx = clientCtx.WithCmdContext(cmd.Context())
	clientCtx, err := client.ReadPersistentCommandFlags(clientCtx, cmd.Flags())
	if err != nil {
		return err
	}
	clientCtx, err = config.ReadFromClientConfig(clientCtx)
	if err != nil {
		return err
	}
	if err := client.SetCmdClientContextHandler(clientCtx, cmd); err != nil {
		return err
	}
	appTemplate, appConfig := initAppConfig()
	return server.InterceptConfigsPreRunHandler(cmd, appTemplate, appConfig, initCometBFTConfig())
}

// ProvideClientContext builds the client context for depinject (it must be exported for depinject).
func ProvideClientContext(
	appCodec codec.Codec, interfaceRegistry codectypes.InterfaceRegistry,
	txConfigOpts tx.ConfigOptions, legacyAmino *codec.LegacyAmino,
) client.Context {
	clientCtx := client.Context{}.
		WithCodec(appCodec).
		WithInterfaceRegistry(interfaceRegistry).
		WithLegacyAmino(legacyAmino).
		WithInput(os.Stdin).
		WithAccountRetriever(authtypes.AccountRetriever{}).
		WithHomeDir(app.DefaultNodeHome).
		WithViper("SEQD")
	clientCtx, _ = config.ReadFromClientConfig(clientCtx)
	// SIGN_MODE_TEXTUAL needs coin metadata; the client reads it over gRPC, not from a keeper.
	txConfigOpts.TextualCoinMetadataQueryFn = authtxconfig.NewGRPCCoinMetadataQueryFn(clientCtx)
	txConfig, err := tx.NewTxConfigWithOptions(clientCtx.Codec, txConfigOpts)
	if err != nil {
		panic(err)
	}
	return clientCtx.WithTxConfig(txConfig)
}
