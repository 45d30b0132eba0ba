package l1_test

import (
	"bytes"
	"context"
	"encoding/json"
	"io"
	"math/big"
	"net/http"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/stretchr/testify/require"

	"github.com/seq-network/seq/contracts/bindings/registry"
	"github.com/seq-network/seq/contracts/bindings/verifier"
	"github.com/seq-network/seq/prover/l1"
	"github.com/seq-network/seq/x/checkpoint/sighash"
)

func startDevnet(t *testing.T, blockTime time.Duration) *l1.Devnet {
	t.Helper()
	d, err := l1.StartDevnet(l1.DevnetConfig{Addr: "127.0.0.1:0", BlockTime: blockTime})
	require.NoError(t, err)
	t.Cleanup(func() { require.NoError(t, d.Close()) })
	return d
}

// TestDevnetServesRPC checks eth_chainId over plain HTTP JSON-RPC, as any tool would call it.
func TestDevnetServesRPC(t *testing.T) {
	d := startDevnet(t, 0)
	body := []byte(`{"jsonrpc":"2.0","id":1,"method":"eth_chainId","params":[]}`)
	resp, err := http.Post(d.URL(), "application/json", bytes.NewReader(body))
	require.NoError(t, err)
	defer resp.Body.Close()
	raw, err := io.ReadAll(resp.Body)
	require.NoError(t, err)
	var out struct{ Result string }
	require.NoError(t, json.Unmarshal(raw, &out), string(raw))
	require.Equal(t, "0x539", out.Result) // 1337

	ws, err := ethclient.Dial(d.WSURL())
	require.NoError(t, err)
	defer ws.Close()
	id, err := ws.ChainID(context.Background())
	require.NoError(t, err)
	require.EqualValues(t, l1.DefaultChainID, id.Uint64())
}

// TestDevnetMinesOnTimer checks that blocks advance without any Commit call.
func TestDevnetMinesOnTimer(t *testing.T) {
	d := startDevnet(t, 100*time.Millisecond)
	c, err := l1.Dial(context.Background(), d.URL())
	require.NoError(t, err)
	defer c.Close()
	require.Eventually(t, func() bool {
		n, err := c.BlockNumber(context.Background())
		return err == nil && n >= 3
	}, 10*time.Second, 50*time.Millisecond)
}

// TestDevnetFundedAccounts checks the deterministic dev accounts hold ether.
func TestDevnetFundedAccounts(t *testing.T) {
	d := startDevnet(t, 0)
	c, err := l1.Dial(context.Background(), d.URL())
	require.NoError(t, err)
	defer c.Close()
	require.Len(t, d.Accounts(), 10)
	require.Equal(t, l1.DevAccounts(10)[3].Address, d.Accounts()[3].Address, "keys are deterministic")
	for _, a := range d.Accounts() {
		bal, err := c.BalanceAt(context.Background(), a.Address, nil)
		require.NoError(t, err)
		require.Positive(t, bal.Cmp(big.NewInt(1e18)))
	}
}

// TestDeployAndTypedRevert deploys the test verifier and a registry over RPC, reads its views,
// and decodes a refused submission into the typed WrongDomain error.
func TestDeployAndTypedRevert(t *testing.T) {
	d := startDevnet(t, 50*time.Millisecond)
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	c, err := l1.Dial(ctx, d.URL())
	require.NoError(t, err)
	defer c.Close()
	domain := sighash.Domain("seq-test", l1.DefaultChainID)
	valset := [32]byte{31: 7}
	dep, err := l1.Deploy(ctx, c, d.Accounts()[0].Key, l1.DeployParams{
		VerifierBin: common.FromHex(verifier.VerifierMetaData.Bin), Domain: domain,
		Anchor: l1.Anchor{ValsetHash: valset}, ExclusiveWindow: 30,
	})
	require.NoError(t, err)
	reg := l1.NewRegistry(c, dep.Registry)
	epoch, err := reg.LatestEpoch(ctx)
	require.NoError(t, err)
	require.Zero(t, epoch)
	got, err := reg.CurrentValsetHash(ctx)
	require.NoError(t, err)
	require.Equal(t, valset, got)

	f := sighash.Fields{Domain: [32]byte{1}, Epoch: 1, Height: 5, ValsetHash: valset}
	var proof [8]*big.Int
	for i := range proof {
		proof[i] = big.NewInt(1)
	}
	_, err = reg.BuildSubmit(ctx, d.Accounts()[1].Key, 0, f, proof)
	wrong, ok := l1.AsRevert[registry.CheckpointRegistryWrongDomain](err)
	require.True(t, ok, "%v", err)
	require.Equal(t, domain, wrong.Expected)
}
