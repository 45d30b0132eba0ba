package l1

import (
	"bytes"
	"encoding/json"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"

	"github.com/ethereum/go-ethereum/common"
)

// CompileVerifier compiles a gnark-exported Verifier.sol with the repository's pinned solc-js
// and settings (contracts/scripts/build.js --compile; needs node and contracts/node_modules),
// so a deployed verifier is byte-for-byte what contracts/ would build.
func CompileVerifier(contractsDir, solFile string) ([]byte, error) {
	contractsDir, err := filepath.Abs(contractsDir)
	if err != nil {
		return nil, fmt.Errorf("l1: contracts dir: %w", err)
	}
	if solFile, err = filepath.Abs(solFile); err != nil {
		return nil, fmt.Errorf("l1: verifier source: %w", err)
	}
	script := filepath.Join(contractsDir, "scripts", "build.js")
	if _, err := os.Stat(script); err != nil {
		return nil, fmt.Errorf("l1: solc script: %w", err)
	}
	var stdout, stderr bytes.Buffer
	cmd := exec.Command("node", script, "--compile", solFile, "Verifier")
	cmd.Dir, cmd.Stdout, cmd.Stderr = contractsDir, &stdout, &stderr
	if err := cmd.Run(); err != nil {
		return nil, fmt.Errorf("l1: compile %s: %w: %s", solFile, err, stderr.String())
	}
	var out struct{ Bin string }
	if err := json.Unmarshal(stdout.Bytes(), &out); err != nil || out.Bin == "" {
		return nil, fmt.Errorf("l1: compile %s: unexpected output %.200q: %v", solFile, stdout.String(), err)
	}
	return common.FromHex(out.Bin), nil
}
