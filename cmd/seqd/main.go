// Command seqd is the seq node: a CometBFT validator or full node of the shared sequencer.
package main

import (
	"fmt"
	"os"

	svrcmd "github.com/cosmos/cosmos-sdk/server/cmd"

	"github.com/seq-network/seq/app"
	"github.com/seq-network/seq/cmd/seqd/cmd"
)

func main() {
	if err := svrcmd.Execute(cmd.NewRootCmd(), "SEQD", app.DefaultNodeHome); err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
}
