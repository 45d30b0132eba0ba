// SPDX-License-Identifier: Apache-2.0
pragma solidity 0.8.28;

import {Checkpoint, CheckpointHash, CheckpointRecord} from "./Checkpoint.sol";
import {MerkleProof, RollupMerkle} from "./RollupMerkle.sol";

/// @title CheckpointChain
/// @notice The append-only chain of seq checkpoints on L1 and the rollup inclusion
/// check against it. It links and stores checkpoints; how a checkpoint is
/// authorised (a Groth16 quorum proof, or ECDSA signatures in the gas baseline) is
/// left to the inheriting contract.
/// @dev There is no owner and no function that rewrites a stored epoch: the only
/// state transition is appending epoch latestEpoch + 1.
abstract contract CheckpointChain {
    /// @notice The domain separator checkpoints must carry: sighash.Domain(chainId, block.chainid).
    bytes32 public immutable domain;
    /// @notice The epoch the chain was anchored at; it has no rollups root.
    uint64 public immutable anchorEpoch;

    /// @notice Hash of the validator set that must sign the next checkpoint.
    bytes32 public currentValsetHash;
    /// @notice The epoch of the newest accepted checkpoint.
    uint64 public latestEpoch;
    mapping(uint64 epoch => CheckpointRecord) internal records;

    /// @notice Emitted for every accepted checkpoint.
    event CheckpointSubmitted(
        uint64 indexed epoch,
        uint64 indexed height,
        bytes32 indexed checkpointHash,
        bytes32 rollupsRoot,
        address submitter
    );

    /// @notice cp.domain is not this registry's domain (another chain or L1).
    error WrongDomain(bytes32 expected, bytes32 got);
    /// @notice cp.epoch is not latestEpoch + 1 (a gap, a repeat or an old epoch).
    error WrongEpoch(uint64 expected, uint64 got);
    /// @notice cp.prevHash is not the hash of the latest checkpoint.
    error WrongPrevHash(bytes32 expected, bytes32 got);
    /// @notice cp.valsetHash is not the validator set that must sign this epoch.
    error WrongValset(bytes32 expected, bytes32 got);
    /// @notice cp.height does not advance past the latest checkpoint's height.
    error HeightNotIncreasing(uint64 latest, uint64 got);
    /// @notice No checkpoint with rollups is stored for this epoch (future or anchor epoch).
    error UnknownEpoch(uint64 epoch);
    /// @notice The height is outside (previous checkpoint height, checkpoint height].
    error HeightNotInCheckpoint(uint64 epoch, uint64 height);
    /// @notice The height proof's (index, total) do not match the height's place in the checkpoint.
    error HeightProofMismatch(uint64 index, uint64 total, uint64 wantIndex, uint64 wantTotal);
    /// @notice A rollup id longer than 255 bytes cannot be length-prefixed by one byte.
    error RollupIdTooLong(uint256 length);

    /// @param domain_ sighash.Domain(chain id, L1 chain id) of the seq chain served
    /// @param anchorEpoch_ epoch of the trusted anchor; the first submission is anchorEpoch_ + 1
    /// @param anchorHeight_ seq height of the anchor checkpoint (0 at genesis)
    /// @param anchorHash_ checkpoint hash of the anchor (the prevHash of the first submission)
    /// @param anchorValsetHash_ validator set that signs epoch anchorEpoch_ + 1
    constructor(
        bytes32 domain_,
        uint64 anchorEpoch_,
        uint64 anchorHeight_,
        bytes32 anchorHash_,
        bytes32 anchorValsetHash_
    ) {
        domain = domain_;
        anchorEpoch = anchorEpoch_;
        latestEpoch = anchorEpoch_;
        currentValsetHash = anchorValsetHash_;
        records[anchorEpoch_] = CheckpointRecord({
            checkpointHash: anchorHash_,
            rollupsRoot: bytes32(0),
            height: anchorHeight_,
            timestamp: uint64(block.timestamp),
            submittedAt: uint64(block.timestamp)
        });
    }

    /// @notice Hash of the latest accepted checkpoint (the anchor hash before any submission).
    function latestHash() external view returns (bytes32) {
        return records[latestEpoch].checkpointHash;
    }

    /// @notice The stored record of `epoch`; all zero for an epoch not yet accepted.
    function checkpoint(uint64 epoch) external view returns (CheckpointRecord memory) {
        return records[epoch];
    }

    /// @notice How long the chain has been quiet: seconds since the last submission
    /// on L1 and since the block time of the latest checkpoint (0 if in the future).
    /// @dev A rollup compares these with its own bound to detect a stalled sequencer
    /// or a stalled prover market.
    function staleness() external view returns (uint256 sinceSubmission, uint256 sinceCheckpoint) {
        CheckpointRecord storage r = records[latestEpoch];
        sinceSubmission = block.timestamp - r.submittedAt;
        sinceCheckpoint = block.timestamp > r.timestamp ? block.timestamp - r.timestamp : 0;
    }

    /// @notice The checkpoint hash of `cp`, as sighash.Fields.CheckpointHash.
    function checkpointHashOf(Checkpoint calldata cp) external pure returns (bytes32) {
        return CheckpointHash.hash(cp);
    }

    /// @notice The message validators sign for `cp`, as sighash.Fields.MsgHash.
    function msgHashOf(Checkpoint calldata cp) external pure returns (uint256) {
        return CheckpointHash.msgHash(cp);
    }

    /// @notice Whether rollup `rollupId` had batch `batchRoot` at seq height `height`,
    /// inside the checkpoint of `epoch`.
    /// @dev Two RFC 6962 proofs: `entryProof` puts leaf uint8(len(rollupId)) || rollupId || batchRoot
    /// in that height's rollups root R_h (x/rollup/types.LeafBytes), and `heightProof` puts
    /// leaf abi.encodePacked(uint64 height, R_h) (40 bytes) in the checkpoint's rollupsRoot,
    /// whose leaves are every height of (previous height, height], in order.
    /// @return true when both proofs reconstruct the stored root; false for a well-formed
    /// proof of something else. Malformed proofs and impossible heights revert.
    function verifyRollupBatch(
        uint64 epoch,
        string calldata rollupId,
        uint64 height,
        bytes32 batchRoot,
        MerkleProof calldata entryProof,
        MerkleProof calldata heightProof
    ) external view returns (bool) {
        bytes32 stored = _checkHeightProof(epoch, height, heightProof);
        if (bytes(rollupId).length > type(uint8).max) revert RollupIdTooLong(bytes(rollupId).length);
        bytes32 entryLeaf =
            RollupMerkle.leafHash(abi.encodePacked(uint8(bytes(rollupId).length), rollupId, batchRoot));
        bytes32 heightRoot = RollupMerkle.computeRoot(entryProof, entryLeaf);
        bytes32 heightLeaf = RollupMerkle.leafHash(abi.encodePacked(height, heightRoot));
        return RollupMerkle.computeRoot(heightProof, heightLeaf) == stored;
    }

    /// @dev Returns the stored rollups root of `epoch` after checking that `height`
    /// belongs to it and that `proof` addresses exactly that height's leaf.
    function _checkHeightProof(uint64 epoch, uint64 height, MerkleProof calldata proof)
        private
        view
        returns (bytes32)
    {
        if (epoch <= anchorEpoch || epoch > latestEpoch) revert UnknownEpoch(epoch);
        uint64 first = records[epoch - 1].height; // exclusive
        CheckpointRecord storage r = records[epoch];
        if (height <= first || height > r.height) revert HeightNotInCheckpoint(epoch, height);
        uint64 wantIndex = height - first - 1;
        uint64 wantTotal = r.height - first;
        if (proof.index != wantIndex || proof.total != wantTotal) {
            revert HeightProofMismatch(proof.index, proof.total, wantIndex, wantTotal);
        }
        return r.rollupsRoot;
    }

    /// @dev Checks that `cp` extends the chain; returns its checkpoint hash.
    function _checkLinks(Checkpoint calldata cp) internal view returns (bytes32) {
        if (cp.domain != domain) revert WrongDomain(domain, cp.domain);
        uint64 latest = latestEpoch;
        if (cp.epoch != latest + 1) revert WrongEpoch(latest + 1, cp.epoch);
        CheckpointRecord storage prev = records[latest];
        if (cp.prevHash != prev.checkpointHash) revert WrongPrevHash(prev.checkpointHash, cp.prevHash);
        if (cp.height <= prev.height) revert HeightNotIncreasing(prev.height, cp.height);
        bytes32 valset = currentValsetHash;
        if (cp.valsetHash != valset) revert WrongValset(valset, cp.valsetHash);
        return CheckpointHash.hash(cp);
    }

    /// @dev Appends an authorised checkpoint and rotates the validator set.
    function _append(Checkpoint calldata cp, bytes32 cpHash) internal {
        records[cp.epoch] = CheckpointRecord({
            checkpointHash: cpHash,
            rollupsRoot: cp.rollupsRoot,
            height: cp.height,
            timestamp: cp.timestamp,
            submittedAt: uint64(block.timestamp)
        });
        latestEpoch = cp.epoch;
        currentValsetHash = cp.nextValsetHash;
        emit CheckpointSubmitted(cp.epoch, cp.height, cpHash, cp.rollupsRoot, msg.sender);
    }
}
