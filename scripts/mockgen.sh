#!/usr/bin/env bash
# Generates the gomock mocks of every module's types/expected_keepers.go into x/<m>/testutil/.
# The mockgen version is pinned to the go.uber.org/mock version in go.mod, so the generated code
# and the gomock runtime the tests link against always agree. Mocks are committed, never hand-edited.
set -euo pipefail
cd "$(dirname "$0")/.."

MOCKGEN="go run go.uber.org/mock/mockgen@v0.6.0"

gen() { # gen <module>
  local m=$1
  $MOCKGEN -source="x/$m/types/expected_keepers.go" \
    -package=testutil \
    -destination="x/$m/testutil/expected_keepers_mocks.go"
  echo "generated x/$m/testutil/expected_keepers_mocks.go"
}

# Modules listed by name, so a module without expected keepers is not an error.
for m in "${@:-rollup}"; do
  gen "$m"
done
