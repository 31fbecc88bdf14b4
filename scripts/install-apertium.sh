#!/usr/bin/env bash
# Installs the offline engine: Apertium with the French–Spanish and English–Spanish pairs
# (the translation goes fr → es → en), plus the French word lists the dehyphenation
# lexicon is built from. The French–Catalan and English–Catalan pairs give a second opinion on
# the words the fr-es pair does not know (src/providers/apertium/unknown-word-fallback.ts); the
# provider works without them, leaving those words as they are.
#
# Idempotent: does nothing when everything is there. Otherwise, as root with apt-get, it
# installs the packages (running `apt-get update` only when the package lists do not know
# them); anywhere else it prints the command to run and exits with status 1.
# Safe in CI and without a terminal: no prompt is ever shown.
set -euo pipefail

PACKAGES=(apertium apertium-fr-es apertium-eng-spa apertium-fra-cat apertium-eng-cat hunspell-fr wfrench)
MODES_DIR="${APERTIUM_MODES_DIR:-/usr/share/apertium/modes}"

is_installed() {
  dpkg-query -W -f='${Status}' "$1" 2>/dev/null | grep -q 'install ok installed'
}

missing=()
if command -v dpkg-query >/dev/null 2>&1; then
  for package in "${PACKAGES[@]}"; do
    is_installed "$package" || missing+=("$package")
  done
else
  # Not a Debian system: judge by the files the provider uses.
  command -v apertium >/dev/null 2>&1 || missing+=(apertium)
  [ -f "$MODES_DIR/fr-es.mode" ] || missing+=(apertium-fr-es)
  [ -f "$MODES_DIR/spa-eng.mode" ] || missing+=(apertium-eng-spa)
fi

if [ "${#missing[@]}" -eq 0 ]; then
  echo "install-apertium: Apertium and the fr-es and eng-spa pairs are already installed."
  exit 0
fi

echo "install-apertium: missing: ${missing[*]}"

if ! command -v apt-get >/dev/null 2>&1 || ! command -v dpkg-query >/dev/null 2>&1; then
  echo "install-apertium: apt-get is not available here. Install Apertium (https://wiki.apertium.org/wiki/Installation)" >&2
  echo "  with the language pairs apertium-fr-es and apertium-eng-spa, then run this script again." >&2
  exit 1
fi

if [ "$(id -u)" -ne 0 ]; then
  echo "install-apertium: installing needs root. Run:" >&2
  echo "  sudo apt-get update && sudo apt-get install -y ${missing[*]}" >&2
  exit 1
fi

export DEBIAN_FRONTEND=noninteractive
# Refresh the package lists only when they do not know a missing package (fresh images ship none).
for package in "${missing[@]}"; do
  if ! apt-cache show "$package" >/dev/null 2>&1; then
    echo "install-apertium: apt-get update"
    apt-get update -q
    break
  fi
done

echo "install-apertium: apt-get install ${missing[*]}"
apt-get install -y -q --no-install-recommends "${missing[@]}" </dev/null

for mode in fr-es spa-eng; do
  if [ ! -f "$MODES_DIR/$mode.mode" ]; then
    echo "install-apertium: $MODES_DIR/$mode.mode is still missing after the install." >&2
    exit 1
  fi
done
echo "install-apertium: done."
