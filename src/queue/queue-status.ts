/**
 * `bilingual status` and `bilingual retry-failed`: what the queue holds (queued, running,
 * built, failed), how fast articles are being built and when the queue should be empty, each
 * failed article with its reason; and the failed ones put back in the queue.
 */
import type { Redis } from 'ioredis';
import type { Config } from '../config/types.ts';
import { openArticleQueue } from './article-queue.ts';

export interface QueueStatus {
  queue: string;
  /** Waiting for a worker (delayed retries included). */
  queued: number;
  /** Being built. */
  active: number;
  /** Built. */
  done: number;
  /** Failed after all their attempts. */
  failed: number;
  /** Articles built per minute over the last `throughputWindowMs` (null: none built in it). */
  articlesPerMinute: number | null;
  /** Milliseconds until queued and active articles are built at that pace (null: unknown). */
  etaMs: number | null;
  /** The failed articles (the most recent first, at most 20), each with why. */
  failures: { file: string; attempts: number; reason: string; failedAt?: number }[];
}

/** Throughput is measured over the articles finished in the last ten minutes. */
export const THROUGHPUT_WINDOW_MS = 10 * 60_000;

export async function readQueueStatus(redis: Redis, config: Config, now = Date.now()): Promise<QueueStatus> {
  const queue = openArticleQueue(redis, config);
  try {
    const counts = await queue.getJobCounts('waiting', 'prioritized', 'delayed', 'active', 'completed', 'failed');
    const queued = (counts.waiting ?? 0) + (counts.prioritized ?? 0) + (counts.delayed ?? 0);
    const active = counts.active ?? 0;
    // Newest first; the window's jobs are among the most recent.
    const recent = (await queue.getJobs(['completed'], 0, 999, false)).filter((job) => (job.finishedOn ?? 0) > now - THROUGHPUT_WINDOW_MS);
    let articlesPerMinute: number | null = null;
    if (recent.length > 0) {
      const firstStart = Math.min(...recent.map((job) => job.processedOn ?? job.finishedOn ?? now));
      const lastFinish = Math.max(...recent.map((job) => job.finishedOn ?? now));
      const spanMs = Math.max(1, (queued + active > 0 ? now : lastFinish) - firstStart);
      articlesPerMinute = (recent.length / spanMs) * 60_000;
    }
    const remaining = queued + active;
    const etaMs = remaining === 0 ? 0 : articlesPerMinute ? Math.round((remaining / articlesPerMinute) * 60_000) : null;
    const failedJobs = await queue.getJobs(['failed'], 0, 19, false);
    return {
      queue: config.queue.name,
      queued,
      active,
      done: counts.completed ?? 0,
      failed: counts.failed ?? 0,
      articlesPerMinute,
      etaMs,
      failures: failedJobs.map((job) => ({
        file: job.data.file,
        attempts: job.attemptsMade,
        reason: job.failedReason,
        ...(job.finishedOn ? { failedAt: job.finishedOn } : {}),
      })),
    };
  } finally {
    await queue.close();
  }
}

/** The status for a person, on a few lines. */
export function formatQueueStatus(status: QueueStatus): string {
  const lines = [
    `Queue ${status.queue}: ${status.queued} queued · ${status.active} active · ${status.done} done · ${status.failed} failed`,
    `Throughput: ${status.articlesPerMinute === null ? 'none built in the last 10 minutes' : `${status.articlesPerMinute.toFixed(1)} articles/min`} · ${formatEta(status)}`,
  ];
  for (const failure of status.failures) {
    lines.push(`failed: ${failure.file} (after ${failure.attempts} attempt${failure.attempts === 1 ? '' : 's'}): ${failure.reason}`);
  }
  if (status.failed > status.failures.length) lines.push(`… and ${status.failed - status.failures.length} more failed`);
  if (status.failed > 0) lines.push('Run `bilingual retry-failed` to queue the failed articles again.');
  return `${lines.join('\n')}\n`;
}

function formatEta(status: QueueStatus): string {
  if (status.etaMs === 0) return 'nothing left to build';
  if (status.etaMs === null) return 'ETA unknown (no article built yet)';
  const seconds = Math.round(status.etaMs / 1000);
  const minutes = Math.floor(seconds / 60);
  return `about ${minutes > 0 ? `${minutes} min ` : ''}${seconds % 60} s left`;
}

/** Puts every failed article back in the queue, its attempts counted afresh; how many. */
export async function retryFailedArticles(redis: Redis, config: Config): Promise<number> {
  const queue = openArticleQueue(redis, config);
  try {
    let retried = 0;
    for (;;) {
      const failed = await queue.getJobs(['failed'], 0, 99);
      if (failed.length === 0) return retried;
      for (const job of failed) {
        await job.retry('failed', { resetAttemptsMade: true, resetAttemptsStarted: true });
        retried += 1;
      }
    }
  } finally {
    await queue.close();
  }
}
