// Command circuitbench measures one circuit at one capacity in a fresh process
// (so peak RSS is that run's): constraints, compile, Groth16 setup, prove and
// verify times, and peak RSS. It prints one Markdown table row.
//
//	nice -n 10 go run ./prover/circuits/cmd/circuitbench -circuit quorum -capacity 64
//	nice -n 10 go run ./prover/circuits/cmd/circuitbench -circuit baseline -capacity 64
package main

import (
	"crypto/rand"
	"flag"
	"fmt"
	"log"
	"math/big"
	"os"
	"syscall"
	"time"

	"github.com/consensys/gnark-crypto/ecc"
	"github.com/consensys/gnark/backend/groth16"
	"github.com/consensys/gnark/constraint"
	"github.com/consensys/gnark/frontend"
	"github.com/consensys/gnark/frontend/cs/r1cs"
	"github.com/consensys/gnark/logger"
	"github.com/ethereum/go-ethereum/common"

	"github.com/seq-network/seq/prover/circuits/baseline"
	"github.com/seq-network/seq/prover/circuits/quorum"
	"github.com/seq-network/seq/prover/circuits/quorum/quorumtest"
)

func main() {
	name := flag.String("circuit", "quorum", "quorum or baseline")
	capacity := flag.Int("capacity", 16, "validator-set capacity N")
	compileOnly := flag.Bool("compile-only", false, "stop after compiling (constraint count only)")
	flag.Parse()
	logger.Disable()
	if err := run(*name, *capacity, *compileOnly); err != nil {
		log.Fatal(err)
	}
}

// circuits returns the empty circuit and a full assignment with every slot signed.
func circuits(name string, n int) (frontend.Circuit, frontend.Circuit, error) {
	prover := common.HexToAddress("0x00000000000000000000000000000000c0ffee01")
	switch name {
	case "quorum":
		cert, err := quorumtest.Certificate(rand.Reader, n, n, n, quorumtest.Fields(1, prover))
		if err != nil {
			return nil, nil, err
		}
		a, err := quorum.Assign(cert)
		return quorum.New(n), a, err
	case "baseline":
		a, err := baseline.RandomAssignment(rand.Reader, n, n, big.NewInt(42), prover)
		return baseline.New(n), a, err
	}
	return nil, nil, fmt.Errorf("unknown circuit %q", name)
}

func run(name string, n int, compileOnly bool) error {
	empty, full, err := circuits(name, n)
	if err != nil {
		return err
	}
	t0 := time.Now()
	ccs, err := frontend.Compile(ecc.BN254.ScalarField(), r1cs.NewBuilder, empty)
	if err != nil {
		return fmt.Errorf("compile: %w", err)
	}
	compile := time.Since(t0)
	nc := ccs.GetNbConstraints()
	if compileOnly {
		fmt.Printf("| %s | %d | %d | %d | %s | | | | %s |\n", name, n, nc, nc/n, round(compile), rss())
		return nil
	}
	setup, prove, verify, err := groth16Run(ccs, full)
	if err != nil {
		return err
	}
	fmt.Printf("| %s | %d | %d | %d | %s | %s | %s | %s | %s |\n",
		name, n, nc, nc/n, round(compile), round(setup), round(prove), round(verify), rss())
	return nil
}

func groth16Run(ccs constraint.ConstraintSystem, full frontend.Circuit) (setup, prove, verify time.Duration, err error) {
	t0 := time.Now()
	pk, vk, err := groth16.Setup(ccs)
	if err != nil {
		return 0, 0, 0, fmt.Errorf("setup: %w", err)
	}
	setup = time.Since(t0)
	w, err := frontend.NewWitness(full, ecc.BN254.ScalarField())
	if err != nil {
		return 0, 0, 0, fmt.Errorf("witness: %w", err)
	}
	t0 = time.Now()
	proof, err := groth16.Prove(ccs, pk, w)
	if err != nil {
		return 0, 0, 0, fmt.Errorf("prove: %w", err)
	}
	prove = time.Since(t0)
	pub, err := w.Public()
	if err != nil {
		return 0, 0, 0, fmt.Errorf("public witness: %w", err)
	}
	t0 = time.Now()
	if err := groth16.Verify(proof, vk, pub); err != nil {
		return 0, 0, 0, fmt.Errorf("verify: %w", err)
	}
	return setup, prove, time.Since(t0), nil
}

func round(d time.Duration) string { return d.Round(10 * time.Millisecond).String() }

// rss is the peak resident set size of this process (Linux reports KiB).
func rss() string {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		fmt.Fprintln(os.Stderr, "getrusage:", err)
		return "?"
	}
	return fmt.Sprintf("%.2f GB", float64(ru.Maxrss)/(1<<20))
}
