#!/usr/bin/env bash
# `npm run setup`: everything a fresh machine needs, in one step.
#  1. the Node packages, exactly as locked, and the compiled command in dist/ (`prepare`
#     runs `npm run build`);
#  2. the Debian packages: the offline engine (Apertium with the fr-es and eng-spa pairs)
#     and the French word list the dehyphenation lexicon is built from (then compiled); the English word
#     lists qa/unknown-word reads (wamerican, wbritish);
#  3. what the tests of the HTML reader run: Chromium (headless) and Pandoc;
#  4. what the CAT-tool round trip test runs: OmegaT (headless);
#  5. Redis (redis-server, the program only, no service started), for the work queue.
# Needs root (or sudo) and apt-get for step 2; elsewhere it prints what to install.
set -euo pipefail
cd "$(dirname "$0")/.."

echo "bilingual setup: installing Node packages"
if [ -f package-lock.json ]; then
  npm ci --no-audit --no-fund
else
  npm install --no-audit --no-fund
fi

echo "bilingual setup: installing the offline engine and the French lexicon"
bash scripts/install-apertium.sh
node --import tsx scripts/compile-french-lexicon.ts

echo "bilingual setup: installing the English word lists (qa/unknown-word)"
bash scripts/install-english-word-lists.sh

echo "bilingual setup: installing Chromium and Pandoc for the reader's tests"
bash scripts/install-test-browser.sh

echo "bilingual setup: installing OmegaT for the CAT-tool round trip test"
bash scripts/install-omegat.sh

echo "bilingual setup: installing Redis for the work queue (no service is started)"
bash scripts/install-redis.sh

echo "bilingual setup: done. Try: npm start"
