package types

// Bounds of the params, chosen so that a vote extension can never become a liveness risk.
const (
	MaxCapacity             = 1024
	MinVoteExtensionBytes   = 128
	MaxVoteExtensionBytesUB = 1 << 20
	// VoteExtensionEntryBytes bounds the encoding of one VoteExtensionSignature (tag, epoch, 64-byte signature).
	VoteExtensionEntryBytes = 80
)

// DefaultParams checkpoint every 10 blocks for up to 16 signers (the quorum circuit's smallest
// capacity), for the dev L1 (chain id 1337).
func DefaultParams() Params {
	return Params{
		Interval:                  10,
		Capacity:                  16,
		L1ChainId:                 1337,
		MaxVoteExtensionBytes:     2048,
		MaxEpochsPerVoteExtension: 8,
	}
}

// Validate checks every field; it is also called by GenesisState.Validate.
func (p Params) Validate() error {
	if p.Interval == 0 {
		return ErrInvalidParams.Wrap("interval must be positive")
	}
	if p.Capacity == 0 || p.Capacity > MaxCapacity {
		return ErrInvalidParams.Wrapf("capacity %d not in [1, %d]", p.Capacity, MaxCapacity)
	}
	if p.L1ChainId == 0 {
		return ErrInvalidParams.Wrap("l1_chain_id must be positive")
	}
	if p.MaxVoteExtensionBytes < MinVoteExtensionBytes || p.MaxVoteExtensionBytes > MaxVoteExtensionBytesUB {
		return ErrInvalidParams.Wrapf("max_vote_extension_bytes %d not in [%d, %d]",
			p.MaxVoteExtensionBytes, MinVoteExtensionBytes, MaxVoteExtensionBytesUB)
	}
	if p.MaxEpochsPerVoteExtension == 0 {
		return ErrInvalidParams.Wrap("max_epochs_per_vote_extension must be positive")
	}
	if uint64(p.MaxEpochsPerVoteExtension)*VoteExtensionEntryBytes > uint64(p.MaxVoteExtensionBytes) {
		return ErrInvalidParams.Wrapf("max_epochs_per_vote_extension %d does not fit in %d bytes",
			p.MaxEpochsPerVoteExtension, p.MaxVoteExtensionBytes)
	}
	return nil
}
