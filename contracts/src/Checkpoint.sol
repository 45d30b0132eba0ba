// SPDX-License-Identifier: Apache-2.0
pragma solidity 0.8.28;

/// @notice One seq checkpoint, field for field as x/checkpoint/sighash.Fields.
/// @dev The field order and types are part of the signed message: validators sign
/// `uint256(keccak256(abi.encode(cp))) % R`. Every field is static, so abi.encode
/// is exactly 11 words (352 bytes). Never reorder, retype or add fields without
/// bumping sighash.DomainTag ("seq.checkpoint.v1").
struct Checkpoint {
    bytes32 domain;
    uint64 epoch;
    uint64 height;
    bytes32 blockHash;
    bytes32 appHash;
    bytes32 rollupsRoot;
    bytes32 prevHash;
    bytes32 valsetHash;
    bytes32 nextValsetHash;
    uint64 timestamp;
    address poster;
}

/// @notice What the L1 keeps of every accepted checkpoint (three storage slots).
struct CheckpointRecord {
    bytes32 checkpointHash;
    bytes32 rollupsRoot;
    uint64 height;
    uint64 timestamp; // the checkpoint's block time (cp.timestamp)
    uint64 submittedAt; // L1 block.timestamp of the submission
}

/// @title CheckpointHash
/// @notice The checkpoint hash and the BN254 message hash, identical to
/// sighash.Fields.CheckpointHash and sighash.Fields.MsgHash in Go.
library CheckpointHash {
    /// @notice Order of BN254's scalar field: the circuit's public inputs live below it.
    uint256 internal constant R = 21888242871839275222246405745257275088548364400416034343698204186575808495617;

    /// @notice keccak256(abi.encode(cp)): the identifier of a checkpoint and its prevHash link.
    function hash(Checkpoint calldata cp) internal pure returns (bytes32) {
        // abi.encode re-encodes from the decoded (and validated) fields, so the
        // hash is over the same clean values the contract stores.
        return keccak256(abi.encode(cp));
    }

    /// @notice uint256(hash(cp)) mod R: what validators sign and the circuit's first public input.
    function msgHash(Checkpoint calldata cp) internal pure returns (uint256) {
        return uint256(hash(cp)) % R;
    }
}
