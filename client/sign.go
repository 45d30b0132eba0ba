package client

import (
	"fmt"

	codectypes "github.com/cosmos/cosmos-sdk/codec/types"
	cryptotypes "github.com/cosmos/cosmos-sdk/crypto/types"
	sdk "github.com/cosmos/cosmos-sdk/types"
	txtypes "github.com/cosmos/cosmos-sdk/types/tx"
	signingtypes "github.com/cosmos/cosmos-sdk/types/tx/signing"
)

// DirectSigner signs SIGN_MODE_DIRECT txs for one account offline: the caller owns the
// sequence and passes it per tx, and nothing is queried. It is meant for callers that sign many
// txs per second (load generators, batchers with their own sequence tracking); Signer and
// Client.SubmitBlobs remain the convenient path.
//
// It writes the protobuf TxRaw directly instead of going through the TxBuilder and the x/tx
// sign-mode handler, which decode and re-encode the whole body (every blob byte) to produce the
// sign bytes. The output is byte-for-byte what the TxBuilder produces (see sign_test.go), so
// nodes decode and verify it like any other tx. A DirectSigner is immutable and safe for
// concurrent use.
type DirectSigner struct {
	priv    cryptotypes.PrivKey
	addr    sdk.AccAddress
	chainID string
	accNum  uint64
	// pubKey and modeInfo are the constant parts of the SignerInfo, built once.
	pubKey   *codectypes.Any
	modeInfo *txtypes.ModeInfo
}

// NewDirectSigner returns a DirectSigner for priv's account, whose number on chainID is
// accountNumber (from the auth account query).
func NewDirectSigner(priv cryptotypes.PrivKey, chainID string, accountNumber uint64) (*DirectSigner, error) {
	pub := priv.PubKey()
	pubAny, err := codectypes.NewAnyWithValue(pub)
	if err != nil {
		return nil, fmt.Errorf("pack public key: %w", err)
	}
	mode := &txtypes.ModeInfo{Sum: &txtypes.ModeInfo_Single_{Single: &txtypes.ModeInfo_Single{Mode: signingtypes.SignMode_SIGN_MODE_DIRECT}}}
	return &DirectSigner{
		priv: priv, addr: sdk.AccAddress(pub.Address()), chainID: chainID, accNum: accountNumber,
		pubKey: pubAny, modeInfo: mode,
	}, nil
}

// Address returns the signing account's address.
func (s *DirectSigner) Address() sdk.AccAddress { return s.addr }

// EncodeTxBody returns the TxBody bytes carrying msgs and memo. Encoding the body once lets a
// caller size the tx (for a gas limit proportional to it) before signing.
func EncodeTxBody(msgs []sdk.Msg, memo string) ([]byte, error) {
	anys := make([]*codectypes.Any, len(msgs))
	for i, m := range msgs {
		a, err := codectypes.NewAnyWithValue(m)
		if err != nil {
			return nil, fmt.Errorf("pack msg %d: %w", i, err)
		}
		anys[i] = a
	}
	body := txtypes.TxBody{Messages: anys, Memo: memo}
	return body.Marshal()
}

// authInfo encodes the AuthInfo of a tx with sequence seq, gas limit gas and fee.
func (s *DirectSigner) authInfo(seq, gas uint64, fee sdk.Coins) ([]byte, error) {
	ai := txtypes.AuthInfo{
		SignerInfos: []*txtypes.SignerInfo{{PublicKey: s.pubKey, ModeInfo: s.modeInfo, Sequence: seq}},
		Fee:         &txtypes.Fee{Amount: fee, GasLimit: gas},
	}
	return ai.Marshal()
}

// Size returns the encoded size of the tx that Sign would return for these arguments, without
// signing: secp256k1 signatures are always 64 bytes.
func (s *DirectSigner) Size(bodyLen int, seq, gas uint64, fee sdk.Coins) (int, error) {
	ai, err := s.authInfo(seq, gas, fee)
	if err != nil {
		return 0, err
	}
	raw := txtypes.TxRaw{BodyBytes: make([]byte, bodyLen), AuthInfoBytes: ai, Signatures: [][]byte{make([]byte, 64)}}
	return raw.Size(), nil
}

// Sign returns the encoded tx (TxRaw) with body (from EncodeTxBody), signed for sequence seq
// with gas limit gas and fee.
func (s *DirectSigner) Sign(body []byte, seq, gas uint64, fee sdk.Coins) ([]byte, error) {
	ai, err := s.authInfo(seq, gas, fee)
	if err != nil {
		return nil, err
	}
	doc := txtypes.SignDoc{BodyBytes: body, AuthInfoBytes: ai, ChainId: s.chainID, AccountNumber: s.accNum}
	signBytes, err := doc.Marshal()
	if err != nil {
		return nil, err
	}
	sig, err := s.priv.Sign(signBytes)
	if err != nil {
		return nil, fmt.Errorf("sign: %w", err)
	}
	raw := txtypes.TxRaw{BodyBytes: body, AuthInfoBytes: ai, Signatures: [][]byte{sig}}
	return raw.Marshal()
}
