package app_test

import (
	"encoding/json"
	"math/rand"
	"testing"
	"time"

	abci "github.com/cometbft/cometbft/abci/types"
	cmted25519 "github.com/cometbft/cometbft/crypto/ed25519"
	cmtproto "github.com/cometbft/cometbft/proto/tendermint/types"
	cmttypes "github.com/cometbft/cometbft/types"
	dbm "github.com/cosmos/cosmos-db"
	"github.com/stretchr/testify/require"

	"cosmossdk.io/log"
	"cosmossdk.io/math"

	"github.com/cosmos/cosmos-sdk/baseapp"

	"github.com/cosmos/cosmos-sdk/crypto/keys/secp256k1"
	cryptotypes "github.com/cosmos/cosmos-sdk/crypto/types"
	servertypes "github.com/cosmos/cosmos-sdk/server/types"
	simtestutil "github.com/cosmos/cosmos-sdk/testutil/sims"
	sdk "github.com/cosmos/cosmos-sdk/types"
	authtypes "github.com/cosmos/cosmos-sdk/x/auth/types"
	banktypes "github.com/cosmos/cosmos-sdk/x/bank/types"

	seqapp "github.com/seq-network/seq/app"
	rolluptypes "github.com/seq-network/seq/x/rollup/types"
)

const chainID = "seq-test"

// laneQuota is the lane quota of the test rollups: four 1 KiB blobs fill a lane.
const laneQuota = 4096

// account is a funded test account that signs txs with increasing sequences.
type account struct {
	priv cryptotypes.PrivKey
	addr sdk.AccAddress
	num  uint64
	seq  uint64
}

// harness is a real SeqApp after InitChain, with funded accounts and rollups alpha, beta, gamma.
type harness struct {
	t        testing.TB
	app      *seqapp.SeqApp
	accounts []*account
	height   int64
	genesis  []byte
	rng      *rand.Rand
	gas      uint64 // gas limit of the txs signTx signs; 0 means 1,000,000
}

func newHarness(t testing.TB, nAccounts int) *harness {
	t.Helper()
	h := &harness{t: t, rng: newRand()}
	h.app = newApp()
	h.accounts = newAccounts(nAccounts)
	h.genesis = h.genesisState()
	h.initChain(h.app)
	return h
}

func newApp() *seqapp.SeqApp {
	return newAppWithOpts(simtestutil.EmptyAppOptions{})
}

func newAppWithOpts(opts servertypes.AppOptions) *seqapp.SeqApp {
	return seqapp.NewSeqApp(log.NewNopLogger(), dbm.NewMemDB(), nil, true, opts, baseapp.SetChainID(chainID))
}

func newRand() *rand.Rand { return rand.New(rand.NewSource(42)) }

func newAccounts(n int) []*account {
	accounts := make([]*account, n)
	for i := range accounts {
		secret := []byte{byte(i), 's', 'e', 'q'}
		if i > 0xff { // keeps the keys of the first 256 as they were
			secret = append(secret, byte(i>>8))
		}
		priv := secp256k1.GenPrivKeyFromSecret(secret)
		accounts[i] = &account{priv: priv, addr: sdk.AccAddress(priv.PubKey().Address()), num: uint64(i)}
	}
	return accounts
}

func (h *harness) genesisState() []byte {
	h.t.Helper()
	valSet := deterministicValSet()
	genAccs := make([]authtypes.GenesisAccount, len(h.accounts))
	balances := make([]banktypes.Balance, len(h.accounts))
	for i, a := range h.accounts {
		genAccs[i] = authtypes.NewBaseAccount(a.addr, nil, a.num, 0)
		balances[i] = banktypes.Balance{Address: a.addr.String(), Coins: sdk.NewCoins(sdk.NewInt64Coin(seqapp.BondDenom, 1e15))}
	}
	state, err := simtestutil.GenesisStateWithValSet(h.app.AppCodec(), h.app.DefaultGenesis(), valSet, genAccs, balances...)
	require.NoError(h.t, err)
	rg := rolluptypes.DefaultGenesis()
	for _, id := range []string{"alpha", "beta", "gamma"} {
		rg.Rollups = append(rg.Rollups, rolluptypes.Rollup{
			Id: id, Owner: h.accounts[0].addr.String(), MaxBlobBytes: 2048, LaneQuotaBytes: laneQuota,
			Status: rolluptypes.ROLLUP_STATUS_ACTIVE,
		})
	}
	state[rolluptypes.ModuleName] = h.app.AppCodec().MustMarshalJSON(rg)
	bz, err := json.Marshal(state)
	require.NoError(h.t, err)
	return bz
}

// deterministicValSet is one validator with a fixed key, so that two harnesses agree on app hashes.
func deterministicValSet() *cmttypes.ValidatorSet {
	pub := cmted25519.GenPrivKeyFromSecret([]byte("validator-0")).PubKey()
	return cmttypes.NewValidatorSet([]*cmttypes.Validator{cmttypes.NewValidator(pub, 1)})
}

func (h *harness) initChain(app *seqapp.SeqApp) {
	h.t.Helper()
	_, err := app.InitChain(&abci.RequestInitChain{
		ChainId: chainID, AppStateBytes: h.genesis, InitialHeight: 1,
		ConsensusParams: simtestutil.DefaultConsensusParams, Time: genesisTime,
	})
	require.NoError(h.t, err)
}

var genesisTime = time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)

// blobTx signs a MsgSubmitBlobs for rollupID from account a, advancing its sequence.
func (h *harness) blobTx(a *account, rollupID string, blobs ...[]byte) []byte {
	msg := &rolluptypes.MsgSubmitBlobs{
		Sender: a.addr.String(), RollupId: rollupID, Blobs: blobs, MaxFeePerByte: math.LegacyNewDec(1),
	}
	return h.signTx(a, msg)
}

// sendTx signs a bank send (a default-lane tx).
func (h *harness) sendTx(a *account) []byte {
	msg := banktypes.NewMsgSend(a.addr, h.accounts[0].addr, sdk.NewCoins(sdk.NewInt64Coin(seqapp.BondDenom, 1)))
	return h.signTx(a, msg)
}

func (h *harness) signTx(a *account, msgs ...sdk.Msg) []byte {
	h.t.Helper()
	txCfg := h.app.TxConfig()
	fee := sdk.NewCoins(sdk.NewInt64Coin(seqapp.BondDenom, 1_000_000))
	gas := h.gas
	if gas == 0 {
		gas = 1_000_000
	}
	tx, err := simtestutil.GenSignedMockTx(h.rng, txCfg, msgs, fee, gas, chainID, []uint64{a.num}, []uint64{a.seq}, a.priv)
	require.NoError(h.t, err)
	a.seq++
	bz, err := txCfg.TxEncoder()(tx)
	require.NoError(h.t, err)
	return bz
}

// blob returns n pseudo-random bytes.
func (h *harness) blob(n int) []byte {
	b := make([]byte, n)
	h.rng.Read(b)
	return b
}

// prepare asks the app for a proposal at the next height from the given mempool txs.
func (h *harness) prepare(app *seqapp.SeqApp, txs [][]byte) [][]byte {
	h.t.Helper()
	resp, err := app.PrepareProposal(&abci.RequestPrepareProposal{
		Txs: txs, MaxTxBytes: 1 << 20, Height: h.height + 1, Time: h.blockTime(),
	})
	require.NoError(h.t, err)
	return resp.Txs
}

// process returns the app's verdict on a proposal at the next height.
func (h *harness) process(app *seqapp.SeqApp, txs [][]byte) abci.ResponseProcessProposal_ProposalStatus {
	h.t.Helper()
	resp, err := app.ProcessProposal(&abci.RequestProcessProposal{Txs: txs, Height: h.height + 1, Time: h.blockTime()})
	require.NoError(h.t, err)
	return resp.Status
}

// finalize executes and commits a block on app, returning the tx results and the app hash.
func (h *harness) finalize(app *seqapp.SeqApp, height int64, txs [][]byte) (*abci.ResponseFinalizeBlock, []byte) {
	h.t.Helper()
	resp, err := app.FinalizeBlock(&abci.RequestFinalizeBlock{Txs: txs, Height: height, Time: genesisTime.Add(time.Duration(height) * time.Second)})
	require.NoError(h.t, err)
	_, err = app.Commit()
	require.NoError(h.t, err)
	return resp, resp.AppHash
}

func (h *harness) blockTime() time.Time {
	return genesisTime.Add(time.Duration(h.height+1) * time.Second)
}

// ctx is a query context on the latest committed state.
func (h *harness) ctx(app *seqapp.SeqApp) sdk.Context {
	return app.NewUncachedContext(false, cmtproto.Header{Height: app.LastBlockHeight(), ChainID: chainID})
}
