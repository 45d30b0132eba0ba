package types

import (
	"bytes"

	"github.com/seq-network/seq/x/checkpoint/sighash"
)

// DefaultGenesis has default params and no keys or checkpoints.
func DefaultGenesis() *GenesisState {
	return &GenesisState{Params: DefaultParams()}
}

// Validate checks params, keys (valid and distinct; the proofs of possession are checked by
// InitGenesis, which knows the chain id), valsets and checkpoints for consistency.
func (gs GenesisState) Validate() error {
	if err := gs.Params.Validate(); err != nil {
		return err
	}
	vals, pubs := map[string]bool{}, map[string]bool{}
	for _, k := range gs.Keys {
		if _, err := sighash.UnmarshalPubKey(k.Pubkey); err != nil {
			return ErrInvalidGenesis.Wrapf("key of %s: %s", k.Validator, err)
		}
		if vals[k.Validator] || pubs[string(k.Pubkey)] {
			return ErrInvalidGenesis.Wrapf("duplicate key or validator %s", k.Validator)
		}
		vals[k.Validator], pubs[string(k.Pubkey)] = true, true
	}
	hashes := map[string]bool{}
	for _, v := range gs.Valsets {
		h, err := sighash.ValsetHash(v.SighashMembers(), int(v.Capacity))
		if err != nil || !bytes.Equal(h[:], v.Hash) {
			return ErrInvalidGenesis.Wrapf("valset %X: hash mismatch or invalid members", v.Hash)
		}
		hashes[string(v.Hash)] = true
	}
	for i, c := range gs.Checkpoints {
		if c.Epoch != uint64(i+1) {
			return ErrInvalidGenesis.Wrapf("checkpoint %d: epochs must be 1, 2, 3, ...", c.Epoch)
		}
		if !hashes[string(c.ValsetHash)] || !hashes[string(c.NextValsetHash)] {
			return ErrInvalidGenesis.Wrapf("checkpoint %d: unknown valset", c.Epoch)
		}
	}
	if len(gs.NextSignersHash) > 0 && !hashes[string(gs.NextSignersHash)] {
		return ErrInvalidGenesis.Wrap("next_signers_hash: unknown valset")
	}
	return nil
}
