/**
 * Whether a failed request is worth sending again. Providers mark their errors with
 * `retryable` (429, 403 rate-limit reasons, 5xx, timeouts, network failures); a raw Node
 * network error that slipped through unwrapped is judged by its `code`.
 */
import { isBilingualError, NETWORK_ERROR_CODES } from '../errors.ts';

export function isRetryableError(error: unknown): boolean {
  if (isBilingualError(error)) return error.retryable;
  if (typeof error !== 'object' || error === null) return false;
  const code = (error as { code?: unknown }).code;
  if (typeof code === 'string' && NETWORK_ERROR_CODES.has(code)) return true;
  const cause = (error as { cause?: unknown }).cause;
  return cause !== undefined && cause !== error && isRetryableError(cause);
}
