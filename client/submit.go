package client

import (
	"context"
	"fmt"

	"cosmossdk.io/math"

	sdk "github.com/cosmos/cosmos-sdk/types"

	rolluptypes "github.com/seq-network/seq/x/rollup/types"
)

// SubmitResult is a SubmitBlobs outcome. FirstIndex and Fee are set once the tx is committed
// (with WaitForCommit): the blobs are Blobs[FirstIndex:FirstIndex+len(blobs)] of the rollup's
// batch at Height.
type SubmitResult struct {
	TxResult
	FirstIndex uint32
	// Fee is the blob fee burned: ceil(base fee x bytes) at inclusion.
	Fee sdk.Coin
	// MaxFeePerByte is the cap the tx carried.
	MaxFeePerByte math.LegacyDec
}

// SubmitBlobs submits blobs to rollupID's lane in one MsgSubmitBlobs signed by signer.
// max_fee_per_byte is the current base fee x Config.FeeCapMultiplier unless WithMaxFeePerByte
// is given; gas is estimated from the tx size (see GasPerTxByte). Rejections are typed:
// errors.Is(err, rolluptypes.ErrRollupNotFound), ErrEmptyBlob, ErrNoBlobs, ErrFeeCapTooLow,
// ErrBlobTooLarge, ErrLaneQuotaExceeded, ... whether they come from the client's own checks,
// the base-fee query, CheckTx or (with WaitForCommit) the block.
func (c *Client) SubmitBlobs(ctx context.Context, signer *Signer, rollupID string, blobs [][]byte, opts ...TxOption) (*SubmitResult, error) {
	if err := checkBlobs(rollupID, blobs); err != nil {
		return nil, err
	}
	o := applyTxOptions(opts)
	feeCap := o.maxFeePerByte
	if feeCap.IsNil() {
		baseFee, err := c.BaseFee(ctx, rollupID)
		if err != nil {
			return nil, err
		}
		feeCap = baseFee.Mul(c.cfg.FeeCapMultiplier)
	}
	sender, err := c.addrCodec.BytesToString(signer.Address())
	if err != nil {
		return nil, err
	}
	msg := &rolluptypes.MsgSubmitBlobs{Sender: sender, RollupId: rollupID, Blobs: blobs, MaxFeePerByte: feeCap}
	tr, err := c.broadcast(ctx, signer, []sdk.Msg{msg}, o, len(blobs))
	if err != nil {
		return nil, fmt.Errorf("submit %d blobs to %s: %w", len(blobs), rollupID, err)
	}
	res := &SubmitResult{TxResult: *tr, MaxFeePerByte: feeCap}
	if !o.wait {
		return res, nil
	}
	if err := c.waitForCommit(ctx, &res.TxResult); err != nil {
		return res, fmt.Errorf("submit %d blobs to %s: %w", len(blobs), rollupID, err)
	}
	return res, res.decodeResponse(c.enc)
}

// checkBlobs rejects, without a round trip, what the chain would reject for any rollup.
func checkBlobs(rollupID string, blobs [][]byte) error {
	if err := rolluptypes.ValidateRollupID(rollupID); err != nil {
		return err
	}
	if len(blobs) == 0 {
		return rolluptypes.ErrNoBlobs
	}
	for i, b := range blobs {
		if len(b) == 0 {
			return rolluptypes.ErrEmptyBlob.Wrapf("blob %d", i)
		}
	}
	return nil
}

// decodeResponse reads MsgSubmitBlobsResponse out of the committed tx's TxMsgData.
func (r *SubmitResult) decodeResponse(enc Encoding) error {
	var data sdk.TxMsgData
	if err := enc.Codec.Unmarshal(r.Data, &data); err != nil {
		return fmt.Errorf("tx %s result: %w", r.TxHash, err)
	}
	if len(data.MsgResponses) != 1 {
		return fmt.Errorf("tx %s result: %d msg responses, want 1", r.TxHash, len(data.MsgResponses))
	}
	var resp rolluptypes.MsgSubmitBlobsResponse
	if err := enc.Codec.Unmarshal(data.MsgResponses[0].Value, &resp); err != nil {
		return fmt.Errorf("tx %s result: %w", r.TxHash, err)
	}
	fee, err := sdk.ParseCoinNormalized(resp.Fee)
	if err != nil {
		return fmt.Errorf("tx %s result fee %q: %w", r.TxHash, resp.Fee, err)
	}
	r.FirstIndex, r.Fee = resp.FirstIndex, fee
	return nil
}

// RegisterRollup registers rollupID owned by signer; the chain burns the registration fee.
func (c *Client) RegisterRollup(ctx context.Context, signer *Signer, rollupID string, maxBlobBytes, laneQuotaBytes uint64, opts ...TxOption) (*TxResult, error) {
	owner, err := c.addrCodec.BytesToString(signer.Address())
	if err != nil {
		return nil, err
	}
	msg := &rolluptypes.MsgRegisterRollup{Owner: owner, RollupId: rollupID, MaxBlobBytes: maxBlobBytes, LaneQuotaBytes: laneQuotaBytes}
	return c.BroadcastMsgs(ctx, signer, []sdk.Msg{msg}, opts...)
}

// BaseFee returns rollupID's current blob base fee per byte (in the fee denom).
func (c *Client) BaseFee(ctx context.Context, rollupID string) (math.LegacyDec, error) {
	resp, err := c.rollup.BaseFee(ctx, &rolluptypes.QueryBaseFeeRequest{RollupId: rollupID})
	if err != nil {
		return math.LegacyDec{}, fmt.Errorf("base fee of %s: %w", rollupID, queryError(err, rolluptypes.ErrRollupNotFound, nil))
	}
	return resp.BaseFee, nil
}

// Rollup returns a registered rollup.
func (c *Client) Rollup(ctx context.Context, rollupID string) (rolluptypes.Rollup, error) {
	resp, err := c.rollup.Rollup(ctx, &rolluptypes.QueryRollupRequest{RollupId: rollupID})
	if err != nil {
		return rolluptypes.Rollup{}, fmt.Errorf("rollup %s: %w", rollupID, queryError(err, rolluptypes.ErrRollupNotFound, nil))
	}
	return resp.Rollup, nil
}
