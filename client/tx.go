package client

import (
	"context"
	"encoding/hex"
	"errors"
	"fmt"
	"strings"
	"time"

	coretypes "github.com/cometbft/cometbft/rpc/core/types"

	"cosmossdk.io/math"

	sdk "github.com/cosmos/cosmos-sdk/types"
	sdkerrors "github.com/cosmos/cosmos-sdk/types/errors"
	signingtypes "github.com/cosmos/cosmos-sdk/types/tx/signing"
	authsigning "github.com/cosmos/cosmos-sdk/x/auth/signing"
)

// Gas model. The ante handler charges TxSizeCostPerByte (10, the SDK default) for every tx
// byte, which dominates a blob tx; the rest is a fixed cost (signature check, account, bank
// and x/rollup reads and writes: 85-90k measured on a localnet, with headroom)
// and a per-blob cost (hashing, transient-store write: 64 x 1 KiB blobs used ~875.6k gas in
// all, so 1,000 per blob ran out of gas from about 32 blobs per tx; 3,000 leaves headroom).
// Estimating from the encoded size is exact for the dominant term and saves the round trip that
// simulation costs.
const (
	GasPerTxByte = 10
	GasBase      = 150_000
	GasPerBlob   = 3_000
)

// TxResult is what a broadcast returns. Height, GasUsed and Data are set once the tx is
// committed (with WaitForCommit).
type TxResult struct {
	TxHash    string
	GasWanted uint64
	// TxFee is the gas fee paid (gas limit x gas price); blob fees come on top.
	TxFee     sdk.Coins
	Committed bool
	Height    int64
	GasUsed   uint64
	// Data is the committed tx's result data (an sdk.TxMsgData).
	Data []byte
}

// TxOption tunes one broadcast.
type TxOption func(*txOptions)

type txOptions struct {
	wait          bool
	gasLimit      uint64
	memo          string
	maxFeePerByte math.LegacyDec // SubmitBlobs only
}

// WaitForCommit makes the call return only once the tx is in a block (polling the node's tx
// index every Config.PollInterval until ctx ends), and return a *TxError if it failed there.
func WaitForCommit() TxOption { return func(o *txOptions) { o.wait = true } }

// WithGasLimit replaces the size-based gas estimate.
func WithGasLimit(gas uint64) TxOption { return func(o *txOptions) { o.gasLimit = gas } }

// WithMemo sets the tx memo.
func WithMemo(memo string) TxOption { return func(o *txOptions) { o.memo = memo } }

// WithMaxFeePerByte sets SubmitBlobs' max_fee_per_byte instead of base fee x FeeCapMultiplier.
func WithMaxFeePerByte(fee math.LegacyDec) TxOption {
	return func(o *txOptions) { o.maxFeePerByte = fee }
}

func applyTxOptions(opts []TxOption) txOptions {
	var o txOptions
	for _, opt := range opts {
		opt(&o)
	}
	return o
}

// BroadcastMsgs signs msgs with signer, broadcasts them (sync: CheckTx) and, with
// WaitForCommit, waits for the block. A CheckTx or block rejection is a *TxError.
func (c *Client) BroadcastMsgs(ctx context.Context, signer *Signer, msgs []sdk.Msg, opts ...TxOption) (*TxResult, error) {
	o := applyTxOptions(opts)
	res, err := c.broadcast(ctx, signer, msgs, o, 0)
	if err != nil || !o.wait {
		return res, err
	}
	return res, c.waitForCommit(ctx, res)
}

// broadcast signs and CheckTx-es under the signer's lock; on a sequence mismatch it resyncs
// once and retries. blobs is the number of blobs the msgs carry (for the gas estimate).
func (c *Client) broadcast(ctx context.Context, s *Signer, msgs []sdk.Msg, o txOptions, blobs int) (*TxResult, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if !s.loaded {
		if err := c.syncAccount(ctx, s); err != nil {
			return nil, err
		}
	}
	for attempt := 0; ; attempt++ {
		txBytes, res, err := c.signTx(ctx, s, msgs, o, blobs)
		if err != nil {
			return nil, err
		}
		br, err := c.rpc.BroadcastTxSync(ctx, txBytes)
		if err != nil {
			s.loaded = false // the node may or may not hold the tx: ask the chain next time
			return nil, broadcastError(err)
		}
		res.TxHash = br.Hash.String()
		if br.Code == 0 {
			s.seq++
			return res, nil
		}
		txErr := newTxError(res.TxHash, br.Codespace, br.Code, br.Log)
		if attempt > 0 || !isSequenceMismatch(txErr) {
			return nil, txErr
		}
		if err := c.resyncSequence(ctx, s, br.Log); err != nil {
			return nil, err
		}
	}
}

// broadcastError types the RPC-level rejections a caller can act on: CometBFT's mempool cache
// refuses bytes it has seen, i.e. the very same tx (same key, sequence and payload) was already
// broadcast; a full mempool refuses before the app sees the tx, the same error seqd's CheckTx
// gives when it refuses for room.
func broadcastError(err error) error {
	switch {
	case strings.Contains(err.Error(), "tx already exists in cache"):
		return sdkerrors.ErrTxInMempoolCache.Wrapf("broadcast: %v", err)
	case strings.Contains(err.Error(), "mempool is full"):
		return sdkerrors.ErrMempoolIsFull.Wrapf("broadcast: %v", err)
	}
	return fmt.Errorf("broadcast: %w", err)
}

// signTx builds and signs the tx. Gas depends on the encoded size, which depends on the gas
// and fee fields, so the tx is first encoded with the largest such fields and a placeholder
// signature of the real length (secp256k1: 64 bytes) to measure it, then signed once with the
// real fields (which encode no longer).
func (c *Client) signTx(ctx context.Context, s *Signer, msgs []sdk.Msg, o txOptions, blobs int) ([]byte, *TxResult, error) {
	gas := o.gasLimit
	if gas == 0 {
		probe, err := c.encodeTx(ctx, s, msgs, o.memo, GasBase<<20, placeholderSig)
		if err != nil {
			return nil, nil, err
		}
		gas = GasBase + GasPerTxByte*uint64(len(probe)) + GasPerBlob*uint64(blobs)
	}
	txBytes, err := c.encodeSigned(ctx, s, msgs, o.memo, gas)
	if err != nil {
		return nil, nil, err
	}
	return txBytes, &TxResult{GasWanted: gas, TxFee: c.feeFor(gas)}, nil
}

// feeFor is ceil(gas x gas price), so the node's min-gas-price check always passes.
func (c *Client) feeFor(gas uint64) sdk.Coins {
	amt := c.gasPrice.Amount.MulInt(math.NewIntFromUint64(gas)).Ceil().TruncateInt()
	return sdk.NewCoins(sdk.NewCoin(c.gasPrice.Denom, amt))
}

// encodeSigned encodes the tx signed by s (sign_test.go compares DirectSigner against it).
func (c *Client) encodeSigned(ctx context.Context, s *Signer, msgs []sdk.Msg, memo string, gas uint64) ([]byte, error) {
	return c.encodeTx(ctx, s, msgs, memo, gas, s.sign)
}

// placeholderSig stands in for a secp256k1 signature when only the tx size matters.
func placeholderSig([]byte) ([]byte, error) { return make([]byte, 64), nil }

// encodeTx builds the tx with SIGN_MODE_DIRECT: first the signer info with an empty
// signature (the sign bytes cover it), then the signature sign returns.
func (c *Client) encodeTx(ctx context.Context, s *Signer, msgs []sdk.Msg, memo string, gas uint64, sign func([]byte) ([]byte, error)) ([]byte, error) {
	b := c.enc.TxConfig.NewTxBuilder()
	if err := b.SetMsgs(msgs...); err != nil {
		return nil, err
	}
	b.SetGasLimit(gas)
	b.SetFeeAmount(c.feeFor(gas))
	b.SetMemo(memo)
	sig := signingtypes.SignatureV2{PubKey: s.pub, Sequence: s.seq,
		Data: &signingtypes.SingleSignatureData{SignMode: signingtypes.SignMode_SIGN_MODE_DIRECT}}
	if err := b.SetSignatures(sig); err != nil {
		return nil, err
	}
	addr, err := c.addrCodec.BytesToString(s.addr)
	if err != nil {
		return nil, err
	}
	data := authsigning.SignerData{Address: addr, ChainID: c.chainID, AccountNumber: s.accNum, Sequence: s.seq, PubKey: s.pub}
	signBytes, err := authsigning.GetSignBytesAdapter(ctx, c.enc.TxConfig.SignModeHandler(), signingtypes.SignMode_SIGN_MODE_DIRECT, data, b.GetTx())
	if err != nil {
		return nil, fmt.Errorf("sign bytes: %w", err)
	}
	if sig.Data.(*signingtypes.SingleSignatureData).Signature, err = sign(signBytes); err != nil {
		return nil, fmt.Errorf("sign: %w", err)
	}
	if err := b.SetSignatures(sig); err != nil {
		return nil, err
	}
	return c.enc.TxConfig.TxEncoder()(b.GetTx())
}

// WaitForTx waits until the tx with hex hash txHash is committed and returns its result, or a
// *TxError if it failed in the block. It polls like WaitForCommit.
func (c *Client) WaitForTx(ctx context.Context, txHash string) (*TxResult, error) {
	res := &TxResult{TxHash: txHash}
	return res, c.waitForCommit(ctx, res)
}

// waitForCommit polls /tx until the tx is indexed. Polling (not a websocket subscription)
// survives node restarts and needs no connection per waiting call; lookups that fail for any
// reason, "not found" included, are retried until ctx ends.
func (c *Client) waitForCommit(ctx context.Context, res *TxResult) error {
	hash, err := hexHash(res.TxHash)
	if err != nil {
		return err
	}
	t := time.NewTicker(c.cfg.PollInterval)
	defer t.Stop()
	for {
		rt, err := c.rpc.Tx(ctx, hash, false)
		if err == nil {
			return res.fill(rt)
		}
		select {
		case <-ctx.Done():
			return fmt.Errorf("wait for tx %s: %w (last lookup: %v)", res.TxHash, ctx.Err(), err)
		case <-t.C:
		}
	}
}

// fill copies the committed result and turns a failed tx into a *TxError.
func (r *TxResult) fill(rt *coretypes.ResultTx) error {
	r.Committed, r.Height, r.GasUsed, r.Data = true, rt.Height, uint64(max(rt.TxResult.GasUsed, 0)), rt.TxResult.Data
	if rt.TxResult.Code == 0 {
		return nil
	}
	e := newTxError(r.TxHash, rt.TxResult.Codespace, rt.TxResult.Code, rt.TxResult.Log)
	e.Committed, e.Height = true, rt.Height
	return e
}

func hexHash(s string) ([]byte, error) {
	b, err := hex.DecodeString(s)
	if err != nil || len(b) != 32 {
		return nil, errors.New("client: malformed tx hash " + s)
	}
	return b, nil
}
