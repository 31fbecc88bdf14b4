/**
 * `bilingual providers`: every known provider, what it can do, and whether it can be used
 * here and now (credentials present, engine installed), with the reason when it cannot.
 * Nothing is sent over the network: a Google or DeepL key is only checked for presence.
 */
import type { Config } from '../config/types.ts';
import { isBilingualError, type ErrorCode } from '../errors.ts';
import { createProvider, PROVIDER_IDS } from '../providers/registry.ts';
import type { ProviderCapabilities } from '../providers/types.ts';
import { describeLimits, providerLimitsOf, resolveLimits, type ResolvedLimits } from '../translate/resolve-limits.ts';
import { describeError } from './format-error.ts';

export interface ProviderStatus {
  id: string;
  /** True when the configured provider would start: credentials present, engine installed. */
  usable: boolean;
  /** Why it cannot be used, in one sentence (absent when usable). */
  reason?: string;
  /** Error code of the reason, for scripts. */
  code?: ErrorCode;
  /** Engine or model and version, when it could be asked. */
  engine?: string;
  capabilities?: ProviderCapabilities;
  /** The limits a run with this provider applies: the service's, as the configuration overrides them. */
  limits?: ResolvedLimits;
  /** True for the provider the configuration selects. */
  selected: boolean;
}

/** Checks each provider in turn with the given configuration and environment. */
export async function providerStatuses(config: Config, env: NodeJS.ProcessEnv = process.env): Promise<ProviderStatus[]> {
  const statuses: ProviderStatus[] = [];
  for (const id of PROVIDER_IDS) {
    const status: ProviderStatus = { id, usable: false, selected: config.provider === id };
    try {
      const provider = await createProvider({ ...config, provider: id }, env);
      status.capabilities = provider.capabilities;
      try {
        status.engine = await provider.doDescribe();
        status.usable = true;
      } finally {
        await provider.close?.();
      }
    } catch (error) {
      status.reason = describeError(error);
      if (isBilingualError(error)) status.code = error.code;
      status.capabilities ??= await knownCapabilities(id);
    }
    if (status.capabilities) status.limits = resolveLimits(status.capabilities, config.limits, providerLimitsOf(config, id));
    statuses.push(status);
  }
  return statuses;
}

/** Capabilities of a provider that could not be created (its factory refused the settings). */
async function knownCapabilities(id: string): Promise<ProviderCapabilities | undefined> {
  try {
    if (id === 'google') return (await import('../providers/google/index.ts')).GOOGLE_CAPABILITIES;
    if (id === 'google-advanced') return (await import('../providers/google-advanced/index.ts')).GOOGLE_ADVANCED_CAPABILITIES;
    if (id === 'openai') return (await import('../providers/openai/index.ts')).openaiCapabilities();
    if (id === 'deepl') return (await import('../providers/deepl/index.ts')).DEEPL_CAPABILITIES;
    if (id === 'libretranslate') return (await import('../providers/libretranslate/index.ts')).LIBRETRANSLATE_CAPABILITIES;
  } catch {
    // the provider's module could not be loaded: its capabilities stay unknown
  }
  return undefined;
}

/** The statuses as a text table for people. */
export function formatProviderStatuses(statuses: ProviderStatus[]): string {
  const width = Math.max(...statuses.map((status) => status.id.length)) + 2;
  const lines: string[] = [];
  for (const status of statuses) {
    const mark = status.usable ? 'usable' : 'not usable';
    const selected = status.selected ? ' (selected)' : '';
    const detail = status.usable ? (status.engine ?? '') : (status.reason ?? '');
    lines.push(`${status.id.padEnd(width)}${mark}${selected}: ${detail}`);
    if (status.capabilities) lines.push(`${' '.repeat(width)}${describeCapabilities(status.capabilities)}`);
    if (status.limits) lines.push(`${' '.repeat(width)}limits: ${describeLimits(status.limits)}`);
  }
  return `${lines.join('\n')}\n`;
}

export function describeCapabilities(capabilities: ProviderCapabilities): string {
  const tokens = capabilities.tokenPrices;
  const price =
    tokens !== undefined
      ? `$${tokens.inputPerMillion} / $${tokens.outputPerMillion} per million input / output tokens`
      : capabilities.billingUnit === 'none'
        ? 'free (offline)'
        : `$${capabilities.pricePerMillionCharacters} per million characters`;
  const perRequest = `up to ${capabilities.maxSegmentsPerRequest} segments and ${capabilities.maxCharactersPerRequest.toLocaleString('en-US')} characters per request`;
  return [
    price,
    capabilities.markup ? 'keeps sentence markup (exact alignment)' : 'plain text (inferred alignment)',
    capabilities.glossary ? 'native glossary' : 'glossary by term protection',
    perRequest,
    capabilities.concurrent ? 'concurrent requests' : 'one request at a time',
  ].join(', ');
}
