#!/usr/bin/env node
/**
 * The installed `bilingual` command: compiled to `dist/cli/bilingual.js` by `npm run build`
 * (run by `npm run setup` and `prepare`), and bundled from it into `dist/cli/bilingual.cjs`, the
 * script `package.json`'s `bin` points at (`scripts/bundle-structure-stage.ts`: a CommonJS entry
 * spares a start Node's ES module loader). Development and tests run the same `main` from the
 * sources through tsx (`bin/bilingual.js`).
 *
 * No top-level `await`, so that the same module bundles into a CommonJS script.
 */
import module from 'node:module';
import { keepGoingWhenOutputCloses } from './closed-pipe.ts';
import { loadMain } from './load-main.ts';
import { tierUpFlags } from './tier-up-budget.ts';

// Node 22.1 and later keep the compiled code of the modules loaded between runs (in the
// system's temporary folder), which spares a later start most of the parsing; Node 20 has no
// such cache and starts as before.
(module as { enableCompileCache?: () => unknown }).enableCompileCache?.();

// A build optimises only its hottest functions (`tier-up-budget.ts`). `node:v8` only then: with
// it come the heap tools and streams a `segment` or `--help` never uses.
const flags = tierUpFlags(process.argv.slice(2), process.versions.v8);
if (flags !== undefined) process.getBuiltinModule('node:v8').setFlagsFromString(flags);

keepGoingWhenOutputCloses(process.stdout);
void loadMain(flags ?? '').then(async ({ main, saveCodeCache }) => {
  process.exitCode = await main(process.argv.slice(2));
  saveCodeCache();
});
