package sighash

import (
	"math/big"

	"github.com/consensys/gnark-crypto/ecc/bn254/fr"
	"github.com/ethereum/go-ethereum/common"
)

// DomainTag is the version string hashed into every checkpoint domain; bump it
// whenever the checkpoint encoding changes so old signatures cannot be replayed.
const DomainTag = "seq.checkpoint.v1"

// Fields are the contents of one checkpoint. Their order and Solidity types are
// fixed: the L1 contract declares
//
//	struct Checkpoint {
//	    bytes32 domain;
//	    uint64  epoch;
//	    uint64  height;
//	    bytes32 blockHash;
//	    bytes32 appHash;
//	    bytes32 rollupsRoot;
//	    bytes32 prevHash;
//	    bytes32 valsetHash;
//	    bytes32 nextValsetHash;
//	    uint64  timestamp;
//	    address poster;
//	}
//
// and hashes it with keccak256(abi.encode(cp)).
type Fields struct {
	Domain         [32]byte
	Epoch          uint64
	Height         uint64
	BlockHash      [32]byte
	AppHash        [32]byte
	RollupsRoot    [32]byte
	PrevHash       [32]byte
	ValsetHash     [32]byte
	NextValsetHash [32]byte
	Timestamp      uint64 // unix seconds of the block time of Height
	Poster         common.Address
}

// Domain returns the domain separator of a (seq chain, L1 chain) pair:
//
//	keccak256(abi.encode(string("seq.checkpoint.v1"), string(chainID), uint256(l1ChainID)))
//
// i.e. Solidity's keccak256(abi.encode("seq.checkpoint.v1", chainId, l1ChainId))
// with chainId a string and l1ChainId a uint256 (block.chainid). Both strings
// are dynamic, so the encoding is head (two offsets + the uint256) then the
// two length-prefixed, right-padded strings.
func Domain(chainID string, l1ChainID uint64) [32]byte {
	return keccak256(encodeArgs(dynamic([]byte(DomainTag)), dynamic([]byte(chainID)), static(uintWord(l1ChainID))))
}

// Encode returns abi.encode of the fields in declaration order with the
// Solidity types documented on [Fields]. Every type is static, so the result
// is always 11 words (352 bytes); uint64 and address are left-padded.
func (f Fields) Encode() []byte {
	return encodeArgs(
		bytes32(f.Domain), static(uintWord(f.Epoch)), static(uintWord(f.Height)), bytes32(f.BlockHash),
		bytes32(f.AppHash), bytes32(f.RollupsRoot), bytes32(f.PrevHash), bytes32(f.ValsetHash),
		bytes32(f.NextValsetHash), static(uintWord(f.Timestamp)), static(addressWord(f.Poster)),
	)
}

// CheckpointHash is keccak256(Encode()), the identifier of a checkpoint on L1.
func (f Fields) CheckpointHash() [32]byte {
	return keccak256(f.Encode())
}

// MsgHash is uint256(CheckpointHash()) mod r, r the BN254 scalar field order:
// the value validators sign and the circuit takes as public input. In Solidity:
// uint256(keccak256(abi.encode(cp))) % 21888242871839275222246405745257275088548364400416034343698204186575808495617.
func (f Fields) MsgHash() *big.Int {
	h := f.CheckpointHash()
	return new(big.Int).Mod(new(big.Int).SetBytes(h[:]), fr.Modulus())
}

// MsgHashElement is [Fields.MsgHash] as a field element.
func (f Fields) MsgHashElement() fr.Element {
	var e fr.Element
	e.SetBigInt(f.MsgHash())
	return e
}
