/** `bilingual enqueue <inputs...>`: one job per article, an article already queued or built skipped. */
import type { Config } from '../../config/types.ts';
import { enqueueArticles } from '../../queue/enqueue-articles.ts';
import { ExitCode } from '../exit-codes.ts';
import { describeError } from '../format-error.ts';
import { withQueueRedis, type QueueCommandContext, type QueueGlobalOptions } from './queue-command-context.ts';

export async function runEnqueue(context: QueueCommandContext, config: Config, inputs: string[], options: QueueGlobalOptions): Promise<void> {
  const outcome = await withQueueRedis(config, (redis) => enqueueArticles(redis, config, inputs, config.output.dir));
  if (options.json) {
    const missing = outcome.missing.map(({ input, error }) => ({ input, error: describeError(error) }));
    context.stdout.write(`${JSON.stringify({ queued: outcome.queued, skipped: outcome.skipped, missing, memoryPublished: outcome.memoryPublished }, null, 2)}\n`);
  } else {
    for (const file of outcome.queued) context.stdout.write(`${file}\n`);
    if (!options.quiet) {
      const states = new Map<string, number>();
      for (const { state } of outcome.skipped) states.set(state, (states.get(state) ?? 0) + 1);
      const skipped = [...states].map(([state, count]) => `${count} ${state}`).join(', ');
      context.stderr.write(
        `Queued ${outcome.queued.length} article${outcome.queued.length === 1 ? '' : 's'} in ${config.queue.name}${
          outcome.skipped.length > 0 ? `; ${outcome.skipped.length} already in the queue (${skipped}), not queued again` : ''
        }.\n`,
      );
      if (outcome.memoryPublished > 0) {
        context.stderr.write(`Shared ${outcome.memoryPublished} human translation${outcome.memoryPublished === 1 ? '' : 's'} of ${config.memory.path} with the workers.\n`);
      }
    }
    for (const { error } of outcome.missing) context.stderr.write(`bilingual: ${describeError(error)}\n`);
  }
  if (outcome.missing.length > 0) context.setExitCode(ExitCode.articlesFailed);
}
