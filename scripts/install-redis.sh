#!/usr/bin/env bash
# Installs Redis (Debian's redis-server), which the work queue (`bilingual enqueue`, `worker`,
# `status`, `retry-failed`) and its shared quotas and cache live in. `bilingual build` needs
# no Redis.
#
# Only the program is installed: no Redis service is started or enabled (the tests start
# their own redis-server on a free port, in a temporary folder, and stop it after). Run a
# server yourself for real queues and point REDIS_URL at it.
#
# Idempotent: does nothing when redis-server is there. Otherwise, as root with apt-get, it
# installs the package (running `apt-get update` only when the package lists do not know it);
# anywhere else it prints what to install and exits with status 1.
set -euo pipefail

if command -v redis-server >/dev/null 2>&1; then
  echo "install-redis: redis-server is already installed ($(redis-server --version | head -n 1))."
  exit 0
fi

if ! command -v apt-get >/dev/null 2>&1; then
  echo "install-redis: apt-get is not available here. Install Redis 6.2 or newer (redis-server) by hand," >&2
  echo "  for example \`brew install redis\` on macOS, then run this script again." >&2
  exit 1
fi

if [ "$(id -u)" -ne 0 ]; then
  echo "install-redis: installing needs root. Run:" >&2
  echo "  sudo apt-get update && sudo apt-get install -y redis-server" >&2
  exit 1
fi

export DEBIAN_FRONTEND=noninteractive
if ! apt-cache show redis-server >/dev/null 2>&1; then
  echo "install-redis: apt-get update"
  apt-get update -q
fi

# Debian starts a package's service on install; policy-rc.d answering 101 says "do not", the
# standard way. Put it in place only when there is none, and take it away after.
policy=/usr/sbin/policy-rc.d
if [ ! -e "$policy" ]; then
  printf '#!/bin/sh\nexit 101\n' >"$policy"
  chmod 755 "$policy"
  trap 'rm -f "$policy"' EXIT
fi

echo "install-redis: apt-get install redis-server (no service started)"
apt-get install -y -q --no-install-recommends redis-server </dev/null

if ! command -v redis-server >/dev/null 2>&1; then
  echo "install-redis: redis-server is still missing after the install." >&2
  exit 1
fi
echo "install-redis: done."
