/**
 * The structure stage `bilingual segment` runs: compiled, the one script `npm run build` bundles
 * it into (`dist/structure-stage.cjs`), run through a code cache (`cached-script.ts`); from the
 * sources (tsx, the tests), or when the script is missing or fails to load, `structure.ts` itself.
 * The same code either way (`scripts/bundle-structure-stage.ts`).
 */
import { fileURLToPath } from 'node:url';
import type * as Structure from '../structure.ts';
import { runCachedScript } from './cached-script.ts';

export interface StructureStage {
  structureFile: typeof Structure.structureFile;
  /** Keeps what this run compiled for the next one (a no-op from the sources). */
  saveCodeCache(): void;
}

/** Whether this module runs compiled (`dist/`), where the bundled stage sits beside it. */
const COMPILED = import.meta.url.endsWith('.js');

export async function loadStructureStage(env: NodeJS.ProcessEnv = process.env): Promise<StructureStage> {
  if (COMPILED) {
    try {
      const script = runCachedScript<typeof Structure>(
        fileURLToPath(new URL('../structure-stage.cjs', import.meta.url)),
        fileURLToPath(new URL('../../', import.meta.url)),
        env,
      );
      return { structureFile: script.exports.structureFile, saveCodeCache: script.saveCodeCache };
    } catch {
      // no bundle (a build without esbuild): the modules themselves
    }
  }
  const { structureFile } = await import('../structure.ts');
  return { structureFile, saveCodeCache() {} };
}
