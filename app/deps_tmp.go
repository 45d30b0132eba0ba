package app

// Temporary: pins the dependency graph until the packages that use these exist.
import (
	_ "cosmossdk.io/client/v2/autocli"
	_ "cosmossdk.io/x/evidence"
	_ "cosmossdk.io/x/upgrade"
	_ "github.com/consensys/gnark/backend/groth16"
	_ "github.com/consensys/gnark/std/signature/eddsa"
	_ "github.com/consensys/gnark/test"
	_ "github.com/cosmos/cosmos-sdk/server"
	_ "github.com/cosmos/cosmos-sdk/testutil/integration"
	_ "github.com/cosmos/cosmos-sdk/testutil/mock"
	_ "github.com/cosmos/cosmos-sdk/x/distribution"
	_ "github.com/cosmos/cosmos-sdk/x/gov"
	_ "github.com/cosmos/cosmos-sdk/x/staking"
	_ "github.com/ethereum/go-ethereum/ethclient/simulated"
	_ "github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	_ "github.com/stretchr/testify/suite"
	_ "go.uber.org/mock/gomock"
)
