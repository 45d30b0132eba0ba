package keeper_test

import (
	"bytes"

	"go.uber.org/mock/gomock"

	"cosmossdk.io/collections"

	sdk "github.com/cosmos/cosmos-sdk/types"

	l1merkle "github.com/seq-network/seq/contracts/merkle"
	"github.com/seq-network/seq/x/checkpoint/sighash"
	"github.com/seq-network/seq/x/checkpoint/testutil"
	"github.com/seq-network/seq/x/checkpoint/types"
)

// TestCheckpointChain: checkpoints appear every interval; prev_hash chains; valset_hash of k is
// next_valset_hash of k-1 across valset changes; snapshots hash with sighash.ValsetHash and
// respect capacity; msg_hash is sighash's; rollups_root is the merkle root over the range.
func (s *KeeperTestSuite) TestCheckpointChain() {
	s.registerAll()
	s.vals = append(s.vals, s.newVal(4, 5)) // capacity 4: the weakest is left out once it registers
	s.mustRegister(&types.MsgRegisterCheckpointKey{Validator: s.vals[4].opStr, Pubkey: s.vals[4].pub, ProofOfPossession: s.pop(s.vals[4], testChainID)})

	roots := map[int64][]byte{7: bytes.Repeat([]byte{7}, 32), 9: bytes.Repeat([]byte{9}, 32), 12: bytes.Repeat([]byte{12}, 32)}
	s.rollups = testutil.NewMockRollupKeeper(gomock.NewController(s.T()))
	s.rollups.EXPECT().CommitmentRoots(gomock.Any(), gomock.Any(), gomock.Any()).DoAndReturn(
		func(_ any, from, to int64) ([]types.HeightRoot, error) {
			var out []types.HeightRoot
			for h := from + 1; h <= to; h++ {
				if r, ok := roots[h]; ok {
					out = append(out, types.HeightRoot{Height: h, RollupsRoot: r})
				}
			}
			return out, nil
		}).AnyTimes()
	s.rebuildKeeper()

	var cps []types.Checkpoint
	for h := int64(1); h <= 30; h++ {
		if h == 12 {
			s.vals[1].power = 300 // the set changes mid-run
		}
		if h == 22 {
			s.vals[2].power = 0 // unbonded
		}
		ctx := s.ctx.WithBlockHeight(h).WithHeaderHash(bytes.Repeat([]byte{byte(h)}, 32))
		s.Require().NoError(s.keeper.EndBlocker(ctx))
	}
	s.Require().NoError(s.keeper.Checkpoints.Walk(s.ctx, nil, func(_ uint64, c types.Checkpoint) (bool, error) {
		cps = append(cps, c)
		return false, nil
	}))
	s.Require().Len(cps, 6)
	for i, c := range cps {
		s.Require().Equal(uint64(i+1), c.Epoch)
		s.Require().Equal(int64(5*(i+1)), c.Height)
		s.Require().Equal(bytes.Repeat([]byte{byte(c.Height)}, 32), c.BlockHash)
		f := c.Fields()
		s.Require().Equal(f.MsgHash().FillBytes(make([]byte, 32)), c.MsgHash)
		h := f.CheckpointHash()
		s.Require().Equal(h[:], c.CheckpointHash)
		dom := sighash.Domain(testChainID, testParams().L1ChainId)
		s.Require().Equal(dom[:], c.Domain)
		if i == 0 {
			s.Require().Equal(make([]byte, 32), c.PrevHash)
			s.Require().Equal(c.ValsetHash, c.NextValsetHash)
			continue
		}
		prev := cps[i-1]
		s.Require().Equal(prev.CheckpointHash, c.PrevHash, "prev_hash chain broken at %d", c.Epoch)
		s.Require().Equal(prev.NextValsetHash, c.ValsetHash, "valset chain broken at %d", c.Epoch)
		s.Require().Equal(prev.Height+1, c.FirstHeight)
	}
	// rollups_root of epoch k covers every height of (h_prev, h], empty ones included; computed
	// here with contracts/merkle, the Go mirror of what the L1 registry checks.
	for i, c := range cps {
		var dense [][]byte
		for h := c.FirstHeight; h <= c.Height; h++ {
			r, ok := roots[h]
			if !ok {
				r = types.EmptyRollupsRoot
			}
			dense = append(dense, r)
		}
		want, err := l1merkle.CheckpointRollupsRoot(uint64(c.FirstHeight), dense)
		s.Require().NoError(err)
		s.Require().Equal(want, c.RollupsRoot, "rollups_root of epoch %d", i+1)
	}
	// The valset changed twice: three distinct snapshots, each hashed by sighash and capped.
	distinct := map[string]bool{}
	for _, c := range cps {
		v, err := s.keeper.GetValset(s.ctx, c.NextValsetHash)
		s.Require().NoError(err)
		s.Require().LessOrEqual(len(v.Members), 4)
		hash, err := sighash.ValsetHash(v.SighashMembers(), 4)
		s.Require().NoError(err)
		s.Require().Equal(hash[:], v.Hash)
		distinct[string(v.Hash)] = true
		if c.Height < 22 { // until validator 2 unbonds, the weakest one is beyond capacity
			s.Require().Equal(-1, slotOfPub(v, s.vals[4].pub))
		} else {
			s.Require().Equal(-1, slotOfPub(v, s.vals[2].pub))
			s.Require().Equal(3, slotOfPub(v, s.vals[4].pub))
		}
	}
	s.Require().Len(distinct, 3)
}

// rebuildKeeper re-creates the keeper on the same store with the current mocks.
func (s *KeeperTestSuite) rebuildKeeper() {
	s.keeper = s.keeperWith(s.rollups)
	s.msgServer, s.queryServer = newServers(s.keeper)
}

// TestInjectedSignatures: the rows ProcessProposal relies on, then certification at > 2/3.
func (s *KeeperTestSuite) TestInjectedSignatures() {
	s.registerAll()
	c := s.makeCheckpoint(5)
	v, err := s.keeper.GetValset(s.ctx, c.ValsetHash)
	s.Require().NoError(err)
	slotOf := func(tv *testVal) uint32 { return uint32(slotOfPub(v, tv.pub)) }
	entry := func(tv *testVal) types.InjectedSignature {
		return types.InjectedSignature{Epoch: c.Epoch, Slot: slotOf(tv), Power: uint64(tv.power), Signature: s.sign(tv, c)}
	}
	forged := entry(s.vals[0])
	forged.Signature = s.sign(s.vals[1], c) // someone else's signature in 0's slot
	otherEpoch := entry(s.vals[0])
	otherEpoch.Epoch = 2
	changed := entry(s.vals[0])
	changed.Power++
	outside := entry(s.vals[0])
	outside.Slot = uint32(len(v.Members))
	rows := []struct {
		name   string
		sigs   []types.InjectedSignature
		expErr error
	}{
		{"valid", []types.InjectedSignature{entry(s.vals[0]), entry(s.vals[1])}, nil},
		{"forged signature", []types.InjectedSignature{forged}, types.ErrInvalidSignature},
		{"unknown epoch", []types.InjectedSignature{otherEpoch}, types.ErrCheckpointNotFound},
		{"changed power", []types.InjectedSignature{changed}, types.ErrPowerMismatch},
		{"signer outside the snapshot", []types.InjectedSignature{outside}, types.ErrUnknownSigner},
	}
	for _, row := range rows {
		s.Run(row.name, func() {
			err := s.keeper.CheckInjected(s.ctx, types.InjectedSignatures{Signatures: row.sigs})
			if row.expErr != nil {
				s.Require().ErrorIs(err, row.expErr)
				return
			}
			s.Require().NoError(err)
		})
	}

	// Two of four (exactly 1/2) do not certify; a third does (3×300 > 2×400); a stored
	// signature cannot be injected again; a certified epoch takes no more.
	sorted := func(es ...types.InjectedSignature) types.InjectedSignatures {
		sortEntries(es)
		return types.InjectedSignatures{Signatures: es}
	}
	s.Require().NoError(s.keeper.ApplyInjected(s.ctx, sorted(entry(s.vals[0]), entry(s.vals[1]))))
	c, err = s.keeper.GetCheckpoint(s.ctx, 1)
	s.Require().NoError(err)
	s.Require().Equal(types.CHECKPOINT_STATUS_PENDING, c.Status)
	s.Require().Equal(uint64(200), c.SignedPower)
	s.Require().ErrorIs(s.keeper.CheckInjected(s.ctx, sorted(entry(s.vals[0]))), types.ErrDuplicateSignature)

	ctx := s.ctx.WithBlockHeight(7).WithEventManager(sdk.NewEventManager())
	s.Require().NoError(s.keeper.ApplyInjected(ctx, sorted(entry(s.vals[2]))))
	c, err = s.keeper.GetCheckpoint(s.ctx, 1)
	s.Require().NoError(err)
	s.Require().Equal(types.CHECKPOINT_STATUS_CERTIFIED, c.Status)
	s.Require().Equal(int64(7), c.CertifiedHeight)
	s.Require().True(hasEvent(ctx, "seq.checkpoint.v1.EventCheckpointCertified"))
	s.Require().ErrorIs(s.keeper.CheckInjected(s.ctx, sorted(entry(s.vals[3]))), types.ErrEpochNotPending)
	has, err := s.keeper.PendingEpochs.Has(s.ctx, 1)
	s.Require().NoError(err)
	s.Require().False(has)

	sigs, err := s.queryServer.CheckpointSignatures(s.ctx, &types.QueryCheckpointSignaturesRequest{Epoch: 1})
	s.Require().NoError(err)
	s.Require().Len(sigs.Signatures, 4)
	s.Require().Equal(uint64(300), sigs.SignedPower)
	n := 0
	for i, sig := range sigs.Signatures {
		if len(sig) > 0 {
			n++
			s.Require().NoError(sighash.Verify(v.Members[i].Pubkey, c.MsgHashInt(), sig))
			s.Require().NotZero(sigs.Bitmap[i/8] & (1 << (i % 8)))
		}
	}
	s.Require().Equal(3, n)
}

// TestApplyInjectedSkipsInvalid: an entry that fails its checks is skipped, the rest applied.
func (s *KeeperTestSuite) TestApplyInjectedSkipsInvalid() {
	s.registerAll()
	c := s.makeCheckpoint(5)
	v, err := s.keeper.GetValset(s.ctx, c.ValsetHash)
	s.Require().NoError(err)
	good := types.InjectedSignature{Epoch: 1, Slot: uint32(slotOfPub(v, s.vals[0].pub)), Power: 100, Signature: s.sign(s.vals[0], c)}
	bad := types.InjectedSignature{Epoch: 1, Slot: uint32(slotOfPub(v, s.vals[1].pub)), Power: 100, Signature: s.sign(s.vals[2], c)}
	es := []types.InjectedSignature{good, bad}
	sortEntries(es)
	s.Require().NoError(s.keeper.ApplyInjected(s.ctx, types.InjectedSignatures{Signatures: es}))
	has, err := s.keeper.Signatures.Has(s.ctx, collections.Join(uint64(1), good.Slot))
	s.Require().NoError(err)
	s.Require().True(has)
	has, err = s.keeper.Signatures.Has(s.ctx, collections.Join(uint64(1), bad.Slot))
	s.Require().NoError(err)
	s.Require().False(has)
}

// TestVoteExtensionVerification: the keeper side of VerifyVoteExtension.
func (s *KeeperTestSuite) TestVoteExtensionVerification() {
	s.registerAll()
	c := s.makeCheckpoint(5)
	outsider := s.newVal(8, 100)
	s.vals = append(s.vals, outsider) // bonded, but no key and not in the snapshot
	ok := types.VoteExtension{Signatures: []types.VoteExtensionSignature{{Epoch: 1, Signature: s.sign(s.vals[0], c)}}}
	rows := []struct {
		name   string
		cons   sdk.ConsAddress
		ve     types.VoteExtension
		expErr error
	}{
		{"valid", s.vals[0].cons, ok, nil},
		{"empty", s.vals[0].cons, types.VoteExtension{}, nil},
		{"wrong key", s.vals[1].cons, ok, types.ErrInvalidSignature},
		{"unknown epoch", s.vals[0].cons, types.VoteExtension{Signatures: []types.VoteExtensionSignature{{Epoch: 9, Signature: s.sign(s.vals[0], c)}}}, types.ErrCheckpointNotFound},
		{"validator outside the snapshot", outsider.cons, ok, types.ErrUnknownSigner},
		{"unknown consensus address", sdk.ConsAddress("nobody-nobody-nobody"), ok, types.ErrValidatorNotFound},
	}
	for _, row := range rows {
		s.Run(row.name, func() {
			err := s.keeper.VerifyVoteExtension(s.ctx, row.cons, row.ve)
			if row.expErr != nil {
				s.Require().ErrorIs(err, row.expErr)
				return
			}
			s.Require().NoError(err)
		})
	}
	tasks, err := s.keeper.SigningTasks(s.ctx, s.vals[0].pub, 8)
	s.Require().NoError(err)
	s.Require().Len(tasks, 1)
	tasks, err = s.keeper.SigningTasks(s.ctx, outsider.pub, 8)
	s.Require().NoError(err)
	s.Require().Empty(tasks)
}

// TestGenesisRoundTrip: export → import into a fresh store → identical export.
func (s *KeeperTestSuite) TestGenesisRoundTrip() {
	s.registerAll()
	c := s.makeCheckpoint(5)
	v, err := s.keeper.GetValset(s.ctx, c.ValsetHash)
	s.Require().NoError(err)
	s.Require().NoError(s.keeper.ApplyInjected(s.ctx, types.InjectedSignatures{Signatures: []types.InjectedSignature{
		{Epoch: 1, Slot: uint32(slotOfPub(v, s.vals[0].pub)), Power: 100, Signature: s.sign(s.vals[0], c)},
	}}))
	s.makeCheckpoint(10)
	gs, err := s.keeper.ExportGenesis(s.ctx)
	s.Require().NoError(err)
	s.Require().NoError(gs.Validate())

	s.SetupTest()
	s.Require().NoError(s.keeper.InitGenesis(s.ctx, gs))
	again, err := s.keeper.ExportGenesis(s.ctx)
	s.Require().NoError(err)
	s.Require().Equal(gs, again)
	pending, err := s.keeper.PendingCheckpoints(s.ctx, 10)
	s.Require().NoError(err)
	s.Require().Len(pending, 2)

	// A genesis key with a proof of possession for another chain is refused.
	s.SetupTest()
	gs.Keys[0].ProofOfPossession = s.pop(s.vals[0], "other-chain")
	s.Require().ErrorIs(s.keeper.InitGenesis(s.ctx, gs), types.ErrInvalidProofOfPossession)
}

// TestQueries: finality stages, sign bytes, latest, pagination, not-found codes.
func (s *KeeperTestSuite) TestQueries() {
	s.registerAll()
	c1 := s.makeCheckpoint(5)
	s.makeCheckpoint(10)
	ctx := s.ctx.WithBlockHeight(12)
	fin := func(h int64) *types.QueryFinalityResponse {
		r, err := s.queryServer.Finality(ctx, &types.QueryFinalityRequest{Height: h})
		s.Require().NoError(err)
		return r
	}
	s.Require().Equal(types.FINALITY_STAGE_CHECKPOINTED, fin(3).Stage)
	s.Require().Equal(uint64(1), fin(5).Epoch)
	s.Require().Equal(uint64(2), fin(6).Epoch)
	s.Require().Equal(types.FINALITY_STAGE_SEQUENCED, fin(11).Stage)
	s.Require().Equal(types.FINALITY_STAGE_PENDING, fin(13).Stage)

	v, err := s.keeper.GetValset(s.ctx, c1.ValsetHash)
	s.Require().NoError(err)
	var es []types.InjectedSignature
	for _, tv := range s.vals[:3] {
		es = append(es, types.InjectedSignature{Epoch: 1, Slot: uint32(slotOfPub(v, tv.pub)), Power: 100, Signature: s.sign(tv, c1)})
	}
	sortEntries(es)
	s.Require().NoError(s.keeper.ApplyInjected(ctx, types.InjectedSignatures{Signatures: es}))
	s.Require().Equal(types.FINALITY_STAGE_CERTIFIED, fin(3).Stage)

	sb, err := s.queryServer.SignBytes(s.ctx, &types.QuerySignBytesRequest{Epoch: 1})
	s.Require().NoError(err)
	s.Require().Len(sb.Encoded, 352)
	s.Require().Equal(c1.MsgHash, sb.MsgHash)

	latest, err := s.queryServer.LatestCheckpoint(s.ctx, &types.QueryLatestCheckpointRequest{})
	s.Require().NoError(err)
	s.Require().Equal(uint64(2), latest.Checkpoint.Epoch)
	s.Require().Equal(uint64(1), latest.Certified.Epoch)

	list, err := s.queryServer.Checkpoints(s.ctx, &types.QueryCheckpointsRequest{})
	s.Require().NoError(err)
	s.Require().Len(list.Checkpoints, 2)

	_, err = s.queryServer.Checkpoint(s.ctx, &types.QueryCheckpointRequest{Epoch: 9})
	s.Require().ErrorContains(err, "NotFound")
	vs, err := s.queryServer.Valset(s.ctx, &types.QueryValsetRequest{Hash: c1.ValsetHash})
	s.Require().NoError(err)
	s.Require().Equal(v, vs.Valset)
}
