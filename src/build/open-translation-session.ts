import { createProvider, createProviderForEstimate } from '../providers/registry.ts';
import type { ProviderGlossary, TranslationProvider } from '../providers/types.ts';
import { providerLimitsOf } from '../translate/resolve-limits.ts';
import { createMemoryTranslationCache, openTranslationCache, type TranslationStore } from '../translate/cache.ts';
import { createTranslator, type TranslateOptions, type Translator } from '../translate/translator.ts';
import { toProviderGlossary, type Glossary } from '../glossary/index.ts';
import type { BuildOptions, PipelineEvent } from './build-types.ts';

/** The provider, the cache and the scheduler of one run, opened together and closed together. */
export interface TranslationSession {
  provider: TranslationProvider;
  /** The provider's engine and version, as outputs name it. */
  engine: string;
  translator: Translator;
  /** What every call of the run asks for: languages, the glossary where the provider applies it, the run's signal. */
  translateOptions: TranslateOptions;
  /**
   * The provider applies the run's glossary itself (Google Advanced's named glossary, DeepL's
   * glossary once created): only the terms kept as written are protected in the text. False
   * when there is no glossary or the service's could not be made: every term is protected.
   */
  nativeGlossary: boolean;
  /**
   * Starts the provider's engine ahead of the first request (see `doWarmUp`), once; nothing in
   * a dry run. Opening the session already does it when the run has no cache to look in
   * (every text will be sent); otherwise the build calls it once it finds a text to send.
   */
  warmUp(): void;
  /** Names the call about to go; its progress is reported under the returned key. */
  announce(files: string[], units: number): void;
  close(): Promise<void>;
}

/**
 * Opens the run's translation session. A dry run reads the cache, to count only what is
 * missing, and never writes it. With the cache off, a memory cache still serves the run
 * itself: a group retried article by article must not pay twice for what was answered.
 */
export async function openTranslationSession(
  options: BuildOptions,
  glossary: Glossary | undefined,
  emit: (event: PipelineEvent) => void,
): Promise<TranslationSession> {
  const { config } = options;
  let provider: TranslationProvider | undefined;
  let cache: TranslationStore | null = null;
  let translator: Translator | undefined;
  let current: string | undefined;
  const close = async () => {
    await translator?.close();
    await provider?.close?.();
    // A cache given by the caller is the caller's to close.
    if (cache !== options.cache) await cache?.close();
  };
  try {
    provider = options.provider ?? (options.dryRun ? await createProviderForEstimate(config) : await createProvider(config));
    // Asked before the warm-up: the offline engine's description waits for `dpkg-query`,
    // which then runs while the warm-up spawns the engine's programs, not after them.
    const described = provider.doDescribe();
    described.catch(() => {}); // awaited below; a failure must not go unhandled meanwhile
    let warm = options.dryRun;
    const warmUp = () => {
      if (warm) return;
      warm = true;
      provider!.doWarmUp?.();
    };
    if (options.cache === undefined && !config.cache.enabled) warmUp(); // --no-cache: every text will be sent
    cache =
      options.cache ??
      (config.cache.enabled
        ? openTranslationCache(config.cache.path, { readOnly: options.dryRun })
        : options.dryRun
          ? null
          : createMemoryTranslationCache());
    translator = createTranslator({
      provider,
      limits: config.limits,
      providerLimits: providerLimitsOf(config, provider.id),
      maxCost: options.dryRun ? undefined : config.limits.maxCost,
      retry: config.retry,
      cache,
      limiter: options.limiter,
      onEvent: (event) => {
        if (event.type === 'cache-write-failed') {
          const reason = event.error instanceof Error ? event.error.message : String(event.error);
          emit({ type: 'warning', message: `${event.texts} translation(s) could not be cached and will be sent again next run: ${reason}` });
        } else if (event.type === 'provider-warning') {
          emit({ type: 'warning', message: event.message });
        } else if (event.type === 'progress' && current !== undefined) {
          const { type: _type, ...counts } = event;
          emit({ type: 'translation-progress', file: current, ...counts });
        }
      },
    });
    const engine = await described;
    const announce = (files: string[], units: number) => {
      current = files.length === 1 ? files[0]! : `${files.length} articles from ${files[0]}`;
      emit({ type: 'translation-start', key: current, files, segments: units });
    };
    const providerGlossary = glossary && provider.capabilities.glossary ? await prepareGlossary(provider, toProviderGlossary(glossary), options.dryRun, emit) : undefined;
    const translateOptions: TranslateOptions = {
      sourceLanguage: config.sourceLanguage,
      targetLanguage: config.targetLanguage,
      glossary: providerGlossary,
      glossaryVersion: glossary?.version,
      signal: options.signal,
    };
    return { provider, engine, translator, translateOptions, nativeGlossary: providerGlossary !== undefined, warmUp, announce, close };
  } catch (error) {
    await close();
    throw error;
  }
}

/**
 * The glossary as the provider applies it: made on the service first where the provider keeps
 * glossaries there (DeepL), except in a dry run, which sends nothing. When that fails the run
 * goes on with every term protected in the text, and says so.
 */
async function prepareGlossary(
  provider: TranslationProvider,
  glossary: ProviderGlossary,
  dryRun: boolean,
  emit: (event: PipelineEvent) => void,
): Promise<ProviderGlossary | undefined> {
  if (provider.doPrepareGlossary === undefined || dryRun) return glossary;
  try {
    return await provider.doPrepareGlossary(glossary);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    emit({ type: 'warning', message: `The glossary could not be made on ${provider.id} (${reason.replace(/\.$/, '')}); its terms are protected in the text instead.` });
    return undefined;
  }
}
