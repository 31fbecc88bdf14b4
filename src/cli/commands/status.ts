/**
 * `bilingual status [--index]`: queued, active, done and failed articles, throughput, ETA, and
 * why each failed one failed; with `--index`, every output folder's `index.html` written again
 * from what the workers recorded.
 */
import type { Config } from '../../config/types.ts';
import { writeQueueRunIndexes } from '../../queue/queue-run-index.ts';
import { formatQueueStatus, readQueueStatus } from '../../queue/queue-status.ts';
import { withQueueRedis, type QueueCommandContext, type QueueGlobalOptions } from './queue-command-context.ts';

export async function runStatus(context: QueueCommandContext, config: Config, options: QueueGlobalOptions & { index?: boolean }): Promise<void> {
  const { status, indexes } = await withQueueRedis(config, async (redis) => ({
    status: await readQueueStatus(redis, config),
    indexes: options.index ? await writeQueueRunIndexes(redis, config.queue.name) : undefined,
  }));
  context.stdout.write(options.json ? `${JSON.stringify(indexes ? { ...status, indexes } : status, null, 2)}\n` : formatQueueStatus(status));
  if (indexes && !options.json && !options.quiet) {
    context.stderr.write(indexes.length === 0 ? 'No article built by the queue yet: no index written.\n' : indexes.map((path) => `wrote ${path}\n`).join(''));
  }
}
