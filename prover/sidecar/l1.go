package sidecar

import (
	"context"
	"crypto/ecdsa"
	"errors"
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/seq-network/seq/prover/l1"
	"github.com/seq-network/seq/x/checkpoint/sighash"
)

// L1 is the registry as the sidecar uses it.
type L1 interface {
	ChainID() uint64
	Registry() common.Address
	Poster() common.Address
	LatestEpoch(ctx context.Context) (uint64, error)
	// Build signs submitCheckpoint(f, proof) with the sender's next nonce, without sending it.
	Build(ctx context.Context, f sighash.Fields, proof [8]*big.Int) (*types.Transaction, error)
	// Send broadcasts a signed tx; sending the same tx again is harmless.
	Send(ctx context.Context, tx *types.Transaction) error
	// Receipt returns the tx's receipt, or ethereum.NotFound while it is not mined.
	Receipt(ctx context.Context, hash common.Hash) (*types.Receipt, error)
	// ReceiptError explains a failed receipt (typed revert), nil for a successful one.
	ReceiptError(ctx context.Context, tx *types.Transaction, rcpt *types.Receipt) error
}

// RegistryL1 implements L1 over a deployed registry and the poster's key.
type RegistryL1 struct {
	Reg *l1.Registry
	Key *ecdsa.PrivateKey
}

// ChainID implements L1.
func (r RegistryL1) ChainID() uint64 { return r.Reg.Client.ChainIDValue().Uint64() }

// Registry implements L1.
func (r RegistryL1) Registry() common.Address { return r.Reg.Address }

// Poster implements L1: the address proofs are bound to.
func (r RegistryL1) Poster() common.Address { return crypto.PubkeyToAddress(r.Key.PublicKey) }

// LatestEpoch implements L1.
func (r RegistryL1) LatestEpoch(ctx context.Context) (uint64, error) { return r.Reg.LatestEpoch(ctx) }

// Build implements L1.
func (r RegistryL1) Build(ctx context.Context, f sighash.Fields, proof [8]*big.Int) (*types.Transaction, error) {
	var nonce uint64
	err := r.Reg.Client.Retry(ctx, "nonce", func(ctx context.Context) error {
		var err error
		nonce, err = r.Reg.Client.PendingNonceAt(ctx, r.Poster())
		return err
	})
	if err != nil {
		return nil, fmt.Errorf("sidecar: nonce: %w", err)
	}
	return r.Reg.BuildSubmit(ctx, r.Key, nonce, f, proof)
}

// Send implements L1.
func (r RegistryL1) Send(ctx context.Context, tx *types.Transaction) error {
	return r.Reg.Client.SendRaw(ctx, tx)
}

// Receipt implements L1.
func (r RegistryL1) Receipt(ctx context.Context, hash common.Hash) (*types.Receipt, error) {
	rcpt, err := r.Reg.Client.TransactionReceipt(ctx, hash)
	if err != nil && !errors.Is(err, ethereum.NotFound) {
		return nil, fmt.Errorf("sidecar: receipt %s: %w", hash, err)
	}
	return rcpt, err
}

// ReceiptError implements L1.
func (r RegistryL1) ReceiptError(ctx context.Context, tx *types.Transaction, rcpt *types.Receipt) error {
	return r.Reg.ReceiptError(ctx, tx, rcpt)
}
