/**
 * In-test providers for the scheduler: they record every request and answer with a
 * deterministic "translation" (`EN(<text>)`), or with the failures a test scripts.
 */
import type { ProviderCapabilities, TranslateRequest, TranslateResult, TranslationProvider } from '../../src/providers/types.ts';
import type { LimitsConfig, RetryConfig } from '../../src/config/types.ts';
import { GOOGLE_CAPABILITIES } from '../../src/providers/google/index.ts';

export interface RecordingProvider extends TranslationProvider {
  requests: TranslateRequest[];
  /** Most requests seen in flight at once. */
  maxInFlight: number;
}

export type Answer = (request: TranslateRequest, index: number) => Promise<TranslateResult> | TranslateResult;

export const translated = (text: string) => `EN(${text})`;

export function answerAll(request: TranslateRequest): TranslateResult {
  return {
    translations: request.segments.map((segment) => ({ id: segment.id, text: translated(segment.text) })),
    billedCharacters: request.segments.reduce((sum, segment) => sum + [...segment.text].length, 0),
  };
}

export function createRecordingProvider(
  options: { capabilities?: Partial<ProviderCapabilities>; answer?: Answer; engine?: string; id?: string } = {},
): RecordingProvider {
  let inFlight = 0;
  const provider: RecordingProvider = {
    id: options.id ?? 'fake',
    // Google v2's limits and price, unless the test says otherwise.
    capabilities: { ...GOOGLE_CAPABILITIES, ...options.capabilities },
    requests: [],
    maxInFlight: 0,
    async doDescribe() {
      return options.engine ?? 'fake engine 1.0';
    },
    async doTranslate(request) {
      const index = provider.requests.length;
      provider.requests.push(request);
      inFlight++;
      provider.maxInFlight = Math.max(provider.maxInFlight, inFlight);
      try {
        return await (options.answer ?? answerAll)(request, index);
      } finally {
        inFlight--;
      }
    },
  };
  return provider;
}

export const limits = (overrides: Partial<LimitsConfig> = {}): LimitsConfig => ({
  concurrency: 4,
  requestsPerMinute: 0,
  charactersPerMinute: 0,
  requestTimeoutMs: 30_000,
  ...overrides,
});

export const retry = (overrides: Partial<RetryConfig> = {}): RetryConfig => ({
  maxAttempts: 5,
  initialDelayMs: 500,
  maxDelayMs: 30_000,
  backoffFactor: 2,
  ...overrides,
});

/** A clock whose sleeps advance time at once and are recorded. */
export function instantClock(start = 1_000_000) {
  const clock = {
    time: start,
    sleeps: [] as number[],
    now: () => clock.time,
    sleep: async (milliseconds: number) => {
      clock.sleeps.push(milliseconds);
      clock.time += milliseconds;
    },
  };
  return clock;
}

export const languages = { sourceLanguage: 'fr', targetLanguage: 'en' } as const;
