package client

import (
	"context"
	"errors"
	"fmt"
	"io"
	"regexp"
	"strconv"
	"sync"

	"google.golang.org/grpc/codes"
	"google.golang.org/grpc/status"

	"github.com/cosmos/cosmos-sdk/crypto/keyring"
	"github.com/cosmos/cosmos-sdk/crypto/keys/secp256k1"
	cryptotypes "github.com/cosmos/cosmos-sdk/crypto/types"
	sdk "github.com/cosmos/cosmos-sdk/types"
	sdkerrors "github.com/cosmos/cosmos-sdk/types/errors"
	signingtypes "github.com/cosmos/cosmos-sdk/types/tx/signing"
	authtypes "github.com/cosmos/cosmos-sdk/x/auth/types"
)

// Signer signs txs for one account and tracks its account number and sequence locally, so
// that consecutive submissions need no auth query. It is safe for concurrent use: its lock is
// held from signing through CheckTx, which is what keeps sequences reaching the node in order
// (a tx with sequence n+1 that overtook n would be rejected). Use one Signer per account and
// several accounts for more than one in-flight broadcast at a time.
type Signer struct {
	pub  cryptotypes.PubKey
	addr sdk.AccAddress
	sign func(signBytes []byte) ([]byte, error)

	mu     sync.Mutex
	loaded bool // accNum and seq reflect the chain; false forces an auth query on next use
	accNum uint64
	seq    uint64
}

// NewSigner returns a Signer for a private key (secp256k1 is the chain's account key type).
func NewSigner(priv cryptotypes.PrivKey) *Signer {
	return &Signer{pub: priv.PubKey(), addr: sdk.AccAddress(priv.PubKey().Address()), sign: priv.Sign}
}

// NewSecp256k1Signer returns a Signer for a raw 32-byte secp256k1 private key.
func NewSecp256k1Signer(key []byte) (*Signer, error) {
	if len(key) != secp256k1.PrivKeySize {
		return nil, fmt.Errorf("secp256k1 key: %d bytes, want %d", len(key), secp256k1.PrivKeySize)
	}
	return NewSigner(&secp256k1.PrivKey{Key: key}), nil
}

// NewKeyringSigner returns a Signer for the key name in kr; the key never leaves the keyring.
func NewKeyringSigner(kr keyring.Keyring, name string) (*Signer, error) {
	rec, err := kr.Key(name)
	if err != nil {
		return nil, fmt.Errorf("keyring key %q: %w", name, err)
	}
	pub, err := rec.GetPubKey()
	if err != nil {
		return nil, fmt.Errorf("keyring key %q: %w", name, err)
	}
	sign := func(b []byte) ([]byte, error) {
		sig, _, err := kr.Sign(name, b, signingtypes.SignMode_SIGN_MODE_DIRECT)
		return sig, err
	}
	return &Signer{pub: pub, addr: sdk.AccAddress(pub.Address()), sign: sign}, nil
}

// OpenKeyringSigner opens the keyring of backend ("test", "file" or "os") under dir, as seqd
// writes it (e.g. DIR/node0/seqd for `--keyring-backend test`), and returns a Signer for name.
// input answers the file backend's passphrase prompt; it may be nil for the test backend.
func OpenKeyringSigner(backend, dir, name string, input io.Reader) (*Signer, error) {
	kr, err := keyring.New(sdk.KeyringServiceName(), backend, dir, input, DefaultEncoding().Codec)
	if err != nil {
		return nil, fmt.Errorf("open %s keyring in %s: %w", backend, dir, err)
	}
	return NewKeyringSigner(kr, name)
}

// Address returns the signer's account address.
func (s *Signer) Address() sdk.AccAddress { return s.addr }

// PubKey returns the signer's public key.
func (s *Signer) PubKey() cryptotypes.PubKey { return s.pub }

// Sequence returns the sequence the next tx will carry and whether it is known (false before
// the first use or after a broadcast whose fate is unknown).
func (s *Signer) Sequence() (uint64, bool) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.seq, s.loaded
}

// syncAccount loads the account number and sequence from the chain; s.mu must be held.
func (c *Client) syncAccount(ctx context.Context, s *Signer) error {
	addr, err := c.addrCodec.BytesToString(s.addr)
	if err != nil {
		return err
	}
	resp, err := c.auth.Account(ctx, &authtypes.QueryAccountRequest{Address: addr})
	if status.Code(err) == codes.NotFound {
		return sdkerrors.ErrUnknownAddress.Wrapf("account %s does not exist yet: fund it first", addr)
	}
	if err != nil {
		return fmt.Errorf("query account %s: %w", addr, err)
	}
	var acc sdk.AccountI
	if err := c.enc.InterfaceRegistry.UnpackAny(resp.Account, &acc); err != nil {
		return fmt.Errorf("decode account %s: %w", addr, err)
	}
	s.accNum, s.seq, s.loaded = acc.GetAccountNumber(), acc.GetSequence(), true
	return nil
}

// expectedSeq matches the ante handler's "account sequence mismatch, expected 7, got 5".
var expectedSeq = regexp.MustCompile(`account sequence mismatch, expected (\d+)`)

// resyncSequence recovers from a sequence mismatch. The node's expected sequence (from the
// error) counts txs still in its mempool, which the committed account state does not, so it
// is preferred; the auth query is the fallback. s.mu must be held.
func (c *Client) resyncSequence(ctx context.Context, s *Signer, log string) error {
	if m := expectedSeq.FindStringSubmatch(log); m != nil {
		if n, err := strconv.ParseUint(m[1], 10, 64); err == nil {
			s.seq = n
			return nil
		}
	}
	return c.syncAccount(ctx, s)
}

// isSequenceMismatch reports whether a CheckTx rejection is the SDK's wrong-sequence error.
func isSequenceMismatch(err *TxError) bool {
	return errors.Is(err, sdkerrors.ErrWrongSequence)
}
