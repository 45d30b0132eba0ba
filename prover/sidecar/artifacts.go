package sidecar

import (
	"encoding/base64"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"

	"github.com/ethereum/go-ethereum/common"

	"github.com/seq-network/seq/prover/circuits/quorum"
	"github.com/seq-network/seq/prover/l1"
	"github.com/seq-network/seq/prover/setup"
)

// Files written next to setup's cache (setup.Dir) by PrepareArtifacts.
const (
	VerifierBinFile    = "Verifier.bin"         // compiled creation bytecode of setup.SolidityFile
	GenesisSnippetFile = "genesis-snippet.json" // verifying key for x/prover genesis
)

// Artifacts are the keys of one capacity plus the verifier bytecode to deploy.
type Artifacts struct {
	Keys        *setup.Keys
	Dir         string
	VerifierBin []byte
}

// PrepareArtifacts loads or creates the keys of capacity under root, compiles their Solidity
// verifier once (cached as Verifier.bin; contractsDir empty skips compiling), and writes the
// genesis snippet. progress receives one line per stage.
func PrepareArtifacts(root string, capacity int, contractsDir string, progress func(string)) (*Artifacts, error) {
	dir := setup.Dir(root, capacity)
	progress(fmt.Sprintf("keys: capacity %d under %s (setup runs only when the cache is missing or stale)", capacity, dir))
	keys, err := setup.LoadOrSetup(root, capacity)
	if err != nil {
		return nil, err
	}
	progress(fmt.Sprintf("keys ready: %d constraints", keys.CCS.GetNbConstraints()))
	a := &Artifacts{Keys: keys, Dir: dir}
	if a.VerifierBin, err = verifierBin(dir, contractsDir, progress); err != nil {
		return nil, err
	}
	return a, writeGenesisSnippet(a)
}

// verifierBin returns the cached bytecode when it was compiled from the current Verifier.sol.
func verifierBin(dir, contractsDir string, progress func(string)) ([]byte, error) {
	binPath := filepath.Join(dir, VerifierBinFile)
	sol := filepath.Join(dir, setup.SolidityFile)
	if bin, err := os.ReadFile(binPath); err == nil && newer(binPath, sol) {
		return common.FromHex(strings.TrimSpace(string(bin))), nil
	}
	if contractsDir == "" {
		return nil, nil
	}
	progress("compiling " + sol + " with solc-js")
	bin, err := l1.CompileVerifier(contractsDir, sol)
	if err != nil {
		return nil, err
	}
	if err := os.WriteFile(binPath, []byte(hex.EncodeToString(bin)+"\n"), 0o644); err != nil {
		return nil, fmt.Errorf("sidecar: write %s: %w", binPath, err)
	}
	return bin, nil
}

func newer(a, b string) bool {
	sa, errA := os.Stat(a)
	sb, errB := os.Stat(b)
	return errA == nil && errB == nil && !sa.ModTime().Before(sb.ModTime())
}

// LoadVerifierBin reads the compiled verifier of a capacity's cache directory.
func LoadVerifierBin(root string, capacity int) ([]byte, error) {
	bz, err := os.ReadFile(filepath.Join(setup.Dir(root, capacity), VerifierBinFile))
	if errors.Is(err, os.ErrNotExist) {
		return nil, fmt.Errorf("sidecar: no compiled verifier for capacity %d: run `seq-prover setup --capacity %d --contracts <repo>/contracts`", capacity, capacity)
	}
	if err != nil {
		return nil, fmt.Errorf("sidecar: read verifier: %w", err)
	}
	return common.FromHex(strings.TrimSpace(string(bz))), nil
}

// writeGenesisSnippet writes the verifying key in the shape x/prover's genesis params will
// take (DESIGN.md §6–7): {"prover":{"params":{"capacity":N,"circuit_version":…,"verifying_key":base64}}}.
func writeGenesisSnippet(a *Artifacts) error {
	var vk strings.Builder
	enc := base64.NewEncoder(base64.StdEncoding, &vk)
	if _, err := a.Keys.VK.WriteTo(enc); err != nil {
		return fmt.Errorf("sidecar: encode vk: %w", err)
	}
	if err := enc.Close(); err != nil {
		return fmt.Errorf("sidecar: encode vk: %w", err)
	}
	snippet := map[string]any{"prover": map[string]any{"params": map[string]any{
		"capacity": a.Keys.Capacity, "circuit_version": quorum.Version, "verifying_key": vk.String()}}}
	bz, err := json.MarshalIndent(snippet, "", "  ")
	if err != nil {
		return fmt.Errorf("sidecar: genesis snippet: %w", err)
	}
	return os.WriteFile(filepath.Join(a.Dir, GenesisSnippetFile), append(bz, '\n'), 0o644)
}
