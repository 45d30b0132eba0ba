package types

import "cosmossdk.io/collections"

const (
	// ModuleName is x/rollup's name, store key and module account.
	ModuleName = "rollup"
	// StoreKey is the KV store key.
	StoreKey = ModuleName
	// TransientStoreKey holds the blobs of the block being executed until the EndBlocker commits them.
	TransientStoreKey = "transient_" + ModuleName
)

// Collection prefixes. Numbers increase, are never reused and never reordered.
var (
	ParamsKey          = collections.NewPrefix(1)
	RollupsKey         = collections.NewPrefix(2)
	BaseFeesKey        = collections.NewPrefix(3)
	CommitmentsKey     = collections.NewPrefix(4)
	RollupHeightsKey   = collections.NewPrefix(5)
	PendingBlobsKey    = collections.NewPrefix(6) // transient
	PendingCountersKey = collections.NewPrefix(7) // transient
	PrepaidFeesKey     = collections.NewPrefix(8) // transient
)
