/**
 * The command line: parses arguments (commander), loads the configuration, runs the pipeline,
 * reports progress on stderr and results on stdout, and maps every outcome to an exit code
 * (`exit-codes.ts`). It holds no pipeline logic of its own.
 */
import { readFileSync } from 'node:fs';
import { isAbsolute, relative } from 'node:path';
import { Command, CommanderError, Option } from 'commander';
import { commandLineValue, loadConfig, parseSetOption, type ConfigOverride } from '../config/load.ts';
import type { Config } from '../config/types.ts';
import { BilingualError, interruptedError, isBilingualError, redactSecrets } from '../errors.ts';
import type { BuildSummary } from '../pipeline.ts';
import { ExitCode, exitCodeFor, exitCodeForFailures } from './exit-codes.ts';
import { describeError, formatError, hintFor } from './format-error.ts';
import { createProgressReporter, type ProgressReporter, type TextOutput } from './progress-reporter.ts';
import { formatProviderStatuses, providerStatuses, type ProviderStatus } from './provider-status.ts';

/** The two pipeline entry points the commands call. */
export interface PipelineApi {
  structureFile: typeof import('../pipeline.ts').structureFile;
  build: typeof import('../pipeline.ts').build;
}

/** Where signals come from and how the process ends at once; `process` by default. */
export interface SignalSource {
  on(signal: 'SIGINT' | 'SIGTERM', listener: () => void): unknown;
  off(signal: 'SIGINT' | 'SIGTERM', listener: () => void): unknown;
  exit(code: number): void;
}

export interface CliDependencies {
  /** @default the real pipeline, loaded when a command needs it */
  pipeline?: PipelineApi;
  /** @default process.stdout */
  stdout?: TextOutput;
  /** @default process.stderr */
  stderr?: TextOutput;
  /** Whether stderr is a terminal (live progress). @default stderr.isTTY */
  isTTY?: boolean;
  /** Environment for secrets. @default process.env */
  env?: NodeJS.ProcessEnv;
  /** @default process */
  signals?: SignalSource;
  /** Folder output paths are shown relative to. @default process.cwd() */
  cwd?: string;
  /** @default providerStatuses */
  providerStatuses?: (config: Config, env: NodeJS.ProcessEnv) => Promise<ProviderStatus[]>;
}

interface GlobalOptions {
  json?: boolean;
  quiet?: boolean;
  debug?: boolean;
}

interface ConfigFlags {
  config?: string;
  provider?: string;
  concurrency?: string;
  requestsPerMinute?: string;
  charactersPerMinute?: string;
  maxAttempts?: string;
  maxCost?: string;
  cachePath?: string;
  cache?: boolean;
  out?: string;
  format?: string;
  glossary?: string;
  strict?: boolean;
  set?: string[];
}

/** Flags that set one configuration key each, in the order they are applied. */
const CONFIG_FLAGS: { flag: string; option: keyof ConfigFlags; path: string[]; description: string }[] = [
  { flag: '--provider <id>', option: 'provider', path: ['provider'], description: 'translation provider: apertium, google, google-advanced, openai, deepl or libretranslate' },
  { flag: '--concurrency <n>', option: 'concurrency', path: ['limits', 'concurrency'], description: 'requests in flight at once' },
  { flag: '--requests-per-minute <n>', option: 'requestsPerMinute', path: ['limits', 'requestsPerMinute'], description: 'requests per rolling minute (0: no limit)' },
  { flag: '--characters-per-minute <n>', option: 'charactersPerMinute', path: ['limits', 'charactersPerMinute'], description: 'characters sent per rolling minute (0: no limit)' },
  { flag: '--max-cost <amount>', option: 'maxCost', path: ['limits', 'maxCost'], description: "most the run may bill, in the provider's currency (USD; DeepL: its configured price's)" },
  { flag: '--max-attempts <n>', option: 'maxAttempts', path: ['retry', 'maxAttempts'], description: 'attempts per request, the first included' },
  { flag: '--cache-path <file>', option: 'cachePath', path: ['cache', 'path'], description: 'SQLite file of the translation cache' },
  { flag: '--out <folder>', option: 'out', path: ['output', 'dir'], description: 'output folder, one sub-folder per article' },
  { flag: '--format <outputs>', option: 'format', path: ['output', 'formats'], description: 'outputs to write, separated by commas: side-by-side, interleaved, english, french, json, tmx, qa, html' },
  { flag: '--glossary <file>', option: 'glossary', path: ['glossary', 'path'], description: 'YAML glossary file' },
];

const EXIT_CODES_HELP = `
Exit codes:
  0    all done
  1    some articles failed (the others were written)
  2    usage or configuration error
  3    provider or engine unavailable (credentials missing, engine not installed)
  4    spending cap (--max-cost): over the estimate, nothing sent; or reached, the rest not sent
  130  interrupted
`;

export async function main(argv: string[], dependencies: CliDependencies = {}): Promise<number> {
  const stdout = dependencies.stdout ?? process.stdout;
  const stderr = dependencies.stderr ?? process.stderr;
  const env = dependencies.env ?? process.env;
  const early = scanGlobalOptions(argv);
  let exitCode: number = ExitCode.ok;

  const context = {
    stdout,
    stderr,
    env,
    dependencies,
    setExitCode(code: number) {
      exitCode = code;
    },
  };

  const program = buildProgram(context);
  try {
    await program.parseAsync(argv, { from: 'user' });
    return exitCode;
  } catch (error) {
    if (error instanceof CommanderError) return commanderExit(error, context, early);
    return reportError(error, context, optionsOf(program, early));
  }
}

type Context = {
  stdout: TextOutput;
  stderr: TextOutput;
  env: NodeJS.ProcessEnv;
  dependencies: CliDependencies;
  setExitCode(code: number): void;
};

function buildProgram(context: Context): Command {
  const program = new Command('bilingual')
    .description('Turn French newspaper articles into aligned French-English bilingual Markdown editions.')
    .version(readVersion(), '-V, --version', 'print the version')
    .option('--json', 'machine-readable output on stdout')
    .option('-q, --quiet', 'no progress and no summary, only errors')
    .option('--debug', 'stack traces and causes with errors')
    .helpOption('-h, --help', 'show this help')
    .helpCommand('help [command]', 'show help for a command')
    .showSuggestionAfterError(true)
    .exitOverride()
    .configureOutput({
      writeOut: (text) => context.stdout.write(text),
      writeErr: (text) => context.stderr.write(text),
      outputError: () => {}, // reported by `commanderExit`, on one line
    })
    .addHelpText('after', `${EXIT_CODES_HELP}\nRun \`bilingual <command> --help\` for a command's options.\n`);

  program
    .command('segment')
    .description('read one article and print its structure (blocks, roles, sentences, repairs) as JSON')
    .argument('<file>', 'the article, a text file')
    .addHelpText('after', '\nPrints JSON.stringify(article, null, 2) of the structured article on stdout.\n')
    .action(async (file: string, _options: unknown, command: Command) => {
      const globals = command.optsWithGlobals<GlobalOptions>();
      const pipeline = await loadPipeline(context);
      const article = await pipeline.structureFile(file);
      context.stdout.write(`${JSON.stringify(article, null, 2)}\n`);
      if (!globals.quiet) {
        for (const warning of article.warnings) {
          context.stderr.write(`bilingual: warning: ${article.source.file}${warning.line ? `:${warning.line}` : ''}: ${warning.message} (${warning.rule})\n`);
        }
      }
    });

  addConfigOptions(
    program
      .command('build')
      .description('translate articles and write their bilingual editions')
      .argument('<inputs...>', 'article files, folders of .txt files, or quoted globs')
      .option('--dry-run', 'send nothing; print what a real run would send and bill')
      .option('--fail-fast', 'stop at the first article that fails'),
  )
    .addHelpText('after', `\nWrites <out>/<slug>/ per article and lists the files written on stdout.\n${EXIT_CODES_HELP}`)
    .action(async (inputs: string[], _options: unknown, command: Command) => {
      const options = command.optsWithGlobals<GlobalOptions & ConfigFlags & { dryRun?: boolean; failFast?: boolean }>();
      await runBuild(context, command, inputs, options, options.dryRun ?? false, options.failFast ?? false);
    });

  addConfigOptions(
    program
      .command('estimate')
      .description('count segments, billable characters (after the cache), requests and the cost of a build, sending nothing')
      .argument('<inputs...>', 'article files, folders of .txt files, or quoted globs'),
  )
    .addHelpText('after', '\nThe same as `bilingual build --dry-run`.\n')
    .action(async (inputs: string[], _options: unknown, command: Command) => {
      const options = command.optsWithGlobals<GlobalOptions & ConfigFlags>();
      await runBuild(context, command, inputs, options, true, false);
    });

  addConfigOptions(
    program
      .command('providers')
      .description('list the translation providers, what each can do, and whether it is usable here and why not'),
  ).action(async (_options: unknown, command: Command) => {
    const options = command.optsWithGlobals<GlobalOptions & ConfigFlags>();
    const config = await loadCommandConfig(context, command, options);
    const check = context.dependencies.providerStatuses ?? providerStatuses;
    const statuses = await check(config, context.env);
    context.stdout.write(options.json ? `${JSON.stringify(statuses, null, 2)}\n` : formatProviderStatuses(statuses));
  });

  addExchangeCommands(program, context);
  addQueueCommands(program, context);

  return program;
}

/** `export`, `import` and `memory` (issue 12): each action lives in its own module under `commands/`, loaded when run. */
function addExchangeCommands(program: Command, context: Context): void {
  const io = async (command: Command, ownFormat = false) => {
    const options = command.optsWithGlobals<GlobalOptions & ConfigFlags>();
    // `export --format xliff` is the exchange format, not the editions' output.formats.
    const config = await loadCommandConfig(context, command, ownFormat ? { ...options, format: undefined } : options);
    const cwd = context.dependencies.cwd ?? process.cwd();
    return { config, stdout: context.stdout, stderr: context.stderr, json: options.json ?? false, quiet: options.quiet ?? false, displayPath: (path: string) => displayPath(path, cwd) };
  };
  addConfigOptions(
    program
      .command('export')
      .description('write a built article as XLIFF 1.2 for a CAT tool: one unit per sentence, the English with its state, QA findings in notes')
      .argument('<article>', 'the article file, its output folder, or a file in that folder')
      .option('--format <format>', 'the exchange format: xliff', 'xliff')
      .option('--prefill <english|french>', 'what the targets hold: the current English, or the French for tools that translate the target (OmegaT 3)', 'english')
      .option('--to <file>', 'the file to write (default: <slug>.xlf in the article\'s output folder)'),
    ['--format'],
  ).action(async (target: string, flags: { format?: string; prefill?: string; to?: string }, command: Command) => {
    const { exportAction } = await import('./commands/export.ts');
    await exportAction(target, flags, await io(command, true));
  });
  addConfigOptions(
    program
      .command('import')
      .description("take a person's English back: an XLIFF file, or an edited name.fr-en.md or name.en.md; stored in the translation memory, editions written again")
      .argument('<file>', 'file.xlf, name.fr-en.md or name.en.md'),
  )
    .addHelpText('after', '\nA unit whose French changed since the export refuses the whole import (exit code 2), nothing written.\n')
    .action(async (file: string, _flags: unknown, command: Command) => {
      const { importAction } = await import('./commands/import.ts');
      await importAction(file, await io(command));
    });
  const memory = program.command('memory').description('the translation memory of human translations, used by every build before any provider');
  addConfigOptions(memory.command('import').description('add the French–English pairs of a TMX file (1.4, as CAT tools write it)').argument('<file>', 'a .tmx file')).action(
    async (file: string, _flags: unknown, command: Command) => {
      const { memoryImportAction } = await import('./commands/memory.ts');
      await memoryImportAction(file, await io(command));
    },
  );
  addConfigOptions(
    memory
      .command('export')
      .description('print the human translations as TMX 1.4 (or write them with --to)')
      .option('--to <file>', 'the TMX file to write')
      .option('--final-only', 'only the translations marked final'),
  ).action(async (flags: { to?: string; finalOnly?: boolean }, command: Command) => {
    const { memoryExportAction } = await import('./commands/memory.ts');
    await memoryExportAction(flags, await io(command));
  });
  addConfigOptions(memory.command('stats').description('how many human translations, how final, from where, and when')).action(async (_flags: unknown, command: Command) => {
    const { memoryStatsAction } = await import('./commands/memory.ts');
    await memoryStatsAction(await io(command));
  });
}

/** `enqueue`, `worker`, `status`, `retry-failed`: the work queue on Redis (`src/queue/`). */
function addQueueCommands(program: Command, context: Context) {
  addConfigOptions(
    program
      .command('enqueue')
      .description('put one job per article on the work queue (Redis: REDIS_URL); an article already queued or built is not queued again')
      .argument('<inputs...>', 'article files, folders of .txt files, or quoted globs'),
  ).action(async (inputs: string[], _options: unknown, command: Command) => {
    const options = command.optsWithGlobals<GlobalOptions & ConfigFlags>();
    const config = await loadCommandConfig(context, command, options);
    const { runEnqueue } = await import('./commands/enqueue.ts');
    await runEnqueue(context, config, inputs, options);
  });

  // Not addConfigOptions: here --concurrency counts articles, not requests.
  program
    .command('worker')
    .description('build articles from the work queue, sharing quotas and the translation cache with every other worker')
    .option('--concurrency <n>', 'articles built at once in this process', '1')
    .option('--until-empty', 'stop once nothing is queued or running anywhere')
    .option('--config <file>', 'YAML file merged over config/default.yaml')
    .addOption(
      new Option('--set <key.path=value>', 'set any configuration key, for example --set limits.charactersPerMinute=100000 (repeatable)')
        .argParser((value: string, previous: string[] | undefined) => [...(previous ?? []), value]),
    )
    .action(async (_options: unknown, command: Command) => {
      const options = command.optsWithGlobals<GlobalOptions & ConfigFlags & { untilEmpty?: boolean }>();
      const articles = options.concurrency;
      if (articles !== undefined && !/^[1-9]\d*$/.test(articles)) {
        throw new BilingualError('USAGE', `--concurrency: expected a whole number ≥ 1, got "${articles}"`);
      }
      const config = await loadCommandConfig(context, command, { ...options, concurrency: undefined });
      const { runWorkerCommand } = await import('./commands/worker.ts');
      await runWorkerCommand(context, config, { ...options, articles });
    });

  addConfigOptions(program.command('status').description('show the work queue: queued, active, done and failed articles, throughput, ETA and failure reasons')).action(
    async (_options: unknown, command: Command) => {
      const options = command.optsWithGlobals<GlobalOptions & ConfigFlags>();
      const config = await loadCommandConfig(context, command, options);
      const { runStatus } = await import('./commands/status.ts');
      await runStatus(context, config, options);
    },
  );

  addConfigOptions(program.command('retry-failed').description('put the failed articles of the work queue back in it')).action(
    async (_options: unknown, command: Command) => {
      const options = command.optsWithGlobals<GlobalOptions & ConfigFlags>();
      const config = await loadCommandConfig(context, command, options);
      const { runRetryFailed } = await import('./commands/retry-failed.ts');
      await runRetryFailed(context, config, options);
    },
  );
}

function addConfigOptions(command: Command, except: readonly string[] = []): Command {
  command.option('--config <file>', 'YAML file merged over config/default.yaml');
  for (const { flag, description } of CONFIG_FLAGS) if (!except.includes(flag.split(' ')[0]!)) command.option(flag, description);
  command
    .option('--no-cache', 'neither read nor write the translation cache')
    .option('--strict', 'a failed translation check fails the article')
    .addOption(
      new Option('--set <key.path=value>', 'set any configuration key, for example --set retry.initialDelayMs=200 (repeatable)')
        .argParser((value: string, previous: string[] | undefined) => [...(previous ?? []), value]),
    );
  return command;
}

function configOverrides(command: Command, options: ConfigFlags): ConfigOverride[] {
  const overrides: ConfigOverride[] = [];
  for (const { flag, option, path } of CONFIG_FLAGS) {
    const value = options[option];
    if (typeof value === 'string') overrides.push({ path, value: commandLineValue(path, value), source: flag.split(' ')[0]! });
  }
  if (command.getOptionValueSource('cache') === 'cli' && options.cache === false) {
    overrides.push({ path: ['cache', 'enabled'], value: false, source: '--no-cache' });
  }
  if (options.strict) overrides.push({ path: ['qa', 'strict'], value: true, source: '--strict' });
  for (const assignment of options.set ?? []) overrides.push(parseSetOption(assignment));
  return overrides;
}

async function loadCommandConfig(context: Context, command: Command, options: ConfigFlags & GlobalOptions): Promise<Config> {
  return loadConfig({
    configFile: options.config,
    overrides: configOverrides(command, options),
    env: context.env,
    onWarning: (message) => {
      if (!options.quiet) context.stderr.write(`bilingual: warning: ${redactSecrets(message)}\n`);
    },
  });
}

async function runBuild(
  context: Context,
  command: Command,
  inputs: string[],
  options: GlobalOptions & ConfigFlags,
  dryRun: boolean,
  failFast: boolean,
): Promise<void> {
  const config = await loadCommandConfig(context, command, options);
  const pipeline = await loadPipeline(context);
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
  context.setExitCode(exitCodeForFailures(summary.articles.filter((article) => !article.ok).map((article) => article.error)));
}

/**
 * First SIGINT or SIGTERM: abort the run (the pipeline keeps the cache of answered requests
 * and writes no half-made output) and say so on one line. A second one: exit at once.
 * Requests already sent are let answer (up to limits.requestTimeoutMs) so that what the service
 * bills reaches the cache; no new request starts.
 */
function watchInterrupts(context: Context, reporter: ProgressReporter): { signal: AbortSignal; dispose(): void } {
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

async function loadPipeline(context: Context): Promise<PipelineApi> {
  return context.dependencies.pipeline ?? (await import('../pipeline.ts'));
}

function commanderExit(error: CommanderError, context: Context, options: GlobalOptions): number {
  if (error.code === 'commander.helpDisplayed' || error.code === 'commander.version') return ExitCode.ok;
  // `bilingual help build` asked for help (exit code 0); `bilingual` alone printed the help on
  // stderr because no command was given, which is a usage error.
  if (error.code === 'commander.help') return error.exitCode === 0 ? ExitCode.ok : ExitCode.usage;
  const message = error.message
    .replace(/^error: /, '')
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean)
    .join(' ')
    .replace(/\(Did you mean (.*)\?\)/, '(did you mean $1?)');
  const usage = new BilingualError('USAGE', `${message}; see bilingual --help`, { cause: error });
  return reportError(usage, context, options);
}

function reportError(error: unknown, context: Context, options: GlobalOptions): number {
  if (options.json) {
    const code = isBilingualError(error) ? error.code : 'UNEXPECTED';
    const hint = hintFor(error);
    context.stdout.write(`${JSON.stringify({ ok: false, error: { code, message: describeError(error), ...(hint ? { hint } : {}) } }, null, 2)}\n`);
  }
  context.stderr.write(formatError(error, { debug: options.debug }));
  return exitCodeFor(error);
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

function displayPath(path: string, cwd: string): string {
  if (!isAbsolute(path)) return path;
  const shown = relative(cwd, path);
  return shown.startsWith('..') ? path : shown;
}

/** Global flags read before commander runs, so that its own errors honour them too. */
function scanGlobalOptions(argv: string[]): GlobalOptions {
  const end = argv.indexOf('--');
  const flags = end === -1 ? argv : argv.slice(0, end);
  return {
    json: flags.includes('--json'),
    quiet: flags.includes('--quiet') || flags.includes('-q'),
    debug: flags.includes('--debug'),
  };
}

function optionsOf(program: Command, early: GlobalOptions): GlobalOptions {
  const parsed = program.opts<GlobalOptions>();
  return { json: parsed.json ?? early.json, quiet: parsed.quiet ?? early.quiet, debug: parsed.debug ?? early.debug };
}

function readVersion(): string {
  const packageJson = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string };
  return packageJson.version;
}
