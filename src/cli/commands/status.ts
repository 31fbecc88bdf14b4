/** `bilingual status`: queued, active, done and failed articles, throughput, ETA, and why each failed one failed. */
import type { Config } from '../../config/types.ts';
import { formatQueueStatus, readQueueStatus } from '../../queue/queue-status.ts';
import { withQueueRedis, type QueueCommandContext, type QueueGlobalOptions } from './queue-command-context.ts';

export async function runStatus(context: QueueCommandContext, config: Config, options: QueueGlobalOptions): Promise<void> {
  const status = await withQueueRedis(config, (redis) => readQueueStatus(redis, config));
  context.stdout.write(options.json ? `${JSON.stringify(status, null, 2)}\n` : formatQueueStatus(status));
}
