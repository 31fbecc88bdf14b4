/**
 * The limits a run applies to its provider: the service's own (its provider's
 * `capabilities.limits`), replaced key by key by `providers.<id>.limits`, then by top-level
 * `limits.*`, which older configs set and which still apply to every provider.
 */
import type { Config, LimitsConfig } from '../config/types.ts';
import type { ProviderCapabilities } from '../providers/types.ts';

/** `providers.<id>.limits` of the config. */
export type ProviderLimitsConfig = NonNullable<Config['providers']['google']['limits']>;

/** Where an effective value came from, for `bilingual providers`. */
export type LimitSource = 'service' | 'provider config' | 'limits' | 'none';

export interface ResolvedLimits extends LimitsConfig {
  requestsPerMinute: number;
  charactersPerMinute: number;
  tokensPerMinute: number;
  /** Requests in flight at once: 1 for a provider that cannot run several. */
  concurrency: number;
  sources: Record<'requestsPerMinute' | 'charactersPerMinute' | 'tokensPerMinute' | 'concurrency', LimitSource>;
}

const QUOTAS = ['requestsPerMinute', 'charactersPerMinute', 'tokensPerMinute'] as const;

/**
 * Each quota: top-level `limits.<key>` when set, else `providers.<id>.limits.<key>`, else the
 * service's; 0 means none. Concurrency: `providers.<id>.limits.concurrency` when set, else
 * `limits.concurrency` within the service's cap; 1 for a provider that cannot run several.
 */
export function resolveLimits(capabilities: ProviderCapabilities, limits: LimitsConfig, providerLimits?: ProviderLimitsConfig): ResolvedLimits {
  const service = capabilities.limits;
  const resolved = { ...limits } as ResolvedLimits;
  const sources = {} as ResolvedLimits['sources'];
  for (const key of QUOTAS) {
    const [value, source] =
      limits[key] !== undefined
        ? [limits[key], 'limits' as const]
        : providerLimits?.[key] !== undefined
          ? [providerLimits[key], 'provider config' as const]
          : service !== undefined && service[key] > 0
            ? [service[key], 'service' as const]
            : [0, 'none' as const];
    resolved[key] = value;
    sources[key] = source;
  }
  if (!capabilities.concurrent) {
    resolved.concurrency = 1;
    sources.concurrency = 'service';
  } else if (providerLimits?.concurrency !== undefined) {
    resolved.concurrency = providerLimits.concurrency;
    sources.concurrency = 'provider config';
  } else if (service !== undefined && service.concurrency > 0 && service.concurrency < limits.concurrency) {
    resolved.concurrency = service.concurrency;
    sources.concurrency = 'service';
  } else {
    resolved.concurrency = Math.max(1, limits.concurrency);
    sources.concurrency = 'limits';
  }
  resolved.sources = sources;
  return resolved;
}

/** The provider's own section of the config, where its `limits` are. */
export function providerLimitsOf(config: Config, providerId: string): ProviderLimitsConfig | undefined {
  const section = (config.providers as Record<string, { limits?: ProviderLimitsConfig } | undefined>)[providerId];
  return section?.limits;
}

/** One line for people: `6,000,000 characters per minute (service), no request quota, 4 at once`. */
export function describeLimits(resolved: ResolvedLimits): string {
  const parts: string[] = [];
  const quota = (value: number, unit: string, source: LimitSource) =>
    value > 0 ? `${value.toLocaleString('en-US')} ${unit}s per minute (${source})` : `no ${unit} quota`;
  parts.push(quota(resolved.requestsPerMinute, 'request', resolved.sources.requestsPerMinute));
  parts.push(quota(resolved.charactersPerMinute, 'character', resolved.sources.charactersPerMinute));
  if (resolved.tokensPerMinute > 0 || resolved.sources.tokensPerMinute !== 'none') {
    parts.push(quota(resolved.tokensPerMinute, 'token', resolved.sources.tokensPerMinute));
  }
  parts.push(`${resolved.concurrency} request${resolved.concurrency === 1 ? '' : 's'} at once`);
  return parts.join(', ');
}
