package test

import (
	"context"
	"crypto/ecdsa"
	"math/big"
	"math/rand/v2"
	"os"
	"path/filepath"
	"strconv"
	"sync"
	"testing"
	"testing/cryptotest"
	"time"

	"github.com/consensys/gnark-crypto/ecc/bn254/twistededwards/eddsa"
	"github.com/consensys/gnark/backend/groth16"
	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/eth/ethconfig"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/ethereum/go-ethereum/ethclient/simulated"
	"github.com/ethereum/go-ethereum/node"
	"github.com/stretchr/testify/require"

	"github.com/seq-network/seq/contracts/bindings/registry"
	"github.com/seq-network/seq/contracts/bindings/verifier"
	"github.com/seq-network/seq/prover/circuits/quorum"
	"github.com/seq-network/seq/prover/setup"
	"github.com/seq-network/seq/x/checkpoint/sighash"
)

const (
	// testCapacity is the circuit capacity of contracts/src/Verifier.sol.
	testCapacity = 4
	// keySeed seeds the deterministic development setup of the test keys.
	keySeed = 0x5e9
	// simChainID is the chain id of go-ethereum's simulated backend.
	simChainID = 1337
	// window is the exclusive posting window the test registries are deployed with.
	window  = 60
	chainID = "seq-test"
)

var (
	keysMu    sync.Mutex
	keysCache = map[int]*setup.Keys{}
)

// keysRoot is where deterministic test keys are cached between runs.
func keysRoot(t *testing.T) string {
	dir, err := os.UserCacheDir()
	if err != nil {
		return t.TempDir()
	}
	return filepath.Join(dir, "seq", "contracts-test-keys", strconv.Itoa(keySeed))
}

// testKeys returns the Groth16 keys of capacity, from the cache or from a
// deterministic setup: crypto/rand is seeded for the duration of the setup, so
// every machine derives the same vk, and therefore the same Verifier.sol.
func testKeys(t *testing.T, capacity int) *setup.Keys {
	t.Helper()
	keysMu.Lock()
	defer keysMu.Unlock()
	if k, ok := keysCache[capacity]; ok {
		return k
	}
	cryptotest.SetGlobalRandom(t, keySeed)
	k, err := setup.LoadOrSetup(keysRoot(t), capacity)
	require.NoError(t, err)
	keysCache[capacity] = k
	return k
}

// signerSet is a validator set with its checkpoint keys.
type signerSet struct {
	capacity int
	keys     []*eddsa.PrivateKey // in canonical member order
	members  []sighash.Member
	hash     [32]byte
}

// newSignerSet makes n validators with powers 1..3 for the test capacity, keys drawn from seed.
func newSignerSet(t *testing.T, n int, seed uint64) signerSet {
	t.Helper()
	return newSignerSetCap(t, n, testCapacity, seed)
}

// newSignerSetCap is newSignerSet for a circuit of the given capacity.
func newSignerSetCap(t *testing.T, n, capacity int, seed uint64) signerSet {
	t.Helper()
	rng := rand.NewChaCha8([32]byte{byte(seed), byte(seed >> 8), 's', 'e', 't'})
	type km struct {
		k *eddsa.PrivateKey
		m sighash.Member
	}
	all := make([]km, n)
	for i := range all {
		k, err := sighash.GenerateKey(rng)
		require.NoError(t, err)
		all[i] = km{k, sighash.Member{PubKey: sighash.MarshalPubKey(&k.PublicKey), Power: uint64(1 + i%3)}}
	}
	members := make([]sighash.Member, n)
	for i := range all {
		members[i] = all[i].m
	}
	sighash.SortMembers(members)
	s := signerSet{capacity: capacity, members: members}
	for _, m := range members {
		for _, a := range all {
			if string(a.m.PubKey) == string(m.PubKey) {
				s.keys = append(s.keys, a.k)
			}
		}
	}
	h, err := sighash.ValsetHash(members, capacity)
	require.NoError(t, err)
	s.hash = h
	return s
}

// certificate has every member sign f and binds it to prover.
func (s signerSet) certificate(t *testing.T, f sighash.Fields, prover common.Address) quorum.Certificate {
	t.Helper()
	msg := f.MsgHash()
	sigs := make([][]byte, len(s.keys))
	for i, k := range s.keys {
		sig, err := sighash.Sign(k, msg)
		require.NoError(t, err)
		sigs[i] = sig
	}
	return quorum.Certificate{Capacity: s.capacity, Members: s.members, Signatures: sigs, MsgHash: msg, Prover: prover}
}

// proveRaw returns a gnark proof that s signed f, bound to prover.
func (s signerSet) proveRaw(t *testing.T, f sighash.Fields, prover common.Address) groth16.Proof {
	t.Helper()
	return s.proveWith(t, testKeys(t, testCapacity), f, prover)
}

// proveWith proves with the keys of s.capacity.
func (s signerSet) proveWith(t *testing.T, keys *setup.Keys, f sighash.Fields, prover common.Address) groth16.Proof {
	t.Helper()
	assignment, err := quorum.Assign(s.certificate(t, f, prover))
	require.NoError(t, err)
	proof, err := keys.Prove(assignment)
	require.NoError(t, err)
	return proof
}

// prove returns the uint256[8] Solidity proof that s signed f, bound to prover.
func (s signerSet) prove(t *testing.T, f sighash.Fields, prover common.Address) [8]*big.Int {
	t.Helper()
	return solidityProof(t, s.proveRaw(t, f, prover))
}

func solidityProof(t *testing.T, proof groth16.Proof) [8]*big.Int {
	t.Helper()
	sp, err := setup.SolidityProof(proof)
	require.NoError(t, err)
	return sp
}

// account is a funded L1 account of the simulated chain.
type account struct {
	key  *ecdsa.PrivateKey
	addr common.Address
}

func newAccount(t *testing.T) account {
	t.Helper()
	k, err := crypto.GenerateKey()
	require.NoError(t, err)
	return account{key: k, addr: crypto.PubkeyToAddress(k.PublicKey)}
}

func (a account) opts() *bind.TransactOpts {
	return bind.NewKeyedTransactor(a.key, big.NewInt(simChainID))
}

// env is a simulated L1 with a verifier and a registry deployed.
type env struct {
	t        *testing.T
	sim      *simulated.Backend
	client   simulated.Client
	deployer account
	prover   account // the designated poster of every checkpoint built by fields()
	thief    account
	reg      *registry.CheckpointRegistry
	regC     *bind.BoundContract
	regAddr  common.Address
	verAddr  common.Address
	domain   [32]byte
}

// newEnv starts a simulated L1 and deploys the verifier and a registry anchored
// at epoch 0, height 0, hash anchorHash, signed next by valset.
//
// The simulated backend of go-ethereum v1.17 runs every fork it knows,
// including the not-yet-scheduled Amsterdam/Bogota gas rules (EIP-8037/8038
// state-gas repricing); functional tests run there, so the contracts are known
// to work under them. The gas report also uses [osakaRules], mainnet's rules.
func newEnv(t *testing.T, valset [32]byte, options ...func(*node.Config, *ethconfig.Config)) *env {
	t.Helper()
	e := &env{t: t, deployer: newAccount(t), prover: newAccount(t), thief: newAccount(t), reg: registry.NewCheckpointRegistry()}
	alloc := types.GenesisAlloc{}
	for _, a := range []account{e.deployer, e.prover, e.thief} {
		alloc[a.addr] = types.Account{Balance: new(big.Int).Lsh(big.NewInt(1), 100)}
	}
	e.sim = simulated.NewBackend(alloc, append([]func(*node.Config, *ethconfig.Config){simulated.WithBlockGasLimit(60_000_000)}, options...)...)
	t.Cleanup(func() { require.NoError(t, e.sim.Close()) })
	e.client = e.sim.Client()
	e.domain = sighash.Domain(chainID, simChainID)
	e.verAddr = e.deploy(common.FromHex(verifier.VerifierMetaData.Bin), nil)
	e.regAddr = e.deployRegistry(valset)
	e.regC = e.reg.Instance(e.client, e.regAddr)
	return e
}

// osakaRules configures the simulated chain with the forks live on Ethereum
// mainnet (up to Osaka/Fusaka), dropping Amsterdam and Bogota.
func osakaRules(_ *node.Config, c *ethconfig.Config) {
	cfg := *c.Genesis.Config
	cfg.AmsterdamTime, cfg.BogotaTime = nil, nil
	c.Genesis.Config = &cfg
}

// anchorHash is the epoch-0 checkpoint hash the test registries are anchored at.
var anchorHash = crypto.Keccak256Hash([]byte("seq-test anchor"))

func (e *env) deployRegistry(valset [32]byte) common.Address {
	return e.deployRegistryWith(e.verAddr, valset)
}

// deployRegistryWith deploys another registry using the verifier at ver.
func (e *env) deployRegistryWith(ver common.Address, valset [32]byte) common.Address {
	return e.deploy(common.FromHex(registry.CheckpointRegistryMetaData.Bin),
		e.reg.PackConstructor(ver, e.domain, 0, 0, anchorHash, valset, window))
}

func (e *env) deploy(bin, input []byte) common.Address {
	e.t.Helper()
	addr, tx, err := bind.DeployContract(e.deployer.opts(), bin, e.client, input)
	require.NoError(e.t, err)
	e.sim.Commit()
	_, err = bind.WaitDeployed(context.Background(), e.client, tx.Hash())
	require.NoError(e.t, err)
	return addr
}

// now is the timestamp of the latest L1 block.
func (e *env) now() uint64 {
	e.t.Helper()
	h, err := e.client.HeaderByNumber(context.Background(), nil)
	require.NoError(e.t, err)
	return h.Time
}

// fields returns checkpoint epoch linked to prev, signed by valset, rotating to next.
func (e *env) fields(epoch uint64, prev [32]byte, valset, next [32]byte) sighash.Fields {
	return sighash.Fields{
		Domain: e.domain, Epoch: epoch, Height: 10 * epoch,
		BlockHash:      crypto.Keccak256Hash([]byte("block"), big.NewInt(int64(epoch)).Bytes()),
		AppHash:        crypto.Keccak256Hash([]byte("app"), big.NewInt(int64(epoch)).Bytes()),
		RollupsRoot:    crypto.Keccak256Hash([]byte("rollups"), big.NewInt(int64(epoch)).Bytes()),
		PrevHash:       prev,
		ValsetHash:     valset,
		NextValsetHash: next,
		Timestamp:      e.now(),
		Poster:         e.prover.addr,
	}
}

// submit sends submitCheckpoint from `from`, mines it and returns the receipt,
// or the error of gas estimation (where reverts surface).
func (e *env) submit(from account, f sighash.Fields, proof [8]*big.Int) (*types.Receipt, error) {
	e.t.Helper()
	tx, err := bind.Transact(e.regC, from.opts(), e.reg.PackSubmitCheckpoint(toBinding(f), proof))
	if err != nil {
		return nil, err
	}
	e.sim.Commit()
	rcpt, err := bind.WaitMined(context.Background(), e.client, tx.Hash())
	require.NoError(e.t, err)
	require.Equal(e.t, types.ReceiptStatusSuccessful, rcpt.Status)
	return rcpt, nil
}

// mustSubmit submits and fails the test on a revert.
func (e *env) mustSubmit(from account, f sighash.Fields, proof [8]*big.Int) *types.Receipt {
	e.t.Helper()
	rcpt, err := e.submit(from, f, proof)
	require.NoError(e.t, err)
	return rcpt
}

// requireRevert asserts that err is a revert decoding (through the registry
// ABI) to exactly want, e.g. &registry.CheckpointRegistryWrongEpoch{...}.
func (e *env) requireRevert(err error, want any) {
	e.t.Helper()
	require.Error(e.t, err)
	data, ok := ethclient.RevertErrorData(err)
	require.True(e.t, ok, "not a revert: %v", err)
	got, uerr := e.reg.UnpackError(data)
	require.NoError(e.t, uerr, "revert data %x", data)
	require.Equal(e.t, want, got)
}

// call runs a registry view.
func call[T any](e *env, data []byte, unpack func([]byte) (T, error)) (T, error) {
	return bind.Call(e.regC, nil, data, unpack)
}

func (e *env) latest() (uint64, [32]byte) {
	e.t.Helper()
	epoch, err := call(e, e.reg.PackLatestEpoch(), e.reg.UnpackLatestEpoch)
	require.NoError(e.t, err)
	h, err := call(e, e.reg.PackLatestHash(), e.reg.UnpackLatestHash)
	require.NoError(e.t, err)
	return epoch, h
}

// advance moves L1 time forward (on an empty pending block).
func (e *env) advance(d time.Duration) {
	e.t.Helper()
	require.NoError(e.t, e.sim.AdjustTime(d))
}

func toBinding(f sighash.Fields) registry.Checkpoint {
	return registry.Checkpoint{
		Domain: f.Domain, Epoch: f.Epoch, Height: f.Height, BlockHash: f.BlockHash, AppHash: f.AppHash,
		RollupsRoot: f.RollupsRoot, PrevHash: f.PrevHash, ValsetHash: f.ValsetHash,
		NextValsetHash: f.NextValsetHash, Timestamp: f.Timestamp, Poster: f.Poster,
	}
}
