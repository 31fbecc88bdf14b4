#!/usr/bin/env bash
# Installs what the CAT-tool round trip test runs outside Node: OmegaT (Debian's `omegat`,
# about 26 MB installed plus a Java runtime), driven headless with `--mode=console-translate`
# to translate the XLIFF bilingual exports from a TMX, as a translator's tool would.
#
# Idempotent: does nothing when `omegat` is on PATH. Otherwise, as root with apt-get, it
# installs the package (running `apt-get update` only when the package lists do not know it);
# anywhere else it prints what to install and exits with status 1 (the test is then skipped,
# saying why). Safe in CI and without a terminal: no prompt is ever shown.
set -euo pipefail

if command -v omegat >/dev/null 2>&1; then
  echo "install-omegat: OmegaT is already installed."
  exit 0
fi

if ! command -v apt-get >/dev/null 2>&1; then
  echo "install-omegat: apt-get is not available here. Install OmegaT 3.6 or newer (omegat.org) with" >&2
  echo "  an \`omegat\` command on PATH, then run this script again; only the CAT-tool round trip test needs it." >&2
  exit 1
fi

if [ "$(id -u)" -ne 0 ]; then
  echo "install-omegat: installing needs root. Run:" >&2
  echo "  sudo apt-get update && sudo apt-get install -y --no-install-recommends omegat" >&2
  exit 1
fi

export DEBIAN_FRONTEND=noninteractive
if ! apt-cache show omegat >/dev/null 2>&1; then
  echo "install-omegat: apt-get update"
  apt-get update -q
fi
echo "install-omegat: apt-get install omegat"
apt-get install -y -q --no-install-recommends omegat </dev/null
echo "install-omegat: done."
