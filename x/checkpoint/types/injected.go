package types

import (
	"bytes"
)

// InjectedTxPrefix starts the quorum-certificate tx that a proposer puts first in a block. A
// 0x00 first byte is field number 0 in protobuf, so no SDK tx can start with it: the tx decoder
// rejects the injected tx (it fails harmlessly in FinalizeBlock and CheckTx) and no user tx can
// be mistaken for it.
var InjectedTxPrefix = []byte("\x00seq-qc/v1\x00")

// MaxInjectedSignatures bounds the entries of one injected tx: at most capacity signers for at
// most max_epochs_per_vote_extension epochs each.
func (p Params) MaxInjectedSignatures() int {
	return int(p.Capacity) * int(p.MaxEpochsPerVoteExtension)
}

// MaxInjectedTxBytes bounds the size of the injected tx (a signature entry encodes in < 100 bytes).
func (p Params) MaxInjectedTxBytes() int {
	return len(InjectedTxPrefix) + p.MaxInjectedSignatures()*100
}

// IsInjectedTx reports whether tx is a quorum-certificate tx.
func IsInjectedTx(tx []byte) bool { return bytes.HasPrefix(tx, InjectedTxPrefix) }

// EncodeInjectedTx returns the prefixed encoding of sigs.
func EncodeInjectedTx(sigs InjectedSignatures) ([]byte, error) {
	bz, err := sigs.Marshal()
	if err != nil {
		return nil, err
	}
	return append(append([]byte{}, InjectedTxPrefix...), bz...), nil
}

// DecodeInjectedTx decodes a quorum-certificate tx of at most maxBytes bytes and checks that its
// entries are strictly sorted by (epoch, slot), which rules out duplicates.
func DecodeInjectedTx(tx []byte, maxBytes int) (InjectedSignatures, error) {
	var sigs InjectedSignatures
	if !IsInjectedTx(tx) {
		return sigs, ErrInvalidInjection.Wrap("missing prefix")
	}
	if len(tx) > maxBytes {
		return sigs, ErrInvalidInjection.Wrapf("%d bytes > %d", len(tx), maxBytes)
	}
	if err := sigs.Unmarshal(tx[len(InjectedTxPrefix):]); err != nil {
		return sigs, ErrInvalidInjection.Wrapf("decode: %s", err)
	}
	for i := 1; i < len(sigs.Signatures); i++ {
		a, b := sigs.Signatures[i-1], sigs.Signatures[i]
		if a.Epoch == b.Epoch && a.Slot == b.Slot {
			return sigs, ErrDuplicateSignature.Wrapf("epoch %d slot %d", b.Epoch, b.Slot)
		}
		if a.Epoch > b.Epoch || (a.Epoch == b.Epoch && a.Slot > b.Slot) {
			return sigs, ErrInvalidInjection.Wrapf("entry %d out of (epoch, slot) order", i)
		}
	}
	return sigs, nil
}

// DecodeVoteExtension decodes a vote extension of at most maxBytes bytes with at most maxEpochs
// entries, strictly ascending by epoch.
func DecodeVoteExtension(bz []byte, maxBytes, maxEpochs int) (VoteExtension, error) {
	var ve VoteExtension
	if len(bz) > maxBytes {
		return ve, ErrInvalidVoteExtension.Wrapf("%d bytes > %d", len(bz), maxBytes)
	}
	if err := ve.Unmarshal(bz); err != nil {
		return ve, ErrInvalidVoteExtension.Wrapf("decode: %s", err)
	}
	if len(ve.Signatures) > maxEpochs {
		return ve, ErrInvalidVoteExtension.Wrapf("%d epochs > %d", len(ve.Signatures), maxEpochs)
	}
	for i := 1; i < len(ve.Signatures); i++ {
		if ve.Signatures[i-1].Epoch >= ve.Signatures[i].Epoch {
			return ve, ErrInvalidVoteExtension.Wrapf("entry %d: epochs not strictly ascending", i)
		}
	}
	return ve, nil
}
