package quorum_test

import (
	"crypto/rand"
	"math/big"
	"testing"

	"github.com/consensys/gnark-crypto/ecc"
	"github.com/consensys/gnark-crypto/ecc/bn254/twistededwards"
	"github.com/consensys/gnark/backend"
	"github.com/consensys/gnark/frontend"
	"github.com/consensys/gnark/test"
	"github.com/ethereum/go-ethereum/common"
	"github.com/stretchr/testify/require"

	"github.com/seq-network/seq/prover/circuits/quorum"
	"github.com/seq-network/seq/x/checkpoint/sighash"
)

// testCapacity keeps the default test tier fast (one slot costs ~6k constraints).
const testCapacity = 4

var testProver = common.HexToAddress("0x00000000000000000000000000000000c0ffee01")

// fixture is a valid certificate: 3 members of power 1 (capacity 4, one
// padding slot); all three sign, so 3·3 > 2·3.
func fixture(t *testing.T) quorum.Certificate {
	t.Helper()
	f := sighash.Fields{Domain: sighash.Domain("seq-test", 31337), Epoch: 1, Height: 10, Poster: testProver}
	msg := f.MsgHash()
	keys := make(map[string][]byte)
	members := make([]sighash.Member, 3)
	for i := range members {
		k, err := sighash.GenerateKey(rand.Reader)
		require.NoError(t, err)
		pub := sighash.MarshalPubKey(&k.PublicKey)
		sig, err := sighash.Sign(k, msg)
		require.NoError(t, err)
		keys[string(pub)] = sig
		members[i] = sighash.Member{PubKey: pub, Power: 1}
	}
	sighash.SortMembers(members)
	sigs := make([][]byte, len(members))
	for i, m := range members {
		sigs[i] = keys[string(m.PubKey)]
	}
	return quorum.Certificate{Capacity: testCapacity, Members: members, Signatures: sigs, MsgHash: msg, Prover: testProver}
}

func assign(t *testing.T, cert quorum.Certificate) *quorum.Circuit {
	t.Helper()
	c, err := quorum.Assign(cert)
	require.NoError(t, err)
	return c
}

// clone deep-copies the slot slice so tampering never leaks between cases.
func clone(c *quorum.Circuit) *quorum.Circuit {
	out := *c
	out.Slots = append([]quorum.Slot(nil), c.Slots...)
	return &out
}

func addBig(v frontend.Variable, d *big.Int) *big.Int {
	return new(big.Int).Add(v.(*big.Int), d)
}

func TestQuorumCircuit(t *testing.T) {
	cert := fixture(t)
	ok := assign(t, cert)
	curve := twistededwards.GetEdwardsCurve()
	order := &curve.Order

	forged := clone(ok)
	forged.Slots[0].SigS = addBig(forged.Slots[0].SigS, big.NewInt(1))

	malleated := clone(ok) // S + l satisfies the cofactored equation; only S < l rejects it
	malleated.Slots[1].SigS = addBig(malleated.Slots[1].SigS, order)

	atTwoThirds := clone(ok) // 2 of 3 equal powers: 3·2 = 2·3, not strictly above
	atTwoThirds.Slots[2].Signed = 0

	wrongValset := clone(ok)
	wrongValset.ValsetHash = addBig(ok.ValsetHash, big.NewInt(1))

	inflatedPower := clone(ok) // powers are bound by the valset hash
	inflatedPower.Slots[0].Power = 5

	wrongMsg := clone(ok)
	wrongMsg.MsgHash = addBig(ok.MsgHash, big.NewInt(1))

	proverTooWide := clone(ok) // Prover is range-checked to an L1 address
	proverTooWide.Prover = new(big.Int).Lsh(big.NewInt(1), quorum.ProverBits)

	paddingSigned := clone(ok) // a padding slot "signing" adds no power
	paddingSigned.Slots[3].Signed = 1
	paddingSigned.Slots[2].Signed = 0

	nonBoolean := clone(ok) // Signed = 2 would double a member's power
	nonBoolean.Slots[0].Signed = 2
	nonBoolean.Slots[1].Signed = 0

	swappedSig := clone(ok) // a valid signature in the wrong slot
	swappedSig.Slots[0].SigRX, swappedSig.Slots[1].SigRX = ok.Slots[1].SigRX, ok.Slots[0].SigRX
	swappedSig.Slots[0].SigRY, swappedSig.Slots[1].SigRY = ok.Slots[1].SigRY, ok.Slots[0].SigRY
	swappedSig.Slots[0].SigS, swappedSig.Slots[1].SigS = ok.Slots[1].SigS, ok.Slots[0].SigS

	assert := test.NewAssert(t)
	opts := []test.TestingOption{
		test.WithValidAssignment(ok),
		test.WithCurves(ecc.BN254),
		test.WithBackends(backend.GROTH16),
		test.NoFuzzing(),
	}
	for _, bad := range []*quorum.Circuit{
		forged, malleated, atTwoThirds, wrongValset, inflatedPower, wrongMsg,
		proverTooWide, paddingSigned, nonBoolean, swappedSig,
	} {
		opts = append(opts, test.WithInvalidAssignment(bad))
	}
	assert.CheckCircuit(quorum.New(testCapacity), opts...)
}

// TestNativeMatchesCircuitInputs pins the public inputs Assign produces to the
// independent native computation in sighash.
func TestNativeMatchesCircuitInputs(t *testing.T) {
	cert := fixture(t)
	c := assign(t, cert)
	vh, err := sighash.ValsetHash(cert.Members, cert.Capacity)
	require.NoError(t, err)
	require.Equal(t, 0, c.ValsetHash.(*big.Int).Cmp(new(big.Int).SetBytes(vh[:])))
	require.Equal(t, 0, c.MsgHash.(*big.Int).Cmp(cert.MsgHash))
	require.Equal(t, 0, c.Prover.(*big.Int).Cmp(new(big.Int).SetBytes(testProver[:])))
}

func TestNativeRejects(t *testing.T) {
	cert := fixture(t)
	twoThirds := cert
	twoThirds.Signatures = [][]byte{cert.Signatures[0], nil, cert.Signatures[2]}
	_, err := quorum.Native(twoThirds)
	require.ErrorIs(t, err, quorum.ErrNoQuorum)

	badSig := cert
	badSig.Signatures = [][]byte{cert.Signatures[1], cert.Signatures[1], cert.Signatures[2]}
	_, err = quorum.Native(badSig)
	require.ErrorIs(t, err, sighash.ErrInvalidSignature)

	tooMany := cert
	tooMany.Signatures = append(append([][]byte{}, cert.Signatures...), cert.Signatures[0])
	_, err = quorum.Native(tooMany)
	require.Error(t, err)

	require.True(t, quorum.Supermajority(big.NewInt(3), big.NewInt(4)))
	require.False(t, quorum.Supermajority(big.NewInt(2), big.NewInt(3)))
}
