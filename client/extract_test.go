package client

import (
	"testing"

	abcitypes "github.com/cometbft/cometbft/abci/types"
	"github.com/stretchr/testify/require"

	codectypes "github.com/cosmos/cosmos-sdk/codec/types"

	rolluptypes "github.com/seq-network/seq/x/rollup/types"
)

// extractAndVerify runs what FollowRollup runs on one height.
func extractAndVerify(t *testing.T, id string, bd blockData, pr *rolluptypes.QueryInclusionProofResponse) (Batch, error) {
	t.Helper()
	blobs, err := ExtractBlobs(DefaultEncoding().TxConfig.TxDecoder(), id, bd.txs, bd.results)
	if err != nil {
		return Batch{}, err
	}
	return VerifyProofResponse(id, 7, blobs, nil, pr)
}

// TestExtractAndVerify fabricates one honest block with two rollups, a failed tx and a bank
// tx, then breaks it in every way a node could and expects each to fail verification.
func TestExtractAndVerify(t *testing.T) {
	specs := []txSpec{
		{rollup: "alpha", blobs: blobsOf("a0", 2)},
		{rollup: "beta", blobs: blobsOf("b0", 1)},
		{}, // bank send
		{rollup: "alpha", blobs: blobsOf("failed", 3), code: 5},
		{rollup: "alpha", blobs: blobsOf("a1", 1)},
	}
	honest, c := block(t, 7, specs...)
	alphaProof, betaProof := proofResponse(t, c, "alpha"), proofResponse(t, c, "beta")
	want := append(blobsOf("a0", 2), blobsOf("a1", 1)...)

	t.Run("honest block", func(t *testing.T) {
		b, err := extractAndVerify(t, "alpha", honest, alphaProof)
		require.NoError(t, err)
		require.Equal(t, want, b.Blobs, "failed tx excluded, beta filtered out, block order kept")
		require.Equal(t, int64(7), b.Height)
		b, err = extractAndVerify(t, "beta", honest, betaProof)
		require.NoError(t, err)
		require.Equal(t, blobsOf("b0", 1), b.Blobs)
	})

	cases := []struct {
		name   string
		mutate func(bd *blockData, pr *rolluptypes.QueryInclusionProofResponse)
	}{
		{"tampered blob", func(bd *blockData, _ *rolluptypes.QueryInclusionProofResponse) {
			bd.txs[0] = encodeBlobTx(t, txSpec{rollup: "alpha", blobs: [][]byte{[]byte("a0-0"), []byte("a0-X")}})
		}},
		{"missing blob", func(bd *blockData, _ *rolluptypes.QueryInclusionProofResponse) {
			bd.txs[4] = encodeBlobTx(t, txSpec{})
		}},
		{"extra blob", func(bd *blockData, _ *rolluptypes.QueryInclusionProofResponse) {
			bd.txs[2] = encodeBlobTx(t, txSpec{rollup: "alpha", blobs: blobsOf("extra", 1)})
		}},
		{"swapped order", func(bd *blockData, _ *rolluptypes.QueryInclusionProofResponse) {
			bd.txs[0], bd.txs[4] = bd.txs[4], bd.txs[0]
		}},
		{"failed tx counted as success", func(bd *blockData, _ *rolluptypes.QueryInclusionProofResponse) {
			bd.results[3] = &abcitypes.ExecTxResult{Code: 0}
		}},
		{"successful tx counted as failed", func(bd *blockData, _ *rolluptypes.QueryInclusionProofResponse) {
			bd.results[0] = &abcitypes.ExecTxResult{Code: 1}
		}},
		{"results missing", func(bd *blockData, _ *rolluptypes.QueryInclusionProofResponse) {
			bd.results = bd.results[:4]
		}},
		{"proof of another rollup", func(_ *blockData, pr *rolluptypes.QueryInclusionProofResponse) {
			*pr = *betaProof
		}},
		{"entry relabelled", func(_ *blockData, pr *rolluptypes.QueryInclusionProofResponse) {
			pr.Entry.RollupId = "beta"
		}},
		{"wrong rollups root", func(_ *blockData, pr *rolluptypes.QueryInclusionProofResponse) {
			pr.RollupsRoot = rolluptypes.RollupsRoot(nil)
		}},
		{"wrong byte count", func(_ *blockData, pr *rolluptypes.QueryInclusionProofResponse) {
			pr.Entry.Bytes++
		}},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			bd := cloneBlock(honest)
			pr := *alphaProof
			pr.Entry.BatchRoot = append([]byte(nil), alphaProof.Entry.BatchRoot...)
			tc.mutate(&bd, &pr)
			_, err := extractAndVerify(t, "alpha", bd, &pr)
			require.ErrorIs(t, err, ErrVerificationFailed)
		})
	}
}

func cloneBlock(bd blockData) blockData {
	return blockData{time: bd.time, txs: append([][]byte(nil), bd.txs...), results: append([]*abcitypes.ExecTxResult(nil), bd.results...)}
}

// TestExtractUndecodable: a tx of a module the client does not register is skipped, unless
// its raw body names MsgSubmitBlobs; bytes that are no SDK tx at all are skipped.
func TestExtractUndecodable(t *testing.T) {
	dec := DefaultEncoding().TxConfig.TxDecoder()
	unknown := &codectypes.Any{TypeUrl: "/cosmos.staking.v1beta1.MsgDelegate", Value: []byte{0x0a, 0x01, 'x'}}
	sb := &codectypes.Any{TypeUrl: submitBlobsTypeURL, Value: []byte{0x12, 0x05, 'a', 'l', 'p', 'h', 'a'}}
	ok := []*abcitypes.ExecTxResult{{}, {}}

	blobs, err := ExtractBlobs(dec, "alpha", [][]byte{encodeRawTx(t, unknown), []byte("not a tx")}, ok)
	require.NoError(t, err)
	require.Empty(t, blobs)

	_, err = ExtractBlobs(dec, "alpha", [][]byte{encodeRawTx(t, sb, unknown)}, ok[:1])
	require.ErrorIs(t, err, ErrVerificationFailed)
}

// TestVerifyListedEntry: the entry RollupHeights listed must be the one proven.
func TestVerifyListedEntry(t *testing.T) {
	bd, c := block(t, 7, txSpec{rollup: "alpha", blobs: blobsOf("a", 2)})
	pr := proofResponse(t, c, "alpha")
	blobs, err := ExtractBlobs(DefaultEncoding().TxConfig.TxDecoder(), "alpha", bd.txs, bd.results)
	require.NoError(t, err)
	listed := pr.Entry
	_, err = VerifyProofResponse("alpha", 7, blobs, &listed, pr)
	require.NoError(t, err)
	listed.BlobCount = 3
	_, err = VerifyProofResponse("alpha", 7, blobs, &listed, pr)
	require.ErrorIs(t, err, ErrVerificationFailed)
}
