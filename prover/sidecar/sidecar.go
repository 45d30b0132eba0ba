// Package sidecar is seq-prover's follow → prove → post loop (DESIGN.md §10): it follows
// seqd's certified checkpoints, proves each quorum certificate with Groth16 and posts the
// checkpoints to the L1 CheckpointRegistry strictly in epoch order, persisting enough to never
// post an epoch twice or skip one, across crashes and L1 outages. See README.md.
package sidecar

import (
	"context"
	"errors"
	"fmt"
	"math/big"
	"sync"
	"time"

	"cosmossdk.io/log"
	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/seq-network/seq/prover/l1"
)

// Config tunes the loop; zero values take the defaults.
type Config struct {
	// Workers bounds the checkpoints proven at once when behind (default 2).
	Workers int
	// PollInterval paces polling seqd when nothing is certified (default 500 ms).
	PollInterval time.Duration
	// ResendInterval re-broadcasts a sent tx that is still not mined after it (default 30 s).
	ResendInterval time.Duration
	// Backoff paces retries of a failed step (default l1.DefaultBackoff).
	Backoff l1.Backoff
}

func (c *Config) setDefaults() {
	if c.Workers <= 0 {
		c.Workers = 2
	}
	if c.PollInterval <= 0 {
		c.PollInterval = 500 * time.Millisecond
	}
	if c.ResendInterval <= 0 {
		c.ResendInterval = 30 * time.Second
	}
	if c.Backoff.Initial <= 0 {
		c.Backoff = l1.DefaultBackoff
	}
}

// Hooks are crash points for tests: a hook returning an error makes Run return that error at
// once, leaving the persisted state exactly as a process killed there would.
type Hooks struct {
	AfterProve   func(epoch uint64) error // proof ready, nothing persisted or sent
	AfterPersist func(epoch uint64) error // signed tx persisted, not sent
	AfterSend    func(epoch uint64) error // tx sent, receipt not seen
}

// ErrFatal marks errors Run does not retry (wrong registry, L1 behind local progress).
var ErrFatal = errors.New("sidecar: fatal")

// errHook wraps a hook's error so that Run returns it instead of retrying.
type errHook struct{ err error }

func (e errHook) Error() string { return "sidecar: hook: " + e.err.Error() }
func (e errHook) Unwrap() error { return e.err }

// Sidecar is one run of the loop.
type Sidecar struct {
	cfg    Config
	src    Source
	l1     L1
	prover Prover
	store  *Store
	m      *Metrics
	log    log.Logger
	// Hooks are test crash points (nil in production).
	Hooks Hooks

	prog  Progress
	tasks map[uint64]*task
	wg    sync.WaitGroup
}

// task is the proof of one epoch, computed in the background.
type task struct {
	epoch uint64
	done  chan struct{}
	job   Job
	proof [8]*big.Int
	dur   time.Duration
	err   error
}

// New wires a sidecar; m may be nil (metrics are then kept but not served).
func New(cfg Config, src Source, l L1, p Prover, store *Store, m *Metrics, logger log.Logger) *Sidecar {
	cfg.setDefaults()
	if m == nil {
		m = NewMetrics()
	}
	return &Sidecar{cfg: cfg, src: src, l1: l, prover: p, store: store, m: m, log: logger, tasks: map[uint64]*task{}}
}

// Run loops until ctx ends (returning nil), a fatal error or a hook's error.
func (s *Sidecar) Run(ctx context.Context) error {
	defer s.wg.Wait()
	if err := s.load(); err != nil {
		return err
	}
	s.log.Info("sidecar started", "registry", s.l1.Registry(), "poster", s.l1.Poster(),
		"last_posted", s.prog.LastPosted, "pending", s.prog.Pending != nil, "progress", s.store.Path())
	failures := 0
	for ctx.Err() == nil {
		err := s.step(ctx)
		if err == nil {
			failures = 0
			continue
		}
		var h errHook
		if errors.As(err, &h) || errors.Is(err, ErrFatal) {
			return err
		}
		if ctx.Err() != nil {
			break
		}
		failures++
		s.m.Retries.WithLabelValues("step").Inc()
		s.log.Error("step failed, retrying", "err", err, "attempt", failures)
		sleep(ctx, s.cfg.Backoff.Delay(failures))
	}
	return nil
}

// load reads the progress file and checks it belongs to this registry.
func (s *Sidecar) load() error {
	p, err := s.store.Load()
	if err != nil {
		return fmt.Errorf("%w: %w", ErrFatal, err)
	}
	if p.Registry == (common.Address{}) {
		p.Registry, p.ChainID = s.l1.Registry(), s.l1.ChainID()
	}
	if p.Registry != s.l1.Registry() || p.ChainID != s.l1.ChainID() {
		return fmt.Errorf("%w: %s holds progress for registry %s on chain %d, not %s on %d (use another --home)",
			ErrFatal, s.store.Path(), p.Registry, p.ChainID, s.l1.Registry(), s.l1.ChainID())
	}
	s.prog = p
	return s.store.Save(p)
}

// step does one unit of work: settle a pending tx, or post the next epoch once proven.
func (s *Sidecar) step(ctx context.Context) error {
	if s.prog.Pending != nil {
		return s.resolvePending(ctx)
	}
	next, err := s.resync(ctx)
	if err != nil {
		return err
	}
	certified, err := s.src.LatestCertified(ctx)
	if err != nil {
		return err
	}
	s.m.LastCertified.Set(float64(certified))
	s.m.Lag.Set(float64(certified) - float64(next-1))
	s.startProofs(ctx, next, certified)
	t, ok := s.tasks[next]
	if !ok {
		sleep(ctx, s.cfg.PollInterval)
		return nil
	}
	select {
	case <-t.done:
	case <-ctx.Done():
		return nil
	}
	if t.err != nil {
		delete(s.tasks, next) // proven again on the next step
		return t.err
	}
	if err := hook(s.Hooks.AfterProve, next); err != nil {
		return err
	}
	return s.post(ctx, t)
}

// resync reads the registry's latest epoch, the truth about what is on L1, and returns the
// epoch to post next. Proofs of epochs already there are dropped, never posted.
func (s *Sidecar) resync(ctx context.Context) (uint64, error) {
	latest, err := s.l1.LatestEpoch(ctx)
	if err != nil {
		return 0, err
	}
	if latest < s.prog.LastPosted {
		return 0, fmt.Errorf("%w: registry %s is at epoch %d but this sidecar saw %d posted: the L1 lost state (a restarted dev L1?); redeploy and use a fresh --home",
			ErrFatal, s.l1.Registry(), latest, s.prog.LastPosted)
	}
	if latest > s.prog.LastPosted {
		s.prog.LastPosted = latest
		if err := s.store.Save(s.prog); err != nil {
			return 0, err
		}
	}
	s.m.LastPosted.Set(float64(latest))
	for e, t := range s.tasks {
		if e <= latest {
			s.dropTask(t)
		}
	}
	return latest + 1, nil
}

// dropTask forgets the proof of an epoch the registry already has.
func (s *Sidecar) dropTask(t *task) {
	delete(s.tasks, t.epoch)
	select {
	case <-t.done:
		if t.err == nil {
			s.m.DroppedProofs.Inc()
			s.log.Info("dropping proof: epoch already on L1", "epoch", t.epoch)
		}
	default: // still proving; its result is never looked at
	}
}

// startProofs starts proving the certified epochs of the window [next, next+Workers).
func (s *Sidecar) startProofs(ctx context.Context, next, certified uint64) {
	for e := next; e <= certified && e < next+uint64(s.cfg.Workers); e++ {
		if _, ok := s.tasks[e]; ok {
			continue
		}
		t := &task{epoch: e, done: make(chan struct{})}
		s.tasks[e] = t
		s.wg.Add(1)
		go s.prove(ctx, t)
	}
}

// prove builds the witness of t.epoch from chain state and proves it.
func (s *Sidecar) prove(ctx context.Context, t *task) {
	defer s.wg.Done()
	defer close(t.done)
	start := time.Now()
	t.job, t.err = s.src.Job(ctx, t.epoch)
	if t.err != nil {
		return
	}
	t.proof, t.err = s.prover.Prove(ctx, t.job, s.l1.Poster())
	t.dur = time.Since(start)
	if t.err != nil {
		return
	}
	s.m.ProveSeconds.Observe(t.dur.Seconds())
	s.m.LastProven.Set(float64(t.epoch)) // approximate under parallel proving; posting is what counts
	s.log.Info("proved checkpoint", "epoch", t.epoch, "height", t.job.Fields.Height, "prove_s", t.dur.Seconds())
}

// post submits t's proof: sign, persist the signed tx, send, wait for the receipt.
func (s *Sidecar) post(ctx context.Context, t *task) error {
	tx, err := s.l1.Build(ctx, t.job.Fields, t.proof)
	if err != nil {
		return fmt.Errorf("sidecar: build submit of epoch %d: %w", t.epoch, err)
	}
	raw, err := tx.MarshalBinary()
	if err != nil {
		return fmt.Errorf("sidecar: encode tx: %w", err)
	}
	s.prog.Pending = &PendingTx{Epoch: t.epoch, Hash: tx.Hash(), Nonce: tx.Nonce(), Raw: raw}
	if err := s.store.Save(s.prog); err != nil {
		return err
	}
	if err := hook(s.Hooks.AfterPersist, t.epoch); err != nil {
		return err
	}
	return s.sendAndWait(ctx, tx, t.epoch, t.job.CertifiedAt)
}

// resolvePending settles the persisted tx of a previous step or run: if it was mined, record
// the outcome; if the registry moved past its epoch, forget it; else re-send that same tx.
func (s *Sidecar) resolvePending(ctx context.Context) error {
	p := s.prog.Pending
	tx := new(types.Transaction)
	if err := tx.UnmarshalBinary(p.Raw); err != nil {
		return fmt.Errorf("%w: pending tx of epoch %d: %w", ErrFatal, p.Epoch, err)
	}
	rcpt, err := s.l1.Receipt(ctx, p.Hash)
	if err == nil {
		return s.finish(ctx, tx, rcpt, p.Epoch, time.Time{})
	}
	if !errors.Is(err, ethereum.NotFound) {
		return err
	}
	latest, err := s.l1.LatestEpoch(ctx)
	if err != nil {
		return err
	}
	if latest >= p.Epoch {
		s.log.Info("pending tx superseded: epoch already on L1", "epoch", p.Epoch, "tx", p.Hash)
		return s.clearPending()
	}
	s.log.Info("re-sending persisted tx", "epoch", p.Epoch, "tx", p.Hash, "nonce", p.Nonce)
	return s.sendAndWait(ctx, tx, p.Epoch, time.Time{})
}

// sendAndWait broadcasts tx (again every ResendInterval while unmined) until its receipt.
func (s *Sidecar) sendAndWait(ctx context.Context, tx *types.Transaction, epoch uint64, certifiedAt time.Time) error {
	for {
		if err := s.l1.Send(ctx, tx); err != nil {
			if errors.Is(err, l1.ErrNonceUsed) { // our nonce went to another tx: this one can never land
				s.log.Error("persisted tx can no longer be mined", "epoch", epoch, "tx", tx.Hash(), "err", err)
				return errors.Join(err, s.clearPending())
			}
			return fmt.Errorf("sidecar: send epoch %d: %w", epoch, err)
		}
		if err := hook(s.Hooks.AfterSend, epoch); err != nil {
			return err
		}
		rcpt, err := s.waitReceipt(ctx, tx.Hash())
		if errors.Is(err, ethereum.NotFound) {
			continue
		}
		if err != nil {
			return err
		}
		return s.finish(ctx, tx, rcpt, epoch, certifiedAt)
	}
}

// waitReceipt polls for the receipt for up to ResendInterval (ethereum.NotFound after that).
func (s *Sidecar) waitReceipt(ctx context.Context, hash common.Hash) (*types.Receipt, error) {
	deadline := time.Now().Add(s.cfg.ResendInterval)
	for {
		rcpt, err := s.l1.Receipt(ctx, hash)
		if !errors.Is(err, ethereum.NotFound) || time.Now().After(deadline) {
			return rcpt, err
		}
		if !sleep(ctx, 100*time.Millisecond) {
			return nil, ctx.Err()
		}
	}
}

// finish records a mined tx: success advances LastPosted; a revert clears the pending tx and
// lets the next step re-read the registry (e.g. another poster was first: the proof is dropped).
func (s *Sidecar) finish(ctx context.Context, tx *types.Transaction, rcpt *types.Receipt, epoch uint64, certifiedAt time.Time) error {
	if rerr := s.l1.ReceiptError(ctx, tx, rcpt); rerr != nil {
		s.log.Error("submitCheckpoint reverted", "epoch", epoch, "tx", tx.Hash(), "err", rerr)
		return errors.Join(rerr, s.clearPending())
	}
	s.prog.LastPosted, s.prog.Pending = max(s.prog.LastPosted, epoch), nil
	if err := s.store.Save(s.prog); err != nil {
		return err
	}
	delete(s.tasks, epoch)
	s.m.LastPosted.Set(float64(epoch))
	s.m.SubmittedTotal.Inc()
	s.m.GasUsed.Set(float64(rcpt.GasUsed))
	latency := 0.0
	if !certifiedAt.IsZero() {
		latency = time.Since(certifiedAt).Seconds()
		s.m.CertToL1.Observe(latency)
	}
	s.log.Info("posted checkpoint", "epoch", epoch, "tx", tx.Hash(), "gas", rcpt.GasUsed,
		"l1_block", rcpt.BlockNumber, "certified_to_l1_s", latency)
	return nil
}

func (s *Sidecar) clearPending() error {
	s.prog.Pending = nil
	return s.store.Save(s.prog)
}

// Progress returns a copy of the persisted progress (after Run returned).
func (s *Sidecar) Progress() Progress { return s.prog }

func hook(h func(uint64) error, epoch uint64) error {
	if h == nil {
		return nil
	}
	if err := h(epoch); err != nil {
		return errHook{err}
	}
	return nil
}

// sleep waits d or until ctx ends; it reports whether the full wait happened.
func sleep(ctx context.Context, d time.Duration) bool {
	t := time.NewTimer(d)
	defer t.Stop()
	select {
	case <-ctx.Done():
		return false
	case <-t.C:
		return true
	}
}
