import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadConfig } from './src/config/load.ts';
import { build } from './src/pipeline.ts';
const work = mkdtempSync(join(tmpdir(), 'probe-'));
const inputs = process.argv.slice(2);
const config = await loadConfig({ env: {}, overrides: [{ path: ['cache', 'enabled'], value: false, source: 'test' }] });
const s = await build({ inputs, config, outDir: work, dryRun: false, failFast: false });
console.log('failures', s.failures, 'qaFailures', s.qaFailures);
for (const o of s.articles ?? []) {}
import { readdirSync } from 'node:fs';
for (const slug of readdirSync(work).filter((n) => !n.endsWith('.html'))) {
  const a = JSON.parse(readFileSync(join(work, slug, `${slug}.json`), 'utf8'));
  for (const b of a.blocks) for (const sn of b.sentences) for (const f of sn.qa ?? []) if (f.check === 'qa/unknown-word') console.log(slug, sn.id, f.message, sn.unknownWords ?? '');
}
