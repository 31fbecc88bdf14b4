/**
 * `build`'s command as the installed command runs it: the script `npm run build` bundles
 * `commands/build.ts` into (`dist/cli/build-command.cjs`, `scripts/bundle-structure-stage.ts`):
 * with it the configuration's loader, zod and yaml, the offline engine's provider and the
 * progress display, run through a code cache (`cached-script.ts`), as the command line's start
 * and the pipeline are. Without it, a build compiled some 130 ES modules (most of them zod's,
 * then the configuration's and the provider's) and 80 CommonJS files (yaml's) from their sources
 * on every run, on the main thread, before the engine could start, and compiled their functions
 * again as they first ran. From the sources (tsx, the tests), or when the script is missing or
 * fails to load, `commands/build.ts`
 * itself. The same code either way.
 */
import { fileURLToPath } from 'node:url';
import type * as Build from './commands/build.ts';
import { runCachedScript } from './cached-script.ts';
import { tierUpFlags } from './tier-up-budget.ts';

export interface LoadedBuildCommand {
  runBuild: typeof Build.runBuild;
  /** Keeps what this run compiled for the next one (a no-op but for the compiled script). */
  saveCodeCache(): void;
}

export async function loadBuildCommand(env: NodeJS.ProcessEnv = process.env): Promise<LoadedBuildCommand> {
  if (import.meta.url.endsWith('.js')) {
    try {
      // Made under the V8 flags this process set (`bilingual.ts`): V8 rejects a cache made under others.
      const flags = tierUpFlags(process.argv.slice(2), process.versions.v8) ?? '';
      const script = runCachedScript<typeof Build>(
        fileURLToPath(new URL('./build-command.cjs', import.meta.url)),
        fileURLToPath(new URL('../../', import.meta.url)),
        env,
        flags,
      );
      return { runBuild: script.exports.runBuild, saveCodeCache: script.saveCodeCache };
    } catch {
      // no bundle (a build without esbuild): the module itself
    }
  }
  const { runBuild } = await import('./commands/build.ts');
  return { runBuild, saveCodeCache() {} };
}
