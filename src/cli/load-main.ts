/**
 * The command line's `main` as the installed command starts it: the script `npm run build`
 * bundles `main.ts` and commander into (`dist/cli/main.cjs`), run through a code cache
 * (`cached-script.ts`), each command's module still imported when its command runs; when the
 * script is missing or fails to load, `main.ts` itself. The same code either way
 * (`scripts/bundle-structure-stage.ts`).
 */
import { fileURLToPath } from 'node:url';
import type * as Main from './main.ts';
import { runCachedScript } from './cached-script.ts';

export interface LoadedMain {
  main: typeof Main.main;
  /** Keeps what this run compiled for the next one. */
  saveCodeCache(): void;
}

/** `flags`: the V8 flags this run set (`tier-up-budget.ts`), which a cache is made under. */
export async function loadMain(flags: string, env: NodeJS.ProcessEnv = process.env): Promise<LoadedMain> {
  if (import.meta.url.endsWith('.js')) {
    try {
      const script = runCachedScript<typeof Main>(fileURLToPath(new URL('./main.cjs', import.meta.url)), fileURLToPath(new URL('../../', import.meta.url)), env, flags);
      return { main: script.exports.main, saveCodeCache: script.saveCodeCache };
    } catch {
      // no bundle (a build without esbuild): the module itself
    }
  }
  const { main } = await import('./main.ts');
  return { main, saveCodeCache() {} };
}
