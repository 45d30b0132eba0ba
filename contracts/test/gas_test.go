package test

import (
	"context"
	"crypto/ecdsa"
	"encoding/json"
	"math/big"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/eth/ethconfig"
	"github.com/ethereum/go-ethereum/node"
	"github.com/stretchr/testify/require"

	"github.com/seq-network/seq/contracts/bindings/baseline"
	"github.com/seq-network/seq/contracts/bindings/verifier"
	"github.com/seq-network/seq/prover/setup"
)

// gasRow is one line of the gas report: submitCheckpoint gas of the second
// epoch (steady state, no valset rotation) under Osaka (mainnet) and under the
// simulated backend's default Bogota rules.
type gasRow struct {
	n                             int
	groth16, baseline             uint64
	groth16Bogota, baselineBogota uint64
	verify                        uint64 // a bare verifyProof transaction (intrinsic + calldata + pairing)
}

// TestGasReport prints submitCheckpoint gas (whole transaction, as in the
// receipt) of CheckpointRegistry and of the ECDSA multisig baseline.
//
// By default the registry is measured at the test capacity with the committed
// verifier. With SEQ_GAS_REPORT=1 it also runs a development setup at
// capacities 16, 64 and 128 (or SEQ_GAS_REPORT_CAPACITIES="16,64"), compiles
// each exported verifier with the pinned solc-js and measures it too — minutes
// of setup per capacity on two cores; keys are cached under os.UserCacheDir()/seq.
//
//	SEQ_GAS_REPORT=1 go test ./contracts/test -run TestGasReport -v -timeout 60m
func TestGasReport(t *testing.T) {
	capacities := []int{testCapacity}
	if os.Getenv("SEQ_GAS_REPORT") == "1" {
		requireSolc(t)
		capacities = append(capacities, gasCapacities(t)...)
	}
	rows := map[int]*gasRow{}
	for _, n := range capacities {
		rows[n] = &gasRow{n: n}
		rows[n].groth16, rows[n].verify = groth16Gas(t, n, osakaRules)
		if n == testCapacity { // the fork's effect is the same at every N; show it once
			rows[n].groth16Bogota, _ = groth16Gas(t, n)
		}
	}
	for _, n := range []int{4, 16, 64, 128} {
		if rows[n] == nil {
			rows[n] = &gasRow{n: n}
		}
		rows[n].baseline = baselineGas(t, n, osakaRules)
		rows[n].baselineBogota = baselineGas(t, n)
	}
	t.Log("| N | Groth16 registry | bare verifyProof tx (estimate) | ECDSA baseline (2/3) | ecrecovers | Groth16 (Bogota) | ECDSA (Bogota) |")
	t.Log("|---:|---:|---:|---:|---:|---:|---:|")
	for _, n := range []int{4, 16, 64, 128} {
		r := rows[n]
		t.Logf("| %d | %s | %s | %d | %d | %s | %d |", n, orDash(r.groth16), orDash(r.verify), r.baseline,
			quorumPrefix(n), orDash(r.groth16Bogota), r.baselineBogota)
	}
}

func orDash(g uint64) string {
	if g == 0 {
		return "–"
	}
	return strconv.FormatUint(g, 10)
}

func gasCapacities(t *testing.T) []int {
	s := os.Getenv("SEQ_GAS_REPORT_CAPACITIES")
	if s == "" {
		return []int{16, 64, 128}
	}
	var out []int
	for _, f := range strings.Split(s, ",") {
		n, err := strconv.Atoi(strings.TrimSpace(f))
		require.NoError(t, err)
		out = append(out, n)
	}
	return out
}

// groth16Gas submits epochs 1 and 2 (every member signing, no rotation) to a
// registry whose verifier has capacity n and returns the gas of epoch 2 and of
// a bare verifyProof transaction with the same proof.
func groth16Gas(t *testing.T, n int, options ...func(*node.Config, *ethconfig.Config)) (submit, verify uint64) {
	t.Helper()
	set := newSignerSetCap(t, n, n, uint64(n))
	e := newEnv(t, set.hash, options...)
	keys, ver := testKeys(t, testCapacity), e.verAddr
	if n != testCapacity {
		keys = gasKeys(t, n)
		ver = e.deploy(common.FromHex(compileVerifier(t, keys)), nil)
	}
	regAddr := e.deployRegistryWith(ver, set.hash)
	regC := e.reg.Instance(e.client, regAddr)
	prev := anchorHash
	for epoch := uint64(1); epoch <= 2; epoch++ {
		f := e.fields(epoch, prev, set.hash, set.hash)
		proof := solidityProof(t, set.proveWith(t, keys, f, e.prover.addr))
		submit = mined(t, e, regC, e.reg.PackSubmitCheckpoint(toBinding(f), proof))
		prev = f.CheckpointHash()
		in := [3]*big.Int{f.MsgHash(), new(big.Int).SetBytes(set.hash[:]), new(big.Int).SetBytes(e.prover.addr[:])}
		verify, err := e.client.EstimateGas(context.Background(), ethereum.CallMsg{
			From: e.prover.addr, To: &ver, Data: verifier.NewVerifier().PackVerifyProof(proof, in),
		})
		require.NoError(t, err)
		if epoch == 2 {
			return submit, verify
		}
	}
	panic("unreachable")
}

// gasKeys runs (or loads) a development setup for the gas report.
func gasKeys(t *testing.T, n int) *setup.Keys {
	t.Helper()
	dir, err := os.UserCacheDir()
	if err != nil {
		dir = t.TempDir()
	}
	k, err := setup.LoadOrSetup(filepath.Join(dir, "seq", "gas-report-keys"), n)
	require.NoError(t, err)
	return k
}

// compileVerifier exports and compiles the verifier of keys with the pinned solc-js.
func compileVerifier(t *testing.T, keys *setup.Keys) string {
	t.Helper()
	path := filepath.Join(t.TempDir(), "Verifier.sol")
	f, err := os.Create(path)
	require.NoError(t, err)
	require.NoError(t, keys.ExportSolidity(f))
	require.NoError(t, f.Close())
	out, err := exec.Command("node", filepath.Join("..", "scripts", "build.js"), "--compile", path, "Verifier").Output()
	require.NoError(t, err)
	var c struct {
		Bin string `json:"bin"`
	}
	require.NoError(t, json.Unmarshal(out, &c))
	return c.Bin
}

// mined sends data to c, mines it, requires success and returns the gas used.
func mined(t *testing.T, e *env, c *bind.BoundContract, data []byte) uint64 {
	t.Helper()
	tx, err := bind.Transact(c, e.prover.opts(), data)
	require.NoError(t, err)
	e.sim.Commit()
	rcpt, err := bind.WaitMined(context.Background(), e.client, tx.Hash())
	require.NoError(t, err)
	require.Equal(t, types.ReceiptStatusSuccessful, rcpt.Status)
	return rcpt.GasUsed
}

// quorumPrefix is how many members (powers 1,2,3,1,2,3,… in order) sign
// before 3·signed > 2·total, the number of ecrecovers the baseline pays.
func quorumPrefix(n int) int {
	total, signed := 0, 0
	for i := range n {
		total += 1 + i%3
	}
	for i := range n {
		signed += 1 + i%3
		if 3*signed > 2*total {
			return i + 1
		}
	}
	return n
}

// baselineGas submits epochs 1 and 2 to the ECDSA baseline with n validators
// and returns the gas of epoch 2 (same steady state as the Groth16 figure).
func baselineGas(t *testing.T, n int, options ...func(*node.Config, *ethconfig.Config)) uint64 {
	t.Helper()
	keys := make([]*ecdsa.PrivateKey, n)
	signers := make([]common.Address, n)
	powers := make([]uint64, n)
	for i := range keys {
		k, err := crypto.GenerateKey()
		require.NoError(t, err)
		keys[i] = k
		signers[i] = crypto.PubkeyToAddress(k.PublicKey)
		powers[i] = uint64(1 + i%3)
	}
	valset := baselineValsetHash(t, signers, powers)
	e := newEnv(t, valset, options...)
	bl := baseline.NewEcdsaMultisigBaseline()
	addr := e.deploy(common.FromHex(baseline.EcdsaMultisigBaselineMetaData.Bin),
		bl.PackConstructor(e.domain, 0, 0, anchorHash, valset))
	c := bl.Instance(e.client, addr)
	prev := anchorHash
	var gas uint64
	for epoch := uint64(1); epoch <= 2; epoch++ {
		f := e.fields(epoch, prev, valset, valset)
		h := f.CheckpointHash()
		sigs := make([]baseline.EcdsaMultisigBaselineSig, n)
		for i := range quorumPrefix(n) {
			sig, err := crypto.Sign(h[:], keys[i])
			require.NoError(t, err)
			sigs[i] = baseline.EcdsaMultisigBaselineSig{V: sig[64] + 27, R: [32]byte(sig[:32]), S: [32]byte(sig[32:64])}
		}
		gas = mined(t, e, c, bl.PackSubmitCheckpoint(baseline.Checkpoint(toBinding(f)), signers, powers, sigs))
		prev = h
	}
	return gas
}

// baselineValsetHash is keccak256(abi.encode(address[] signers, uint64[] powers)).
func baselineValsetHash(t *testing.T, signers []common.Address, powers []uint64) [32]byte {
	t.Helper()
	addrs, err := abi.NewType("address[]", "", nil)
	require.NoError(t, err)
	u64s, err := abi.NewType("uint64[]", "", nil)
	require.NoError(t, err)
	enc, err := abi.Arguments{{Type: addrs}, {Type: u64s}}.Pack(signers, powers)
	require.NoError(t, err)
	return crypto.Keccak256Hash(enc)
}
