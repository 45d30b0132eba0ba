package app

import "github.com/seq-network/seq/app/proposal"

// setABCIHandlers attaches the lane-ordering proposal handlers; the logic lives in app/proposal.
func (app *SeqApp) setABCIHandlers() {
	h := proposal.NewHandler(app.Logger(), app.txConfig.TxDecoder(), app.RollupKeeper)
	app.SetPrepareProposal(h.PrepareProposal())
	app.SetProcessProposal(h.ProcessProposal())
}
