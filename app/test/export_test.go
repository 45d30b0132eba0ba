package app_test

import (
	"encoding/json"
	"testing"

	abci "github.com/cometbft/cometbft/abci/types"
	"github.com/stretchr/testify/require"

	storetypes "cosmossdk.io/store/types"

	seqapp "github.com/seq-network/seq/app"
	rolluptypes "github.com/seq-network/seq/x/rollup/types"
)

// runBlocks drives `blocks` blocks of random blob and send txs through the proposal handlers
// and FinalizeBlock on every app in apps, returning each block's app hash per app.
func runBlocks(t *testing.T, h *harness, blocks int, apps ...*seqapp.SeqApp) [][][]byte {
	hashes := make([][][]byte, len(apps))
	for b := 0; b < blocks; b++ {
		a := h.accounts
		mempool := [][]byte{
			h.blobTx(a[b%len(a)], "alpha", h.blob(700), h.blob(300)),
			h.blobTx(a[(b+1)%len(a)], "beta", h.blob(1500)),
			h.sendTx(a[(b+2)%len(a)]),
			h.blobTx(a[(b+3)%len(a)], "alpha", h.blob(2000)),
		}
		proposal := h.prepare(apps[0], mempool)
		require.Equal(t, accept, h.process(apps[0], proposal))
		h.height++
		for i, app := range apps {
			resp, hash := h.finalize(app, h.height, proposal)
			requireAllOK(t, resp)
			hashes[i] = append(hashes[i], hash)
		}
	}
	return hashes
}

func requireAllOK(t testing.TB, resp *abci.ResponseFinalizeBlock) {
	for i, r := range resp.TxResults {
		require.Zero(t, r.Code, "tx %d failed: %s", i, r.Log)
	}
}

// TestDeterminism: two independent apps fed the same genesis and blocks agree on every app hash.
func TestDeterminism(t *testing.T) {
	h := newHarness(t, 6)
	other := newApp()
	h.initChain(other)
	hashes := runBlocks(t, h, 8, h.app, other)
	require.Equal(t, hashes[0], hashes[1])
	require.NotEqual(t, hashes[0][0], hashes[0][1], "app hash must move with state")
}

// TestExportImport: state exported after some blocks imports into a fresh app whose stores hold
// exactly the same rollup and account data, user balances and supply, and whose re-export is identical.
func TestExportImport(t *testing.T) {
	h := newHarness(t, 6)
	runBlocks(t, h, 6, h.app)

	exported, err := h.app.ExportAppStateAndValidators(false, nil, nil)
	require.NoError(t, err)
	var state map[string]json.RawMessage
	require.NoError(t, json.Unmarshal(exported.AppState, &state))
	var rg rolluptypes.GenesisState
	h.app.AppCodec().MustUnmarshalJSON(state[rolluptypes.ModuleName], &rg)
	require.NotEmpty(t, rg.Commitments, "blocks with blobs must leave commitments")

	imported := newApp()
	h2 := *h
	h2.genesis = exported.AppState
	h2.initChain(imported)
	// InitChain state is committed with the first block, and every block steps the base fees
	// and distributes fees: run one empty block on both chains before comparing them.
	h.finalize(imported, 1, nil)
	h.finalize(h.app, h.height+1, nil)

	for _, key := range []string{rolluptypes.StoreKey, "acc"} {
		requireStoresEqual(t, h, h.app, imported, key)
	}
	// Bank's module accounts differ by design (x/distribution skips allocation at height 1),
	// but every user balance and the burned supply must survive the round trip.
	for _, a := range h.accounts {
		require.Equal(t, h.app.BankKeeper.GetAllBalances(h.ctx(h.app), a.addr), imported.BankKeeper.GetAllBalances(h.ctx(imported), a.addr))
	}
	require.Equal(t, h.app.BankKeeper.GetSupply(h.ctx(h.app), seqapp.BondDenom), imported.BankKeeper.GetSupply(h.ctx(imported), seqapp.BondDenom))
	require.JSONEq(t, exportModule(t, h.app, rolluptypes.ModuleName), exportModule(t, imported, rolluptypes.ModuleName))

	_, err = h.app.ExportAppStateAndValidators(true, nil, nil)
	require.ErrorIs(t, err, seqapp.ErrZeroHeightExport)
}

func requireStoresEqual(t *testing.T, h *harness, a, b *seqapp.SeqApp, key string) {
	storeA := h.ctx(a).KVStore(a.GetKey(key))
	storeB := h.ctx(b).KVStore(b.GetKey(key))
	itA, itB := storeA.Iterator(nil, nil), storeB.Iterator(nil, nil)
	defer itA.Close()
	defer itB.Close()
	n := 0
	for ; itA.Valid() && itB.Valid(); itA.Next() {
		require.Equal(t, itA.Key(), itB.Key(), "store %s entry %d", key, n)
		require.Equal(t, itA.Value(), itB.Value(), "store %s key %X", key, itA.Key())
		itB.Next()
		n++
	}
	require.False(t, itA.Valid() || itB.Valid(), "store %s: different number of entries", key)
	require.Positive(t, n, "store %s is empty", key)
	var _ storetypes.KVStore = storeA
}

func exportModule(t *testing.T, app *seqapp.SeqApp, module string) string {
	exported, err := app.ExportAppStateAndValidators(false, nil, []string{module})
	require.NoError(t, err)
	var state map[string]json.RawMessage
	require.NoError(t, json.Unmarshal(exported.AppState, &state))
	return string(state[module])
}
