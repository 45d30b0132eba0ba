package checkpoint

import (
	autocliv1 "cosmossdk.io/api/cosmos/autocli/v1"
)

// AutoCLIOptions builds `seqd q checkpoint …` and `seqd tx checkpoint …` from the proto services.
func (AppModule) AutoCLIOptions() *autocliv1.ModuleOptions {
	return &autocliv1.ModuleOptions{
		Query: &autocliv1.ServiceCommandDescriptor{
			Service: "seq.checkpoint.v1.Query",
			RpcCommandOptions: []*autocliv1.RpcCommandOptions{
				{RpcMethod: "Params", Use: "params", Short: "Show the module params"},
				{RpcMethod: "Checkpoint", Use: "checkpoint [epoch]", Short: "Show a checkpoint",
					PositionalArgs: []*autocliv1.PositionalArgDescriptor{{ProtoField: "epoch"}}},
				{RpcMethod: "LatestCheckpoint", Use: "latest", Short: "Show the newest checkpoint and the newest certified one"},
				{RpcMethod: "Checkpoints", Use: "checkpoints", Short: "List the checkpoints"},
				{RpcMethod: "CheckpointSignatures", Use: "signatures [epoch]", Short: "Show a checkpoint's signatures and signer bitmap",
					PositionalArgs: []*autocliv1.PositionalArgDescriptor{{ProtoField: "epoch"}}},
				{RpcMethod: "Valset", Use: "valset [hash-base64]", Short: "Show a validator-set snapshot",
					PositionalArgs: []*autocliv1.PositionalArgDescriptor{{ProtoField: "hash"}}},
				{RpcMethod: "CheckpointKey", Use: "key [validator]", Short: "Show a validator's checkpoint key",
					PositionalArgs: []*autocliv1.PositionalArgDescriptor{{ProtoField: "validator"}}},
				{RpcMethod: "SignBytes", Use: "sign-bytes [epoch]", Short: "Show a checkpoint's ABI-encoded fields, hash and msg_hash",
					PositionalArgs: []*autocliv1.PositionalArgDescriptor{{ProtoField: "epoch"}}},
				{RpcMethod: "Finality", Use: "finality [height]", Short: "Show how final a height is",
					PositionalArgs: []*autocliv1.PositionalArgDescriptor{{ProtoField: "height"}}},
			},
		},
		Tx: &autocliv1.ServiceCommandDescriptor{
			Service: "seq.checkpoint.v1.Msg",
			RpcCommandOptions: []*autocliv1.RpcCommandOptions{
				// `seqd checkpoint-key show --validator <valoper>` prints the pubkey and PoP arguments.
				{RpcMethod: "RegisterCheckpointKey", Use: "register-key [validator] [pubkey-base64] [pop-base64]",
					Short:          "Register or rotate a validator's checkpoint key (signed by the operator account)",
					PositionalArgs: []*autocliv1.PositionalArgDescriptor{{ProtoField: "validator"}, {ProtoField: "pubkey"}, {ProtoField: "proof_of_possession"}}},
				{RpcMethod: "UpdateParams", Skip: true}, // governance only
			},
		},
	}
}
