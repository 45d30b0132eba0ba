// Package quorumtest builds random, valid quorum certificates for tests,
// benchmarks and the prover/setup golden vectors.
package quorumtest

import (
	"fmt"
	"io"

	"github.com/ethereum/go-ethereum/common"

	"github.com/seq-network/seq/prover/circuits/quorum"
	"github.com/seq-network/seq/x/checkpoint/sighash"
)

// Certificate returns a certificate of the given capacity with `members`
// validators of power 1..3 (sorted canonically) of which the first `signers`
// (in canonical order) sign fields.MsgHash(); the caller decides whether that
// is a quorum. rand drives key generation.
func Certificate(rand io.Reader, capacity, members, signers int, fields sighash.Fields) (quorum.Certificate, error) {
	msg := fields.MsgHash()
	all := make([]sighash.Member, members)
	sigOf := make(map[string][]byte, members)
	for i := range all {
		k, err := sighash.GenerateKey(rand)
		if err != nil {
			return quorum.Certificate{}, err
		}
		sig, err := sighash.Sign(k, msg)
		if err != nil {
			return quorum.Certificate{}, fmt.Errorf("quorumtest: sign: %w", err)
		}
		pub := sighash.MarshalPubKey(&k.PublicKey)
		all[i] = sighash.Member{PubKey: pub, Power: uint64(1 + i%3)}
		sigOf[string(pub)] = sig
	}
	sighash.SortMembers(all)
	sigs := make([][]byte, signers)
	for i := range sigs {
		sigs[i] = sigOf[string(all[i].PubKey)]
	}
	return quorum.Certificate{Capacity: capacity, Members: all, Signatures: sigs, MsgHash: msg, Prover: fields.Poster}, nil
}

// Fields returns checkpoint fields for tests, posted by prover.
func Fields(epoch uint64, prover common.Address) sighash.Fields {
	return sighash.Fields{
		Domain: sighash.Domain("seq-test", 31337), Epoch: epoch, Height: 10 * epoch,
		Timestamp: 1_700_000_000 + epoch, Poster: prover,
	}
}
