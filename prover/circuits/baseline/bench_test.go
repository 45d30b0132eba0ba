package baseline_test

import (
	"fmt"
	"testing"

	"github.com/consensys/gnark-crypto/ecc"
	"github.com/consensys/gnark/frontend"
	"github.com/consensys/gnark/frontend/cs/r1cs"

	"github.com/seq-network/seq/prover/circuits/baseline"
)

// BenchmarkCompile compiles the baseline circuit per capacity and reports the
// constraint count per signer slot (compare with quorum.BenchmarkCompile).
//
//	go test -run '^$' -bench Compile -benchtime 1x ./prover/circuits/...
func BenchmarkCompile(b *testing.B) {
	for _, n := range []int{16, 64, 128} {
		b.Run(fmt.Sprintf("N=%d", n), func(b *testing.B) {
			var nc int
			for b.Loop() {
				ccs, err := frontend.Compile(ecc.BN254.ScalarField(), r1cs.NewBuilder, baseline.New(n))
				if err != nil {
					b.Fatal(err)
				}
				nc = ccs.GetNbConstraints()
			}
			b.ReportMetric(float64(nc), "constraints")
			b.ReportMetric(float64(nc)/float64(n), "constraints/signer")
		})
	}
}
