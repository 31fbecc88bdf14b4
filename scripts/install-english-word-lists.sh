#!/usr/bin/env bash
# Installs Debian's English word lists (wamerican, wbritish: /usr/share/dict/american-english
# and british-english), which the qa/unknown-word check reads to tell a French word left in the
# English from an English one. Without them the check reports only the words the offline
# engine marked. Idempotent; as root with apt-get it installs what is missing, anywhere else it
# prints the command and exits with status 0 (the lists are optional).
set -euo pipefail

PACKAGES=(wamerican wbritish)
missing=()
for package in "${PACKAGES[@]}"; do
  dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q 'install ok installed' || missing+=("$package")
done
if [ "${#missing[@]}" -eq 0 ]; then
  echo "install-english-word-lists: ${PACKAGES[*]} already installed."
  exit 0
fi
if ! command -v apt-get >/dev/null 2>&1 || [ "$(id -u)" -ne 0 ]; then
  echo "install-english-word-lists: for qa/unknown-word's French-left check, install: sudo apt-get install -y ${missing[*]}" >&2
  exit 0
fi
export DEBIAN_FRONTEND=noninteractive
apt-cache show "${missing[0]}" >/dev/null 2>&1 || apt-get update -q
apt-get install -y -q --no-install-recommends "${missing[@]}" </dev/null
echo "install-english-word-lists: done."
