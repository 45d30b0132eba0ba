package client

import (
	"context"
	"testing"

	"github.com/stretchr/testify/require"

	"cosmossdk.io/math"

	addresscodec "github.com/cosmos/cosmos-sdk/codec/address"
	"github.com/cosmos/cosmos-sdk/crypto/keys/secp256k1"
	sdk "github.com/cosmos/cosmos-sdk/types"
	signingtypes "github.com/cosmos/cosmos-sdk/types/tx/signing"
	authsigning "github.com/cosmos/cosmos-sdk/x/auth/signing"

	rolluptypes "github.com/seq-network/seq/x/rollup/types"
)

// TestDirectSignerMatchesTxBuilder checks that the hand-written TxRaw is byte-for-byte the
// TxBuilder's (secp256k1 signatures are deterministic, RFC 6979), that the node's decoder
// accepts it and that its signature verifies over the sign bytes the SDK derives from it.
func TestDirectSignerMatchesTxBuilder(t *testing.T) {
	priv := secp256k1.GenPrivKeyFromSecret([]byte("sign-test"))
	const chainID, accNum, seq, gas = "seq-test", 7, 42, 123_456
	ds, err := NewDirectSigner(priv, chainID, accNum)
	require.NoError(t, err)
	c := &Client{enc: DefaultEncoding(), addrCodec: addresscodec.NewBech32Codec(Bech32Prefix),
		gasPrice: sdk.NewDecCoinFromDec("useq", math.LegacyMustNewDecFromStr("0.001")), chainID: chainID}
	s := NewSigner(priv)
	s.accNum, s.seq = accNum, seq
	sender, err := c.addrCodec.BytesToString(s.Address())
	require.NoError(t, err)
	require.Equal(t, s.Address(), ds.Address())
	msgs := []sdk.Msg{&rolluptypes.MsgSubmitBlobs{Sender: sender, RollupId: "demo",
		Blobs: [][]byte{[]byte("blob one"), make([]byte, 1000)}, MaxFeePerByte: math.LegacyMustNewDecFromStr("0.04")}}

	want, err := c.encodeSigned(context.Background(), s, msgs, "memo", gas)
	require.NoError(t, err)
	body, err := EncodeTxBody(msgs, "memo")
	require.NoError(t, err)
	got, err := ds.Sign(body, seq, gas, c.feeFor(gas))
	require.NoError(t, err)
	require.Equal(t, want, got)
	size, err := ds.Size(len(body), seq, gas, c.feeFor(gas))
	require.NoError(t, err)
	require.Equal(t, len(got), size)

	decoded, err := c.enc.TxConfig.TxDecoder()(got)
	require.NoError(t, err)
	sigTx := decoded.(authsigning.Tx)
	require.EqualValues(t, gas, sigTx.GetGas())
	sigs, err := sigTx.GetSignaturesV2()
	require.NoError(t, err)
	require.Len(t, sigs, 1)
	require.EqualValues(t, seq, sigs[0].Sequence)
	data := authsigning.SignerData{Address: sender, ChainID: chainID, AccountNumber: accNum, Sequence: seq, PubKey: priv.PubKey()}
	signBytes, err := authsigning.GetSignBytesAdapter(context.Background(), c.enc.TxConfig.SignModeHandler(),
		signingtypes.SignMode_SIGN_MODE_DIRECT, data, decoded)
	require.NoError(t, err)
	require.True(t, priv.PubKey().VerifySignature(signBytes, sigs[0].Data.(*signingtypes.SingleSignatureData).Signature))

	// Another sequence is another tx: the signature covers it.
	other, err := ds.Sign(body, seq+1, gas, c.feeFor(gas))
	require.NoError(t, err)
	require.NotEqual(t, got, other)
}

// BenchmarkDirectSignerSign measures the hot path of a load generator: 4 x 1 KiB blobs.
func BenchmarkDirectSignerSign(b *testing.B) {
	priv := secp256k1.GenPrivKeyFromSecret([]byte("bench"))
	ds, err := NewDirectSigner(priv, "seq-bench", 1)
	require.NoError(b, err)
	msg := &rolluptypes.MsgSubmitBlobs{Sender: testSender, RollupId: "demo", MaxFeePerByte: math.LegacyOneDec(),
		Blobs: [][]byte{make([]byte, 1024), make([]byte, 1024), make([]byte, 1024), make([]byte, 1024)}}
	fee := sdk.NewCoins(sdk.NewInt64Coin("useq", 200))
	b.ResetTimer()
	for i := range b.N {
		body, err := EncodeTxBody([]sdk.Msg{msg}, "")
		if err != nil {
			b.Fatal(err)
		}
		if _, err := ds.Sign(body, uint64(i), 200_000, fee); err != nil {
			b.Fatal(err)
		}
	}
}
