package app

import (
	"sync"

	abci "github.com/cometbft/cometbft/abci/types"
	"github.com/spf13/cast"

	servertypes "github.com/cosmos/cosmos-sdk/server/types"
	sdkerrors "github.com/cosmos/cosmos-sdk/types/errors"
)

// admission mirrors the size of CometBFT's mempool inside the app, so that CheckTx refuses a tx
// the mempool would not keep. CometBFT v0.38 checks for room both before and after the app's
// CheckTx; a tx that passes the app while another takes the last slot is dropped silently, yet
// the broadcaster is told code 0 and the app's check state has already advanced the sender's
// sequence. The sender's next txs then fail on every other node and at the next recheck, and
// the tx is lost. Refusing here, with a typed error and before any state changes, closes that
// race: this count is never below the mempool's, so CometBFT's second check never fires. The
// refusal is the SDK's registered ErrMempoolIsFull (sdk/20): the tx changed nothing and may be
// sent again later.
//
// The count is exact because of how CometBFT drives the app: every tx in the mempool has
// passed CheckTx since the last Commit, either as new or at the recheck that follows Commit,
// and no new CheckTx runs between Commit and the end of that recheck (the mempool is locked).
// A tx the mempool later drops for another reason only leaves the count high until the next
// block, which errs on the side of refusing.
type admission struct {
	mu       sync.Mutex
	maxTxs   int   // 0: no limit known, admission is off
	maxBytes int64 // 0: no byte limit
	txs      int
	bytes    int64
}

// newAdmission reads the node's mempool limits from its CometBFT config (the SDK server merges
// config.toml into the app options). Without recheck the app cannot know which txs remain after
// a block, so admission stays off, as it does when no mempool settings are present (tests).
func newAdmission(appOpts servertypes.AppOptions) *admission {
	a := &admission{}
	if appOpts == nil || appOpts.Get("mempool.size") == nil || !cast.ToBool(appOpts.Get("mempool.recheck")) {
		return a
	}
	if t := cast.ToString(appOpts.Get("mempool.type")); t != "" && t != "flood" {
		return a
	}
	a.maxTxs = cast.ToInt(appOpts.Get("mempool.size"))
	a.maxBytes = cast.ToInt64(appOpts.Get("mempool.max_txs_bytes"))
	return a
}

// full reports whether a tx of n bytes would not fit, in CometBFT's own terms.
func (a *admission) full(n int) error {
	a.mu.Lock()
	defer a.mu.Unlock()
	if a.maxTxs == 0 {
		return nil
	}
	if a.txs >= a.maxTxs || (a.maxBytes > 0 && a.bytes+int64(n) > a.maxBytes) {
		return sdkerrors.ErrMempoolIsFull.Wrapf("%d txs (%d bytes) of %d (%d bytes)", a.txs, a.bytes, a.maxTxs, a.maxBytes)
	}
	return nil
}

func (a *admission) add(n int) {
	a.mu.Lock()
	defer a.mu.Unlock()
	a.txs++
	a.bytes += int64(n)
}

// reset starts the count over at Commit; the recheck that follows adds back the txs that stay.
func (a *admission) reset() {
	a.mu.Lock()
	defer a.mu.Unlock()
	a.txs, a.bytes = 0, 0
}

// CheckTx refuses a new tx the mempool has no room for before running the ante chain, and
// counts every tx the mempool will keep.
func (app *SeqApp) CheckTx(req *abci.RequestCheckTx) (*abci.ResponseCheckTx, error) {
	if req.Type == abci.CheckTxType_New {
		if err := app.admission.full(len(req.Tx)); err != nil {
			return sdkerrors.ResponseCheckTxWithEvents(err, 0, 0, nil, false), nil
		}
	}
	resp, err := app.App.CheckTx(req)
	if err == nil && resp.Code == abci.CodeTypeOK {
		app.admission.add(len(req.Tx))
	} else {
		app.txs.forget(req.Tx) // out of the mempool, or never in it
	}
	return resp, err
}

// Commit commits the block and starts the mempool count over (see admission).
func (app *SeqApp) Commit() (*abci.ResponseCommit, error) {
	app.admission.reset()
	return app.App.Commit()
}
