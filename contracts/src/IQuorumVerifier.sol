// SPDX-License-Identifier: Apache-2.0
pragma solidity 0.8.28;

/// @title IQuorumVerifier
/// @notice The call interface of the gnark-exported Groth16 verifier of the quorum
/// circuit (prover/setup ExportSolidity, no BSB22 commitments).
/// @dev The verifier returns nothing and reverts on failure.
interface IQuorumVerifier {
    /// @notice A public input is not below the BN254 scalar field order.
    error PublicInputNotInField();
    /// @notice The proof does not verify (points off-curve or pairing check fails).
    error ProofInvalid();

    /// @param proof [A.x, A.y, B.x.a1, B.x.a0, B.y.a1, B.y.a0, C.x, C.y] (EIP-197 order)
    /// @param input [msgHash, valsetHash, uint256(uint160(prover))]
    function verifyProof(uint256[8] calldata proof, uint256[3] calldata input) external view;
}
