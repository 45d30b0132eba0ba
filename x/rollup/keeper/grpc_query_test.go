package keeper_test

import (
	"bytes"
	"crypto/sha256"
	"fmt"

	"github.com/cometbft/cometbft/crypto/merkle"
	"google.golang.org/grpc/codes"
	"google.golang.org/grpc/status"

	"cosmossdk.io/math"

	"github.com/cosmos/cosmos-sdk/types/query"

	"github.com/seq-network/seq/x/rollup/types"
)

// requireCode asserts a gRPC status code, which is what clients of the query service branch on.
func (s *KeeperTestSuite) requireCode(err error, code codes.Code) {
	s.Require().Error(err)
	s.Require().Equal(code, status.Code(err), "err: %v", err)
}

func (s *KeeperTestSuite) TestQueryParamsAndRollup() {
	p, err := s.queryServer.Params(s.ctx, &types.QueryParamsRequest{})
	s.Require().NoError(err)
	s.Require().Equal(testParams(), p.Params)

	r := s.setRollup("demo", 20, 40, types.ROLLUP_STATUS_PAUSED)
	resp, err := s.queryServer.Rollup(s.ctx, &types.QueryRollupRequest{RollupId: "demo"})
	s.Require().NoError(err)
	s.Require().Equal(r, resp.Rollup)

	_, err = s.queryServer.Rollup(s.ctx, &types.QueryRollupRequest{RollupId: "nope"})
	s.requireCode(err, codes.NotFound)
	_, err = s.queryServer.Rollup(s.ctx, nil)
	s.requireCode(err, codes.InvalidArgument)
}

func (s *KeeperTestSuite) TestQueryRollupsPagination() {
	var want []types.Rollup
	for i := range 5 { // written out of order; pages come back by id
		want = append(want, s.setRollup(fmt.Sprintf("r%d", 4-i), 20, 40, types.ROLLUP_STATUS_ACTIVE))
	}
	want = []types.Rollup{want[4], want[3], want[2], want[1], want[0]}

	all, err := s.queryServer.Rollups(s.ctx, &types.QueryRollupsRequest{})
	s.Require().NoError(err)
	s.Require().Equal(want, all.Rollups)

	var got []types.Rollup
	var key []byte
	for page := 0; ; page++ {
		resp, err := s.queryServer.Rollups(s.ctx, &types.QueryRollupsRequest{
			Pagination: &query.PageRequest{Key: key, Limit: 2, CountTotal: page == 0},
		})
		s.Require().NoError(err)
		s.Require().LessOrEqual(len(resp.Rollups), 2)
		if page == 0 {
			s.Require().Equal(uint64(5), resp.Pagination.Total)
		}
		got = append(got, resp.Rollups...)
		key = resp.Pagination.NextKey
		if key == nil {
			break
		}
		s.Require().Less(page, 3, "pagination does not terminate")
	}
	s.Require().Equal(want, got)

	offset, err := s.queryServer.Rollups(s.ctx, &types.QueryRollupsRequest{Pagination: &query.PageRequest{Offset: 3, Limit: 10}})
	s.Require().NoError(err)
	s.Require().Equal(want[3:], offset.Rollups)

	_, err = s.queryServer.Rollups(s.ctx, &types.QueryRollupsRequest{Pagination: &query.PageRequest{Key: []byte("x"), Offset: 1}})
	s.requireCode(err, codes.InvalidArgument)
	_, err = s.queryServer.Rollups(s.ctx, nil)
	s.requireCode(err, codes.InvalidArgument)
}

func (s *KeeperTestSuite) TestQueryBaseFee() {
	s.setRollup("demo", 20, 40, types.ROLLUP_STATUS_ACTIVE)
	resp, err := s.queryServer.BaseFee(s.ctx, &types.QueryBaseFeeRequest{RollupId: "demo"})
	s.Require().NoError(err)
	s.Require().Equal(&types.QueryBaseFeeResponse{BaseFee: testParams().MinBaseFee, FeeDenom: types.DefaultFeeDenom}, resp,
		"a rollup absent from BaseFees pays the floor")

	raised := math.LegacyMustNewDecFromStr("0.75")
	s.Require().NoError(s.keeper.BaseFees.Set(s.ctx, "demo", raised))
	resp, err = s.queryServer.BaseFee(s.ctx, &types.QueryBaseFeeRequest{RollupId: "demo"})
	s.Require().NoError(err)
	s.Require().Equal(raised, resp.BaseFee)

	_, err = s.queryServer.BaseFee(s.ctx, &types.QueryBaseFeeRequest{RollupId: "nope"})
	s.requireCode(err, codes.NotFound)
	_, err = s.queryServer.BaseFee(s.ctx, nil)
	s.requireCode(err, codes.InvalidArgument)
}

func (s *KeeperTestSuite) TestQueryBlockCommitment() {
	s.allowBurns()
	s.setRollup("demo", 20, 40, types.ROLLUP_STATUS_ACTIVE)
	s.submit("demo", []byte("blob"))
	s.Require().NoError(s.keeper.EndBlocker(s.ctx))
	stored, err := s.keeper.Commitments.Get(s.ctx, testHeight)
	s.Require().NoError(err)

	resp, err := s.queryServer.BlockCommitment(s.ctx, &types.QueryBlockCommitmentRequest{Height: testHeight})
	s.Require().NoError(err)
	s.Require().Equal(stored, resp.Commitment)

	// A height without data answers with the root of the empty RFC 6962 tree, sha256(""), so a
	// client can tell "nothing at this height" from "no answer".
	empty := sha256.Sum256(nil)
	resp, err = s.queryServer.BlockCommitment(s.ctx, &types.QueryBlockCommitmentRequest{Height: testHeight + 1})
	s.Require().NoError(err)
	s.Require().Equal(types.BlockCommitment{Height: testHeight + 1, RollupsRoot: empty[:], Entries: []types.BatchEntry{}}, resp.Commitment)

	for _, req := range []*types.QueryBlockCommitmentRequest{nil, {Height: 0}, {Height: -1}} {
		_, err = s.queryServer.BlockCommitment(s.ctx, req)
		s.requireCode(err, codes.InvalidArgument)
	}
}

// fillHeights gives "demo" one blob at each height in heights (ascending, from testHeight) and
// runs empty blocks in between.
func (s *KeeperTestSuite) fillHeights(heights ...int64) {
	s.allowBurns()
	for _, h := range heights {
		for s.ctx.BlockHeight() < h {
			s.Require().NoError(s.keeper.EndBlocker(s.ctx))
			s.nextBlock()
		}
		s.submit("demo", []byte(fmt.Sprintf("blob@%d", h)))
		s.Require().NoError(s.keeper.EndBlocker(s.ctx))
		s.nextBlock()
	}
}

func (s *KeeperTestSuite) TestQueryRollupHeights() {
	s.setRollup("demo", 20, 40, types.ROLLUP_STATUS_ACTIVE)
	s.setRollup("idle", 20, 40, types.ROLLUP_STATUS_ACTIVE)
	s.fillHeights(10, 11, 13, 14)
	entry := func(h int64) types.BatchEntry {
		b := []byte(fmt.Sprintf("blob@%d", h))
		return types.BatchEntry{RollupId: "demo", BatchRoot: merkleRootOfBlobs(b), BlobCount: 1, Bytes: uint64(len(b))}
	}
	rows := []struct {
		name    string
		req     *types.QueryRollupHeightsRequest
		heights []int64
		next    int64
	}{
		{"all, default limit", &types.QueryRollupHeightsRequest{RollupId: "demo"}, []int64{10, 11, 13, 14}, 0},
		{"first page", &types.QueryRollupHeightsRequest{RollupId: "demo", Limit: 2}, []int64{10, 11}, 13},
		{"second page from next_height", &types.QueryRollupHeightsRequest{RollupId: "demo", FromHeight: 13, Limit: 2}, []int64{13, 14}, 0},
		{"from a height without data", &types.QueryRollupHeightsRequest{RollupId: "demo", FromHeight: 12, Limit: 1}, []int64{13}, 14},
		{"past the last height", &types.QueryRollupHeightsRequest{RollupId: "demo", FromHeight: 15}, []int64{}, 0},
		{"rollup without data", &types.QueryRollupHeightsRequest{RollupId: "idle"}, []int64{}, 0},
	}
	for _, tc := range rows {
		s.Run(tc.name, func() {
			resp, err := s.queryServer.RollupHeights(s.ctx, tc.req)
			s.Require().NoError(err)
			s.Require().Equal(tc.heights, resp.Heights)
			s.Require().Equal(tc.next, resp.NextHeight)
			s.Require().Len(resp.Entries, len(tc.heights))
			for i, h := range tc.heights {
				s.Require().Equal(entry(h), resp.Entries[i])
			}
		})
	}
	_, err := s.queryServer.RollupHeights(s.ctx, &types.QueryRollupHeightsRequest{RollupId: "nope"})
	s.requireCode(err, codes.NotFound)
	_, err = s.queryServer.RollupHeights(s.ctx, nil)
	s.requireCode(err, codes.InvalidArgument)
}

func (s *KeeperTestSuite) TestQueryInclusionProof() {
	s.allowBurns()
	blobs := map[string][][]byte{
		"a": {[]byte("a0"), []byte("a1")},
		"b": {[]byte("b0")},
		"c": {[]byte("c0"), []byte("c1"), []byte("c2")},
	}
	for _, id := range []string{"a", "b", "c", "d"} {
		s.setRollup(id, 20, 40, types.ROLLUP_STATUS_ACTIVE)
	}
	for _, id := range []string{"c", "a", "b"} {
		s.submit(id, blobs[id]...)
	}
	s.Require().NoError(s.keeper.EndBlocker(s.ctx))

	for _, id := range []string{"a", "b", "c"} {
		resp, err := s.queryServer.InclusionProof(s.ctx, &types.QueryInclusionProofRequest{RollupId: id, Height: testHeight})
		s.Require().NoError(err)
		proof, err := merkle.ProofFromProto(&resp.Proof)
		s.Require().NoError(err)
		s.Require().NoError(types.VerifyBatch(blobs[id], resp.Entry, resp.RollupsRoot, proof), id)

		// Every tampering a dishonest node could try must fail verification.
		tamperedBlobs := append([][]byte{}, blobs[id]...)
		tamperedBlobs[0] = append([]byte("x"), tamperedBlobs[0]...)
		s.Require().Error(types.VerifyBatch(tamperedBlobs, resp.Entry, resp.RollupsRoot, proof), "tampered blob")
		s.Require().Error(types.VerifyBatch(blobs[id][1:], resp.Entry, resp.RollupsRoot, proof), "dropped blob")
		badRoot := bytes.Clone(resp.RollupsRoot)
		badRoot[0] ^= 1
		s.Require().Error(types.VerifyBatch(blobs[id], resp.Entry, badRoot, proof), "tampered root")
		badProof := *proof
		badProof.Aunts = append([][]byte{}, proof.Aunts...)
		badProof.Aunts[0] = bytes.Clone(badProof.Aunts[0])
		badProof.Aunts[0][0] ^= 1
		s.Require().Error(types.VerifyBatch(blobs[id], resp.Entry, resp.RollupsRoot, &badProof), "tampered proof")
		badEntry := resp.Entry
		badEntry.RollupId = "d" // same batch claimed for another rollup
		s.Require().Error(types.VerifyBatch(blobs[id], badEntry, resp.RollupsRoot, proof), "entry of another rollup")
		s.Require().Error(types.VerifyBatch(blobs[id], resp.Entry, resp.RollupsRoot, nil), "no proof")
	}

	for _, tc := range []struct {
		req  *types.QueryInclusionProofRequest
		code codes.Code
	}{
		{&types.QueryInclusionProofRequest{RollupId: "d", Height: testHeight}, codes.NotFound}, // no data at that height
		{&types.QueryInclusionProofRequest{RollupId: "a", Height: testHeight + 1}, codes.NotFound},
		{&types.QueryInclusionProofRequest{RollupId: "a", Height: 0}, codes.InvalidArgument},
		{nil, codes.InvalidArgument},
	} {
		_, err := s.queryServer.InclusionProof(s.ctx, tc.req)
		s.requireCode(err, tc.code)
	}
}
