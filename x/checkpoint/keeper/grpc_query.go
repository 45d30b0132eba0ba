package keeper

import (
	"context"
	"errors"

	"cosmossdk.io/collections"
	errorsmod "cosmossdk.io/errors"
	"google.golang.org/grpc/codes"
	"google.golang.org/grpc/status"

	sdk "github.com/cosmos/cosmos-sdk/types"
	"github.com/cosmos/cosmos-sdk/types/query"

	"github.com/seq-network/seq/x/checkpoint/types"
)

type queryServer struct {
	k Keeper
}

var _ types.QueryServer = queryServer{}

// NewQueryServerImpl returns x/checkpoint's Query service.
func NewQueryServerImpl(k Keeper) types.QueryServer {
	return queryServer{k: k}
}

// grpcError maps registered not-found errors to NotFound and anything else to Internal.
func grpcError(err error) error {
	for _, nf := range []*errorsmod.Error{types.ErrCheckpointNotFound, types.ErrValsetNotFound, types.ErrKeyNotFound} {
		if errors.Is(err, nf) {
			return status.Error(codes.NotFound, err.Error())
		}
	}
	return status.Error(codes.Internal, err.Error())
}

// Params returns the module params.
func (qs queryServer) Params(ctx context.Context, _ *types.QueryParamsRequest) (*types.QueryParamsResponse, error) {
	p, err := qs.k.Params.Get(ctx)
	if err != nil {
		return nil, grpcError(err)
	}
	return &types.QueryParamsResponse{Params: p}, nil
}

// Checkpoint returns one checkpoint.
func (qs queryServer) Checkpoint(ctx context.Context, req *types.QueryCheckpointRequest) (*types.QueryCheckpointResponse, error) {
	if req == nil {
		return nil, status.Error(codes.InvalidArgument, "empty request")
	}
	c, err := qs.k.GetCheckpoint(ctx, req.Epoch)
	if err != nil {
		return nil, grpcError(err)
	}
	return &types.QueryCheckpointResponse{Checkpoint: c}, nil
}

// LatestCheckpoint returns the newest checkpoint and the newest certified one.
func (qs queryServer) LatestCheckpoint(ctx context.Context, _ *types.QueryLatestCheckpointRequest) (*types.QueryLatestCheckpointResponse, error) {
	c, ok, err := qs.k.LatestCheckpoint(ctx)
	if err != nil {
		return nil, grpcError(err)
	}
	if !ok {
		return nil, status.Error(codes.NotFound, types.ErrCheckpointNotFound.Wrap("no checkpoint yet").Error())
	}
	resp := &types.QueryLatestCheckpointResponse{Checkpoint: c}
	certified, ok, err := qs.k.LatestCertified(ctx)
	if err != nil {
		return nil, grpcError(err)
	}
	if ok {
		resp.Certified = &certified
	}
	return resp, nil
}

// Checkpoints pages through the checkpoints by epoch.
func (qs queryServer) Checkpoints(ctx context.Context, req *types.QueryCheckpointsRequest) (*types.QueryCheckpointsResponse, error) {
	if req == nil {
		return nil, status.Error(codes.InvalidArgument, "empty request")
	}
	cps, page, err := query.CollectionPaginate(ctx, qs.k.Checkpoints, req.Pagination,
		func(_ uint64, c types.Checkpoint) (types.Checkpoint, error) { return c, nil })
	if err != nil {
		return nil, status.Error(codes.InvalidArgument, err.Error())
	}
	return &types.QueryCheckpointsResponse{Checkpoints: cps, Pagination: page}, nil
}

// CheckpointSignatures returns the signatures by slot and the signer bitmap.
func (qs queryServer) CheckpointSignatures(ctx context.Context, req *types.QueryCheckpointSignaturesRequest) (*types.QueryCheckpointSignaturesResponse, error) {
	if req == nil {
		return nil, status.Error(codes.InvalidArgument, "empty request")
	}
	c, v, err := qs.k.SignerSet(ctx, req.Epoch)
	if err != nil {
		return nil, grpcError(err)
	}
	sigs := make([][]byte, len(v.Members))
	var signed []uint32
	err = qs.k.Signatures.Walk(ctx, collections.NewPrefixedPairRange[uint64, uint32](req.Epoch),
		func(key collections.Pair[uint64, uint32], sig []byte) (bool, error) {
			if int(key.K2()) < len(sigs) {
				sigs[key.K2()] = sig
				signed = append(signed, key.K2())
			}
			return false, nil
		})
	if err != nil {
		return nil, grpcError(err)
	}
	return &types.QueryCheckpointSignaturesResponse{
		Signatures: sigs, Bitmap: types.Bitmap(len(v.Members), signed),
		SignedPower: c.SignedPower, TotalPower: v.TotalPower, ValsetHash: v.Hash,
	}, nil
}

// Valset returns a snapshot by hash.
func (qs queryServer) Valset(ctx context.Context, req *types.QueryValsetRequest) (*types.QueryValsetResponse, error) {
	if req == nil || len(req.Hash) != 32 {
		return nil, status.Error(codes.InvalidArgument, "hash must be 32 bytes")
	}
	v, err := qs.k.GetValset(ctx, req.Hash)
	if err != nil {
		return nil, grpcError(err)
	}
	return &types.QueryValsetResponse{Valset: v}, nil
}

// CheckpointKey returns a validator's checkpoint key.
func (qs queryServer) CheckpointKey(ctx context.Context, req *types.QueryCheckpointKeyRequest) (*types.QueryCheckpointKeyResponse, error) {
	if req == nil {
		return nil, status.Error(codes.InvalidArgument, "empty request")
	}
	val, err := qs.k.valCodec.StringToBytes(req.Validator)
	if err != nil {
		return nil, status.Error(codes.InvalidArgument, err.Error())
	}
	key, err := qs.k.CheckpointKeys.Get(ctx, val)
	if isNotFound(err) {
		return nil, grpcError(types.ErrKeyNotFound.Wrapf("%s", req.Validator))
	}
	if err != nil {
		return nil, grpcError(err)
	}
	return &types.QueryCheckpointKeyResponse{Key: key}, nil
}

// SignBytes returns the ABI encoding of a checkpoint's fields, its hash and msg_hash.
func (qs queryServer) SignBytes(ctx context.Context, req *types.QuerySignBytesRequest) (*types.QuerySignBytesResponse, error) {
	if req == nil {
		return nil, status.Error(codes.InvalidArgument, "empty request")
	}
	c, err := qs.k.GetCheckpoint(ctx, req.Epoch)
	if err != nil {
		return nil, grpcError(err)
	}
	f := c.Fields()
	h := f.CheckpointHash()
	return &types.QuerySignBytesResponse{Encoded: f.Encode(), CheckpointHash: h[:], MsgHash: f.MsgHash().FillBytes(make([]byte, 32))}, nil
}

// Finality reports how final a height is.
func (qs queryServer) Finality(ctx context.Context, req *types.QueryFinalityRequest) (*types.QueryFinalityResponse, error) {
	if req == nil || req.Height <= 0 {
		return nil, status.Error(codes.InvalidArgument, types.ErrInvalidHeight.Error())
	}
	resp, err := qs.k.Finality(ctx, req.Height)
	if err != nil {
		return nil, grpcError(err)
	}
	return resp, nil
}

// Finality finds the first checkpoint at or above height; the height is covered by it.
func (k Keeper) Finality(ctx context.Context, height int64) (*types.QueryFinalityResponse, error) {
	latest := sdk.UnwrapSDKContext(ctx).BlockHeight()
	resp := &types.QueryFinalityResponse{Height: height, LatestHeight: latest, Stage: types.FINALITY_STAGE_PENDING}
	if height > latest {
		return resp, nil
	}
	resp.Stage = types.FINALITY_STAGE_SEQUENCED
	it, err := k.CheckpointHeights.Iterate(ctx, new(collections.Range[int64]).StartInclusive(height))
	if err != nil {
		return nil, err
	}
	defer it.Close()
	if !it.Valid() {
		return resp, nil
	}
	epoch, err := it.Value()
	if err != nil {
		return nil, err
	}
	c, err := k.GetCheckpoint(ctx, epoch)
	if err != nil {
		return nil, err
	}
	resp.Epoch, resp.CheckpointHeight, resp.Stage = c.Epoch, c.Height, types.FINALITY_STAGE_CHECKPOINTED
	if c.Status == types.CHECKPOINT_STATUS_CERTIFIED {
		resp.Stage, resp.CertifiedHeight = types.FINALITY_STAGE_CERTIFIED, c.CertifiedHeight
	}
	return resp, nil
}

// LatestCertified returns the certified checkpoint with the highest epoch, scanning back from the
// latest (pending checkpoints are few: they sit at the tip).
func (k Keeper) LatestCertified(ctx context.Context) (c types.Checkpoint, ok bool, err error) {
	it, err := k.Checkpoints.Iterate(ctx, new(collections.Range[uint64]).Descending())
	if err != nil {
		return c, false, err
	}
	defer it.Close()
	for ; it.Valid(); it.Next() {
		if c, err = it.Value(); err != nil {
			return c, false, err
		}
		if c.Status == types.CHECKPOINT_STATUS_CERTIFIED {
			return c, true, nil
		}
	}
	return types.Checkpoint{}, false, nil
}
