/**
 * The spending cap's first half: before a run with `limits.maxCost` sends anything, it is
 * estimated (a dry run: the cache read, nothing sent), and refused when the estimate is over
 * the cap. The second half, stopping a run whose bill reaches the cap, is the scheduler's.
 */
import { BilingualError } from '../errors.ts';
import type { BuildOptions, BuildSummary } from './build-types.ts';

/** Throws `COST_LIMIT`, with the estimate, when the run would bill more than `limits.maxCost`. */
export async function refuseOverSpendingCap(options: BuildOptions, build: (options: BuildOptions) => Promise<BuildSummary>): Promise<void> {
  const cap = options.config.limits.maxCost;
  if (cap === undefined || options.dryRun) return;
  const estimate = await build({ ...options, dryRun: true, onEvent: undefined });
  if (estimate.estimatedCostUsd <= cap) return;
  const billed =
    estimate.inputTokens || estimate.outputTokens
      ? `${estimate.inputTokens ?? 0} input and ${estimate.outputTokens ?? 0} output tokens`
      : `${estimate.charactersBilled.toLocaleString('en-US')} characters`;
  throw new BilingualError(
    'COST_LIMIT',
    `The run would bill about ${estimate.estimatedCostUsd.toFixed(4)} (estimate: ${estimate.segmentsSent} segments, ${estimate.requests} requests, ${billed}), more than --max-cost ${cap}: nothing was sent. Raise --max-cost (limits.maxCost) or build fewer articles.`,
    { retryable: false, details: { estimatedCost: estimate.estimatedCostUsd, maxCost: cap, segments: estimate.segmentsSent, requests: estimate.requests } },
  );
}
