package types

import errorsmod "cosmossdk.io/errors"

// x/checkpoint errors. Codes start at 2 and are append-only.
var (
	ErrInvalidParams            = errorsmod.Register(ModuleName, 2, "invalid params")
	ErrInvalidPubKey            = errorsmod.Register(ModuleName, 3, "invalid checkpoint public key")
	ErrInvalidProofOfPossession = errorsmod.Register(ModuleName, 4, "invalid proof of possession")
	ErrKeyInUse                 = errorsmod.Register(ModuleName, 5, "checkpoint key already registered by another validator")
	ErrKeyUnchanged             = errorsmod.Register(ModuleName, 6, "checkpoint key already registered by this validator")
	ErrValidatorNotFound        = errorsmod.Register(ModuleName, 7, "validator not found")
	ErrKeyNotFound              = errorsmod.Register(ModuleName, 8, "checkpoint key not found")
	ErrCheckpointNotFound       = errorsmod.Register(ModuleName, 9, "checkpoint not found")
	ErrValsetNotFound           = errorsmod.Register(ModuleName, 10, "valset not found")
	ErrInvalidGenesis           = errorsmod.Register(ModuleName, 11, "invalid genesis")
	ErrInvalidVoteExtension     = errorsmod.Register(ModuleName, 12, "invalid vote extension")
	ErrInvalidInjection         = errorsmod.Register(ModuleName, 13, "invalid injected signatures")
	ErrInvalidSignature         = errorsmod.Register(ModuleName, 14, "invalid checkpoint signature")
	ErrUnknownSigner            = errorsmod.Register(ModuleName, 15, "signer not in the checkpoint's valset")
	ErrDuplicateSignature       = errorsmod.Register(ModuleName, 16, "duplicate checkpoint signature")
	ErrEpochNotPending          = errorsmod.Register(ModuleName, 17, "checkpoint is not pending")
	ErrPowerMismatch            = errorsmod.Register(ModuleName, 18, "signer power differs from the valset snapshot")
	ErrInvalidHeight            = errorsmod.Register(ModuleName, 19, "invalid height")
)
