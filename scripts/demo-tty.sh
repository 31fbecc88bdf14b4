#!/usr/bin/env bash
# Shows the live progress display of `bilingual build` as a terminal sees it: runs the CLI
# under `script -qec` (util-linux), which gives it a pseudo-terminal, and prints each frame
# of the recorded screen in turn (erase sequences turned into a separator line).
# Usage: scripts/demo-tty.sh [article files...]   (default: three copies of the seed article)
set -euo pipefail
cd "$(dirname "$0")/.."
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
if [ "$#" -eq 0 ]; then
  for name in first second third; do cp seeds/g20-syria-talks-2016.txt "$work/$name.txt"; done
  set -- "$work/first.txt" "$work/second.txt" "$work/third.txt"
fi
quoted=""
for input in "$@"; do quoted+=" $(printf '%q' "$input")"; done
script -qec "stty cols 100 rows 30; node bin/bilingual.js build$quoted --out $(printf '%q' "$work/out") --no-cache" /dev/null \
  >"$work/screen.raw"
# Each redraw starts with "erase line, cursor up" repeated; show the frames one after another.
sed -e 's/\x1b\[2K\x1b\[1A//g' -e 's/\x1b\[2K\x1b\[G/\n----- redraw -----\n/g' -e 's/\r$//' "$work/screen.raw"
