package cmd

import (
	"path/filepath"
	"testing"

	"github.com/spf13/viper"
	"github.com/stretchr/testify/require"

	"github.com/cosmos/cosmos-sdk/server"
	serverconfig "github.com/cosmos/cosmos-sdk/server/config"
)

// TestAppTomlDefaults: the app.toml that `init` and `testnet init-files` write carries seq's
// defaults under the keys the SDK reads them from when the node starts.
func TestAppTomlDefaults(t *testing.T) {
	tmpl, cfg := initAppConfig()
	path := filepath.Join(t.TempDir(), "app.toml")
	serverconfig.SetConfigTemplate(tmpl)
	serverconfig.WriteConfigFile(path, cfg)

	v := viper.New()
	v.SetConfigFile(path)
	require.NoError(t, v.ReadInConfig())
	require.Equal(t, IAVLCacheSize, v.GetInt(server.FlagIAVLCacheSize))
	require.Equal(t, IndexEvents, v.GetStringSlice(server.FlagIndexEvents))
	require.Equal(t, "0.001useq", v.GetString(server.FlagMinGasPrices))
}
