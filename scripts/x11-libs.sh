# Sourced by start.sh: the system libraries Qt's X11 plugin (xcb) needs for a real window.
# Qt >= 6.5 needs libxcb-cursor0; a minimal Debian/Ubuntu also lacks a few more xcb libraries.
# One list for this script and the installer: installer/linux/packages.txt.
X11_PACKAGES="$(tr '\n' ' ' < "$(dirname "${BASH_SOURCE[0]}")/../installer/linux/packages.txt")"

x11_libs_missing() {
    # What the xcb plugin of the installed PySide6 cannot find, by asking the loader.
    local plugin
    plugin=$($UV run --locked python -c "import PySide6, pathlib; print(pathlib.Path(PySide6.__file__).parent / 'Qt/plugins/platforms/libqxcb.so')" 2>/dev/null) || return 1
    [ -f "$plugin" ] && ldd "$plugin" 2>/dev/null | grep -q "not found"
}

ensure_x11_libs() {
    [ "$(uname)" = Linux ] && [ -z "${QT_QPA_PLATFORM:-}" ] || return 0
    x11_libs_missing || return 0
    if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
        apt-get install -y -qq $X11_PACKAGES >/dev/null || true
    elif command -v apt-get >/dev/null && command -v sudo >/dev/null; then
        echo "Installing the X11 libraries Qt needs for a window..." >&2
        sudo apt-get install -y -qq $X11_PACKAGES || true
    fi
    if x11_libs_missing; then
        echo "Qt cannot open a window: install these system packages: $(echo $X11_PACKAGES)" >&2
    fi
}
