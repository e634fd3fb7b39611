# Sourced by start.sh: the system libraries Qt's X11 plugin (xcb) needs for a real window.
# Qt >= 6.5 needs libxcb-cursor0; a minimal Debian/Ubuntu also lacks a few more xcb libraries.
X11_PACKAGES="libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxcb-image0 libxcb-render-util0 libxcb-xkb1
libxcb-randr0 libxcb-shape0 libxcb-xinerama0 libxkbcommon-x11-0 libegl1 libfontconfig1 libdbus-1-3"

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
