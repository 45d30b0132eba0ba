# seq — make help lists the targets.
GO        ?= go
BUILD_DIR ?= $(CURDIR)/build
GOBIN     ?= $(shell $(GO) env GOPATH)/bin
TEST_TIMEOUT ?= 55m
# SEQD_TAGS: seqd is built with libsecp256k1_sdk, the SDK's cgo binding of bitcoin-core's
# libsecp256k1 (vendored in the SDK module, compiled with the system C compiler): it verifies a tx
# signature in 61 µs against 144 µs for the pure-Go default, and signature checks were the
# largest per-tx cost of a node. Same verdicts (both reject high-S). Only seqd: a binary that also
# links go-ethereum's crypto (seq-prover, seq-load, most test binaries) would get two copies of
# libsecp256k1's C symbols. Tests build seqd without it (pure Go, same behaviour).
SEQD_TAGS ?= libsecp256k1_sdk

.DEFAULT_GOAL := help

## help: list the targets
help:
	@sed -n 's/^## //p' $(MAKEFILE_LIST) | awk -F': ' '{printf "%-18s %s\n", $$1, $$2}' | sed 's/^/  /'

## build: build seqd, seq-load (and seq-prover when present) into ./build
build:
	@mkdir -p $(BUILD_DIR)
	$(GO) build -tags '$(SEQD_TAGS)' -o $(BUILD_DIR)/ ./cmd/seqd
	$(GO) build -o $(BUILD_DIR)/ ./cmd/seq-load ./cmd/seq-prover

## install: install the binaries into GOBIN
install:
	$(GO) install -tags '$(SEQD_TAGS)' ./cmd/seqd
	$(GO) install ./cmd/seq-load ./cmd/seq-prover

## test: everything CI runs — unit, keeper, ABCI, integration, contract and multi-process e2e tests
test: contracts-deps
	$(GO) test -count=1 -timeout $(TEST_TIMEOUT) ./...

# contracts-deps installs the pinned solc-js (contracts/package-lock.json): seq-prover setup compiles
# the exported verifier with it, and TestBuildUpToDate recompiles the contracts (it skips without node).
contracts-deps:
	@if command -v npm >/dev/null; then (cd contracts && npm ci --no-audit --no-fund --loglevel=error) || echo "npm ci failed: contracts build check will skip"; fi

## test-short: the fast tier only (skips multi-process e2e tests)
test-short:
	$(GO) test -short -count=1 ./...

## test-e2e: only the multi-process end-to-end tests (real seqd processes on 127.0.0.1)
test-e2e: contracts-deps
	$(GO) test -count=1 -timeout $(TEST_TIMEOUT) -v ./tests/...

## lint: golangci-lint v2 (installed on first use)
lint:
	@command -v golangci-lint >/dev/null || $(GO) install github.com/golangci/golangci-lint/v2/cmd/golangci-lint@v2.6.2
	golangci-lint run ./...

## proto-gen: regenerate Go code from proto/ (offline, protoc + includes from the module cache)
proto-gen:
	@command -v protoc >/dev/null || (apt-get update -qq && apt-get install -y -qq protobuf-compiler)
	./scripts/protocgen.sh

## bindings: recompile contracts/src with solc-js and regenerate the abigen v2 bindings
bindings:
	./contracts/gen.sh

## mocks: regenerate gomock mocks of the modules' expected keepers
mocks:
	./scripts/mockgen.sh

## localnet: build and start 4 validators on 127.0.0.1 with a demo rollup and a small load
localnet: contracts-deps
	./scripts/localnet.sh start

## localnet-status: heights, app hashes, demo rollup and load of the localnet
localnet-status:
	@./scripts/localnet.sh status

## localnet-stop: stop exactly the processes localnet started
localnet-stop:
	./scripts/localnet.sh stop

## bench-checkpoints: vote extensions on vs off under the same load; certification delay
bench-checkpoints: build
	./scripts/bench-checkpoints.sh

## bench-throughput: seqd vs CometBFT kvstore saturation, latency and overload (takes ~40 min)
bench-throughput: build
	./scripts/bench-throughput.sh

.PHONY: help build install test contracts-deps bindings test-short test-e2e lint proto-gen mocks localnet localnet-status localnet-stop bench-throughput bench-checkpoints
