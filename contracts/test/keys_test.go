package test

import (
	"bytes"
	"flag"
	"os"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/require"
)

var update = flag.Bool("update", false, "rewrite contracts/src/Verifier.sol from the deterministic test keys")

// TestVerifierUpToDate checks that contracts/src/Verifier.sol is the gnark
// export of the deterministic test keys, so the deployed verifier accepts the
// proofs these tests make. After a circuit change: `go test ./contracts/test
// -run TestVerifierUpToDate -update`, then contracts/gen.sh.
func TestVerifierUpToDate(t *testing.T) {
	var buf bytes.Buffer
	require.NoError(t, testKeys(t, testCapacity).ExportSolidity(&buf))
	path := filepath.Join("..", "src", "Verifier.sol")
	if *update {
		require.NoError(t, os.WriteFile(path, buf.Bytes(), 0o644))
	}
	committed, err := os.ReadFile(path)
	require.NoError(t, err)
	require.Equal(t, string(committed), buf.String(),
		"src/Verifier.sol is not the verifier of the test keys: rerun with -update, then contracts/gen.sh")
}
