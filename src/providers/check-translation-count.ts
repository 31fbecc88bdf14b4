import { BilingualError } from '../errors.ts';

/**
 * One translation per segment sent, or the answer is bad (`PROVIDER_BAD_RESPONSE`, not
 * retryable). The Google providers check what the service returned; the scheduler checks
 * what every provider returned, matched by segment id.
 *
 * @param received translations usable from the answer; undefined when it held no list at all
 * @param source who answered, as the message names it (`Google Translate (v2)`)
 */
export function checkTranslationCount(sent: number, received: number | undefined, source: string, details: Record<string, unknown> = {}): void {
  if (received === sent) return;
  throw new BilingualError('PROVIDER_BAD_RESPONSE', `${source} returned ${received ?? 'no'} translation(s) for ${sent} segment(s) sent.`, { details });
}
