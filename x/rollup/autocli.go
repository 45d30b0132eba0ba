package rollup

import (
	autocliv1 "cosmossdk.io/api/cosmos/autocli/v1"
)

// AutoCLIOptions builds `seqd tx rollup …` and `seqd q rollup …` from the proto services.
func (AppModule) AutoCLIOptions() *autocliv1.ModuleOptions {
	return &autocliv1.ModuleOptions{
		Query: &autocliv1.ServiceCommandDescriptor{
			Service: "seq.rollup.v1.Query",
			RpcCommandOptions: []*autocliv1.RpcCommandOptions{
				{RpcMethod: "Params", Use: "params", Short: "Show the module params"},
				{RpcMethod: "Rollup", Use: "rollup [rollup-id]", Short: "Show a rollup",
					PositionalArgs: []*autocliv1.PositionalArgDescriptor{{ProtoField: "rollup_id"}}},
				{RpcMethod: "Rollups", Use: "rollups", Short: "List the rollups"},
				{RpcMethod: "BaseFee", Use: "base-fee [rollup-id]", Short: "Show a rollup's blob base fee per byte",
					PositionalArgs: []*autocliv1.PositionalArgDescriptor{{ProtoField: "rollup_id"}}},
				{RpcMethod: "BlockCommitment", Use: "commitment [height]", Short: "Show the rollup commitments of a height",
					PositionalArgs: []*autocliv1.PositionalArgDescriptor{{ProtoField: "height"}}},
				{RpcMethod: "RollupHeights", Use: "heights [rollup-id] [from-height]", Short: "List the heights at which a rollup has data",
					PositionalArgs: []*autocliv1.PositionalArgDescriptor{{ProtoField: "rollup_id"}, {ProtoField: "from_height"}}},
				{RpcMethod: "InclusionProof", Use: "proof [rollup-id] [height]", Short: "Prove a rollup's batch into a height's rollups_root",
					PositionalArgs: []*autocliv1.PositionalArgDescriptor{{ProtoField: "rollup_id"}, {ProtoField: "height"}}},
			},
		},
		Tx: &autocliv1.ServiceCommandDescriptor{
			Service: "seq.rollup.v1.Msg",
			RpcCommandOptions: []*autocliv1.RpcCommandOptions{
				{RpcMethod: "RegisterRollup", Use: "register [rollup-id] [max-blob-bytes] [lane-quota-bytes]", Short: "Register a rollup (burns the registration fee)",
					PositionalArgs: []*autocliv1.PositionalArgDescriptor{{ProtoField: "rollup_id"}, {ProtoField: "max_blob_bytes"}, {ProtoField: "lane_quota_bytes"}}},
				{RpcMethod: "UpdateRollup", Use: "update [rollup-id] [max-blob-bytes] [lane-quota-bytes] [status]", Short: "Change a rollup's limits or status (ROLLUP_STATUS_ACTIVE|ROLLUP_STATUS_PAUSED)",
					PositionalArgs: []*autocliv1.PositionalArgDescriptor{{ProtoField: "rollup_id"}, {ProtoField: "max_blob_bytes"}, {ProtoField: "lane_quota_bytes"}, {ProtoField: "status"}}},
				{RpcMethod: "TransferRollup", Use: "transfer [rollup-id] [new-owner]", Short: "Hand a rollup to a new owner",
					PositionalArgs: []*autocliv1.PositionalArgDescriptor{{ProtoField: "rollup_id"}, {ProtoField: "new_owner"}}},
				{RpcMethod: "SubmitBlobs", Use: "submit-blobs [rollup-id] [max-fee-per-byte] [blob-base64]...", Short: "Submit blobs (base64) to a rollup's lane",
					PositionalArgs: []*autocliv1.PositionalArgDescriptor{{ProtoField: "rollup_id"}, {ProtoField: "max_fee_per_byte"}, {ProtoField: "blobs", Varargs: true}}},
				{RpcMethod: "UpdateParams", Skip: true}, // governance only
			},
		},
	}
}
