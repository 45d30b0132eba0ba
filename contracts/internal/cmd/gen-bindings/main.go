// Command gen-bindings writes contracts/bindings/<pkg>/bindings.go from
// contracts/build with abigen v2 (see package bindgen). It is run by
// `go generate ./contracts/bindings` and by contracts/gen.sh.
package main

import (
	"flag"
	"fmt"
	"os"
	"path/filepath"

	"github.com/seq-network/seq/contracts/internal/bindgen"
)

func main() {
	build := flag.String("build", "../build", "directory holding <Contract>.abi and .bin")
	out := flag.String("out", ".", "contracts/bindings directory")
	flag.Parse()
	files, err := bindgen.Generate(*build)
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	for name, code := range files {
		path := filepath.Join(*out, name)
		if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
			fmt.Fprintln(os.Stderr, err)
			os.Exit(1)
		}
		if err := os.WriteFile(path, code, 0o644); err != nil {
			fmt.Fprintln(os.Stderr, err)
			os.Exit(1)
		}
	}
}
