// SPDX-License-Identifier: Apache-2.0
pragma solidity 0.8.28;

import {Checkpoint, CheckpointHash} from "./Checkpoint.sol";
import {CheckpointChain} from "./CheckpointChain.sol";
import {IQuorumVerifier} from "./IQuorumVerifier.sol";

/// @title CheckpointRegistry
/// @notice The L1 home of seq checkpoints (DESIGN §9). Each checkpoint is accepted
/// with one Groth16 proof that validators holding more than 2/3 of the current
/// set's power signed it; the proof is bound to the submitting address.
/// @dev Replay protection keys on the epoch, never on proof bytes: Groth16 proofs
/// are malleable, so a re-randomised copy of an accepted proof must still fail, and
/// it does because its epoch is no longer latestEpoch + 1.
contract CheckpointRegistry is CheckpointChain {
    /// @notice The gnark-exported verifier of the quorum circuit at the chain's capacity.
    IQuorumVerifier public immutable verifier;
    /// @notice Seconds after cp.timestamp during which only cp.poster may submit.
    uint64 public immutable exclusiveWindow;

    /// @notice The verifier address has no code.
    error VerifierNotContract(address verifier);
    /// @notice Inside the exclusive window, only the designated poster may submit.
    error NotPoster(address poster, uint256 exclusiveUntil);
    /// @notice The quorum proof does not verify for [msgHash, valsetHash, msg.sender].
    error InvalidProof();
    /// @notice A public input (in practice currentValsetHash) is not below the BN254 scalar field order.
    error InputNotInField();

    /// @param verifier_ the quorum verifier (exported by `seq-prover setup` for the chain's capacity)
    /// @param exclusiveWindow_ seconds of turn-based posting after each checkpoint's timestamp
    /// @dev See CheckpointChain for the anchor parameters. The anchor is trusted at deployment.
    constructor(
        IQuorumVerifier verifier_,
        bytes32 domain_,
        uint64 anchorEpoch_,
        uint64 anchorHeight_,
        bytes32 anchorHash_,
        bytes32 anchorValsetHash_,
        uint64 exclusiveWindow_
    ) CheckpointChain(domain_, anchorEpoch_, anchorHeight_, anchorHash_, anchorValsetHash_) {
        if (address(verifier_).code.length == 0) revert VerifierNotContract(address(verifier_));
        verifier = verifier_;
        exclusiveWindow = exclusiveWindow_;
    }

    /// @notice Appends checkpoint `cp`, proven by `proof` for msg.sender.
    /// @param proof Groth16 proof [A.x, A.y, B.x.a1, B.x.a0, B.y.a1, B.y.a0, C.x, C.y] of the
    /// quorum circuit with public inputs [msgHash(cp), cp.valsetHash, uint160(msg.sender)]
    function submitCheckpoint(Checkpoint calldata cp, uint256[8] calldata proof) external {
        bytes32 cpHash = _checkLinks(cp);
        _checkPoster(cp);
        _verify(proof, [uint256(cpHash) % CheckpointHash.R, uint256(cp.valsetHash), uint256(uint160(msg.sender))]);
        _append(cp, cpHash);
    }

    /// @dev Turn-based posting: the designated prover has the first exclusiveWindow
    /// seconds; a zero poster means an open race from the start.
    function _checkPoster(Checkpoint calldata cp) private view {
        if (cp.poster == address(0) || msg.sender == cp.poster) return;
        uint256 until = uint256(cp.timestamp) + exclusiveWindow;
        if (block.timestamp < until) revert NotPoster(cp.poster, until);
    }

    /// @dev Calls the verifier and maps its reverts to this contract's errors, so
    /// callers decode one ABI. Any other failure (including running out of gas in
    /// the pairing) is reported as InvalidProof.
    function _verify(uint256[8] calldata proof, uint256[3] memory input) private view {
        try verifier.verifyProof(proof, input) {}
        catch (bytes memory reason) {
            if (reason.length == 4 && bytes4(reason) == IQuorumVerifier.PublicInputNotInField.selector) {
                revert InputNotInField();
            }
            revert InvalidProof();
        }
    }
}
