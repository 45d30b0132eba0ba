package app

import (
	"os"
	"path/filepath"

	sdk "github.com/cosmos/cosmos-sdk/types"
)

const (
	// AppName is the application's name.
	AppName = "seq"
	// Bech32Prefix is the account address prefix (seq1…, seqvaloper1…, seqvalcons1…).
	Bech32Prefix = "seq"
	// BondDenom is the staking and fee denom.
	BondDenom = "useq"
)

// DefaultNodeHome is ~/.seqd.
var DefaultNodeHome = func() string {
	home, err := os.UserHomeDir()
	if err != nil {
		home = "."
	}
	return filepath.Join(home, ".seqd")
}()

func init() {
	// The SDK's module defaults (staking bond denom, gov deposits) read this variable.
	sdk.DefaultBondDenom = BondDenom
	cfg := sdk.GetConfig()
	cfg.SetBech32PrefixForAccount(Bech32Prefix, Bech32Prefix+"pub")
	cfg.SetBech32PrefixForValidator(Bech32Prefix+"valoper", Bech32Prefix+"valoperpub")
	cfg.SetBech32PrefixForConsensusNode(Bech32Prefix+"valcons", Bech32Prefix+"valconspub")
}
