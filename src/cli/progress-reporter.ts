/**
 * Progress of `build` and `estimate` on stderr: a live display redrawn in place (log-update)
 * when stderr is a terminal, plain lines (one per article step, never one per segment) when
 * it is not, nothing with `--quiet`; then a summary. stdout is left to results.
 */
import { createRequire } from 'node:module';
import { basename } from 'node:path';
import type { createLogUpdate as CreateLogUpdate } from 'log-update';
import type { BuildSummary, PipelineEvent } from '../pipeline.ts';
import { groupedInteger } from '../text/english-integer.ts';
import { describeError, formatError, hintFor } from './format-error.ts';

/** Where text goes: a stream, or anything with `write` in tests. */
export interface TextOutput {
  write(text: string): unknown;
  isTTY?: boolean;
  columns?: number;
  rows?: number;
}

export interface ProgressReporterOptions {
  stream: TextOutput;
  /** Redraw in place instead of printing lines. @default stream.isTTY */
  live?: boolean;
  /** Print no progress and no summary, only failures. @default false */
  quiet?: boolean;
  /** Provider id, shown in the heading. */
  provider?: string;
  /** A dry run (`estimate`): counts are what a real run would send. @default false */
  dryRun?: boolean;
  /**
   * After the summary, each failed article's error in full: code, causes and stack traces
   * (secrets removed), as `--debug` asks.
   * @default false
   */
  debug?: boolean;
  /** Milliseconds between redraws of the live display. @default 250 */
  refreshMs?: number;
  /** Clock, for tests. @default Date.now */
  now?: () => number;
}

export interface ProgressReporter {
  onEvent(event: PipelineEvent): void;
  /** A line printed above the live display (or as is). */
  message(line: string): void;
  /** Stops the display and prints the summary. */
  finish(summary: BuildSummary): void;
  /** Stops the display without a summary (the run ended in an error). */
  stop(): void;
}

/**
 * log-update, loaded only for a live display: it and its dependencies (terminal widths, ANSI
 * codes, emoji) take about 60 ms of CPU to load, which a run whose stderr is a file or a pipe
 * (scripts, CI, the benches) never needs. An ES module required synchronously
 * (`require(esm)`, without a flag from Node 20.19 and 22.12: the `engines` range).
 */
function loadLogUpdate(): typeof CreateLogUpdate {
  return (createRequire(import.meta.url)('log-update') as { createLogUpdate: typeof CreateLogUpdate }).createLogUpdate;
}

/** The counts a `translation-progress` event carries. */
type TranslationCounts = Omit<Extract<PipelineEvent, { type: 'translation-progress' }>, 'type' | 'file'>;

const ZERO: TranslationCounts = { segmentsDone: 0, segmentsTotal: 0, cacheHits: 0, requests: 0, charactersBilled: 0, retries: 0 };

export function createProgressReporter(options: ProgressReporterOptions): ProgressReporter {
  const { stream } = options;
  const now = options.now ?? Date.now;
  const quiet = options.quiet ?? false;
  const live = !quiet && (options.live ?? stream.isTTY === true);
  const started = now();
  const articleStarted = new Map<string, number>();
  /** 1-based position of each article, for the `[i/n]` prefix. */
  const positions = new Map<string, number>();
  /** The call translating a group of articles, while it runs. */
  let translating: { key: string; files: string[] } | undefined;
  /** After a group's translation: its articles still being aligned, checked and written. */
  const writing = new Set<string>();
  /** The group call each article was translated in, to recognise its retry article by article. */
  const groupOf = new Map<string, string>();
  const perArticle = new Map<string, TranslationCounts>();
  let total = 0;
  let finished = 0;
  let failed = 0;
  let index = 0;
  let current: string | undefined;
  /** Sentences of the current article; undefined until it is read and segmented. */
  let currentSentences: number | undefined;

  const display = live ? loadLogUpdate()(stream as NodeJS.WriteStream, { showCursor: true }) : undefined;
  let timer: NodeJS.Timeout | undefined;
  let lastDraw = 0;

  /** An article is done or failed: it leaves the current line, and its group's translation is over. */
  function settled(file: string): void {
    if (current === file) current = undefined;
    if (translating?.files.includes(file)) {
      for (const member of translating.files) writing.add(member);
      translating = undefined;
    }
    writing.delete(file);
  }

  function write(line: string): void {
    if (display) {
      display.clear();
      stream.write(`${line}\n`);
      draw(true);
    } else {
      stream.write(`${line}\n`);
    }
  }

  function counts(): TranslationCounts {
    const sum = { ...ZERO };
    for (const value of perArticle.values()) {
      for (const key of Object.keys(sum) as (keyof TranslationCounts)[]) sum[key] += value[key];
    }
    return sum;
  }

  function step(file: string): string {
    return `[${positions.get(file) ?? index}/${total}] ${basename(file)}`;
  }

  function draw(force = false): void {
    if (!display) return;
    const time = now();
    if (!force && time - lastDraw < (options.refreshMs ?? 250)) return;
    lastDraw = time;
    display(frame(time));
    timer ??= setInterval(() => draw(true), 1000);
    timer.unref?.();
  }

  function frame(time: number): string {
    const elapsed = time - started;
    const sums = counts();
    const groupCounts = translating ? perArticle.get(translating.key) : undefined;
    const fractionOfGroup =
      groupCounts && groupCounts.segmentsTotal > 0 ? groupCounts.segmentsDone / groupCounts.segmentsTotal : 0;
    // Translation is most of the time: a group being translated counts for its share of articles.
    const inProgress = translating ? fractionOfGroup * translating.files.length * 0.9 : writing.size * 0.9;
    const fraction = total === 0 ? 0 : Math.min(1, (finished + inProgress) / total);
    const width = Math.max(10, Math.min(30, (stream.columns ?? 80) - 50));
    const filled = Math.round(fraction * width);
    const bar = `${'█'.repeat(filled)}${'░'.repeat(width - filled)}`;
    const verb = options.dryRun ? 'Estimating' : 'Building';
    const heading = `${verb} ${total} article${total === 1 ? '' : 's'}${options.provider ? ` with ${options.provider}` : ''}`;
    const left =
      fraction >= 1
        ? 'finishing'
        : fraction > 0.02
          ? `about ${duration((elapsed * (1 - fraction)) / fraction)} left`
          : 'estimating time left';
    const lines = [
      heading,
      `${bar} ${Math.floor(fraction * 100)}%  articles ${finished}/${total}${failed ? ` (${failed} failed)` : ''}`,
      translating
        ? `translating ${translating.files.length === 1 ? basename(translating.files[0]!) : plural(translating.files.length, 'article')}: segments ${groupCounts?.segmentsDone ?? 0}/${groupCounts?.segmentsTotal ?? '?'}`
        : current
        ? currentSentences === undefined
          ? `${step(current)}: reading and segmenting`
          : `${step(current)}: ${plural(currentSentences, 'sentence')}`
        : finished === 0
          ? 'finding articles'
          : finished < total
            ? writing.size > 0
              ? 'aligning, checking and writing the editions'
              : 'reading the next article'
            : 'writing the summary',
      `segments ${sums.segmentsDone} · cache hits ${sums.cacheHits} · requests ${sums.requests} · ${number(sums.charactersBilled)} characters billed · retries ${sums.retries}`,
      `elapsed ${duration(elapsed)} · ${left}`,
    ];
    return lines.join('\n');
  }

  return {
    onEvent(event) {
      switch (event.type) {
        case 'articles-found':
          total = event.files.length;
          if (!live && !quiet) {
            const verb = options.dryRun ? 'estimate' : 'build';
            stream.write(`${total} article${total === 1 ? '' : 's'} to ${verb}${options.provider ? ` with ${options.provider}` : ''}\n`);
          }
          break;
        case 'article-start':
          index = event.index + 1;
          total = event.total;
          current = event.file;
          positions.set(event.file, index);
          currentSentences = undefined;
          articleStarted.set(event.file, now());
          break;
        case 'article-structured':
          currentSentences = event.sentences;
          if (!live && !quiet) stream.write(`${step(event.file)}: ${plural(event.blocks, 'block')}, ${plural(event.sentences, 'sentence')}\n`);
          break;
        case 'translation-start': {
          // A group that failed is tried again article by article: its requests and retries
          // still count, its segments are counted again by the calls that follow.
          const group = event.files.length === 1 ? groupOf.get(event.files[0]!) : undefined;
          const counts = group === undefined || group === event.key ? undefined : perArticle.get(group);
          if (counts) perArticle.set(group!, { ...counts, segmentsDone: 0, segmentsTotal: 0, cacheHits: 0 });
          if (event.files.length > 1) for (const file of event.files) groupOf.set(file, event.key);
          translating = { key: event.key, files: event.files };
          current = undefined;
          if (!live && !quiet) {
            const what = event.files.length === 1 ? basename(event.files[0]!) : plural(event.files.length, 'article');
            stream.write(`translating ${what}: ${plural(event.segments, 'segment')}\n`);
          }
          break;
        }
        case 'translation-progress':
          perArticle.set(event.file, {
            segmentsDone: event.segmentsDone,
            segmentsTotal: event.segmentsTotal,
            cacheHits: event.cacheHits,
            requests: event.requests,
            charactersBilled: event.charactersBilled,
            retries: event.retries,
          });
          break;
        case 'article-done': {
          finished++;
          if (!live && !quiet) {
            const took = duration(now() - (articleStarted.get(event.file) ?? now()));
            const what = options.dryRun
              ? 'estimated'
              : `${plural(event.outputs.length, 'file')} written, ${plural(event.warnings, 'warning')}, ${plural(event.qaFailures, 'QA failure')}`;
            stream.write(`${step(event.file)}: ${what} (${took})\n`);
          }
          settled(event.file);
          break;
        }
        case 'article-failed':
          finished++;
          failed++;
          if (!quiet) write(`${articleStarted.has(event.file) ? step(event.file) : basename(event.file)}: failed: ${firstLine(describeError(event.error))}`);
          settled(event.file);
          break;
        case 'warning':
          if (!quiet) write(`warning: ${event.file ? `${basename(event.file)}: ` : ''}${event.message}`);
          break;
      }
      draw(event.type !== 'translation-progress');
    },

    message(line) {
      write(line);
    },

    finish(summary) {
      this.stop();
      const lines = quiet ? quietFailureLines(summary) : summaryLines(summary);
      if (lines.length > 0) stream.write(`${lines.join('\n')}\n`);
      if (options.debug) {
        for (const article of summary.articles) {
          if (!article.ok) stream.write(`debug: ${basename(article.file)}:\n${formatError(article.error, { debug: true })}`);
        }
      }
    },

    stop() {
      if (timer) clearInterval(timer);
      timer = undefined;
      display?.clear();
      display?.done();
    },
  };
}

/** The end-of-run summary, as lines. */
export function summaryLines(summary: BuildSummary): string[] {
  const total = summary.articles.length;
  const built = total - summary.failures;
  const cost = `estimated cost $${summary.estimatedCostUsd.toFixed(2)}`;
  const lines: string[] = [];
  if (summary.dryRun) {
    lines.push(
      `Estimate: ${built} of ${plural(total, 'article')} read · ${plural(summary.sentences, 'sentence')} · ${plural(summary.segmentsSent, 'segment')} to send` +
        ` (${number(summary.cacheHits)} already cached) · ${plural(summary.requests, 'request')} · ${number(summary.charactersBilled)} billable characters · ${cost}`,
    );
  } else {
    lines.push(
      `Done: ${built} of ${plural(total, 'article')} built${summary.failures ? `, ${number(summary.failures)} failed` : ''} · ${plural(summary.sentences, 'sentence')}` +
        ` · ${plural(summary.warnings, 'warning')} · ${plural(summary.qaFailures, 'sentence')} failing a QA check` +
        `${summary.untranslated ? ` · ${plural(summary.untranslated, 'sentence')} left untranslated (see the QA reports; the next run asks again)` : ''} · ${duration(summary.durationMs)}`,
    );
    lines.push(
      `Translation with ${summary.provider}: ${plural(summary.segmentsSent, 'segment')} sent · ${plural(summary.cacheHits, 'cache hit')} · ${plural(summary.requests, 'request')}` +
        ` · ${plural(summary.retries, 'retry', 'retries')} · ${number(summary.charactersBilled)} characters billed${tokens(summary)} · ${cost}`,
    );
  }
  return [...lines, ...failureLines(summary)];
}

/** ` · 1,200 input and 400 output tokens`, for a run that used a provider billing tokens. */
function tokens(summary: BuildSummary): string {
  const input = summary.inputTokens ?? 0;
  const output = summary.outputTokens ?? 0;
  if (input === 0 && output === 0) return '';
  return ` · ${number(input)} input and ${number(output)} output tokens`;
}

function failureLines(summary: BuildSummary): string[] {
  const failures = summary.articles.filter((article) => !article.ok);
  if (failures.length === 0) return [];
  return ['Failed:', ...failures.map((article) => `  ${failureLine(article)}`), ...failureHints(summary).map((hint) => `Hint: ${hint}`)];
}

/** With --quiet, one line per failed article, shaped like every other error line, then each hint once. */
function quietFailureLines(summary: BuildSummary): string[] {
  return [
    ...summary.articles.filter((article) => !article.ok).map((article) => `bilingual: ${failureLine(article)}`),
    ...failureHints(summary).map((hint) => `bilingual: hint: ${hint}`),
  ];
}

/** What to do about the failures, each hint once however many articles share it. */
function failureHints(summary: BuildSummary): string[] {
  const hints = new Set<string>();
  for (const article of summary.articles) {
    if (article.ok) continue;
    const hint = hintFor(article.error);
    if (hint !== undefined) hints.add(hint);
  }
  return [...hints];
}

function failureLine(article: BuildSummary['articles'][number]): string {
  const name = basename(article.file);
  const reason = firstLine(describeError(article.error));
  return reason.includes(name) ? reason : `${name}: ${reason}`;
}

function plural(count: number, word: string, words = `${word}s`): string {
  return `${number(count)} ${count === 1 ? word : words}`;
}

function firstLine(text: string): string {
  return text.split('\n')[0]!;
}

/** `1:05`, `0:07`, `1:02:03`. */
export function duration(milliseconds: number): string {
  const seconds = Math.max(0, Math.round(milliseconds / 1000));
  const hours = Math.floor(seconds / 3600);
  const minutes = Math.floor((seconds % 3600) / 60);
  const rest = String(seconds % 60).padStart(2, '0');
  return hours > 0 ? `${hours}:${String(minutes).padStart(2, '0')}:${rest}` : `${minutes}:${rest}`;
}

/**
 * `1,234`. One formatter for the process: `toLocaleString('en-US')` builds ICU's number format
 * anew on every call (about 20 µs), and a build's progress lines ask for a few thousand numbers;
 * made at the first, so that a command that prints none never builds it.
 */
let numberFormat: Intl.NumberFormat | undefined;

function number(value: number): string {
  return groupedInteger(value) ?? (numberFormat ??= new Intl.NumberFormat('en-US')).format(value);
}
