/**
 * `bilingual worker [--concurrency N] [--until-empty]`: builds articles from the queue until
 * stopped. The first SIGINT or SIGTERM stops taking articles and finishes those running (they
 * would be taken again after `queue.lockMs` otherwise); a second one quits at once.
 */
import type { Config } from '../../config/types.ts';
import { runWorker, type WorkerEvent } from '../../queue/run-worker.ts';
import { ExitCode } from '../exit-codes.ts';
import { withQueueRedis, type QueueCommandContext, type QueueGlobalOptions } from './queue-command-context.ts';

export interface WorkerFlags extends QueueGlobalOptions {
  /** Articles built at once, as given on the command line. */
  articles?: string;
  untilEmpty?: boolean;
}

export async function runWorkerCommand(context: QueueCommandContext, config: Config, options: WorkerFlags): Promise<void> {
  const concurrency = options.articles === undefined ? 1 : Number(options.articles);
  const signals = context.dependencies.signals ?? process;
  const controller = new AbortController();
  const onSignal = () => {
    if (controller.signal.aborted) return signals.exit(ExitCode.interrupted);
    controller.abort();
    context.stderr.write('bilingual: worker stopping: finishing the articles it is building, taking no more; press Ctrl-C again to quit at once\n');
  };
  signals.on('SIGINT', onSignal);
  signals.on('SIGTERM', onSignal);
  const say = (line: string) => {
    if (!options.quiet) context.stderr.write(`${line}\n`);
  };
  try {
    const summary = await withQueueRedis(config, (redis, url) => {
      // Said once the pipeline's code is loaded: a worker starting costs about a second of CPU
      // (loading the modules), which should not be taken for building articles.
      const ready = () =>
        say(`Worker on ${config.queue.name}: ${concurrency} article${concurrency === 1 ? '' : 's'} at a time${options.untilEmpty ? ', until the queue is empty' : ''}`);
      return runWorker({
        config,
        redis,
        redisUrl: url,
        concurrency,
        untilEmpty: options.untilEmpty ?? false,
        signal: controller.signal,
        onEvent: (event) => {
          if (event.type === 'ready') ready();
          report(event, say, options.json ? (value) => context.stdout.write(`${JSON.stringify(value)}\n`) : undefined);
        },
      });
    });
    say(`Worker stopped: ${summary.built} built, ${summary.failed} failed`);
    if (controller.signal.aborted) context.setExitCode(ExitCode.interrupted);
    else if (summary.failed > 0) context.setExitCode(ExitCode.articlesFailed);
  } finally {
    signals.off('SIGINT', onSignal);
    signals.off('SIGTERM', onSignal);
  }
}

function report(event: WorkerEvent, say: (line: string) => void, json?: (value: unknown) => void) {
  json?.(event);
  if (event.type === 'article-done') {
    const { result } = event;
    say(`built ${event.file} in ${(event.durationMs / 1000).toFixed(1)} s · ${result.segmentsSent} segments sent · ${result.cacheHits} cache hits · ${result.charactersBilled} characters billed`);
  } else if (event.type === 'index-failed') {
    say(`could not write ${event.outDir}/index.html again: ${event.reason}`);
  } else if (event.type === 'article-failed') {
    say(`${event.final ? 'failed' : 'will retry'} ${event.file} (attempt ${event.attempt}): ${event.reason}`);
  }
}
