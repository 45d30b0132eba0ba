package client

import (
	"bytes"
	"fmt"
	"time"

	"github.com/cometbft/cometbft/crypto/merkle"

	rolluptypes "github.com/seq-network/seq/x/rollup/types"
)

// Batch is one rollup's data at one height, verified against the chain's commitment.
type Batch struct {
	RollupID string
	Height   int64
	// Time is the block time.
	Time time.Time
	// Blobs are the rollup's blobs of the block, in batch order.
	Blobs [][]byte
	// Entry is the rollup's committed entry (batch_root, blob count, bytes).
	Entry rolluptypes.BatchEntry
	// RollupsRoot is the height's root over every rollup's entry; the app hash commits it.
	RollupsRoot []byte
	// Proof proves LeafBytes(RollupID, Entry.BatchRoot) into RollupsRoot.
	Proof *merkle.Proof
}

// VerifyProofResponse checks blobs against an InclusionProof answer for (rollupID, height) and
// returns the verified Batch. listed, when non-nil, is the entry RollupHeights returned for
// the height; it must agree with the proven one. Every failure wraps ErrVerificationFailed.
func VerifyProofResponse(rollupID string, height int64, blobs [][]byte, listed *rolluptypes.BatchEntry, pr *rolluptypes.QueryInclusionProofResponse) (Batch, error) {
	fail := func(format string, args ...any) (Batch, error) {
		return Batch{}, fmt.Errorf("%w: %s at height %d: %s", ErrVerificationFailed, rollupID, height, fmt.Sprintf(format, args...))
	}
	e := pr.Entry
	if e.RollupId != rollupID {
		return fail("proof is for rollup %q", e.RollupId)
	}
	if listed != nil && !sameEntry(*listed, e) {
		return fail("listed entry %v differs from proven entry %v", *listed, e)
	}
	proof, err := merkle.ProofFromProto(&pr.Proof)
	if err != nil {
		return fail("proof: %v", err)
	}
	if err := rolluptypes.VerifyBatch(blobs, e, pr.RollupsRoot, proof); err != nil {
		return fail("%v", err)
	}
	if n := totalBytes(blobs); n != e.Bytes {
		return fail("%d blob bytes, commitment says %d", n, e.Bytes)
	}
	return Batch{RollupID: rollupID, Height: height, Blobs: blobs, Entry: e, RollupsRoot: pr.RollupsRoot, Proof: proof}, nil
}

func sameEntry(a, b rolluptypes.BatchEntry) bool {
	return a.RollupId == b.RollupId && bytes.Equal(a.BatchRoot, b.BatchRoot) && a.BlobCount == b.BlobCount && a.Bytes == b.Bytes
}

func totalBytes(blobs [][]byte) uint64 {
	var n uint64
	for _, b := range blobs {
		n += uint64(len(b))
	}
	return n
}
