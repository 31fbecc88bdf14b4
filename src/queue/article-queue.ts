/**
 * The work queue of articles (BullMQ on Redis): one job per article, what a job carries, and
 * the one id that makes queueing idempotent. `enqueue-articles.ts` fills it, `run-worker.ts`
 * empties it, `queue-status.ts` reads it.
 */
import { createHash } from 'node:crypto';
import { Queue } from 'bullmq';
import type { Redis } from 'ioredis';
import type { Config } from '../config/types.ts';

/** What a worker needs to build one article. */
export interface ArticleJobData {
  /** Absolute path of the article, as every worker must reach it. */
  file: string;
  /** Absolute output folder (`<out>/<slug>/` is written in it). */
  outDir: string;
  /** sha256 of the article's bytes when it was queued. */
  sourceHash: string;
  /** Provider id the article is translated with. */
  provider: string;
  /** Glossary content hash; '' without a glossary. */
  glossaryVersion: string;
}

/** What a worker answers for a built article: its files and what its translation cost. */
export interface ArticleJobResult {
  outputs: string[];
  sentences: number;
  segmentsSent: number;
  cacheHits: number;
  requests: number;
  charactersBilled: number;
}

export type ArticleQueue = Queue<ArticleJobData, ArticleJobResult, 'article'>;

/** Job name of every article job. */
export const ARTICLE_JOB = 'article';

/**
 * The job id: the same file, with the same bytes, provider, glossary and output folder, is the
 * same job, so queueing it again adds nothing while the queue remembers it; a file changed
 * since is a new job.
 */
export function articleJobId(data: ArticleJobData): string {
  const material = JSON.stringify([data.file, data.sourceHash, data.provider, data.glossaryVersion, data.outDir]);
  return `article-${createHash('sha256').update(material).digest('hex').slice(0, 32)}`;
}

/** The queue named `queue.name`, on an open connection (which stays the caller's). */
export function openArticleQueue(redis: Redis, config: Config): ArticleQueue {
  return new Queue<ArticleJobData, ArticleJobResult, 'article'>(config.queue.name, {
    connection: redis,
    prefix: config.queue.name,
    defaultJobOptions: {
      attempts: config.queue.attempts,
      backoff: { type: 'exponential', delay: 1000 },
      // Finished jobs are kept: they are what makes queueing idempotent and what status counts.
      removeOnComplete: false,
      removeOnFail: false,
    },
  });
}
