#!/usr/bin/env bash
# Start the till. With no config it runs in demo mode (demo program, catalogue,
# members; receipts to preview PNGs). Extra arguments go to pos-client.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/uv.sh
# Installed packages get compiled bytecode: the till then starts in about half a second.
export UV_COMPILE_BYTECODE=1
source scripts/x11-libs.sh
ensure_x11_libs
exec $UV run --locked pos-client "$@"
