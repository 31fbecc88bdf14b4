/**
 * OpenAI's rate-limit headers, sent with every answer (and with a 429), as a
 * `RateLimitReport` the scheduler's limiter learns from:
 * `x-ratelimit-limit-requests: 500`, `x-ratelimit-remaining-tokens: 199000`,
 * `x-ratelimit-reset-requests: 120ms`, `x-ratelimit-reset-tokens: 6m0s`. Endpoints that send
 * none (a local server) give an empty report.
 */
import type { RateLimitReport } from '../types.ts';

/** What a header bag looks like: the fetch `Headers` of the client, or a plain record. */
export type HeaderSource = { get(name: string): string | null } | Record<string, string | string[] | undefined>;

function header(headers: HeaderSource, name: string): string | undefined {
  if (typeof (headers as { get?: unknown }).get === 'function') return (headers as { get(name: string): string | null }).get(name) ?? undefined;
  const value = (headers as Record<string, string | string[] | undefined>)[name];
  return Array.isArray(value) ? value[0] : value;
}

function whole(value: string | undefined): number | undefined {
  if (value === undefined || !/^\s*\d+(?:\.\d+)?\s*$/.test(value)) return undefined;
  return Number(value);
}

/** `6m0s`, `1.5s`, `120ms`, `1h2m3s` or plain seconds, in milliseconds. */
export function parseResetDuration(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const text = value.trim();
  if (/^\d+(?:\.\d+)?$/.test(text)) return Math.ceil(Number(text) * 1000);
  const units: Record<string, number> = { h: 3_600_000, m: 60_000, s: 1000, ms: 1 };
  let total = 0;
  let rest = text;
  while (rest !== '') {
    const match = /^(\d+(?:\.\d+)?)(ms|h|m|s)/.exec(rest);
    if (!match) return undefined;
    total += Number(match[1]) * units[match[2]!]!;
    rest = rest.slice(match[0].length);
  }
  return Math.ceil(total);
}

export function readRateLimitHeaders(headers: HeaderSource | undefined | null): RateLimitReport {
  if (!headers) return {};
  const report: RateLimitReport = {
    requestsPerMinute: whole(header(headers, 'x-ratelimit-limit-requests')),
    tokensPerMinute: whole(header(headers, 'x-ratelimit-limit-tokens')),
    requestsRemaining: whole(header(headers, 'x-ratelimit-remaining-requests')),
    tokensRemaining: whole(header(headers, 'x-ratelimit-remaining-tokens')),
    requestsResetMs: parseResetDuration(header(headers, 'x-ratelimit-reset-requests')),
    tokensResetMs: parseResetDuration(header(headers, 'x-ratelimit-reset-tokens')),
  };
  return Object.fromEntries(Object.entries(report).filter(([, value]) => value !== undefined)) as RateLimitReport;
}
