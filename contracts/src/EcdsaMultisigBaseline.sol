// SPDX-License-Identifier: Apache-2.0
pragma solidity 0.8.28;

import {Checkpoint} from "./Checkpoint.sol";
import {CheckpointChain} from "./CheckpointChain.sol";

/// @title EcdsaMultisigBaseline
/// @notice Gas baseline only — never deploy. The Gravity Bridge / Heimdall way of
/// accepting a checkpoint: the validator set (N addresses with powers) is passed
/// in calldata and checked against the stored set hash, then one ecrecover per
/// signature until more than 2/3 of the power has signed the checkpoint hash.
/// @dev It inherits the same CheckpointChain as CheckpointRegistry, so the two
/// differ only in how a checkpoint is authorised and their gas can be compared
/// directly. Here cp.valsetHash is keccak256(abi.encode(signers, powers)).
contract EcdsaMultisigBaseline is CheckpointChain {
    /// @notice An ECDSA signature; v == 0 marks a validator that did not sign.
    struct Sig {
        uint8 v;
        bytes32 r;
        bytes32 s;
    }

    /// @notice signers, powers and sigs differ in length.
    error LengthMismatch();
    /// @notice The calldata validator set does not hash to cp.valsetHash.
    error ValsetMismatch();
    /// @notice A present signature does not recover to its validator.
    error BadSignature(uint256 index);
    /// @notice The valid signatures do not carry more than 2/3 of the power.
    error NoQuorum(uint256 signed, uint256 total);

    constructor(bytes32 domain_, uint64 anchorEpoch_, uint64 anchorHeight_, bytes32 anchorHash_, bytes32 anchorValsetHash_)
        CheckpointChain(domain_, anchorEpoch_, anchorHeight_, anchorHash_, anchorValsetHash_)
    {}

    /// @notice Appends `cp` signed (over its checkpoint hash) by more than 2/3 of the set's power.
    function submitCheckpoint(
        Checkpoint calldata cp,
        address[] calldata signers,
        uint64[] calldata powers,
        Sig[] calldata sigs
    ) external {
        bytes32 cpHash = _checkLinks(cp);
        if (signers.length != powers.length || sigs.length != signers.length) revert LengthMismatch();
        if (keccak256(abi.encode(signers, powers)) != cp.valsetHash) revert ValsetMismatch();
        uint256 total;
        for (uint256 i = 0; i < powers.length; i++) {
            total += powers[i];
        }
        uint256 signed;
        for (uint256 i = 0; i < sigs.length && signed * 3 <= total * 2; i++) {
            if (sigs[i].v == 0) continue;
            if (ecrecover(cpHash, sigs[i].v, sigs[i].r, sigs[i].s) != signers[i]) revert BadSignature(i);
            signed += powers[i];
        }
        if (signed * 3 <= total * 2) revert NoQuorum(signed, total);
        _append(cp, cpHash);
    }
}
