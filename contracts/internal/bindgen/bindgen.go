// Package bindgen generates the abigen v2 bindings of contracts/build in
// process, with go-ethereum's own generator (abigen.BindV2, the code behind
// `abigen --v2`). The go:generate line in contracts/bindings and the
// TestBindingsUpToDate test both call [Generate], so they cannot disagree.
package bindgen

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"

	"github.com/ethereum/go-ethereum/accounts/abi/abigen"
)

// Target is one contract of contracts/build and the Go package its binding lives in.
type Target struct {
	Contract string // build/<Contract>.abi and .bin
	Pkg      string // bindings/<Pkg>/bindings.go
}

// Targets lists every binding in contracts/bindings.
var Targets = []Target{
	{Contract: "CheckpointRegistry", Pkg: "registry"},
	{Contract: "Verifier", Pkg: "verifier"},
	{Contract: "EcdsaMultisigBaseline", Pkg: "baseline"},
}

// Generate returns the bindings of every target, keyed by path relative to
// contracts/bindings (e.g. "registry/bindings.go").
func Generate(buildDir string) (map[string][]byte, error) {
	out := make(map[string][]byte, len(Targets))
	for _, t := range Targets {
		abiJSON, err := os.ReadFile(filepath.Join(buildDir, t.Contract+".abi"))
		if err != nil {
			return nil, fmt.Errorf("bindgen: %w", err)
		}
		bin, err := os.ReadFile(filepath.Join(buildDir, t.Contract+".bin"))
		if err != nil {
			return nil, fmt.Errorf("bindgen: %w", err)
		}
		code, err := abigen.BindV2(
			[]string{t.Contract}, []string{string(abiJSON)}, []string{strings.TrimSpace(string(bin))},
			t.Pkg, nil, nil,
		)
		if err != nil {
			return nil, fmt.Errorf("bindgen: %s: %w", t.Contract, err)
		}
		out[filepath.Join(t.Pkg, "bindings.go")] = []byte(code)
	}
	return out, nil
}
