// Package keyfile reads and writes a validator's checkpoint key file,
// config/checkpoint_key.json in the node's home (mode 0600). It is used by `seqd init`,
// `seqd checkpoint-key`, the testnet and genesis commands, and by the node's ExtendVote.
package keyfile

import (
	"crypto/rand"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"path/filepath"

	"github.com/consensys/gnark-crypto/ecc/bn254/twistededwards/eddsa"

	"github.com/seq-network/seq/x/checkpoint/sighash"
)

// FileName is the key file's name inside the home's config directory.
const FileName = "checkpoint_key.json"

// KeyType names the scheme in the file, so that a future scheme cannot be misread.
const KeyType = "seq/checkpoint-eddsa-bn254-poseidon2"

// Path returns <home>/config/checkpoint_key.json.
func Path(home string) string { return filepath.Join(home, "config", FileName) }

type fileJSON struct {
	Type    string `json:"type"`
	PubKey  string `json:"pub_key"`  // hex of the 32-byte compressed key
	PrivKey string `json:"priv_key"` // hex of gnark-crypto's eddsa.PrivateKey.Bytes()
}

// Generate creates a new key and writes it to path (0600); it refuses to overwrite a file.
func Generate(path string) (*eddsa.PrivateKey, error) {
	if _, err := os.Stat(path); err == nil {
		return nil, fmt.Errorf("checkpoint key %s already exists", path)
	}
	key, err := sighash.GenerateKey(rand.Reader)
	if err != nil {
		return nil, err
	}
	return key, Save(path, key)
}

// LoadOrGenerate loads the key at path, creating it if the file does not exist.
func LoadOrGenerate(path string) (*eddsa.PrivateKey, error) {
	if _, err := os.Stat(path); errors.Is(err, os.ErrNotExist) {
		return Generate(path)
	}
	return Load(path)
}

// Save writes key to path with mode 0600, creating the directory.
func Save(path string, key *eddsa.PrivateKey) error {
	bz, err := json.MarshalIndent(fileJSON{
		Type:    KeyType,
		PubKey:  hex.EncodeToString(sighash.MarshalPubKey(&key.PublicKey)),
		PrivKey: hex.EncodeToString(key.Bytes()),
	}, "", "  ")
	if err != nil {
		return err
	}
	if err := os.MkdirAll(filepath.Dir(path), 0o700); err != nil {
		return err
	}
	return os.WriteFile(path, append(bz, '\n'), 0o600)
}

// Load reads the key at path and checks that its public part is a valid checkpoint key that
// matches the private key.
func Load(path string) (*eddsa.PrivateKey, error) {
	bz, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	var f fileJSON
	if err := json.Unmarshal(bz, &f); err != nil {
		return nil, fmt.Errorf("checkpoint key %s: %w", path, err)
	}
	if f.Type != KeyType {
		return nil, fmt.Errorf("checkpoint key %s: type %q, want %q", path, f.Type, KeyType)
	}
	raw, err := hex.DecodeString(f.PrivKey)
	if err != nil {
		return nil, fmt.Errorf("checkpoint key %s: priv_key: %w", path, err)
	}
	key := new(eddsa.PrivateKey)
	if _, err := key.SetBytes(raw); err != nil {
		return nil, fmt.Errorf("checkpoint key %s: priv_key: %w", path, err)
	}
	pub := sighash.MarshalPubKey(&key.PublicKey)
	if _, err := sighash.UnmarshalPubKey(pub); err != nil {
		return nil, fmt.Errorf("checkpoint key %s: %w", path, err)
	}
	if f.PubKey != hex.EncodeToString(pub) {
		return nil, fmt.Errorf("checkpoint key %s: pub_key does not match priv_key", path)
	}
	return key, nil
}
