package types

import errorsmod "cosmossdk.io/errors"

// x/rollup errors. Codes start at 2 and are append-only.
var (
	ErrInvalidRollupID    = errorsmod.Register(ModuleName, 2, "invalid rollup id")
	ErrRollupExists       = errorsmod.Register(ModuleName, 3, "rollup already registered")
	ErrRollupNotFound     = errorsmod.Register(ModuleName, 4, "rollup not found")
	ErrNotOwner           = errorsmod.Register(ModuleName, 5, "sender is not the rollup owner")
	ErrEmptyBlob          = errorsmod.Register(ModuleName, 6, "empty blob")
	ErrBlobTooLarge       = errorsmod.Register(ModuleName, 7, "blob exceeds max_blob_bytes")
	ErrLaneQuotaExceeded  = errorsmod.Register(ModuleName, 8, "blobs exceed the rollup's lane quota")
	ErrFeeCapTooLow       = errorsmod.Register(ModuleName, 9, "max_fee_per_byte below the base fee")
	ErrNoBlobs            = errorsmod.Register(ModuleName, 10, "no blobs")
	ErrTooManyBlobs       = errorsmod.Register(ModuleName, 11, "too many blobs in one message")
	ErrRollupPaused       = errorsmod.Register(ModuleName, 12, "rollup is paused")
	ErrInvalidLimits      = errorsmod.Register(ModuleName, 13, "invalid rollup limits")
	ErrInvalidParams      = errorsmod.Register(ModuleName, 14, "invalid params")
	ErrCommitmentNotFound = errorsmod.Register(ModuleName, 15, "no batch for this rollup at this height")
	ErrMixedLaneTx        = errorsmod.Register(ModuleName, 16, "a blob tx carries only MsgSubmitBlobs of a single rollup")
	ErrInvalidStatus      = errorsmod.Register(ModuleName, 17, "invalid rollup status")
	ErrInvalidHeight      = errorsmod.Register(ModuleName, 18, "invalid height")
	ErrInvalidGenesis     = errorsmod.Register(ModuleName, 19, "invalid genesis")
	ErrSameOwner          = errorsmod.Register(ModuleName, 20, "new owner is the current owner")
)
