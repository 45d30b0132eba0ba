package keeper_test

import (
	"github.com/consensys/gnark-crypto/ecc/bn254/twistededwards"

	sdkerrors "github.com/cosmos/cosmos-sdk/types/errors"
	govtypes "github.com/cosmos/cosmos-sdk/x/gov/types"

	"github.com/seq-network/seq/x/checkpoint/types"
)

func (s *KeeperTestSuite) TestMsgRegisterCheckpointKey() {
	var identity twistededwards.PointAffine
	identity.X.SetZero()
	identity.Y.SetOne()
	idBytes := identity.Bytes()

	rows := []struct {
		name     string
		malleate func() *types.MsgRegisterCheckpointKey
		expErr   error
	}{
		{"valid", func() *types.MsgRegisterCheckpointKey { return s.regMsg(0, 0, testChainID) }, nil},
		{"bad validator address", func() *types.MsgRegisterCheckpointKey {
			m := s.regMsg(0, 0, testChainID)
			m.Validator = "seq1notavaloper"
			return m
		}, sdkerrors.ErrInvalidAddress},
		{"pubkey wrong length", func() *types.MsgRegisterCheckpointKey {
			m := s.regMsg(0, 0, testChainID)
			m.Pubkey = m.Pubkey[:31]
			return m
		}, types.ErrInvalidPubKey},
		{"pubkey is the identity", func() *types.MsgRegisterCheckpointKey {
			m := s.regMsg(0, 0, testChainID)
			m.Pubkey = idBytes[:]
			return m
		}, types.ErrInvalidPubKey},
		{"pop for another chain id", func() *types.MsgRegisterCheckpointKey { return s.regMsg(0, 0, "other-chain") }, types.ErrInvalidProofOfPossession},
		{"pop of another operator", func() *types.MsgRegisterCheckpointKey {
			m := s.regMsg(0, 0, testChainID)
			m.ProofOfPossession = s.pop(s.vals[1], testChainID) // validator 1's binding, key of 0
			m.Pubkey = s.vals[1].pub
			return m
		}, types.ErrInvalidProofOfPossession},
		{"someone else's key without its private key", func() *types.MsgRegisterCheckpointKey {
			m := s.regMsg(0, 0, testChainID)
			m.Pubkey = s.vals[1].pub
			return m
		}, types.ErrInvalidProofOfPossession},
		{"garbage pop", func() *types.MsgRegisterCheckpointKey {
			m := s.regMsg(0, 0, testChainID)
			m.ProofOfPossession = []byte{1, 2, 3}
			return m
		}, types.ErrInvalidProofOfPossession},
		{"unknown validator", func() *types.MsgRegisterCheckpointKey {
			v := s.newVal(9, 10) // never in s.vals
			pop, _ := s.signPoPRaw(v)
			return &types.MsgRegisterCheckpointKey{Validator: v.opStr, Pubkey: v.pub, ProofOfPossession: pop}
		}, types.ErrValidatorNotFound},
		{"key held by another validator", func() *types.MsgRegisterCheckpointKey {
			s.mustRegister(s.regMsg(1, 1, testChainID))
			return s.regMsg(0, 1, testChainID) // validator 0 proves possession of 1's key (same secret)
		}, types.ErrKeyInUse},
		{"same key again", func() *types.MsgRegisterCheckpointKey {
			s.mustRegister(s.regMsg(0, 0, testChainID))
			return s.regMsg(0, 0, testChainID)
		}, types.ErrKeyUnchanged},
	}
	for _, row := range rows {
		s.Run(row.name, func() {
			s.SetupTest()
			msg := row.malleate()
			before := s.dump()
			resp, err := s.msgServer.RegisterCheckpointKey(s.ctx, msg)
			if row.expErr != nil {
				s.Require().ErrorIs(err, row.expErr)
				s.Require().Equal(before, s.dump(), "state changed on failure")
				return
			}
			s.Require().NoError(err)
			s.Require().Equal(msg.Pubkey, resp.Key.Pubkey)
			got, err := s.queryServer.CheckpointKey(s.ctx, &types.QueryCheckpointKeyRequest{Validator: msg.Validator})
			s.Require().NoError(err)
			s.Require().Equal(msg.Pubkey, got.Key.Pubkey)
			s.Require().Equal(int64(testHeight), got.Key.RegisteredHeight)
		})
	}
}

// TestRotation: a rotated-out key is freed for its owner's index and the new key is indexed.
func (s *KeeperTestSuite) TestRotation() {
	s.mustRegister(s.regMsg(0, 0, testChainID))
	fresh := s.newVal(7, 1) // only its key is used
	_, err := s.msgServer.RegisterCheckpointKey(s.ctx, &types.MsgRegisterCheckpointKey{
		Validator: s.vals[0].opStr, Pubkey: fresh.pub, ProofOfPossession: s.popWith(fresh, s.vals[0]),
	})
	s.Require().NoError(err)
	has, err := s.keeper.KeyOwners.Has(s.ctx, s.vals[0].pub)
	s.Require().NoError(err)
	s.Require().False(has, "old key must leave the reverse index")
	owner, err := s.keeper.KeyOwners.Get(s.ctx, fresh.pub)
	s.Require().NoError(err)
	s.Require().Equal([]byte(s.vals[0].op), owner)
	// Validator 1 may now take validator 0's old key (it proves possession of it).
	_, err = s.msgServer.RegisterCheckpointKey(s.ctx, &types.MsgRegisterCheckpointKey{
		Validator: s.vals[1].opStr, Pubkey: s.vals[0].pub, ProofOfPossession: s.popWith(s.vals[0], s.vals[1]),
	})
	s.Require().NoError(err)
}

func (s *KeeperTestSuite) TestMsgUpdateParams() {
	bad := testParams()
	bad.Interval = 0
	tooMany := testParams()
	tooMany.MaxEpochsPerVoteExtension = 1000
	rows := []struct {
		name   string
		msg    *types.MsgUpdateParams
		expErr error
	}{
		{"valid", &types.MsgUpdateParams{Authority: s.authority, Params: types.DefaultParams()}, nil},
		{"not the authority", &types.MsgUpdateParams{Authority: s.vals[0].opStr, Params: types.DefaultParams()}, govtypes.ErrInvalidSigner},
		{"zero interval", &types.MsgUpdateParams{Authority: s.authority, Params: bad}, types.ErrInvalidParams},
		{"epochs do not fit the vote extension", &types.MsgUpdateParams{Authority: s.authority, Params: tooMany}, types.ErrInvalidParams},
	}
	for _, row := range rows {
		s.Run(row.name, func() {
			s.SetupTest()
			before, err := s.keeper.Params.Get(s.ctx)
			s.Require().NoError(err)
			_, err = s.msgServer.UpdateParams(s.ctx, row.msg)
			after, gerr := s.keeper.Params.Get(s.ctx)
			s.Require().NoError(gerr)
			if row.expErr != nil {
				s.Require().ErrorIs(err, row.expErr)
				s.Require().Equal(before, after)
				return
			}
			s.Require().NoError(err)
			s.Require().Equal(row.msg.Params, after)
		})
	}
}

// regMsg registers validator i's record with the key of validator k (k == i: its own key).
func (s *KeeperTestSuite) regMsg(i, k int, chainID string) *types.MsgRegisterCheckpointKey {
	return &types.MsgRegisterCheckpointKey{
		Validator: s.vals[i].opStr, Pubkey: s.vals[k].pub, ProofOfPossession: s.popWith2(s.vals[k], s.vals[i], chainID),
	}
}

func (s *KeeperTestSuite) popWith(keyOf, operator *testVal) []byte {
	return s.popWith2(keyOf, operator, testChainID)
}

func (s *KeeperTestSuite) popWith2(keyOf, operator *testVal, chainID string) []byte {
	pop, err := signPoP(keyOf, chainID, operator)
	s.Require().NoError(err)
	return pop
}

func (s *KeeperTestSuite) signPoPRaw(v *testVal) ([]byte, error) { return signPoP(v, testChainID, v) }

func (s *KeeperTestSuite) mustRegister(m *types.MsgRegisterCheckpointKey) {
	_, err := s.msgServer.RegisterCheckpointKey(s.ctx, m)
	s.Require().NoError(err)
}
