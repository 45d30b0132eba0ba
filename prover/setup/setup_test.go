package setup_test

import (
	"bytes"
	"crypto/rand"
	"math/big"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/consensys/gnark/backend/groth16"
	"github.com/ethereum/go-ethereum/common"
	"github.com/stretchr/testify/require"

	"github.com/seq-network/seq/prover/circuits/quorum"
	"github.com/seq-network/seq/prover/circuits/quorum/quorumtest"
	"github.com/seq-network/seq/prover/setup"
)

// capacity 2 keeps setup + prove to a few seconds while exercising padding-free slots.
const testCapacity = 2

func TestSetupProveVerify(t *testing.T) {
	root := t.TempDir()
	keys, err := setup.LoadOrSetup(root, testCapacity)
	require.NoError(t, err)

	prover := common.HexToAddress("0x00000000000000000000000000000000c0ffee01")
	cert, err := quorumtest.Certificate(rand.Reader, testCapacity, testCapacity, testCapacity, quorumtest.Fields(3, prover))
	require.NoError(t, err)
	st, err := quorum.Native(cert)
	require.NoError(t, err)
	assignment, err := quorum.Assign(cert)
	require.NoError(t, err)

	proof, err := keys.Prove(assignment)
	require.NoError(t, err)
	require.NoError(t, keys.Verify(proof, st))

	// Every public input is bound: in particular a different prover address
	// (the watermark) must not verify, nor a different message or valset.
	tamper := func(f func(*quorum.Statement)) quorum.Statement {
		s := quorum.Statement{MsgHash: new(big.Int).Set(st.MsgHash), ValsetHash: new(big.Int).Set(st.ValsetHash), Prover: new(big.Int).Set(st.Prover)}
		f(&s)
		return s
	}
	for name, bad := range map[string]quorum.Statement{
		"other prover": tamper(func(s *quorum.Statement) { s.Prover.SetBytes(common.HexToAddress("0xbad").Bytes()) }),
		"other msg":    tamper(func(s *quorum.Statement) { s.MsgHash.Add(s.MsgHash, big.NewInt(1)) }),
		"other valset": tamper(func(s *quorum.Statement) { s.ValsetHash.Add(s.ValsetHash, big.NewInt(1)) }),
	} {
		require.Error(t, keys.Verify(proof, bad), name)
	}

	sp, err := setup.SolidityProof(proof)
	require.NoError(t, err)
	for i, w := range sp {
		require.NotNil(t, w, "word %d", i)
		require.Equal(t, 1, w.Sign(), "word %d", i)
	}
	require.Equal(t, st.Prover, setup.SolidityInputs(st)[2])

	var sol bytes.Buffer
	require.NoError(t, keys.ExportSolidity(&sol))
	require.Contains(t, sol.String(), "uint256[8] calldata proof")
	require.Contains(t, sol.String(), "uint256[3] calldata input")

	testCacheReload(t, root, proof, st)
}

// testCacheReload checks that the cached keys verify the proof made before the
// reload, and that a corrupted cache is refused.
func testCacheReload(t *testing.T, root string, proof groth16.Proof, st quorum.Statement) {
	t.Helper()
	reloaded, err := setup.Load(root, testCapacity)
	require.NoError(t, err)
	require.NoError(t, reloaded.Verify(proof, st))
	dir := setup.Dir(root, testCapacity)
	for _, f := range []string{setup.ManifestFile, setup.ProvingKeyFile, setup.VerifyingKeyFile, setup.SolidityFile} {
		_, err := os.Stat(filepath.Join(dir, f))
		require.NoError(t, err, f)
	}
	sol, err := os.ReadFile(filepath.Join(dir, setup.SolidityFile))
	require.NoError(t, err)
	require.True(t, strings.Contains(string(sol), "function verifyProof("))

	// A corrupted key is detected and LoadOrSetup recomputes instead of using it.
	vkPath := filepath.Join(dir, setup.VerifyingKeyFile)
	b, err := os.ReadFile(vkPath)
	require.NoError(t, err)
	b[len(b)-1] ^= 1
	require.NoError(t, os.WriteFile(vkPath, b, 0o644))
	_, err = setup.Load(root, testCapacity)
	require.ErrorIs(t, err, setup.ErrStaleCache)
}
