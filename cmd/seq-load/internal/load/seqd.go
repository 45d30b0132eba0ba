package load

import (
	"context"
	crand "crypto/rand"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"math/rand/v2"
	"regexp"
	"strconv"
	"sync/atomic"
	"time"

	"google.golang.org/grpc"
	"google.golang.org/grpc/codes"
	"google.golang.org/grpc/credentials/insecure"
	"google.golang.org/grpc/status"

	"cosmossdk.io/math"

	"github.com/cosmos/cosmos-sdk/client/grpc/cmtservice"
	"github.com/cosmos/cosmos-sdk/codec"
	addresscodec "github.com/cosmos/cosmos-sdk/codec/address"
	"github.com/cosmos/cosmos-sdk/crypto/keys/secp256k1"
	sdk "github.com/cosmos/cosmos-sdk/types"
	sdkerrors "github.com/cosmos/cosmos-sdk/types/errors"
	authtypes "github.com/cosmos/cosmos-sdk/x/auth/types"

	"github.com/seq-network/seq/client"
	rolluptypes "github.com/seq-network/seq/x/rollup/types"
)

// SeqdConfig parameterises the seqd source.
type SeqdConfig struct {
	// GRPC is a node's gRPC address (host:port, plaintext) for the account and base-fee queries.
	GRPC string
	// ChainID is signed into every tx; empty takes the node's.
	ChainID string
	// Rollups receive the blobs; worker w submits to Rollups[w % len(Rollups)]. More than one
	// spreads the load over several lanes, each with its own lane quota and base fee.
	Rollups []string
	// Seed derives the accounts (AccountKey); worker w signs as account w.
	Seed string
	// BlobSize and BlobsPerTx shape every MsgSubmitBlobs.
	BlobSize, BlobsPerTx int
	// FeeCapMultiplier scales the base fee into max_fee_per_byte (default 4).
	FeeCapMultiplier math.LegacyDec
	// GasPrice prices the tx fee per gas unit (default client.DefaultGasPrice).
	GasPrice string
	// FeeRefresh is how often the base fee is re-read (default 2 s); a fee-cap rejection
	// re-reads it at the next tx.
	FeeRefresh time.Duration
	// Log receives warnings; nil discards them.
	Log io.Writer
}

// AccountKey derives load account i of seed. The derivation is fixed so that
// `seq-load accounts` can print the addresses a localnet genesis funds, and a later run with
// the same seed signs for them.
func AccountKey(seed string, i int) *secp256k1.PrivKey {
	return secp256k1.GenPrivKeyFromSecret([]byte(fmt.Sprintf("seq-load/%s/%d", seed, i)))
}

// AccountAddress returns the bech32 (seq…) address of AccountKey(seed, i).
func AccountAddress(seed string, i int) (string, error) {
	return addresscodec.NewBech32Codec(client.Bech32Prefix).BytesToString(AccountKey(seed, i).PubKey().Address())
}

// SeqdSource builds signed MsgSubmitBlobs txs, one account per worker. Each account's state is
// touched only by its worker (TxSource's contract), so the hot path takes no lock; only the
// per-rollup fee cap is shared.
type SeqdSource struct {
	cfg      SeqdConfig
	gasPrice sdk.DecCoin
	conn     *grpc.ClientConn
	auth     authtypes.QueryClient
	rollup   rolluptypes.QueryClient
	accts    []*account
	fees     map[string]*feeCap
	warned   atomic.Int64
}

// account is one worker's signing state.
type account struct {
	signer *client.DirectSigner
	sender string
	rollup string
	seq    uint64
	resync bool // the sequence is unknown: ask the chain before the next tx
	rng    *rand.ChaCha8
	blobs  [][]byte // reused: the body encoding copies them
}

// feeCap is one rollup's max_fee_per_byte, re-read from the base fee every FeeRefresh.
type feeCap struct {
	value      atomic.Pointer[math.LegacyDec]
	readAt     atomic.Int64 // unix ns of the last read; 0 forces a re-read
	refreshing atomic.Bool
}

var _ TxSource = (*SeqdSource)(nil)

// NewSeqdSource checks cfg and returns a source; Prepare connects.
func NewSeqdSource(cfg SeqdConfig) (*SeqdSource, error) {
	if cfg.FeeCapMultiplier.IsNil() {
		cfg.FeeCapMultiplier = math.LegacyNewDec(4)
	}
	if cfg.GasPrice == "" {
		cfg.GasPrice = client.DefaultGasPrice
	}
	if cfg.FeeRefresh <= 0 {
		cfg.FeeRefresh = 2 * time.Second
	}
	if cfg.Log == nil {
		cfg.Log = io.Discard
	}
	switch {
	case cfg.GRPC == "":
		return nil, errors.New("seqd mode needs --grpc")
	case len(cfg.Rollups) == 0:
		return nil, errors.New("seqd mode needs --rollup")
	case cfg.BlobSize < 1 || cfg.BlobsPerTx < 1:
		return nil, errors.New("blob size and blobs per tx must be at least 1")
	case cfg.FeeCapMultiplier.LT(math.LegacyOneDec()):
		return nil, fmt.Errorf("fee cap multiplier %s < 1 never pays the base fee", cfg.FeeCapMultiplier)
	}
	gp, err := sdk.ParseDecCoin(cfg.GasPrice)
	if err != nil {
		return nil, fmt.Errorf("gas price %q: %w", cfg.GasPrice, err)
	}
	return &SeqdSource{cfg: cfg, gasPrice: gp, fees: map[string]*feeCap{}}, nil
}

// Name implements TxSource.
func (s *SeqdSource) Name() string { return "seqd" }

// Prepare implements TxSource: it connects, reads the chain id, every rollup's base fee and
// every worker account's number and sequence. An unfunded account is an error.
func (s *SeqdSource) Prepare(ctx context.Context, workers int) error {
	if err := s.dial(); err != nil {
		return err
	}
	if err := s.loadChainID(ctx); err != nil {
		return err
	}
	for _, r := range s.cfg.Rollups {
		s.fees[r] = &feeCap{}
		if err := s.refreshFee(ctx, r); err != nil {
			return err
		}
	}
	s.accts = make([]*account, workers)
	for w := range workers {
		a, err := s.newAccount(ctx, w)
		if err != nil {
			return err
		}
		s.accts[w] = a
	}
	return nil
}

// dial opens a plaintext gRPC connection that marshals with the SDK codec: x/rollup's types
// (LegacyDec fields) are gogoproto messages that grpc's default codec cannot handle.
func (s *SeqdSource) dial() error {
	enc := client.DefaultEncoding()
	conn, err := grpc.NewClient(s.cfg.GRPC,
		grpc.WithTransportCredentials(insecure.NewCredentials()),
		grpc.WithDefaultCallOptions(grpc.ForceCodec(codec.NewProtoCodec(enc.InterfaceRegistry).GRPCCodec())))
	if err != nil {
		return fmt.Errorf("grpc %s: %w", s.cfg.GRPC, err)
	}
	s.conn = conn
	s.auth = authtypes.NewQueryClient(conn)
	s.rollup = rolluptypes.NewQueryClient(conn)
	return nil
}

func (s *SeqdSource) loadChainID(ctx context.Context) error {
	if s.cfg.ChainID != "" {
		return nil
	}
	res, err := cmtservice.NewServiceClient(s.conn).GetNodeInfo(ctx, &cmtservice.GetNodeInfoRequest{})
	if err != nil {
		return fmt.Errorf("node info over grpc %s: %w", s.cfg.GRPC, err)
	}
	s.cfg.ChainID = res.DefaultNodeInfo.Network
	return nil
}

// newAccount loads worker w's account from the chain.
func (s *SeqdSource) newAccount(ctx context.Context, w int) (*account, error) {
	key := AccountKey(s.cfg.Seed, w)
	sender, err := AccountAddress(s.cfg.Seed, w)
	if err != nil {
		return nil, err
	}
	accNum, seq, err := s.queryAccount(ctx, sender)
	if err != nil {
		return nil, fmt.Errorf("worker %d: %w", w, err)
	}
	signer, err := client.NewDirectSigner(key, s.cfg.ChainID, accNum)
	if err != nil {
		return nil, err
	}
	var rs [32]byte
	if _, err := crand.Read(rs[:]); err != nil {
		return nil, err
	}
	a := &account{signer: signer, sender: sender, rollup: s.cfg.Rollups[w%len(s.cfg.Rollups)], seq: seq,
		rng: rand.NewChaCha8(rs), blobs: make([][]byte, s.cfg.BlobsPerTx)}
	for i := range a.blobs {
		a.blobs[i] = make([]byte, s.cfg.BlobSize)
	}
	return a, nil
}

// queryAccount returns an account's number and committed sequence.
func (s *SeqdSource) queryAccount(ctx context.Context, addr string) (accNum, seq uint64, err error) {
	resp, err := s.auth.Account(ctx, &authtypes.QueryAccountRequest{Address: addr})
	if status.Code(err) == codes.NotFound {
		return 0, 0, fmt.Errorf("account %s does not exist: fund it (seq-load accounts --count N --seed %s)", addr, s.cfg.Seed)
	}
	if err != nil {
		return 0, 0, fmt.Errorf("query account %s: %w", addr, err)
	}
	var acc sdk.AccountI
	if err := client.DefaultEncoding().InterfaceRegistry.UnpackAny(resp.Account, &acc); err != nil {
		return 0, 0, fmt.Errorf("decode account %s: %w", addr, err)
	}
	return acc.GetAccountNumber(), acc.GetSequence(), nil
}

// refreshFee reads rollup's base fee and stores base fee x FeeCapMultiplier as its cap.
func (s *SeqdSource) refreshFee(ctx context.Context, rollup string) error {
	resp, err := s.rollup.BaseFee(ctx, &rolluptypes.QueryBaseFeeRequest{RollupId: rollup})
	if err != nil {
		return fmt.Errorf("base fee of rollup %s: %w", rollup, err)
	}
	c := resp.BaseFee.Mul(s.cfg.FeeCapMultiplier)
	f := s.fees[rollup]
	f.value.Store(&c)
	f.readAt.Store(time.Now().UnixNano())
	return nil
}

// currentFeeCap returns rollup's cap, re-reading it first when stale. One worker refreshes at
// a time; the others go on with the previous cap rather than queue behind the query.
func (s *SeqdSource) currentFeeCap(ctx context.Context, rollup string) math.LegacyDec {
	f := s.fees[rollup]
	if time.Since(time.Unix(0, f.readAt.Load())) >= s.cfg.FeeRefresh && f.refreshing.CompareAndSwap(false, true) {
		if err := s.refreshFee(ctx, rollup); err != nil {
			s.warn("%v (keeping the previous fee cap)", err)
			f.readAt.Store(time.Now().UnixNano()) // retry after FeeRefresh, not on every tx
		}
		f.refreshing.Store(false)
	}
	return *f.value.Load()
}

// Next implements TxSource: one MsgSubmitBlobs of fresh random blobs, signed with the
// account's next sequence. Gas is the client's size-based model; the size is measured with the
// largest gas and fee the tx could carry, so the limit always covers the real, smaller tx.
func (s *SeqdSource) Next(ctx context.Context, worker int) (Tx, error) {
	a := s.accts[worker]
	if a.resync {
		_, seq, err := s.queryAccount(ctx, a.sender)
		if err != nil {
			return Tx{}, err
		}
		a.seq, a.resync = seq, false
	}
	for _, b := range a.blobs {
		fillRandom(a.rng, b)
	}
	msg := &rolluptypes.MsgSubmitBlobs{Sender: a.sender, RollupId: a.rollup, Blobs: a.blobs, MaxFeePerByte: s.currentFeeCap(ctx, a.rollup)}
	body, err := client.EncodeTxBody([]sdk.Msg{msg}, "")
	if err != nil {
		return Tx{}, err
	}
	const probeGas = client.GasBase << 20
	size, err := a.signer.Size(len(body), a.seq, probeGas, s.feeFor(probeGas))
	if err != nil {
		return Tx{}, err
	}
	gas := client.GasBase + client.GasPerTxByte*uint64(size) + client.GasPerBlob*uint64(len(a.blobs))
	tx, err := a.signer.Sign(body, a.seq, gas, s.feeFor(gas))
	if err != nil {
		return Tx{}, err
	}
	return Tx{Bytes: tx, Blobs: len(a.blobs), PayloadBytes: len(a.blobs) * s.cfg.BlobSize}, nil
}

// fillRandom fills b from rng. Random blobs keep every tx and blob unique (no cache hits, no
// compressible payload); ChaCha8 generates them far faster than crypto/rand.
func fillRandom(rng *rand.ChaCha8, b []byte) {
	var w [8]byte
	for len(b) > 0 {
		binary.LittleEndian.PutUint64(w[:], rng.Uint64())
		b = b[copy(b, w[:]):]
	}
}

// feeFor is ceil(gas x gas price), so the node's min-gas-price check always passes.
func (s *SeqdSource) feeFor(gas uint64) sdk.Coins {
	amt := s.gasPrice.Amount.MulInt(math.NewIntFromUint64(gas)).Ceil().TruncateInt()
	return sdk.Coins{sdk.NewCoin(s.gasPrice.Denom, amt)}
}

// expectedSeq matches the ante handler's "account sequence mismatch, expected 7, got 5".
var expectedSeq = regexp.MustCompile(`account sequence mismatch, expected (\d+)`)

// OnResult implements TxSource. Only a tx admitted by CheckTx consumes its sequence: a
// rejection (mempool full included) leaves the node's check state untouched. A broadcast that
// failed in transport may or may not have reached the mempool; the next tx then either goes
// through or is rejected with the expected sequence, which re-syncs it.
func (s *SeqdSource) OnResult(worker int, res CheckResult) {
	a := s.accts[worker]
	switch {
	case res.OK():
		a.seq++
	case classify(res) == rejectedMempoolFull:
		// refused for room, by CometBFT or by seqd's admission control: nothing consumed
	case res.Err != nil:
		s.warn("worker %d: broadcast: %v", worker, res.Err)
	case res.Codespace == sdkerrors.RootCodespace && res.Code == sdkerrors.ErrWrongSequence.ABCICode():
		if m := expectedSeq.FindStringSubmatch(res.Log); m != nil {
			if n, err := strconv.ParseUint(m[1], 10, 64); err == nil {
				a.seq = n
				return
			}
		}
		a.resync = true
	case res.Codespace == rolluptypes.ModuleName && res.Code == rolluptypes.ErrFeeCapTooLow.ABCICode():
		s.fees[a.rollup].readAt.Store(0) // the base fee rose past the cap: re-read now
	default:
		s.warn("worker %d: CheckTx %s/%d: %s", worker, res.Codespace, res.Code, res.Log)
	}
}

// warn logs the first few problems only: under overload every worker hits the same one.
func (s *SeqdSource) warn(format string, args ...any) {
	if s.warned.Add(1) <= 10 {
		fmt.Fprintf(s.cfg.Log, "seq-load: "+format+"\n", args...)
	}
}

// Close releases the gRPC connection.
func (s *SeqdSource) Close() error {
	if s.conn == nil {
		return nil
	}
	return s.conn.Close()
}
