package sidecar_test

import (
	"math/big"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"

	"github.com/seq-network/seq/contracts/bindings/registry"
)

// filterQuery selects the registry's CheckpointSubmitted logs.
func filterQuery(e *env) ethereum.FilterQuery {
	id := registry.NewCheckpointRegistry().GetABI().Events["CheckpointSubmitted"].ID
	return ethereum.FilterQuery{FromBlock: new(big.Int).SetUint64(e.block), Addresses: []common.Address{e.reg.Address},
		Topics: [][]common.Hash{{id}}}
}
