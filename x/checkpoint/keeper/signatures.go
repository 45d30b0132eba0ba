package keeper

import (
	"bytes"
	"context"

	"cosmossdk.io/collections"

	sdk "github.com/cosmos/cosmos-sdk/types"

	"github.com/seq-network/seq/x/checkpoint/sighash"
	"github.com/seq-network/seq/x/checkpoint/types"
)

// signerSets caches (checkpoint, valset) per epoch while one vote extension or one injected tx
// is checked. It is only ever read by key, never iterated.
type signerSets struct {
	k    Keeper
	cps  map[uint64]types.Checkpoint
	sets map[uint64]types.Valset
	ctx  context.Context
}

func (k Keeper) newSignerSets(ctx context.Context) *signerSets {
	return &signerSets{k: k, ctx: ctx, cps: map[uint64]types.Checkpoint{}, sets: map[uint64]types.Valset{}}
}

func (s *signerSets) get(epoch uint64) (types.Checkpoint, types.Valset, error) {
	if c, ok := s.cps[epoch]; ok {
		return c, s.sets[epoch], nil
	}
	c, v, err := s.k.SignerSet(s.ctx, epoch)
	if err != nil {
		return c, v, err
	}
	s.cps[epoch], s.sets[epoch] = c, v
	return c, v, nil
}

// SlotOfValidator returns validator's slot in v, or -1.
func SlotOfValidator(v types.Valset, validator string) int {
	for i, m := range v.Members {
		if m.Validator == validator {
			return i
		}
	}
	return -1
}

// SlotOfPubkey returns the slot of pubkey in v, or -1.
func SlotOfPubkey(v types.Valset, pubkey []byte) int {
	for i, m := range v.Members {
		if bytes.Equal(m.Pubkey, pubkey) {
			return i
		}
	}
	return -1
}

// verifyMember checks sig on c's msg_hash under v.Members[slot]'s key.
func verifyMember(c types.Checkpoint, v types.Valset, slot int, sig []byte) error {
	if err := sighash.Verify(v.Members[slot].Pubkey, c.MsgHashInt(), sig); err != nil {
		return types.ErrInvalidSignature.Wrapf("epoch %d slot %d: %s", c.Epoch, slot, err)
	}
	return nil
}

// VerifyVoteExtension checks a decoded vote extension of the validator with consensus address
// consAddr: every epoch must exist, the validator must be in its signer set, and the signature
// must verify under the key that set holds for it (the key registered when it was snapshotted).
// It reads state only; the result is the same on every node at the same height.
func (k Keeper) VerifyVoteExtension(ctx context.Context, consAddr sdk.ConsAddress, ve types.VoteExtension) error {
	if len(ve.Signatures) == 0 {
		return nil
	}
	val, err := k.staking.GetValidatorByConsAddr(ctx, consAddr)
	if err != nil {
		return types.ErrValidatorNotFound.Wrapf("consensus address %s: %s", consAddr, err)
	}
	sets := k.newSignerSets(ctx)
	for _, e := range ve.Signatures {
		c, v, err := sets.get(e.Epoch)
		if err != nil {
			return err
		}
		slot := SlotOfValidator(v, val.GetOperator())
		if slot < 0 {
			return types.ErrUnknownSigner.Wrapf("%s in epoch %d", val.GetOperator(), e.Epoch)
		}
		if err := verifyMember(c, v, slot, e.Signature); err != nil {
			return err
		}
	}
	return nil
}

// InjectableSignatures turns one validator's verified vote extension into injected entries,
// keeping only what ProcessProposal will accept now: pending epochs, a member of the signer set,
// a valid signature, not already stored. Anything else is dropped, never an error.
func (k Keeper) InjectableSignatures(ctx context.Context, consAddr sdk.ConsAddress, ve types.VoteExtension) []types.InjectedSignature {
	val, err := k.staking.GetValidatorByConsAddr(ctx, consAddr)
	if err != nil {
		return nil
	}
	sets := k.newSignerSets(ctx)
	var out []types.InjectedSignature
	for _, e := range ve.Signatures {
		c, v, err := sets.get(e.Epoch)
		if err != nil || !c.IsPending() {
			continue
		}
		slot := SlotOfValidator(v, val.GetOperator())
		if slot < 0 {
			continue
		}
		entry := types.InjectedSignature{Epoch: e.Epoch, Slot: uint32(slot), Power: v.Members[slot].Power, Signature: e.Signature}
		if k.checkInjected(ctx, sets, entry) == nil {
			out = append(out, entry)
		}
	}
	return out
}

// CheckInjected verifies every entry of an injected tx against state: pending epoch, a slot of
// its valset, the snapshot's power, not already stored, a valid signature. Entries must already
// be strictly sorted and duplicate-free (types.DecodeInjectedTx).
func (k Keeper) CheckInjected(ctx context.Context, sigs types.InjectedSignatures) error {
	params, err := k.Params.Get(ctx)
	if err != nil {
		return err
	}
	if n := len(sigs.Signatures); n > params.MaxInjectedSignatures() {
		return types.ErrInvalidInjection.Wrapf("%d signatures > %d", n, params.MaxInjectedSignatures())
	}
	sets := k.newSignerSets(ctx)
	for _, e := range sigs.Signatures {
		if err := k.checkInjected(ctx, sets, e); err != nil {
			return err
		}
	}
	return nil
}

func (k Keeper) checkInjected(ctx context.Context, sets *signerSets, e types.InjectedSignature) error {
	c, v, err := sets.get(e.Epoch)
	if err != nil {
		return err
	}
	if !c.IsPending() {
		return types.ErrEpochNotPending.Wrapf("epoch %d is %s", e.Epoch, c.Status)
	}
	if int(e.Slot) >= len(v.Members) {
		return types.ErrUnknownSigner.Wrapf("epoch %d slot %d of %d", e.Epoch, e.Slot, len(v.Members))
	}
	if e.Power != v.Members[e.Slot].Power {
		return types.ErrPowerMismatch.Wrapf("epoch %d slot %d: %d, snapshot says %d", e.Epoch, e.Slot, e.Power, v.Members[e.Slot].Power)
	}
	if has, err := k.Signatures.Has(ctx, collections.Join(e.Epoch, e.Slot)); err != nil {
		return err
	} else if has {
		return types.ErrDuplicateSignature.Wrapf("epoch %d slot %d already stored", e.Epoch, e.Slot)
	}
	return verifyMember(c, v, int(e.Slot), e.Signature)
}

// ApplyInjected stores the signatures of an injected tx and certifies every checkpoint whose
// signed power passes two thirds of its snapshot's total (powers from state only). It re-checks
// each entry and skips (and logs) any that does not pass, so that a block accepted by consensus
// can never halt the chain here.
func (k Keeper) ApplyInjected(ctx sdk.Context, sigs types.InjectedSignatures) error {
	sets := k.newSignerSets(ctx)
	var (
		epochs []uint64
		slots  = map[uint64][]uint32{}
	)
	for _, e := range sigs.Signatures {
		if err := k.checkInjected(ctx, sets, e); err != nil {
			ctx.Logger().Error("skipping injected checkpoint signature", "height", ctx.BlockHeight(), "reason", err)
			continue
		}
		if err := k.Signatures.Set(ctx, collections.Join(e.Epoch, e.Slot), e.Signature); err != nil {
			return err
		}
		if _, seen := slots[e.Epoch]; !seen {
			epochs = append(epochs, e.Epoch) // entries are sorted, so epochs are too
		}
		slots[e.Epoch] = append(slots[e.Epoch], e.Slot)
		c := sets.cps[e.Epoch]
		c.SignedPower += e.Power
		sets.cps[e.Epoch] = c
	}
	for _, epoch := range epochs {
		if err := k.settle(ctx, sets.cps[epoch], sets.sets[epoch], slots[epoch]); err != nil {
			return err
		}
	}
	return nil
}

// settle stores a checkpoint's new signed power and certifies it when it passes two thirds.
func (k Keeper) settle(ctx sdk.Context, c types.Checkpoint, v types.Valset, added []uint32) error {
	certified := types.Certified(c.SignedPower, v.TotalPower)
	if certified {
		c.Status, c.CertifiedHeight = types.CHECKPOINT_STATUS_CERTIFIED, ctx.BlockHeight()
		if err := k.PendingEpochs.Remove(ctx, c.Epoch); err != nil {
			return err
		}
	}
	if err := k.Checkpoints.Set(ctx, c.Epoch, c); err != nil {
		return err
	}
	if err := emitCheckpointSigned(ctx, c, added, v.TotalPower); err != nil {
		return err
	}
	if !certified {
		return nil
	}
	n, err := k.signerCount(ctx, c.Epoch)
	if err != nil {
		return err
	}
	return emitCheckpointCertified(ctx, c, v, n)
}

func (k Keeper) signerCount(ctx context.Context, epoch uint64) (uint32, error) {
	it, err := k.Signatures.Iterate(ctx, collections.NewPrefixedPairRange[uint64, uint32](epoch))
	if err != nil {
		return 0, err
	}
	keys, err := it.Keys()
	return uint32(len(keys)), err
}

// SigningTasks returns up to limit pending checkpoints, oldest first, whose signer set holds
// pubkey at a slot without a stored signature: what a validator with that key should sign.
func (k Keeper) SigningTasks(ctx context.Context, pubkey []byte, limit int) ([]types.Checkpoint, error) {
	it, err := k.PendingEpochs.Iterate(ctx, nil)
	if err != nil {
		return nil, err
	}
	defer it.Close()
	sets := k.newSignerSets(ctx)
	var out []types.Checkpoint
	for ; it.Valid() && len(out) < limit; it.Next() {
		epoch, err := it.Key()
		if err != nil {
			return nil, err
		}
		c, v, err := sets.get(epoch)
		if err != nil {
			return nil, err
		}
		slot := SlotOfPubkey(v, pubkey)
		if slot < 0 {
			continue
		}
		if has, err := k.Signatures.Has(ctx, collections.Join(epoch, uint32(slot))); err != nil || has {
			if err != nil {
				return nil, err
			}
			continue
		}
		out = append(out, c)
	}
	return out, nil
}
