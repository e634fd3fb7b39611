#!/usr/bin/env bash
# Install the built bundle (dist/till) for the current user:
#   ~/.local/opt/till, a menu entry with icon, and (--autostart) a systemd user unit.
# Usage: bash installer/linux/install.sh [--prefix DIR] [--autostart]
set -euo pipefail
HERE="$(cd "$(dirname "$0")" && pwd)"
ROOT="$(cd "$HERE/../.." && pwd)"
PREFIX="$HOME/.local/opt/till"
AUTOSTART=0
while [ $# -gt 0 ]; do
    case "$1" in
        --prefix) PREFIX="$2"; shift 2 ;;
        --autostart) AUTOSTART=1; shift ;;
        *) echo "unknown option $1" >&2; exit 2 ;;
    esac
done
[ -x "$ROOT/dist/till/pos-client" ] || { echo "build first: uv run --group build python installer/build.py" >&2; exit 1; }
mkdir -p "$PREFIX"
# Replace the program, never the data: that lives in ~/.local/share/till.
rm -rf "$PREFIX.new" && cp -a "$ROOT/dist/till" "$PREFIX.new" && rm -rf "$PREFIX" && mv "$PREFIX.new" "$PREFIX"
DATA="${XDG_DATA_HOME:-$HOME/.local/share}"
mkdir -p "$DATA/applications" "$DATA/icons/hicolor/scalable/apps"
cp "$ROOT/resources/icons/till.svg" "$DATA/icons/hicolor/scalable/apps/till.svg"
sed "s|@PREFIX@|$PREFIX|g" "$HERE/till.desktop" > "$DATA/applications/till.desktop"
if [ "$AUTOSTART" = 1 ]; then
    UNITS="${XDG_CONFIG_HOME:-$HOME/.config}/systemd/user"
    mkdir -p "$UNITS"
    sed "s|@PREFIX@|$PREFIX|g" "$HERE/till.service" > "$UNITS/till.service"
    systemctl --user daemon-reload && systemctl --user enable till.service || \
        echo "could not enable the user unit; start the till from the menu" >&2
fi
# Qt's X11 window needs these system libraries; say exactly which are missing.
MISSING=$(ldd "$PREFIX"/_internal/PySide6/Qt/plugins/platforms/libqxcb.so 2>/dev/null | awk '/not found/ {print $1}')
if [ -n "$MISSING" ]; then
    echo "Qt needs system libraries for a window; install: sudo apt-get install $(tr '\n' ' ' < "$HERE/packages.txt")" >&2
fi
echo "installed in $PREFIX"
