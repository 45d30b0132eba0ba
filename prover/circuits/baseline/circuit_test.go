package baseline_test

import (
	"crypto/rand"
	"math/big"
	"testing"

	"github.com/consensys/gnark-crypto/ecc"
	"github.com/consensys/gnark/backend"
	"github.com/consensys/gnark/test"
	"github.com/ethereum/go-ethereum/common"
	"github.com/stretchr/testify/require"

	"github.com/seq-network/seq/prover/circuits/baseline"
)

func TestBaselineCircuit(t *testing.T) {
	ok, err := baseline.RandomAssignment(rand.Reader, 2, 2, big.NewInt(1234), common.Address{1})
	require.NoError(t, err)
	forged := *ok
	forged.Slots = append([]baseline.Slot(nil), ok.Slots...)
	forged.Slots[0].Sig.S = new(big.Int).Add(ok.Slots[0].Sig.S.(*big.Int), big.NewInt(1))
	test.NewAssert(t).CheckCircuit(baseline.New(2),
		test.WithValidAssignment(ok), test.WithInvalidAssignment(&forged),
		test.WithCurves(ecc.BN254), test.WithBackends(backend.GROTH16), test.NoFuzzing())
}
