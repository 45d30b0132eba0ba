// Package keeper holds x/checkpoint's state: checkpoint keys, validator-set snapshots,
// checkpoints and their signatures, and the Msg, Query and block handlers.
package keeper

import (
	"context"
	"errors"
	"fmt"

	"cosmossdk.io/collections"
	"cosmossdk.io/core/address"
	corestore "cosmossdk.io/core/store"

	"github.com/cosmos/cosmos-sdk/codec"
	sdk "github.com/cosmos/cosmos-sdk/types"

	"github.com/seq-network/seq/x/checkpoint/types"
)

// Keeper owns x/checkpoint's state.
type Keeper struct {
	cdc          codec.BinaryCodec
	addressCodec address.Codec // account addresses (authority)
	valCodec     address.Codec // validator operator addresses
	authority    string
	staking      types.StakingKeeper
	rollups      types.RollupKeeper

	Schema collections.Schema
	Params collections.Item[types.Params]
	// CheckpointKeys by validator operator address.
	CheckpointKeys collections.Map[sdk.ValAddress, types.CheckpointKey]
	// KeyOwners is the reverse index pubkey -> validator that refuses a key held by another validator.
	KeyOwners collections.Map[[]byte, []byte]
	// Valsets are the validator-set snapshots by hash.
	Valsets collections.Map[[]byte, types.Valset]
	// Checkpoints by epoch (1, 2, 3, ...).
	Checkpoints collections.Map[uint64, types.Checkpoint]
	// CheckpointHeights maps a checkpoint's height to its epoch, for Finality.
	CheckpointHeights collections.Map[int64, uint64]
	// Signatures by (epoch, slot in the checkpoint's valset).
	Signatures collections.Map[collections.Pair[uint64, uint32], []byte]
	// PendingEpochs holds the epochs not yet certified, oldest first.
	PendingEpochs collections.KeySet[uint64]
	// NextSigners is the hash of the valset that must sign the next checkpoint.
	NextSigners collections.Item[[]byte]
}

// NewKeeper builds every collection; it panics only if the schema is inconsistent or the
// authority is not an address.
func NewKeeper(
	cdc codec.BinaryCodec, addressCodec, valCodec address.Codec, storeService corestore.KVStoreService,
	authority string, staking types.StakingKeeper, rollups types.RollupKeeper,
) Keeper {
	if _, err := addressCodec.StringToBytes(authority); err != nil {
		panic(fmt.Sprintf("invalid authority address %q: %s", authority, err))
	}
	sb := collections.NewSchemaBuilder(storeService)
	k := Keeper{
		cdc: cdc, addressCodec: addressCodec, valCodec: valCodec, authority: authority, staking: staking, rollups: rollups,
		Params:            collections.NewItem(sb, types.ParamsKey, "params", codec.CollValue[types.Params](cdc)),
		CheckpointKeys:    collections.NewMap(sb, types.CheckpointKeysKey, "checkpoint_keys", sdk.ValAddressKey, codec.CollValue[types.CheckpointKey](cdc)),
		KeyOwners:         collections.NewMap(sb, types.KeyOwnersKey, "key_owners", collections.BytesKey, collections.BytesValue),
		Valsets:           collections.NewMap(sb, types.ValsetsKey, "valsets", collections.BytesKey, codec.CollValue[types.Valset](cdc)),
		Checkpoints:       collections.NewMap(sb, types.CheckpointsKey, "checkpoints", collections.Uint64Key, codec.CollValue[types.Checkpoint](cdc)),
		CheckpointHeights: collections.NewMap(sb, types.CheckpointHeightsKey, "checkpoint_heights", collections.Int64Key, collections.Uint64Value),
		Signatures:        collections.NewMap(sb, types.SignaturesKey, "signatures", collections.PairKeyCodec(collections.Uint64Key, collections.Uint32Key), collections.BytesValue),
		PendingEpochs:     collections.NewKeySet(sb, types.PendingEpochsKey, "pending_epochs", collections.Uint64Key),
		NextSigners:       collections.NewItem(sb, types.NextSignersKey, "next_signers", collections.BytesValue),
	}
	schema, err := sb.Build()
	if err != nil {
		panic(err)
	}
	k.Schema = schema
	return k
}

// Authority is the address allowed to update params.
func (k Keeper) Authority() string { return k.authority }

// ValidatorAddressCodec encodes validator operator addresses.
func (k Keeper) ValidatorAddressCodec() address.Codec { return k.valCodec }

func isNotFound(err error) bool { return errors.Is(err, collections.ErrNotFound) }

// GetCheckpoint loads a checkpoint or returns ErrCheckpointNotFound.
func (k Keeper) GetCheckpoint(ctx context.Context, epoch uint64) (types.Checkpoint, error) {
	c, err := k.Checkpoints.Get(ctx, epoch)
	if isNotFound(err) {
		return c, types.ErrCheckpointNotFound.Wrapf("epoch %d", epoch)
	}
	return c, err
}

// GetValset loads a snapshot or returns ErrValsetNotFound.
func (k Keeper) GetValset(ctx context.Context, hash []byte) (types.Valset, error) {
	v, err := k.Valsets.Get(ctx, hash)
	if isNotFound(err) {
		return v, types.ErrValsetNotFound.Wrapf("hash %X", hash)
	}
	return v, err
}

// LatestCheckpoint returns the newest checkpoint; ok is false before the first.
func (k Keeper) LatestCheckpoint(ctx context.Context) (c types.Checkpoint, ok bool, err error) {
	it, err := k.Checkpoints.Iterate(ctx, new(collections.Range[uint64]).Descending())
	if err != nil {
		return c, false, err
	}
	defer it.Close()
	if !it.Valid() {
		return c, false, nil
	}
	c, err = it.Value()
	return c, err == nil, err
}

// PendingCheckpoints returns up to limit pending checkpoints, oldest first.
func (k Keeper) PendingCheckpoints(ctx context.Context, limit int) ([]types.Checkpoint, error) {
	it, err := k.PendingEpochs.Iterate(ctx, nil)
	if err != nil {
		return nil, err
	}
	defer it.Close()
	var out []types.Checkpoint
	for ; it.Valid() && len(out) < limit; it.Next() {
		epoch, err := it.Key()
		if err != nil {
			return nil, err
		}
		c, err := k.GetCheckpoint(ctx, epoch)
		if err != nil {
			return nil, err
		}
		out = append(out, c)
	}
	return out, nil
}

// SignerSet returns a pending-or-not checkpoint together with the valset that must sign it.
func (k Keeper) SignerSet(ctx context.Context, epoch uint64) (types.Checkpoint, types.Valset, error) {
	c, err := k.GetCheckpoint(ctx, epoch)
	if err != nil {
		return c, types.Valset{}, err
	}
	v, err := k.GetValset(ctx, c.ValsetHash)
	return c, v, err
}
