// SPDX-License-Identifier: Apache-2.0
pragma solidity 0.8.28;

/// @notice An RFC 6962 inclusion proof in CometBFT's crypto/merkle form.
/// @param index position of the leaf, 0-based
/// @param total number of leaves in the tree
/// @param aunts sibling hashes from the leaf's level upwards (CometBFT's Proof.Aunts order)
struct MerkleProof {
    uint64 index;
    uint64 total;
    bytes32[] aunts;
}

/// @notice The proof's index is not below its total, or total is zero.
error ProofIndexOutOfRange(uint64 index, uint64 total);
/// @notice The proof carries a different number of aunts than the tree shape (index, total) needs.
error ProofLengthMismatch(uint256 got, uint256 want);

/// @title RollupMerkle
/// @notice RFC 6962 Merkle trees exactly as CometBFT's crypto/merkle builds them:
/// leaf hash sha256(0x00 || leaf), inner hash sha256(0x01 || left || right), and a
/// tree of n > 1 leaves split at the largest power of two strictly below n.
/// @dev The domain-separating prefixes make a leaf unforgeable as an inner node, so
/// a root computed from a well-formed proof authenticates the leaf bytes.
library RollupMerkle {
    /// @notice sha256(0x00 || leaf).
    function leafHash(bytes memory leaf) internal pure returns (bytes32) {
        return sha256(abi.encodePacked(bytes1(0x00), leaf));
    }

    /// @notice sha256(0x01 || left || right).
    function innerHash(bytes32 left, bytes32 right) internal pure returns (bytes32) {
        return sha256(abi.encodePacked(bytes1(0x01), left, right));
    }

    /// @notice The root that `proof` reconstructs from `leaf_` (the leaf hash).
    /// @dev Mirrors CometBFT's computeHashFromAunts: walk down from the root to learn
    /// which side the leaf is on at every level, then fold the aunts bottom-up.
    /// Reverts on a proof no honest tree could produce (bad index, wrong length).
    function computeRoot(MerkleProof calldata proof, bytes32 leaf_) internal pure returns (bytes32 root) {
        uint256 index = proof.index;
        uint256 total = proof.total;
        if (index >= total) revert ProofIndexOutOfRange(proof.index, proof.total);
        // rightSide bit d is set when the path at depth d (0 = root) goes right.
        uint256 rightSide;
        uint256 depth;
        while (total > 1) {
            uint256 split = splitPoint(total);
            if (index >= split) {
                rightSide |= 1 << depth;
                index -= split;
                total -= split;
            } else {
                total = split;
            }
            depth++;
        }
        if (proof.aunts.length != depth) revert ProofLengthMismatch(proof.aunts.length, depth);
        root = leaf_;
        // aunts[0] is the sibling at the deepest level (depth - 1).
        for (uint256 i = 0; i < depth; i++) {
            uint256 d = depth - 1 - i;
            root = (rightSide >> d) & 1 == 1 ? innerHash(proof.aunts[i], root) : innerHash(root, proof.aunts[i]);
        }
    }

    /// @notice Largest power of two strictly below n (n > 1), CometBFT's getSplitPoint.
    function splitPoint(uint256 n) internal pure returns (uint256 k) {
        k = 1;
        while (k << 1 < n) k <<= 1;
    }
}
