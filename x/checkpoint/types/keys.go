package types

import "cosmossdk.io/collections"

const (
	// ModuleName is x/checkpoint's name and store key.
	ModuleName = "checkpoint"
	// StoreKey is the KV store key.
	StoreKey = ModuleName
)

// Collection prefixes. Numbers increase, are never reused and never reordered.
var (
	ParamsKey            = collections.NewPrefix(1)
	CheckpointKeysKey    = collections.NewPrefix(2)
	KeyOwnersKey         = collections.NewPrefix(3)
	ValsetsKey           = collections.NewPrefix(4)
	CheckpointsKey       = collections.NewPrefix(5)
	CheckpointHeightsKey = collections.NewPrefix(6)
	SignaturesKey        = collections.NewPrefix(7)
	PendingEpochsKey     = collections.NewPrefix(8)
	NextSignersKey       = collections.NewPrefix(9)
)
