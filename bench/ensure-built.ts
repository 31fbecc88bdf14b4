/**
 * The compiled CLI the whole-process benches run, brought up to date first by the same check
 * `npm start` uses (`scripts/build-dist.ts --if-stale`: rebuilt only when a source is newer).
 */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('..', import.meta.url));

/** `dist/cli/bilingual.cjs`, the installed command (`package.json`'s `bin`). */
export const COMPILED_CLI = join(ROOT, 'dist', 'cli', 'bilingual.cjs');

export function ensureBuilt(): void {
  const built = spawnSync(process.execPath, ['--import', 'tsx', join(ROOT, 'scripts', 'build-dist.ts'), '--if-stale'], { cwd: ROOT, stdio: 'inherit' });
  if (built.status !== 0) throw new Error('building dist/ failed (scripts/build-dist.ts --if-stale)');
}
