package load

import (
	"context"
	"crypto/rand"
	"encoding/hex"
	"fmt"
	"strconv"
)

// MinRawTxSize is the smallest raw tx: a key of a few characters, "=" and at
// least two value characters.
const MinRawTxSize = 32

// RawSource builds plain "key=value" transactions for CometBFT's kvstore
// example app, the baseline against which seqd is measured. Keys are unique
// per run (worker, sequence and a random run nonce), so no tx is ever a
// duplicate of one in a node's mempool cache or committed by an earlier run.
type RawSource struct {
	size  int
	nonce string
	seqs  []uint64 // per worker; only worker w touches seqs[w]
}

var _ TxSource = (*RawSource)(nil)

// NewRawSource returns a source of raw txs of exactly size bytes.
func NewRawSource(size int) (*RawSource, error) {
	if size < MinRawTxSize {
		return nil, fmt.Errorf("raw tx size %d below minimum %d", size, MinRawTxSize)
	}
	var n [4]byte
	if _, err := rand.Read(n[:]); err != nil {
		return nil, fmt.Errorf("run nonce: %w", err)
	}
	return &RawSource{size: size, nonce: hex.EncodeToString(n[:])}, nil
}

// Name implements TxSource.
func (s *RawSource) Name() string { return "raw" }

// Prepare implements TxSource; raw txs need no accounts.
func (s *RawSource) Prepare(_ context.Context, workers int) error {
	s.seqs = make([]uint64, workers)
	return nil
}

// Next implements TxSource.
func (s *RawSource) Next(_ context.Context, worker int) (Tx, error) {
	seq := s.seqs[worker]
	s.seqs[worker]++
	tx, err := RawTx(s.size, worker, seq, s.nonce)
	if err != nil {
		return Tx{}, err
	}
	return Tx{Bytes: tx, Blobs: 1, PayloadBytes: len(tx)}, nil
}

// OnResult implements TxSource; a raw tx needs no follow-up.
func (s *RawSource) OnResult(int, CheckResult) {}

// RawTx returns "w<worker>-<seq>-<nonce>=<hex random>" padded with random hex
// to exactly size bytes. Hex keeps the value free of the '=' and ':' that
// kvstore uses as separators.
func RawTx(size, worker int, seq uint64, nonce string) ([]byte, error) {
	key := "w" + strconv.Itoa(worker) + "-" + strconv.FormatUint(seq, 10) + "-" + nonce
	valueLen := size - len(key) - 1
	if valueLen < 2 {
		return nil, fmt.Errorf("raw tx size %d too small for key %q", size, key)
	}
	random := make([]byte, (valueLen+1)/2)
	if _, err := rand.Read(random); err != nil {
		return nil, fmt.Errorf("random value: %w", err)
	}
	tx := make([]byte, 0, size)
	tx = append(tx, key...)
	tx = append(tx, '=')
	tx = hex.AppendEncode(tx, random)
	return tx[:size], nil
}
