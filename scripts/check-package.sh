#!/usr/bin/env bash
# `npm run test:package`: what a user gets from `npm pack`. Packs the package (which builds
# dist/ through `prepare`), installs the tarball into an empty folder as a fresh machine would
# (its dependencies from the registry, better-sqlite3 built for this Node), then, from that
# folder, runs the installed `bilingual`: --help, `segment` of a text article and of a PDF
# (whose reader runs in a worker file beside the compiled modules), each compared with what
# the sources give, and a `build` of the reader page (whose style and script are files too).
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
cd "$root"

echo "check-package: npm pack"
tarball="$(npm pack --pack-destination "$work" --silent | tail -n 1)"
mkdir "$work/install"
cd "$work/install"
printf '{ "name": "bilingual-package-check", "private": true }\n' > package.json
echo "check-package: npm install $tarball into an empty folder"
npm_config_build_from_source=true npm install --no-audit --no-fund --silent "$work/$tarball"
installed="$work/install/node_modules/.bin/bilingual"

echo "check-package: bilingual --help"
"$installed" --help > help.txt
grep -q '^Usage: bilingual' help.txt

compare_segment() {
  local article="$1"
  echo "check-package: bilingual segment ${article#"$root"/}"
  "$installed" segment "$article" > installed.json
  node "$root/bin/bilingual.js" segment "$article" > sources.json
  if ! cmp -s installed.json sources.json; then
    echo "check-package: the installed command's segment differs from the sources' for $article" >&2
    diff installed.json sources.json | head -20 >&2
    exit 1
  fi
}
compare_segment "$root/seeds/g20-syria-talks-2016.txt"
compare_segment "$root/test/fixtures/pdf/articles/rennes-school-closures/rennes-school-closures.groff-a4-1col.pdf"

echo "check-package: bilingual build --format html"
"$installed" build "$root/seeds/g20-syria-talks-2016.txt" --format html --no-cache --out "$work/out" --quiet > written.txt
grep -q '<style' "$work/out/g20-syria-talks-2016/g20-syria-talks-2016.html"

echo "check-package: the packed package installs and runs"
