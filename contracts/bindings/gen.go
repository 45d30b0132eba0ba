// Package bindings holds the abigen v2 Go bindings of the seq L1 contracts,
// one package per contract, generated from contracts/build (never edit them):
//
//	registry  CheckpointRegistry     the checkpoint chain verified by Groth16 quorum proofs
//	verifier  Verifier               the gnark-exported quorum verifier (test capacity)
//	baseline  EcdsaMultisigBaseline  the ECDSA multisig gas baseline
//
// Regenerate after `node scripts/build.js` with `go generate ./contracts/bindings`
// (or contracts/gen.sh, which does both).
package bindings

//go:generate go run ../internal/cmd/gen-bindings -build ../build -out .
