#!/usr/bin/env node
/**
 * The installed `bilingual` command: compiled to `dist/cli/bilingual.js` by `npm run build`
 * (run by `npm run setup` and `prepare`), which `package.json`'s `bin` points at. Development
 * and tests run the same `main` from the sources through tsx (`bin/bilingual.js`).
 */
import module from 'node:module';
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

const { keepGoingWhenOutputCloses } = await import('./closed-pipe.ts');
keepGoingWhenOutputCloses(process.stdout);
const { main, saveCodeCache } = await loadMain(flags ?? '');
process.exitCode = await main(process.argv.slice(2));
saveCodeCache();
