#!/usr/bin/env bash
# Generates the gogoproto Go code of proto/seq/** offline: protoc plus include paths taken
# from the Go module cache, because buf's remote registry is unreachable from CI and dev machines.
set -euo pipefail
cd "$(dirname "$0")/.."

command -v protoc >/dev/null || { echo "protoc missing: apt-get install -y protobuf-compiler" >&2; exit 1; }
GOBIN="$(go env GOPATH)/bin"
export PATH="$GOBIN:$PATH"
command -v protoc-gen-gocosmos >/dev/null || go install github.com/cosmos/gogoproto/protoc-gen-gocosmos@v1.7.2
command -v protoc-gen-grpc-gateway >/dev/null || go install github.com/grpc-ecosystem/grpc-gateway/protoc-gen-grpc-gateway@v1.16.0

moddir() { go list -m -f '{{.Dir}}' "$1"; }
SDK=$(moddir github.com/cosmos/cosmos-sdk)
GOGO=$(moddir github.com/cosmos/gogoproto)
CPROTO=$(moddir github.com/cosmos/cosmos-proto)
CMT=$(moddir github.com/cometbft/cometbft)
GAPI=$(go mod download -json github.com/gogo/googleapis@v1.4.1 | sed -n 's/.*"Dir": "\(.*\)".*/\1/p')

out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
includes=(-I proto -I "$SDK/proto" -I "$GOGO" -I "$CPROTO/proto" -I "$CMT/proto" -I "$GAPI")
for dir in $(find proto/seq -name '*.proto' -exec dirname {} \; | sort -u); do
  protoc "${includes[@]}" \
    --gocosmos_out=plugins=grpc,Mgoogle/protobuf/any.proto=github.com/cosmos/gogoproto/types/any,Mgoogle/api/annotations.proto=google.golang.org/genproto/googleapis/api/annotations,Mgoogle/api/http.proto=google.golang.org/genproto/googleapis/api/annotations:"$out" \
    --grpc-gateway_out=logtostderr=true,allow_colon_final_segments=true:"$out" \
    "$dir"/*.proto
done
cp -r "$out"/github.com/seq-network/seq/* ./
echo "generated: $(cd "$out" && find . -name '*.go' | wc -l) files"
