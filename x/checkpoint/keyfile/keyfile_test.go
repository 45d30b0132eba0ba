package keyfile_test

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/seq-network/seq/x/checkpoint/keyfile"
	"github.com/seq-network/seq/x/checkpoint/sighash"
)

func TestGenerateLoadRoundTrip(t *testing.T) {
	path := keyfile.Path(t.TempDir())
	key, err := keyfile.Generate(path)
	require.NoError(t, err)
	st, err := os.Stat(path)
	require.NoError(t, err)
	require.Equal(t, os.FileMode(0o600), st.Mode().Perm())

	loaded, err := keyfile.Load(path)
	require.NoError(t, err)
	require.Equal(t, sighash.MarshalPubKey(&key.PublicKey), sighash.MarshalPubKey(&loaded.PublicKey))
	pop, err := sighash.SignPoP(loaded, "c", []byte("op"))
	require.NoError(t, err)
	require.NoError(t, sighash.VerifyPoP(sighash.MarshalPubKey(&key.PublicKey), "c", []byte("op"), pop))

	_, err = keyfile.Generate(path)
	require.Error(t, err, "must not overwrite")
	again, err := keyfile.LoadOrGenerate(path)
	require.NoError(t, err)
	require.Equal(t, key.Bytes(), again.Bytes())
}

func TestLoadRejectsTamperedFile(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "k.json")
	require.NoError(t, os.WriteFile(path, []byte(`{"type":"other","pub_key":"","priv_key":""}`), 0o600))
	_, err := keyfile.Load(path)
	require.Error(t, err)
	_, err = keyfile.Load(filepath.Join(dir, "missing.json"))
	require.ErrorIs(t, err, os.ErrNotExist)
}
