/**
 * How a streaming build cuts its articles into translation calls: each group holds about one
 * request's worth of units for every request the provider takes at once (`limits.concurrency`),
 * so small articles share full requests (a provider billing a prompt per request pays no more
 * than before streaming), and two groups are sent ahead, so the next request is already queued
 * when one ends.
 *
 * For a provider whose requests cost nothing of their own (`freeRequests`: the offline
 * engine), the groups at both ends of the run are smaller. The first is the first article
 * alone, the next ones hold one request's worth, then two, doubling up to the full size: the
 * engine gets its first request as soon as one article is structured (the first, with every
 * stage's code still cold, costs the most), and the first answers come back to be
 * aligned, checked and written while it works on the next groups. The next ones hold at most
 * half the articles left: a group's articles are finished only once its whole call is
 * answered, so the work left to the main thread after the engine's last answer is that of a
 * few articles, not of a full group. A provider billing a prompt per request, or under a
 * request quota, keeps full groups, every request but a group's last one full.
 *
 * Decided from the articles' own units and count, never from timing, so a dry run groups them
 * exactly as the real run does.
 */
import type { Config } from '../config/types.ts';
import type { TranslationProvider } from '../providers/types.ts';
import { batchLimits, countCharacters } from '../translate/make-batches.ts';
import { providerLimitsOf, resolveLimits } from '../translate/resolve-limits.ts';
import type { TranslationUnit } from '../translate/translator.ts';

/** Articles in one call at most, however small: bounds a call's memory and its failure. */
export const ARTICLES_PER_GROUP = 32;

export interface GroupCapacity {
  /** Units and characters of one request. */
  segments: number;
  characters: number;
  /** Requests a full group fills: one per request in flight. */
  requests: number;
  /** Smaller groups at the start and the end of the run (see above). */
  ramp: boolean;
  /** Groups sent to the translator and not yet written, besides the one being structured. */
  groupsAhead: number;
}

export function groupCapacity(provider: TranslationProvider, config: Config): GroupCapacity {
  const limits = resolveLimits(provider.capabilities, config.limits, providerLimitsOf(config, provider.id));
  const batch = batchLimits(provider.capabilities, limits);
  const slots = Math.max(1, limits.concurrency);
  return { segments: batch.maxSegments, characters: batch.maxCharacters, requests: slots, ramp: provider.capabilities.freeRequests === true, groupsAhead: 2 };
}

export type GroupFiller = ReturnType<typeof createGroupFiller>;

/** Fills a group article by article, of the `total` articles of the run; says when the next article would overflow it. */
export function createGroupFiller(capacity: GroupCapacity, total: number) {
  let articles = 0;
  let segments = 0;
  let characters = 0;
  /** Articles in the groups before this one. */
  let before = 0;
  /** Requests the group being filled may fill: 1, 2, 4, … up to `capacity.requests`. */
  let requests = capacity.ramp ? 1 : capacity.requests;
  /** Ramped, the first group is the first article alone: the engine has it while the next ones are structured. */
  let opening = capacity.ramp;
  return {
    /** True when the group already holds something and `units` would take it past a limit. */
    wouldOverflow(units: readonly TranslationUnit[]): boolean {
      if (articles === 0) return false;
      if (opening) return true;
      // The first groups are already small (the first article, then one request's worth); after them, at most half the articles left.
      const most = capacity.ramp && before > 0 ? Math.min(ARTICLES_PER_GROUP, Math.ceil((total - before) / 2)) : ARTICLES_PER_GROUP;
      if (articles >= most) return true;
      return segments + units.length > capacity.segments * requests || characters + sumCharacters(units) > capacity.characters * requests;
    },
    add(units: readonly TranslationUnit[]): void {
      articles += 1;
      segments += units.length;
      characters += sumCharacters(units);
    },
    /** Starts the next group, twice the size of the last until full. */
    reset(): void {
      before += articles;
      articles = segments = characters = 0;
      if (opening) opening = false;
      else requests = Math.min(requests * 2, capacity.requests);
    },
  };
}

function sumCharacters(units: readonly TranslationUnit[]): number {
  return units.reduce((sum, unit) => sum + countCharacters(unit.text), 0);
}
