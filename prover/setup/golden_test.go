package setup_test

import (
	"bytes"
	"crypto/rand"
	"encoding/json"
	"flag"
	"math/big"
	"os"
	"path/filepath"
	"testing"

	"github.com/consensys/gnark-crypto/ecc"
	"github.com/consensys/gnark/backend/groth16"
	"github.com/ethereum/go-ethereum/common"
	"github.com/stretchr/testify/require"

	"github.com/seq-network/seq/prover/circuits/quorum"
	"github.com/seq-network/seq/prover/circuits/quorum/quorumtest"
	"github.com/seq-network/seq/prover/setup"
)

var update = flag.Bool("update", false, "regenerate testdata/ golden vk, proof and Solidity verifier")

// Golden is testdata/golden.json: a proof in the exact form the Solidity
// verifier and x/prover consume, for their own tests.
type Golden struct {
	Capacity int        `json:"capacity"`
	Proof    [8]string  `json:"proof"` // decimal uint256, verifyProof's proof
	Input    [3]string  `json:"input"` // decimal uint256: msgHash, valsetHash, prover
	Prover   string     `json:"prover"`
	Version  string     `json:"circuit_version"`
	Fields   goldenInfo `json:"checkpoint"`
}

type goldenInfo struct {
	Epoch   uint64 `json:"epoch"`
	MsgHash string `json:"msg_hash"`
}

const goldenDir = "testdata"

// TestGolden verifies the committed golden proof against the committed vk;
// `go test ./prover/setup -run TestGolden -update` regenerates both.
func TestGolden(t *testing.T) {
	if *update {
		writeGolden(t)
	}
	vk := groth16.NewVerifyingKey(ecc.BN254)
	b, err := os.ReadFile(filepath.Join(goldenDir, setup.VerifyingKeyFile))
	require.NoError(t, err)
	_, err = vk.ReadFrom(bytes.NewReader(b))
	require.NoError(t, err)
	proof := groth16.NewProof(ecc.BN254)
	pb, err := os.ReadFile(filepath.Join(goldenDir, "proof.bin"))
	require.NoError(t, err)
	_, err = proof.ReadFrom(bytes.NewReader(pb))
	require.NoError(t, err)

	var g Golden
	gb, err := os.ReadFile(filepath.Join(goldenDir, "golden.json"))
	require.NoError(t, err)
	require.NoError(t, json.Unmarshal(gb, &g))
	st := quorum.Statement{MsgHash: dec(t, g.Input[0]), ValsetHash: dec(t, g.Input[1]), Prover: dec(t, g.Input[2])}
	require.NoError(t, setup.Verify(vk, proof, st))
	sp, err := setup.SolidityProof(proof)
	require.NoError(t, err)
	for i := range sp {
		require.Equal(t, g.Proof[i], sp[i].String(), "proof word %d", i)
	}
	st.Prover = new(big.Int).Add(st.Prover, big.NewInt(1))
	require.Error(t, setup.Verify(vk, proof, st))
}

func dec(t *testing.T, s string) *big.Int {
	t.Helper()
	v, ok := new(big.Int).SetString(s, 10)
	require.True(t, ok, s)
	return v
}

func writeGolden(t *testing.T) {
	keys, err := setup.Setup(testCapacity)
	require.NoError(t, err)
	prover := common.HexToAddress("0x00000000000000000000000000000000c0ffee01")
	fields := quorumtest.Fields(5, prover)
	cert, err := quorumtest.Certificate(rand.Reader, testCapacity, testCapacity, testCapacity, fields)
	require.NoError(t, err)
	st, err := quorum.Native(cert)
	require.NoError(t, err)
	a, err := quorum.Assign(cert)
	require.NoError(t, err)
	proof, err := keys.Prove(a)
	require.NoError(t, err)
	sp, err := setup.SolidityProof(proof)
	require.NoError(t, err)

	g := Golden{Capacity: testCapacity, Prover: prover.Hex(), Version: quorum.Version,
		Fields: goldenInfo{Epoch: fields.Epoch, MsgHash: st.MsgHash.String()}}
	for i := range sp {
		g.Proof[i] = sp[i].String()
	}
	for i, v := range setup.SolidityInputs(st) {
		g.Input[i] = v.String()
	}
	require.NoError(t, os.MkdirAll(goldenDir, 0o755))
	var vk, pb, sol bytes.Buffer
	_, err = keys.VK.WriteTo(&vk)
	require.NoError(t, err)
	_, err = proof.WriteTo(&pb)
	require.NoError(t, err)
	require.NoError(t, keys.ExportSolidity(&sol))
	gj, err := json.MarshalIndent(g, "", "  ")
	require.NoError(t, err)
	for name, data := range map[string][]byte{
		setup.VerifyingKeyFile: vk.Bytes(), "proof.bin": pb.Bytes(), setup.SolidityFile: sol.Bytes(), "golden.json": gj,
	} {
		require.NoError(t, os.WriteFile(filepath.Join(goldenDir, name), data, 0o644))
	}
}
