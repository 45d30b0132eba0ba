package sidecar

import (
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"path/filepath"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
)

// ProgressFile is the name of the progress file under the sidecar's home.
const ProgressFile = "progress.json"

// Progress is what the sidecar persists between runs. The registry is the truth about which
// epochs are on L1; Progress only adds what the registry cannot say: the signed transaction
// that may be in flight, so that a restart re-sends that very transaction (same nonce, same
// hash) instead of building a second one for the same epoch.
type Progress struct {
	Version  int            `json:"version"`
	ChainID  uint64         `json:"l1_chain_id"`
	Registry common.Address `json:"registry"`
	// LastPosted is the newest epoch whose submitCheckpoint receipt this sidecar (or another
	// poster, as observed through the registry) has seen succeed.
	LastPosted uint64 `json:"last_posted"`
	// Pending is the signed submitCheckpoint tx persisted before it was sent; nil when none.
	Pending *PendingTx `json:"pending,omitempty"`
}

// PendingTx is a submitCheckpoint transaction that was signed and may have been sent.
type PendingTx struct {
	Epoch uint64        `json:"epoch"`
	Hash  common.Hash   `json:"tx_hash"`
	Nonce uint64        `json:"nonce"`
	Raw   hexutil.Bytes `json:"raw"` // the signed tx (types.Transaction.MarshalBinary)
}

// progressVersion is bumped on an incompatible change of the file format.
const progressVersion = 1

// Store reads and writes Progress atomically in one file.
type Store struct{ path string }

// NewStore keeps the progress in dir/ProgressFile, creating dir.
func NewStore(dir string) (*Store, error) {
	if err := os.MkdirAll(dir, 0o700); err != nil {
		return nil, fmt.Errorf("sidecar: progress dir: %w", err)
	}
	return &Store{path: filepath.Join(dir, ProgressFile)}, nil
}

// Path is the progress file.
func (s *Store) Path() string { return s.path }

// Load returns the stored progress, or a zero Progress if there is none yet.
func (s *Store) Load() (Progress, error) {
	bz, err := os.ReadFile(s.path)
	if errors.Is(err, os.ErrNotExist) {
		return Progress{Version: progressVersion}, nil
	}
	if err != nil {
		return Progress{}, fmt.Errorf("sidecar: read progress: %w", err)
	}
	var p Progress
	if err := json.Unmarshal(bz, &p); err != nil {
		return Progress{}, fmt.Errorf("sidecar: decode %s: %w", s.path, err)
	}
	if p.Version != progressVersion {
		return Progress{}, fmt.Errorf("sidecar: %s has version %d, want %d", s.path, p.Version, progressVersion)
	}
	return p, nil
}

// Save replaces the progress file durably: write a temp file, fsync it, rename it over the old
// one, fsync the directory. A crash at any point leaves either the old or the new file whole.
func (s *Store) Save(p Progress) error {
	p.Version = progressVersion
	bz, err := json.MarshalIndent(p, "", "  ")
	if err != nil {
		return fmt.Errorf("sidecar: encode progress: %w", err)
	}
	tmp := s.path + ".tmp"
	if err := writeSync(tmp, bz); err != nil {
		return err
	}
	if err := os.Rename(tmp, s.path); err != nil {
		return fmt.Errorf("sidecar: rename progress: %w", err)
	}
	return syncDir(filepath.Dir(s.path))
}

func writeSync(path string, bz []byte) error {
	f, err := os.OpenFile(path, os.O_CREATE|os.O_WRONLY|os.O_TRUNC, 0o600)
	if err != nil {
		return fmt.Errorf("sidecar: create %s: %w", path, err)
	}
	if _, err := f.Write(bz); err != nil {
		f.Close()
		return fmt.Errorf("sidecar: write %s: %w", path, err)
	}
	if err := f.Sync(); err != nil {
		f.Close()
		return fmt.Errorf("sidecar: fsync %s: %w", path, err)
	}
	return f.Close()
}

func syncDir(dir string) error {
	d, err := os.Open(dir)
	if err != nil {
		return fmt.Errorf("sidecar: open dir: %w", err)
	}
	defer d.Close()
	if err := d.Sync(); err != nil {
		return fmt.Errorf("sidecar: fsync dir: %w", err)
	}
	return nil
}
