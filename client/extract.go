package client

import (
	"fmt"

	abcitypes "github.com/cometbft/cometbft/abci/types"

	sdk "github.com/cosmos/cosmos-sdk/types"
	txtypes "github.com/cosmos/cosmos-sdk/types/tx"

	rolluptypes "github.com/seq-network/seq/x/rollup/types"
)

// submitBlobsTypeURL is how a MsgSubmitBlobs is named inside a tx's Any.
var submitBlobsTypeURL = sdk.MsgTypeURL(&rolluptypes.MsgSubmitBlobs{})

// ExtractBlobs returns rollupID's blobs in a block, in the order the EndBlocker hashes them:
// txs in block order, then blobs in message order. Only txs whose result code is 0 count (a
// failed tx's blobs are not in the batch). results[i] must be the result of txs[i].
//
// A tx the decoder rejects (a module the client does not register, or a non-SDK tx a proposer
// injected) is skipped only if its raw body names no MsgSubmitBlobs; otherwise extraction fails
// rather than silently dropping blobs.
func ExtractBlobs(decode sdk.TxDecoder, rollupID string, txs [][]byte, results []*abcitypes.ExecTxResult) ([][]byte, error) {
	if len(txs) != len(results) {
		return nil, fmt.Errorf("%w: %d txs but %d results", ErrVerificationFailed, len(txs), len(results))
	}
	var blobs [][]byte
	for i, txBytes := range txs {
		if results[i] == nil || results[i].Code != 0 {
			continue
		}
		tx, err := decode(txBytes)
		if err != nil {
			if carriesBlobs(txBytes) {
				return nil, fmt.Errorf("%w: tx %d carries MsgSubmitBlobs but does not decode: %v", ErrVerificationFailed, i, err)
			}
			continue
		}
		for _, m := range tx.GetMsgs() {
			if sb, ok := m.(*rolluptypes.MsgSubmitBlobs); ok && sb.RollupId == rollupID {
				blobs = append(blobs, sb.Blobs...)
			}
		}
	}
	return blobs, nil
}

// carriesBlobs reports whether raw tx bytes parse as an SDK tx with a MsgSubmitBlobs; Any
// values stay packed, so this needs no interface registry.
func carriesBlobs(txBytes []byte) bool {
	var raw txtypes.TxRaw
	if raw.Unmarshal(txBytes) != nil {
		return false
	}
	var body txtypes.TxBody
	if body.Unmarshal(raw.BodyBytes) != nil {
		return false
	}
	for _, m := range body.Messages {
		if m != nil && m.TypeUrl == submitBlobsTypeURL {
			return true
		}
	}
	return false
}
