package test

import (
	"math/big"
	"testing"
	"time"

	"github.com/consensys/gnark-crypto/ecc/bn254/fr"
	"github.com/consensys/gnark/backend/groth16"
	groth16bn254 "github.com/consensys/gnark/backend/groth16/bn254"
	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/stretchr/testify/require"

	"github.com/seq-network/seq/contracts/bindings/registry"
	"github.com/seq-network/seq/contracts/bindings/verifier"
	"github.com/seq-network/seq/x/checkpoint/sighash"
)

// TestSubmitChain appends three checkpoints with two valset rotations and
// checks the event, the views and the stored records after each.
func TestSubmitChain(t *testing.T) {
	sets := []signerSet{newSignerSet(t, 4, 1), newSignerSet(t, 3, 2), newSignerSet(t, 4, 3)}
	e := newEnv(t, sets[0].hash)
	prev := anchorHash
	for i := range 3 {
		epoch := uint64(i + 1)
		next := sets[min(i+1, 2)].hash // rotate A→B→C, then keep C
		f := e.fields(epoch, prev, sets[i].hash, next)
		rcpt := e.mustSubmit(e.prover, f, sets[i].prove(t, f, e.prover.addr))

		ev, err := e.reg.UnpackCheckpointSubmittedEvent(rcpt.Logs[0])
		require.NoError(t, err)
		h := f.CheckpointHash()
		require.Equal(t, registry.CheckpointRegistryCheckpointSubmitted{
			Epoch: epoch, Height: f.Height, CheckpointHash: h, RollupsRoot: f.RollupsRoot,
			Submitter: e.prover.addr, Raw: rcpt.Logs[0],
		}, *ev)

		gotEpoch, gotHash := e.latest()
		require.Equal(t, epoch, gotEpoch)
		require.Equal(t, h, gotHash)
		rec, err := call(e, e.reg.PackCheckpoint(epoch), e.reg.UnpackCheckpoint)
		require.NoError(t, err)
		require.Equal(t, h, rec.CheckpointHash)
		require.Equal(t, f.RollupsRoot, rec.RollupsRoot)
		require.Equal(t, f.Height, rec.Height)
		require.Equal(t, f.Timestamp, rec.Timestamp)
		vh, err := call(e, e.reg.PackCurrentValsetHash(), e.reg.UnpackCurrentValsetHash)
		require.NoError(t, err)
		require.Equal(t, next, vh)
		prev = h
	}

	// Events are filterable by epoch, as a rollup's watcher would.
	it, err := bind.FilterEvents(e.regC, nil, e.reg.UnpackCheckpointSubmittedEvent, []any{uint64(2)})
	require.NoError(t, err)
	require.True(t, it.Next())
	require.Equal(t, uint64(2), it.Value().Epoch)
	require.False(t, it.Next())
	require.NoError(t, it.Close())

	e.advance(100 * time.Second)
	st, err := call(e, e.reg.PackStaleness(), e.reg.UnpackStaleness)
	require.NoError(t, err)
	require.GreaterOrEqual(t, st.SinceSubmission.Uint64(), uint64(100))
	require.GreaterOrEqual(t, st.SinceCheckpoint.Uint64(), st.SinceSubmission.Uint64())
}

// TestSubmitRejects covers every way submitCheckpoint can refuse epoch 1,
// each through the typed error of the registry ABI.
func TestSubmitRejects(t *testing.T) {
	a, b := newSignerSet(t, 4, 1), newSignerSet(t, 4, 2)
	e := newEnv(t, a.hash)
	valid := e.fields(1, anchorHash, a.hash, b.hash)
	proof := a.prove(t, valid, e.prover.addr)
	other := [32]byte{0xee}

	type row struct {
		name     string
		malleate func(f *sighash.Fields, p *[8]*big.Int)
		want     any
	}
	rows := []row{
		{"wrong domain", func(f *sighash.Fields, _ *[8]*big.Int) { f.Domain = sighash.Domain(chainID, 1) },
			&registry.CheckpointRegistryWrongDomain{Expected: e.domain, Got: sighash.Domain(chainID, 1)}},
		{"epoch gap", func(f *sighash.Fields, _ *[8]*big.Int) { f.Epoch = 2 },
			&registry.CheckpointRegistryWrongEpoch{Expected: 1, Got: 2}},
		{"epoch repeat of anchor", func(f *sighash.Fields, _ *[8]*big.Int) { f.Epoch = 0 },
			&registry.CheckpointRegistryWrongEpoch{Expected: 1, Got: 0}},
		{"wrong prev hash", func(f *sighash.Fields, _ *[8]*big.Int) { f.PrevHash = other },
			&registry.CheckpointRegistryWrongPrevHash{Expected: anchorHash, Got: other}},
		{"valset not current", func(f *sighash.Fields, _ *[8]*big.Int) { f.ValsetHash = b.hash },
			&registry.CheckpointRegistryWrongValset{Expected: a.hash, Got: b.hash}},
		{"height not increasing", func(f *sighash.Fields, _ *[8]*big.Int) { f.Height = 0 },
			&registry.CheckpointRegistryHeightNotIncreasing{Latest: 0, Got: 0}},
		// Public input 0 (msgHash): any signed field changed after proving.
		{"msg hash input", func(f *sighash.Fields, _ *[8]*big.Int) { f.AppHash = other },
			&registry.CheckpointRegistryInvalidProof{}},
		{"next valset changed", func(f *sighash.Fields, _ *[8]*big.Int) { f.NextValsetHash = other },
			&registry.CheckpointRegistryInvalidProof{}},
	}
	for i := range 8 {
		rows = append(rows, row{"proof word " + string(rune('0'+i)), func(_ *sighash.Fields, p *[8]*big.Int) {
			p[i] = new(big.Int).Add(p[i], big.NewInt(1))
		}, &registry.CheckpointRegistryInvalidProof{}})
	}
	for _, r := range rows {
		t.Run(r.name, func(t *testing.T) {
			f, p := valid, proof
			r.malleate(&f, &p)
			_, err := e.submit(e.prover, f, p)
			e.requireRevert(err, r.want)
		})
	}
	// Nothing above changed state: the untouched checkpoint still goes through.
	e.mustSubmit(e.prover, valid, proof)
	epoch, _ := e.latest()
	require.Equal(t, uint64(1), epoch)
	_, err := e.submit(e.prover, valid, proof)
	e.requireRevert(err, &registry.CheckpointRegistryWrongEpoch{Expected: 2, Got: 1})
}

// TestValsetInputMismatch: the registry expects a valset the proof was not
// made for (public input 1 differs), although the signatures are genuine.
func TestValsetInputMismatch(t *testing.T) {
	a, b := newSignerSet(t, 4, 1), newSignerSet(t, 4, 2)
	e := newEnv(t, b.hash) // registry says B must sign
	f := e.fields(1, anchorHash, b.hash, b.hash)
	// A signs fields naming B: the proof is valid for valset input A, not B.
	_, err := e.submit(e.prover, f, a.prove(t, f, e.prover.addr))
	e.requireRevert(err, &registry.CheckpointRegistryInvalidProof{})
}

// TestVerifierPublicInputs mutates each public input at the verifier itself,
// and checks that inputs ≥ r are refused rather than reduced.
func TestVerifierPublicInputs(t *testing.T) {
	a := newSignerSet(t, 4, 1)
	e := newEnv(t, a.hash)
	f := e.fields(1, anchorHash, a.hash, a.hash)
	proof := a.prove(t, f, e.prover.addr)
	ver := verifier.NewVerifier()
	vc := ver.Instance(e.client, e.verAddr)
	input := func() [3]*big.Int {
		return [3]*big.Int{f.MsgHash(), new(big.Int).SetBytes(a.hash[:]), new(big.Int).SetBytes(e.prover.addr[:])}
	}
	verify := func(in [3]*big.Int, p [8]*big.Int) error {
		_, err := bind.Call(vc, nil, ver.PackVerifyProof(p, in), func([]byte) (struct{}, error) { return struct{}{}, nil })
		return err
	}
	require.NoError(t, verify(input(), proof))
	for i := range 3 {
		in := input()
		in[i] = new(big.Int).Add(in[i], big.NewInt(1))
		requireVerifierRevert(t, ver, verify(in, proof), &verifier.VerifierProofInvalid{})
		in = input()
		in[i] = new(big.Int).Add(in[i], fr.Modulus()) // same value mod r
		requireVerifierRevert(t, ver, verify(in, proof), &verifier.VerifierPublicInputNotInField{})
	}
}

func requireVerifierRevert(t *testing.T, ver *verifier.Verifier, err error, want any) {
	t.Helper()
	data, ok := ethclient.RevertErrorData(err)
	require.True(t, ok, "not a revert: %v", err)
	got, err := ver.UnpackError(data)
	require.NoError(t, err)
	require.Equal(t, want, got)
}

// TestInputNotInField: a certified checkpoint whose nextValsetHash is ≥ r makes
// the next epoch's valset input non-canonical. The registry must not let the
// verifier reduce it (v + r would alias v); it reverts InputNotInField.
func TestInputNotInField(t *testing.T) {
	a := newSignerSet(t, 4, 1)
	e := newEnv(t, a.hash)
	var aliased [32]byte
	new(big.Int).Add(new(big.Int).SetBytes(a.hash[:]), fr.Modulus()).FillBytes(aliased[:])
	f1 := e.fields(1, anchorHash, a.hash, aliased)
	e.mustSubmit(e.prover, f1, a.prove(t, f1, e.prover.addr))

	f2 := e.fields(2, f1.CheckpointHash(), aliased, a.hash)
	_, err := e.submit(e.prover, f2, a.prove(t, f2, e.prover.addr))
	e.requireRevert(err, &registry.CheckpointRegistryInputNotInField{})
}

// TestRerandomisedProofReplay: Groth16 proofs are malleable. A re-randomised
// copy of an accepted proof still verifies, and the registry refuses it only
// because its epoch is no longer next — which is why replay keys on epochs.
func TestRerandomisedProofReplay(t *testing.T) {
	a := newSignerSet(t, 4, 1)
	e := newEnv(t, a.hash)
	f := e.fields(1, anchorHash, a.hash, a.hash)
	raw := a.proveRaw(t, f, e.prover.addr)
	e.mustSubmit(e.prover, f, solidityProof(t, raw))

	mauled := rerandomise(t, raw, testKeys(t, testCapacity).VK)
	sp := solidityProof(t, mauled)
	require.NotEqual(t, solidityProof(t, raw), sp)
	ver := verifier.NewVerifier()
	in := [3]*big.Int{f.MsgHash(), new(big.Int).SetBytes(a.hash[:]), new(big.Int).SetBytes(e.prover.addr[:])}
	_, err := bind.Call(ver.Instance(e.client, e.verAddr), nil, ver.PackVerifyProof(sp, in),
		func([]byte) (struct{}, error) { return struct{}{}, nil })
	require.NoError(t, err, "the re-randomised proof is itself valid")

	_, err = e.submit(e.prover, f, sp)
	e.requireRevert(err, &registry.CheckpointRegistryWrongEpoch{Expected: 2, Got: 1})
}

// rerandomise maps (A, B, C) to (A, B + s·δ, C + s·A) for a random s, which
// satisfies the same pairing equation: e(A, B+sδ) = e(A,B)·e(sA, δ).
func rerandomise(t *testing.T, proof groth16.Proof, vk groth16.VerifyingKey) groth16.Proof {
	t.Helper()
	p := *proof.(*groth16bn254.Proof)
	delta := vk.(*groth16bn254.VerifyingKey).G2.Delta
	var s fr.Element
	_, err := s.SetRandom()
	require.NoError(t, err)
	sb := s.BigInt(new(big.Int))
	var sDelta, b = delta, p.Bs
	sDelta.ScalarMultiplication(&delta, sb)
	p.Bs.Add(&b, &sDelta)
	var sA, c = p.Ar, p.Krs
	sA.ScalarMultiplication(&p.Ar, sb)
	p.Krs.Add(&c, &sA)
	return &p
}

// TestPosterWindow: inside the exclusive window only the designated poster may
// submit; after it anyone may, with a proof bound to themselves; a zero poster
// opens the race at once.
func TestPosterWindow(t *testing.T) {
	a := newSignerSet(t, 4, 1)
	e := newEnv(t, a.hash)
	f := e.fields(1, anchorHash, a.hash, a.hash)
	thiefProof := a.prove(t, f, e.thief.addr)

	_, err := e.submit(e.thief, f, thiefProof)
	e.requireRevert(err, &registry.CheckpointRegistryNotPoster{
		Poster: e.prover.addr, ExclusiveUntil: new(big.Int).SetUint64(f.Timestamp + window),
	})

	e.advance(window * time.Second)
	// A proof copied from the poster (bound to the poster's address) is useless to another sender.
	_, err = e.submit(e.thief, f, a.prove(t, f, e.prover.addr))
	e.requireRevert(err, &registry.CheckpointRegistryInvalidProof{})
	rcpt := e.mustSubmit(e.thief, f, thiefProof)
	ev, err := e.reg.UnpackCheckpointSubmittedEvent(rcpt.Logs[0])
	require.NoError(t, err)
	require.Equal(t, e.thief.addr, ev.Submitter)

	// Open race from the start when no poster is designated.
	f2 := e.fields(2, f.CheckpointHash(), a.hash, a.hash)
	f2.Poster = common.Address{}
	e.mustSubmit(e.thief, f2, a.prove(t, f2, e.thief.addr))
}

// TestCopiedProofOpenRace: with no designated poster (open race), a proof
// copied from the mempool and sent by another address fails: the proof binds
// uint160(msg.sender) as a public input.
func TestCopiedProofOpenRace(t *testing.T) {
	a := newSignerSet(t, 4, 1)
	e := newEnv(t, a.hash)
	f := e.fields(1, anchorHash, a.hash, a.hash)
	f.Poster = common.Address{} // no window: the proof binding alone must stop the thief
	_, err := e.submit(e.thief, f, a.prove(t, f, e.prover.addr))
	e.requireRevert(err, &registry.CheckpointRegistryInvalidProof{})
}
