package l1

import (
	"context"
	"crypto/ecdsa"
	"errors"
	"fmt"
	"math/big"
	"reflect"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient"

	"github.com/seq-network/seq/contracts/bindings/registry"
	"github.com/seq-network/seq/x/checkpoint/sighash"
)

// Registry is a CheckpointRegistry deployed at Address, reached through Client.
type Registry struct {
	Client  *Client
	Address common.Address
	abi     *registry.CheckpointRegistry
	bound   *bind.BoundContract
}

// NewRegistry binds the registry at addr.
func NewRegistry(c *Client, addr common.Address) *Registry {
	r := registry.NewCheckpointRegistry()
	return &Registry{Client: c, Address: addr, abi: r, bound: r.Instance(c.Client, addr)}
}

// call runs a view with retries.
func call[T any](ctx context.Context, r *Registry, op string, data []byte, unpack func([]byte) (T, error)) (T, error) {
	var out T
	err := r.Client.Retry(ctx, op, func(ctx context.Context) error {
		var err error
		out, err = bind.Call(r.bound, &bind.CallOpts{Context: ctx}, data, unpack)
		return decodeRevert(r.abi, err)
	})
	return out, err
}

// LatestEpoch is the newest epoch the registry accepted (the anchor epoch right after deployment).
func (r *Registry) LatestEpoch(ctx context.Context) (uint64, error) {
	return call(ctx, r, "latestEpoch", r.abi.PackLatestEpoch(), r.abi.UnpackLatestEpoch)
}

// LatestHash is the checkpoint hash of LatestEpoch.
func (r *Registry) LatestHash(ctx context.Context) ([32]byte, error) {
	return call(ctx, r, "latestHash", r.abi.PackLatestHash(), r.abi.UnpackLatestHash)
}

// CurrentValsetHash is the valset hash that must sign the next epoch.
func (r *Registry) CurrentValsetHash(ctx context.Context) ([32]byte, error) {
	return call(ctx, r, "currentValsetHash", r.abi.PackCurrentValsetHash(), r.abi.UnpackCurrentValsetHash)
}

// Checkpoint is the stored record of epoch.
func (r *Registry) Checkpoint(ctx context.Context, epoch uint64) (registry.CheckpointRecord, error) {
	return call(ctx, r, "checkpoint", r.abi.PackCheckpoint(epoch), r.abi.UnpackCheckpoint)
}

// VerifyRollupBatch calls verifyRollupBatch (see contracts/README.md).
func (r *Registry) VerifyRollupBatch(ctx context.Context, epoch uint64, rollupID string, height uint64, batchRoot [32]byte, entry, heightProof registry.MerkleProof) (bool, error) {
	data, err := r.abi.TryPackVerifyRollupBatch(epoch, rollupID, height, batchRoot, entry, heightProof)
	if err != nil {
		return false, fmt.Errorf("l1: pack verifyRollupBatch: %w", err)
	}
	return call(ctx, r, "verifyRollupBatch", data, r.abi.UnpackVerifyRollupBatch)
}

// BuildSubmit builds and signs (but does not send) submitCheckpoint(cp, proof) from key's
// account with the given nonce. Gas estimation runs the call, so a submission the registry
// would refuse fails here with a *RevertError (e.g. WrongEpoch when the epoch is already in).
func (r *Registry) BuildSubmit(ctx context.Context, key *ecdsa.PrivateKey, nonce uint64, f sighash.Fields, proof [8]*big.Int) (*types.Transaction, error) {
	data, err := r.abi.TryPackSubmitCheckpoint(ToBinding(f), proof)
	if err != nil {
		return nil, fmt.Errorf("l1: pack submitCheckpoint: %w", err)
	}
	from := crypto.PubkeyToAddress(key.PublicKey)
	var gas uint64
	var tip, feeCap *big.Int
	err = r.Client.Retry(ctx, "estimate", func(ctx context.Context) error {
		var err error
		if gas, err = r.Client.EstimateGas(ctx, ethereum.CallMsg{From: from, To: &r.Address, Data: data}); err != nil {
			return decodeRevert(r.abi, err)
		}
		tip, feeCap, err = r.Client.fees(ctx)
		return err
	})
	if err != nil {
		return nil, err
	}
	tx := types.NewTx(&types.DynamicFeeTx{
		ChainID: r.Client.chainID, Nonce: nonce, GasTipCap: tip, GasFeeCap: feeCap,
		Gas: gas + gas/4, To: &r.Address, Data: data, // +25 %: estimation is exact, the margin covers state drift
	})
	return types.SignTx(tx, types.LatestSignerForChainID(r.Client.chainID), key)
}

// fees returns an EIP-1559 tip and a fee cap of twice the current base fee plus the tip, which
// survives several blocks of base-fee growth.
func (c *Client) fees(ctx context.Context) (*big.Int, *big.Int, error) {
	tip, err := c.SuggestGasTipCap(ctx)
	if err != nil {
		return nil, nil, err
	}
	h, err := c.HeaderByNumber(ctx, nil)
	if err != nil {
		return nil, nil, err
	}
	base := h.BaseFee
	if base == nil {
		base = big.NewInt(0)
	}
	return tip, new(big.Int).Add(new(big.Int).Mul(base, big.NewInt(2)), tip), nil
}

// ReceiptError returns nil for a successful receipt and, for a reverted one, the typed
// revert reason obtained by replaying the call at the receipt's block.
func (r *Registry) ReceiptError(ctx context.Context, tx *types.Transaction, rcpt *types.Receipt) error {
	if rcpt.Status == types.ReceiptStatusSuccessful {
		return nil
	}
	from, err := types.Sender(types.LatestSignerForChainID(tx.ChainId()), tx)
	if err != nil {
		return fmt.Errorf("%w: %s", ErrReverted, tx.Hash())
	}
	msg := ethereum.CallMsg{From: from, To: tx.To(), Data: tx.Data(), Gas: tx.Gas()}
	_, cerr := r.Client.CallContract(ctx, msg, rcpt.BlockNumber)
	if cerr = decodeRevert(r.abi, cerr); cerr != nil {
		return fmt.Errorf("%w: %s: %w", ErrReverted, tx.Hash(), cerr)
	}
	return fmt.Errorf("%w: %s (gas used %d of %d)", ErrReverted, tx.Hash(), rcpt.GasUsed, tx.Gas())
}

// SubmittedEvents returns every CheckpointSubmitted event of the registry from block `from` on.
func (r *Registry) SubmittedEvents(ctx context.Context, from uint64) ([]*registry.CheckpointRegistryCheckpointSubmitted, error) {
	var out []*registry.CheckpointRegistryCheckpointSubmitted
	err := r.Client.Retry(ctx, "events", func(ctx context.Context) error {
		it, err := bind.FilterEvents(r.bound, &bind.FilterOpts{Start: from, Context: ctx}, r.abi.UnpackCheckpointSubmittedEvent)
		if err != nil {
			return err
		}
		defer it.Close()
		out = out[:0]
		for it.Next() {
			out = append(out, it.Value())
		}
		return it.Error()
	})
	return out, err
}

// RevertError is a registry revert decoded through the bindings: Reason is the typed error
// value, e.g. *registry.CheckpointRegistryWrongEpoch.
type RevertError struct {
	Reason any
	Data   []byte
}

// Error names the typed reason and its fields.
func (e *RevertError) Error() string {
	if e.Reason == nil {
		return fmt.Sprintf("l1: reverted with data %x", e.Data)
	}
	return fmt.Sprintf("l1: reverted: %s%+v", reflect.TypeOf(e.Reason).Elem().Name(), e.Reason)
}

// AsRevert returns the typed revert reason in err, if any.
func AsRevert[T any](err error) (*T, bool) {
	var re *RevertError
	if !errors.As(err, &re) {
		return nil, false
	}
	v, ok := re.Reason.(*T)
	return v, ok
}

// decodeRevert turns a node's revert error into a *RevertError; other errors pass through.
func decodeRevert(abi *registry.CheckpointRegistry, err error) error {
	if err == nil {
		return nil
	}
	data, ok := ethclient.RevertErrorData(err)
	if !ok {
		return err
	}
	reason, uerr := abi.UnpackError(data)
	if uerr != nil {
		return &RevertError{Data: data}
	}
	return &RevertError{Reason: reason, Data: data}
}

// ToBinding converts checkpoint fields into the registry's Checkpoint struct.
func ToBinding(f sighash.Fields) registry.Checkpoint {
	return registry.Checkpoint{
		Domain: f.Domain, Epoch: f.Epoch, Height: f.Height, BlockHash: f.BlockHash, AppHash: f.AppHash,
		RollupsRoot: f.RollupsRoot, PrevHash: f.PrevHash, ValsetHash: f.ValsetHash,
		NextValsetHash: f.NextValsetHash, Timestamp: f.Timestamp, Poster: f.Poster,
	}
}
