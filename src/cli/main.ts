/**
 * The command line: parses arguments (commander), hands each command to its module in
 * `commands/` (loaded only when that command runs, so `--help` loads neither the configuration
 * schema nor the pipeline), and maps every outcome to an exit code (`exit-codes.ts`). It holds
 * no pipeline logic of its own.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type * as Commander from 'commander';
import { BilingualError, isBilingualError } from '../errors.ts';
import type { CliDependencies, CommandContext, ConfigFlags, GlobalOptions } from './command-context.ts';
import { CONFIG_FLAGS } from './config-flags.ts';
import { displayPath } from './display-path.ts';
import { ExitCode, exitCodeFor } from './exit-codes.ts';
import { describeError, formatError, hintFor } from './format-error.ts';

export type { CliDependencies, PipelineApi, SignalSource } from './command-context.ts';

// commander is a CommonJS package: required, it is loaded without the ES module wrapper an
// `import` builds for it (Node's scan of its source for named exports, about 12 million of the
// 60 million instructions its load costs). The same module object either way.
const { Command, CommanderError, Option } = createRequire(import.meta.url)('commander') as typeof Commander;
type Command = Commander.Command;
type CommanderError = Commander.CommanderError;


/** The configuration of a command, its loader (schema, YAML) imported only when a command runs. */
async function loadCommandConfig(...args: Parameters<typeof import('./load-command-config.ts').loadCommandConfig>) {
  const { loadCommandConfig: load } = await import('./load-command-config.ts');
  return load(...args);
}

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

function buildProgram(context: CommandContext): Command {
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
    .argument('<file>', 'the article: a text file, a saved web page or a PDF')
    .addHelpText('after', '\nPrints JSON.stringify(article, null, 2) of the structured article on stdout.\n')
    .action(async (file: string, _options: unknown, command: Command) => {
      const { runSegment } = await import('./commands/segment.ts');
      await runSegment(context, file, command.optsWithGlobals<GlobalOptions>());
    });

  addConfigOptions(
    program
      .command('build')
      .description('translate articles and write their bilingual editions')
      .argument('<inputs...>', 'article files, folders of them (.txt, .html, .pdf), or quoted globs')
      .option('--dry-run', 'send nothing; print what a real run would send and bill')
      .option('--fail-fast', 'stop at the first article that fails'),
  )
    .addHelpText('after', `\nWrites <out>/<slug>/ per article and lists the files written on stdout.\n${EXIT_CODES_HELP}`)
    .action(async (inputs: string[], _options: unknown, command: Command) => {
      const options = command.optsWithGlobals<GlobalOptions & ConfigFlags & { dryRun?: boolean; failFast?: boolean }>();
      // Compiled, from its code-cached script (`load-build-command.ts`).
      const { loadBuildCommand } = await import('./load-build-command.ts');
      const { runBuild, saveCodeCache } = await loadBuildCommand(context.env);
      await runBuild(context, command, inputs, options, { dryRun: options.dryRun ?? false, failFast: options.failFast ?? false });
      saveCodeCache();
    });

  addConfigOptions(
    program
      .command('estimate')
      .description('count segments, billable characters (after the cache), requests and the cost of a build, sending nothing')
      .argument('<inputs...>', 'article files, folders of them (.txt, .html, .pdf), or quoted globs'),
  )
    .addHelpText('after', '\nThe same as `bilingual build --dry-run`.\n')
    .action(async (inputs: string[], _options: unknown, command: Command) => {
      const { runEstimate } = await import('./commands/estimate.ts');
      await runEstimate(context, command, inputs, command.optsWithGlobals<GlobalOptions & ConfigFlags>());
    });

  addConfigOptions(
    program
      .command('providers')
      .description('list the translation providers, what each can do, and whether it is usable here and why not'),
  ).action(async (_options: unknown, command: Command) => {
    const { runProviders } = await import('./commands/providers.ts');
    await runProviders(context, command, command.optsWithGlobals<GlobalOptions & ConfigFlags>());
  });

  addExchangeCommands(program, context);
  addQueueCommands(program, context);

  return program;
}

/** `export`, `import` and `memory` (issue 12): each action lives in its own module under `commands/`, loaded when run. */
function addExchangeCommands(program: Command, context: CommandContext): void {
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
function addQueueCommands(program: Command, context: CommandContext) {
  addConfigOptions(
    program
      .command('enqueue')
      .description('put one job per article on the work queue (Redis: REDIS_URL); an article already queued or built is not queued again')
      .argument('<inputs...>', 'article files, folders of them (.txt, .html, .pdf), or quoted globs'),
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

  addConfigOptions(
    program
      .command('status')
      .description('show the work queue: queued, active, done and failed articles, throughput, ETA and failure reasons')
      .option('--index', "write each output folder's index.html again, listing every article the queue built there"),
  ).action(
    async (_options: unknown, command: Command) => {
      const options = command.optsWithGlobals<GlobalOptions & ConfigFlags & { index?: boolean }>();
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

function commanderExit(error: CommanderError, context: CommandContext, options: GlobalOptions): number {
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

function reportError(error: unknown, context: CommandContext, options: GlobalOptions): number {
  if (options.json) {
    const code = isBilingualError(error) ? error.code : 'UNEXPECTED';
    const hint = hintFor(error);
    context.stdout.write(`${JSON.stringify({ ok: false, error: { code, message: describeError(error), ...(hint ? { hint } : {}) } }, null, 2)}\n`);
  }
  context.stderr.write(formatError(error, { debug: options.debug }));
  return exitCodeFor(error);
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
