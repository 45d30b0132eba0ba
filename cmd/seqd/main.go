// Command seqd is the seq node: a CometBFT validator or full node of the shared sequencer.
package main

import (
	"fmt"
	"os"
	"runtime/debug"

	svrcmd "github.com/cosmos/cosmos-sdk/server/cmd"
	"github.com/cosmos/cosmos-sdk/version"

	"github.com/seq-network/seq/app"
	"github.com/seq-network/seq/cmd/seqd/cmd"
)

// defaultGCPercent trades memory, which a node has plenty of, for CPU: under blob load the
// collector took ~11% of a node's CPU at Go's default of 100. GOGC still overrides it.
const defaultGCPercent = 200

func main() {
	// The SDK fills these from -ldflags in release builds; a plain `go build` would leave
	// placeholders in `seqd version` and in exported genesis files.
	if version.AppName == "" || version.AppName == "<appd>" {
		version.Name, version.AppName = "seq", "seqd"
	}
	if os.Getenv("GOGC") == "" {
		debug.SetGCPercent(defaultGCPercent)
	}
	if err := svrcmd.Execute(cmd.NewRootCmd(), "SEQD", app.DefaultNodeHome); err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
}
