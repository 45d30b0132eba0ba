package app_test

import (
	"bytes"
	"math/rand"
	"testing"

	abci "github.com/cometbft/cometbft/abci/types"
	"github.com/stretchr/testify/require"

	"github.com/seq-network/seq/x/checkpoint/sighash"
	checkpointtypes "github.com/seq-network/seq/x/checkpoint/types"
)

// TestCheckpointCertifiesThroughVoteExtensions: 3 of 4 validators extend their votes with a
// signature of checkpoint 1; the next proposal carries them first, ProcessProposal accepts it,
// FinalizeBlock certifies the checkpoint with a typed event. The lanes follow the injected tx.
func TestCheckpointCertifiesThroughVoteExtensions(t *testing.T) {
	h := newCheckpointHarness(t, 4)
	c := h.checkpoint(1)
	require.Equal(t, checkpointtypes.CHECKPOINT_STATUS_PENDING, c.Status)
	blob := h.blobTx(h.accounts[1], "alpha", h.blob(100))
	send := h.sendTx(h.accounts[2])
	commit := h.commit([][]byte{h.ext(0, c), h.ext(1, c), h.ext(2, c)})
	proposal := h.prepareVE(h.app, [][]byte{send, blob}, commit)
	require.Len(t, proposal, 3)
	require.True(t, checkpointtypes.IsInjectedTx(proposal[0]), "the quorum-certificate tx comes first")
	require.Equal(t, [][]byte{blob, send}, proposal[1:], "then the lanes")
	require.Equal(t, accept, h.process(h.app, proposal))

	resp := h.next(proposal)
	require.True(t, hasTypedEvent(resp.Events, "seq.checkpoint.v1.EventCheckpointCertified"))
	c = h.checkpoint(1)
	require.Equal(t, checkpointtypes.CHECKPOINT_STATUS_CERTIFIED, c.Status)
	require.Equal(t, uint64(3), c.SignedPower)
	require.Equal(t, h.height, c.CertifiedHeight)
	for i, r := range resp.TxResults[1:] {
		require.Zero(t, r.Code, "tx %d: %s", i+1, r.Log)
	}
}

// TestSignaturesAccumulate: one signature per block; certification waits for the third.
func TestSignaturesAccumulate(t *testing.T) {
	h := newCheckpointHarness(t, 4)
	c := h.checkpoint(1)
	for i := range 3 {
		exts := make([][]byte, 4)
		exts[i] = h.ext(i, c)
		proposal := h.prepareVE(h.app, nil, h.commit(exts))
		require.Len(t, proposal, 1)
		require.Equal(t, accept, h.process(h.app, proposal))
		h.next(proposal)
		got := h.checkpoint(1)
		require.Equal(t, uint64(i+1), got.SignedPower)
		require.Equal(t, i == 2, got.Status == checkpointtypes.CHECKPOINT_STATUS_CERTIFIED, "after %d signatures", i+1)
	}
}

// TestProcessProposalRejectsBadInjections: every adversarial injection is rejected.
func TestProcessProposalRejectsBadInjections(t *testing.T) {
	h := newCheckpointHarness(t, 4)
	c := h.checkpoint(1)
	send := h.sendTx(h.accounts[1])
	e0, e1 := h.entry(0, c), h.entry(1, c)
	if e0.Slot > e1.Slot {
		e0, e1 = e1, e0
	}
	forged := e0
	forged.Signature = bytes.Repeat([]byte{1}, 64)
	stolen := e0
	stolen.Signature = e1.Signature // a real signature, by someone else
	outside := e1
	outside.Slot = 4
	changed := e0
	changed.Power = 1000
	otherEpoch := e0
	otherEpoch.Epoch = 2
	wrongMsg := e0
	other := c
	other.Epoch = 7 // a different checkpoint's msg_hash
	wrongMsg.Signature = h.sigOfFields(0, other.Fields())
	otherChain := e0
	f := c.Fields()
	f.Domain = sighash.Domain("another-chain", 1337)
	otherChain.Signature = h.sigOfFields(0, f)
	var many []checkpointtypes.InjectedSignature
	for range 200 {
		many = append(many, e0)
	}

	rows := []struct {
		name string
		txs  [][]byte
		want abci.ResponseProcessProposal_ProposalStatus
	}{
		{"valid injection", [][]byte{h.injection(e0, e1), send}, accept},
		{"no injection", [][]byte{send}, accept},
		{"forged signature", [][]byte{h.injection(forged)}, reject},
		{"another validator's signature", [][]byte{h.injection(stolen)}, reject},
		{"duplicate signer", [][]byte{h.injection(e0, e0)}, reject},
		{"signer outside the snapshot", [][]byte{h.injection(e0, outside)}, reject},
		{"changed power", [][]byte{h.injection(changed)}, reject},
		{"unknown epoch", [][]byte{h.injection(otherEpoch)}, reject},
		{"signature of another checkpoint", [][]byte{h.injection(wrongMsg)}, reject},
		{"signature for another chain id", [][]byte{h.injection(otherChain)}, reject},
		{"entries out of order", [][]byte{h.injection(e1, e0)}, reject},
		{"oversized injection", [][]byte{h.injection(many...)}, reject},
		{"undecodable injection", [][]byte{append(append([]byte{}, checkpointtypes.InjectedTxPrefix...), 0xff, 0xff, 0x01)}, reject},
		{"empty injection", [][]byte{h.injection()}, reject},
		{"injection not first", [][]byte{send, h.injection(e0)}, reject},
		{"two injections", [][]byte{h.injection(e0), h.injection(e1)}, reject},
	}
	for _, row := range rows {
		t.Run(row.name, func(t *testing.T) {
			require.Equal(t, row.want, h.process(h.app, row.txs))
		})
	}

	// A signature already stored cannot be injected again.
	h.next([][]byte{h.injection(e0)})
	require.Equal(t, reject, h.process(h.app, [][]byte{h.injection(e0)}))
	require.Equal(t, accept, h.process(h.app, [][]byte{h.injection(e1)}))
}

func (h *cpHarness) sigOfFields(i int, f sighash.Fields) []byte {
	sig, err := sighash.Sign(h.vals[i].cpKey, f.MsgHash())
	require.NoError(h.t, err)
	return sig
}

// TestPrepareProposalPrunes: bad, foreign, duplicate and unknown-epoch signatures in extensions
// never reach the proposal; a commit whose CometBFT extension signatures do not verify yields no
// injection at all, but the lanes are still proposed.
func TestPrepareProposalPrunes(t *testing.T) {
	h := newCheckpointHarness(t, 4)
	c := h.checkpoint(1)
	bogus := c
	bogus.Epoch = 5
	commit := h.commit([][]byte{
		h.ext(0, c),
		h.ext(0, c), // validator 1 relays validator 0's signature: verified against 1's key, dropped
		h.ext(2, bogus),
		[]byte("garbage"),
	})
	proposal := h.prepareVE(h.app, nil, commit)
	require.Len(t, proposal, 1)
	sigs, err := checkpointtypes.DecodeInjectedTx(proposal[0], 1<<20)
	require.NoError(t, err)
	require.Equal(t, []checkpointtypes.InjectedSignature{h.entry(0, c)}, sigs.Signatures)
	require.Equal(t, accept, h.process(h.app, proposal))

	bad := h.commit([][]byte{h.ext(0, c), h.ext(1, c), h.ext(2, c)})
	bad.Votes[0].ExtensionSignature[0] ^= 0xff
	send := h.sendTx(h.accounts[1])
	require.Equal(t, [][]byte{send}, h.prepareVE(h.app, [][]byte{send}, bad))
}

// TestVerifyVoteExtension: empty accepted; malformed, oversized, wrong-key, unknown-epoch and
// unknown-validator extensions rejected.
func TestVerifyVoteExtension(t *testing.T) {
	h := newCheckpointHarness(t, 4)
	c := h.checkpoint(1)
	unknown := c
	unknown.Epoch = 3
	twice := checkpointtypes.VoteExtension{Signatures: []checkpointtypes.VoteExtensionSignature{
		{Epoch: 1, Signature: h.sigOf(0, c)}, {Epoch: 1, Signature: h.sigOf(0, c)},
	}}
	twiceBz, err := twice.Marshal()
	require.NoError(t, err)
	rows := []struct {
		name string
		val  int
		addr []byte
		ext  []byte
		want abci.ResponseVerifyVoteExtension_VerifyStatus
	}{
		{"valid", 0, nil, h.ext(0, c), abci.ResponseVerifyVoteExtension_ACCEPT},
		{"empty", 1, nil, nil, abci.ResponseVerifyVoteExtension_ACCEPT},
		{"malformed", 0, nil, []byte{0xff, 0xff, 0xff}, abci.ResponseVerifyVoteExtension_REJECT},
		{"oversized", 0, nil, bytes.Repeat([]byte{0}, 4096), abci.ResponseVerifyVoteExtension_REJECT},
		{"signed with the wrong key", 1, nil, h.ext(0, c), abci.ResponseVerifyVoteExtension_REJECT},
		{"unknown epoch", 0, nil, h.ext(0, unknown), abci.ResponseVerifyVoteExtension_REJECT},
		{"epoch twice", 0, nil, twiceBz, abci.ResponseVerifyVoteExtension_REJECT},
		{"unknown validator", 0, bytes.Repeat([]byte{9}, 20), h.ext(0, c), abci.ResponseVerifyVoteExtension_REJECT},
	}
	for _, row := range rows {
		t.Run(row.name, func(t *testing.T) {
			addr := row.addr
			if addr == nil {
				addr = h.vals[row.val].addr
			}
			resp, err := h.app.VerifyVoteExtension(&abci.RequestVerifyVoteExtension{
				Height: h.height + 1, ValidatorAddress: addr, VoteExtension: row.ext,
			})
			require.NoError(t, err)
			require.Equal(t, row.want, resp.Status)
		})
	}
}

// TestExtendVote: a node with a checkpoint key signs the pending checkpoint (and the extension
// verifies); a node without a key extends with nothing; nothing is signed twice.
func TestExtendVote(t *testing.T) {
	h := newCheckpointHarness(t, 4)
	signer := h.appWithKey(2)
	h.initChainVE(signer)
	for height := int64(1); height <= h.height; height++ {
		h.finalize(signer, height, nil)
	}
	resp, err := signer.ExtendVote(h.ctx(signer), &abci.RequestExtendVote{Height: h.height + 1})
	require.NoError(t, err)
	require.Equal(t, h.ext(2, h.checkpoint(1)), resp.VoteExtension, "EdDSA signing here is deterministic")
	verify, err := h.app.VerifyVoteExtension(&abci.RequestVerifyVoteExtension{Height: h.height + 1, ValidatorAddress: h.vals[2].addr, VoteExtension: resp.VoteExtension})
	require.NoError(t, err)
	require.Equal(t, abci.ResponseVerifyVoteExtension_ACCEPT, verify.Status)

	none, err := h.app.ExtendVote(h.ctx(h.app), &abci.RequestExtendVote{Height: h.height + 1})
	require.NoError(t, err)
	require.Empty(t, none.VoteExtension)

	// Once validator 2's signature is stored, it is not signed again.
	proposal := h.prepareVE(h.app, nil, h.commit([][]byte{nil, nil, resp.VoteExtension}))
	h.finalize(signer, h.height+1, proposal)
	h.next(proposal)
	again, err := signer.ExtendVote(h.ctx(signer), &abci.RequestExtendVote{Height: h.height + 1})
	require.NoError(t, err)
	require.Empty(t, again.VoteExtension)
}

// TestCheckpointCoherence: over random extension sets (valid, relayed, garbage, missing) and
// random mempools, every proposal PrepareProposal builds passes ProcessProposal; blocks are
// executed, so checkpoints keep coming and certifying, and the valset chain never breaks.
func TestCheckpointCoherence(t *testing.T) {
	h := newCheckpointHarness(t, 4)
	rng := rand.New(rand.NewSource(11))
	for round := 0; round < 24; round++ {
		pending, err := h.app.CheckpointKeeper.PendingCheckpoints(h.ctx(h.app), 8)
		require.NoError(t, err)
		exts := make([][]byte, 4)
		for i := range exts {
			switch rng.Intn(5) {
			case 0: // silent
			case 1:
				exts[i] = h.blob(1 + rng.Intn(40)) // garbage
			case 2:
				exts[i] = h.ext((i+1)%4, pending...) // someone else's signatures
			default:
				exts[i] = h.ext(i, pending...)
			}
		}
		mempool := [][]byte{h.sendTx(h.accounts[rng.Intn(4)]), h.blobTx(h.accounts[rng.Intn(4)], "alpha", h.blob(1+rng.Intn(1024)))}
		proposal := h.prepareVE(h.app, mempool, h.commit(exts))
		require.Equal(t, accept, h.process(h.app, proposal), "round %d", round)
		h.next(proposal)
	}
	var cps []checkpointtypes.Checkpoint
	require.NoError(t, h.app.CheckpointKeeper.Checkpoints.Walk(h.ctx(h.app), nil, func(_ uint64, c checkpointtypes.Checkpoint) (bool, error) {
		cps = append(cps, c)
		return false, nil
	}))
	require.GreaterOrEqual(t, len(cps), 12)
	certified := 0
	for i, c := range cps {
		if c.Status == checkpointtypes.CHECKPOINT_STATUS_CERTIFIED {
			certified++
		}
		if i > 0 {
			require.Equal(t, cps[i-1].NextValsetHash, c.ValsetHash)
			require.Equal(t, cps[i-1].CheckpointHash, c.PrevHash)
		}
	}
	require.Positive(t, certified)
}
