/**
 * `bilingual build <inputs...>` (and `estimate`, its dry run): loads the configuration, runs the
 * pipeline with progress on stderr, lists the files written (or the estimate) on stdout, and
 * sets the exit code from the articles that failed or an interruption.
 */
import type { Command } from 'commander';
import { interruptedError, isBilingualError } from '../../errors.ts';
import type { Config } from '../../config/types.ts';
import type { BuildSummary } from '../../pipeline.ts';
import type { TranslationProvider } from '../../providers/types.ts';
import type { CommandContext, ConfigFlags, GlobalOptions } from '../command-context.ts';
import { ExitCode, exitCodeForFailures } from '../exit-codes.ts';
import { displayPath } from '../display-path.ts';
import { describeError, formatError } from '../format-error.ts';
import { loadCommandConfig } from '../load-command-config.ts';
import { loadPipeline } from '../load-pipeline.ts';
import { createProgressReporter, type ProgressReporter } from '../progress-reporter.ts';
import { startEngineEarly } from '../start-engine-early.ts';

export async function runBuild(
  context: CommandContext,
  command: Command,
  inputs: string[],
  options: GlobalOptions & ConfigFlags,
  { dryRun, failFast }: { dryRun: boolean; failFast: boolean },
): Promise<void> {
  const config = await loadCommandConfig(context, command, options);
  // The real pipeline only (a test's own pipeline never reaches an engine).
  const provider = context.dependencies.pipeline === undefined ? await startEngineEarly(config, { dryRun }) : undefined;
  try {
    await runPipeline(context, config, inputs, options, { dryRun, failFast, provider });
  } finally {
    await provider?.close?.();
  }
}

async function runPipeline(
  context: CommandContext,
  config: Config,
  inputs: string[],
  options: GlobalOptions & ConfigFlags,
  { dryRun, failFast, provider }: { dryRun: boolean; failFast: boolean; provider: TranslationProvider | undefined },
): Promise<void> {
  const { pipeline, saveCodeCache } = await loadPipeline(context);
  const reporter = createProgressReporter({
    stream: context.stderr,
    live: context.dependencies.isTTY ?? context.stderr.isTTY === true,
    quiet: options.quiet,
    debug: options.debug,
    provider: config.provider,
    dryRun,
  });
  const interrupts = watchInterrupts(context, reporter);
  let summary: BuildSummary;
  try {
    summary = await pipeline.build({
      inputs,
      config,
      outDir: config.output.dir,
      dryRun,
      failFast,
      ...(provider ? { provider } : {}),
      signal: interrupts.signal,
      onEvent: (event) => reporter.onEvent(event),
    });
  } catch (error) {
    reporter.stop();
    // After Ctrl-C, whatever the pipeline threw on its way out is the interruption itself:
    // the one line was printed when the signal came.
    if (!interrupts.signal.aborted) throw error;
    if (options.debug) context.stderr.write(formatError(error, { debug: true }));
    context.setExitCode(ExitCode.interrupted);
    return;
  } finally {
    interrupts.dispose();
  }
  reporter.finish(summary);

  const cwd = context.dependencies.cwd ?? process.cwd();
  if (options.json) {
    context.stdout.write(`${JSON.stringify(summaryForJson(summary, cwd), null, 2)}\n`);
  } else if (dryRun) {
    context.stdout.write(formatEstimate(summary));
  } else {
    for (const article of summary.articles) {
      for (const output of article.outputs) context.stdout.write(`${displayPath(output, cwd)}\n`);
    }
    if (summary.runIndex !== undefined) context.stdout.write(`${displayPath(summary.runIndex, cwd)}\n`);
  }
  if (interrupts.signal.aborted) {
    context.setExitCode(ExitCode.interrupted);
    return;
  }
  // After a whole run, once its outputs are listed: the cache then holds every function it compiled.
  saveCodeCache();
  context.setExitCode(exitCodeForFailures(summary.articles.filter((article) => !article.ok).map((article) => article.error)));
}

/**
 * First SIGINT or SIGTERM: abort the run (the pipeline keeps the cache of answered requests
 * and writes no half-made output) and say so on one line. A second one: exit at once.
 * Requests already sent are let answer (up to limits.requestTimeoutMs) so that what the service
 * bills reaches the cache; no new request starts.
 */
function watchInterrupts(context: CommandContext, reporter: ProgressReporter): { signal: AbortSignal; dispose(): void } {
  const signals = context.dependencies.signals ?? process;
  const controller = new AbortController();
  const onSignal = () => {
    if (controller.signal.aborted) {
      reporter.stop();
      signals.exit(ExitCode.interrupted);
      return;
    }
    controller.abort(interruptedError(undefined, 'Interrupted.'));
    reporter.message('bilingual: interrupted: finishing the requests already sent, then stopping; translations received are kept in the cache, so running again resumes; press Ctrl-C again to quit at once');
  };
  signals.on('SIGINT', onSignal);
  signals.on('SIGTERM', onSignal);
  return {
    signal: controller.signal,
    dispose() {
      signals.off('SIGINT', onSignal);
      signals.off('SIGTERM', onSignal);
    },
  };
}

function summaryForJson(summary: BuildSummary, cwd: string) {
  return {
    ok: summary.failures === 0,
    ...summary,
    articles: summary.articles.map((article) => ({
      ...article,
      file: displayPath(article.file, cwd),
      outputs: article.outputs.map((output) => displayPath(output, cwd)),
      error:
        article.error === undefined
          ? undefined
          : { code: isBilingualError(article.error) ? article.error.code : 'UNEXPECTED', message: describeError(article.error) },
    })),
  };
}

/** The estimate table of `estimate` and `build --dry-run`, on stdout. */
export function formatEstimate(summary: BuildSummary): string {
  const rows = summary.articles
    .filter((article) => article.ok && article.estimate)
    .map((article) => [
      article.file.replace(/^.*[\\/]/, ''),
      String(article.estimate!.segments),
      article.estimate!.characters.toLocaleString('en-US'),
      // Articles share requests: only the run's total is meaningful.
      '·',
      article.estimate!.estimatedCostUsd.toFixed(2),
    ]);
  rows.push([
    'total',
    String(summary.segmentsSent),
    summary.charactersSent.toLocaleString('en-US'),
    String(summary.requests),
    summary.estimatedCostUsd.toFixed(2),
  ]);
  const header = ['article', 'segments', 'characters', 'requests', 'cost (USD)'];
  const table = [header, ...rows];
  const widths = header.map((_, column) => Math.max(...table.map((row) => row[column]!.length)));
  return `${table
    .map((row) => row.map((cell, column) => (column === 0 ? cell.padEnd(widths[column]!) : cell.padStart(widths[column]!))).join('  '))
    .join('\n')}\n`;
}

