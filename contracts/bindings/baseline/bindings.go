// Code generated via abigen V2 - DO NOT EDIT.
// This file is a generated binding and any manual changes will be lost.

package baseline

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

// EcdsaMultisigBaselineSig is an auto generated low-level Go binding around an user-defined struct.
type EcdsaMultisigBaselineSig struct {
	V uint8
	R [32]byte
	S [32]byte
}

// MerkleProof is an auto generated low-level Go binding around an user-defined struct.
type MerkleProof struct {
	Index uint64
	Total uint64
	Aunts [][32]byte
}

// EcdsaMultisigBaselineMetaData contains all meta data concerning the EcdsaMultisigBaseline contract.
var EcdsaMultisigBaselineMetaData = bind.MetaData{
	ABI: "[{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"domain_\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"anchorEpoch_\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"anchorHeight_\",\"type\":\"uint64\"},{\"internalType\":\"bytes32\",\"name\":\"anchorHash_\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"anchorValsetHash_\",\"type\":\"bytes32\"}],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"}],\"name\":\"BadSignature\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"epoch\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"height\",\"type\":\"uint64\"}],\"name\":\"HeightNotInCheckpoint\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"latest\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"got\",\"type\":\"uint64\"}],\"name\":\"HeightNotIncreasing\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"index\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"total\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"wantIndex\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"wantTotal\",\"type\":\"uint64\"}],\"name\":\"HeightProofMismatch\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"LengthMismatch\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"signed\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"total\",\"type\":\"uint256\"}],\"name\":\"NoQuorum\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"index\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"total\",\"type\":\"uint64\"}],\"name\":\"ProofIndexOutOfRange\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"got\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"want\",\"type\":\"uint256\"}],\"name\":\"ProofLengthMismatch\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"length\",\"type\":\"uint256\"}],\"name\":\"RollupIdTooLong\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"epoch\",\"type\":\"uint64\"}],\"name\":\"UnknownEpoch\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ValsetMismatch\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"expected\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"got\",\"type\":\"bytes32\"}],\"name\":\"WrongDomain\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"expected\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"got\",\"type\":\"uint64\"}],\"name\":\"WrongEpoch\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"expected\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"got\",\"type\":\"bytes32\"}],\"name\":\"WrongPrevHash\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"expected\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"got\",\"type\":\"bytes32\"}],\"name\":\"WrongValset\",\"type\":\"error\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint64\",\"name\":\"epoch\",\"type\":\"uint64\"},{\"indexed\":true,\"internalType\":\"uint64\",\"name\":\"height\",\"type\":\"uint64\"},{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"checkpointHash\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"rollupsRoot\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"address\",\"name\":\"submitter\",\"type\":\"address\"}],\"name\":\"CheckpointSubmitted\",\"type\":\"event\"},{\"inputs\":[],\"name\":\"anchorEpoch\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"epoch\",\"type\":\"uint64\"}],\"name\":\"checkpoint\",\"outputs\":[{\"components\":[{\"internalType\":\"bytes32\",\"name\":\"checkpointHash\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"rollupsRoot\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"height\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"timestamp\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"submittedAt\",\"type\":\"uint64\"}],\"internalType\":\"structCheckpointRecord\",\"name\":\"\",\"type\":\"tuple\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"bytes32\",\"name\":\"domain\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"epoch\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"height\",\"type\":\"uint64\"},{\"internalType\":\"bytes32\",\"name\":\"blockHash\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"appHash\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"rollupsRoot\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"prevHash\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"valsetHash\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"nextValsetHash\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"timestamp\",\"type\":\"uint64\"},{\"internalType\":\"address\",\"name\":\"poster\",\"type\":\"address\"}],\"internalType\":\"structCheckpoint\",\"name\":\"cp\",\"type\":\"tuple\"}],\"name\":\"checkpointHashOf\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"currentValsetHash\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"domain\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"latestEpoch\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"latestHash\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"bytes32\",\"name\":\"domain\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"epoch\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"height\",\"type\":\"uint64\"},{\"internalType\":\"bytes32\",\"name\":\"blockHash\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"appHash\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"rollupsRoot\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"prevHash\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"valsetHash\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"nextValsetHash\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"timestamp\",\"type\":\"uint64\"},{\"internalType\":\"address\",\"name\":\"poster\",\"type\":\"address\"}],\"internalType\":\"structCheckpoint\",\"name\":\"cp\",\"type\":\"tuple\"}],\"name\":\"msgHashOf\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"staleness\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"sinceSubmission\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"sinceCheckpoint\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"bytes32\",\"name\":\"domain\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"epoch\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"height\",\"type\":\"uint64\"},{\"internalType\":\"bytes32\",\"name\":\"blockHash\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"appHash\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"rollupsRoot\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"prevHash\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"valsetHash\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"nextValsetHash\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"timestamp\",\"type\":\"uint64\"},{\"internalType\":\"address\",\"name\":\"poster\",\"type\":\"address\"}],\"internalType\":\"structCheckpoint\",\"name\":\"cp\",\"type\":\"tuple\"},{\"internalType\":\"address[]\",\"name\":\"signers\",\"type\":\"address[]\"},{\"internalType\":\"uint64[]\",\"name\":\"powers\",\"type\":\"uint64[]\"},{\"components\":[{\"internalType\":\"uint8\",\"name\":\"v\",\"type\":\"uint8\"},{\"internalType\":\"bytes32\",\"name\":\"r\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"s\",\"type\":\"bytes32\"}],\"internalType\":\"structEcdsaMultisigBaseline.Sig[]\",\"name\":\"sigs\",\"type\":\"tuple[]\"}],\"name\":\"submitCheckpoint\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"epoch\",\"type\":\"uint64\"},{\"internalType\":\"string\",\"name\":\"rollupId\",\"type\":\"string\"},{\"internalType\":\"uint64\",\"name\":\"height\",\"type\":\"uint64\"},{\"internalType\":\"bytes32\",\"name\":\"batchRoot\",\"type\":\"bytes32\"},{\"components\":[{\"internalType\":\"uint64\",\"name\":\"index\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"total\",\"type\":\"uint64\"},{\"internalType\":\"bytes32[]\",\"name\":\"aunts\",\"type\":\"bytes32[]\"}],\"internalType\":\"structMerkleProof\",\"name\":\"entryProof\",\"type\":\"tuple\"},{\"components\":[{\"internalType\":\"uint64\",\"name\":\"index\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"total\",\"type\":\"uint64\"},{\"internalType\":\"bytes32[]\",\"name\":\"aunts\",\"type\":\"bytes32[]\"}],\"internalType\":\"structMerkleProof\",\"name\":\"heightProof\",\"type\":\"tuple\"}],\"name\":\"verifyRollupBatch\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"}]",
	ID:  "EcdsaMultisigBaseline",
	Bin: "0x60c060405234801561000f575f5ffd5b5060405161179738038061179783398101604081905261002e91610109565b60809485526001600160401b0393841660a0818152600180546001600160401b031916831781555f9384556040805192830181529482526020808301858152968816838701908152428916606085018181529a85019081529486526002918290529590942091518255945194810194909455915192018054945191519284166001600160801b031990951694909417680100000000000000009184169190910217600160801b600160c01b031916600160801b9190921602179055610154565b80516001600160401b0381168114610104575f5ffd5b919050565b5f5f5f5f5f60a0868803121561011d575f5ffd5b8551945061012d602087016100ee565b935061013b604087016100ee565b6060870151608090970151959894975095949392505050565b60805160a05161160d61018a5f395f81816102ae0152610b0a01525f81816102870152818161072c015261075f015261160d5ff3fe608060405234801561000f575f5ffd5b50600436106100a6575f3560e01c80636f17d2581161006e5780636f17d2581461021d5780637103a1fc1461023c5780637eaabe331461024f5780639cb118bf14610257578063c2fb26a614610282578063c9b01c85146102a9575f5ffd5b80630cc44887146100aa578063120f816c146100cc5780632d588b18146100e15780633c74f945146101d95780634b4ca16a146101fa575b5f5ffd5b6100b26102d0565b604080519283526020830191909152015b60405180910390f35b6100df6100da366004611074565b610352565b005b61017d6100ef36600461116c565b6040805160a0810182525f80825260208201819052918101829052606081018290526080810191909152506001600160401b039081165f90815260026020818152604092839020835160a081018552815481526001820154928101929092529091015480841692820192909252600160401b820483166060820152600160801b909104909116608082015290565b6040516100c391905f60a08201905082518252602083015160208301526001600160401b0360408401511660408301526001600160401b0360608401511660608301526001600160401b03608084015116608083015292915050565b6101ec6101e7366004611185565b61064e565b6040519081526020016100c3565b61020d6102083660046111b0565b61065e565b60405190151581526020016100c3565b6001546001600160401b03165f908152600260205260409020546101ec565b6101ec61024a366004611185565b61071d565b6101ec5f5481565b60015461026a906001600160401b031681565b6040516001600160401b0390911681526020016100c3565b6101ec7f000000000000000000000000000000000000000000000000000000000000000081565b61026a7f000000000000000000000000000000000000000000000000000000000000000081565b6001546001600160401b039081165f9081526002602081905260408220908101549192839261030891600160801b90910416426112ac565b6002820154909350600160401b90046001600160401b0316421161032c575f61034b565b600281015461034b90600160401b90046001600160401b0316426112ac565b9150509091565b5f61035c88610727565b9050858414158061036d5750818614155b1561038e576040516001621398b960e31b0319815260040160405180910390fd5b8760e00135878787876040516020016103aa94939291906112d5565b60405160208183030381529060405280519060200120146103de57604051630dc9b21560e21b815260040160405180910390fd5b5f805b8581101561042d578686828181106103fb576103fb611367565b9050602002016020810190610410919061116c565b610423906001600160401b03168361137b565b91506001016103e1565b505f805b8481108015610454575061044683600261138e565b61045183600361138e565b11155b156105f95785858281811061046b5761046b611367565b61048192602060609092020190810191506113a5565b60ff16156105e75789898281811061049b5761049b611367565b90506020020160208101906104b091906113c5565b6001600160a01b03166001858888858181106104ce576104ce611367565b6104e492602060609092020190810191506113a5565b8989868181106104f6576104f6611367565b905060600201602001358a8a8781811061051257610512611367565b905060600201604001356040515f8152602001604052604051610551949392919093845260ff9290921660208401526040830152606082015260800190565b6020604051602081039080840390855afa158015610571573d5f5f3e3d5ffd5b505050602060405103516001600160a01b0316146105aa5760405163a1c9731960e01b8152600481018290526024015b60405180910390fd5b8787828181106105bc576105bc611367565b90506020020160208101906105d1919061116c565b6105e4906001600160401b03168361137b565b91505b806105f1816113de565b915050610431565b5061060582600261138e565b61061082600361138e565b116106385760405163a07c49af60e01b815260048101829052602481018390526044016105a1565b6106428a84610920565b50505050505050505050565b5f61065882610ad2565b92915050565b5f5f61066b898785610b07565b905060ff8711156106925760405163b584876160e01b8152600481018890526024016105a1565b6040515f906106c3906106af908a908c9082908b906020016113f6565b604051602081830303815290604052610d08565b90505f6106d08683610d79565b6040516001600160c01b031960c08b901b166020820152602881018290529091505f906106ff906048016106af565b90508361070c8783610d79565b149c9b505050505050505050505050565b5f61065882610f49565b5f81357f000000000000000000000000000000000000000000000000000000000000000014610792576040516370ebf18d60e01b81527f00000000000000000000000000000000000000000000000000000000000000006004820152823560248201526044016105a1565b600180546001600160401b0316906107ab90829061141f565b6001600160401b03166107c4604085016020860161116c565b6001600160401b031614610819576107dd81600161141f565b6107ed604085016020860161116c565b604051630ae4993b60e21b81526001600160401b039283166004820152911660248201526044016105a1565b6001600160401b0381165f908152600260205260409020805460c08501351461086557805460405163f2a2706760e01b8152600481019190915260c085013560248201526044016105a1565b60028101546001600160401b0316610883606086016040870161116c565b6001600160401b0316116108db5760028101546001600160401b03166108af606086016040870161116c565b6040516302e14f0160e41b81526001600160401b039283166004820152911660248201526044016105a1565b5f5460e0850135811461090e576040516364d21a1560e01b81526004810182905260e086013560248201526044016105a1565b61091785610f49565b95945050505050565b6040518060a001604052808281526020018360a00135815260200183604001602081019061094e919061116c565b6001600160401b0316815260200161096e6101408501610120860161116c565b6001600160401b03168152602001426001600160401b031681525060025f84602001602081019061099f919061116c565b6001600160401b03908116825260208083019390935260409182015f2084518155848401516001820155848301516002909101805460608701516080909701519284166fffffffffffffffffffffffffffffffff1990911617600160401b968416969096029590951767ffffffffffffffff60801b1916600160801b919092160217909255610a3291840190840161116c565b6001805467ffffffffffffffff19166001600160401b03929092169190911790556101008201355f5580610a6c606084016040850161116c565b6001600160401b0316610a85604085016020860161116c565b6040805160a087013581523360208201526001600160401b0392909216917ffc56610de6b386cb9865d266b1d834957d0968d3454f8c508a27d51486f74de3910160405180910390a45050565b5f7f30644e72e131a029b85045b68181585d2833e84879b9709143e1f593f0000001610afd83610f49565b610658919061143e565b5f7f00000000000000000000000000000000000000000000000000000000000000006001600160401b0316846001600160401b0316111580610b5757506001546001600160401b03908116908516115b15610b8057604051632938879b60e21b81526001600160401b03851660048201526024016105a1565b5f600281610b8f60018861145d565b6001600160401b03908116825260208083019390935260409182015f9081206002908101548a841683529452919091209181169250851682101580610be4575060028101546001600160401b03908116908616115b15610c15576040516396b1703b60e01b81526001600160401b038088166004830152861660248201526044016105a1565b5f6001610c22848861145d565b610c2c919061145d565b60028301549091505f90610c4a9085906001600160401b031661145d565b90506001600160401b038216610c63602088018861116c565b6001600160401b0316141580610c9a57506001600160401b038116610c8e604088016020890161116c565b6001600160401b031614155b15610cf957610cac602087018761116c565b610cbc604088016020890161116c565b6040516332757d6d60e01b81526001600160401b0392831660048201529082166024820152818416604482015290821660648201526084016105a1565b50506001015495945050505050565b5f60025f60f81b83604051602001610d21929190611493565b60408051601f1981840301815290829052610d3b916114b6565b602060405180830381855afa158015610d56573d5f5f3e3d5ffd5b5050506040513d601f19601f8201168201806040525081019061065891906114c1565b5f80610d88602085018561116c565b6001600160401b031690505f610da4604086016020870161116c565b6001600160401b03169050808210610dff57610dc3602086018661116c565b610dd3604087016020880161116c565b604051630650f7a360e01b81526001600160401b039283166004820152911660248201526044016105a1565b5f5f5b6001831115610e5b575f610e1584610f78565b9050808510610e44576001821b9290921791610e3181866112ac565b9450610e3d81856112ac565b9350610e48565b8093505b81610e52816113de565b92505050610e02565b80610e6960408901896114d8565b905014610ea257610e7d60408801886114d8565b604051633a67ea2360e11b81526105a192508390600401918252602082015260400190565b8594505f5b81811015610f3e575f81610ebc6001856112ac565b610ec691906112ac565b9050600184821c811614610f0657610f0187610ee560408c018c6114d8565b85818110610ef557610ef5611367565b90506020020135610f94565b610f33565b610f33610f1660408b018b6114d8565b84818110610f2657610f26611367565b9050602002013588610f94565b965050600101610ea7565b505050505092915050565b5f81604051602001610f5b919061151d565b604051602081830303815290604052805190602001209050919050565b60015b81600182901b1015610f8f5760011b610f7b565b919050565b604051600160f81b602082015260218101839052604181018290525f9060029060610160408051601f1981840301815290829052610fd1916114b6565b602060405180830381855afa158015610fec573d5f5f3e3d5ffd5b5050506040513d601f19601f8201168201806040525081019061100f91906114c1565b9392505050565b5f6101608284031215611027575f5ffd5b50919050565b5f5f83601f84011261103d575f5ffd5b5081356001600160401b03811115611053575f5ffd5b6020830191508360208260051b850101111561106d575f5ffd5b9250929050565b5f5f5f5f5f5f5f6101c0888a03121561108b575f5ffd5b6110958989611016565b96506101608801356001600160401b038111156110b0575f5ffd5b6110bc8a828b0161102d565b9097509550506101808801356001600160401b038111156110db575f5ffd5b6110e78a828b0161102d565b9095509350506101a08801356001600160401b03811115611106575f5ffd5b8801601f81018a13611116575f5ffd5b80356001600160401b0381111561112b575f5ffd5b8a602060608302840101111561113f575f5ffd5b602082019350809250505092959891949750929550565b80356001600160401b0381168114610f8f575f5ffd5b5f6020828403121561117c575f5ffd5b61100f82611156565b5f6101608284031215611196575f5ffd5b61100f8383611016565b5f60608284031215611027575f5ffd5b5f5f5f5f5f5f5f60c0888a0312156111c6575f5ffd5b6111cf88611156565b965060208801356001600160401b038111156111e9575f5ffd5b8801601f81018a136111f9575f5ffd5b80356001600160401b0381111561120e575f5ffd5b8a602082840101111561121f575f5ffd5b6020919091019650945061123560408901611156565b93506060880135925060808801356001600160401b03811115611256575f5ffd5b6112628a828b016111a0565b92505060a08801356001600160401b0381111561127d575f5ffd5b6112898a828b016111a0565b91505092959891949750929550565b634e487b7160e01b5f52601160045260245ffd5b8181038181111561065857610658611298565b80356001600160a01b0381168114610f8f575f5ffd5b604080825281018490525f8560608301825b87811015611315576001600160a01b03611300846112bf565b168252602092830192909101906001016112e7565b50838103602080860191909152858252019050845f5b8581101561135a576001600160401b0361134483611156565b168352602092830192919091019060010161132b565b5090979650505050505050565b634e487b7160e01b5f52603260045260245ffd5b8082018082111561065857610658611298565b808202811582820484141761065857610658611298565b5f602082840312156113b5575f5ffd5b813560ff8116811461100f575f5ffd5b5f602082840312156113d5575f5ffd5b61100f826112bf565b5f600182016113ef576113ef611298565b5060010190565b60f885901b6001600160f81b031916815282846001830137600192019182015260210192915050565b6001600160401b03818116838216019081111561065857610658611298565b5f8261145857634e487b7160e01b5f52601260045260245ffd5b500690565b6001600160401b03828116828216039081111561065857610658611298565b5f81518060208401855e5f93019283525090919050565b6001600160f81b0319831681525f6114ae600183018461147c565b949350505050565b5f61100f828461147c565b5f602082840312156114d1575f5ffd5b5051919050565b5f5f8335601e198436030181126114ed575f5ffd5b8301803591506001600160401b03821115611506575f5ffd5b6020019150600581901b360382131561106d575f5ffd5b81358152610160810161153260208401611156565b6001600160401b0316602083015261154c60408401611156565b6001600160401b03166040830152606083810135908301526080808401359083015260a0808401359083015260c0808401359083015260e0808401359083015261010080840135908301526115a46101208401611156565b6001600160401b03166101208301526115c061014084016112bf565b6001600160a01b038116610140840152509291505056fea26469706673582212209f735311b282c8657a03299fb9cd92489a8fea6c4855dfb7240a372198283a6564736f6c634300081c0033",
}

// EcdsaMultisigBaseline is an auto generated Go binding around an Ethereum contract.
type EcdsaMultisigBaseline struct {
	abi abi.ABI
}

// GetABI returns the ABI associated with this contract binding.
func (c *EcdsaMultisigBaseline) GetABI() abi.ABI {
	return c.abi
}

// NewEcdsaMultisigBaseline creates a new instance of EcdsaMultisigBaseline.
func NewEcdsaMultisigBaseline() *EcdsaMultisigBaseline {
	parsed, err := EcdsaMultisigBaselineMetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &EcdsaMultisigBaseline{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *EcdsaMultisigBaseline) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackConstructor is the Go binding used to pack the parameters required for
// contract deployment.
//
// Solidity: constructor(bytes32 domain_, uint64 anchorEpoch_, uint64 anchorHeight_, bytes32 anchorHash_, bytes32 anchorValsetHash_) returns()
func (ecdsaMultisigBaseline *EcdsaMultisigBaseline) PackConstructor(domain_ [32]byte, anchorEpoch_ uint64, anchorHeight_ uint64, anchorHash_ [32]byte, anchorValsetHash_ [32]byte) []byte {
	enc, err := ecdsaMultisigBaseline.abi.Pack("", domain_, anchorEpoch_, anchorHeight_, anchorHash_, anchorValsetHash_)
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
func (ecdsaMultisigBaseline *EcdsaMultisigBaseline) PackAnchorEpoch() []byte {
	enc, err := ecdsaMultisigBaseline.abi.Pack("anchorEpoch")
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
func (ecdsaMultisigBaseline *EcdsaMultisigBaseline) TryPackAnchorEpoch() ([]byte, error) {
	return ecdsaMultisigBaseline.abi.Pack("anchorEpoch")
}

// UnpackAnchorEpoch is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xc9b01c85.
//
// Solidity: function anchorEpoch() view returns(uint64)
func (ecdsaMultisigBaseline *EcdsaMultisigBaseline) UnpackAnchorEpoch(data []byte) (uint64, error) {
	out, err := ecdsaMultisigBaseline.abi.Unpack("anchorEpoch", data)
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
func (ecdsaMultisigBaseline *EcdsaMultisigBaseline) PackCheckpoint(epoch uint64) []byte {
	enc, err := ecdsaMultisigBaseline.abi.Pack("checkpoint", epoch)
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
func (ecdsaMultisigBaseline *EcdsaMultisigBaseline) TryPackCheckpoint(epoch uint64) ([]byte, error) {
	return ecdsaMultisigBaseline.abi.Pack("checkpoint", epoch)
}

// UnpackCheckpoint is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x2d588b18.
//
// Solidity: function checkpoint(uint64 epoch) view returns((bytes32,bytes32,uint64,uint64,uint64))
func (ecdsaMultisigBaseline *EcdsaMultisigBaseline) UnpackCheckpoint(data []byte) (CheckpointRecord, error) {
	out, err := ecdsaMultisigBaseline.abi.Unpack("checkpoint", data)
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
func (ecdsaMultisigBaseline *EcdsaMultisigBaseline) PackCheckpointHashOf(cp Checkpoint) []byte {
	enc, err := ecdsaMultisigBaseline.abi.Pack("checkpointHashOf", cp)
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
func (ecdsaMultisigBaseline *EcdsaMultisigBaseline) TryPackCheckpointHashOf(cp Checkpoint) ([]byte, error) {
	return ecdsaMultisigBaseline.abi.Pack("checkpointHashOf", cp)
}

// UnpackCheckpointHashOf is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x7103a1fc.
//
// Solidity: function checkpointHashOf((bytes32,uint64,uint64,bytes32,bytes32,bytes32,bytes32,bytes32,bytes32,uint64,address) cp) pure returns(bytes32)
func (ecdsaMultisigBaseline *EcdsaMultisigBaseline) UnpackCheckpointHashOf(data []byte) ([32]byte, error) {
	out, err := ecdsaMultisigBaseline.abi.Unpack("checkpointHashOf", data)
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
func (ecdsaMultisigBaseline *EcdsaMultisigBaseline) PackCurrentValsetHash() []byte {
	enc, err := ecdsaMultisigBaseline.abi.Pack("currentValsetHash")
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
func (ecdsaMultisigBaseline *EcdsaMultisigBaseline) TryPackCurrentValsetHash() ([]byte, error) {
	return ecdsaMultisigBaseline.abi.Pack("currentValsetHash")
}

// UnpackCurrentValsetHash is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x7eaabe33.
//
// Solidity: function currentValsetHash() view returns(bytes32)
func (ecdsaMultisigBaseline *EcdsaMultisigBaseline) UnpackCurrentValsetHash(data []byte) ([32]byte, error) {
	out, err := ecdsaMultisigBaseline.abi.Unpack("currentValsetHash", data)
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
func (ecdsaMultisigBaseline *EcdsaMultisigBaseline) PackDomain() []byte {
	enc, err := ecdsaMultisigBaseline.abi.Pack("domain")
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
func (ecdsaMultisigBaseline *EcdsaMultisigBaseline) TryPackDomain() ([]byte, error) {
	return ecdsaMultisigBaseline.abi.Pack("domain")
}

// UnpackDomain is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xc2fb26a6.
//
// Solidity: function domain() view returns(bytes32)
func (ecdsaMultisigBaseline *EcdsaMultisigBaseline) UnpackDomain(data []byte) ([32]byte, error) {
	out, err := ecdsaMultisigBaseline.abi.Unpack("domain", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackLatestEpoch is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x9cb118bf.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function latestEpoch() view returns(uint64)
func (ecdsaMultisigBaseline *EcdsaMultisigBaseline) PackLatestEpoch() []byte {
	enc, err := ecdsaMultisigBaseline.abi.Pack("latestEpoch")
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
func (ecdsaMultisigBaseline *EcdsaMultisigBaseline) TryPackLatestEpoch() ([]byte, error) {
	return ecdsaMultisigBaseline.abi.Pack("latestEpoch")
}

// UnpackLatestEpoch is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x9cb118bf.
//
// Solidity: function latestEpoch() view returns(uint64)
func (ecdsaMultisigBaseline *EcdsaMultisigBaseline) UnpackLatestEpoch(data []byte) (uint64, error) {
	out, err := ecdsaMultisigBaseline.abi.Unpack("latestEpoch", data)
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
func (ecdsaMultisigBaseline *EcdsaMultisigBaseline) PackLatestHash() []byte {
	enc, err := ecdsaMultisigBaseline.abi.Pack("latestHash")
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
func (ecdsaMultisigBaseline *EcdsaMultisigBaseline) TryPackLatestHash() ([]byte, error) {
	return ecdsaMultisigBaseline.abi.Pack("latestHash")
}

// UnpackLatestHash is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x6f17d258.
//
// Solidity: function latestHash() view returns(bytes32)
func (ecdsaMultisigBaseline *EcdsaMultisigBaseline) UnpackLatestHash(data []byte) ([32]byte, error) {
	out, err := ecdsaMultisigBaseline.abi.Unpack("latestHash", data)
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
func (ecdsaMultisigBaseline *EcdsaMultisigBaseline) PackMsgHashOf(cp Checkpoint) []byte {
	enc, err := ecdsaMultisigBaseline.abi.Pack("msgHashOf", cp)
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
func (ecdsaMultisigBaseline *EcdsaMultisigBaseline) TryPackMsgHashOf(cp Checkpoint) ([]byte, error) {
	return ecdsaMultisigBaseline.abi.Pack("msgHashOf", cp)
}

// UnpackMsgHashOf is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x3c74f945.
//
// Solidity: function msgHashOf((bytes32,uint64,uint64,bytes32,bytes32,bytes32,bytes32,bytes32,bytes32,uint64,address) cp) pure returns(uint256)
func (ecdsaMultisigBaseline *EcdsaMultisigBaseline) UnpackMsgHashOf(data []byte) (*big.Int, error) {
	out, err := ecdsaMultisigBaseline.abi.Unpack("msgHashOf", data)
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
func (ecdsaMultisigBaseline *EcdsaMultisigBaseline) PackStaleness() []byte {
	enc, err := ecdsaMultisigBaseline.abi.Pack("staleness")
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
func (ecdsaMultisigBaseline *EcdsaMultisigBaseline) TryPackStaleness() ([]byte, error) {
	return ecdsaMultisigBaseline.abi.Pack("staleness")
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
func (ecdsaMultisigBaseline *EcdsaMultisigBaseline) UnpackStaleness(data []byte) (StalenessOutput, error) {
	out, err := ecdsaMultisigBaseline.abi.Unpack("staleness", data)
	outstruct := new(StalenessOutput)
	if err != nil {
		return *outstruct, err
	}
	outstruct.SinceSubmission = abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	outstruct.SinceCheckpoint = abi.ConvertType(out[1], new(big.Int)).(*big.Int)
	return *outstruct, nil
}

// PackSubmitCheckpoint is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x120f816c.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function submitCheckpoint((bytes32,uint64,uint64,bytes32,bytes32,bytes32,bytes32,bytes32,bytes32,uint64,address) cp, address[] signers, uint64[] powers, (uint8,bytes32,bytes32)[] sigs) returns()
func (ecdsaMultisigBaseline *EcdsaMultisigBaseline) PackSubmitCheckpoint(cp Checkpoint, signers []common.Address, powers []uint64, sigs []EcdsaMultisigBaselineSig) []byte {
	enc, err := ecdsaMultisigBaseline.abi.Pack("submitCheckpoint", cp, signers, powers, sigs)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSubmitCheckpoint is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x120f816c.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function submitCheckpoint((bytes32,uint64,uint64,bytes32,bytes32,bytes32,bytes32,bytes32,bytes32,uint64,address) cp, address[] signers, uint64[] powers, (uint8,bytes32,bytes32)[] sigs) returns()
func (ecdsaMultisigBaseline *EcdsaMultisigBaseline) TryPackSubmitCheckpoint(cp Checkpoint, signers []common.Address, powers []uint64, sigs []EcdsaMultisigBaselineSig) ([]byte, error) {
	return ecdsaMultisigBaseline.abi.Pack("submitCheckpoint", cp, signers, powers, sigs)
}

// PackVerifyRollupBatch is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4b4ca16a.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function verifyRollupBatch(uint64 epoch, string rollupId, uint64 height, bytes32 batchRoot, (uint64,uint64,bytes32[]) entryProof, (uint64,uint64,bytes32[]) heightProof) view returns(bool)
func (ecdsaMultisigBaseline *EcdsaMultisigBaseline) PackVerifyRollupBatch(epoch uint64, rollupId string, height uint64, batchRoot [32]byte, entryProof MerkleProof, heightProof MerkleProof) []byte {
	enc, err := ecdsaMultisigBaseline.abi.Pack("verifyRollupBatch", epoch, rollupId, height, batchRoot, entryProof, heightProof)
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
func (ecdsaMultisigBaseline *EcdsaMultisigBaseline) TryPackVerifyRollupBatch(epoch uint64, rollupId string, height uint64, batchRoot [32]byte, entryProof MerkleProof, heightProof MerkleProof) ([]byte, error) {
	return ecdsaMultisigBaseline.abi.Pack("verifyRollupBatch", epoch, rollupId, height, batchRoot, entryProof, heightProof)
}

// UnpackVerifyRollupBatch is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x4b4ca16a.
//
// Solidity: function verifyRollupBatch(uint64 epoch, string rollupId, uint64 height, bytes32 batchRoot, (uint64,uint64,bytes32[]) entryProof, (uint64,uint64,bytes32[]) heightProof) view returns(bool)
func (ecdsaMultisigBaseline *EcdsaMultisigBaseline) UnpackVerifyRollupBatch(data []byte) (bool, error) {
	out, err := ecdsaMultisigBaseline.abi.Unpack("verifyRollupBatch", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// EcdsaMultisigBaselineCheckpointSubmitted represents a CheckpointSubmitted event raised by the EcdsaMultisigBaseline contract.
type EcdsaMultisigBaselineCheckpointSubmitted struct {
	Epoch          uint64
	Height         uint64
	CheckpointHash [32]byte
	RollupsRoot    [32]byte
	Submitter      common.Address
	Raw            *types.Log // Blockchain specific contextual infos
}

const EcdsaMultisigBaselineCheckpointSubmittedEventName = "CheckpointSubmitted"

// ContractEventName returns the user-defined event name.
func (EcdsaMultisigBaselineCheckpointSubmitted) ContractEventName() string {
	return EcdsaMultisigBaselineCheckpointSubmittedEventName
}

// UnpackCheckpointSubmittedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event CheckpointSubmitted(uint64 indexed epoch, uint64 indexed height, bytes32 indexed checkpointHash, bytes32 rollupsRoot, address submitter)
func (ecdsaMultisigBaseline *EcdsaMultisigBaseline) UnpackCheckpointSubmittedEvent(log *types.Log) (*EcdsaMultisigBaselineCheckpointSubmitted, error) {
	event := "CheckpointSubmitted"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != ecdsaMultisigBaseline.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(EcdsaMultisigBaselineCheckpointSubmitted)
	if len(log.Data) > 0 {
		if err := ecdsaMultisigBaseline.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range ecdsaMultisigBaseline.abi.Events[event].Inputs {
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
func (ecdsaMultisigBaseline *EcdsaMultisigBaseline) UnpackError(raw []byte) (any, error) {
	if bytes.Equal(raw[:4], ecdsaMultisigBaseline.abi.Errors["BadSignature"].ID.Bytes()[:4]) {
		return ecdsaMultisigBaseline.UnpackBadSignatureError(raw[4:])
	}
	if bytes.Equal(raw[:4], ecdsaMultisigBaseline.abi.Errors["HeightNotInCheckpoint"].ID.Bytes()[:4]) {
		return ecdsaMultisigBaseline.UnpackHeightNotInCheckpointError(raw[4:])
	}
	if bytes.Equal(raw[:4], ecdsaMultisigBaseline.abi.Errors["HeightNotIncreasing"].ID.Bytes()[:4]) {
		return ecdsaMultisigBaseline.UnpackHeightNotIncreasingError(raw[4:])
	}
	if bytes.Equal(raw[:4], ecdsaMultisigBaseline.abi.Errors["HeightProofMismatch"].ID.Bytes()[:4]) {
		return ecdsaMultisigBaseline.UnpackHeightProofMismatchError(raw[4:])
	}
	if bytes.Equal(raw[:4], ecdsaMultisigBaseline.abi.Errors["LengthMismatch"].ID.Bytes()[:4]) {
		return ecdsaMultisigBaseline.UnpackLengthMismatchError(raw[4:])
	}
	if bytes.Equal(raw[:4], ecdsaMultisigBaseline.abi.Errors["NoQuorum"].ID.Bytes()[:4]) {
		return ecdsaMultisigBaseline.UnpackNoQuorumError(raw[4:])
	}
	if bytes.Equal(raw[:4], ecdsaMultisigBaseline.abi.Errors["ProofIndexOutOfRange"].ID.Bytes()[:4]) {
		return ecdsaMultisigBaseline.UnpackProofIndexOutOfRangeError(raw[4:])
	}
	if bytes.Equal(raw[:4], ecdsaMultisigBaseline.abi.Errors["ProofLengthMismatch"].ID.Bytes()[:4]) {
		return ecdsaMultisigBaseline.UnpackProofLengthMismatchError(raw[4:])
	}
	if bytes.Equal(raw[:4], ecdsaMultisigBaseline.abi.Errors["RollupIdTooLong"].ID.Bytes()[:4]) {
		return ecdsaMultisigBaseline.UnpackRollupIdTooLongError(raw[4:])
	}
	if bytes.Equal(raw[:4], ecdsaMultisigBaseline.abi.Errors["UnknownEpoch"].ID.Bytes()[:4]) {
		return ecdsaMultisigBaseline.UnpackUnknownEpochError(raw[4:])
	}
	if bytes.Equal(raw[:4], ecdsaMultisigBaseline.abi.Errors["ValsetMismatch"].ID.Bytes()[:4]) {
		return ecdsaMultisigBaseline.UnpackValsetMismatchError(raw[4:])
	}
	if bytes.Equal(raw[:4], ecdsaMultisigBaseline.abi.Errors["WrongDomain"].ID.Bytes()[:4]) {
		return ecdsaMultisigBaseline.UnpackWrongDomainError(raw[4:])
	}
	if bytes.Equal(raw[:4], ecdsaMultisigBaseline.abi.Errors["WrongEpoch"].ID.Bytes()[:4]) {
		return ecdsaMultisigBaseline.UnpackWrongEpochError(raw[4:])
	}
	if bytes.Equal(raw[:4], ecdsaMultisigBaseline.abi.Errors["WrongPrevHash"].ID.Bytes()[:4]) {
		return ecdsaMultisigBaseline.UnpackWrongPrevHashError(raw[4:])
	}
	if bytes.Equal(raw[:4], ecdsaMultisigBaseline.abi.Errors["WrongValset"].ID.Bytes()[:4]) {
		return ecdsaMultisigBaseline.UnpackWrongValsetError(raw[4:])
	}
	return nil, errors.New("Unknown error")
}

// EcdsaMultisigBaselineBadSignature represents a BadSignature error raised by the EcdsaMultisigBaseline contract.
type EcdsaMultisigBaselineBadSignature struct {
	Index *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error BadSignature(uint256 index)
func EcdsaMultisigBaselineBadSignatureErrorID() common.Hash {
	return common.HexToHash("0xa1c973190ea39240abfd4da3039e0d94cea4d1e689acfee87f4e7dbabee0f307")
}

// UnpackBadSignatureError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error BadSignature(uint256 index)
func (ecdsaMultisigBaseline *EcdsaMultisigBaseline) UnpackBadSignatureError(raw []byte) (*EcdsaMultisigBaselineBadSignature, error) {
	out := new(EcdsaMultisigBaselineBadSignature)
	if err := ecdsaMultisigBaseline.abi.UnpackIntoInterface(out, "BadSignature", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// EcdsaMultisigBaselineHeightNotInCheckpoint represents a HeightNotInCheckpoint error raised by the EcdsaMultisigBaseline contract.
type EcdsaMultisigBaselineHeightNotInCheckpoint struct {
	Epoch  uint64
	Height uint64
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error HeightNotInCheckpoint(uint64 epoch, uint64 height)
func EcdsaMultisigBaselineHeightNotInCheckpointErrorID() common.Hash {
	return common.HexToHash("0x96b1703b259074dd5c86bfb82cf5eb21f86600fd429db19bfd4d7af732c83116")
}

// UnpackHeightNotInCheckpointError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error HeightNotInCheckpoint(uint64 epoch, uint64 height)
func (ecdsaMultisigBaseline *EcdsaMultisigBaseline) UnpackHeightNotInCheckpointError(raw []byte) (*EcdsaMultisigBaselineHeightNotInCheckpoint, error) {
	out := new(EcdsaMultisigBaselineHeightNotInCheckpoint)
	if err := ecdsaMultisigBaseline.abi.UnpackIntoInterface(out, "HeightNotInCheckpoint", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// EcdsaMultisigBaselineHeightNotIncreasing represents a HeightNotIncreasing error raised by the EcdsaMultisigBaseline contract.
type EcdsaMultisigBaselineHeightNotIncreasing struct {
	Latest uint64
	Got    uint64
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error HeightNotIncreasing(uint64 latest, uint64 got)
func EcdsaMultisigBaselineHeightNotIncreasingErrorID() common.Hash {
	return common.HexToHash("0x2e14f0100769bf26ab1bba081fabc568cad86407d494f433d31f2083804f5cce")
}

// UnpackHeightNotIncreasingError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error HeightNotIncreasing(uint64 latest, uint64 got)
func (ecdsaMultisigBaseline *EcdsaMultisigBaseline) UnpackHeightNotIncreasingError(raw []byte) (*EcdsaMultisigBaselineHeightNotIncreasing, error) {
	out := new(EcdsaMultisigBaselineHeightNotIncreasing)
	if err := ecdsaMultisigBaseline.abi.UnpackIntoInterface(out, "HeightNotIncreasing", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// EcdsaMultisigBaselineHeightProofMismatch represents a HeightProofMismatch error raised by the EcdsaMultisigBaseline contract.
type EcdsaMultisigBaselineHeightProofMismatch struct {
	Index     uint64
	Total     uint64
	WantIndex uint64
	WantTotal uint64
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error HeightProofMismatch(uint64 index, uint64 total, uint64 wantIndex, uint64 wantTotal)
func EcdsaMultisigBaselineHeightProofMismatchErrorID() common.Hash {
	return common.HexToHash("0x32757d6dff78751f9a16b3c29aa2491c946f8356f4341bd59fb6f4efdbf8b613")
}

// UnpackHeightProofMismatchError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error HeightProofMismatch(uint64 index, uint64 total, uint64 wantIndex, uint64 wantTotal)
func (ecdsaMultisigBaseline *EcdsaMultisigBaseline) UnpackHeightProofMismatchError(raw []byte) (*EcdsaMultisigBaselineHeightProofMismatch, error) {
	out := new(EcdsaMultisigBaselineHeightProofMismatch)
	if err := ecdsaMultisigBaseline.abi.UnpackIntoInterface(out, "HeightProofMismatch", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// EcdsaMultisigBaselineLengthMismatch represents a LengthMismatch error raised by the EcdsaMultisigBaseline contract.
type EcdsaMultisigBaselineLengthMismatch struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error LengthMismatch()
func EcdsaMultisigBaselineLengthMismatchErrorID() common.Hash {
	return common.HexToHash("0xff633a3803c58b9bc21e58efecee59f27e033cc0b1883fccb4969c76146fe60f")
}

// UnpackLengthMismatchError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error LengthMismatch()
func (ecdsaMultisigBaseline *EcdsaMultisigBaseline) UnpackLengthMismatchError(raw []byte) (*EcdsaMultisigBaselineLengthMismatch, error) {
	out := new(EcdsaMultisigBaselineLengthMismatch)
	if err := ecdsaMultisigBaseline.abi.UnpackIntoInterface(out, "LengthMismatch", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// EcdsaMultisigBaselineNoQuorum represents a NoQuorum error raised by the EcdsaMultisigBaseline contract.
type EcdsaMultisigBaselineNoQuorum struct {
	Signed *big.Int
	Total  *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NoQuorum(uint256 signed, uint256 total)
func EcdsaMultisigBaselineNoQuorumErrorID() common.Hash {
	return common.HexToHash("0xa07c49af08b421a301c72d9d0dd4ebec6a52f25fd56250523cef4fe70de605e4")
}

// UnpackNoQuorumError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NoQuorum(uint256 signed, uint256 total)
func (ecdsaMultisigBaseline *EcdsaMultisigBaseline) UnpackNoQuorumError(raw []byte) (*EcdsaMultisigBaselineNoQuorum, error) {
	out := new(EcdsaMultisigBaselineNoQuorum)
	if err := ecdsaMultisigBaseline.abi.UnpackIntoInterface(out, "NoQuorum", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// EcdsaMultisigBaselineProofIndexOutOfRange represents a ProofIndexOutOfRange error raised by the EcdsaMultisigBaseline contract.
type EcdsaMultisigBaselineProofIndexOutOfRange struct {
	Index uint64
	Total uint64
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ProofIndexOutOfRange(uint64 index, uint64 total)
func EcdsaMultisigBaselineProofIndexOutOfRangeErrorID() common.Hash {
	return common.HexToHash("0x0650f7a3fa7dc22c32c626e9f7b5186429038875cbc5350da0f228f084fb1f2e")
}

// UnpackProofIndexOutOfRangeError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ProofIndexOutOfRange(uint64 index, uint64 total)
func (ecdsaMultisigBaseline *EcdsaMultisigBaseline) UnpackProofIndexOutOfRangeError(raw []byte) (*EcdsaMultisigBaselineProofIndexOutOfRange, error) {
	out := new(EcdsaMultisigBaselineProofIndexOutOfRange)
	if err := ecdsaMultisigBaseline.abi.UnpackIntoInterface(out, "ProofIndexOutOfRange", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// EcdsaMultisigBaselineProofLengthMismatch represents a ProofLengthMismatch error raised by the EcdsaMultisigBaseline contract.
type EcdsaMultisigBaselineProofLengthMismatch struct {
	Got  *big.Int
	Want *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ProofLengthMismatch(uint256 got, uint256 want)
func EcdsaMultisigBaselineProofLengthMismatchErrorID() common.Hash {
	return common.HexToHash("0x74cfd446829961a630469f719dae7632f3a178e0c4977acb7110dcdfeaec5f15")
}

// UnpackProofLengthMismatchError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ProofLengthMismatch(uint256 got, uint256 want)
func (ecdsaMultisigBaseline *EcdsaMultisigBaseline) UnpackProofLengthMismatchError(raw []byte) (*EcdsaMultisigBaselineProofLengthMismatch, error) {
	out := new(EcdsaMultisigBaselineProofLengthMismatch)
	if err := ecdsaMultisigBaseline.abi.UnpackIntoInterface(out, "ProofLengthMismatch", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// EcdsaMultisigBaselineRollupIdTooLong represents a RollupIdTooLong error raised by the EcdsaMultisigBaseline contract.
type EcdsaMultisigBaselineRollupIdTooLong struct {
	Length *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error RollupIdTooLong(uint256 length)
func EcdsaMultisigBaselineRollupIdTooLongErrorID() common.Hash {
	return common.HexToHash("0xb584876198e7af8da4ed53054017980e26d7398c961f8082d2fe8c7238c11f94")
}

// UnpackRollupIdTooLongError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error RollupIdTooLong(uint256 length)
func (ecdsaMultisigBaseline *EcdsaMultisigBaseline) UnpackRollupIdTooLongError(raw []byte) (*EcdsaMultisigBaselineRollupIdTooLong, error) {
	out := new(EcdsaMultisigBaselineRollupIdTooLong)
	if err := ecdsaMultisigBaseline.abi.UnpackIntoInterface(out, "RollupIdTooLong", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// EcdsaMultisigBaselineUnknownEpoch represents a UnknownEpoch error raised by the EcdsaMultisigBaseline contract.
type EcdsaMultisigBaselineUnknownEpoch struct {
	Epoch uint64
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error UnknownEpoch(uint64 epoch)
func EcdsaMultisigBaselineUnknownEpochErrorID() common.Hash {
	return common.HexToHash("0xa4e21e6c8f881eff51b5764f98a67304231c1cb1ba8af636f941098552d2bd6c")
}

// UnpackUnknownEpochError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error UnknownEpoch(uint64 epoch)
func (ecdsaMultisigBaseline *EcdsaMultisigBaseline) UnpackUnknownEpochError(raw []byte) (*EcdsaMultisigBaselineUnknownEpoch, error) {
	out := new(EcdsaMultisigBaselineUnknownEpoch)
	if err := ecdsaMultisigBaseline.abi.UnpackIntoInterface(out, "UnknownEpoch", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// EcdsaMultisigBaselineValsetMismatch represents a ValsetMismatch error raised by the EcdsaMultisigBaseline contract.
type EcdsaMultisigBaselineValsetMismatch struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ValsetMismatch()
func EcdsaMultisigBaselineValsetMismatchErrorID() common.Hash {
	return common.HexToHash("0x3726c8541a192d641298990f53997a167a2a6ad32ef7d2fe974b85cccba1e448")
}

// UnpackValsetMismatchError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ValsetMismatch()
func (ecdsaMultisigBaseline *EcdsaMultisigBaseline) UnpackValsetMismatchError(raw []byte) (*EcdsaMultisigBaselineValsetMismatch, error) {
	out := new(EcdsaMultisigBaselineValsetMismatch)
	if err := ecdsaMultisigBaseline.abi.UnpackIntoInterface(out, "ValsetMismatch", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// EcdsaMultisigBaselineWrongDomain represents a WrongDomain error raised by the EcdsaMultisigBaseline contract.
type EcdsaMultisigBaselineWrongDomain struct {
	Expected [32]byte
	Got      [32]byte
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error WrongDomain(bytes32 expected, bytes32 got)
func EcdsaMultisigBaselineWrongDomainErrorID() common.Hash {
	return common.HexToHash("0x70ebf18d326951cd63363a6dbf37e8eadd1a1e1b3f9c4a10f290c6713cc967c2")
}

// UnpackWrongDomainError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error WrongDomain(bytes32 expected, bytes32 got)
func (ecdsaMultisigBaseline *EcdsaMultisigBaseline) UnpackWrongDomainError(raw []byte) (*EcdsaMultisigBaselineWrongDomain, error) {
	out := new(EcdsaMultisigBaselineWrongDomain)
	if err := ecdsaMultisigBaseline.abi.UnpackIntoInterface(out, "WrongDomain", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// EcdsaMultisigBaselineWrongEpoch represents a WrongEpoch error raised by the EcdsaMultisigBaseline contract.
type EcdsaMultisigBaselineWrongEpoch struct {
	Expected uint64
	Got      uint64
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error WrongEpoch(uint64 expected, uint64 got)
func EcdsaMultisigBaselineWrongEpochErrorID() common.Hash {
	return common.HexToHash("0x2b9264ec593278cbe059ca68c627e1b8271a7e014abe4c8622c73486c89e1e93")
}

// UnpackWrongEpochError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error WrongEpoch(uint64 expected, uint64 got)
func (ecdsaMultisigBaseline *EcdsaMultisigBaseline) UnpackWrongEpochError(raw []byte) (*EcdsaMultisigBaselineWrongEpoch, error) {
	out := new(EcdsaMultisigBaselineWrongEpoch)
	if err := ecdsaMultisigBaseline.abi.UnpackIntoInterface(out, "WrongEpoch", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// EcdsaMultisigBaselineWrongPrevHash represents a WrongPrevHash error raised by the EcdsaMultisigBaseline contract.
type EcdsaMultisigBaselineWrongPrevHash struct {
	Expected [32]byte
	Got      [32]byte
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error WrongPrevHash(bytes32 expected, bytes32 got)
func EcdsaMultisigBaselineWrongPrevHashErrorID() common.Hash {
	return common.HexToHash("0xf2a27067182803827087ecaad2a6b542400d9eadad46bc3489245f87b7c58e12")
}

// UnpackWrongPrevHashError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error WrongPrevHash(bytes32 expected, bytes32 got)
func (ecdsaMultisigBaseline *EcdsaMultisigBaseline) UnpackWrongPrevHashError(raw []byte) (*EcdsaMultisigBaselineWrongPrevHash, error) {
	out := new(EcdsaMultisigBaselineWrongPrevHash)
	if err := ecdsaMultisigBaseline.abi.UnpackIntoInterface(out, "WrongPrevHash", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// EcdsaMultisigBaselineWrongValset represents a WrongValset error raised by the EcdsaMultisigBaseline contract.
type EcdsaMultisigBaselineWrongValset struct {
	Expected [32]byte
	Got      [32]byte
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error WrongValset(bytes32 expected, bytes32 got)
func EcdsaMultisigBaselineWrongValsetErrorID() common.Hash {
	return common.HexToHash("0x64d21a15c571223b3022b94ef80e8570412eb75b856946639ec59d551931deff")
}

// UnpackWrongValsetError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error WrongValset(bytes32 expected, bytes32 got)
func (ecdsaMultisigBaseline *EcdsaMultisigBaseline) UnpackWrongValsetError(raw []byte) (*EcdsaMultisigBaselineWrongValset, error) {
	out := new(EcdsaMultisigBaselineWrongValset)
	if err := ecdsaMultisigBaseline.abi.UnpackIntoInterface(out, "WrongValset", raw); err != nil {
		return nil, err
	}
	return out, nil
}
