#!/usr/bin/env node
// Development entry: runs the TypeScript sources through tsx, so that a change in src/ needs no
// build; the tests run the command through it. The installed command is the compiled
// dist/cli/bilingual.js (`npm run build`), which package.json's `bin` points at.
import { register } from 'tsx/esm/api';

register();
const { keepGoingWhenOutputCloses } = await import('../src/cli/closed-pipe.ts');
keepGoingWhenOutputCloses(process.stdout);
const { main } = await import('../src/cli/main.ts');
process.exitCode = await main(process.argv.slice(2));
