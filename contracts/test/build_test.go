package test

import (
	"os"
	"os/exec"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/seq-network/seq/contracts/internal/bindgen"
)

// TestBindingsUpToDate regenerates the abigen v2 bindings from contracts/build
// in memory and diffs them with contracts/bindings.
func TestBindingsUpToDate(t *testing.T) {
	files, err := bindgen.Generate(filepath.Join("..", "build"))
	require.NoError(t, err)
	for name, want := range files {
		got, err := os.ReadFile(filepath.Join("..", "bindings", name))
		require.NoError(t, err)
		require.Equal(t, string(want), string(got), "bindings/%s is stale: run `go generate ./contracts/bindings`", name)
	}
}

// TestBuildUpToDate compiles contracts/src with the pinned solc-js and diffs
// the result with the committed contracts/build. It needs node and an
// installed contracts/node_modules (`npm ci` in contracts/); without them it
// skips, since `make test` must not need the npm registry. CI runs `npm ci` first.
func TestBuildUpToDate(t *testing.T) {
	requireSolc(t)
	out, err := exec.Command("node", filepath.Join("..", "scripts", "build.js"), "--check").CombinedOutput()
	require.NoError(t, err, "%s", out)
}

// requireSolc skips the test unless node and the pinned solc-js are installed.
func requireSolc(t *testing.T) {
	t.Helper()
	if _, err := exec.LookPath("node"); err != nil {
		t.Skip("node not found: install Node.js and run `npm ci` in contracts/ to check contracts/build")
	}
	if _, err := os.Stat(filepath.Join("..", "node_modules", "solc", "package.json")); err != nil {
		t.Skip("contracts/node_modules/solc missing: run `npm ci` in contracts/ to check contracts/build")
	}
}
