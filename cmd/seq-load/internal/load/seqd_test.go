package load

import (
	"context"
	"errors"
	"net"
	"sync/atomic"
	"testing"
	"time"

	"github.com/stretchr/testify/require"
	"google.golang.org/grpc"
	"google.golang.org/grpc/codes"
	"google.golang.org/grpc/status"

	"cosmossdk.io/math"

	"github.com/cosmos/cosmos-sdk/codec"
	codectypes "github.com/cosmos/cosmos-sdk/codec/types"
	sdk "github.com/cosmos/cosmos-sdk/types"
	signingtypes "github.com/cosmos/cosmos-sdk/types/tx/signing"
	authsigning "github.com/cosmos/cosmos-sdk/x/auth/signing"
	authtypes "github.com/cosmos/cosmos-sdk/x/auth/types"

	"github.com/seq-network/seq/client"
	rolluptypes "github.com/seq-network/seq/x/rollup/types"
)

// fakeSeqd answers the two queries the seqd source makes: accounts of seed
// "t" with index < funded exist (account number 100+i, sequence 5), and the
// rollup "demo" has base fee baseFee.
type fakeSeqd struct {
	funded   int
	baseFee  atomic.Pointer[math.LegacyDec]
	feeReads atomic.Int64
}

// fakeAuth and fakeRollup are fakeSeqd's two gRPC services (their
// Unimplemented embeddings share a name, so one struct cannot hold both).
type (
	fakeAuth struct {
		authtypes.UnimplementedQueryServer
		*fakeSeqd
	}
	fakeRollup struct {
		rolluptypes.UnimplementedQueryServer
		*fakeSeqd
	}
)

func (f *fakeAuth) Account(_ context.Context, req *authtypes.QueryAccountRequest) (*authtypes.QueryAccountResponse, error) {
	for i := range f.funded {
		if addr, _ := AccountAddress("t", i); addr == req.Address {
			acc := authtypes.NewBaseAccount(AccountKey("t", i).PubKey().Address().Bytes(), nil, uint64(100+i), 5)
			anyAcc, err := codectypes.NewAnyWithValue(acc)
			if err != nil {
				return nil, err
			}
			return &authtypes.QueryAccountResponse{Account: anyAcc}, nil
		}
	}
	return nil, status.Error(codes.NotFound, "account not found")
}

func (f *fakeRollup) BaseFee(_ context.Context, req *rolluptypes.QueryBaseFeeRequest) (*rolluptypes.QueryBaseFeeResponse, error) {
	if req.RollupId != "demo" {
		return nil, status.Error(codes.NotFound, "rollup not found")
	}
	f.feeReads.Add(1)
	return &rolluptypes.QueryBaseFeeResponse{BaseFee: *f.baseFee.Load()}, nil
}

// startFakeSeqd serves f over gRPC on 127.0.0.1 with the SDK codec, as seqd does.
func startFakeSeqd(t *testing.T, f *fakeSeqd) string {
	t.Helper()
	l, err := net.Listen("tcp", "127.0.0.1:0")
	require.NoError(t, err)
	srv := grpc.NewServer(grpc.ForceServerCodec(codec.NewProtoCodec(client.DefaultEncoding().InterfaceRegistry).GRPCCodec()))
	authtypes.RegisterQueryServer(srv, &fakeAuth{fakeSeqd: f})
	rolluptypes.RegisterQueryServer(srv, &fakeRollup{fakeSeqd: f})
	go func() { _ = srv.Serve(l) }() //nolint:errcheck // Serve returns when the test stops it
	t.Cleanup(srv.Stop)
	return l.Addr().String()
}

func newTestSeqdSource(t *testing.T, funded, workers int) (*SeqdSource, *fakeSeqd, error) {
	t.Helper()
	f := &fakeSeqd{funded: funded}
	fee := math.LegacyMustNewDecFromStr("0.01")
	f.baseFee.Store(&fee)
	src, err := NewSeqdSource(SeqdConfig{GRPC: startFakeSeqd(t, f), ChainID: "seq-test", Rollups: []string{"demo"},
		Seed: "t", BlobSize: 100, BlobsPerTx: 3, FeeRefresh: time.Hour})
	require.NoError(t, err)
	t.Cleanup(func() { require.NoError(t, src.Close()) })
	return src, f, src.Prepare(context.Background(), workers)
}

// decodeSubmit decodes a seqd-mode tx and checks its signature for accNum/seq.
func decodeSubmit(t *testing.T, bz []byte, accNum, seq uint64) (*rolluptypes.MsgSubmitBlobs, authsigning.Tx) {
	t.Helper()
	enc := client.DefaultEncoding()
	decoded, err := enc.TxConfig.TxDecoder()(bz)
	require.NoError(t, err)
	tx := decoded.(authsigning.Tx)
	sigs, err := tx.GetSignaturesV2()
	require.NoError(t, err)
	require.Len(t, sigs, 1)
	require.Equal(t, seq, sigs[0].Sequence)
	msg := tx.GetMsgs()[0].(*rolluptypes.MsgSubmitBlobs)
	data := authsigning.SignerData{Address: msg.Sender, ChainID: "seq-test", AccountNumber: accNum, Sequence: seq, PubKey: sigs[0].PubKey}
	signBytes, err := authsigning.GetSignBytesAdapter(context.Background(), enc.TxConfig.SignModeHandler(),
		signingtypes.SignMode_SIGN_MODE_DIRECT, data, decoded)
	require.NoError(t, err)
	require.True(t, sigs[0].PubKey.VerifySignature(signBytes, sigs[0].Data.(*signingtypes.SingleSignatureData).Signature))
	return msg, tx
}

func TestSeqdSourceBuildsSignedBlobTxs(t *testing.T) {
	src, f, err := newTestSeqdSource(t, 2, 2)
	require.NoError(t, err)
	ctx := context.Background()

	tx, err := src.Next(ctx, 1)
	require.NoError(t, err)
	require.Equal(t, 3, tx.Blobs)
	require.Equal(t, 300, tx.PayloadBytes)
	msg, sigTx := decodeSubmit(t, tx.Bytes, 101, 5)
	addr, err := AccountAddress("t", 1)
	require.NoError(t, err)
	require.Equal(t, addr, msg.Sender)
	require.Equal(t, "demo", msg.RollupId)
	require.Len(t, msg.Blobs, 3)
	require.Len(t, msg.Blobs[0], 100)
	require.NotEqual(t, msg.Blobs[0], msg.Blobs[1], "random blobs")
	require.Equal(t, "0.040000000000000000", msg.MaxFeePerByte.String(), "base fee x 4")
	// Gas covers 10 per tx byte (sized with the widest gas and fee fields), the client's fixed
	// part and client.GasPerBlob per blob; the fee is ceil(gas x 0.001useq).
	gas := sigTx.GetGas()
	require.GreaterOrEqual(t, gas, uint64(client.GasBase+client.GasPerTxByte*len(tx.Bytes)+3*client.GasPerBlob))
	require.Less(t, gas, uint64(client.GasBase+client.GasPerTxByte*(len(tx.Bytes)+16)+3*client.GasPerBlob))
	wantFee := math.LegacyNewDec(int64(gas)).Mul(math.LegacyMustNewDecFromStr("0.001")).Ceil().TruncateInt()
	require.Equal(t, sdk.NewCoins(sdk.NewCoin("useq", wantFee)), sigTx.GetFee())

	// Not admitted (mempool full, any CheckTx rejection): the sequence is reused.
	src.OnResult(1, CheckResult{Err: errors.New("error on broadcastTxSync: mempool is full: number of txs 5 (max: 5)")})
	tx, err = src.Next(ctx, 1)
	require.NoError(t, err)
	decodeSubmit(t, tx.Bytes, 101, 5)
	// ... as when seqd's admission control refuses it in CheckTx.
	src.OnResult(1, CheckResult{Code: 20, Codespace: "sdk", Log: "1000 txs (1 bytes) of 1000 (16777216 bytes): mempool is full"})
	tx, err = src.Next(ctx, 1)
	require.NoError(t, err)
	decodeSubmit(t, tx.Bytes, 101, 5)
	// Admitted: the next tx carries the next sequence; worker 0 is untouched.
	src.OnResult(1, CheckResult{})
	tx, err = src.Next(ctx, 1)
	require.NoError(t, err)
	decodeSubmit(t, tx.Bytes, 101, 6)
	tx, err = src.Next(ctx, 0)
	require.NoError(t, err)
	decodeSubmit(t, tx.Bytes, 100, 5)

	// A sequence mismatch re-syncs from the node's expected sequence.
	src.OnResult(1, CheckResult{Code: 32, Codespace: "sdk", Log: "account sequence mismatch, expected 17, got 6: incorrect account sequence"})
	tx, err = src.Next(ctx, 1)
	require.NoError(t, err)
	decodeSubmit(t, tx.Bytes, 101, 17)
	// Without a number in the log, from the chain (committed sequence 5).
	src.OnResult(1, CheckResult{Code: 32, Codespace: "sdk", Log: "incorrect account sequence"})
	tx, err = src.Next(ctx, 1)
	require.NoError(t, err)
	decodeSubmit(t, tx.Bytes, 101, 5)

	// A fee-cap rejection re-reads the base fee at once (FeeRefresh is an hour here).
	reads := f.feeReads.Load()
	higher := math.LegacyMustNewDecFromStr("0.5")
	f.baseFee.Store(&higher)
	src.OnResult(1, CheckResult{Code: rolluptypes.ErrFeeCapTooLow.ABCICode(), Codespace: rolluptypes.ModuleName, Log: "max_fee_per_byte below the base fee"})
	tx, err = src.Next(ctx, 0)
	require.NoError(t, err)
	msg, _ = decodeSubmit(t, tx.Bytes, 100, 5)
	require.Equal(t, "2.000000000000000000", msg.MaxFeePerByte.String())
	require.Equal(t, reads+1, f.feeReads.Load())
}

func TestSeqdSourcePrepareErrors(t *testing.T) {
	_, _, err := newTestSeqdSource(t, 2, 3)
	require.ErrorContains(t, err, "does not exist: fund it")

	_, err = NewSeqdSource(SeqdConfig{GRPC: "x", Rollups: []string{"demo"}, BlobSize: 1, BlobsPerTx: 1, FeeCapMultiplier: math.LegacyMustNewDecFromStr("0.5")})
	require.ErrorContains(t, err, "never pays")
	_, err = NewSeqdSource(SeqdConfig{GRPC: "x", BlobSize: 1, BlobsPerTx: 1})
	require.ErrorContains(t, err, "--rollup")
}

func TestAccountAddressesAreDeterministic(t *testing.T) {
	a, err := AccountAddress("localnet", 0)
	require.NoError(t, err)
	b, err := AccountAddress("localnet", 0)
	require.NoError(t, err)
	c, err := AccountAddress("localnet", 1)
	require.NoError(t, err)
	require.Equal(t, a, b)
	require.NotEqual(t, a, c)
	require.Regexp(t, `^seq1[02-9ac-hj-np-z]{38}$`, a)
}
