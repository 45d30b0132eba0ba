package sighash

import (
	"encoding/binary"

	"github.com/ethereum/go-ethereum/crypto/keccak"
)

// The few Solidity abi.encode shapes the checkpoint messages need, written out by hand rather
// than through go-ethereum's accounts/abi: that package pulls in go-ethereum/crypto and with it
// a cgo copy of libsecp256k1, whose C symbols collide with the SDK's faster libsecp256k1
// verifier that seqd is built with. Tests compare every encoding with accounts/abi's.

const wordSize = 32

// uintWord is a uint64 as a left-padded 32-byte ABI word (uint64 or uint256).
func uintWord(v uint64) []byte {
	w := make([]byte, wordSize)
	binary.BigEndian.PutUint64(w[wordSize-8:], v)
	return w
}

// addressWord is a 20-byte address left-padded to a word.
func addressWord(a [20]byte) []byte {
	w := make([]byte, wordSize)
	copy(w[wordSize-20:], a[:])
	return w
}

// dynamicTail is the tail encoding of a string or bytes value: its length, then the data
// right-padded to whole words.
func dynamicTail(b []byte) []byte {
	padded := (len(b) + wordSize - 1) / wordSize * wordSize
	out := make([]byte, wordSize+padded)
	copy(out, uintWord(uint64(len(b))))
	copy(out[wordSize:], b)
	return out
}

// abiValue is one argument of encodeArgs: a static word, or a dynamic string/bytes value.
type abiValue struct {
	word    []byte // static: exactly one word
	dynamic []byte // dynamic: the raw string or bytes
	isDyn   bool
}

func static(w []byte) abiValue    { return abiValue{word: w} }
func dynamic(b []byte) abiValue   { return abiValue{dynamic: b, isDyn: true} }
func bytes32(b [32]byte) abiValue { return static(append([]byte(nil), b[:]...)) }

// encodeArgs is abi.encode(args...): one head word per argument (the value, or for dynamic
// values the byte offset of its tail from the start), then the tails in order.
func encodeArgs(args ...abiValue) []byte {
	head := make([]byte, 0, len(args)*wordSize)
	var tail []byte
	for _, a := range args {
		if !a.isDyn {
			head = append(head, a.word...)
			continue
		}
		head = append(head, uintWord(uint64(len(args)*wordSize+len(tail)))...)
		tail = append(tail, dynamicTail(a.dynamic)...)
	}
	return append(head, tail...)
}

// keccak256 hashes data with Ethereum's (legacy, pre-NIST) Keccak-256.
func keccak256(data []byte) [32]byte {
	var out [32]byte
	h := keccak.NewLegacyKeccak256()
	h.Write(data)
	h.Sum(out[:0])
	return out
}
