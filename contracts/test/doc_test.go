// Package test holds the contract tests of contracts/: the CheckpointRegistry
// against real Groth16 quorum proofs on go-ethereum's simulated backend, the
// msg_hash differential between Go, Solidity and the circuit, rollup inclusion
// proofs, the gas report against the ECDSA baseline, and the checks that
// contracts/build, contracts/src/Verifier.sol and contracts/bindings are up to date.
//
// The quorum keys are a deterministic development setup at [testCapacity]
// (testing/cryptotest.SetGlobalRandom with [keySeed]) cached under
// os.UserCacheDir()/seq/contracts-test-keys, so that the committed
// contracts/src/Verifier.sol is exactly the verifier of the keys the tests prove with.
package test
