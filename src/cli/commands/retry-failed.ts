/** `bilingual retry-failed`: every failed article back in the queue, its attempts counted afresh. */
import type { Config } from '../../config/types.ts';
import { retryFailedArticles } from '../../queue/queue-status.ts';
import { withQueueRedis, type QueueCommandContext, type QueueGlobalOptions } from './queue-command-context.ts';

export async function runRetryFailed(context: QueueCommandContext, config: Config, options: QueueGlobalOptions): Promise<void> {
  const retried = await withQueueRedis(config, (redis) => retryFailedArticles(redis, config));
  if (options.json) context.stdout.write(`${JSON.stringify({ retried }, null, 2)}\n`);
  else if (!options.quiet) context.stderr.write(`Queued again: ${retried} failed article${retried === 1 ? '' : 's'} in ${config.queue.name}.\n`);
}
