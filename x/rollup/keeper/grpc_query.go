package keeper

import (
	"context"

	"cosmossdk.io/collections"
	"google.golang.org/grpc/codes"
	"google.golang.org/grpc/status"

	"github.com/cosmos/cosmos-sdk/types/query"

	"github.com/seq-network/seq/x/rollup/types"
)

// Page sizes of RollupHeights.
const (
	defaultHeightsLimit = 100
	maxHeightsLimit     = 1000
)

type queryServer struct {
	k Keeper
}

var _ types.QueryServer = queryServer{}

// NewQueryServerImpl returns x/rollup's Query service.
func NewQueryServerImpl(k Keeper) types.QueryServer {
	return queryServer{k: k}
}

// Params returns the module params.
func (qs queryServer) Params(ctx context.Context, _ *types.QueryParamsRequest) (*types.QueryParamsResponse, error) {
	p, err := qs.k.Params.Get(ctx)
	if err != nil {
		return nil, status.Error(codes.Internal, err.Error())
	}
	return &types.QueryParamsResponse{Params: p}, nil
}

// Rollup returns one rollup.
func (qs queryServer) Rollup(ctx context.Context, req *types.QueryRollupRequest) (*types.QueryRollupResponse, error) {
	if req == nil {
		return nil, status.Error(codes.InvalidArgument, "empty request")
	}
	r, err := qs.k.GetRollup(ctx, req.RollupId)
	if err != nil {
		return nil, status.Error(codes.NotFound, err.Error())
	}
	return &types.QueryRollupResponse{Rollup: r}, nil
}

// Rollups pages through the rollups by id.
func (qs queryServer) Rollups(ctx context.Context, req *types.QueryRollupsRequest) (*types.QueryRollupsResponse, error) {
	if req == nil {
		return nil, status.Error(codes.InvalidArgument, "empty request")
	}
	rollups, page, err := query.CollectionPaginate(ctx, qs.k.Rollups, req.Pagination,
		func(_ string, r types.Rollup) (types.Rollup, error) { return r, nil })
	if err != nil {
		return nil, status.Error(codes.InvalidArgument, err.Error())
	}
	return &types.QueryRollupsResponse{Rollups: rollups, Pagination: page}, nil
}

// BaseFee returns a rollup's base fee per byte.
func (qs queryServer) BaseFee(ctx context.Context, req *types.QueryBaseFeeRequest) (*types.QueryBaseFeeResponse, error) {
	if req == nil {
		return nil, status.Error(codes.InvalidArgument, "empty request")
	}
	if _, err := qs.k.GetRollup(ctx, req.RollupId); err != nil {
		return nil, status.Error(codes.NotFound, err.Error())
	}
	params, err := qs.k.Params.Get(ctx)
	if err != nil {
		return nil, status.Error(codes.Internal, err.Error())
	}
	fee, err := qs.k.BaseFee(ctx, req.RollupId, params)
	if err != nil {
		return nil, status.Error(codes.Internal, err.Error())
	}
	return &types.QueryBaseFeeResponse{BaseFee: fee, FeeDenom: params.FeeDenom}, nil
}

// BlockCommitment returns a height's commitment; a height without data has no entries and the
// root of the empty tree.
func (qs queryServer) BlockCommitment(ctx context.Context, req *types.QueryBlockCommitmentRequest) (*types.QueryBlockCommitmentResponse, error) {
	if req == nil || req.Height <= 0 {
		return nil, status.Error(codes.InvalidArgument, types.ErrInvalidHeight.Error())
	}
	c, err := qs.k.Commitments.Get(ctx, req.Height)
	if errorsIsNotFound(err) {
		return &types.QueryBlockCommitmentResponse{Commitment: types.BlockCommitment{
			Height: req.Height, RollupsRoot: types.RollupsRoot(nil), Entries: []types.BatchEntry{},
		}}, nil
	}
	if err != nil {
		return nil, status.Error(codes.Internal, err.Error())
	}
	return &types.QueryBlockCommitmentResponse{Commitment: c}, nil
}

// RollupHeights lists the heights >= from_height at which the rollup has data.
func (qs queryServer) RollupHeights(ctx context.Context, req *types.QueryRollupHeightsRequest) (*types.QueryRollupHeightsResponse, error) {
	if req == nil {
		return nil, status.Error(codes.InvalidArgument, "empty request")
	}
	if _, err := qs.k.GetRollup(ctx, req.RollupId); err != nil {
		return nil, status.Error(codes.NotFound, err.Error())
	}
	limit := int(req.Limit)
	if limit == 0 {
		limit = defaultHeightsLimit
	}
	limit = min(limit, maxHeightsLimit)
	rng := collections.NewPrefixedPairRange[string, int64](req.RollupId).StartInclusive(req.FromHeight)
	it, err := qs.k.RollupHeights.Iterate(ctx, rng)
	if err != nil {
		return nil, status.Error(codes.Internal, err.Error())
	}
	defer it.Close()
	resp := &types.QueryRollupHeightsResponse{Heights: []int64{}, Entries: []types.BatchEntry{}}
	for ; it.Valid(); it.Next() {
		kv, err := it.KeyValue()
		if err != nil {
			return nil, status.Error(codes.Internal, err.Error())
		}
		if len(resp.Heights) == limit {
			resp.NextHeight = kv.Key.K2()
			break
		}
		resp.Heights = append(resp.Heights, kv.Key.K2())
		resp.Entries = append(resp.Entries, kv.Value)
	}
	return resp, nil
}

// InclusionProof proves the rollup's batch of a height into that height's rollups_root.
func (qs queryServer) InclusionProof(ctx context.Context, req *types.QueryInclusionProofRequest) (*types.QueryInclusionProofResponse, error) {
	if req == nil || req.Height <= 0 {
		return nil, status.Error(codes.InvalidArgument, types.ErrInvalidHeight.Error())
	}
	c, err := qs.k.Commitments.Get(ctx, req.Height)
	if errorsIsNotFound(err) {
		return nil, status.Error(codes.NotFound, types.ErrCommitmentNotFound.Wrapf("height %d", req.Height).Error())
	}
	if err != nil {
		return nil, status.Error(codes.Internal, err.Error())
	}
	entry, proof, err := c.Proof(req.RollupId)
	if err != nil {
		return nil, status.Error(codes.NotFound, err.Error())
	}
	return &types.QueryInclusionProofResponse{Entry: entry, RollupsRoot: c.RollupsRoot, Proof: *proof.ToProto()}, nil
}
