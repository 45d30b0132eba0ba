package sidecar_test

import (
	"context"
	"errors"
	"math/rand/v2"
	"os"
	"path/filepath"
	"strconv"
	"sync"
	"sync/atomic"
	"testing"
	"testing/cryptotest"
	"time"

	"cosmossdk.io/log"
	"github.com/consensys/gnark-crypto/ecc/bn254/twistededwards/eddsa"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/stretchr/testify/require"

	"github.com/seq-network/seq/contracts/bindings/verifier"
	"github.com/seq-network/seq/prover/l1"
	"github.com/seq-network/seq/prover/setup"
	"github.com/seq-network/seq/prover/sidecar"
	"github.com/seq-network/seq/x/checkpoint/sighash"
)

const (
	capacity = 4
	// keySeed is the seed of contracts/src/Verifier.sol's deterministic test keys.
	keySeed = 0x5e9
	chainID = "seq-sidecar-test"
)

var (
	keysOnce sync.Once
	keys     *setup.Keys
)

// testKeys are the keys of the committed test verifier (contracts/README.md), cached where
// the contracts tests cache them.
func testKeys(t *testing.T) *setup.Keys {
	keysOnce.Do(func() {
		root := filepath.Join(t.TempDir(), "keys")
		if dir, err := os.UserCacheDir(); err == nil {
			root = filepath.Join(dir, "seq", "contracts-test-keys", strconv.Itoa(keySeed))
		}
		cryptotest.SetGlobalRandom(t, keySeed)
		k, err := setup.LoadOrSetup(root, capacity)
		require.NoError(t, err)
		keys = k
	})
	require.NotNil(t, keys)
	return keys
}

// fakeChain is the seq chain reduced to what the sidecar reads: a chain of checkpoints signed
// by 4 validators, certified up to `certified`.
type fakeChain struct {
	jobs      []sidecar.Job // jobs[i] is epoch i+1
	certified atomic.Uint64
}

func newFakeChain(t *testing.T, n int) *fakeChain {
	t.Helper()
	rng := rand.NewChaCha8([32]byte{'s', 'i', 'd', 'e'})
	var privs []*eddsa.PrivateKey
	var members []sighash.Member
	for i := 0; i < 4; i++ {
		k, err := sighash.GenerateKey(rng)
		require.NoError(t, err)
		privs = append(privs, k)
		members = append(members, sighash.Member{PubKey: sighash.MarshalPubKey(&k.PublicKey), Power: 10})
	}
	sighash.SortMembers(members)
	byPub := map[string]*eddsa.PrivateKey{}
	for _, k := range privs {
		byPub[string(sighash.MarshalPubKey(&k.PublicKey))] = k
	}
	vh, err := sighash.ValsetHash(members, capacity)
	require.NoError(t, err)
	c := &fakeChain{}
	var prev [32]byte
	for e := uint64(1); e <= uint64(n); e++ {
		f := sighash.Fields{Domain: sighash.Domain(chainID, l1.DefaultChainID), Epoch: e, Height: 4 * e,
			BlockHash: crypto.Keccak256Hash([]byte("b"), []byte{byte(e)}), PrevHash: prev,
			ValsetHash: vh, NextValsetHash: vh, Timestamp: uint64(time.Now().Unix())}
		prev = f.CheckpointHash()
		sigs := make([][]byte, len(members))
		for i, m := range members[:3] { // 3 of 4 sign: 30 of 40 > 2/3
			sigs[i], err = sighash.Sign(byPub[string(m.PubKey)], f.MsgHash())
			require.NoError(t, err)
		}
		c.jobs = append(c.jobs, sidecar.Job{Fields: f, Capacity: capacity, Members: members, Signatures: sigs, CertifiedAt: time.Now()})
	}
	c.certified.Store(uint64(n))
	return c
}

func (c *fakeChain) LatestCertified(context.Context) (uint64, error) { return c.certified.Load(), nil }

func (c *fakeChain) Job(_ context.Context, epoch uint64) (sidecar.Job, error) {
	if epoch == 0 || epoch > c.certified.Load() {
		return sidecar.Job{}, sidecar.ErrNotCertified
	}
	return c.jobs[epoch-1], nil
}

// env is a dev L1 (in process, mining every 50 ms) with the test verifier and a registry
// anchored at the fake chain's genesis.
type env struct {
	t     *testing.T
	dev   *l1.Devnet
	reg   *l1.Registry
	chain *fakeChain
	store *sidecar.Store
	block uint64
}

func newEnv(t *testing.T, epochs int) *env {
	t.Helper()
	dev, err := l1.StartDevnet(l1.DevnetConfig{Addr: "127.0.0.1:0", BlockTime: 50 * time.Millisecond})
	require.NoError(t, err)
	t.Cleanup(func() { require.NoError(t, dev.Close()) })
	ctx := context.Background()
	c, err := l1.Dial(ctx, dev.URL())
	require.NoError(t, err)
	t.Cleanup(c.Close)
	c.Backoff = l1.Backoff{Initial: 20 * time.Millisecond, Max: 200 * time.Millisecond}
	chain := newFakeChain(t, epochs)
	dep, err := l1.Deploy(ctx, c, dev.Accounts()[0].Key, l1.DeployParams{
		VerifierBin: common.FromHex(verifier.VerifierMetaData.Bin), Domain: chain.jobs[0].Fields.Domain,
		Anchor: l1.Anchor{ValsetHash: chain.jobs[0].Fields.ValsetHash}, ExclusiveWindow: 30,
	})
	require.NoError(t, err)
	store, err := sidecar.NewStore(t.TempDir())
	require.NoError(t, err)
	return &env{t: t, dev: dev, reg: l1.NewRegistry(c, dep.Registry), chain: chain, store: store, block: dep.Block}
}

func (e *env) l1(acct int) sidecar.RegistryL1 {
	return sidecar.RegistryL1{Reg: e.reg, Key: e.dev.Accounts()[acct].Key}
}

func (e *env) sidecar(l sidecar.L1) *sidecar.Sidecar {
	cfg := sidecar.Config{Workers: 2, PollInterval: 20 * time.Millisecond, ResendInterval: 2 * time.Second,
		Backoff: l1.Backoff{Initial: 20 * time.Millisecond, Max: 200 * time.Millisecond}}
	return sidecar.New(cfg, e.chain, l, sidecar.KeysProver{Keys: testKeys(e.t)}, e.store, nil, log.NewNopLogger())
}

// runUntil runs s until the registry reaches epoch (returning nil) or Run returns first.
func (e *env) runUntil(s *sidecar.Sidecar, epoch uint64) error {
	e.t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 90*time.Second)
	defer cancel()
	done := make(chan error, 1)
	go func() { done <- s.Run(ctx) }()
	for {
		select {
		case err := <-done:
			return err
		case <-time.After(50 * time.Millisecond):
		}
		if got, err := e.reg.LatestEpoch(ctx); err == nil && got >= epoch {
			cancel()
			return <-done
		}
		if ctx.Err() != nil {
			e.t.Fatalf("registry did not reach epoch %d", epoch)
		}
	}
}

// events returns the epochs of CheckpointSubmitted, in log order, with their tx hashes.
func (e *env) events() ([]uint64, []common.Hash) {
	e.t.Helper()
	evs, err := e.reg.SubmittedEvents(context.Background(), e.block)
	require.NoError(e.t, err)
	var epochs []uint64
	for _, ev := range evs {
		epochs = append(epochs, ev.Epoch)
	}
	logs, err := e.reg.Client.FilterLogs(context.Background(), filterQuery(e))
	require.NoError(e.t, err)
	var txs []common.Hash
	for _, l := range logs {
		txs = append(txs, l.TxHash)
	}
	return epochs, txs
}

func seq(n uint64) []uint64 {
	out := make([]uint64, n)
	for i := range out {
		out[i] = uint64(i + 1)
	}
	return out
}

// TestRunPostsInOrder: a backlog of 5 certified epochs is proven (2 at a time) and posted in
// order, each exactly once.
func TestRunPostsInOrder(t *testing.T) {
	e := newEnv(t, 5)
	require.NoError(t, e.runUntil(e.sidecar(e.l1(1)), 5))
	epochs, _ := e.events()
	require.Equal(t, seq(5), epochs)
	p, err := e.store.Load()
	require.NoError(t, err)
	// Run was stopped as soon as epoch 5 was on L1: its receipt may not have been recorded yet,
	// in which case the signed tx is still pending and the next run settles it.
	if p.Pending != nil {
		require.EqualValues(t, 5, p.Pending.Epoch)
		require.EqualValues(t, 4, p.LastPosted)
	} else {
		require.EqualValues(t, 5, p.LastPosted)
	}
}

var errCrash = errors.New("crash")

// TestCrashPoints kills the loop (the hook returns, as SIGKILL would stop it) right after
// proving, after persisting the signed tx, and after sending it; a fresh run on the same
// progress file finishes without a gap or a second submission, and re-uses the persisted tx.
func TestCrashPoints(t *testing.T) {
	crashAt := func(h *sidecar.Hooks, name string, f func(uint64) error) {
		switch name {
		case "after-prove":
			h.AfterProve = f
		case "after-persist":
			h.AfterPersist = f
		case "after-send":
			h.AfterSend = f
		}
	}
	for _, point := range []string{"after-prove", "after-persist", "after-send"} {
		t.Run(point, func(t *testing.T) {
			e := newEnv(t, 4)
			s := e.sidecar(e.l1(1))
			crashAt(&s.Hooks, point, func(epoch uint64) error {
				if epoch == 2 {
					return errCrash
				}
				return nil
			})
			require.ErrorIs(t, e.runUntil(s, 4), errCrash)
			before, err := e.store.Load()
			require.NoError(t, err)
			if point != "after-prove" {
				require.NotNil(t, before.Pending, "the signed tx is persisted before it is sent")
				require.EqualValues(t, 2, before.Pending.Epoch)
			}
			time.Sleep(300 * time.Millisecond) // a sent tx gets mined while the sidecar is down

			require.NoError(t, e.runUntil(e.sidecar(e.l1(1)), 4))
			epochs, txs := e.events()
			require.Equal(t, seq(4), epochs)
			if before.Pending != nil {
				require.Equal(t, before.Pending.Hash, txs[1], "epoch 2 landed through the persisted tx")
			}
		})
	}
}

// flakyL1 fails every other call of each kind with a transient error, and on Send sometimes
// loses the response after the tx was actually sent.
type flakyL1 struct {
	sidecar.L1
	n atomic.Int64
}

var errTransient = errors.New("dial tcp 127.0.0.1:8545: connect: connection refused")

func (f *flakyL1) fail() bool { return f.n.Add(1)%2 == 0 }

func (f *flakyL1) LatestEpoch(ctx context.Context) (uint64, error) {
	if f.fail() {
		return 0, errTransient
	}
	return f.L1.LatestEpoch(ctx)
}

func (f *flakyL1) Send(ctx context.Context, tx *types.Transaction) error {
	if f.fail() {
		if err := f.L1.Send(ctx, tx); err != nil {
			return err
		}
		return errTransient // sent, but the response was lost
	}
	return f.L1.Send(ctx, tx)
}

func (f *flakyL1) Receipt(ctx context.Context, h common.Hash) (*types.Receipt, error) {
	if f.fail() {
		return nil, errTransient
	}
	return f.L1.Receipt(ctx, h)
}

// TestL1Errors: with half of the L1 calls failing (including sends whose response is lost),
// every epoch still lands exactly once and in order.
func TestL1Errors(t *testing.T) {
	e := newEnv(t, 4)
	require.NoError(t, e.runUntil(e.sidecar(&flakyL1{L1: e.l1(1)}), 4))
	epochs, _ := e.events()
	require.Equal(t, seq(4), epochs)
}

// TestDropsEpochsAlreadyOnL1: another poster lands epochs 1–2 first; the sidecar resumes at 3
// and never re-posts 1–2, also when it is behind on certification.
func TestDropsEpochsAlreadyOnL1(t *testing.T) {
	e := newEnv(t, 4)
	e.chain.certified.Store(2)
	require.NoError(t, e.runUntil(e.sidecar(e.l1(2)), 2)) // the other poster
	e.chain.certified.Store(4)
	require.NoError(t, e.runUntil(e.sidecar(e.l1(1)), 4))
	epochs, _ := e.events()
	require.Equal(t, seq(4), epochs)
}

// TestStoreRoundTrip: the progress file survives a reload, and a foreign registry is refused.
func TestStoreRoundTrip(t *testing.T) {
	st, err := sidecar.NewStore(t.TempDir())
	require.NoError(t, err)
	p := sidecar.Progress{ChainID: 1337, Registry: common.HexToAddress("0x01"), LastPosted: 7,
		Pending: &sidecar.PendingTx{Epoch: 8, Hash: common.HexToHash("0x02"), Nonce: 3, Raw: []byte{1, 2}}}
	require.NoError(t, st.Save(p))
	got, err := st.Load()
	require.NoError(t, err)
	p.Version = got.Version
	require.Equal(t, p, got)

	e := newEnv(t, 1)
	e.store = st
	err = e.sidecar(e.l1(1)).Run(context.Background())
	require.ErrorIs(t, err, sidecar.ErrFatal)
}
