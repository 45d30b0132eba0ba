package sighash

import (
	"bytes"
	"math/big"
	"math/rand/v2"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/common"
)

func abiArgs(t *testing.T, types ...string) abi.Arguments {
	t.Helper()
	args := make(abi.Arguments, len(types))
	for i, s := range types {
		typ, err := abi.NewType(s, "", nil)
		if err != nil {
			t.Fatal(err)
		}
		args[i] = abi.Argument{Type: typ}
	}
	return args
}

// TestEncodingMatchesAccountsABI checks the hand-written encoder against go-ethereum's
// accounts/abi for every message shape, across string/bytes lengths around word boundaries.
func TestEncodingMatchesAccountsABI(t *testing.T) {
	domainArgs := abiArgs(t, "string", "string", "uint256")
	popArgs := abiArgs(t, "string", "string", "bytes")
	fieldsArgs := abiArgs(t, "bytes32", "uint64", "uint64", "bytes32", "bytes32", "bytes32", "bytes32",
		"bytes32", "bytes32", "uint64", "address")
	rng := rand.New(rand.NewPCG(1, 2))
	for _, n := range []int{0, 1, 20, 31, 32, 33, 64, 65, 100} {
		chainID := strings.Repeat("c", n)
		operator := bytes.Repeat([]byte{0xab}, n)
		l1 := rng.Uint64()

		want, err := domainArgs.Pack(DomainTag, chainID, new(big.Int).SetUint64(l1))
		if err != nil {
			t.Fatal(err)
		}
		if got := encodeArgs(dynamic([]byte(DomainTag)), dynamic([]byte(chainID)), static(uintWord(l1))); !bytes.Equal(got, want) {
			t.Fatalf("domain, len %d: got %x want %x", n, got, want)
		}
		want, err = popArgs.Pack(PoPTag, chainID, operator)
		if err != nil {
			t.Fatal(err)
		}
		if got := encodeArgs(dynamic([]byte(PoPTag)), dynamic([]byte(chainID)), dynamic(operator)); !bytes.Equal(got, want) {
			t.Fatalf("pop, len %d: got %x want %x", n, got, want)
		}

		var f Fields
		for _, b := range [][]byte{f.Domain[:], f.BlockHash[:], f.AppHash[:], f.RollupsRoot[:], f.PrevHash[:],
			f.ValsetHash[:], f.NextValsetHash[:], f.Poster[:]} {
			for i := range b {
				b[i] = byte(rng.Uint32())
			}
		}
		f.Epoch, f.Height, f.Timestamp = rng.Uint64(), rng.Uint64(), rng.Uint64()
		want, err = fieldsArgs.Pack(f.Domain, f.Epoch, f.Height, f.BlockHash, f.AppHash, f.RollupsRoot,
			f.PrevHash, f.ValsetHash, f.NextValsetHash, f.Timestamp, common.Address(f.Poster))
		if err != nil {
			t.Fatal(err)
		}
		if got := f.Encode(); !bytes.Equal(got, want) {
			t.Fatalf("fields: got %x want %x", got, want)
		}
	}
}
