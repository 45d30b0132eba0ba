package load

import (
	"bytes"
	"context"
	"testing"

	"github.com/cometbft/cometbft/abci/example/kvstore"
	abci "github.com/cometbft/cometbft/abci/types"
	"github.com/stretchr/testify/require"
)

func TestRawTxSizeAndFormat(t *testing.T) {
	app := kvstore.NewInMemoryApplication()
	for _, size := range []int{MinRawTxSize, 33, 256, 1024, 8191, 8192} {
		tx, err := RawTx(size, 12, 345, "abcd0123")
		require.NoError(t, err)
		require.Len(t, tx, size)
		require.Equal(t, 1, bytes.Count(tx, []byte("=")), "exactly one separator")
		require.True(t, bytes.HasPrefix(tx, []byte("w12-345-abcd0123=")))
		// The kvstore app itself must accept it, or the baseline measures rejections.
		res, err := app.CheckTx(context.Background(), &abci.RequestCheckTx{Tx: tx})
		require.NoError(t, err)
		require.Equal(t, kvstore.CodeTypeOK, res.Code, "size %d", size)
	}
}

func TestRawTxTooSmall(t *testing.T) {
	_, err := RawTx(20, 1000, 1_000_000, "abcd0123")
	require.Error(t, err)
	_, err = NewRawSource(MinRawTxSize - 1)
	require.Error(t, err)
}

func TestRawSourceUniqueTxs(t *testing.T) {
	src, err := NewRawSource(64)
	require.NoError(t, err)
	require.NoError(t, src.Prepare(context.Background(), 3))
	seen := map[TxHash]bool{}
	keys := map[string]bool{}
	for i := range 300 {
		tx, err := src.Next(context.Background(), i%3)
		require.NoError(t, err)
		require.Equal(t, Tx{Bytes: tx.Bytes, Blobs: 1, PayloadBytes: 64}, tx)
		key := string(tx.Bytes[:bytes.IndexByte(tx.Bytes, '=')])
		require.False(t, keys[key], "duplicate key %s", key)
		keys[key] = true
		seen[HashOf(tx.Bytes)] = true
	}
	require.Len(t, seen, 300)
}
