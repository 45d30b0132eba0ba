// Package sighash is the single native implementation of every hash and
// signature that a seq checkpoint certificate depends on. The x/checkpoint
// module, the quorum circuit (prover/circuits/quorum) and the tests of the L1
// contract all call this package, so the three can never drift apart.
//
// It covers three things:
//
//   - the checkpoint message: [Fields.Encode] is the Solidity abi.encode of the
//     checkpoint fields, [Fields.CheckpointHash] its keccak256 and
//     [Fields.MsgHash] that hash reduced modulo r, the BN254 scalar field;
//   - checkpoint keys: EdDSA on BN254's twisted Edwards curve (gnark-crypto),
//     with a Poseidon2 challenge hash ([NewChallengeHasher]) chosen so the
//     circuit verifies signatures cheaply, and a proof of possession;
//   - validator sets: [ValsetHash], a Poseidon2 hash of the sorted members
//     padded to the circuit capacity.
//
// The package deliberately has no cosmos-sdk dependency.
package sighash
