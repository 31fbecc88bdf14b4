#!/usr/bin/env bash
# Installs what the reader's tests run outside Node: Chromium (the HTML reader is tested in
# a real browser, driven headless by playwright-core with no browser download) and Pandoc
# (every Markdown edition is converted by it to prove that an article cannot inject markup).
#
# Idempotent: does nothing when both are there. Otherwise, as root with apt-get, it installs
# the packages (running `apt-get update` only when the package lists do not know them);
# anywhere else it prints what to install and exits with status 1.
# Safe in CI and without a terminal: no prompt is ever shown.
set -euo pipefail

CHROMIUM="${CHROMIUM_PATH:-/usr/bin/chromium}"
missing=()
[ -x "$CHROMIUM" ] || missing+=(chromium)
command -v pandoc >/dev/null 2>&1 || missing+=(pandoc)

if [ "${#missing[@]}" -eq 0 ]; then
  echo "install-test-browser: Chromium ($CHROMIUM) and Pandoc are already installed."
  exit 0
fi

echo "install-test-browser: missing: ${missing[*]}"

if ! command -v apt-get >/dev/null 2>&1; then
  echo "install-test-browser: apt-get is not available here. Install Chromium (or set CHROMIUM_PATH to a" >&2
  echo "  Chromium or Chrome executable) and Pandoc, then run this script again." >&2
  exit 1
fi

if [ "$(id -u)" -ne 0 ]; then
  echo "install-test-browser: installing needs root. Run:" >&2
  echo "  sudo apt-get update && sudo apt-get install -y ${missing[*]}" >&2
  exit 1
fi

export DEBIAN_FRONTEND=noninteractive
# Refresh the package lists only when they do not know a missing package (fresh images ship none).
for package in "${missing[@]}"; do
  if ! apt-cache show "$package" >/dev/null 2>&1; then
    echo "install-test-browser: apt-get update"
    apt-get update -q
    break
  fi
done

echo "install-test-browser: apt-get install ${missing[*]}"
apt-get install -y -q --no-install-recommends "${missing[@]}" </dev/null

if [ ! -x "$CHROMIUM" ]; then
  echo "install-test-browser: $CHROMIUM is still missing after the install; set CHROMIUM_PATH to the browser." >&2
  exit 1
fi
echo "install-test-browser: done."
