package types

import "sort"

// DefaultGenesis has default params and no rollups.
func DefaultGenesis() *GenesisState {
	return &GenesisState{Params: DefaultParams()}
}

// Validate checks params, rollups, base fees and commitments for consistency.
func (gs GenesisState) Validate() error {
	if err := gs.Params.Validate(); err != nil {
		return err
	}
	ids := make(map[string]bool, len(gs.Rollups))
	for _, r := range gs.Rollups {
		if err := ValidateRollupID(r.Id); err != nil {
			return err
		}
		if ids[r.Id] {
			return ErrInvalidGenesis.Wrapf("duplicate rollup %s", r.Id)
		}
		ids[r.Id] = true
		if err := gs.Params.ValidateLimits(r.MaxBlobBytes, r.LaneQuotaBytes); err != nil {
			return ErrInvalidGenesis.Wrapf("rollup %s: %s", r.Id, err)
		}
		if r.Status != ROLLUP_STATUS_ACTIVE && r.Status != ROLLUP_STATUS_PAUSED {
			return ErrInvalidGenesis.Wrapf("rollup %s: status %s", r.Id, r.Status)
		}
	}
	for _, f := range gs.BaseFees {
		if !ids[f.RollupId] {
			return ErrInvalidGenesis.Wrapf("base fee of unknown rollup %s", f.RollupId)
		}
		if f.BaseFee.IsNil() || f.BaseFee.LT(gs.Params.MinBaseFee) {
			return ErrInvalidGenesis.Wrapf("base fee of %s below min_base_fee", f.RollupId)
		}
	}
	return validateCommitments(gs.Commitments)
}

func validateCommitments(cs []BlockCommitment) error {
	for i, c := range cs {
		if c.Height <= 0 || (i > 0 && c.Height <= cs[i-1].Height) {
			return ErrInvalidGenesis.Wrapf("commitments must have increasing positive heights (at %d)", c.Height)
		}
		if !sort.SliceIsSorted(c.Entries, func(a, b int) bool { return c.Entries[a].RollupId < c.Entries[b].RollupId }) {
			return ErrInvalidGenesis.Wrapf("commitment %d: entries not sorted", c.Height)
		}
	}
	return nil
}
