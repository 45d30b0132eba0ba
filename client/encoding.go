package client

import (
	"sync"

	"cosmossdk.io/x/tx/signing"
	"github.com/cosmos/gogoproto/proto"

	"github.com/cosmos/cosmos-sdk/client"
	"github.com/cosmos/cosmos-sdk/codec"
	"github.com/cosmos/cosmos-sdk/codec/address"
	codectypes "github.com/cosmos/cosmos-sdk/codec/types"
	"github.com/cosmos/cosmos-sdk/std"
	signingtypes "github.com/cosmos/cosmos-sdk/types/tx/signing"
	authtx "github.com/cosmos/cosmos-sdk/x/auth/tx"
	authtypes "github.com/cosmos/cosmos-sdk/x/auth/types"
	banktypes "github.com/cosmos/cosmos-sdk/x/bank/types"

	rolluptypes "github.com/seq-network/seq/x/rollup/types"
)

// Bech32Prefix is seq's account address prefix.
const Bech32Prefix = "seq"

// Encoding is the codec and tx config the client signs, encodes and decodes with.
//
// It is built by hand rather than from app.AppConfig() through depinject: a rollup importing
// this package then links only auth, bank and x/rollup types instead of the whole app (every
// keeper, the server, CometBFT's node). The registry knows exactly what the client must handle:
// crypto keys and accounts (auth), MsgSend (bank) and x/rollup's Msgs. Txs of other modules in
// a block fail to decode here; the extractor then checks their raw bytes for MsgSubmitBlobs (see
// extract.go), so an unknown module can never hide a blob from FollowRollup.
type Encoding struct {
	InterfaceRegistry codectypes.InterfaceRegistry
	Codec             codec.Codec
	TxConfig          client.TxConfig
}

// DefaultEncoding returns the package's Encoding, built once: it is immutable after
// construction and shared by every Client and Signer.
var DefaultEncoding = sync.OnceValue(func() Encoding {
	enc, err := NewEncoding(Bech32Prefix)
	if err != nil {
		panic(err) // only a programming error (a bad static registration) gets here
	}
	return enc
})

// NewEncoding builds the registry, codec and a SIGN_MODE_DIRECT-only tx config for an
// address prefix. DIRECT is all the client signs with; leaving out amino-JSON and textual keeps
// the legacy amino codec and the coin-metadata query out of the client.
func NewEncoding(prefix string) (Encoding, error) {
	signOpts := signing.Options{
		AddressCodec:          address.NewBech32Codec(prefix),
		ValidatorAddressCodec: address.NewBech32Codec(prefix + "valoper"),
	}
	reg, err := codectypes.NewInterfaceRegistryWithOptions(codectypes.InterfaceRegistryOptions{
		ProtoFiles: proto.HybridResolver, SigningOptions: signOpts,
	})
	if err != nil {
		return Encoding{}, err
	}
	std.RegisterInterfaces(reg)
	authtypes.RegisterInterfaces(reg)
	banktypes.RegisterInterfaces(reg)
	rolluptypes.RegisterInterfaces(reg)
	cdc := codec.NewProtoCodec(reg)
	signOpts.FileResolver = reg
	txCfg, err := authtx.NewTxConfigWithOptions(cdc, authtx.ConfigOptions{
		EnabledSignModes: []signingtypes.SignMode{signingtypes.SignMode_SIGN_MODE_DIRECT},
		SigningOptions:   &signOpts,
	})
	if err != nil {
		return Encoding{}, err
	}
	return Encoding{InterfaceRegistry: reg, Codec: cdc, TxConfig: txCfg}, nil
}
