/**
 * `main` in process, with a fake pipeline, fake streams and a fake signal source: what reaches
 * the pipeline, what goes to stdout and to stderr, the exit codes, the live display and Ctrl-C.
 */
import { describe, expect, it, vi } from 'vitest';
import { main, type CliDependencies, type PipelineApi, type SignalSource } from '../../src/cli/main.ts';
import { createProgressReporter } from '../../src/cli/progress-reporter.ts';
import { formatError } from '../../src/cli/format-error.ts';
import { ApiCallError, BilingualError, RetryError } from '../../src/errors.ts';
import type { ArticleOutcome, BuildOptions, BuildSummary } from '../../src/pipeline.ts';
import { STACK_LINE } from '../support/run-cli.ts';

class Capture {
  text = '';
  isTTY: boolean;
  columns = 100;
  rows = 40;
  constructor(isTTY = false) {
    this.isTTY = isTTY;
  }
  write(chunk: string): boolean {
    this.text += chunk;
    return true;
  }
  on(): this {
    return this;
  }
}

function outcome(file: string, overrides: Partial<ArticleOutcome> = {}): ArticleOutcome {
  const slug = file.replace(/\.txt$/, '');
  return {
    file: `/articles/${file}`,
    slug,
    ok: true,
    outputs: [`/work/out/${slug}/${slug}.fr-en.md`, `/work/out/${slug}/${slug}.json`],
    sentences: 10,
    warnings: 1,
    qaFailures: 0,
    ...overrides,
  };
}

function summaryOf(articles: ArticleOutcome[], dryRun = false): BuildSummary {
  return {
    articles,
    sentences: articles.reduce((sum, article) => sum + article.sentences, 0),
    segmentsSent: 12,
    cacheHits: 3,
    requests: 2,
    charactersSent: 4321,
    charactersBilled: 4321,
    estimatedCostUsd: 0.086,
    retries: 1,
    durationMs: 4200,
    warnings: 2,
    qaFailures: 1,
    untranslated: 0,
    failures: articles.filter((article) => !article.ok).length,
    dryRun,
    provider: 'google',
  };
}

/** A pipeline that replays the events of a run over the given outcomes. */
function fakePipeline(articles: ArticleOutcome[]): PipelineApi & { calls: BuildOptions[] } {
  const calls: BuildOptions[] = [];
  return {
    calls,
    structureFile: vi.fn(),
    async build(options) {
      calls.push(options);
      const emit = options.onEvent ?? (() => {});
      emit({ type: 'articles-found', files: articles.map((article) => article.file) });
      for (const [index, article] of articles.entries()) {
        emit({ type: 'article-start', file: article.file, index, total: articles.length });
        emit({ type: 'article-structured', file: article.file, blocks: 4, sentences: article.sentences });
        for (let done = 1; done <= 4; done++) {
          emit({ type: 'translation-progress', file: article.file, segmentsDone: done, segmentsTotal: 4, cacheHits: 1, requests: done, charactersBilled: done * 100, retries: 0 });
        }
        if (article.ok) emit({ type: 'article-done', file: article.file, outputs: article.outputs, warnings: article.warnings, qaFailures: 0 });
        else emit({ type: 'article-failed', file: article.file, error: article.error });
      }
      return summaryOf(articles, options.dryRun);
    },
  };
}

async function run(argv: string[], dependencies: Partial<CliDependencies> & { pipeline: PipelineApi }) {
  const stdout = new Capture();
  const stderr = (dependencies.stderr as Capture | undefined) ?? new Capture();
  const code = await main(argv, { stdout, stderr, env: {}, cwd: '/work', signals: fakeSignals(), ...dependencies });
  return { code, stdout: stdout.text, stderr: stderr.text };
}

function fakeSignals(): SignalSource & { emit(signal: 'SIGINT' | 'SIGTERM'): void; exits: number[] } {
  const listeners = new Map<string, Set<() => void>>();
  const exits: number[] = [];
  return {
    exits,
    on(signal, listener) {
      (listeners.get(signal) ?? listeners.set(signal, new Set()).get(signal)!).add(listener);
    },
    off(signal, listener) {
      listeners.get(signal)?.delete(listener);
    },
    exit(code) {
      exits.push(code);
    },
    emit(signal) {
      for (const listener of listeners.get(signal) ?? []) listener();
    },
  };
}

describe('build', () => {
  it('hands the merged configuration to the pipeline', async () => {
    const pipeline = fakePipeline([outcome('a.txt')]);
    await run(
      ['build', 'a.txt', 'folder', '--provider', 'google', '--concurrency', '8', '--no-cache', '--strict', '--out', 'editions', '--set', 'retry.maxAttempts=2', '--fail-fast'],
      { pipeline },
    );
    const [options] = pipeline.calls;
    expect(options).toMatchObject({ inputs: ['a.txt', 'folder'], outDir: 'editions', dryRun: false, failFast: true });
    expect(options!.config).toMatchObject({
      provider: 'google',
      limits: { concurrency: 8 },
      cache: { enabled: false },
      qa: { strict: true },
      retry: { maxAttempts: 2 },
      output: { dir: 'editions' },
    });
    expect(options!.signal).toBeInstanceOf(AbortSignal);
  });

  it('keeps the cache on when --no-cache is not given', async () => {
    const pipeline = fakePipeline([outcome('a.txt')]);
    await run(['build', 'a.txt'], { pipeline });
    expect(pipeline.calls[0]!.config.cache.enabled).toBe(true);
  });

  it('lists the files written on stdout and the steps and summary on stderr, exit 0', async () => {
    const result = await run(['build', 'a.txt', 'b.txt'], { pipeline: fakePipeline([outcome('a.txt'), outcome('b.txt')]) });
    expect(result.code).toBe(0);
    expect(result.stdout).toBe('out/a/a.fr-en.md\nout/a/a.json\nout/b/b.fr-en.md\nout/b/b.json\n');
    const lines = result.stderr.trim().split('\n');
    expect(lines[0]).toBe('2 articles to build with apertium');
    expect(lines).toContain('[1/2] a.txt: 4 blocks, 10 sentences');
    expect(lines.filter((line) => /^\[\d\/2\]/.test(line))).toHaveLength(4); // per article step, never per segment
    expect(result.stderr).toMatch(/^Done: 2 of 2 articles built · 20 sentences · 2 warnings · 1 sentence failing a QA check · 0:04$/m);
    expect(result.stderr).toMatch(/2 requests · 1 retry · 4,321 characters billed · estimated cost \$0\.09$/m);
  });

  it('exits 1 when some articles failed and names each with its reason', async () => {
    const failed = outcome('b.txt', { ok: false, outputs: [], error: new BilingualError('INPUT_EMPTY', 'b.txt is empty.') });
    const result = await run(['build', 'a.txt', 'b.txt'], { pipeline: fakePipeline([outcome('a.txt'), failed]) });
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/^Failed:\n {2}b\.txt is empty\.$/m);
  });

  it('exits 3 when every failure is the provider being unavailable', async () => {
    const error = new BilingualError('MISSING_CREDENTIALS', 'The google provider needs an API key.');
    const result = await run(['build', 'a.txt'], { pipeline: fakePipeline([outcome('a.txt', { ok: false, outputs: [], error })]) });
    expect(result.code).toBe(3);
  });

  it('with --quiet prints nothing when all went well, and one line per failure otherwise, then each hint once', async () => {
    const ok = await run(['build', 'a.txt', '--quiet'], { pipeline: fakePipeline([outcome('a.txt')]) });
    expect(ok).toMatchObject({ code: 0, stderr: '' });
    const error = new BilingualError('INPUT_NOT_FRENCH', 'The text looks written in English, not French.');
    const failed = await run(['build', 'b.txt', 'c.txt', '-q'], {
      pipeline: fakePipeline([outcome('b.txt', { ok: false, outputs: [], error }), outcome('c.txt', { ok: false, outputs: [], error })]),
    });
    expect(failed.stderr).toBe(
      'bilingual: b.txt: The text looks written in English, not French.\n' +
        'bilingual: c.txt: The text looks written in English, not French.\n' +
        'bilingual: hint: bilingual translates French articles only\n',
    );
  });

  it('with --json prints the summary as JSON, errors as code and message', async () => {
    const error = new ApiCallError('Google said no (key=AIzaSyA-test0123456789abcdefghijklmnopq).', { statusCode: 400 });
    const result = await run(['build', 'a.txt', 'b.txt', '--json'], {
      pipeline: fakePipeline([outcome('a.txt'), outcome('b.txt', { ok: false, outputs: [], error })]),
    });
    const summary = JSON.parse(result.stdout) as { ok: boolean; articles: { file: string; error?: unknown }[] };
    expect(summary.ok).toBe(false);
    expect(summary.articles[1]!.error).toEqual({ code: 'PROVIDER_API_ERROR', message: 'Google said no (key=[REDACTED]).' });
    expect(result.stdout).not.toContain('AIza');
    expect(result.stdout).not.toMatch(STACK_LINE);
  });

  it('estimate is a dry run that prints a table on stdout', async () => {
    const estimate = { segments: 12, cached: 0, characters: 4321, estimatedCostUsd: 0.086 };
    const pipeline = fakePipeline([outcome('a.txt', { outputs: [], estimate })]);
    const result = await run(['estimate', 'a.txt'], { pipeline });
    expect(pipeline.calls[0]!.dryRun).toBe(true);
    expect(result.stdout.split('\n')).toEqual([
      'article  segments  characters  requests  cost (USD)',
      'a.txt          12       4,321         ·        0.09',
      'total          12       4,321         2        0.09',
      '',
    ]);
    expect(result.stderr).toMatch(/^Estimate: 1 of 1 article read .* 4,321 billable characters · estimated cost \$0\.09$/m);
  });

  it('a configuration error stops before the pipeline runs, exit 2', async () => {
    const pipeline = fakePipeline([outcome('a.txt')]);
    const result = await run(['build', 'a.txt', '--max-attempts', '0'], { pipeline });
    expect(result.code).toBe(2);
    expect(pipeline.calls).toHaveLength(0);
    expect(result.stderr.split('\n')[0]).toBe('bilingual: --max-attempts: retry.maxAttempts: expected a whole number ≥ 1, got 0');
  });
});

describe('live progress on a terminal', () => {
  it('redraws articles, segments, cache hits, requests, characters, retries and time in place', async () => {
    const stderr = new Capture(true);
    const result = await run(['build', 'a.txt', 'b.txt'], { pipeline: fakePipeline([outcome('a.txt'), outcome('b.txt')]), stderr });
    expect(result.code).toBe(0);
    expect(result.stderr).toContain('Building 2 articles with apertium');
    expect(result.stderr).toMatch(/articles 1\/2/);
    expect(result.stderr).toMatch(/segments \d+ · cache hits \d+ · requests \d+ · [\d,]+ characters billed · retries \d+/);
    expect(result.stderr).toMatch(/elapsed \d+:\d\d/);
    expect(result.stderr).toContain('\u001B[2K'); // lines erased and redrawn
    expect(result.stderr).toMatch(/Done: 2 of 2 articles built/);
    expect(result.stderr).not.toMatch(/^\[1\/2\] a\.txt: 4 blocks/m); // no plain lines on a terminal
  });

  it('follows the translation of a group, and does not count its segments twice when it is retried article by article', () => {
    const stream = new Capture(true);
    const reporter = createProgressReporter({ stream, quiet: false, refreshMs: 0 });
    const progress = (file: string, done: number, total: number, cacheHits: number, requests: number) =>
      reporter.onEvent({ type: 'translation-progress', file, segmentsDone: done, segmentsTotal: total, cacheHits, requests, charactersBilled: 0, retries: 0 });
    reporter.onEvent({ type: 'articles-found', files: ['a', 'b'] });
    reporter.onEvent({ type: 'article-start', file: 'a', index: 0, total: 2 });
    reporter.onEvent({ type: 'article-start', file: 'b', index: 1, total: 2 });
    reporter.onEvent({ type: 'translation-start', key: '2 articles from a', files: ['a', 'b'], segments: 4 });
    progress('2 articles from a', 2, 4, 0, 1);
    expect(stream.text).toContain('translating 2 articles: segments 2/4');
    // The group failed on b's text: each article is tried on its own, a's answer from the cache.
    reporter.onEvent({ type: 'translation-start', key: 'a', files: ['a'], segments: 2 });
    progress('a', 2, 2, 2, 0);
    reporter.stop();
    const lastFrame = stream.text.slice(stream.text.lastIndexOf('Building'));
    expect(lastFrame).toMatch(/segments 2 · cache hits 2 · requests 1 ·/);
  });

  it('estimates the time left from the work done', () => {
    let clock = 0;
    const stream = new Capture(true);
    const reporter = createProgressReporter({ stream, quiet: false, now: () => clock, refreshMs: 0 });
    reporter.onEvent({ type: 'articles-found', files: ['a', 'b'] });
    reporter.onEvent({ type: 'article-start', file: 'a', index: 0, total: 2 });
    clock = 10_000;
    reporter.onEvent({ type: 'article-done', file: 'a', outputs: [], warnings: 0, qaFailures: 0 });
    reporter.stop();
    expect(stream.text).toContain('about 0:10 left');
  });
});

describe('interrupts', () => {
  function waitingPipeline(): PipelineApi & { started: Promise<void> } {
    let markStarted = () => {};
    const started = new Promise<void>((resolve) => (markStarted = resolve));
    return {
      started,
      structureFile: vi.fn(),
      build: (options) =>
        new Promise((_, reject) => {
          markStarted();
          options.signal!.addEventListener('abort', () =>
            reject(new BilingualError('INTERRUPTED', 'Interrupted: translations finished so far are kept in the cache.')),
          );
        }),
    };
  }

  it('the first Ctrl-C aborts the run, prints one line and exits 130', async () => {
    const signals = fakeSignals();
    const pipeline = waitingPipeline();
    const stderr = new Capture();
    const running = main(['build', 'a.txt'], { pipeline, stderr, stdout: new Capture(), signals, env: {} });
    await pipeline.started;
    signals.emit('SIGINT');
    expect(await running).toBe(130);
    expect(stderr.text).toBe(
      'bilingual: interrupted: finishing the requests already sent, then stopping; translations received are kept in the cache, so running again resumes; press Ctrl-C again to quit at once\n',
    );
    expect(signals.exits).toEqual([]);
  });

  it('a second one exits at once, even when the run does not stop', async () => {
    const signals = fakeSignals();
    let buildCalled = false;
    const stuck: PipelineApi = {
      structureFile: vi.fn(),
      build: () => {
        buildCalled = true;
        return new Promise(() => {}); // ignores the abort, as a hung request would
      },
    };
    void main(['build', 'a.txt'], { pipeline: stuck, stderr: new Capture(), stdout: new Capture(), signals, env: {} });
    await vi.waitFor(() => expect(buildCalled).toBe(true));
    signals.emit('SIGTERM');
    expect(signals.exits).toEqual([]);
    signals.emit('SIGINT');
    expect(signals.exits).toEqual([130]);
  });
});

describe('formatError', () => {
  it('gives an unknown error one line and a pointer to --debug, without the stack', () => {
    const text = formatError(new TypeError('Cannot read properties of undefined'));
    expect(text).toBe('bilingual: Cannot read properties of undefined\nbilingual: run with --debug for details\n');
  });

  it('adds a hint where a person can act, and the stack and causes only with debug', () => {
    const error = new BilingualError('PROVIDER_QUOTA', 'The daily quota of Google Translate is used up.', {
      cause: new Error('403 dailyLimitExceeded'),
    });
    const plain = formatError(error);
    expect(plain.trim().split('\n')).toEqual([
      'bilingual: The daily quota of Google Translate is used up.',
      'bilingual: hint: the quota is used up: try again after it resets, or raise it in the Google Cloud console',
    ]);
    const debug = formatError(error, { debug: true });
    expect(debug).toMatch(STACK_LINE);
    expect(debug).toContain('caused by: 403 dailyLimitExceeded');
    expect(debug).toContain('code: PROVIDER_QUOTA');
  });

  it('names the last error of a retry that gave up, and hints from it', () => {
    const last = new ApiCallError('The network failed (ECONNRESET).', { code: 'PROVIDER_NETWORK', retryable: true });
    const error = new RetryError('Gave up after 5 attempts.', { reason: 'maxAttemptsExceeded', errors: [last], segmentIds: ['p1'] });
    expect(formatError(error).trim().split('\n')).toEqual([
      'bilingual: Gave up after 5 attempts: The network failed (ECONNRESET).',
      'bilingual: hint: check the network connection; translations already received are cached, so running again resumes',
    ]);
  });

  it('removes secrets from every line, stack included', () => {
    const error = new Error('GET https://translation.googleapis.com/language/translate/v2?key=AIzaSyA-test0123456789abcdefghijklmnopq failed');
    const text = formatError(error, { debug: true });
    expect(text).not.toContain('AIzaSyA');
    expect(text).toContain('key=[REDACTED]');
  });
});
