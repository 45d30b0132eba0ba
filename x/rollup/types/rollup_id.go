package types

// MaxRollupIDLength bounds rollup ids so that they stay cheap as keys and Merkle leaves.
const MaxRollupIDLength = 32

// ValidateRollupID checks 1-32 chars of [a-z0-9-], with no leading or trailing '-'.
func ValidateRollupID(id string) error {
	if len(id) == 0 || len(id) > MaxRollupIDLength {
		return ErrInvalidRollupID.Wrapf("%q: length must be 1-%d", id, MaxRollupIDLength)
	}
	if id[0] == '-' || id[len(id)-1] == '-' {
		return ErrInvalidRollupID.Wrapf("%q: must not start or end with '-'", id)
	}
	for _, c := range []byte(id) {
		if (c < 'a' || c > 'z') && (c < '0' || c > '9') && c != '-' {
			return ErrInvalidRollupID.Wrapf("%q: only [a-z0-9-] allowed", id)
		}
	}
	return nil
}
