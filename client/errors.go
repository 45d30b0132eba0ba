package client

import (
	"errors"
	"fmt"

	errorsmod "cosmossdk.io/errors"
	"google.golang.org/grpc/codes"
	"google.golang.org/grpc/status"
)

// ErrVerificationFailed marks a batch that does not match the chain's commitments: blobs that do
// not hash to the committed batch_root, an entry not proven into rollups_root, or a block that
// cannot be read consistently. FollowRollup stops on it; it is never retried or skipped.
var ErrVerificationFailed = errors.New("batch verification failed")

// TxError is a tx rejected by the chain, in CheckTx (Committed false) or in the block
// (Committed true). It unwraps to the registered error of (Codespace, Code), so callers can
// write errors.Is(err, rolluptypes.ErrFeeCapTooLow).
type TxError struct {
	TxHash    string
	Codespace string
	Code      uint32
	Log       string
	// Committed is true when the tx made it into a block (at Height) and failed there.
	Committed bool
	Height    int64
	err       error
}

func newTxError(hash, codespace string, code uint32, log string) *TxError {
	return &TxError{TxHash: hash, Codespace: codespace, Code: code, Log: log, err: errorsmod.ABCIError(codespace, code, log)}
}

// Error names the phase and the ABCI error.
func (e *TxError) Error() string {
	phase := "check tx"
	if e.Committed {
		phase = fmt.Sprintf("deliver tx at height %d", e.Height)
	}
	return fmt.Sprintf("%s %s: %s/%d: %v", phase, e.TxHash, e.Codespace, e.Code, e.err)
}

// Unwrap returns the registered error the ABCI codespace and code stand for.
func (e *TxError) Unwrap() error { return e.err }

// queryError turns a gRPC NotFound or InvalidArgument status into a registered error so that
// callers can match it with errors.Is; other errors keep their status (they are transport or
// server faults, which FollowRollup retries).
func queryError(err error, notFound, invalid *errorsmod.Error) error {
	st, ok := status.FromError(err)
	if !ok {
		return err
	}
	switch {
	case st.Code() == codes.NotFound && notFound != nil:
		return notFound.Wrap(st.Message())
	case st.Code() == codes.InvalidArgument && invalid != nil:
		return invalid.Wrap(st.Message())
	}
	return err
}
