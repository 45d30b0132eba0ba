package keeper

import (
	"context"

	"cosmossdk.io/collections"
	"cosmossdk.io/math"

	sdk "github.com/cosmos/cosmos-sdk/types"
	authtypes "github.com/cosmos/cosmos-sdk/x/auth/types"

	"github.com/seq-network/seq/x/rollup/types"
)

// EndBlocker commits the block's batches: per rollup with data the batch_root over its blob
// hashes (in execution order), then rollups_root over all of them, kept in state so that the app
// hash commits them; then it moves every affected base fee one EIP-1559 step and burns the
// block's blob fees.
func (k Keeper) EndBlocker(ctx context.Context) error {
	if err := k.burnCollected(ctx); err != nil {
		return err
	}
	height := sdk.UnwrapSDKContext(ctx).BlockHeight()
	entries, err := k.collectBatches(ctx, height)
	if err != nil {
		return err
	}
	if len(entries) > 0 {
		c := types.BlockCommitment{Height: height, RollupsRoot: types.RollupsRoot(entries), Entries: entries}
		if err := k.Commitments.Set(ctx, height, c); err != nil {
			return err
		}
		if err := emitBlockCommitted(ctx, c); err != nil {
			return err
		}
	}
	return k.updateBaseFees(ctx, height, entries)
}

// collectBatches turns the transient pending batches into entries sorted by rollup id
// (the collection's key order) and indexes them by (rollup, height).
func (k Keeper) collectBatches(ctx context.Context, height int64) ([]types.BatchEntry, error) {
	pending, err := k.PendingBatches.Iterate(ctx, nil)
	if err != nil {
		return nil, err
	}
	batches, err := pending.Values()
	if err != nil {
		return nil, err
	}
	for i := range batches {
		hashes, err := k.pendingHashes(ctx, batches[i].RollupId)
		if err != nil {
			return nil, err
		}
		batches[i].BatchRoot = types.BatchRoot(hashes)
		if err := k.RollupHeights.Set(ctx, collections.Join(batches[i].RollupId, height), batches[i]); err != nil {
			return nil, err
		}
	}
	return batches, nil
}

func (k Keeper) pendingHashes(ctx context.Context, rollupID string) ([][]byte, error) {
	it, err := k.PendingBlobs.Iterate(ctx, collections.NewPrefixedPairRange[string, uint32](rollupID))
	if err != nil {
		return nil, err
	}
	return it.Values()
}

// updateBaseFees steps the base fee of every rollup that had data or still sits above the floor.
// Both lists are sorted by rollup id, so the order of writes is deterministic.
func (k Keeper) updateBaseFees(ctx context.Context, height int64, entries []types.BatchEntry) error {
	params, err := k.Params.Get(ctx)
	if err != nil {
		return err
	}
	raised, err := k.BaseFees.Iterate(ctx, nil)
	if err != nil {
		return err
	}
	raisedIDs, err := raised.Keys()
	if err != nil {
		return err
	}
	used := make(map[string]types.BatchEntry, len(entries))
	for _, e := range entries {
		used[e.RollupId] = e
	}
	for _, id := range mergeSorted(raisedIDs, entries) {
		next, err := k.stepBaseFee(ctx, id, used[id].Bytes, params)
		if err != nil {
			return err
		}
		if e, ok := used[id]; ok {
			if err := emitBatchCommitted(ctx, height, e, types.RollupBaseFee{RollupId: id, BaseFee: next}); err != nil {
				return err
			}
		}
	}
	return nil
}

func (k Keeper) stepBaseFee(ctx context.Context, id string, used uint64, params types.Params) (math.LegacyDec, error) {
	rollup, err := k.GetRollup(ctx, id)
	if err != nil {
		return math.LegacyDec{}, err
	}
	cur, err := k.BaseFee(ctx, id, params)
	if err != nil {
		return math.LegacyDec{}, err
	}
	next := types.NextBaseFee(cur, used, rollup.LaneQuotaBytes, params.BaseFeeChangeDenominator, params.MinBaseFee)
	if next.LTE(params.MinBaseFee) {
		return next, k.BaseFees.Remove(ctx, id)
	}
	return next, k.BaseFees.Set(ctx, id, next)
}

// mergeSorted returns the sorted union of ids and the entries' rollup ids (both sorted).
func mergeSorted(ids []string, entries []types.BatchEntry) []string {
	out := make([]string, 0, len(ids)+len(entries))
	i, j := 0, 0
	for i < len(ids) || j < len(entries) {
		switch {
		case j == len(entries) || (i < len(ids) && ids[i] < entries[j].RollupId):
			out = append(out, ids[i])
			i++
		case i == len(ids) || entries[j].RollupId < ids[i]:
			out = append(out, entries[j].RollupId)
			j++
		default:
			out = append(out, ids[i])
			i, j = i+1, j+1
		}
	}
	return out
}

// burnCollected burns the block's blob fees: those the ante handler charged with the tx fees
// (prepaid.go), moved here from the fee collector first, and those SubmitBlobs charged itself,
// which the module account already holds. Burning once per block instead of once per tx spares
// every blob tx a bank burn (a module-account read, a supply update and events); the supply is
// the same at every commit. The account holds nothing else (the registration fee is burned at
// once, and the bank refuses users' sends to it: blockAccAddrs).
func (k Keeper) burnCollected(ctx context.Context) error {
	if err := k.collectPrepaid(ctx); err != nil {
		return err
	}
	coins := k.bank.GetAllBalances(ctx, authtypes.NewModuleAddress(types.ModuleName))
	if coins.IsZero() {
		return nil
	}
	return k.bank.BurnCoins(ctx, types.ModuleName, coins)
}
