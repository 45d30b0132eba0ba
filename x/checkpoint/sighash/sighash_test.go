package sighash_test

import (
	"bytes"
	"crypto/rand"
	"encoding/binary"
	"math/big"
	mrand "math/rand/v2"
	"testing"

	"github.com/consensys/gnark-crypto/ecc/bn254/fr"
	"github.com/consensys/gnark-crypto/ecc/bn254/fr/poseidon2"
	"github.com/consensys/gnark-crypto/ecc/bn254/twistededwards"
	"github.com/consensys/gnark-crypto/ecc/bn254/twistededwards/eddsa"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/stretchr/testify/require"

	"github.com/seq-network/seq/x/checkpoint/sighash"
)

// word left-pads b to a 32-byte ABI word.
func word(b []byte) []byte { return common.LeftPadBytes(b, 32) }

func u64(v uint64) []byte {
	var b [8]byte
	binary.BigEndian.PutUint64(b[:], v)
	return word(b[:])
}

// abiString hand-encodes the tail of a dynamic string: length word + right-padded data.
func abiString(s string) []byte {
	out := u64(uint64(len(s)))
	padded := make([]byte, (len(s)+31)/32*32)
	copy(padded, s)
	return append(out, padded...)
}

func TestDomainMatchesHandEncoding(t *testing.T) {
	chainID := "seq-localnet-with-a-rather-long-chain-id-1"
	tag := abiString(sighash.DomainTag)
	var enc []byte
	enc = append(enc, u64(0x60)...)
	enc = append(enc, u64(uint64(0x60+len(tag)))...)
	enc = append(enc, u64(31337)...)
	enc = append(enc, tag...)
	enc = append(enc, abiString(chainID)...)
	want := crypto.Keccak256Hash(enc)
	require.Equal(t, [32]byte(want), sighash.Domain(chainID, 31337))
	require.NotEqual(t, sighash.Domain(chainID, 1), sighash.Domain(chainID, 31337))
	require.NotEqual(t, sighash.Domain("other", 31337), sighash.Domain(chainID, 31337))
}

func sampleFields() sighash.Fields {
	f := sighash.Fields{
		Domain: sighash.Domain("seq-1", 1), Epoch: 7, Height: 70, Timestamp: 1_700_000_000,
		Poster: common.HexToAddress("0x00000000000000000000000000000000deadbeef"),
	}
	for i, h := range []*[32]byte{&f.BlockHash, &f.AppHash, &f.RollupsRoot, &f.PrevHash, &f.ValsetHash, &f.NextValsetHash} {
		*h = crypto.Keccak256Hash([]byte{byte(i)})
	}
	return f
}

func TestEncodeLayout(t *testing.T) {
	f := sampleFields()
	enc := f.Encode()
	require.Len(t, enc, 11*32)
	want := bytes.Join([][]byte{
		f.Domain[:], u64(f.Epoch), u64(f.Height), f.BlockHash[:], f.AppHash[:], f.RollupsRoot[:],
		f.PrevHash[:], f.ValsetHash[:], f.NextValsetHash[:], u64(f.Timestamp), word(f.Poster[:]),
	}, nil)
	require.Equal(t, want, enc)
	require.Equal(t, [32]byte(crypto.Keccak256Hash(want)), f.CheckpointHash())
}

func TestMsgHashIsReducedKeccak(t *testing.T) {
	f := sampleFields()
	h := f.CheckpointHash()
	want := new(big.Int).Mod(new(big.Int).SetBytes(h[:]), fr.Modulus())
	require.Equal(t, 0, want.Cmp(f.MsgHash()))
	require.Equal(t, -1, f.MsgHash().Cmp(fr.Modulus()))
	e := f.MsgHashElement()
	require.Equal(t, 0, e.BigInt(new(big.Int)).Cmp(want))
	f.Epoch++
	require.NotEqual(t, 0, want.Cmp(f.MsgHash()), "every field must feed the hash")
}

func TestCompressMatchesGnarkCrypto(t *testing.T) {
	var a, b fr.Element
	a.SetRandom()
	b.SetRandom()
	ab, bb := a.Bytes(), b.Bytes()
	out, err := poseidon2.NewPermutation(2, 6, 50).Compress(ab[:], bb[:])
	require.NoError(t, err)
	got := sighash.Compress(a, b)
	gb := got.Bytes()
	require.Equal(t, out, gb[:])
}

func newKey(t *testing.T) *eddsa.PrivateKey {
	t.Helper()
	k, err := sighash.GenerateKey(rand.Reader)
	require.NoError(t, err)
	return k
}

func TestSignVerify(t *testing.T) {
	k := newKey(t)
	pub := sighash.MarshalPubKey(&k.PublicKey)
	require.Len(t, pub, sighash.PubKeySize)
	msg := sampleFields().MsgHash()
	sig, err := sighash.Sign(k, msg)
	require.NoError(t, err)
	require.Len(t, sig, sighash.SignatureSize)
	require.NoError(t, sighash.Verify(pub, msg, sig))
	parsed, err := sighash.ParseSignature(sig)
	require.NoError(t, err)
	require.Equal(t, sig, parsed.Bytes(), "signature encoding round-trips")

	// gnark-crypto's own verifier with our challenge hash agrees.
	m := fr.NewElement(0)
	m.SetBigInt(msg)
	mb := m.Bytes()
	ok, err := k.PublicKey.Verify(sig, mb[:], sighash.NewChallengeHasher())
	require.NoError(t, err)
	require.True(t, ok)

	other := new(big.Int).Add(msg, big.NewInt(1))
	require.ErrorIs(t, sighash.Verify(pub, other, sig), sighash.ErrInvalidSignature)
	require.ErrorIs(t, sighash.Verify(sighash.MarshalPubKey(&newKey(t).PublicKey), msg, sig), sighash.ErrInvalidSignature)
	_, err = sighash.Sign(k, fr.Modulus())
	require.ErrorIs(t, err, sighash.ErrInvalidMessage)
}

func TestVerifyRejectsMalleatedS(t *testing.T) {
	k := newKey(t)
	msg := big.NewInt(42)
	sig, err := sighash.Sign(k, msg)
	require.NoError(t, err)
	curve := twistededwards.GetEdwardsCurve()
	s := new(big.Int).SetBytes(sig[32:])
	s.Add(s, &curve.Order) // S+l satisfies the cofactored equation but is malleated
	if s.BitLen() > 256 {
		t.Skip("S+l does not fit in 32 bytes")
	}
	mal := append(append([]byte{}, sig[:32]...), s.FillBytes(make([]byte, 32))...)
	require.ErrorIs(t, sighash.Verify(sighash.MarshalPubKey(&k.PublicKey), msg, mal), sighash.ErrInvalidSignature)
}

func TestVerifyRejectsTamperedSignature(t *testing.T) {
	k := newKey(t)
	pub := sighash.MarshalPubKey(&k.PublicKey)
	msg := big.NewInt(99)
	sig, err := sighash.Sign(k, msg)
	require.NoError(t, err)
	for i := range []int{0, 31, 33, 63} {
		bad := append([]byte{}, sig...)
		bad[[]int{0, 31, 33, 63}[i]] ^= 1
		require.Error(t, sighash.Verify(pub, msg, bad), "flipped byte %d", i)
	}
	require.Error(t, sighash.Verify(pub, msg, sig[:63]))
}

func TestUnmarshalPubKeyRejectsBadKeys(t *testing.T) {
	// The point of order 2, (0, -1), is on the curve but outside the subgroup.
	var low twistededwards.PointAffine
	low.X.SetZero()
	low.Y.SetOne()
	low.Y.Neg(&low.Y)
	enc := low.Bytes()
	_, err := sighash.UnmarshalPubKey(enc[:])
	require.ErrorIs(t, err, sighash.ErrInvalidPubKey)

	id := twistededwards.PointAffine{}
	id.Y.SetOne()
	enc = id.Bytes()
	_, err = sighash.UnmarshalPubKey(enc[:])
	require.ErrorIs(t, err, sighash.ErrInvalidPubKey)

	// y + r encodes the same point non-canonically (little-endian y, sign bit on top).
	good := sighash.MarshalPubKey(&newKey(t).PublicKey)
	_, err = sighash.UnmarshalPubKey(good)
	require.NoError(t, err)
	le := append([]byte{}, good...)
	sign := le[31] & 0x80
	le[31] &= 0x7f
	be := make([]byte, 32)
	for i := range le {
		be[31-i] = le[i]
	}
	y := new(big.Int).Add(new(big.Int).SetBytes(be), fr.Modulus())
	y.FillBytes(be)
	for i := range be {
		le[31-i] = be[i]
	}
	le[31] |= sign
	_, err = sighash.UnmarshalPubKey(le)
	require.ErrorIs(t, err, sighash.ErrInvalidPubKey)
	_, err = sighash.UnmarshalPubKey(good[:31])
	require.ErrorIs(t, err, sighash.ErrInvalidPubKey)
}

func TestProofOfPossession(t *testing.T) {
	k := newKey(t)
	pub := sighash.MarshalPubKey(&k.PublicKey)
	op := common.HexToAddress("0x1234").Bytes()
	sig, err := sighash.SignPoP(k, "seq-1", op)
	require.NoError(t, err)
	require.NoError(t, sighash.VerifyPoP(pub, "seq-1", op, sig))
	require.Error(t, sighash.VerifyPoP(pub, "seq-2", op, sig))
	require.Error(t, sighash.VerifyPoP(pub, "seq-1", common.HexToAddress("0x1235").Bytes(), sig))
	require.NotEqual(t, 0, sighash.PoPMessage("seq-1", op).Cmp(sighash.PoPMessage("seq-1", nil)))
}

func members(t *testing.T, n int) []sighash.Member {
	t.Helper()
	out := make([]sighash.Member, n)
	for i := range out {
		out[i] = sighash.Member{PubKey: sighash.MarshalPubKey(&newKey(t).PublicKey), Power: uint64(1 + i%3)}
	}
	sighash.SortMembers(out)
	return out
}

func TestSortMembers(t *testing.T) {
	ms := members(t, 8)
	for i := 1; i < len(ms); i++ {
		a, b := ms[i-1], ms[i]
		require.True(t, a.Power > b.Power || (a.Power == b.Power && bytes.Compare(a.PubKey, b.PubKey) < 0))
	}
	shuffled := append([]sighash.Member{}, ms...)
	mrand.Shuffle(len(shuffled), func(i, j int) { shuffled[i], shuffled[j] = shuffled[j], shuffled[i] })
	sighash.SortMembers(shuffled)
	require.Equal(t, ms, shuffled)
}

func TestValsetHash(t *testing.T) {
	ms := members(t, 5)
	h1, err := sighash.ValsetHash(ms, 8)
	require.NoError(t, err)
	h2, err := sighash.ValsetHash(append([]sighash.Member{}, ms...), 8)
	require.NoError(t, err)
	require.Equal(t, h1, h2, "deterministic")

	h3, err := sighash.ValsetHash(ms, 16)
	require.NoError(t, err)
	require.NotEqual(t, h1, h3, "capacity is bound")

	bumped := append([]sighash.Member{}, ms...)
	bumped[0].Power++
	h4, err := sighash.ValsetHash(bumped, 8)
	require.NoError(t, err)
	require.NotEqual(t, h1, h4, "powers are bound")

	h5, err := sighash.ValsetHash(ms[:4], 8)
	require.NoError(t, err)
	require.NotEqual(t, h1, h5, "membership is bound")
}

func TestValsetHashErrors(t *testing.T) {
	ms := members(t, 4)
	_, err := sighash.ValsetHash(ms, 3)
	require.ErrorIs(t, err, sighash.ErrTooManyMembers)
	_, err = sighash.ValsetHash(ms, 0)
	require.ErrorIs(t, err, sighash.ErrInvalidCapacity)

	swapped := append([]sighash.Member{}, ms...)
	swapped[0], swapped[3] = swapped[3], swapped[0]
	_, err = sighash.ValsetHash(swapped, 4)
	require.ErrorIs(t, err, sighash.ErrUnsortedMembers)

	dup := []sighash.Member{ms[0], {PubKey: ms[0].PubKey, Power: ms[0].Power}}
	_, err = sighash.ValsetHash(dup, 4)
	require.ErrorIs(t, err, sighash.ErrDuplicateMember)
	dup[1].Power = 0
	_, err = sighash.ValsetHash(dup, 4)
	require.ErrorIs(t, err, sighash.ErrZeroPower)
	dupLower := []sighash.Member{{PubKey: ms[0].PubKey, Power: 5}, {PubKey: ms[0].PubKey, Power: 4}}
	_, err = sighash.ValsetHash(dupLower, 4)
	require.ErrorIs(t, err, sighash.ErrDuplicateMember)

	bad := []sighash.Member{{PubKey: make([]byte, 32), Power: 1}}
	_, err = sighash.ValsetHash(bad, 4)
	require.ErrorIs(t, err, sighash.ErrInvalidPubKey)
}
