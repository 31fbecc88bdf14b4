/**
 * Provider ids known to the configuration, and how each is built from the merged config.
 * Factories are imported lazily so that a run with the offline engine never loads the
 * Google client libraries (and the other way round).
 */
import type { Config } from '../config/types.ts';
import { BilingualError } from '../errors.ts';
import type { TranslationProvider } from './types.ts';

export const PROVIDER_IDS = ['apertium', 'google', 'google-advanced'] as const;
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
    default:
      throw new BilingualError(
        'UNKNOWN_PROVIDER',
        `Unknown provider "${config.provider}": choose one of ${PROVIDER_IDS.join(', ')}.`,
      );
  }
}
