package app

import (
	"path/filepath"

	"github.com/spf13/cast"

	"github.com/cosmos/cosmos-sdk/client/flags"
	servertypes "github.com/cosmos/cosmos-sdk/server/types"
	sdk "github.com/cosmos/cosmos-sdk/types"

	"github.com/seq-network/seq/app/proposal"
	"github.com/seq-network/seq/app/ve"
	"github.com/seq-network/seq/x/checkpoint/keyfile"
)

// FlagCheckpointKeyFile overrides, in app options, the path of the node's checkpoint key
// (default: <home>/config/checkpoint_key.json).
const FlagCheckpointKeyFile = "checkpoint.key_file"

// setABCIHandlers attaches the proposal handlers (lanes + quorum-certificate injection), the
// vote-extension handlers and the PreBlocker that writes checkpoint signatures. The logic lives
// in app/proposal and app/ve.
func (app *SeqApp) setABCIHandlers(appOpts servertypes.AppOptions, decode sdk.TxDecoder) {
	v := ve.NewHandler(app.Logger(), app.CheckpointKeeper, app.StakingKeeper, checkpointKeyPath(appOpts))
	h := proposal.NewHandler(app.Logger(), decode, app.RollupKeeper, v)
	app.SetPrepareProposal(h.PrepareProposal())
	app.SetProcessProposal(h.ProcessProposal())
	app.SetExtendVoteHandler(v.ExtendVote())
	app.SetVerifyVoteExtensionHandler(v.VerifyVoteExtension())
	app.SetPreBlocker(v.PreBlocker(app.App.PreBlocker))
}

// checkpointKeyPath reads the key file path from app options, or derives it from the home.
func checkpointKeyPath(appOpts servertypes.AppOptions) string {
	if p := cast.ToString(appOpts.Get(FlagCheckpointKeyFile)); p != "" {
		return p
	}
	if home := cast.ToString(appOpts.Get(flags.FlagHome)); home != "" {
		return keyfile.Path(filepath.Clean(home))
	}
	return ""
}
