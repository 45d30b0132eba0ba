package l1

import (
	"context"
	"crypto/ecdsa"
	"fmt"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/seq-network/seq/contracts/bindings/registry"
)

// Anchor is the trusted checkpoint a registry starts from (see contracts/README.md): epoch 0,
// height 0, the zero hash and checkpoint 1's valset hash at genesis, or a later certified
// checkpoint's (epoch, height, checkpoint_hash, next_valset_hash).
type Anchor struct {
	Epoch, Height uint64
	Hash          [32]byte
	ValsetHash    [32]byte
}

// DeployParams are the constructor arguments of the verifier and the registry.
type DeployParams struct {
	VerifierBin     []byte // creation bytecode of the gnark-exported verifier of the chain's capacity
	Domain          [32]byte
	Anchor          Anchor
	ExclusiveWindow uint64 // seconds after cp.timestamp during which only cp.poster may submit
}

// Deployment is where the contracts went.
type Deployment struct {
	ChainID  uint64         `json:"l1_chain_id"`
	Verifier common.Address `json:"verifier"`
	Registry common.Address `json:"registry"`
	// Block is the registry's deployment block: where event scans start.
	Block           uint64      `json:"block"`
	Domain          common.Hash `json:"domain"`
	AnchorEpoch     uint64      `json:"anchor_epoch"`
	AnchorHeight    uint64      `json:"anchor_height"`
	AnchorHash      common.Hash `json:"anchor_hash"`
	AnchorValset    common.Hash `json:"anchor_valset_hash"`
	ExclusiveWindow uint64      `json:"exclusive_window"`
}

// Deploy deploys the verifier, then the registry pointing at it, from key's account, and waits
// for both receipts.
func Deploy(ctx context.Context, c *Client, key *ecdsa.PrivateKey, p DeployParams) (Deployment, error) {
	d := Deployment{ChainID: c.chainID.Uint64(), Domain: p.Domain, AnchorEpoch: p.Anchor.Epoch,
		AnchorHeight: p.Anchor.Height, AnchorHash: p.Anchor.Hash, AnchorValset: p.Anchor.ValsetHash,
		ExclusiveWindow: p.ExclusiveWindow}
	ver, _, err := deployContract(ctx, c, key, p.VerifierBin, nil)
	if err != nil {
		return d, fmt.Errorf("l1: deploy verifier: %w", err)
	}
	reg := registry.NewCheckpointRegistry()
	input := reg.PackConstructor(ver, p.Domain, p.Anchor.Epoch, p.Anchor.Height, p.Anchor.Hash, p.Anchor.ValsetHash, p.ExclusiveWindow)
	regAddr, rcpt, err := deployContract(ctx, c, key, common.FromHex(registry.CheckpointRegistryMetaData.Bin), input)
	if err != nil {
		return d, fmt.Errorf("l1: deploy registry: %w", err)
	}
	d.Verifier, d.Registry, d.Block = ver, regAddr, rcpt.BlockNumber.Uint64()
	return d, nil
}

// deployContract sends a creation tx and waits for a successful receipt.
func deployContract(ctx context.Context, c *Client, key *ecdsa.PrivateKey, bin, input []byte) (common.Address, *types.Receipt, error) {
	opts := bind.NewKeyedTransactor(key, c.chainID)
	opts.Context = ctx
	var addr common.Address
	var tx *types.Transaction
	err := c.Retry(ctx, "deploy", func(context.Context) error {
		var err error
		addr, tx, err = bind.DeployContract(opts, bin, c.Client, input)
		return err
	})
	if err != nil {
		return addr, nil, err
	}
	rcpt, err := c.WaitReceipt(ctx, tx.Hash())
	if err != nil {
		return addr, nil, err
	}
	if rcpt.Status != types.ReceiptStatusSuccessful {
		return addr, rcpt, fmt.Errorf("%w: creation %s (gas used %d)", ErrReverted, tx.Hash(), rcpt.GasUsed)
	}
	return addr, rcpt, nil
}
