/**
 * The whole `build()` (ingest → layout → segment → translate → align → QA → render → write)
 * with the offline engine on a generated corpus: the seed and the print test articles, each
 * varied (numbers, places, people, days, months, nationalities rotated) so most paragraphs are
 * new text the cache has not seen. Written to a temporary folder, removed afterwards.
 *
 * Each measurement runs in its own Node process so memory figures are not those of the
 * benches before it: a baseline process that only loads the modules, then one build of
 * `SMALL_CORPUS` and one of `LARGE_CORPUS` articles, each run twice on the same cache (cold:
 * everything sent to the engine; warm: nothing sent). Reported: articles/s, warm vs cold, the
 * share of time per stage (from the pipeline's own events), and peak RSS and heap against the
 * baseline process, small corpus against large, to show memory does not grow with the corpus.
 */
import { spawn } from 'node:child_process';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadConfig } from '../src/config/load.ts';
import { build, type PipelineEvent } from '../src/pipeline.ts';
import { DEFAULT_MODES_DIR } from '../src/providers/apertium/index.ts';

const SOURCES = [
  '../seeds/g20-syria-talks-2016.txt',
  '../test/fixtures/articles/budget-deficit.print.txt',
  '../test/fixtures/articles/climate-ratification.print.txt',
  '../test/fixtures/articles/paris-municipal-alliance.print.txt',
];
/** Articles in the small build. @default 10 */
const SMALL_CORPUS = 10;
/** Articles in the large build: four times the small one, to see what grows with the corpus. @default 40 */
const LARGE_CORPUS = 40;
/** How often memory is sampled during a build, in milliseconds. @default 25 */
const SAMPLE_EVERY_MS = 25;
/** Set in the measuring child process: what it runs. */
const CHILD_VARIABLE = 'BILINGUAL_PIPELINE_BENCH_CHILD';

/**
 * Interchangeable words, each list rotated by the variant number. Places are split by their
 * first letter so `d'Alep` stays `d'Ankara` and `de Genève` stays `de Pékin`.
 */
const ROTATIONS = [
  ['Alep', 'Ankara', 'Amman', 'Athènes', 'Oslo', 'Istanbul', 'Erevan', 'Abuja', 'Alger', 'Ottawa', 'Acapulco'],
  ['Genève', 'Pékin', 'Paris', 'Moscou', 'Hangzhou', 'Washington', 'Lyon', 'Berlin', 'Rome', 'Madrid', 'Vienne'],
  ['Obama', 'Poutine', 'Kerry', 'Lavrov', 'Peskov', 'Fabius', 'Sapin', 'Rabault', 'Durand', 'Hollande', 'Merkel', 'Renzi'],
  ['hier', 'lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi', 'dimanche', 'avant-hier', 'ce matin', 'ce soir'],
  ['Russes', 'Américains', 'Chinois', 'Allemands', 'Britanniques', 'Italiens', 'Japonais', 'Canadiens', 'Espagnols', 'Turcs', 'Grecs'],
  ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'septembre', 'octobre', 'novembre', 'décembre'],
];

/** Variant `index` of a print-layout article: same layout and furniture, other numbers and names. */
export function articleVariant(text: string, index: number): string {
  let out = text.replace(/\d+/g, (digits) => String((Number(digits) + index) % 10 ** digits.length).padStart(digits.length, '1'));
  for (const words of ROTATIONS) {
    let count = 0;
    const pattern = new RegExp(`(?<!\\p{L})(?:${words.join('|')})(?!\\p{L})`, 'gu');
    out = out.replace(pattern, (word) => words[(words.indexOf(word) + index + count++) % words.length]!);
  }
  return out;
}

/** `count` articles, cycling through the sources, the k-th use of a source being its variant k. */
function corpus(count: number): string[] {
  const originals = SOURCES.map((path) => readFileSync(new URL(path, import.meta.url), 'utf8'));
  return Array.from({ length: count }, (_, index) => articleVariant(originals[index % originals.length]!, Math.floor(index / originals.length)));
}

interface MemoryPeak {
  rssMegabytes: number;
  heapUsedMegabytes: number;
  /** Resident memory of the engine's programs (children of this one), summed. */
  engineRssMegabytes: number;
}

interface RunResult {
  seconds: number;
  articles: number;
  failures: number;
  sentences: number;
  segmentsSent: number;
  cacheHits: number;
  requests: number;
  /** Seconds per stage, summed over articles. */
  stages: Record<Stage, number>;
  peak: MemoryPeak;
}

type Stage = 'start and stop (engine, cache)' | 'ingest + layout + segment' | 'translate' | 'align + QA + render + write';

interface ChildReport {
  modulesLoaded: { rssMegabytes: number; heapUsedMegabytes: number };
  runs: RunResult[];
  maxRssMegabytes: number;
}

const megabytes = (bytes: number) => bytes / 1024 / 1024;

/** Names of the programs an Apertium mode runs (other children, such as tsx's esbuild service, are not the engine). */
const ENGINE_PROGRAM = /^(?:lt-|lrx-|apertium|cg-|hfst-|vislcg)/;

/** Sum of VmRSS of this process's children that are Apertium programs, from /proc. */
function childrenRssMegabytes(): number {
  let kilobytes = 0;
  let entries: string[];
  try {
    entries = readdirSync('/proc');
  } catch {
    return 0; // not Linux
  }
  for (const entry of entries) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const status = readFileSync(`/proc/${entry}/status`, 'utf8');
      if (Number(/^PPid:\s+(\d+)/m.exec(status)?.[1]) !== process.pid) continue;
      if (!ENGINE_PROGRAM.test(/^Name:\s+(\S+)/m.exec(status)?.[1] ?? '')) continue;
      kilobytes += Number(/^VmRSS:\s+(\d+)/m.exec(status)?.[1] ?? 0);
    } catch {
      // the process ended while we looked
    }
  }
  return kilobytes / 1024;
}

function sampleMemory(): { stop: () => MemoryPeak } {
  const peak: MemoryPeak = { rssMegabytes: 0, heapUsedMegabytes: 0, engineRssMegabytes: 0 };
  let ticks = 0;
  const sample = () => {
    const usage = process.memoryUsage();
    peak.rssMegabytes = Math.max(peak.rssMegabytes, megabytes(usage.rss));
    peak.heapUsedMegabytes = Math.max(peak.heapUsedMegabytes, megabytes(usage.heapUsed));
    // Reading /proc is slower: every fourth tick is enough for processes whose size barely moves.
    if (ticks++ % 4 === 0) peak.engineRssMegabytes = Math.max(peak.engineRssMegabytes, childrenRssMegabytes());
  };
  sample();
  const timer = setInterval(sample, SAMPLE_EVERY_MS);
  return {
    stop: () => {
      clearInterval(timer);
      sample();
      return peak;
    },
  };
}

/** In the child: one build of `inputDir`, timed per stage from the pipeline's events, with memory sampled. */
async function measuredBuild(inputDir: string, outDir: string, cachePath: string): Promise<RunResult> {
  const config = await loadConfig({ overrides: [{ path: ['cache', 'path'], value: cachePath, source: 'bench' }] });
  const stages: Record<Stage, number> = {
    'start and stop (engine, cache)': 0,
    'ingest + layout + segment': 0,
    translate: 0,
    'align + QA + render + write': 0,
  };
  let mark = performance.now();
  const until = (stage: Stage) => {
    const now = performance.now();
    stages[stage] += (now - mark) / 1000;
    mark = now;
  };
  const onEvent = (event: PipelineEvent) => {
    if (event.type === 'article-start') until('start and stop (engine, cache)'); // first one: setup; later ones: nothing between articles
    else if (event.type === 'article-structured') until('ingest + layout + segment');
    else if (event.type === 'translation-progress' && event.segmentsDone === event.segmentsTotal) until('translate');
    else if (event.type === 'article-done' || event.type === 'article-failed') until('align + QA + render + write');
  };
  const memory = sampleMemory();
  const started = performance.now();
  const summary = await build({ inputs: [inputDir], config, outDir, dryRun: false, failFast: false, onEvent });
  until('start and stop (engine, cache)');
  const seconds = (performance.now() - started) / 1000;
  return {
    seconds,
    articles: summary.articles.length,
    failures: summary.failures,
    sentences: summary.sentences,
    segmentsSent: summary.segmentsSent,
    cacheHits: summary.cacheHits,
    requests: summary.requests,
    stages,
    peak: memory.stop(),
  };
}

async function runChild(): Promise<void> {
  const task = JSON.parse(process.env[CHILD_VARIABLE]!) as { inputDir?: string; outDir: string; cachePath: string; runs: number };
  const usage = process.memoryUsage();
  const report: ChildReport = {
    modulesLoaded: { rssMegabytes: megabytes(usage.rss), heapUsedMegabytes: megabytes(usage.heapUsed) },
    runs: [],
    maxRssMegabytes: 0,
  };
  for (let run = 0; run < task.runs && task.inputDir; run += 1) {
    report.runs.push(await measuredBuild(task.inputDir, task.outDir, task.cachePath));
    // The engine's programs were killed at the end of the build; let them go before the next
    // run so their memory is not counted there.
    for (let waited = 0; waited < 2_000 && childrenRssMegabytes() > 0; waited += 50) await new Promise((resolve) => setTimeout(resolve, 50));
  }
  report.maxRssMegabytes = process.resourceUsage().maxRSS / 1024;
  process.stdout.write(`RESULT ${JSON.stringify(report)}\n`);
}

/** Runs this file in a fresh Node process as the measuring child. */
function child(task: { inputDir?: string; outDir: string; cachePath: string; runs: number }): Promise<ChildReport> {
  const repository = fileURLToPath(new URL('..', import.meta.url));
  return new Promise((resolve, reject) => {
    const process_ = spawn(process.execPath, ['--import', 'tsx', fileURLToPath(import.meta.url)], {
      cwd: repository,
      env: { ...process.env, [CHILD_VARIABLE]: JSON.stringify(task) },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    let errors = '';
    process_.stdout.setEncoding('utf8').on('data', (data: string) => (out += data));
    process_.stderr.setEncoding('utf8').on('data', (data: string) => (errors += data));
    process_.on('error', reject);
    process_.on('close', (code) => {
      const line = out.split('\n').find((candidate) => candidate.startsWith('RESULT '));
      if (code === 0 && line) resolve(JSON.parse(line.slice('RESULT '.length)) as ChildReport);
      else reject(new Error(`the measuring process exited with code ${code}: ${errors.trim().split('\n').slice(-3).join(' ')}`));
    });
  });
}

const fixed = (value: number, digits = 1) => value.toFixed(digits);

function stageShares(run: RunResult): string {
  const total = Object.values(run.stages).reduce((sum, value) => sum + value, 0);
  return Object.entries(run.stages)
    .map(([stage, seconds]) => `${stage} ${fixed((100 * seconds) / total, 0)}%`)
    .join(', ');
}

export default async function (): Promise<void> {
  if (!['fr-es', 'spa-eng'].every((mode) => existsSync(`${DEFAULT_MODES_DIR}/${mode}.mode`))) {
    console.log('skipped: Apertium with the fr-es and eng-spa pairs is not installed (npm run setup)');
    return;
  }
  const work = await mkdtemp(join(tmpdir(), 'bilingual-pipeline-bench-'));
  try {
    const articles = corpus(LARGE_CORPUS);
    const folders: Record<number, string> = {};
    for (const size of [SMALL_CORPUS, LARGE_CORPUS]) {
      folders[size] = join(work, `in-${size}`);
      await mkdir(folders[size]!);
      for (const [index, text] of articles.slice(0, size).entries()) {
        await writeFile(join(folders[size]!, `article-${String(index + 1).padStart(2, '0')}.txt`), text);
      }
    }
    const baseline = await child({ outDir: join(work, 'out-baseline'), cachePath: join(work, 'baseline.sqlite'), runs: 0 });
    const results: Record<number, ChildReport> = {};
    for (const size of [SMALL_CORPUS, LARGE_CORPUS]) {
      results[size] = await child({ inputDir: folders[size], outDir: join(work, `out-${size}`), cachePath: join(work, `cache-${size}.sqlite`), runs: 2 });
    }

    const small = results[SMALL_CORPUS]!;
    const large = results[LARGE_CORPUS]!;
    const [coldLarge, warmLarge] = large.runs as [RunResult, RunResult];
    const [coldSmall, warmSmall] = small.runs as [RunResult, RunResult];
    const rate = (run: RunResult) => run.articles / run.seconds;
    const units = coldLarge.segmentsSent + coldLarge.cacheHits;
    console.log(
      `corpus: ${LARGE_CORPUS} print-layout articles varied from ${SOURCES.length} (${coldLarge.sentences} sentences; ` +
        `${coldLarge.segmentsSent} of ${units} distinct paragraphs, ${fixed((100 * coldLarge.segmentsSent) / units, 0)}%, sent on the cold run), ` +
        `engine Apertium, one Node process per build, ${coldLarge.failures + warmLarge.failures} failed articles\n`,
    );
    console.log('| build | articles/s | seconds | sent to the engine | requests | warm vs cold |');
    console.log('|---|---:|---:|---:|---:|---:|');
    for (const [size, cold, warm] of [[SMALL_CORPUS, coldSmall, warmSmall], [LARGE_CORPUS, coldLarge, warmLarge]] as const) {
      console.log(`| ${size} articles, cold cache | ${fixed(rate(cold))} | ${fixed(cold.seconds, 2)} | ${cold.segmentsSent} | ${cold.requests} | |`);
      console.log(`| ${size} articles, warm cache | ${fixed(rate(warm))} | ${fixed(warm.seconds, 2)} | ${warm.segmentsSent} | ${warm.requests} | ${fixed(rate(warm) / rate(cold), 2)}x faster |`);
    }
    console.log(`\ntime per stage, ${LARGE_CORPUS} articles, cold: ${stageShares(coldLarge)}`);
    console.log(`time per stage, ${LARGE_CORPUS} articles, warm: ${stageShares(warmLarge)}`);

    const base = baseline.modulesLoaded;
    console.log(`\nmemory, against a process that only loads the modules (RSS ${fixed(base.rssMegabytes)} MB, heap ${fixed(base.heapUsedMegabytes)} MB):\n`);
    console.log('| build | peak RSS MB | vs baseline | peak heap used MB | vs baseline | Apertium programs RSS MB |');
    console.log('|---|---:|---:|---:|---:|---:|');
    for (const [label, run] of [
      [`${SMALL_CORPUS} articles, cold`, coldSmall],
      [`${SMALL_CORPUS} articles, warm`, warmSmall],
      [`${LARGE_CORPUS} articles, cold`, coldLarge],
      [`${LARGE_CORPUS} articles, warm`, warmLarge],
    ] as const) {
      console.log(
        `| ${label} | ${fixed(run.peak.rssMegabytes)} | ${fixed(run.peak.rssMegabytes / base.rssMegabytes, 2)}x | ` +
          `${fixed(run.peak.heapUsedMegabytes)} | ${fixed(run.peak.heapUsedMegabytes / base.heapUsedMegabytes, 2)}x | ${fixed(run.peak.engineRssMegabytes)} |`,
      );
    }
    const growth = (large.maxRssMegabytes - small.maxRssMegabytes) / (LARGE_CORPUS - SMALL_CORPUS);
    console.log(
      `\nmax RSS of the whole process (getrusage), ${LARGE_CORPUS} vs ${SMALL_CORPUS} articles: ` +
        `${fixed(large.maxRssMegabytes)} / ${fixed(small.maxRssMegabytes)} MB = ${fixed(large.maxRssMegabytes / small.maxRssMegabytes, 2)}x ` +
        `for ${LARGE_CORPUS / SMALL_CORPUS}x the articles (${fixed(growth * 1024, 0)} KB per extra article)`,
    );
  } finally {
    await rm(work, { recursive: true, force: true });
  }
}

if (process.env[CHILD_VARIABLE] && process.argv[1] === fileURLToPath(import.meta.url)) await runChild();
