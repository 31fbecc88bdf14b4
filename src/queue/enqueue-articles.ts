/**
 * `bilingual enqueue`: one job per article found, unless the queue already holds the same
 * article (same bytes, provider, glossary and output folder), queued, running, built or failed.
 * First it publishes this machine's translation memory (`memory.path`) to the workers'
 * shared copy in Redis (`redis-translation-memory.ts`).
 */
import { createHash } from 'node:crypto';
import { resolve } from 'node:path';
import type { Redis } from 'ioredis';
import type { Config } from '../config/types.ts';
import { BilingualError } from '../errors.ts';
import { loadConfiguredGlossary } from '../glossary/index.ts';
import { readArticleFile } from '../ingest/read-input.ts';
import { findArticles } from '../input/find-articles.ts';
import { openTranslationMemory } from '../memory/translation-memory.ts';
import { publishTranslationMemory } from './redis-translation-memory.ts';
import { ARTICLE_JOB, articleJobId, openArticleQueue, type ArticleJobData } from './article-queue.ts';

export interface EnqueueOutcome {
  /** Articles given a new job. */
  queued: string[];
  /** Articles the queue already holds, with the state of their job. */
  skipped: { file: string; state: string }[];
  /** Inputs that are not articles (missing files, empty globs). */
  missing: { input: string; error: unknown }[];
  /** Human translations of `memory.path` published to the workers' shared memory (new or changed). */
  memoryPublished: number;
}

export async function enqueueArticles(redis: Redis, config: Config, inputs: string[], outDir: string): Promise<EnqueueOutcome> {
  const found = await findArticles(inputs);
  if (found.files.length === 0) throw found.missing[0]?.error ?? new BilingualError('NO_ARTICLES', 'No articles were given.');
  const glossary = await loadConfiguredGlossary(config.glossary.path);
  const queue = openArticleQueue(redis, config);
  const outcome: EnqueueOutcome = { queued: [], skipped: [], missing: found.missing, memoryPublished: 0 };
  try {
    // The workers read human translations from Redis, not from this machine's file.
    const memory = openTranslationMemory(config.memory.path, { readOnly: true });
    try {
      outcome.memoryPublished = await publishTranslationMemory(redis, config.queue.name, memory.entries());
    } finally {
      memory.close();
    }
    for (const file of found.files) {
      const bytes = await readArticleFile(file);
      const data: ArticleJobData = {
        file: resolve(file),
        outDir: resolve(outDir),
        sourceHash: createHash('sha256').update(bytes).digest('hex'),
        provider: config.provider,
        glossaryVersion: glossary?.version ?? '',
      };
      const jobId = articleJobId(data);
      const existing = await queue.getJob(jobId);
      if (existing) {
        outcome.skipped.push({ file, state: await existing.getState() });
        continue;
      }
      // Two enqueues racing: BullMQ adds a job id once, the second add is a no-op.
      await queue.add(ARTICLE_JOB, data, { jobId });
      outcome.queued.push(file);
    }
  } finally {
    await queue.close();
  }
  return outcome;
}
