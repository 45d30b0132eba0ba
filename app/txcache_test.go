package app

import (
	"crypto/sha256"
	"sync"
	"testing"

	abci "github.com/cometbft/cometbft/abci/types"

	dbm "github.com/cosmos/cosmos-db"
	"github.com/stretchr/testify/require"
	protov2 "google.golang.org/protobuf/proto"

	"cosmossdk.io/log"

	simtestutil "github.com/cosmos/cosmos-sdk/testutil/sims"
	sdk "github.com/cosmos/cosmos-sdk/types"
	sdkerrors "github.com/cosmos/cosmos-sdk/types/errors"
	banktypes "github.com/cosmos/cosmos-sdk/x/bank/types"
)

// countingDecoder is the app's real tx decoder, counting its calls.
type countingDecoder struct {
	decode sdk.TxDecoder
	calls  int
}

func (d *countingDecoder) Decode(bz []byte) (sdk.Tx, error) {
	d.calls++
	return d.decode(bz)
}

// encodedSends returns n distinct encoded bank-send txs and the app's decoder.
func encodedSends(t *testing.T, n int) ([][]byte, sdk.TxDecoder) {
	t.Helper()
	app := NewSeqApp(log.NewNopLogger(), dbm.NewMemDB(), nil, true, simtestutil.EmptyAppOptions{})
	cfg := app.TxConfig()
	from, to := sdk.AccAddress("from________________"), sdk.AccAddress("to__________________")
	txs := make([][]byte, n)
	for i := range txs {
		b := cfg.NewTxBuilder()
		require.NoError(t, b.SetMsgs(banktypes.NewMsgSend(from, to, sdk.NewCoins(sdk.NewInt64Coin(BondDenom, int64(i+1))))))
		bz, err := cfg.TxEncoder()(b.GetTx())
		require.NoError(t, err)
		txs[i] = bz
	}
	return txs, cfg.TxDecoder()
}

// TestTxCacheDecodesOnce: the same bytes decode once and come back as the same tx, with its
// signers already computed; other bytes decode on their own; bytes that fail to decode fail
// every time, and they and a tx whose signers cannot be computed are not kept.
func TestTxCacheDecodesOnce(t *testing.T) {
	txs, decode := encodedSends(t, 2)
	d := &countingDecoder{decode: decode}
	c := newTxCache(d.Decode, 1<<20)

	first, err := c.Decode(txs[0])
	require.NoError(t, err)
	again, err := c.Decode(append([]byte(nil), txs[0]...)) // equal bytes, another slice
	require.NoError(t, err)
	require.Same(t, first, again)
	require.Equal(t, 1, d.calls)
	signers, err := first.(signersTx).GetSigners()
	require.NoError(t, err)
	require.Equal(t, [][]byte{sdk.AccAddress("from________________")}, signers)

	other, err := c.Decode(txs[1])
	require.NoError(t, err)
	require.NotSame(t, first, other)
	require.Equal(t, 2, d.calls)

	for range 2 {
		_, err = c.Decode([]byte{0xff, 0x01})
		require.ErrorIs(t, err, sdkerrors.ErrTxDecode)
	}
	require.Equal(t, 4, d.calls)
	// Empty bytes decode to a tx without messages, whose signers panic: returned, not kept.
	empty, err := c.Decode(nil)
	require.NoError(t, err)
	require.Empty(t, empty.GetMsgs())
	require.Len(t, c.txs, 2)
}

// TestTxCacheEvictsOldestByBytes: the cache holds at most its byte limit, dropping the oldest
// txs first, and a tx larger than the whole limit is decoded but not kept.
func TestTxCacheEvictsOldestByBytes(t *testing.T) {
	txs, decode := encodedSends(t, 5)
	d := &countingDecoder{decode: decode}
	c := newTxCache(d.Decode, 3*len(txs[0])) // the txs differ in size by a byte at most
	for _, tx := range txs {
		_, err := c.Decode(tx)
		require.NoError(t, err)
	}
	require.LessOrEqual(t, c.bytes, c.limit)
	require.Len(t, c.txs, 3)
	d.calls = 0
	for _, tx := range txs[2:] { // the newest three are kept
		_, err := c.Decode(tx)
		require.NoError(t, err)
	}
	require.Zero(t, d.calls)
	_, err := c.Decode(txs[0]) // the oldest was dropped
	require.NoError(t, err)
	require.Equal(t, 1, d.calls)

	small := newTxCache(d.Decode, len(txs[0])-1)
	_, err = small.Decode(txs[0])
	require.NoError(t, err)
	require.Empty(t, small.txs)
	require.Zero(t, small.bytes)
}

// TestTxCacheForgets: a forgotten tx leaves the cache and gives its bytes back, so the next tx
// fits without evicting the oldest; forgetting bytes that are not cached changes nothing.
func TestTxCacheForgets(t *testing.T) {
	txs, decode := encodedSends(t, 4)
	d := &countingDecoder{decode: decode}
	c := newTxCache(d.Decode, 3*len(txs[0]))
	for _, tx := range txs[:3] {
		_, err := c.Decode(tx)
		require.NoError(t, err)
	}
	c.forget(txs[1])
	c.forget(txs[3]) // never cached
	require.Len(t, c.txs, 2)
	require.Equal(t, c.order.Len(), len(c.txs))
	require.Equal(t, len(txs[0])+len(txs[2]), c.bytes)

	_, err := c.Decode(txs[3]) // fits in the forgotten tx's room
	require.NoError(t, err)
	d.calls = 0
	for _, tx := range [][]byte{txs[0], txs[2], txs[3]} {
		_, err := c.Decode(tx)
		require.NoError(t, err)
	}
	require.Zero(t, d.calls, "the oldest was kept")
	_, err = c.Decode(txs[1])
	require.NoError(t, err)
	require.Equal(t, 1, d.calls, "the forgotten tx decodes again")
}

// TestSeqAppForgetsDoneTxs: the app drops a tx from the decode cache once CheckTx rejects it
// (it is not in the mempool) and once a block has executed it, whatever the outcome.
func TestSeqAppForgetsDoneTxs(t *testing.T) {
	txs, _ := encodedSends(t, 2)
	app := NewSeqApp(log.NewNopLogger(), dbm.NewMemDB(), nil, true, simtestutil.EmptyAppOptions{})
	cached := func(bz []byte) bool {
		_, ok := app.txs.get(sha256.Sum256(bz))
		return ok
	}
	for _, tx := range txs {
		_, err := app.txs.Decode(tx)
		require.NoError(t, err)
		require.True(t, cached(tx))
	}
	resp, err := app.CheckTx(&abci.RequestCheckTx{Tx: txs[0], Type: abci.CheckTxType_New})
	require.NoError(t, err)
	require.NotZero(t, resp.Code, "an unsigned tx")
	require.False(t, cached(txs[0]))

	_, _ = app.FinalizeBlock(&abci.RequestFinalizeBlock{Height: 1, Txs: txs[1:]})
	require.False(t, cached(txs[1]))
}

// signersProbe is a decoded tx that counts how often its signers are asked for.
type signersProbe struct {
	sdk.Tx
	calls int
}

func (p *signersProbe) GetSigners() ([][]byte, error) {
	p.calls++
	return nil, nil
}

// TestTxCacheComputesSignersBeforeSharing: the SDK's tx wrapper computes its signers on first
// use and stores them, a write; the cache makes that first use itself, once, before any caller
// gets the tx, so that callers sharing it (CheckTx beside a gRPC Simulate) only read.
func TestTxCacheComputesSignersBeforeSharing(t *testing.T) {
	probe := &signersProbe{}
	c := newTxCache(func([]byte) (sdk.Tx, error) { return probe, nil }, 1<<20)
	for range 3 {
		tx, err := c.Decode([]byte("tx"))
		require.NoError(t, err)
		require.Same(t, probe, tx)
		require.Equal(t, 1, probe.calls)
	}
}

// TestTxCacheConcurrentReaders: CheckTx and a gRPC Simulate may use the same decoded tx at
// once. Run with -race: readers of a shared tx must only read, so its lazily computed signers
// must already be there when the cache hands it out.
func TestTxCacheConcurrentReaders(t *testing.T) {
	txs, decode := encodedSends(t, 1)
	tx, err := newTxCache(decode, 1<<20).Decode(txs[0])
	require.NoError(t, err)
	var wg sync.WaitGroup
	for range 4 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			_, err := tx.(signersTx).GetSigners()
			require.NoError(t, err)
			_, err = tx.(interface {
				GetMsgsV2() ([]protov2.Message, error)
			}).GetMsgsV2()
			require.NoError(t, err)
		}()
	}
	wg.Wait()
}
