// Package client is the Go library a rollup imports to use seq: it submits blobs to the
// rollup's lane (SubmitBlobs), streams the rollup's batches height by height after verifying
// them against the chain's commitments (FollowRollup), and reports how final a height is
// (Finality).
//
// A Client talks to one seqd node: CometBFT RPC (HTTP and websocket) for blocks, results and
// broadcasting, and gRPC for x/rollup and x/auth queries. It holds no chain state besides the
// signers' account sequences, so several Clients may point at different nodes.
package client
