/**
 * Provider `google-advanced`: Cloud Translation Advanced (v3) through
 * `@google-cloud/translate`'s `TranslationServiceClient`, over its HTTP/1.1 REST fallback
 * (no gRPC), authenticated with a service account. Applies a glossary resource that already
 * exists on the service and returns its `glossaryTranslations`.
 *
 * One request per `doTranslate` call: the library's retries are off (`retry: null`).
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { v3 as GoogleV3 } from '@google-cloud/translate';
import { BilingualError } from '../../errors.ts';
import { readGoogleTranslations } from '../read-google-translations.ts';
import { countCodePoints } from '../../text/code-points.ts';
import { mapGoogleV3Error, raceWithAbort } from '../google-errors.ts';
import { GOOGLE_QUOTAS } from '../google-quotas.ts';
import type { ProviderCapabilities, TranslateRequest, TranslateResult, TranslationProvider } from '../types.ts';

export interface GoogleAdvancedOptions {
  /**
   * Google Cloud project id. Falls back to GOOGLE_CLOUD_PROJECT, then to the service
   * account's own `project_id`.
   * @default process.env.GOOGLE_CLOUD_PROJECT
   */
  projectId?: string;
  /**
   * Location of the requests. Glossaries live in a region, so a glossary needs a regional
   * location such as `us-central1`.
   * @default "global"
   */
  location?: string;
  /**
   * Model: a short name (`nmt` means `general/nmt`), a path under the location
   * (`general/nmt`, `general/translation-llm`) or a full resource name.
   * @default undefined (Google's default, general/nmt)
   */
  model?: string;
  /**
   * Service-account JSON key file.
   * @default process.env.GOOGLE_APPLICATION_CREDENTIALS
   */
  credentialsFile?: string;
  /**
   * Id of a glossary that already exists on the service, in this project and location.
   * A request's `glossary.resourceName` wins over it.
   * @default undefined (no glossary)
   */
  glossaryId?: string;
  /**
   * Whether the glossary matches terms regardless of case.
   * @default false
   */
  glossaryIgnoreCase?: boolean;
  /**
   * Host of the service, for a local server in tests or a regional endpoint.
   * @default "translate.googleapis.com"
   * @example "translate-eu.googleapis.com"
   */
  apiEndpoint?: string;
}

/** What Cloud Translation Advanced accepts and bills, from Google's quotas and pricing pages. */
export const GOOGLE_ADVANCED_CAPABILITIES: ProviderCapabilities = Object.freeze({
  maxSegmentsPerRequest: 1_024,
  maxCharactersPerRequest: 30_000,
  markup: true,
  glossary: true,
  billingUnit: 'character',
  pricePerMillionCharacters: 20,
  concurrent: true,
  limits: GOOGLE_QUOTAS,
});

interface ServiceAccount {
  client_email: string;
  private_key: string;
  project_id?: string;
}

/** The decoded v3 response: `translations`, and `glossaryTranslations` when a glossary was applied. */
interface TranslateTextResponse {
  translations?: { translatedText?: string | null }[] | null;
  glossaryTranslations?: { translatedText?: string | null }[] | null;
}

const require = createRequire(import.meta.url);

function loadClient(): { Client: typeof GoogleV3.TranslationServiceClient; gax: unknown } {
  const module = require('@google-cloud/translate/build/src/v3/index.js') as typeof GoogleV3;
  // The REST-only build of google-gax, resolved from the translate package so it is the same
  // copy the client expects; it avoids loading gRPC at all.
  const fromTranslate = createRequire(require.resolve('@google-cloud/translate'));
  return { Client: module.TranslationServiceClient, gax: fromTranslate('google-gax/fallback') };
}

function readServiceAccount(file: string): ServiceAccount {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    throw new BilingualError(
      'MISSING_CREDENTIALS',
      `The service-account file (GOOGLE_APPLICATION_CREDENTIALS or providers.google-advanced.credentialsFile) could not be read (${(error as NodeJS.ErrnoException).code ?? 'error'}).`,
      { cause: error },
    );
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    throw new BilingualError('MISSING_CREDENTIALS', 'The service-account file (GOOGLE_APPLICATION_CREDENTIALS or providers.google-advanced.credentialsFile) is not valid JSON.');
  }
  const account = parsed as Partial<ServiceAccount> | null;
  if (typeof account?.client_email !== 'string' || typeof account.private_key !== 'string') {
    throw new BilingualError(
      'MISSING_CREDENTIALS',
      'The service-account file (GOOGLE_APPLICATION_CREDENTIALS or providers.google-advanced.credentialsFile) has no client_email or private_key.',
    );
  }
  return { client_email: account.client_email, private_key: account.private_key, project_id: account.project_id };
}

/** `nmt` -> `general/nmt`; `general/nmt` -> full resource name; a full name stays. */
export function modelResourceName(model: string, parent: string): string {
  if (model.startsWith('projects/')) return model;
  const path = model.includes('/') ? model : `general/${model}`;
  return `${parent}/models/${path}`;
}


/** Engine description, part of the cache key; needs no credentials (dry runs use it). */
export function describeGoogleAdvanced(model?: string, settings: { location?: string; glossaryId?: string } = {}): string {
  // Accepts the short form (`nmt`, `general/nmt`) or a resource name, so both describe alike.
  const shortModel =
    model === undefined
      ? 'general/nmt'
      : model.includes('/models/')
        ? model.replace(/^.*\/models\//, '')
        : model.includes('/')
          ? model
          : `general/${model}`;
  const glossary = settings.glossaryId === undefined ? '' : ` glossary ${settings.glossaryId}`;
  return `google v3 ${shortModel} ${settings.location ?? 'global'}${glossary}`;
}

export function createGoogleAdvanced(options: GoogleAdvancedOptions = {}): TranslationProvider {
  const credentialsFile = options.credentialsFile ?? process.env.GOOGLE_APPLICATION_CREDENTIALS;
  if (credentialsFile === undefined || credentialsFile.trim() === '') {
    throw new BilingualError(
      'MISSING_CREDENTIALS',
      'The google-advanced provider needs a service account: set GOOGLE_APPLICATION_CREDENTIALS to its JSON key file (or providers.google-advanced.credentialsFile).',
    );
  }
  const account = readServiceAccount(credentialsFile);
  const projectId = options.projectId ?? process.env.GOOGLE_CLOUD_PROJECT ?? account.project_id;
  if (projectId === undefined || projectId.trim() === '') {
    throw new BilingualError(
      'CONFIG_INVALID',
      'The google-advanced provider needs a project id: set GOOGLE_CLOUD_PROJECT (or providers.google-advanced.projectId).',
    );
  }
  const location = options.location ?? 'global';
  const parent = `projects/${projectId}/locations/${location}`;
  const model = options.model === undefined ? undefined : modelResourceName(options.model, parent);

  const { Client, gax } = loadClient();
  const client = new Client(
    {
      fallback: true,
      projectId,
      credentials: { client_email: account.client_email, private_key: account.private_key },
      ...(options.apiEndpoint === undefined ? {} : { apiEndpoint: options.apiEndpoint }),
    },
    gax as never,
  );
  const url = `https://${options.apiEndpoint ?? 'translate.googleapis.com'}/v3/${parent}:translateText`;
  let closed = false;

  function glossaryNameOf(request: TranslateRequest): string | undefined {
    const name = request.glossary?.resourceName ?? options.glossaryId;
    if (name === undefined) return undefined;
    if (location === 'global') {
      throw new BilingualError(
        'CONFIG_INVALID',
        'Google glossaries need a regional location: set providers.google-advanced.location to the glossary\'s region, for example us-central1.',
      );
    }
    return name.startsWith('projects/') ? name : `${parent}/glossaries/${name}`;
  }

  return {
    id: 'google-advanced',
    // The service applies a glossary only when one is named there; otherwise the pipeline
    // protects the terms itself, as for any provider.
    capabilities: { ...GOOGLE_ADVANCED_CAPABILITIES, glossary: options.glossaryId !== undefined },

    async doDescribe(): Promise<string> {
      // Location and glossary change what comes back, so they belong to the cache key.
      return describeGoogleAdvanced(model, { location, glossaryId: options.glossaryId });
    },

    async doTranslate(request: TranslateRequest): Promise<TranslateResult> {
      if (request.segments.length === 0) return { translations: [], billedCharacters: 0 };
      const glossary = glossaryNameOf(request);
      const contents = request.segments.map((segment) => segment.text);
      let response: TranslateTextResponse;
      try {
        [response] = (await raceWithAbort(
          () =>
            client.translateText(
              {
                parent,
                contents,
                mimeType: request.format === 'html' ? 'text/html' : 'text/plain',
                sourceLanguageCode: request.sourceLanguage,
                targetLanguageCode: request.targetLanguage,
                ...(model === undefined ? {} : { model }),
                ...(glossary === undefined
                  ? {}
                  : { glossaryConfig: { glossary, ignoreCase: options.glossaryIgnoreCase ?? false } }),
              },
              // No retries inside the library: the scheduler owns retrying.
              { retry: null },
            ),
          request.abortSignal,
          'Google Translate (v3)',
        )) as [TranslateTextResponse, ...unknown[]];
      } catch (error) {
        throw mapGoogleV3Error(error, url);
      }
      const translated =
        glossary !== undefined && (response.glossaryTranslations?.length ?? 0) > 0
          ? response.glossaryTranslations
          : response.translations;
      const translations = readGoogleTranslations(request.segments, translated, 'Google Translate (v3)', { url });
      return { translations, billedCharacters: contents.reduce((sum, text) => sum + countCodePoints(text), 0) };
    },

    async close(): Promise<void> {
      if (closed) return;
      closed = true;
      await client.close();
    },
  };
}
