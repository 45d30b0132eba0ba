package app

import (
	"encoding/json"
	"errors"

	cmtproto "github.com/cometbft/cometbft/proto/tendermint/types"

	servertypes "github.com/cosmos/cosmos-sdk/server/types"
	"github.com/cosmos/cosmos-sdk/x/staking"
)

// ErrZeroHeightExport is returned for `seqd export --for-zero-height`, which seq does not
// support: restarting a sequencer from height zero would break the rollups' height index
// and (later) the L1 checkpoint chain.
var ErrZeroHeightExport = errors.New("export --for-zero-height is not supported by seq; export at the current height")

// ExportAppStateAndValidators exports the state at the last committed height, as if the next
// block started from it; the result imports into a new chain (see app/test for the round trip).
func (app *SeqApp) ExportAppStateAndValidators(
	forZeroHeight bool, _ []string, modulesToExport []string,
) (servertypes.ExportedApp, error) {
	if forZeroHeight {
		return servertypes.ExportedApp{}, ErrZeroHeightExport
	}
	ctx := app.NewContextLegacy(true, cmtproto.Header{Height: app.LastBlockHeight()})
	genState, err := app.ModuleManager.ExportGenesisForModules(ctx, app.appCodec, modulesToExport)
	if err != nil {
		return servertypes.ExportedApp{}, err
	}
	appState, err := json.MarshalIndent(genState, "", "  ")
	if err != nil {
		return servertypes.ExportedApp{}, err
	}
	validators, err := staking.WriteValidators(ctx, app.StakingKeeper)
	return servertypes.ExportedApp{
		AppState:        appState,
		Validators:      validators,
		Height:          app.LastBlockHeight(),
		ConsensusParams: app.GetConsensusParams(ctx),
	}, err
}
