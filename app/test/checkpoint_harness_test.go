package app_test

import (
	"bytes"
	"crypto/rand"
	"encoding/json"
	"fmt"
	"sort"
	"testing"
	"time"

	abci "github.com/cometbft/cometbft/abci/types"
	cmted25519 "github.com/cometbft/cometbft/crypto/ed25519"
	"github.com/cometbft/cometbft/libs/protoio"
	cmtproto "github.com/cometbft/cometbft/proto/tendermint/types"
	cmttypes "github.com/cometbft/cometbft/types"
	"github.com/consensys/gnark-crypto/ecc/bn254/twistededwards/eddsa"
	"github.com/stretchr/testify/require"

	"github.com/cosmos/cosmos-sdk/codec"
	simtestutil "github.com/cosmos/cosmos-sdk/testutil/sims"
	sdk "github.com/cosmos/cosmos-sdk/types"
	authtypes "github.com/cosmos/cosmos-sdk/x/auth/types"
	banktypes "github.com/cosmos/cosmos-sdk/x/bank/types"
	stakingtypes "github.com/cosmos/cosmos-sdk/x/staking/types"

	seqapp "github.com/seq-network/seq/app"
	"github.com/seq-network/seq/x/checkpoint/keyfile"
	"github.com/seq-network/seq/x/checkpoint/sighash"
	checkpointtypes "github.com/seq-network/seq/x/checkpoint/types"
	rolluptypes "github.com/seq-network/seq/x/rollup/types"
)

// cpInterval is the checkpoint interval of the checkpoint harness.
const cpInterval = 2

// cpValidator is a genesis validator with its CometBFT consensus key and its checkpoint key.
type cpValidator struct {
	cons    cmted25519.PrivKey
	addr    []byte // consensus address = operator address bytes (GenesisStateWithValSet)
	cpKey   *eddsa.PrivateKey
	cpPub   []byte
	power   int64
	keyFile string
}

// cpHarness is a harness whose genesis has n validators of power 1, each with a registered
// checkpoint key, vote extensions enabled from height 1 and a checkpoint every cpInterval blocks.
type cpHarness struct {
	*harness
	vals []*cpValidator
}

func newCheckpointHarness(t *testing.T, n int) *cpHarness {
	t.Helper()
	h := &cpHarness{harness: &harness{t: t, rng: newRand()}}
	dir := t.TempDir()
	for i := range n {
		priv := cmted25519.GenPrivKeyFromSecret(fmt.Appendf(nil, "cp-validator-%d", i))
		key, err := sighash.GenerateKey(rand.Reader)
		require.NoError(t, err)
		v := &cpValidator{cons: priv, addr: priv.PubKey().Address(), cpKey: key, cpPub: sighash.MarshalPubKey(&key.PublicKey), power: 1}
		v.keyFile = fmt.Sprintf("%s/val%d.json", dir, i)
		require.NoError(t, keyfile.Save(v.keyFile, key))
		h.vals = append(h.vals, v)
	}
	h.app = newApp()
	h.accounts = newAccounts(4)
	h.genesis = h.cpGenesis()
	h.initChainVE(h.app)
	for h.height < cpInterval { // checkpoint 1 is made at height cpInterval
		h.height++
		h.finalize(h.app, h.height, nil)
	}
	return h
}

// appWithKey is a fresh app (same genesis, same blocks must be replayed by the caller) whose
// ExtendVote signs with validator i's checkpoint key.
func (h *cpHarness) appWithKey(i int) *seqapp.SeqApp {
	opts := simtestutil.AppOptionsMap{seqapp.FlagCheckpointKeyFile: h.vals[i].keyFile}
	return newAppWithOpts(opts)
}

func (h *cpHarness) cpGenesis() []byte {
	t := h.t
	vs := make([]*cmttypes.Validator, len(h.vals))
	for i, v := range h.vals {
		vs[i] = cmttypes.NewValidator(v.cons.PubKey(), v.power)
	}
	genAccs := make([]authtypes.GenesisAccount, len(h.accounts))
	balances := make([]banktypes.Balance, len(h.accounts))
	for i, a := range h.accounts {
		genAccs[i] = authtypes.NewBaseAccount(a.addr, nil, a.num, 0)
		balances[i] = banktypes.Balance{Address: a.addr.String(), Coins: sdk.NewCoins(sdk.NewInt64Coin(seqapp.BondDenom, 1e15))}
	}
	state, err := simtestutil.GenesisStateWithValSet(h.app.AppCodec(), h.app.DefaultGenesis(), cmttypes.NewValidatorSet(vs), genAccs, balances...)
	require.NoError(t, err)
	fixBondedPool(h.app.AppCodec(), state, len(vs))
	cg := checkpointtypes.DefaultGenesis()
	cg.Params.Interval, cg.Params.Capacity = cpInterval, 16
	for _, v := range h.vals {
		pop, err := sighash.SignPoP(v.cpKey, chainID, v.addr)
		require.NoError(t, err)
		cg.Keys = append(cg.Keys, checkpointtypes.CheckpointKey{Validator: sdk.ValAddress(v.addr).String(), Pubkey: v.cpPub, ProofOfPossession: pop})
	}
	state[checkpointtypes.ModuleName] = h.app.AppCodec().MustMarshalJSON(cg)
	rg := rolluptypes.DefaultGenesis()
	rg.Rollups = append(rg.Rollups, rolluptypes.Rollup{Id: "alpha", Owner: h.accounts[0].addr.String(), MaxBlobBytes: 2048, LaneQuotaBytes: laneQuota, Status: rolluptypes.ROLLUP_STATUS_ACTIVE})
	state[rolluptypes.ModuleName] = h.app.AppCodec().MustMarshalJSON(rg)
	bz, err := json.Marshal(state)
	require.NoError(t, err)
	return bz
}

func (h *cpHarness) initChainVE(app *seqapp.SeqApp) {
	cp := *simtestutil.DefaultConsensusParams
	cp.Abci = &cmtproto.ABCIParams{VoteExtensionsEnableHeight: 1}
	_, err := app.InitChain(&abci.RequestInitChain{
		ChainId: chainID, AppStateBytes: h.genesis, InitialHeight: 1, ConsensusParams: &cp, Time: genesisTime,
	})
	require.NoError(h.t, err)
}

// checkpoint returns checkpoint epoch from the latest state.
func (h *cpHarness) checkpoint(epoch uint64) checkpointtypes.Checkpoint {
	c, err := h.app.CheckpointKeeper.GetCheckpoint(h.ctx(h.app), epoch)
	require.NoError(h.t, err)
	return c
}

// sigOf is validator i's signature of checkpoint c.
func (h *cpHarness) sigOf(i int, c checkpointtypes.Checkpoint) []byte {
	sig, err := sighash.Sign(h.vals[i].cpKey, c.MsgHashInt())
	require.NoError(h.t, err)
	return sig
}

// ext is validator i's vote extension signing the given checkpoints.
func (h *cpHarness) ext(i int, cps ...checkpointtypes.Checkpoint) []byte {
	var ve checkpointtypes.VoteExtension
	for _, c := range cps {
		ve.Signatures = append(ve.Signatures, checkpointtypes.VoteExtensionSignature{Epoch: c.Epoch, Signature: h.sigOf(i, c)})
	}
	bz, err := ve.Marshal()
	require.NoError(h.t, err)
	return bz
}

// commit builds the extended commit of height h.height (what PrepareProposal of h.height+1
// receives): every validator votes COMMIT with extensions[i] (nil: empty extension), each
// extension signed with the validator's ed25519 key over CanonicalVoteExtension, votes sorted by
// power desc then address as CometBFT does.
func (h *cpHarness) commit(extensions [][]byte) abci.ExtendedCommitInfo {
	var votes []abci.ExtendedVoteInfo
	for i, v := range h.vals {
		var ext []byte
		if i < len(extensions) {
			ext = extensions[i]
		}
		votes = append(votes, abci.ExtendedVoteInfo{
			Validator:          abci.Validator{Address: v.addr, Power: v.power},
			VoteExtension:      ext,
			ExtensionSignature: h.signExtension(v, ext),
			BlockIdFlag:        cmtproto.BlockIDFlagCommit,
		})
	}
	sort.SliceStable(votes, func(a, b int) bool {
		if votes[a].Validator.Power != votes[b].Validator.Power {
			return votes[a].Validator.Power > votes[b].Validator.Power
		}
		return bytes.Compare(votes[a].Validator.Address, votes[b].Validator.Address) < 0
	})
	return abci.ExtendedCommitInfo{Round: 0, Votes: votes}
}

func (h *cpHarness) signExtension(v *cpValidator, ext []byte) []byte {
	cve := cmtproto.CanonicalVoteExtension{Extension: ext, Height: h.height, Round: 0, ChainId: chainID}
	var buf bytes.Buffer
	_, err := protoio.NewDelimitedWriter(&buf).WriteMsg(&cve)
	require.NoError(h.t, err)
	sig, err := v.cons.Sign(buf.Bytes())
	require.NoError(h.t, err)
	return sig
}

// prepareVE asks for a proposal at the next height with the given extended commit.
func (h *cpHarness) prepareVE(app *seqapp.SeqApp, txs [][]byte, commit abci.ExtendedCommitInfo) [][]byte {
	resp, err := app.PrepareProposal(&abci.RequestPrepareProposal{
		Txs: txs, MaxTxBytes: 1 << 20, Height: h.height + 1, Time: h.blockTime(), LocalLastCommit: commit,
	})
	require.NoError(h.t, err)
	return resp.Txs
}

// next finalizes a block with txs at the next height and returns its events.
func (h *cpHarness) next(txs [][]byte) *abci.ResponseFinalizeBlock {
	h.height++
	resp, _ := h.finalize(h.app, h.height, txs)
	return resp
}

// injection encodes entries as a quorum-certificate tx (no sorting: tests control the order).
func (h *cpHarness) injection(entries ...checkpointtypes.InjectedSignature) []byte {
	bz, err := checkpointtypes.EncodeInjectedTx(checkpointtypes.InjectedSignatures{Signatures: entries})
	require.NoError(h.t, err)
	return bz
}

// entry is validator i's injected signature of c at its slot in c's valset.
func (h *cpHarness) entry(i int, c checkpointtypes.Checkpoint) checkpointtypes.InjectedSignature {
	return checkpointtypes.InjectedSignature{Epoch: c.Epoch, Slot: h.slot(i, c), Power: uint64(h.vals[i].power), Signature: h.sigOf(i, c)}
}

func (h *cpHarness) slot(i int, c checkpointtypes.Checkpoint) uint32 {
	v, err := h.app.CheckpointKeeper.GetValset(h.ctx(h.app), c.ValsetHash)
	require.NoError(h.t, err)
	for s, m := range v.Members {
		if bytes.Equal(m.Pubkey, h.vals[i].cpPub) {
			return uint32(s)
		}
	}
	h.t.Fatalf("validator %d not in the valset of epoch %d", i, c.Epoch)
	return 0
}

func hasTypedEvent(events []abci.Event, typ string) bool {
	for _, e := range events {
		if e.Type == typ {
			return true
		}
	}
	return false
}

var _ = time.Second

// fixBondedPool funds the bonded pool with every validator's tokens: GenesisStateWithValSet
// counts them all in the supply but credits the pool with one validator's only.
func fixBondedPool(cdc codec.Codec, state map[string]json.RawMessage, n int) {
	var bg banktypes.GenesisState
	cdc.MustUnmarshalJSON(state[banktypes.ModuleName], &bg)
	pool := authtypes.NewModuleAddress(stakingtypes.BondedPoolName).String()
	for i, b := range bg.Balances {
		if b.Address == pool {
			bg.Balances[i].Coins = sdk.NewCoins(sdk.NewCoin(sdk.DefaultBondDenom, sdk.DefaultPowerReduction.MulRaw(int64(n))))
		}
	}
	state[banktypes.ModuleName] = cdc.MustMarshalJSON(&bg)
}
