/**
 * Provider ids known to the configuration, and how each is built from the merged config.
 * Factories are imported lazily so that a run with the offline engine never loads the
 * Google client libraries (and the other way round).
 */
import type { Config } from '../config/types.ts';
import { BilingualError } from '../errors.ts';
import type { TranslationProvider } from './types.ts';

export const PROVIDER_IDS = ['apertium', 'google', 'google-advanced', 'openai', 'deepl', 'libretranslate'] as const;
export type ProviderId = (typeof PROVIDER_IDS)[number];

export function isProviderId(id: string): id is ProviderId {
  return (PROVIDER_IDS as readonly string[]).includes(id);
}

export async function createProvider(
  config: Config,
  env: NodeJS.ProcessEnv = process.env,
): Promise<TranslationProvider> {
  switch (config.provider) {
    case 'apertium': {
      const { createApertium } = await import('./apertium/index.ts');
      return createApertium({ ...config.providers.apertium });
    }
    case 'google': {
      const { createGoogle } = await import('./google/index.ts');
      const settings = config.providers.google;
      return createGoogle({ apiKey: settings.apiKey ?? env.GOOGLE_API_KEY, model: settings.model });
    }
    case 'google-advanced': {
      const { createGoogleAdvanced } = await import('./google-advanced/index.ts');
      const settings = config.providers['google-advanced'];
      return createGoogleAdvanced({
        ...settings,
        projectId: settings.projectId ?? env.GOOGLE_CLOUD_PROJECT,
        credentialsFile: settings.credentialsFile ?? env.GOOGLE_APPLICATION_CREDENTIALS,
      });
    }
    case 'openai': {
      const { createOpenai } = await import('./openai/index.ts');
      const settings = config.providers.openai;
      return createOpenai({
        ...settings,
        // `seed: null` in a file unsets the key: no seed is sent.
        seed: settings.seed ?? null,
        apiKey: settings.apiKey ?? env.OPENAI_API_KEY,
        // The environment wins over a file, as for the key: one variable points every run elsewhere.
        baseUrl: env.OPENAI_BASE_URL ?? settings.baseUrl,
      });
    }
    case 'deepl': {
      const { createDeepl } = await import('./deepl/index.ts');
      const settings = config.providers.deepl;
      return createDeepl({
        apiKey: settings.apiKey ?? env.DEEPL_API_KEY,
        serverUrl: settings.serverUrl ?? nonEmpty(env.DEEPL_SERVER_URL),
        targetLanguage: settings.targetLanguage,
        pricePerMillionCharacters: settings.pricePerMillionCharacters,
      });
    }
    case 'libretranslate': {
      const { createLibreTranslate } = await import('./libretranslate/index.ts');
      const settings = config.providers.libretranslate;
      return createLibreTranslate({
        url: settings.url ?? env.LIBRETRANSLATE_URL,
        apiKey: settings.apiKey ?? env.LIBRETRANSLATE_API_KEY,
        maxTextsPerRequest: settings.maxTextsPerRequest,
        maxCharactersPerRequest: settings.maxCharactersPerRequest,
      });
    }
    default:
      throw new BilingualError(
        'UNKNOWN_PROVIDER',
        `Unknown provider "${config.provider}": choose one of ${PROVIDER_IDS.join(', ')}.`,
      );
  }
}

/**
 * The provider for a dry run. An estimate needs only the capabilities and the engine name (for
 * cache keys), so it works before credentials are set: people ask what a run costs before
 * they create a key. Such a provider refuses to translate.
 */
export async function createProviderForEstimate(
  config: Config,
  env: NodeJS.ProcessEnv = process.env,
): Promise<TranslationProvider> {
  try {
    return await createProvider(config, env);
  } catch (error) {
    if (!(error instanceof BilingualError && error.code === 'MISSING_CREDENTIALS')) throw error;
    const refuse = async (): Promise<never> => {
      throw error;
    };
    if (config.provider === 'google') {
      const { GOOGLE_CAPABILITIES, describeGoogle } = await import('./google/index.ts');
      const engine = describeGoogle(config.providers.google.model);
      return { id: 'google', capabilities: GOOGLE_CAPABILITIES, doDescribe: async () => engine, doTranslate: refuse };
    }
    if (config.provider === 'google-advanced') {
      const { GOOGLE_ADVANCED_CAPABILITIES, describeGoogleAdvanced } = await import('./google-advanced/index.ts');
      const settings = config.providers['google-advanced'];
      const engine = describeGoogleAdvanced(settings.model, { location: settings.location, glossaryId: settings.glossaryId });
      return {
        id: 'google-advanced',
        capabilities: { ...GOOGLE_ADVANCED_CAPABILITIES, glossary: settings.glossaryId !== undefined },
        doDescribe: async () => engine,
        doTranslate: refuse,
      };
    }
    if (config.provider === 'openai') {
      const { openaiCapabilities, describeOpenai } = await import('./openai/index.ts');
      const settings = config.providers.openai;
      const engine = describeOpenai({ ...settings, baseUrl: env.OPENAI_BASE_URL ?? settings.baseUrl });
      return { id: 'openai', capabilities: openaiCapabilities(settings), doDescribe: async () => engine, doTranslate: refuse };
    }
    if (config.provider === 'deepl') {
      const { deeplBilledCharacters, deeplCapabilities, describeDeepl } = await import('./deepl/index.ts');
      const settings = config.providers.deepl;
      const engine = describeDeepl(settings.targetLanguage);
      return {
        id: 'deepl',
        capabilities: deeplCapabilities(settings.pricePerMillionCharacters),
        doDescribe: async () => engine,
        billableCharacters: deeplBilledCharacters,
        doTranslate: refuse,
      };
    }
    if (config.provider === 'libretranslate') {
      const { LIBRETRANSLATE_CAPABILITIES } = await import('./libretranslate/index.ts');
      const settings = config.providers.libretranslate;
      const capabilities = {
        ...LIBRETRANSLATE_CAPABILITIES,
        maxSegmentsPerRequest: settings.maxTextsPerRequest,
        maxCharactersPerRequest: settings.maxCharactersPerRequest,
      };
      return { id: 'libretranslate', capabilities, doDescribe: async () => 'libretranslate v1 (no server set)', doTranslate: refuse };
    }
    throw error;
  }
}

function nonEmpty(value: string | undefined): string | undefined {
  return value === undefined || value.trim() === '' ? undefined : value;
}
