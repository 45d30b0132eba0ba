// Command seq-prover is the prover sidecar of seq (DESIGN.md §10): setup, devnet-l1, deploy,
// run and status. This package only parses flags and wires things; the logic is in prover/.
package main

import (
	"context"
	"fmt"
	"os"
	"os/signal"
	"syscall"

	"github.com/spf13/cobra"
)

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	root := &cobra.Command{
		Use:          "seq-prover",
		Short:        "seq prover sidecar: Groth16 quorum proofs of checkpoints, posted to the L1 registry",
		SilenceUsage: true,
	}
	root.AddCommand(setupCmd(), devnetCmd(), deployCmd(), runCmd(), statusCmd())
	if err := root.ExecuteContext(ctx); err != nil {
		fmt.Fprintln(os.Stderr, "error:", err)
		os.Exit(1)
	}
}
