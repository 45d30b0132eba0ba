// Package ve gathers checkpoint signatures through ABCI++ vote extensions: ExtendVote signs the
// pending checkpoints with the node's checkpoint key, VerifyVoteExtension checks other
// validators' extensions against state, the proposer injects the verified signatures as the
// first tx of its block (BuildInjection / CheckInjection, called from app/proposal), and the
// PreBlocker writes them to x/checkpoint, which certifies a checkpoint once signed power × 3 >
// total × 2 of its snapshot.
//
// Powers and keys always come from the validator-set snapshot in state, never from a proposer.
package ve

import (
	"errors"
	"fmt"
	"os"
	"sync"

	"github.com/consensys/gnark-crypto/ecc/bn254/twistededwards/eddsa"

	"cosmossdk.io/log"

	"github.com/cosmos/cosmos-sdk/baseapp"

	checkpointkeeper "github.com/seq-network/seq/x/checkpoint/keeper"
	"github.com/seq-network/seq/x/checkpoint/keyfile"
)

// Handler holds what the vote-extension handlers need: the checkpoint keeper (state), the
// validator store that baseapp.ValidateVoteExtensions checks CometBFT signatures with, and the
// path of this node's checkpoint key file.
type Handler struct {
	logger   log.Logger
	keeper   checkpointkeeper.Keeper
	valStore baseapp.ValidatorStore
	keyPath  string

	mu      sync.Mutex
	key     *eddsa.PrivateKey
	keyErr  error
	keyRead bool
}

// NewHandler returns the handler. keyPath may be empty (a non-validator node, or a test app):
// ExtendVote then returns empty extensions.
func NewHandler(logger log.Logger, k checkpointkeeper.Keeper, valStore baseapp.ValidatorStore, keyPath string) *Handler {
	return &Handler{logger: logger.With("module", "checkpoint-ve"), keeper: k, valStore: valStore, keyPath: keyPath}
}

// errNoKey says this node has no checkpoint key file.
var errNoKey = errors.New("no checkpoint key file")

// signingKey loads the node's checkpoint key once. A missing file is remembered (the node is not
// a checkpoint signer until restarted with a key); a corrupt one is logged once.
func (h *Handler) signingKey() (*eddsa.PrivateKey, error) {
	h.mu.Lock()
	defer h.mu.Unlock()
	if h.keyRead {
		return h.key, h.keyErr
	}
	h.keyRead = true
	if h.keyPath == "" {
		h.keyErr = errNoKey
		return nil, h.keyErr
	}
	h.key, h.keyErr = keyfile.Load(h.keyPath)
	switch {
	case errors.Is(h.keyErr, os.ErrNotExist):
		h.keyErr = fmt.Errorf("%w at %s", errNoKey, h.keyPath)
		h.logger.Info("this node will not sign checkpoints", "reason", h.keyErr)
	case h.keyErr != nil:
		h.logger.Error("cannot load the checkpoint key; this node will not sign checkpoints", "err", h.keyErr)
	}
	return h.key, h.keyErr
}
