import type { ServiceLimits } from './types.ts';

/**
 * Cloud Translation's default quotas, v2 and v3 alike (cloud.google.com/translate/quotas,
 * "Content quotas"): 6,000,000 characters sent to the general model per minute per project,
 * and as many per user. The page publishes no request quota for translateText, so requests
 * are bounded only by characters. Shared with google-advanced: the quotas are cumulative.
 */
export const GOOGLE_QUOTAS: ServiceLimits = Object.freeze({
  requestsPerMinute: 0,
  charactersPerMinute: 6_000_000,
  tokensPerMinute: 0,
  concurrency: 0,
  source: 'Cloud Translation default quota, 6,000,000 characters per minute per project (v2 and v3)',
});
