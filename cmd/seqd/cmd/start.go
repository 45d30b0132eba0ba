package cmd

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"

	abciserver "github.com/cometbft/cometbft/abci/server"
	cmtcfg "github.com/cometbft/cometbft/config"
	"github.com/cometbft/cometbft/node"
	"github.com/cometbft/cometbft/p2p"
	pvm "github.com/cometbft/cometbft/privval"
	"github.com/cometbft/cometbft/proxy"
	rpchttp "github.com/cometbft/cometbft/rpc/client/http"
	"github.com/cometbft/cometbft/rpc/client/local"
	cmttypes "github.com/cometbft/cometbft/types"
	gometrics "github.com/hashicorp/go-metrics"
	"golang.org/x/sync/errgroup"

	"github.com/cosmos/cosmos-sdk/client"
	"github.com/cosmos/cosmos-sdk/server"
	"github.com/cosmos/cosmos-sdk/server/api"
	serverconfig "github.com/cosmos/cosmos-sdk/server/config"
	servercmtlog "github.com/cosmos/cosmos-sdk/server/log"
	servertypes "github.com/cosmos/cosmos-sdk/server/types"
	"github.com/cosmos/cosmos-sdk/telemetry"
	"github.com/cosmos/cosmos-sdk/version"
	genutiltypes "github.com/cosmos/cosmos-sdk/x/genutil/types"
)

// The SDK's `start` flags this handler reads (server/start.go keeps their names unexported).
const (
	flagTraceStore = "trace-store"
	flagGRPCOnly   = "grpc-only"
	flagAddress    = "address"
	flagTransport  = "transport"
)

// startOptions makes `seqd start` run the SDK's start sequence with one change: the CometBFT
// node checks peers' gossiped txs off their connections (asyncMempoolGossip, gossip.go). The SDK
// builds its node inside an unexported function that takes no node options, so startNode below
// follows the SDK's own (server/start.go, v0.53.8) step by step; the flags, app.toml and the
// servers are the SDK's.
func startOptions() server.StartCmdOptions {
	return server.StartCmdOptions{StartCommandHandler: startHandler}
}

// startHandler implements server.StartCmdOptions.StartCommandHandler.
func startHandler(svrCtx *server.Context, clientCtx client.Context, appCreator servertypes.AppCreator, withComet bool, opts server.StartCmdOptions) error {
	if ok, _ := svrCtx.Viper.Get(server.KeyIsTestnet).(bool); ok {
		return errors.New("seqd has no in-place testnet mode")
	}
	svrCfg, err := serverconfig.GetConfig(svrCtx.Viper)
	if err != nil {
		return err
	}
	if err := svrCfg.ValidateBasic(); err != nil {
		return err
	}
	a, closeApp, err := openApp(svrCtx, appCreator, opts)
	if err != nil {
		return err
	}
	defer closeApp()
	metrics, err := telemetry.New(svrCfg.Telemetry)
	if err != nil {
		return err
	}
	emitServerInfo()
	ctx, cancel := context.WithCancel(context.Background())
	g, ctx := errgroup.WithContext(ctx)
	server.ListenForQuitSignals(g, withComet, cancel, svrCtx.Logger)
	if !withComet {
		return startStandalone(ctx, g, svrCtx, svrCfg, clientCtx, a, metrics)
	}
	return startInProcess(ctx, g, svrCtx, svrCfg, clientCtx, a, metrics, opts)
}

// emitServerInfo sets the server_info gauge (Go and SDK versions), as the SDK's start does.
func emitServerInfo() {
	v := version.NewInfo()
	telemetry.SetGaugeWithLabels([]string{"server", "info"}, 1, []gometrics.Label{
		telemetry.NewLabel("go", v.GoVersion), telemetry.NewLabel("version", v.CosmosSdkVersion),
	})
}

// openApp opens the app's database and trace writer and builds the app.
func openApp(svrCtx *server.Context, appCreator servertypes.AppCreator, opts server.StartCmdOptions) (servertypes.Application, func(), error) {
	var trace io.WriteCloser
	if f := svrCtx.Viper.GetString(flagTraceStore); f != "" {
		w, err := os.OpenFile(f, os.O_WRONLY|os.O_APPEND|os.O_CREATE, 0o666)
		if err != nil {
			return nil, nil, fmt.Errorf("trace store %s: %w", f, err)
		}
		trace = w
	}
	db, err := opts.DBOpener(svrCtx.Config.RootDir, server.GetAppDBBackend(svrCtx.Viper))
	if err != nil {
		return nil, nil, err
	}
	var traceW io.Writer // a nil *os.File would not be a nil io.Writer
	if trace != nil {
		traceW = trace
	}
	a := appCreator(svrCtx.Logger, db, traceW, svrCtx.Viper)
	return a, func() {
		if err := a.Close(); err != nil {
			svrCtx.Logger.Error("closing the app", "err", err)
		}
		if trace != nil {
			_ = trace.Close()
		}
	}, nil
}

// startInProcess runs CometBFT in this process (unless --grpc-only), then the gRPC and REST
// servers, and waits for a quit signal.
func startInProcess(ctx context.Context, g *errgroup.Group, svrCtx *server.Context, svrCfg serverconfig.Config,
	clientCtx client.Context, a servertypes.Application, metrics *telemetry.Metrics, opts server.StartCmdOptions,
) error {
	if svrCtx.Viper.GetBool(flagGRPCOnly) {
		svrCtx.Logger.Info("starting node in gRPC only mode; CometBFT is disabled")
		svrCfg.GRPC.Enable = true
	} else {
		svrCtx.Logger.Info("starting node with ABCI CometBFT in-process")
		n, err := startNode(ctx, svrCtx, a)
		if err != nil {
			return err
		}
		defer func() {
			if n.IsRunning() {
				_ = n.Stop()
			}
		}()
		if svrCfg.API.Enable || svrCfg.GRPC.Enable {
			clientCtx = clientCtx.WithClient(local.New(n))
			registerNodeServices(a, clientCtx, svrCfg)
		}
	}
	clientCtx, err := startServers(ctx, g, svrCtx, svrCfg, clientCtx, a, metrics)
	if err != nil {
		return err
	}
	if opts.PostSetup != nil {
		if err := opts.PostSetup(svrCtx, clientCtx, ctx, g); err != nil {
			return err
		}
	}
	return g.Wait()
}

// startNode starts the CometBFT node as the SDK does, with asyncMempoolGossip as a node option:
// the one difference.
func startNode(ctx context.Context, svrCtx *server.Context, a servertypes.Application) (*node.Node, error) {
	cfg := svrCtx.Config
	nodeKey, err := p2p.LoadOrGenNodeKey(cfg.NodeKeyFile())
	if err != nil {
		return nil, err
	}
	n, err := node.NewNodeWithContext(ctx, cfg,
		pvm.LoadOrGenFilePV(cfg.PrivValidatorKeyFile(), cfg.PrivValidatorStateFile()),
		nodeKey,
		proxy.NewLocalClientCreator(server.NewCometABCIWrapper(a)),
		genesisDocProvider(cfg),
		cmtcfg.DefaultDBProvider,
		node.DefaultMetricsProvider(cfg.Instrumentation),
		servercmtlog.CometLoggerWrapper{Logger: svrCtx.Logger},
		asyncMempoolGossip(cfg.Mempool.MaxTxsBytes),
	)
	if err != nil {
		return nil, err
	}
	return n, n.Start()
}

// genesisDocProvider reads the SDK-format genesis file, as the SDK's start does.
func genesisDocProvider(cfg *cmtcfg.Config) node.GenesisDocProvider {
	return func() (*cmttypes.GenesisDoc, error) {
		g, err := genutiltypes.AppGenesisFromFile(cfg.GenesisFile())
		if err != nil {
			return nil, err
		}
		return g.ToGenesisDoc()
	}
}

// startStandalone serves the app over an ABCI socket for an external CometBFT
// (--with-comet=false), as the SDK does; that CometBFT's gossip is its own.
func startStandalone(ctx context.Context, g *errgroup.Group, svrCtx *server.Context, svrCfg serverconfig.Config,
	clientCtx client.Context, a servertypes.Application, metrics *telemetry.Metrics,
) error {
	svrCtx.Logger.Info("starting ABCI without CometBFT")
	svr, err := abciserver.NewServer(svrCtx.Viper.GetString(flagAddress), svrCtx.Viper.GetString(flagTransport), server.NewCometABCIWrapper(a))
	if err != nil {
		return fmt.Errorf("error creating listener: %w", err)
	}
	svr.SetLogger(servercmtlog.CometLoggerWrapper{Logger: svrCtx.Logger.With("module", "abci-server")})
	if svrCfg.API.Enable || svrCfg.GRPC.Enable {
		rpc, err := rpchttp.New(svrCtx.Config.RPC.ListenAddress, "/websocket")
		if err != nil {
			return err
		}
		clientCtx = clientCtx.WithClient(rpc)
		registerNodeServices(a, clientCtx, svrCfg)
	}
	if _, err := startServers(ctx, g, svrCtx, svrCfg, clientCtx, a, metrics); err != nil {
		return err
	}
	g.Go(func() error {
		if err := svr.Start(); err != nil {
			return err
		}
		<-ctx.Done()
		return svr.Stop()
	})
	return g.Wait()
}

// registerNodeServices adds the tx, CometBFT and node services, which need a CometBFT client.
func registerNodeServices(a servertypes.Application, clientCtx client.Context, svrCfg serverconfig.Config) {
	a.RegisterTxService(clientCtx)
	a.RegisterTendermintService(clientCtx)
	a.RegisterNodeService(clientCtx, svrCfg)
}

// startServers starts the gRPC server and the REST gateway as app.toml configures them.
func startServers(ctx context.Context, g *errgroup.Group, svrCtx *server.Context, svrCfg serverconfig.Config,
	clientCtx client.Context, a servertypes.Application, metrics *telemetry.Metrics,
) (client.Context, error) {
	grpcSrv, clientCtx, err := server.StartGrpcServer(ctx, g, svrCfg.GRPC, clientCtx, svrCtx, a)
	if err != nil {
		return clientCtx, err
	}
	if !svrCfg.API.Enable {
		return clientCtx, nil
	}
	apiSrv := api.New(clientCtx.WithHomeDir(svrCtx.Config.RootDir), svrCtx.Logger.With("module", "api-server"), grpcSrv)
	a.RegisterAPIRoutes(apiSrv, svrCfg.API)
	if svrCfg.Telemetry.Enabled {
		apiSrv.SetTelemetry(metrics)
	}
	g.Go(func() error { return apiSrv.Start(ctx, svrCfg) })
	return clientCtx, nil
}
