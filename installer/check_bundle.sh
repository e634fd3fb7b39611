#!/usr/bin/env bash
# Build the shop-PC bundle and prove it works as a shop would use it:
#   --version; the demo self-test offscreen; with a virtual X server (Xvfb) a real
#   X11 window; first-run setup pairing with a local pos-hq, a test receipt to a
#   file: printer, a sale that reaches HQ; the second start is the configured till.
# Run from the repository root: bash installer/check_bundle.sh
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/uv.sh
$UV run --locked --group build python installer/build.py
TILL=dist/till/pos-client
WORK=$(mktemp -d)
HQ_PID=""; XVFB_PID=""
cleanup() { [ -n "$HQ_PID" ] && kill "$HQ_PID" 2>/dev/null; [ -n "$XVFB_PID" ] && kill "$XVFB_PID" 2>/dev/null; rm -rf "$WORK"; }
trap cleanup EXIT
# A clean shop PC: its own config and data dirs, nothing from this machine.
export POS_CONFIG_DIR="$WORK/config" XDG_DATA_HOME="$WORK/data" POS_LOG_DIR="$WORK/logs"
unset POS_CONFIG POS_DATA_DIR

step() { echo "== $*"; }
touch "$WORK/built"                   # the bundle must never write inside itself
step "version";            $TILL --version
step "demo self-test (offscreen)"
QT_QPA_PLATFORM=offscreen $TILL --selftest
PLATFORM=offscreen
if command -v Xvfb >/dev/null; then
    Xvfb :97 -screen 0 1024x768x24 -nolisten tcp >/dev/null 2>&1 & XVFB_PID=$!
    for _ in $(seq 50); do [ -e /tmp/.X11-unix/X97 ] && break; sleep 0.1; done
    export DISPLAY=:97; PLATFORM=xcb
    step "demo self-test in a real X11 window (Xvfb)"
    QT_QPA_PLATFORM=xcb $TILL --selftest
else
    echo "(Xvfb not installed: the X11 window check is skipped)"
fi

step "a local HQ"
PORT=$($UV run --locked python -c "from sync.pgtemp import free_port; print(free_port())")
$UV run --locked pos-hq --db "$WORK/hq.db" program load resources/demo/program.toml >/dev/null
$UV run --locked pos-hq --db "$WORK/hq.db" catalogue load resources/demo/catalogue.csv >/dev/null
$UV run --locked pos-hq --db "$WORK/hq.db" serve --host 127.0.0.1 --port "$PORT" --log-level warning & HQ_PID=$!
for _ in $(seq 150); do (exec 3<>"/dev/tcp/127.0.0.1/$PORT") 2>/dev/null && break; sleep 0.1; done
CODE=$($UV run --locked pos-hq --db "$WORK/hq.db" pairing-code "Kasse 1")

step "first-run setup: pair, printer, PIN"
$TILL setup --name "Kasse 1" --language nb --hq "http://127.0.0.1:$PORT" --code "$CODE" \
    --printer "file:$WORK/printer.bin" --width 80 --pin 2468 \
    --shop-name "Dyrebutikken Storgata AS" --address "Storgata 1, 0155 Oslo" --org-number 999999999
step "second start: the configured till ($PLATFORM)"
QT_QPA_PLATFORM=$PLATFORM $TILL --selftest | tee "$WORK/selftest.txt"
grep -q "Kasse 1" "$WORK/selftest.txt" && grep -q "online" "$WORK/selftest.txt"
head -c 2 "$WORK/printer.bin" | od -An -tx1 | grep -q "1b 40"      # ESC @ starts the test receipt
step "a sale, and HQ has it"
$TILL cashier add Kari --pin 1357 >/dev/null     # a Norwegian till sells only with a signed-in cashier
$TILL sale --cashier Kari --item DOG-001 --tender card --json >/dev/null
$TILL journal verify >/dev/null                  # the sale is signed and the chain holds
$TILL sync --once                     # exit 0 only when every event reached HQ
$TILL status --json | $UV run --locked python -c \
    "import json,sys; s=json.load(sys.stdin); assert s['outbox_pending']==0 and s['terminal_id'], s; print('status ok:', s['terminal_id'])"
$TILL support-bundle --out "$WORK/support.zip" >/dev/null
WRITTEN=$(find dist/till -newer "$WORK/built" -type f | head -5)
[ -z "$WRITTEN" ] || { echo "the bundle wrote inside itself: $WRITTEN" >&2; exit 1; }
step "bundle ok"
