/**
 * The pipeline `build` and `estimate` run: a test's own, or the real one, loaded only when a
 * command runs it. Compiled, the real one is the script `npm run build` bundles `pipeline.ts`
 * into (`dist/build-stage.cjs`, `scripts/bundle-structure-stage.ts`), run through a code cache
 * (`cached-script.ts`), as `segment`'s structure stage and the command line's start are: a
 * fresh build then skips parsing its ~190 modules, and compiling the functions a build runs
 * (the QA checks, the renderers, the provider's editing), which it otherwise did on the main
 * thread while the engine waited for its first request. From the sources (tsx, the tests), or
 * when the script is missing or fails to load, `pipeline.ts` itself. The same code either way.
 */
import { fileURLToPath } from 'node:url';
import * as yaml from 'yaml';
import * as zod from 'zod';
import type { CommandContext, PipelineApi } from './command-context.ts';
import { runCachedScript } from './cached-script.ts';
import { tierUpFlags } from './tier-up-budget.ts';

export interface LoadedPipeline {
  pipeline: PipelineApi;
  /** Keeps what this run compiled for the next one (a no-op but for the compiled script). */
  saveCodeCache(): void;
}

/** Whether this module runs compiled (`dist/`), where the bundled pipeline sits beside it. */
const COMPILED = import.meta.url.endsWith('.js');

export async function loadPipeline(context: CommandContext, env: NodeJS.ProcessEnv = process.env): Promise<LoadedPipeline> {
  if (context.dependencies.pipeline) return { pipeline: context.dependencies.pipeline, saveCodeCache() {} };
  if (COMPILED) {
    try {
      // Made under the V8 flags this process set (`bilingual.ts`): V8 rejects a cache made under others.
      const flags = tierUpFlags(process.argv.slice(2), process.versions.v8) ?? '';
      const script = runCachedScript<PipelineApi>(
        fileURLToPath(new URL('../build-stage.cjs', import.meta.url)),
        fileURLToPath(new URL('../../', import.meta.url)),
        env,
        flags,
        // The configuration has loaded zod and yaml (`config/schema.ts`, `config/load.ts`): the
        // script gets those instances (bundled into `cli/build-command.cjs` with this module, or
        // the packages' own), not second copies loaded and compiled again.
        { providedPackages: { zod, yaml } },
      );
      const { structureFile, build } = script.exports;
      return { pipeline: { structureFile, build }, saveCodeCache: script.saveCodeCache };
    } catch {
      // no bundle (a build without esbuild): the modules themselves
    }
  }
  return { pipeline: await import('../pipeline.ts'), saveCodeCache() {} };
}
