# Sourced by start.sh and test.sh: make `uv` available (pinned version) on a fresh machine.
UV_VERSION="0.13.9"
if python3 -m uv --version >/dev/null 2>&1; then
    UV="python3 -m uv"
elif command -v uv >/dev/null 2>&1; then
    UV="uv"
else
    echo "Installing uv ${UV_VERSION} (the project's package manager) with pip..." >&2
    python3 -m pip install --quiet --user "uv==${UV_VERSION}" 2>/dev/null \
        || python3 -m pip install --quiet --user --break-system-packages "uv==${UV_VERSION}" \
        || python3 -m pip install --quiet "uv==${UV_VERSION}"
    UV="python3 -m uv"
fi
