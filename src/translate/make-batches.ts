/**
 * Cuts the texts to send into requests within the provider's limits and the config's
 * overrides, keeping their order.
 */
import { BilingualError } from '../errors.ts';
import type { LimitsConfig } from '../config/types.ts';
import type { ProviderCapabilities } from '../providers/types.ts';
import { countCodePoints } from '../text/code-points.ts';

export interface BatchLimits {
  /** Most segments in one request. */
  maxSegments: number;
  /** Characters one request aims to stay under; a longer single text still goes, alone. */
  maxCharacters: number;
  /** Characters no request may exceed: a single text over it cannot be sent at all. */
  hardMaxCharacters: number;
}

export interface BatchItem {
  id: string;
  /** Characters as the service counts them (markup included). */
  characters: number;
}

/** Characters as Google counts them: Unicode code points, markup included. */
export const countCharacters = countCodePoints;

/**
 * The effective limits: the lower of the provider's and the config's, and never more
 * characters than the per-minute quota (such a request could never be accepted).
 */
export function batchLimits(capabilities: ProviderCapabilities, limits: LimitsConfig): BatchLimits {
  // The translator passes its resolved limits; unset means the provider's own quota.
  const perMinute = limits.charactersPerMinute ?? capabilities.limits?.charactersPerMinute ?? 0;
  const quota = perMinute > 0 ? perMinute : Infinity;
  const hardMaxCharacters = Math.min(capabilities.maxCharactersPerRequest, quota);
  const target = Math.min(
    capabilities.recommendedCharactersPerRequest ?? capabilities.maxCharactersPerRequest,
    limits.maxCharactersPerRequest ?? Infinity,
    hardMaxCharacters,
  );
  return {
    maxSegments: Math.max(1, Math.min(capabilities.maxSegmentsPerRequest, limits.maxSegmentsPerRequest ?? Infinity)),
    maxCharacters: Math.max(1, target),
    hardMaxCharacters,
  };
}

/** Throws `PROVIDER_API_ERROR` when a text alone is over the hard maximum: it can never be sent. */
export function assertSendable(items: readonly BatchItem[], limits: BatchLimits): void {
  for (const item of items) {
    if (item.characters > limits.hardMaxCharacters) {
      throw new BilingualError(
        'PROVIDER_API_ERROR',
        `Segment ${item.id} has ${item.characters} characters, more than the ${limits.hardMaxCharacters} one request may carry (provider limit or limits.charactersPerMinute).`,
        { details: { segmentId: item.id, characters: item.characters, limit: limits.hardMaxCharacters } },
      );
    }
  }
}

/**
 * How many items from `start` go in the next request: as many as fit the segment limit and
 * `min(limits.maxCharacters, budget)`, in order, always at least one. `budget` is what the
 * rate limiter can accept right now, so a request fills the rest of a window's quota.
 * Items for which `sameRequest(first, item)` is false end the batch (another format).
 */
export function takeBatch<Item extends BatchItem>(
  items: readonly Item[],
  start: number,
  limits: BatchLimits,
  budget = Infinity,
  sameRequest: (first: Item, item: Item) => boolean = () => true,
): number {
  const maxCharacters = Math.min(limits.maxCharacters, budget);
  let end = start;
  let characters = 0;
  while (end < items.length) {
    const item = items[end]!;
    const count = end - start;
    if (count > 0) {
      if (count >= limits.maxSegments || characters + item.characters > maxCharacters) break;
      if (!sameRequest(items[start]!, item)) break;
    }
    characters += item.characters;
    end += 1;
  }
  return end;
}

/**
 * Greedy, in order: a batch is closed when the next text would take it over either limit, or
 * when `sameRequest(first, item)` is false. Throws `PROVIDER_API_ERROR` when one text alone is
 * over the hard maximum (the scheduler cuts a long text at sentence boundaries before).
 */
export function makeBatches<Item extends BatchItem>(
  items: readonly Item[],
  limits: BatchLimits,
  sameRequest: (first: Item, item: Item) => boolean = () => true,
): Item[][] {
  assertSendable(items, limits);
  const batches: Item[][] = [];
  for (let start = 0; start < items.length; ) {
    const end = takeBatch(items, start, limits, Infinity, sameRequest);
    batches.push(items.slice(start, end));
    start = end;
  }
  return batches;
}
