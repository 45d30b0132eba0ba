package sighash

import (
	"fmt"
	"math/big"

	"github.com/consensys/gnark-crypto/ecc/bn254/fr"
	"github.com/consensys/gnark-crypto/ecc/bn254/twistededwards/eddsa"
)

// PoPTag domain-separates proofs of possession from checkpoint signatures: a
// PoP message can never equal a checkpoint msg_hash without a keccak collision.
const PoPTag = "seq.checkpoint.pop.v1"

// PoPMessage is the message a validator signs to prove it holds its checkpoint
// key: uint256(keccak256(abi.encode("seq.checkpoint.pop.v1", chainID, operator))) mod r,
// with chainID a string and operator the raw operator address bytes. Binding the
// operator stops one validator from registering another's key as its own.
func PoPMessage(chainID string, operator []byte) *big.Int {
	h := keccak256(encodeArgs(dynamic([]byte(PoPTag)), dynamic([]byte(chainID)), dynamic(operator)))
	return new(big.Int).Mod(new(big.Int).SetBytes(h[:]), fr.Modulus())
}

// SignPoP signs [PoPMessage](chainID, operator) with the checkpoint key.
func SignPoP(priv *eddsa.PrivateKey, chainID string, operator []byte) ([]byte, error) {
	return Sign(priv, PoPMessage(chainID, operator))
}

// VerifyPoP checks a proof of possession for pubKey, chainID and operator.
func VerifyPoP(pubKey []byte, chainID string, operator, sig []byte) error {
	if err := Verify(pubKey, PoPMessage(chainID, operator), sig); err != nil {
		return fmt.Errorf("sighash: proof of possession: %w", err)
	}
	return nil
}
