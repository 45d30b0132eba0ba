package app_test

import (
	"bytes"
	"math/rand"
	"testing"

	abci "github.com/cometbft/cometbft/abci/types"
	"github.com/stretchr/testify/require"

	"cosmossdk.io/math"

	sdk "github.com/cosmos/cosmos-sdk/types"
	banktypes "github.com/cosmos/cosmos-sdk/x/bank/types"

	seqapp "github.com/seq-network/seq/app"
	rolluptypes "github.com/seq-network/seq/x/rollup/types"
)

const (
	accept = abci.ResponseProcessProposal_ACCEPT
	reject = abci.ResponseProcessProposal_REJECT
)

// validProposal returns the mempool it came from and the layout PrepareProposal chose:
// [alpha alpha][beta][send send].
func validProposal(h *harness) (mempool, proposal [][]byte, alpha1, alpha2, beta, send1, send2 []byte) {
	a := h.accounts
	send1 = h.sendTx(a[1])
	beta = h.blobTx(a[2], "beta", h.blob(1024))
	alpha1 = h.blobTx(a[3], "alpha", h.blob(1024), h.blob(1024))
	send2 = h.sendTx(a[4])
	alpha2 = h.blobTx(a[5], "alpha", h.blob(2048))
	mempool = [][]byte{send1, beta, alpha1, send2, alpha2}
	return mempool, h.prepare(h.app, mempool), alpha1, alpha2, beta, send1, send2
}

func TestPrepareProposalOrdersLanes(t *testing.T) {
	h := newHarness(t, 8)
	_, proposal, alpha1, alpha2, beta, send1, send2 := validProposal(h)
	require.Equal(t, [][]byte{alpha1, alpha2, beta, send1, send2}, proposal)
	require.Equal(t, accept, h.process(h.app, proposal))
}

func TestPrepareProposalKeepsQuotaAndDropsJunk(t *testing.T) {
	h := newHarness(t, 8)
	a := h.accounts
	fill1 := h.blobTx(a[1], "alpha", h.blob(2048))
	fill2 := h.blobTx(a[2], "alpha", h.blob(2048))
	over := h.blobTx(a[3], "alpha", h.blob(1)) // alpha is full: waits for the next block
	junk := []byte("not a tx")
	mixed := h.signTx(a[4], blobMsg(a[4].addr, "beta"), sendMsg(a[4].addr, a[0].addr))
	unknown := h.blobTx(a[5], "zeta", h.blob(10))
	gamma := h.blobTx(a[6], "gamma", h.blob(100))
	proposal := h.prepare(h.app, [][]byte{fill1, junk, fill2, over, mixed, unknown, gamma})
	require.Equal(t, [][]byte{fill1, fill2, gamma}, proposal)
	require.Equal(t, accept, h.process(h.app, proposal))
}

func TestProcessProposalMutators(t *testing.T) {
	h := newHarness(t, 10)
	_, valid, alpha1, alpha2, beta, send1, send2 := validProposal(h)
	a := h.accounts
	extraAlpha := h.blobTx(a[6], "alpha", h.blob(1))
	mixed := h.signTx(a[7], blobMsg(a[7].addr, "beta"), sendMsg(a[7].addr, a[0].addr))
	twoRollups := h.signTx(a[8], blobMsg(a[8].addr, "alpha"), blobMsg(a[8].addr, "beta"))
	unknown := h.blobTx(a[9], "zeta", h.blob(10))

	rows := []struct {
		name string
		txs  [][]byte
		want abci.ResponseProcessProposal_ProposalStatus
	}{
		{"valid", valid, accept},
		{"empty block", nil, accept},
		{"proposer omits txs", [][]byte{alpha2, send2}, accept},
		{"default lane before a rollup lane", [][]byte{send1, alpha1, alpha2, beta, send2}, reject},
		{"rollup lanes out of id order", [][]byte{beta, alpha1, alpha2, send1, send2}, reject},
		{"rollup lane split in two", [][]byte{alpha1, beta, alpha2, send1}, reject},
		{"lane quota exceeded", [][]byte{alpha1, alpha2, extraAlpha, beta}, reject},
		{"undecodable tx", [][]byte{alpha1, []byte{0xff, 0x01, 0x02}}, reject},
		{"blob tx mixed with a bank send", [][]byte{mixed}, reject},
		{"one tx for two rollups", [][]byte{twoRollups}, reject},
		{"unknown rollup", [][]byte{unknown}, reject},
		{"oversized garbage", [][]byte{bytes.Repeat([]byte{0x0a}, 1<<16)}, reject},
	}
	for _, row := range rows {
		t.Run(row.name, func(t *testing.T) {
			require.Equal(t, row.want, h.process(h.app, row.txs))
		})
	}
}

// TestPrepareProcessCoherence: whatever the mempool holds, the proposal PrepareProposal builds
// is accepted by ProcessProposal, keeps mempool order within a lane, and respects every quota.
func TestPrepareProcessCoherence(t *testing.T) {
	h := newHarness(t, 40)
	rng := rand.New(rand.NewSource(7))
	for round := 0; round < 30; round++ {
		mempool := randomMempool(h, rng)
		proposal := h.prepare(h.app, mempool)
		require.Equal(t, accept, h.process(h.app, proposal), "round %d", round)
		requireSubsequencePerLane(t, h, mempool, proposal)
	}
}

func randomMempool(h *harness, rng *rand.Rand) [][]byte {
	rollups := []string{"alpha", "beta", "gamma", "zeta"}
	var txs [][]byte
	for i := 0; i < 5+rng.Intn(25); i++ {
		a := h.accounts[rng.Intn(len(h.accounts))]
		switch rng.Intn(6) {
		case 0:
			txs = append(txs, h.sendTx(a))
		case 1:
			txs = append(txs, h.blob(1+rng.Intn(64))) // junk
		case 2:
			txs = append(txs, h.signTx(a, blobMsg(a.addr, "alpha"), sendMsg(a.addr, a.addr)))
		default:
			txs = append(txs, h.blobTx(a, rollups[rng.Intn(len(rollups))], h.blob(1+rng.Intn(2048))))
		}
	}
	return txs
}

// requireSubsequencePerLane checks that each lane's txs appear in mempool order and that no
// lane exceeds its quota.
func requireSubsequencePerLane(t *testing.T, h *harness, mempool, proposal [][]byte) {
	pos := map[string]int{}
	for i, tx := range mempool {
		pos[string(tx)] = i
	}
	last := map[string]int{}
	used := map[string]uint64{}
	for _, bz := range proposal {
		tx, err := h.app.TxConfig().TxDecoder()(bz)
		require.NoError(t, err)
		lane, err := rolluptypes.LaneOf(tx)
		require.NoError(t, err)
		p, ok := pos[string(bz)]
		require.True(t, ok, "proposal holds a tx that was not in the mempool")
		if prev, seen := last[lane.RollupID]; seen {
			require.Greater(t, p, prev, "lane %q reordered", lane.RollupID)
		}
		last[lane.RollupID] = p
		used[lane.RollupID] += lane.BlobBytes
		if lane.IsBlob() {
			require.LessOrEqual(t, used[lane.RollupID], uint64(laneQuota))
		}
	}
}

func blobMsg(sender sdk.AccAddress, rollupID string) sdk.Msg {
	return &rolluptypes.MsgSubmitBlobs{
		Sender: sender.String(), RollupId: rollupID, Blobs: [][]byte{{1, 2, 3}}, MaxFeePerByte: math.LegacyNewDec(1),
	}
}

func sendMsg(from, to sdk.AccAddress) sdk.Msg {
	return banktypes.NewMsgSend(from, to, sdk.NewCoins(sdk.NewInt64Coin(seqapp.BondDenom, 1)))
}
