/**
 * The offline engine of a `build --no-cache`, started as soon as the command knows its
 * configuration: before the pipeline's modules load, from a process still small.
 *
 * Why: Node's `spawn` forks the whole process and waits for the child's `exec`, so the 24
 * programs of the Apertium chain cost more the bigger the CLI has grown (twenty `cat`s: 0.10–0.25
 * s from a 47 MB process, 0.86–1.21 s from a 375 MB one, docs/benchmarks.md, session 35), and
 * the pipeline started them only once its ~200 modules were loaded, the main thread blocked
 * meanwhile with the other core idle. Started here, the programs load their data on the other
 * core while the main thread loads and compiles the pipeline.
 *
 * Only where the pipeline would start the engine at once anyway (`openTranslationSession`'s
 * warm-up: a built run, not a dry one, with no cache to look in, so every text will be sent):
 * the provider is made as the pipeline makes it (`createProvider`), its description and
 * warm-up asked as the session asks them, and the pipeline is given it (`BuildOptions.provider`),
 * which closes it with the session. The caller closes it too, in case the pipeline stopped
 * before it opened the session (closing twice is safe). Anything that goes wrong here is left
 * for the pipeline to meet and report as before: no provider is returned.
 */
import type { Config } from '../config/types.ts';
import type { TranslationProvider } from '../providers/types.ts';

export async function startEngineEarly(config: Config, { dryRun }: { dryRun: boolean }): Promise<TranslationProvider | undefined> {
  if (dryRun || config.cache.enabled || config.provider !== 'apertium') return undefined;
  try {
    const { createProvider } = await import('../providers/registry.ts');
    const provider = await createProvider(config);
    // Asked before the warm-up, as the session asks them (`dpkg-query` runs during the spawns).
    provider.doDescribe().catch(() => {}); // the session asks again, and reports a failure
    provider.doWarmUp?.();
    return provider;
  } catch {
    return undefined;
  }
}
