package setup

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"

	"github.com/consensys/gnark-crypto/ecc"
	"github.com/consensys/gnark/backend/groth16"

	"github.com/seq-network/seq/prover/circuits/quorum"
)

// File names inside a capacity's cache directory.
const (
	ManifestFile     = "manifest.json"
	ProvingKeyFile   = "proving.key"
	VerifyingKeyFile = "verifying.key"
	SolidityFile     = "Verifier.sol"
)

// ErrStaleCache is returned by [Load] when the cached artifacts do not match
// the current circuit (version, capacity, constraint system or checksums).
var ErrStaleCache = errors.New("setup: cached artifacts are stale or corrupt")

// Manifest records what a cache directory holds, so that [Load] can refuse
// artifacts of another circuit version, capacity or constraint system.
type Manifest struct {
	CircuitVersion string            `json:"circuit_version"`
	Capacity       int               `json:"capacity"`
	NbConstraints  int               `json:"nb_constraints"`
	CCSDigest      string            `json:"ccs_sha256"` // of the freshly compiled constraint system
	Files          map[string]string `json:"files"`      // name -> sha256
	DevSetup       bool              `json:"dev_setup"`  // true: single-party groth16.Setup, not a ceremony
}

// Dir is the cache directory of a capacity under root: root/<version>/n<capacity>.
func Dir(root string, capacity int) string {
	return filepath.Join(root, quorum.Version, fmt.Sprintf("n%d", capacity))
}

// LoadOrSetup returns the cached keys for capacity under root when they are
// present and valid, and otherwise runs [Setup] and caches the result. A
// localnet restart therefore only pays for compiling the circuit.
func LoadOrSetup(root string, capacity int) (*Keys, error) {
	k, err := Load(root, capacity)
	if err == nil {
		return k, nil
	}
	if !errors.Is(err, os.ErrNotExist) && !errors.Is(err, ErrStaleCache) {
		return nil, err
	}
	if k, err = Setup(capacity); err != nil {
		return nil, err
	}
	if err := k.Save(root); err != nil {
		return nil, err
	}
	return k, nil
}

// Save writes pk, vk, the Solidity verifier and the manifest to Dir(root, capacity).
func (k *Keys) Save(root string) error {
	dir := Dir(root, k.Capacity)
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return fmt.Errorf("setup: create cache dir: %w", err)
	}
	digest, err := ccsDigest(k)
	if err != nil {
		return err
	}
	m := Manifest{
		CircuitVersion: quorum.Version, Capacity: k.Capacity, NbConstraints: k.CCS.GetNbConstraints(),
		CCSDigest: digest, Files: map[string]string{}, DevSetup: true,
	}
	writers := map[string]func(io.Writer) error{
		ProvingKeyFile:   func(w io.Writer) error { _, err := k.PK.WriteRawTo(w); return err },
		VerifyingKeyFile: func(w io.Writer) error { _, err := k.VK.WriteTo(w); return err },
		SolidityFile:     k.ExportSolidity,
	}
	for _, name := range []string{ProvingKeyFile, VerifyingKeyFile, SolidityFile} {
		sum, err := writeFile(filepath.Join(dir, name), writers[name])
		if err != nil {
			return err
		}
		m.Files[name] = sum
	}
	return writeManifest(dir, m)
}

// Load reads the cached keys of capacity under root. It recompiles the
// circuit and returns ErrStaleCache unless version, capacity, constraint-system
// digest and every file checksum match the manifest.
func Load(root string, capacity int) (*Keys, error) {
	dir := Dir(root, capacity)
	m, err := readManifest(dir)
	if err != nil {
		return nil, err
	}
	ccs, err := Compile(capacity)
	if err != nil {
		return nil, err
	}
	k := &Keys{Capacity: capacity, CCS: ccs, PK: groth16.NewProvingKey(ecc.BN254), VK: groth16.NewVerifyingKey(ecc.BN254)}
	digest, err := ccsDigest(k)
	if err != nil {
		return nil, err
	}
	if m.CircuitVersion != quorum.Version || m.Capacity != capacity || m.CCSDigest != digest {
		return nil, fmt.Errorf("%w: %s", ErrStaleCache, dir)
	}
	if err := readChecked(dir, ProvingKeyFile, m, func(r io.Reader) error { _, err := k.PK.UnsafeReadFrom(r); return err }); err != nil {
		return nil, err
	}
	if err := readChecked(dir, VerifyingKeyFile, m, func(r io.Reader) error { _, err := k.VK.ReadFrom(r); return err }); err != nil {
		return nil, err
	}
	return k, nil
}

// ccsDigest fingerprints the constraint system, so that an edit to Define
// without a Version bump still invalidates the cache.
func ccsDigest(k *Keys) (string, error) {
	h := sha256.New()
	if _, err := k.CCS.WriteTo(h); err != nil {
		return "", fmt.Errorf("setup: serialise constraint system: %w", err)
	}
	return hex.EncodeToString(h.Sum(nil)), nil
}

// writeFile writes via a temp file + rename so a crash never leaves a
// half-written key that the checksum would then have to catch.
func writeFile(path string, write func(io.Writer) error) (string, error) {
	var buf bytes.Buffer
	if err := write(&buf); err != nil {
		return "", fmt.Errorf("setup: encode %s: %w", filepath.Base(path), err)
	}
	tmp := path + ".tmp"
	if err := os.WriteFile(tmp, buf.Bytes(), 0o644); err != nil {
		return "", fmt.Errorf("setup: write %s: %w", filepath.Base(path), err)
	}
	if err := os.Rename(tmp, path); err != nil {
		return "", fmt.Errorf("setup: rename %s: %w", filepath.Base(path), err)
	}
	sum := sha256.Sum256(buf.Bytes())
	return hex.EncodeToString(sum[:]), nil
}

func readChecked(dir, name string, m Manifest, decode func(io.Reader) error) error {
	b, err := os.ReadFile(filepath.Join(dir, name))
	if err != nil {
		return fmt.Errorf("setup: read %s: %w", name, err)
	}
	sum := sha256.Sum256(b)
	if hex.EncodeToString(sum[:]) != m.Files[name] {
		return fmt.Errorf("%w: %s checksum mismatch", ErrStaleCache, name)
	}
	if err := decode(bytes.NewReader(b)); err != nil {
		return fmt.Errorf("%w: decode %s: %w", ErrStaleCache, name, err)
	}
	return nil
}

func writeManifest(dir string, m Manifest) error {
	b, err := json.MarshalIndent(m, "", "  ")
	if err != nil {
		return fmt.Errorf("setup: encode manifest: %w", err)
	}
	// The manifest is written last: its presence marks a complete cache.
	_, err = writeFile(filepath.Join(dir, ManifestFile), func(w io.Writer) error { _, err := w.Write(b); return err })
	return err
}

func readManifest(dir string) (Manifest, error) {
	var m Manifest
	b, err := os.ReadFile(filepath.Join(dir, ManifestFile))
	if err != nil {
		return m, fmt.Errorf("setup: read manifest: %w", err)
	}
	if err := json.Unmarshal(b, &m); err != nil {
		return m, fmt.Errorf("%w: manifest: %w", ErrStaleCache, err)
	}
	return m, nil
}
