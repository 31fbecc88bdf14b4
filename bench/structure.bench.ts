/**
 * Cleaning + segmentation throughput of `structureText` (layout detection, dehyphenation,
 * paragraphs, roles, spacing, sentences) on a few MB of print-layout articles, as a ratio
 * against `Intl.Segmenter('fr', { granularity: 'sentence' })` alone on the same texts in the
 * same run, for the seed's print layout and for pages extracted from PDFs (the print-page
 * corpus's dev set), with a check that the page layout stays linear. Target: ratio >= 0.5. The lexicon's one-time load is reported separately. Both wall
 * time and this process's CPU time are reported: on a busy machine the CPU-time ratio is the
 * steadier one, since other processes' load hits the wall clock of each round differently.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { getFrenchLexicon } from '../src/layout/french-lexicon.ts';
import { structureText } from '../src/structure.ts';

const SOURCES = [
  '../seeds/g20-syria-talks-2016.txt',
  '../test/fixtures/articles/budget-deficit.print.txt',
  '../test/fixtures/articles/climate-ratification.print.txt',
  '../test/fixtures/articles/paris-municipal-alliance.print.txt',
  '../test/fixtures/articles/opec-output-cut.print.txt',
  '../test/fixtures/articles/algiers-bank-trial.print.txt',
  '../test/fixtures/articles/saint-etienne-derby.print.txt',
  '../test/fixtures/articles/cannes-palme-d-or.print.txt',
];
/** Size of the generated corpus. @default 3 MB */
const CORPUS_BYTES = 3_000_000;

const CITIES = ['Alep', 'Genève', 'Pékin', 'Paris', 'Moscou', 'Hangzhou', 'Washington', 'Lyon'];

/** Variant `index` of an article: other numbers and places, same print layout. */
function variant(text: string, index: number): string {
  let count = 0;
  return text
    .replace(/\d+/g, (digits) => String((Number(digits) + index) % 10 ** digits.length).padStart(digits.length, '1'))
    .replace(new RegExp(CITIES.join('|'), 'g'), () => CITIES[(index + count++) % CITIES.length] ?? 'Lyon');
}

/** The seed's print layout and the print test articles, varied to about `CORPUS_BYTES`. */
/** The positive number given after `name` on the command line (`--rounds 5`), or `fallback`. */
export function option(name: string, fallback: number): number {
  const at = process.argv.indexOf(name);
  const value = at === -1 ? Number.NaN : Number(process.argv[at + 1]);
  return Number.isFinite(value) && value > 0 ? value : fallback;
}

export function buildCorpus(): string[] {
  return buildFrom(SOURCES.map((path) => readFileSync(new URL(path, import.meta.url), 'utf8')));
}

/** Rounds per contender, alternated so that load from other processes hits both alike. @default 5 */
const ROUNDS = 5;

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
}

interface Timing {
  milliseconds: number;
  cpuMilliseconds: number;
  count: number;
}

function timeBoth(first: () => number, second: () => number): [Timing, Timing] {
  const wall: [number[], number[]] = [[], []];
  const cpu: [number[], number[]] = [[], []];
  const counts = [0, 0];
  for (let round = 0; round < ROUNDS; round += 1) {
    [first, second].forEach((run, index) => {
      const started = performance.now();
      const startedCpu = process.cpuUsage();
      counts[index] = run();
      const usage = process.cpuUsage(startedCpu);
      wall[index as 0 | 1].push(performance.now() - started);
      cpu[index as 0 | 1].push((usage.user + usage.system) / 1000);
    });
  }
  return [0, 1].map((index) => ({
    milliseconds: median(wall[index as 0 | 1]),
    cpuMilliseconds: median(cpu[index as 0 | 1]),
    count: counts[index] ?? 0,
  })) as [Timing, Timing];
}

/** The print-page corpus's dev extractions (pdftotext default, -raw, -layout, OCR-like). */
export function readPages(): string[] {
  const root = new URL('../test/fixtures/pages/dev/', import.meta.url);
  const pages: string[] = [];
  for (const article of readdirSync(root)) {
    const directory = new URL(`${article}/`, root);
    for (const file of readdirSync(directory)) {
      if (/\.(?:pdftotext|raw|layout|ocr)\.txt$/.test(file)) pages.push(readFileSync(new URL(file, directory), 'utf8'));
    }
  }
  return pages;
}

/** Builds about `CORPUS_BYTES` of variants of the given articles. */
export function buildFrom(originals: readonly string[]): string[] {
  const corpus: string[] = [];
  let bytes = 0;
  for (let index = 0; bytes < CORPUS_BYTES && originals.length > 0; index += 1) {
    const text = variant(originals[index % originals.length] ?? '', index);
    corpus.push(text);
    bytes += Buffer.byteLength(text);
  }
  return corpus;
}

function compare(label: string, corpus: readonly string[]): void {
  const megabytes = corpus.reduce((sum, text) => sum + Buffer.byteLength(text), 0) / 1e6;
  const segmenter = new Intl.Segmenter('fr', { granularity: 'sentence' });
  const baseline = (): number => {
    let sentences = 0;
    for (const text of corpus) for (const _segment of segmenter.segment(text)) sentences += 1;
    return sentences;
  };
  const ours = (): number => {
    let sentences = 0;
    for (const text of corpus) {
      const article = structureText(text, { fileName: 'bench.txt', checkLanguage: false });
      for (const block of article.blocks) sentences += block.sentences.length;
    }
    return sentences;
  };
  // Warm both up once so the JIT does not favour the second, then take medians.
  baseline();
  ours();
  const [baselineRun, oursRun] = timeBoth(baseline, ours);
  const baselineSpeed = megabytes / (baselineRun.milliseconds / 1000);
  const oursSpeed = megabytes / (oursRun.milliseconds / 1000);
  console.log(`\n${label}: ${corpus.length} articles, ${megabytes.toFixed(2)} MB; median of ${ROUNDS} alternated rounds`);
  console.log(`Intl.Segmenter alone: ${baselineSpeed.toFixed(2)} MB/s (${baselineRun.count} segments)`);
  console.log(`structureText (clean + segment): ${oursSpeed.toFixed(2)} MB/s (${oursRun.count} sentences)`);
  console.log(`ratio vs Intl.Segmenter: ${(oursSpeed / baselineSpeed).toFixed(2)} (target >= 0.5)`);
  console.log(`ratio vs Intl.Segmenter in CPU time: ${(baselineRun.cpuMilliseconds / oursRun.cpuMilliseconds).toFixed(2)}`);
}

/**
 * Layout must stay linear in the input: one page layout article repeated 1, 4 and 16 times
 * (form feeds between the copies), time per copy against the single copy's.
 */
function linearity(page: string): void {
  const times: number[] = [];
  const cpuTimes: number[] = [];
  for (const copies of [1, 4, 16]) {
    const text = Array.from({ length: copies }, () => page).join('\f');
    structureText(text, { fileName: 'bench.txt', checkLanguage: false });
    const runs: number[] = [];
    const cpuRuns: number[] = [];
    for (let round = 0; round < ROUNDS; round += 1) {
      const started = performance.now();
      const startedCpu = process.cpuUsage();
      structureText(text, { fileName: 'bench.txt', checkLanguage: false });
      const usage = process.cpuUsage(startedCpu);
      runs.push((performance.now() - started) / copies);
      cpuRuns.push((usage.user + usage.system) / 1000 / copies);
    }
    times.push(median(runs));
    cpuTimes.push(median(cpuRuns));
  }
  const relative = (list: number[]): string => list.map((time) => (time / (list[0] ?? 1)).toFixed(2)).join(', ');
  console.log(`\npage layout, time per copy of one article at 1, 4 and 16 copies: ${relative(times)}; in CPU time ${relative(cpuTimes)} (linear: about 1 each)`);
}

export default async function (): Promise<void> {
  const lexicon = getFrenchLexicon();
  console.log(`lexicon: ${lexicon.source}, ${lexicon.size} words, loaded once in ${lexicon.loadMilliseconds.toFixed(0)} ms`);
  compare('seed print layout', buildCorpus());
  const pages = readPages();
  compare('extracted pages (pdftotext default, -raw, -layout, OCR-like)', buildFrom(pages));
  const longest = [...pages].sort((a, b) => b.length - a.length)[0];
  if (longest !== undefined) linearity(longest);
}
