/**
 * The warm offline engine (`createApertium()`: every program of `fr-es` and `spa-eng` spawned
 * once, fed null-terminated chunks) against what a naive tool does: a fresh
 * `apertium -u fr-es | apertium -u spa-eng` shell pipeline per sentence, through Apertium's own
 * wrapper script. Both translate the same real sentences (the seed and the print test
 * articles, cleaned and segmented), as plain text, in the same run.
 *
 * Reported: cold start (new provider, first sentence), warm latency per sentence (median,
 * p90), sentences per second one per request and in requests of 64, each as a ratio against
 * the baseline, and how many baseline answers the warm engine reproduces word for word.
 */
import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createApertium, DEFAULT_MODES_DIR } from '../src/providers/apertium/index.ts';
import type { TranslationProvider } from '../src/providers/types.ts';
import { structureText } from '../src/structure.ts';

const SOURCES = [
  '../seeds/g20-syria-talks-2016.txt',
  '../test/fixtures/articles/budget-deficit.print.txt',
  '../test/fixtures/articles/climate-ratification.print.txt',
  '../test/fixtures/articles/paris-municipal-alliance.print.txt',
];
/** Sentences sent through the baseline, one fresh pipeline each (about 0.3 s apiece). @default 10 */
const BASELINE_SENTENCES = 10;
/** Fresh providers started to time the cold start. @default 3 */
const COLD_STARTS = 3;
/** Passes over every sentence, one per request, for the warm latency. @default 3 */
const WARM_PASSES = 3;
/** Passes over every sentence in requests of `BATCH_SIZE`. @default 5 */
const BATCH_PASSES = 5;
/** Segments per request in the batched run: the provider's own limit. @default 64 */
const BATCH_SIZE = 64;
/**
 * The baseline command, as a tool that shells out per sentence would write it (`-u`: no
 * unknown-word marks, like the provider's default). The sentence comes through `printf` because
 * the wrapper opens `/dev/stdin`, which fails on the socket Node gives a child as its stdin.
 */
const BASELINE_COMMAND = 'apertium -u fr-es | apertium -u spa-eng';
const BASELINE_SCRIPT = `printf '%s\\n' "$1" | ${BASELINE_COMMAND}`;

function sentences(): string[] {
  const found: string[] = [];
  for (const path of SOURCES) {
    const text = readFileSync(new URL(path, import.meta.url), 'utf8');
    const article = structureText(text, { fileName: 'bench.txt', checkLanguage: false });
    for (const block of article.blocks) for (const sentence of block.sentences) found.push(sentence.text);
  }
  return found;
}

function quantile(values: number[], q: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? Number.NaN;
}

function runBaseline(sentence: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn('sh', ['-c', BASELINE_SCRIPT, 'sh', sentence], { stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let errors = '';
    child.stdout.setEncoding('utf8').on('data', (data: string) => (out += data));
    child.stderr.setEncoding('utf8').on('data', (data: string) => (errors += data));
    child.on('error', reject);
    child.on('close', (code) => {
      // The wrapper exits 0 even when a stage fails: an answer with no text is a failure too.
      if (code === 0 && out.trim() !== '') resolve(out);
      else reject(new Error(`the baseline \`${BASELINE_COMMAND}\` gave no translation (exit code ${code}): ${errors.trim()}`));
    });
  });
}

async function translate(provider: TranslationProvider, texts: string[]): Promise<string[]> {
  const result = await provider.doTranslate({
    segments: texts.map((text, index) => ({ id: `s${index}`, text })),
    sourceLanguage: 'fr',
    targetLanguage: 'en',
    format: 'text',
  });
  return result.translations.map((translation) => translation.text);
}

async function timed<T>(work: () => Promise<T>): Promise<[T, number]> {
  const started = performance.now();
  const value = await work();
  return [value, performance.now() - started];
}

const format = (milliseconds: number) => (milliseconds >= 100 ? milliseconds.toFixed(0) : milliseconds.toFixed(1));

export default async function (): Promise<void> {
  if (!['fr-es', 'spa-eng'].every((mode) => existsSync(`${DEFAULT_MODES_DIR}/${mode}.mode`))) {
    console.log('skipped: Apertium with the fr-es and eng-spa pairs is not installed (npm run setup)');
    return;
  }
  const corpus = sentences();
  const characters = corpus.reduce((sum, text) => sum + text.length, 0);
  // Spread over the corpus so short and long sentences are both sampled.
  const sample = Array.from({ length: BASELINE_SENTENCES }, (_, index) => corpus[Math.floor((index * corpus.length) / BASELINE_SENTENCES)]!);

  const baselineTimes: number[] = [];
  const baselineAnswers: string[] = [];
  for (const sentence of sample) {
    const [answer, milliseconds] = await timed(() => runBaseline(sentence));
    baselineAnswers.push(answer.trim());
    baselineTimes.push(milliseconds);
  }

  const coldTimes: number[] = [];
  for (let round = 0; round < COLD_STARTS; round += 1) {
    const fresh = createApertium();
    try {
      coldTimes.push((await timed(() => translate(fresh, [sample[round % sample.length]!])))[1]);
    } finally {
      await fresh.close?.();
    }
  }

  const provider = createApertium();
  try {
    await translate(provider, corpus.slice(0, 4)); // start the engine: its cold start is measured above
    const warmTimes: number[] = [];
    let warmTotal = 0;
    for (let pass = 0; pass < WARM_PASSES; pass += 1) {
      for (const sentence of corpus) {
        const [, milliseconds] = await timed(() => translate(provider, [sentence]));
        warmTimes.push(milliseconds);
        warmTotal += milliseconds;
      }
    }
    let batchTotal = 0;
    for (let pass = 0; pass < BATCH_PASSES; pass += 1) {
      for (let start = 0; start < corpus.length; start += BATCH_SIZE) {
        batchTotal += (await timed(() => translate(provider, corpus.slice(start, start + BATCH_SIZE))))[1];
      }
    }
    const warmAnswers = await translate(provider, sample);
    const same = warmAnswers.filter((answer, index) => answer.trim() === baselineAnswers[index]).length;

    const baselineMedian = quantile(baselineTimes, 0.5);
    const baselineRate = (1000 * sample.length) / baselineTimes.reduce((sum, value) => sum + value, 0);
    const warmMedian = quantile(warmTimes, 0.5);
    const warmRate = (1000 * warmTimes.length) / warmTotal;
    const batchRate = (1000 * corpus.length * BATCH_PASSES) / batchTotal;
    const coldMedian = quantile(coldTimes, 0.5);

    console.log(
      `corpus: ${corpus.length} sentences (${(characters / corpus.length).toFixed(0)} characters on average) from ${SOURCES.length} articles; ` +
        `baseline sampled on ${sample.length}: \`${BASELINE_COMMAND}\` per sentence\n`,
    );
    console.log('| measure | warm engine | baseline (fresh pipeline per sentence) | ratio |');
    console.log('|---|---:|---:|---:|');
    console.log(`| cold start: new provider, first sentence (median of ${COLD_STARTS}), ms | ${format(coldMedian)} | ${format(baselineMedian)} | ${(coldMedian / baselineMedian).toFixed(2)}x the baseline's time |`);
    console.log(`| latency per sentence, median, ms | ${format(warmMedian)} | ${format(baselineMedian)} | ${(baselineMedian / warmMedian).toFixed(0)}x faster |`);
    console.log(`| latency per sentence, p90, ms | ${format(quantile(warmTimes, 0.9))} | ${format(quantile(baselineTimes, 0.9))} | ${(quantile(baselineTimes, 0.9) / quantile(warmTimes, 0.9)).toFixed(0)}x faster |`);
    console.log(`| sentences/s, one per request | ${warmRate.toFixed(0)} | ${baselineRate.toFixed(1)} | ${(warmRate / baselineRate).toFixed(0)}x |`);
    console.log(`| sentences/s, requests of ${BATCH_SIZE} | ${batchRate.toFixed(0)} | ${baselineRate.toFixed(1)} | ${(batchRate / baselineRate).toFixed(0)}x |`);
    console.log(`\nrequests of ${BATCH_SIZE} vs one per request: ${(batchRate / warmRate).toFixed(2)}x; warm answers identical to the baseline's: ${same}/${sample.length}`);
    warmAnswers.forEach((answer, index) => {
      if (answer.trim() !== baselineAnswers[index]) console.log(`- differs: ${JSON.stringify(sample[index])}: warm ${JSON.stringify(answer.trim())}, baseline ${JSON.stringify(baselineAnswers[index])}`);
    });
  } finally {
    await provider.close?.();
  }
}
