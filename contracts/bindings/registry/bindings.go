// Code generated via abigen V2 - DO NOT EDIT.
// This file is a generated binding and any manual changes will be lost.

package registry

import (
	"bytes"
	"errors"
	"math/big"

	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
)

// Reference imports to suppress errors if they are not otherwise used.
var (
	_ = bytes.Equal
	_ = errors.New
	_ = big.NewInt
	_ = common.Big1
	_ = types.BloomLookup
	_ = abi.ConvertType
)

// Checkpoint is an auto generated low-level Go binding around an user-defined struct.
type Checkpoint struct {
	Domain         [32]byte
	Epoch          uint64
	Height         uint64
	BlockHash      [32]byte
	AppHash        [32]byte
	RollupsRoot    [32]byte
	PrevHash       [32]byte
	ValsetHash     [32]byte
	NextValsetHash [32]byte
	Timestamp      uint64
	Poster         common.Address
}

// CheckpointRecord is an auto generated low-level Go binding around an user-defined struct.
type CheckpointRecord struct {
	CheckpointHash [32]byte
	RollupsRoot    [32]byte
	Height         uint64
	Timestamp      uint64
	SubmittedAt    uint64
}

// MerkleProof is an auto generated low-level Go binding around an user-defined struct.
type MerkleProof struct {
	Index uint64
	Total uint64
	Aunts [][32]byte
}

// CheckpointRegistryMetaData contains all meta data concerning the CheckpointRegistry contract.
var CheckpointRegistryMetaData = bind.MetaData{
	ABI: "[{\"inputs\":[{\"internalType\":\"contractIQuorumVerifier\",\"name\":\"verifier_\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"domain_\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"anchorEpoch_\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"anchorHeight_\",\"type\":\"uint64\"},{\"internalType\":\"bytes32\",\"name\":\"anchorHash_\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"anchorValsetHash_\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"exclusiveWindow_\",\"type\":\"uint64\"}],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"epoch\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"height\",\"type\":\"uint64\"}],\"name\":\"HeightNotInCheckpoint\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"latest\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"got\",\"type\":\"uint64\"}],\"name\":\"HeightNotIncreasing\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"index\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"total\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"wantIndex\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"wantTotal\",\"type\":\"uint64\"}],\"name\":\"HeightProofMismatch\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"InputNotInField\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"InvalidProof\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"poster\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"exclusiveUntil\",\"type\":\"uint256\"}],\"name\":\"NotPoster\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"index\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"total\",\"type\":\"uint64\"}],\"name\":\"ProofIndexOutOfRange\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"got\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"want\",\"type\":\"uint256\"}],\"name\":\"ProofLengthMismatch\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"length\",\"type\":\"uint256\"}],\"name\":\"RollupIdTooLong\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"epoch\",\"type\":\"uint64\"}],\"name\":\"UnknownEpoch\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"verifier\",\"type\":\"address\"}],\"name\":\"VerifierNotContract\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"expected\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"got\",\"type\":\"bytes32\"}],\"name\":\"WrongDomain\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"expected\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"got\",\"type\":\"uint64\"}],\"name\":\"WrongEpoch\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"expected\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"got\",\"type\":\"bytes32\"}],\"name\":\"WrongPrevHash\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"expected\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"got\",\"type\":\"bytes32\"}],\"name\":\"WrongValset\",\"type\":\"error\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint64\",\"name\":\"epoch\",\"type\":\"uint64\"},{\"indexed\":true,\"internalType\":\"uint64\",\"name\":\"height\",\"type\":\"uint64\"},{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"checkpointHash\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"rollupsRoot\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"address\",\"name\":\"submitter\",\"type\":\"address\"}],\"name\":\"CheckpointSubmitted\",\"type\":\"event\"},{\"inputs\":[],\"name\":\"anchorEpoch\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"epoch\",\"type\":\"uint64\"}],\"name\":\"checkpoint\",\"outputs\":[{\"components\":[{\"internalType\":\"bytes32\",\"name\":\"checkpointHash\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"rollupsRoot\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"height\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"timestamp\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"submittedAt\",\"type\":\"uint64\"}],\"internalType\":\"structCheckpointRecord\",\"name\":\"\",\"type\":\"tuple\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"bytes32\",\"name\":\"domain\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"epoch\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"height\",\"type\":\"uint64\"},{\"internalType\":\"bytes32\",\"name\":\"blockHash\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"appHash\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"rollupsRoot\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"prevHash\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"valsetHash\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"nextValsetHash\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"timestamp\",\"type\":\"uint64\"},{\"internalType\":\"address\",\"name\":\"poster\",\"type\":\"address\"}],\"internalType\":\"structCheckpoint\",\"name\":\"cp\",\"type\":\"tuple\"}],\"name\":\"checkpointHashOf\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"currentValsetHash\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"domain\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"exclusiveWindow\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"latestEpoch\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"latestHash\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"bytes32\",\"name\":\"domain\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"epoch\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"height\",\"type\":\"uint64\"},{\"internalType\":\"bytes32\",\"name\":\"blockHash\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"appHash\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"rollupsRoot\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"prevHash\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"valsetHash\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"nextValsetHash\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"timestamp\",\"type\":\"uint64\"},{\"internalType\":\"address\",\"name\":\"poster\",\"type\":\"address\"}],\"internalType\":\"structCheckpoint\",\"name\":\"cp\",\"type\":\"tuple\"}],\"name\":\"msgHashOf\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"staleness\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"sinceSubmission\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"sinceCheckpoint\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"bytes32\",\"name\":\"domain\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"epoch\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"height\",\"type\":\"uint64\"},{\"internalType\":\"bytes32\",\"name\":\"blockHash\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"appHash\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"rollupsRoot\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"prevHash\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"valsetHash\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"nextValsetHash\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"timestamp\",\"type\":\"uint64\"},{\"internalType\":\"address\",\"name\":\"poster\",\"type\":\"address\"}],\"internalType\":\"structCheckpoint\",\"name\":\"cp\",\"type\":\"tuple\"},{\"internalType\":\"uint256[8]\",\"name\":\"proof\",\"type\":\"uint256[8]\"}],\"name\":\"submitCheckpoint\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"verifier\",\"outputs\":[{\"internalType\":\"contractIQuorumVerifier\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"epoch\",\"type\":\"uint64\"},{\"internalType\":\"string\",\"name\":\"rollupId\",\"type\":\"string\"},{\"internalType\":\"uint64\",\"name\":\"height\",\"type\":\"uint64\"},{\"internalType\":\"bytes32\",\"name\":\"batchRoot\",\"type\":\"bytes32\"},{\"components\":[{\"internalType\":\"uint64\",\"name\":\"index\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"total\",\"type\":\"uint64\"},{\"internalType\":\"bytes32[]\",\"name\":\"aunts\",\"type\":\"bytes32[]\"}],\"internalType\":\"structMerkleProof\",\"name\":\"entryProof\",\"type\":\"tuple\"},{\"components\":[{\"internalType\":\"uint64\",\"name\":\"index\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"total\",\"type\":\"uint64\"},{\"internalType\":\"bytes32[]\",\"name\":\"aunts\",\"type\":\"bytes32[]\"}],\"internalType\":\"structMerkleProof\",\"name\":\"heightProof\",\"type\":\"tuple\"}],\"name\":\"verifyRollupBatch\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"}]",
	ID:  "CheckpointRegistry",
	Bin: "0x610100604052348015610010575f5ffd5b5060405161171338038061171383398101604081905261002f91610169565b60808681526001600160401b0380871660a0818152600180546001600160401b031916831781555f8781556040805193840181528984526020808501838152878d16868401908152428916606088018181529a880190815297855260029283905292842095518655519385019390935551929091018054955193518516600160801b02600160801b600160c01b031994861668010000000000000000026001600160801b0319909716939095169290921794909417919091169190911790556001600160a01b0388163b900361012757604051630c661f1960e11b81526001600160a01b038816600482015260240160405180910390fd5b6001600160a01b0390961660c0525050506001600160401b0390921660e052506101e49050565b80516001600160401b0381168114610164575f5ffd5b919050565b5f5f5f5f5f5f5f60e0888a03121561017f575f5ffd5b87516001600160a01b0381168114610195575f5ffd5b602089015190975095506101ab6040890161014e565b94506101b96060890161014e565b608089015160a08a0151919550935091506101d660c0890161014e565b905092959891949750929550565b60805160a05160c05160e0516114da6102395f395f81816102a30152610c3001525f818160f60152610cd801525f8181610324015261056c01525f81816102fd015281816109df0152610a1201526114da5ff3fe608060405234801561000f575f5ffd5b50600436106100cb575f3560e01c80637103a1fc116100885780639cb118bf116100635780639cb118bf146102e5578063c2fb26a6146102f8578063c9b01c851461031f578063ecfaccd314610346575f5ffd5b80637103a1fc1461028b5780637424bfc41461029e5780637eaabe33146102dd575f5ffd5b80630cc44887146100cf5780632b7ac3f3146100f15780632d588b18146101305780633c74f945146102285780634b4ca16a146102495780636f17d2581461026c575b5f5ffd5b6100d761035b565b604080519283526020830191909152015b60405180910390f35b6101187f000000000000000000000000000000000000000000000000000000000000000081565b6040516001600160a01b0390911681526020016100e8565b6101cc61013e36600461102f565b6040805160a0810182525f80825260208201819052918101829052606081018290526080810191909152506001600160401b039081165f90815260026020818152604092839020835160a081018552815481526001820154928101929092529091015480841692820192909252600160401b820483166060820152600160801b909104909116608082015290565b6040516100e891905f60a08201905082518252602083015160208301526001600160401b0360408401511660408301526001600160401b0360608401511660608301526001600160401b03608084015116608083015292915050565b61023b61023636600461105f565b6103dd565b6040519081526020016100e8565b61025c61025736600461108a565b6103ed565b60405190151581526020016100e8565b6001546001600160401b03165f9081526002602052604090205461023b565b61023b61029936600461105f565b6104b1565b6102c57f000000000000000000000000000000000000000000000000000000000000000081565b6040516001600160401b0390911681526020016100e8565b61023b5f5481565b6001546102c5906001600160401b031681565b61023b7f000000000000000000000000000000000000000000000000000000000000000081565b6102c57f000000000000000000000000000000000000000000000000000000000000000081565b610359610354366004611172565b6104bb565b005b6001546001600160401b039081165f9081526002602081905260408220908101549192839261039391600160801b90910416426111c1565b6002820154909350600160401b90046001600160401b031642116103b7575f6103d6565b60028101546103d690600160401b90046001600160401b0316426111c1565b9150509091565b5f6103e782610534565b92915050565b5f5f6103fa898785610569565b905060ff8711156104265760405163b584876160e01b8152600481018890526024015b60405180910390fd5b6040515f9061045790610443908a908c9082908b906020016111d4565b60405160208183030381529060405261076a565b90505f61046486836107db565b6040516001600160c01b031960c08b901b166020820152602881018290529091505f9061049390604801610443565b9050836104a087836107db565b149c9b505050505050505050505050565b5f6103e7826109ab565b5f6104c5836109da565b90506104d083610bd3565b6105258260405180606001604052807f30644e72e131a029b85045b68181585d2833e84879b9709143e1f593f0000001855f1c61050d91906111fd565b815260e0870135602082015233604090910152610cc1565b61052f8382610dc9565b505050565b5f7f30644e72e131a029b85045b68181585d2833e84879b9709143e1f593f000000161055f836109ab565b6103e791906111fd565b5f7f00000000000000000000000000000000000000000000000000000000000000006001600160401b0316846001600160401b03161115806105b957506001546001600160401b03908116908516115b156105e257604051632938879b60e21b81526001600160401b038516600482015260240161041d565b5f6002816105f160018861121c565b6001600160401b03908116825260208083019390935260409182015f9081206002908101548a841683529452919091209181169250851682101580610646575060028101546001600160401b03908116908616115b15610677576040516396b1703b60e01b81526001600160401b0380881660048301528616602482015260440161041d565b5f6001610684848861121c565b61068e919061121c565b60028301549091505f906106ac9085906001600160401b031661121c565b90506001600160401b0382166106c5602088018861102f565b6001600160401b03161415806106fc57506001600160401b0381166106f0604088016020890161102f565b6001600160401b031614155b1561075b5761070e602087018761102f565b61071e604088016020890161102f565b6040516332757d6d60e01b81526001600160401b03928316600482015290821660248201528184166044820152908216606482015260840161041d565b50506001015495945050505050565b5f60025f60f81b83604051602001610783929190611252565b60408051601f198184030181529082905261079d91611275565b602060405180830381855afa1580156107b8573d5f5f3e3d5ffd5b5050506040513d601f19601f820116820180604052508101906103e79190611280565b5f806107ea602085018561102f565b6001600160401b031690505f610806604086016020870161102f565b6001600160401b0316905080821061086157610825602086018661102f565b610835604087016020880161102f565b604051630650f7a360e01b81526001600160401b0392831660048201529116602482015260440161041d565b5f5f5b60018311156108bd575f61087784610f7b565b90508085106108a6576001821b929092179161089381866111c1565b945061089f81856111c1565b93506108aa565b8093505b816108b481611297565b92505050610864565b806108cb60408901896112af565b905014610904576108df60408801886112af565b604051633a67ea2360e11b815261041d92508390600401918252602082015260400190565b8594505f5b818110156109a0575f8161091e6001856111c1565b61092891906111c1565b9050600184821c811614610968576109638761094760408c018c6112af565b85818110610957576109576112fb565b90506020020135610f97565b610995565b61099561097860408b018b6112af565b84818110610988576109886112fb565b9050602002013588610f97565b965050600101610909565b505050505092915050565b5f816040516020016109bd9190611325565b604051602081830303815290604052805190602001209050919050565b5f81357f000000000000000000000000000000000000000000000000000000000000000014610a45576040516370ebf18d60e01b81527f000000000000000000000000000000000000000000000000000000000000000060048201528235602482015260440161041d565b600180546001600160401b031690610a5e9082906113df565b6001600160401b0316610a77604085016020860161102f565b6001600160401b031614610acc57610a908160016113df565b610aa0604085016020860161102f565b604051630ae4993b60e21b81526001600160401b0392831660048201529116602482015260440161041d565b6001600160401b0381165f908152600260205260409020805460c085013514610b1857805460405163f2a2706760e01b8152600481019190915260c0850135602482015260440161041d565b60028101546001600160401b0316610b36606086016040870161102f565b6001600160401b031611610b8e5760028101546001600160401b0316610b62606086016040870161102f565b6040516302e14f0160e41b81526001600160401b0392831660048201529116602482015260440161041d565b5f5460e08501358114610bc1576040516364d21a1560e01b81526004810182905260e0860135602482015260440161041d565b610bca856109ab565b95945050505050565b5f610be6610160830161014084016113fe565b6001600160a01b03161480610c1d5750610c08610160820161014083016113fe565b6001600160a01b0316336001600160a01b0316145b15610c255750565b5f6001600160401b037f000000000000000000000000000000000000000000000000000000000000000016610c626101408401610120850161102f565b6001600160401b0316610c759190611417565b905080421015610cbd57610c91610160830161014084016113fe565b6040516313524f3560e31b81526001600160a01b0390911660048201526024810182905260440161041d565b5050565b6040516365c0325960e01b81526001600160a01b037f000000000000000000000000000000000000000000000000000000000000000016906365c0325990610d0f908590859060040161142a565b5f6040518083038186803b158015610d25575f5ffd5b505afa925050508015610d36575060015b610cbd573d808015610d63576040519150601f19603f3d011682016040523d82523d5f602084013e610d68565b606091505b5080516004148015610d92575063a54f8e2760e01b610d8682611466565b6001600160e01b031916145b15610db0576040516365607d9b60e11b815260040160405180910390fd5b6040516309bde33960e01b815260040160405180910390fd5b6040518060a001604052808281526020018360a001358152602001836040016020810190610df7919061102f565b6001600160401b03168152602001610e176101408501610120860161102f565b6001600160401b03168152602001426001600160401b031681525060025f846020016020810190610e48919061102f565b6001600160401b03908116825260208083019390935260409182015f2084518155848401516001820155848301516002909101805460608701516080909701519284166fffffffffffffffffffffffffffffffff1990911617600160401b968416969096029590951767ffffffffffffffff60801b1916600160801b919092160217909255610edb91840190840161102f565b6001805467ffffffffffffffff19166001600160401b03929092169190911790556101008201355f5580610f15606084016040850161102f565b6001600160401b0316610f2e604085016020860161102f565b6040805160a087013581523360208201526001600160401b0392909216917ffc56610de6b386cb9865d266b1d834957d0968d3454f8c508a27d51486f74de3910160405180910390a45050565b60015b81600182901b1015610f925760011b610f7e565b919050565b604051600160f81b602082015260218101839052604181018290525f9060029060610160408051601f1981840301815290829052610fd491611275565b602060405180830381855afa158015610fef573d5f5f3e3d5ffd5b5050506040513d601f19601f820116820180604052508101906110129190611280565b9392505050565b80356001600160401b0381168114610f92575f5ffd5b5f6020828403121561103f575f5ffd5b61101282611019565b5f6101608284031215611059575f5ffd5b50919050565b5f6101608284031215611070575f5ffd5b6110128383611048565b5f60608284031215611059575f5ffd5b5f5f5f5f5f5f5f60c0888a0312156110a0575f5ffd5b6110a988611019565b965060208801356001600160401b038111156110c3575f5ffd5b8801601f81018a136110d3575f5ffd5b80356001600160401b038111156110e8575f5ffd5b8a60208284010111156110f9575f5ffd5b6020919091019650945061110f60408901611019565b93506060880135925060808801356001600160401b03811115611130575f5ffd5b61113c8a828b0161107a565b92505060a08801356001600160401b03811115611157575f5ffd5b6111638a828b0161107a565b91505092959891949750929550565b5f5f6102608385031215611184575f5ffd5b61118e8484611048565b915083610260840111156111a0575f5ffd5b5092610160919091019150565b634e487b7160e01b5f52601160045260245ffd5b818103818111156103e7576103e76111ad565b60f885901b6001600160f81b031916815282846001830137600192019182015260210192915050565b5f8261121757634e487b7160e01b5f52601260045260245ffd5b500690565b6001600160401b0382811682821603908111156103e7576103e76111ad565b5f81518060208401855e5f93019283525090919050565b6001600160f81b0319831681525f61126d600183018461123b565b949350505050565b5f611012828461123b565b5f60208284031215611290575f5ffd5b5051919050565b5f600182016112a8576112a86111ad565b5060010190565b5f5f8335601e198436030181126112c4575f5ffd5b8301803591506001600160401b038211156112dd575f5ffd5b6020019150600581901b36038213156112f4575f5ffd5b9250929050565b634e487b7160e01b5f52603260045260245ffd5b80356001600160a01b0381168114610f92575f5ffd5b81358152610160810161133a60208401611019565b6001600160401b0316602083015261135460408401611019565b6001600160401b03166040830152606083810135908301526080808401359083015260a0808401359083015260c0808401359083015260e0808401359083015261010080840135908301526113ac6101208401611019565b6001600160401b03166101208301526113c8610140840161130f565b6001600160a01b0381166101408401525092915050565b6001600160401b0381811683821601908111156103e7576103e76111ad565b5f6020828403121561140e575f5ffd5b6110128261130f565b808201808211156103e7576103e76111ad565b61016081016101008483376101008201835f5b600381101561145c57815183526020928301929091019060010161143d565b5050509392505050565b805160208201516001600160e01b031981169190600482101561149d576001600160e01b0319600483900360031b81901b82161692505b505091905056fea26469706673582212200de00ae0f8462989905c11d30e1ebc72ad7d650c1182d011787e6afedf2ff9bf64736f6c634300081c0033",
}

// CheckpointRegistry is an auto generated Go binding around an Ethereum contract.
type CheckpointRegistry struct {
	abi abi.ABI
}

// GetABI returns the ABI associated with this contract binding.
func (c *CheckpointRegistry) GetABI() abi.ABI {
	return c.abi
}

// NewCheckpointRegistry creates a new instance of CheckpointRegistry.
func NewCheckpointRegistry() *CheckpointRegistry {
	parsed, err := CheckpointRegistryMetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &CheckpointRegistry{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *CheckpointRegistry) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackConstructor is the Go binding used to pack the parameters required for
// contract deployment.
//
// Solidity: constructor(address verifier_, bytes32 domain_, uint64 anchorEpoch_, uint64 anchorHeight_, bytes32 anchorHash_, bytes32 anchorValsetHash_, uint64 exclusiveWindow_) returns()
func (checkpointRegistry *CheckpointRegistry) PackConstructor(verifier_ common.Address, domain_ [32]byte, anchorEpoch_ uint64, anchorHeight_ uint64, anchorHash_ [32]byte, anchorValsetHash_ [32]byte, exclusiveWindow_ uint64) []byte {
	enc, err := checkpointRegistry.abi.Pack("", verifier_, domain_, anchorEpoch_, anchorHeight_, anchorHash_, anchorValsetHash_, exclusiveWindow_)
	if err != nil {
		panic(err)
	}
	return enc
}

// PackAnchorEpoch is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc9b01c85.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function anchorEpoch() view returns(uint64)
func (checkpointRegistry *CheckpointRegistry) PackAnchorEpoch() []byte {
	enc, err := checkpointRegistry.abi.Pack("anchorEpoch")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackAnchorEpoch is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc9b01c85.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function anchorEpoch() view returns(uint64)
func (checkpointRegistry *CheckpointRegistry) TryPackAnchorEpoch() ([]byte, error) {
	return checkpointRegistry.abi.Pack("anchorEpoch")
}

// UnpackAnchorEpoch is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xc9b01c85.
//
// Solidity: function anchorEpoch() view returns(uint64)
func (checkpointRegistry *CheckpointRegistry) UnpackAnchorEpoch(data []byte) (uint64, error) {
	out, err := checkpointRegistry.abi.Unpack("anchorEpoch", data)
	if err != nil {
		return *new(uint64), err
	}
	out0 := *abi.ConvertType(out[0], new(uint64)).(*uint64)
	return out0, nil
}

// PackCheckpoint is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x2d588b18.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function checkpoint(uint64 epoch) view returns((bytes32,bytes32,uint64,uint64,uint64))
func (checkpointRegistry *CheckpointRegistry) PackCheckpoint(epoch uint64) []byte {
	enc, err := checkpointRegistry.abi.Pack("checkpoint", epoch)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackCheckpoint is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x2d588b18.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function checkpoint(uint64 epoch) view returns((bytes32,bytes32,uint64,uint64,uint64))
func (checkpointRegistry *CheckpointRegistry) TryPackCheckpoint(epoch uint64) ([]byte, error) {
	return checkpointRegistry.abi.Pack("checkpoint", epoch)
}

// UnpackCheckpoint is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x2d588b18.
//
// Solidity: function checkpoint(uint64 epoch) view returns((bytes32,bytes32,uint64,uint64,uint64))
func (checkpointRegistry *CheckpointRegistry) UnpackCheckpoint(data []byte) (CheckpointRecord, error) {
	out, err := checkpointRegistry.abi.Unpack("checkpoint", data)
	if err != nil {
		return *new(CheckpointRecord), err
	}
	out0 := *abi.ConvertType(out[0], new(CheckpointRecord)).(*CheckpointRecord)
	return out0, nil
}

// PackCheckpointHashOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7103a1fc.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function checkpointHashOf((bytes32,uint64,uint64,bytes32,bytes32,bytes32,bytes32,bytes32,bytes32,uint64,address) cp) pure returns(bytes32)
func (checkpointRegistry *CheckpointRegistry) PackCheckpointHashOf(cp Checkpoint) []byte {
	enc, err := checkpointRegistry.abi.Pack("checkpointHashOf", cp)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackCheckpointHashOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7103a1fc.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function checkpointHashOf((bytes32,uint64,uint64,bytes32,bytes32,bytes32,bytes32,bytes32,bytes32,uint64,address) cp) pure returns(bytes32)
func (checkpointRegistry *CheckpointRegistry) TryPackCheckpointHashOf(cp Checkpoint) ([]byte, error) {
	return checkpointRegistry.abi.Pack("checkpointHashOf", cp)
}

// UnpackCheckpointHashOf is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x7103a1fc.
//
// Solidity: function checkpointHashOf((bytes32,uint64,uint64,bytes32,bytes32,bytes32,bytes32,bytes32,bytes32,uint64,address) cp) pure returns(bytes32)
func (checkpointRegistry *CheckpointRegistry) UnpackCheckpointHashOf(data []byte) ([32]byte, error) {
	out, err := checkpointRegistry.abi.Unpack("checkpointHashOf", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackCurrentValsetHash is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7eaabe33.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function currentValsetHash() view returns(bytes32)
func (checkpointRegistry *CheckpointRegistry) PackCurrentValsetHash() []byte {
	enc, err := checkpointRegistry.abi.Pack("currentValsetHash")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackCurrentValsetHash is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7eaabe33.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function currentValsetHash() view returns(bytes32)
func (checkpointRegistry *CheckpointRegistry) TryPackCurrentValsetHash() ([]byte, error) {
	return checkpointRegistry.abi.Pack("currentValsetHash")
}

// UnpackCurrentValsetHash is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x7eaabe33.
//
// Solidity: function currentValsetHash() view returns(bytes32)
func (checkpointRegistry *CheckpointRegistry) UnpackCurrentValsetHash(data []byte) ([32]byte, error) {
	out, err := checkpointRegistry.abi.Unpack("currentValsetHash", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackDomain is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc2fb26a6.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function domain() view returns(bytes32)
func (checkpointRegistry *CheckpointRegistry) PackDomain() []byte {
	enc, err := checkpointRegistry.abi.Pack("domain")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackDomain is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc2fb26a6.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function domain() view returns(bytes32)
func (checkpointRegistry *CheckpointRegistry) TryPackDomain() ([]byte, error) {
	return checkpointRegistry.abi.Pack("domain")
}

// UnpackDomain is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xc2fb26a6.
//
// Solidity: function domain() view returns(bytes32)
func (checkpointRegistry *CheckpointRegistry) UnpackDomain(data []byte) ([32]byte, error) {
	out, err := checkpointRegistry.abi.Unpack("domain", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackExclusiveWindow is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7424bfc4.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function exclusiveWindow() view returns(uint64)
func (checkpointRegistry *CheckpointRegistry) PackExclusiveWindow() []byte {
	enc, err := checkpointRegistry.abi.Pack("exclusiveWindow")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackExclusiveWindow is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7424bfc4.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function exclusiveWindow() view returns(uint64)
func (checkpointRegistry *CheckpointRegistry) TryPackExclusiveWindow() ([]byte, error) {
	return checkpointRegistry.abi.Pack("exclusiveWindow")
}

// UnpackExclusiveWindow is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x7424bfc4.
//
// Solidity: function exclusiveWindow() view returns(uint64)
func (checkpointRegistry *CheckpointRegistry) UnpackExclusiveWindow(data []byte) (uint64, error) {
	out, err := checkpointRegistry.abi.Unpack("exclusiveWindow", data)
	if err != nil {
		return *new(uint64), err
	}
	out0 := *abi.ConvertType(out[0], new(uint64)).(*uint64)
	return out0, nil
}

// PackLatestEpoch is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x9cb118bf.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function latestEpoch() view returns(uint64)
func (checkpointRegistry *CheckpointRegistry) PackLatestEpoch() []byte {
	enc, err := checkpointRegistry.abi.Pack("latestEpoch")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackLatestEpoch is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x9cb118bf.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function latestEpoch() view returns(uint64)
func (checkpointRegistry *CheckpointRegistry) TryPackLatestEpoch() ([]byte, error) {
	return checkpointRegistry.abi.Pack("latestEpoch")
}

// UnpackLatestEpoch is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x9cb118bf.
//
// Solidity: function latestEpoch() view returns(uint64)
func (checkpointRegistry *CheckpointRegistry) UnpackLatestEpoch(data []byte) (uint64, error) {
	out, err := checkpointRegistry.abi.Unpack("latestEpoch", data)
	if err != nil {
		return *new(uint64), err
	}
	out0 := *abi.ConvertType(out[0], new(uint64)).(*uint64)
	return out0, nil
}

// PackLatestHash is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x6f17d258.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function latestHash() view returns(bytes32)
func (checkpointRegistry *CheckpointRegistry) PackLatestHash() []byte {
	enc, err := checkpointRegistry.abi.Pack("latestHash")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackLatestHash is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x6f17d258.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function latestHash() view returns(bytes32)
func (checkpointRegistry *CheckpointRegistry) TryPackLatestHash() ([]byte, error) {
	return checkpointRegistry.abi.Pack("latestHash")
}

// UnpackLatestHash is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x6f17d258.
//
// Solidity: function latestHash() view returns(bytes32)
func (checkpointRegistry *CheckpointRegistry) UnpackLatestHash(data []byte) ([32]byte, error) {
	out, err := checkpointRegistry.abi.Unpack("latestHash", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackMsgHashOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3c74f945.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function msgHashOf((bytes32,uint64,uint64,bytes32,bytes32,bytes32,bytes32,bytes32,bytes32,uint64,address) cp) pure returns(uint256)
func (checkpointRegistry *CheckpointRegistry) PackMsgHashOf(cp Checkpoint) []byte {
	enc, err := checkpointRegistry.abi.Pack("msgHashOf", cp)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMsgHashOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3c74f945.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function msgHashOf((bytes32,uint64,uint64,bytes32,bytes32,bytes32,bytes32,bytes32,bytes32,uint64,address) cp) pure returns(uint256)
func (checkpointRegistry *CheckpointRegistry) TryPackMsgHashOf(cp Checkpoint) ([]byte, error) {
	return checkpointRegistry.abi.Pack("msgHashOf", cp)
}

// UnpackMsgHashOf is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x3c74f945.
//
// Solidity: function msgHashOf((bytes32,uint64,uint64,bytes32,bytes32,bytes32,bytes32,bytes32,bytes32,uint64,address) cp) pure returns(uint256)
func (checkpointRegistry *CheckpointRegistry) UnpackMsgHashOf(data []byte) (*big.Int, error) {
	out, err := checkpointRegistry.abi.Unpack("msgHashOf", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackStaleness is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x0cc44887.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function staleness() view returns(uint256 sinceSubmission, uint256 sinceCheckpoint)
func (checkpointRegistry *CheckpointRegistry) PackStaleness() []byte {
	enc, err := checkpointRegistry.abi.Pack("staleness")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackStaleness is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x0cc44887.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function staleness() view returns(uint256 sinceSubmission, uint256 sinceCheckpoint)
func (checkpointRegistry *CheckpointRegistry) TryPackStaleness() ([]byte, error) {
	return checkpointRegistry.abi.Pack("staleness")
}

// StalenessOutput serves as a container for the return parameters of contract
// method Staleness.
type StalenessOutput struct {
	SinceSubmission *big.Int
	SinceCheckpoint *big.Int
}

// UnpackStaleness is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x0cc44887.
//
// Solidity: function staleness() view returns(uint256 sinceSubmission, uint256 sinceCheckpoint)
func (checkpointRegistry *CheckpointRegistry) UnpackStaleness(data []byte) (StalenessOutput, error) {
	out, err := checkpointRegistry.abi.Unpack("staleness", data)
	outstruct := new(StalenessOutput)
	if err != nil {
		return *outstruct, err
	}
	outstruct.SinceSubmission = abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	outstruct.SinceCheckpoint = abi.ConvertType(out[1], new(big.Int)).(*big.Int)
	return *outstruct, nil
}

// PackSubmitCheckpoint is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xecfaccd3.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function submitCheckpoint((bytes32,uint64,uint64,bytes32,bytes32,bytes32,bytes32,bytes32,bytes32,uint64,address) cp, uint256[8] proof) returns()
func (checkpointRegistry *CheckpointRegistry) PackSubmitCheckpoint(cp Checkpoint, proof [8]*big.Int) []byte {
	enc, err := checkpointRegistry.abi.Pack("submitCheckpoint", cp, proof)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSubmitCheckpoint is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xecfaccd3.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function submitCheckpoint((bytes32,uint64,uint64,bytes32,bytes32,bytes32,bytes32,bytes32,bytes32,uint64,address) cp, uint256[8] proof) returns()
func (checkpointRegistry *CheckpointRegistry) TryPackSubmitCheckpoint(cp Checkpoint, proof [8]*big.Int) ([]byte, error) {
	return checkpointRegistry.abi.Pack("submitCheckpoint", cp, proof)
}

// PackVerifier is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x2b7ac3f3.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function verifier() view returns(address)
func (checkpointRegistry *CheckpointRegistry) PackVerifier() []byte {
	enc, err := checkpointRegistry.abi.Pack("verifier")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackVerifier is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x2b7ac3f3.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function verifier() view returns(address)
func (checkpointRegistry *CheckpointRegistry) TryPackVerifier() ([]byte, error) {
	return checkpointRegistry.abi.Pack("verifier")
}

// UnpackVerifier is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x2b7ac3f3.
//
// Solidity: function verifier() view returns(address)
func (checkpointRegistry *CheckpointRegistry) UnpackVerifier(data []byte) (common.Address, error) {
	out, err := checkpointRegistry.abi.Unpack("verifier", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackVerifyRollupBatch is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4b4ca16a.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function verifyRollupBatch(uint64 epoch, string rollupId, uint64 height, bytes32 batchRoot, (uint64,uint64,bytes32[]) entryProof, (uint64,uint64,bytes32[]) heightProof) view returns(bool)
func (checkpointRegistry *CheckpointRegistry) PackVerifyRollupBatch(epoch uint64, rollupId string, height uint64, batchRoot [32]byte, entryProof MerkleProof, heightProof MerkleProof) []byte {
	enc, err := checkpointRegistry.abi.Pack("verifyRollupBatch", epoch, rollupId, height, batchRoot, entryProof, heightProof)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackVerifyRollupBatch is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4b4ca16a.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function verifyRollupBatch(uint64 epoch, string rollupId, uint64 height, bytes32 batchRoot, (uint64,uint64,bytes32[]) entryProof, (uint64,uint64,bytes32[]) heightProof) view returns(bool)
func (checkpointRegistry *CheckpointRegistry) TryPackVerifyRollupBatch(epoch uint64, rollupId string, height uint64, batchRoot [32]byte, entryProof MerkleProof, heightProof MerkleProof) ([]byte, error) {
	return checkpointRegistry.abi.Pack("verifyRollupBatch", epoch, rollupId, height, batchRoot, entryProof, heightProof)
}

// UnpackVerifyRollupBatch is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x4b4ca16a.
//
// Solidity: function verifyRollupBatch(uint64 epoch, string rollupId, uint64 height, bytes32 batchRoot, (uint64,uint64,bytes32[]) entryProof, (uint64,uint64,bytes32[]) heightProof) view returns(bool)
func (checkpointRegistry *CheckpointRegistry) UnpackVerifyRollupBatch(data []byte) (bool, error) {
	out, err := checkpointRegistry.abi.Unpack("verifyRollupBatch", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// CheckpointRegistryCheckpointSubmitted represents a CheckpointSubmitted event raised by the CheckpointRegistry contract.
type CheckpointRegistryCheckpointSubmitted struct {
	Epoch          uint64
	Height         uint64
	CheckpointHash [32]byte
	RollupsRoot    [32]byte
	Submitter      common.Address
	Raw            *types.Log // Blockchain specific contextual infos
}

const CheckpointRegistryCheckpointSubmittedEventName = "CheckpointSubmitted"

// ContractEventName returns the user-defined event name.
func (CheckpointRegistryCheckpointSubmitted) ContractEventName() string {
	return CheckpointRegistryCheckpointSubmittedEventName
}

// UnpackCheckpointSubmittedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event CheckpointSubmitted(uint64 indexed epoch, uint64 indexed height, bytes32 indexed checkpointHash, bytes32 rollupsRoot, address submitter)
func (checkpointRegistry *CheckpointRegistry) UnpackCheckpointSubmittedEvent(log *types.Log) (*CheckpointRegistryCheckpointSubmitted, error) {
	event := "CheckpointSubmitted"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != checkpointRegistry.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(CheckpointRegistryCheckpointSubmitted)
	if len(log.Data) > 0 {
		if err := checkpointRegistry.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range checkpointRegistry.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// UnpackError attempts to decode the provided error data using user-defined
// error definitions.
func (checkpointRegistry *CheckpointRegistry) UnpackError(raw []byte) (any, error) {
	if bytes.Equal(raw[:4], checkpointRegistry.abi.Errors["HeightNotInCheckpoint"].ID.Bytes()[:4]) {
		return checkpointRegistry.UnpackHeightNotInCheckpointError(raw[4:])
	}
	if bytes.Equal(raw[:4], checkpointRegistry.abi.Errors["HeightNotIncreasing"].ID.Bytes()[:4]) {
		return checkpointRegistry.UnpackHeightNotIncreasingError(raw[4:])
	}
	if bytes.Equal(raw[:4], checkpointRegistry.abi.Errors["HeightProofMismatch"].ID.Bytes()[:4]) {
		return checkpointRegistry.UnpackHeightProofMismatchError(raw[4:])
	}
	if bytes.Equal(raw[:4], checkpointRegistry.abi.Errors["InputNotInField"].ID.Bytes()[:4]) {
		return checkpointRegistry.UnpackInputNotInFieldError(raw[4:])
	}
	if bytes.Equal(raw[:4], checkpointRegistry.abi.Errors["InvalidProof"].ID.Bytes()[:4]) {
		return checkpointRegistry.UnpackInvalidProofError(raw[4:])
	}
	if bytes.Equal(raw[:4], checkpointRegistry.abi.Errors["NotPoster"].ID.Bytes()[:4]) {
		return checkpointRegistry.UnpackNotPosterError(raw[4:])
	}
	if bytes.Equal(raw[:4], checkpointRegistry.abi.Errors["ProofIndexOutOfRange"].ID.Bytes()[:4]) {
		return checkpointRegistry.UnpackProofIndexOutOfRangeError(raw[4:])
	}
	if bytes.Equal(raw[:4], checkpointRegistry.abi.Errors["ProofLengthMismatch"].ID.Bytes()[:4]) {
		return checkpointRegistry.UnpackProofLengthMismatchError(raw[4:])
	}
	if bytes.Equal(raw[:4], checkpointRegistry.abi.Errors["RollupIdTooLong"].ID.Bytes()[:4]) {
		return checkpointRegistry.UnpackRollupIdTooLongError(raw[4:])
	}
	if bytes.Equal(raw[:4], checkpointRegistry.abi.Errors["UnknownEpoch"].ID.Bytes()[:4]) {
		return checkpointRegistry.UnpackUnknownEpochError(raw[4:])
	}
	if bytes.Equal(raw[:4], checkpointRegistry.abi.Errors["VerifierNotContract"].ID.Bytes()[:4]) {
		return checkpointRegistry.UnpackVerifierNotContractError(raw[4:])
	}
	if bytes.Equal(raw[:4], checkpointRegistry.abi.Errors["WrongDomain"].ID.Bytes()[:4]) {
		return checkpointRegistry.UnpackWrongDomainError(raw[4:])
	}
	if bytes.Equal(raw[:4], checkpointRegistry.abi.Errors["WrongEpoch"].ID.Bytes()[:4]) {
		return checkpointRegistry.UnpackWrongEpochError(raw[4:])
	}
	if bytes.Equal(raw[:4], checkpointRegistry.abi.Errors["WrongPrevHash"].ID.Bytes()[:4]) {
		return checkpointRegistry.UnpackWrongPrevHashError(raw[4:])
	}
	if bytes.Equal(raw[:4], checkpointRegistry.abi.Errors["WrongValset"].ID.Bytes()[:4]) {
		return checkpointRegistry.UnpackWrongValsetError(raw[4:])
	}
	return nil, errors.New("Unknown error")
}

// CheckpointRegistryHeightNotInCheckpoint represents a HeightNotInCheckpoint error raised by the CheckpointRegistry contract.
type CheckpointRegistryHeightNotInCheckpoint struct {
	Epoch  uint64
	Height uint64
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error HeightNotInCheckpoint(uint64 epoch, uint64 height)
func CheckpointRegistryHeightNotInCheckpointErrorID() common.Hash {
	return common.HexToHash("0x96b1703b259074dd5c86bfb82cf5eb21f86600fd429db19bfd4d7af732c83116")
}

// UnpackHeightNotInCheckpointError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error HeightNotInCheckpoint(uint64 epoch, uint64 height)
func (checkpointRegistry *CheckpointRegistry) UnpackHeightNotInCheckpointError(raw []byte) (*CheckpointRegistryHeightNotInCheckpoint, error) {
	out := new(CheckpointRegistryHeightNotInCheckpoint)
	if err := checkpointRegistry.abi.UnpackIntoInterface(out, "HeightNotInCheckpoint", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// CheckpointRegistryHeightNotIncreasing represents a HeightNotIncreasing error raised by the CheckpointRegistry contract.
type CheckpointRegistryHeightNotIncreasing struct {
	Latest uint64
	Got    uint64
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error HeightNotIncreasing(uint64 latest, uint64 got)
func CheckpointRegistryHeightNotIncreasingErrorID() common.Hash {
	return common.HexToHash("0x2e14f0100769bf26ab1bba081fabc568cad86407d494f433d31f2083804f5cce")
}

// UnpackHeightNotIncreasingError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error HeightNotIncreasing(uint64 latest, uint64 got)
func (checkpointRegistry *CheckpointRegistry) UnpackHeightNotIncreasingError(raw []byte) (*CheckpointRegistryHeightNotIncreasing, error) {
	out := new(CheckpointRegistryHeightNotIncreasing)
	if err := checkpointRegistry.abi.UnpackIntoInterface(out, "HeightNotIncreasing", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// CheckpointRegistryHeightProofMismatch represents a HeightProofMismatch error raised by the CheckpointRegistry contract.
type CheckpointRegistryHeightProofMismatch struct {
	Index     uint64
	Total     uint64
	WantIndex uint64
	WantTotal uint64
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error HeightProofMismatch(uint64 index, uint64 total, uint64 wantIndex, uint64 wantTotal)
func CheckpointRegistryHeightProofMismatchErrorID() common.Hash {
	return common.HexToHash("0x32757d6dff78751f9a16b3c29aa2491c946f8356f4341bd59fb6f4efdbf8b613")
}

// UnpackHeightProofMismatchError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error HeightProofMismatch(uint64 index, uint64 total, uint64 wantIndex, uint64 wantTotal)
func (checkpointRegistry *CheckpointRegistry) UnpackHeightProofMismatchError(raw []byte) (*CheckpointRegistryHeightProofMismatch, error) {
	out := new(CheckpointRegistryHeightProofMismatch)
	if err := checkpointRegistry.abi.UnpackIntoInterface(out, "HeightProofMismatch", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// CheckpointRegistryInputNotInField represents a InputNotInField error raised by the CheckpointRegistry contract.
type CheckpointRegistryInputNotInField struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InputNotInField()
func CheckpointRegistryInputNotInFieldErrorID() common.Hash {
	return common.HexToHash("0xcac0fb364f244c0df0a339e902466715cc1562ec0094101bef7baf9d27fef582")
}

// UnpackInputNotInFieldError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InputNotInField()
func (checkpointRegistry *CheckpointRegistry) UnpackInputNotInFieldError(raw []byte) (*CheckpointRegistryInputNotInField, error) {
	out := new(CheckpointRegistryInputNotInField)
	if err := checkpointRegistry.abi.UnpackIntoInterface(out, "InputNotInField", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// CheckpointRegistryInvalidProof represents a InvalidProof error raised by the CheckpointRegistry contract.
type CheckpointRegistryInvalidProof struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InvalidProof()
func CheckpointRegistryInvalidProofErrorID() common.Hash {
	return common.HexToHash("0x09bde339c6b182be216ee7ef8ccff6338c6ef7993445216112ae575c5438fd27")
}

// UnpackInvalidProofError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InvalidProof()
func (checkpointRegistry *CheckpointRegistry) UnpackInvalidProofError(raw []byte) (*CheckpointRegistryInvalidProof, error) {
	out := new(CheckpointRegistryInvalidProof)
	if err := checkpointRegistry.abi.UnpackIntoInterface(out, "InvalidProof", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// CheckpointRegistryNotPoster represents a NotPoster error raised by the CheckpointRegistry contract.
type CheckpointRegistryNotPoster struct {
	Poster         common.Address
	ExclusiveUntil *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotPoster(address poster, uint256 exclusiveUntil)
func CheckpointRegistryNotPosterErrorID() common.Hash {
	return common.HexToHash("0x9a9279a88ae27f871eae05e18b8d642db4b1eb78dda0910c3cb00407eb3cbbeb")
}

// UnpackNotPosterError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotPoster(address poster, uint256 exclusiveUntil)
func (checkpointRegistry *CheckpointRegistry) UnpackNotPosterError(raw []byte) (*CheckpointRegistryNotPoster, error) {
	out := new(CheckpointRegistryNotPoster)
	if err := checkpointRegistry.abi.UnpackIntoInterface(out, "NotPoster", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// CheckpointRegistryProofIndexOutOfRange represents a ProofIndexOutOfRange error raised by the CheckpointRegistry contract.
type CheckpointRegistryProofIndexOutOfRange struct {
	Index uint64
	Total uint64
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ProofIndexOutOfRange(uint64 index, uint64 total)
func CheckpointRegistryProofIndexOutOfRangeErrorID() common.Hash {
	return common.HexToHash("0x0650f7a3fa7dc22c32c626e9f7b5186429038875cbc5350da0f228f084fb1f2e")
}

// UnpackProofIndexOutOfRangeError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ProofIndexOutOfRange(uint64 index, uint64 total)
func (checkpointRegistry *CheckpointRegistry) UnpackProofIndexOutOfRangeError(raw []byte) (*CheckpointRegistryProofIndexOutOfRange, error) {
	out := new(CheckpointRegistryProofIndexOutOfRange)
	if err := checkpointRegistry.abi.UnpackIntoInterface(out, "ProofIndexOutOfRange", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// CheckpointRegistryProofLengthMismatch represents a ProofLengthMismatch error raised by the CheckpointRegistry contract.
type CheckpointRegistryProofLengthMismatch struct {
	Got  *big.Int
	Want *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ProofLengthMismatch(uint256 got, uint256 want)
func CheckpointRegistryProofLengthMismatchErrorID() common.Hash {
	return common.HexToHash("0x74cfd446829961a630469f719dae7632f3a178e0c4977acb7110dcdfeaec5f15")
}

// UnpackProofLengthMismatchError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ProofLengthMismatch(uint256 got, uint256 want)
func (checkpointRegistry *CheckpointRegistry) UnpackProofLengthMismatchError(raw []byte) (*CheckpointRegistryProofLengthMismatch, error) {
	out := new(CheckpointRegistryProofLengthMismatch)
	if err := checkpointRegistry.abi.UnpackIntoInterface(out, "ProofLengthMismatch", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// CheckpointRegistryRollupIdTooLong represents a RollupIdTooLong error raised by the CheckpointRegistry contract.
type CheckpointRegistryRollupIdTooLong struct {
	Length *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error RollupIdTooLong(uint256 length)
func CheckpointRegistryRollupIdTooLongErrorID() common.Hash {
	return common.HexToHash("0xb584876198e7af8da4ed53054017980e26d7398c961f8082d2fe8c7238c11f94")
}

// UnpackRollupIdTooLongError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error RollupIdTooLong(uint256 length)
func (checkpointRegistry *CheckpointRegistry) UnpackRollupIdTooLongError(raw []byte) (*CheckpointRegistryRollupIdTooLong, error) {
	out := new(CheckpointRegistryRollupIdTooLong)
	if err := checkpointRegistry.abi.UnpackIntoInterface(out, "RollupIdTooLong", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// CheckpointRegistryUnknownEpoch represents a UnknownEpoch error raised by the CheckpointRegistry contract.
type CheckpointRegistryUnknownEpoch struct {
	Epoch uint64
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error UnknownEpoch(uint64 epoch)
func CheckpointRegistryUnknownEpochErrorID() common.Hash {
	return common.HexToHash("0xa4e21e6c8f881eff51b5764f98a67304231c1cb1ba8af636f941098552d2bd6c")
}

// UnpackUnknownEpochError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error UnknownEpoch(uint64 epoch)
func (checkpointRegistry *CheckpointRegistry) UnpackUnknownEpochError(raw []byte) (*CheckpointRegistryUnknownEpoch, error) {
	out := new(CheckpointRegistryUnknownEpoch)
	if err := checkpointRegistry.abi.UnpackIntoInterface(out, "UnknownEpoch", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// CheckpointRegistryVerifierNotContract represents a VerifierNotContract error raised by the CheckpointRegistry contract.
type CheckpointRegistryVerifierNotContract struct {
	Verifier common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error VerifierNotContract(address verifier)
func CheckpointRegistryVerifierNotContractErrorID() common.Hash {
	return common.HexToHash("0x18cc3e32f774b2ccdbef8ce54002797074870b11de6c3928e51a7390018a9a90")
}

// UnpackVerifierNotContractError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error VerifierNotContract(address verifier)
func (checkpointRegistry *CheckpointRegistry) UnpackVerifierNotContractError(raw []byte) (*CheckpointRegistryVerifierNotContract, error) {
	out := new(CheckpointRegistryVerifierNotContract)
	if err := checkpointRegistry.abi.UnpackIntoInterface(out, "VerifierNotContract", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// CheckpointRegistryWrongDomain represents a WrongDomain error raised by the CheckpointRegistry contract.
type CheckpointRegistryWrongDomain struct {
	Expected [32]byte
	Got      [32]byte
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error WrongDomain(bytes32 expected, bytes32 got)
func CheckpointRegistryWrongDomainErrorID() common.Hash {
	return common.HexToHash("0x70ebf18d326951cd63363a6dbf37e8eadd1a1e1b3f9c4a10f290c6713cc967c2")
}

// UnpackWrongDomainError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error WrongDomain(bytes32 expected, bytes32 got)
func (checkpointRegistry *CheckpointRegistry) UnpackWrongDomainError(raw []byte) (*CheckpointRegistryWrongDomain, error) {
	out := new(CheckpointRegistryWrongDomain)
	if err := checkpointRegistry.abi.UnpackIntoInterface(out, "WrongDomain", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// CheckpointRegistryWrongEpoch represents a WrongEpoch error raised by the CheckpointRegistry contract.
type CheckpointRegistryWrongEpoch struct {
	Expected uint64
	Got      uint64
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error WrongEpoch(uint64 expected, uint64 got)
func CheckpointRegistryWrongEpochErrorID() common.Hash {
	return common.HexToHash("0x2b9264ec593278cbe059ca68c627e1b8271a7e014abe4c8622c73486c89e1e93")
}

// UnpackWrongEpochError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error WrongEpoch(uint64 expected, uint64 got)
func (checkpointRegistry *CheckpointRegistry) UnpackWrongEpochError(raw []byte) (*CheckpointRegistryWrongEpoch, error) {
	out := new(CheckpointRegistryWrongEpoch)
	if err := checkpointRegistry.abi.UnpackIntoInterface(out, "WrongEpoch", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// CheckpointRegistryWrongPrevHash represents a WrongPrevHash error raised by the CheckpointRegistry contract.
type CheckpointRegistryWrongPrevHash struct {
	Expected [32]byte
	Got      [32]byte
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error WrongPrevHash(bytes32 expected, bytes32 got)
func CheckpointRegistryWrongPrevHashErrorID() common.Hash {
	return common.HexToHash("0xf2a27067182803827087ecaad2a6b542400d9eadad46bc3489245f87b7c58e12")
}

// UnpackWrongPrevHashError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error WrongPrevHash(bytes32 expected, bytes32 got)
func (checkpointRegistry *CheckpointRegistry) UnpackWrongPrevHashError(raw []byte) (*CheckpointRegistryWrongPrevHash, error) {
	out := new(CheckpointRegistryWrongPrevHash)
	if err := checkpointRegistry.abi.UnpackIntoInterface(out, "WrongPrevHash", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// CheckpointRegistryWrongValset represents a WrongValset error raised by the CheckpointRegistry contract.
type CheckpointRegistryWrongValset struct {
	Expected [32]byte
	Got      [32]byte
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error WrongValset(bytes32 expected, bytes32 got)
func CheckpointRegistryWrongValsetErrorID() common.Hash {
	return common.HexToHash("0x64d21a15c571223b3022b94ef80e8570412eb75b856946639ec59d551931deff")
}

// UnpackWrongValsetError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error WrongValset(bytes32 expected, bytes32 got)
func (checkpointRegistry *CheckpointRegistry) UnpackWrongValsetError(raw []byte) (*CheckpointRegistryWrongValset, error) {
	out := new(CheckpointRegistryWrongValset)
	if err := checkpointRegistry.abi.UnpackIntoInterface(out, "WrongValset", raw); err != nil {
		return nil, err
	}
	return out, nil
}
