#!/usr/bin/env bash
# Run the whole test suite against the locked dependencies. Extra args go to pytest.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/uv.sh
$UV sync --locked --quiet
export QT_QPA_PLATFORM=offscreen
exec $UV run --locked pytest "$@"
