#!/usr/bin/env bash
# The till's screenshots in README.md and docs/screenshots/, from the real window: pos-client
# under Xvfb at 1024x768 (a till's screen), every page opened by keys and taps like a cashier's
# (tests/ui/screens.py), in nb, sv and en. It stops, writing nothing, if the layout check finds
# anything clipped, elided or scrolled sideways. Needs Xvfb and xdotool (apt: xvfb xdotool).
# Every page of every language is kept in $KEEP when that is set (to look at them all).
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/uv.sh
OUT="${KEEP:-$(mktemp -d)}"
[ -n "${KEEP:-}" ] || trap 'rm -rf "$OUT"' EXIT
$UV run --locked python -m tests.ui.screens "$OUT" 1024x768
DOCS=docs/screenshots
for lang in nb sv en; do
    cp "$OUT/1024x768-$lang/member-panel-and-basket.png" "$DOCS/till_$lang.png"
done
for page in enrolment enrolment-with-the-letters message-paid returns-with-a-receipt settings x-report \
            setup-headquarters points-shop; do
    cp "$OUT/1024x768-nb/$page.png" "$DOCS/till_${page}_nb.png"
done
echo "screenshots written to $DOCS (every page: $OUT)"
