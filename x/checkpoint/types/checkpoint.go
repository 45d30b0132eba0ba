package types

import (
	"math/big"

	"github.com/ethereum/go-ethereum/common"

	"github.com/seq-network/seq/x/checkpoint/sighash"
)

// Fields converts the stored checkpoint to the sighash encoding (missing bytes read as zero).
func (c Checkpoint) Fields() sighash.Fields {
	return sighash.Fields{
		Domain:         to32(c.Domain),
		Epoch:          c.Epoch,
		Height:         uint64(c.Height),
		BlockHash:      to32(c.BlockHash),
		AppHash:        to32(c.AppHash),
		RollupsRoot:    to32(c.RollupsRoot),
		PrevHash:       to32(c.PrevHash),
		ValsetHash:     to32(c.ValsetHash),
		NextValsetHash: to32(c.NextValsetHash),
		Timestamp:      c.Timestamp,
		Poster:         common.BytesToAddress(c.Poster),
	}
}

// MsgHashInt is the stored msg_hash as an integer.
func (c Checkpoint) MsgHashInt() *big.Int { return new(big.Int).SetBytes(c.MsgHash) }

// IsPending reports whether the checkpoint still collects signatures.
func (c Checkpoint) IsPending() bool { return c.Status == CHECKPOINT_STATUS_PENDING }

// to32 left-pads (or truncates from the left) b to 32 bytes. Hashes are always 32 bytes in
// production; tests may leave block hashes empty.
func to32(b []byte) [32]byte {
	var out [32]byte
	if len(b) > 32 {
		b = b[len(b)-32:]
	}
	copy(out[32-len(b):], b)
	return out
}

// Members converts the snapshot to sighash members.
func (v Valset) SighashMembers() []sighash.Member {
	out := make([]sighash.Member, len(v.Members))
	for i, m := range v.Members {
		out[i] = sighash.Member{PubKey: m.Pubkey, Power: m.Power}
	}
	return out
}

// Certified reports whether signed power is above two thirds of total: signed×3 > total×2.
func Certified(signed, total uint64) bool {
	s := new(big.Int).Mul(new(big.Int).SetUint64(signed), big.NewInt(3))
	t := new(big.Int).Mul(new(big.Int).SetUint64(total), big.NewInt(2))
	return total > 0 && s.Cmp(t) > 0
}

// Bitmap sets bit i (LSB first within byte i/8) for every signed slot of an n-member valset.
func Bitmap(n int, signed []uint32) []byte {
	bm := make([]byte, (n+7)/8)
	for _, s := range signed {
		if int(s) < n {
			bm[s/8] |= 1 << (s % 8)
		}
	}
	return bm
}

// Pad32 returns b as exactly 32 bytes (see to32).
func Pad32(b []byte) []byte {
	out := to32(b)
	return out[:]
}
