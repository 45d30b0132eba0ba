// Package keeper holds x/rollup's state and its Msg, Query and block handlers.
package keeper

import (
	"context"
	"fmt"

	"cosmossdk.io/collections"
	"cosmossdk.io/core/address"
	corestore "cosmossdk.io/core/store"
	"cosmossdk.io/math"

	"github.com/cosmos/cosmos-sdk/codec"
	sdk "github.com/cosmos/cosmos-sdk/types"

	"github.com/seq-network/seq/x/rollup/types"
)

// Keeper owns x/rollup's state. Blob bytes are never stored: they live in CometBFT blocks;
// state keeps only what commits to them.
type Keeper struct {
	cdc          codec.BinaryCodec
	addressCodec address.Codec
	authority    string
	bank         types.BankKeeper

	Schema collections.Schema
	Params collections.Item[types.Params]
	// Rollups by id.
	Rollups collections.Map[string, types.Rollup]
	// BaseFees holds only rollups whose base fee is above min_base_fee, so the EndBlocker's
	// decay loop costs O(recently busy rollups), not O(all rollups).
	BaseFees collections.Map[string, math.LegacyDec]
	// Commitments by height, only for heights where some rollup had data.
	Commitments collections.Map[int64, types.BlockCommitment]
	// RollupHeights indexes (rollup, height) -> that rollup's batch entry at height.
	RollupHeights collections.Map[collections.Pair[string, int64], types.BatchEntry]

	// PendingBlobs (transient) holds the blob hashes of the block being executed, by (rollup, index).
	PendingBlobs collections.Map[collections.Pair[string, uint32], []byte]
	// PendingBatches (transient) holds per-rollup blob count and bytes of the block being executed.
	PendingBatches collections.Map[string, types.BatchEntry]
	// PrepaidFees (transient) holds, by denom, the blob fees of the block being executed that
	// the ante handler charged into the fee collector with the tx fee (FeeBank).
	PrepaidFees collections.Map[string, math.Int]
}

// NewKeeper builds every collection; it panics only if the schema is inconsistent.
func NewKeeper(
	cdc codec.BinaryCodec,
	addressCodec address.Codec,
	storeService corestore.KVStoreService,
	transientService corestore.TransientStoreService,
	authority string,
	bank types.BankKeeper,
) Keeper {
	if _, err := addressCodec.StringToBytes(authority); err != nil {
		panic(fmt.Sprintf("invalid authority address %q: %s", authority, err))
	}
	sb := collections.NewSchemaBuilder(storeService)
	tsb := collections.NewSchemaBuilderFromAccessor(transientService.OpenTransientStore)
	k := Keeper{
		cdc: cdc, addressCodec: addressCodec, authority: authority, bank: bank,
		Params:         collections.NewItem(sb, types.ParamsKey, "params", codec.CollValue[types.Params](cdc)),
		Rollups:        collections.NewMap(sb, types.RollupsKey, "rollups", collections.StringKey, codec.CollValue[types.Rollup](cdc)),
		BaseFees:       collections.NewMap(sb, types.BaseFeesKey, "base_fees", collections.StringKey, sdk.LegacyDecValue),
		Commitments:    collections.NewMap(sb, types.CommitmentsKey, "commitments", collections.Int64Key, codec.CollValue[types.BlockCommitment](cdc)),
		RollupHeights:  collections.NewMap(sb, types.RollupHeightsKey, "rollup_heights", collections.PairKeyCodec(collections.StringKey, collections.Int64Key), codec.CollValue[types.BatchEntry](cdc)),
		PendingBlobs:   collections.NewMap(tsb, types.PendingBlobsKey, "pending_blobs", collections.PairKeyCodec(collections.StringKey, collections.Uint32Key), collections.BytesValue),
		PendingBatches: collections.NewMap(tsb, types.PendingCountersKey, "pending_batches", collections.StringKey, codec.CollValue[types.BatchEntry](cdc)),
		PrepaidFees:    collections.NewMap(tsb, types.PrepaidFeesKey, "prepaid_fees", collections.StringKey, sdk.IntValue),
	}
	schema, err := sb.Build()
	if err != nil {
		panic(err)
	}
	if _, err := tsb.Build(); err != nil {
		panic(err)
	}
	k.Schema = schema
	return k
}

// Authority is the address allowed to update params.
func (k Keeper) Authority() string { return k.authority }

// BaseFee returns a rollup's current base fee per byte (min_base_fee unless raised by demand).
func (k Keeper) BaseFee(ctx context.Context, rollupID string, params types.Params) (math.LegacyDec, error) {
	fee, err := k.BaseFees.Get(ctx, rollupID)
	if err == nil {
		return fee, nil
	}
	if errorsIsNotFound(err) {
		return params.MinBaseFee, nil
	}
	return math.LegacyDec{}, err
}

// GetRollup loads a rollup or returns ErrRollupNotFound.
func (k Keeper) GetRollup(ctx context.Context, id string) (types.Rollup, error) {
	r, err := k.Rollups.Get(ctx, id)
	if errorsIsNotFound(err) {
		return r, types.ErrRollupNotFound.Wrapf("rollup %q", id)
	}
	return r, err
}
