#!/usr/bin/env bash
# Start the till. With no config it runs in demo mode (demo program, catalogue,
# members; receipts to preview PNGs). Extra arguments go to pos-client.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/uv.sh
# Qt >= 6.5 needs libxcb-cursor0 for a real window on X11.
if [ -z "${QT_QPA_PLATFORM:-}" ] && [ "$(uname)" = Linux ] && ! ldconfig -p 2>/dev/null | grep -q libxcb-cursor.so.0; then
    if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
        apt-get install -y -qq libxcb-cursor0 >/dev/null || true
    elif command -v apt-get >/dev/null && command -v sudo >/dev/null; then
        echo "Installing libxcb-cursor0 (needed by Qt for X11 windows)..." >&2
        sudo apt-get install -y -qq libxcb-cursor0 || echo "Please run: sudo apt-get install libxcb-cursor0" >&2
    else
        echo "Qt needs the system library libxcb-cursor0: install it with your package manager." >&2
    fi
fi
# Installed packages get compiled bytecode: the till then starts in about half a second.
export UV_COMPILE_BYTECODE=1
exec $UV run --locked pos-client "$@"
