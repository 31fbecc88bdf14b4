/**
 * Reading a 4-page PDF (an A5 two-column article over four pages): `structurePdf` (pdf.js
 * text layer with fonts, layout, hyphens, segmentation) against two baselines measured in the
 * same run on the same file: pdf.js's bare `getTextContent` over every page, in this process,
 * and `pdftotext` (poppler), a separate process per run, when it is installed. Target: the
 * whole read under a second. Reported warm (pdf.js and the lexicon already loaded: the case of
 * every article after the first in a build) and cold (a fresh process's first PDF, module
 * loading included), as medians. Cold is also measured as a user meets it: the whole installed
 * command, `node dist/cli/bilingual.cjs segment <the PDF>`, against `node -e 0` (the least a Node
 * process costs) and `pdftotext` in paired rounds, as `cli-startup.bench.ts` does: each round runs
 * every contender once, and a ratio is the median over the rounds of the contender's time over
 * the baseline's in the same round, so that load from other processes hits both sides alike.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { readPdf } from '../src/ingest/read-pdf.ts';
import { getFrenchLexicon } from '../src/layout/french-lexicon.ts';
import { structurePdf } from '../src/structure.ts';
import { COMPILED_CLI, ensureBuilt } from './ensure-built.ts';

const FILE = new URL('../test/fixtures/pdf/articles/regional-news-roundup/regional-news-roundup.latex-a5-2col.pdf', import.meta.url);
const ROOT = fileURLToPath(new URL('..', import.meta.url));
/** Rounds per contender, alternated so that load from other processes hits all alike. @default 7 */
const ROUNDS = 7;
/** Fresh processes for the cold read. @default 3 */
const COLD_RUNS = 3;
/** Paired rounds of whole processes, after one that warms the disk cache and the compiled lexicon. @default 7 */
const PROCESS_ROUNDS = 7;

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
}

interface Timing {
  wall: number;
  /** CPU time of this process, every thread (pdf.js's worker included): steadier on a busy machine. */
  cpu: number;
}

async function time(run: () => Promise<unknown> | unknown): Promise<Timing> {
  const started = performance.now();
  const startedCpu = process.cpuUsage();
  await run();
  const usage = process.cpuUsage(startedCpu);
  return { wall: performance.now() - started, cpu: (usage.user + usage.system) / 1000 };
}

async function bareTextContent(bytes: Uint8Array): Promise<number> {
  const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const document = await pdfjs.getDocument({ data: bytes.slice(), verbosity: pdfjs.VerbosityLevel.ERRORS, isEvalSupported: false }).promise;
  let items = 0;
  for (let number = 1; number <= document.numPages; number += 1) {
    const page = await document.getPage(number);
    items += (await page.getTextContent()).items.length;
  }
  await document.destroy();
  return items;
}

function hasPdftotext(): boolean {
  return spawnSync('pdftotext', ['-v'], { stdio: 'ignore' }).status === 0;
}

/** The first PDF of a fresh process: node start, module loading, lexicon and pdf.js included. */
function coldRead(): { total: number; inside: number; cpu: number } {
  const script = [
    `const started = performance.now();`,
    `const startedCpu = process.cpuUsage();`,
    `const { structurePdf } = await import('./src/structure.ts');`,
    `const { readFileSync } = await import('node:fs');`,
    `await structurePdf(new Uint8Array(readFileSync(${JSON.stringify(fileURLToPath(FILE))})), { fileName: 'bench.pdf' });`,
    `const usage = process.cpuUsage(startedCpu);`,
    `process.stdout.write(JSON.stringify([performance.now() - started, (usage.user + usage.system) / 1000]));`,
  ].join('\n');
  const started = performance.now();
  const output = execFileSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], { cwd: ROOT, encoding: 'utf8' });
  const [inside, cpu] = JSON.parse(output) as [number, number];
  return { total: performance.now() - started, inside, cpu };
}

/**
 * CPU time of this process's waited-for children, in milliseconds (Linux: `cutime` and `cstime`
 * of /proc/self/stat, in ticks of 10 ms), or NaN elsewhere.
 */
function childrenCpuMilliseconds(): number {
  try {
    const fields = readFileSync('/proc/self/stat', 'utf8').replace(/^.*\) /, '').split(' ');
    return (Number(fields[13]) + Number(fields[14])) * 10;
  } catch {
    return Number.NaN;
  }
}

interface ProcessContender {
  name: string;
  command: string;
  args: string[];
}

function runProcess(contender: ProcessContender): Timing {
  const cpuBefore = childrenCpuMilliseconds();
  const started = performance.now();
  const run = spawnSync(contender.command, contender.args, { cwd: ROOT, stdio: ['ignore', 'ignore', 'pipe'], env: { ...process.env, NODE_OPTIONS: '' } });
  const wall = performance.now() - started;
  if (run.status !== 0) throw new Error(`${contender.name} exited ${run.status}: ${run.stderr.toString().slice(0, 500)}`);
  return { wall, cpu: childrenCpuMilliseconds() - cpuBefore };
}

/** The installed command on the PDF, whole, against `node -e 0` and `pdftotext`, in paired rounds. */
function wholeProcesses(withPdftotext: boolean): void {
  ensureBuilt();
  const file = fileURLToPath(FILE);
  const contenders: ProcessContender[] = [
    { name: 'node -e 0 (baseline)', command: process.execPath, args: ['-e', '0'] },
    { name: 'bilingual segment <the PDF> (dist/)', command: process.execPath, args: [COMPILED_CLI, 'segment', file] },
    ...(withPdftotext ? [{ name: 'pdftotext <the PDF> -', command: 'pdftotext', args: ['-enc', 'UTF-8', file, '-'] }] : []),
  ];
  for (const contender of contenders) runProcess(contender);
  const timings = contenders.map(() => [] as Timing[]);
  for (let round = 0; round < PROCESS_ROUNDS; round += 1) contenders.forEach((contender, index) => timings[index]!.push(runProcess(contender)));
  const baseline = timings[0]!;
  console.log(`\nwhole processes, ${PROCESS_ROUNDS} paired rounds, medians (CPU: the process's user and system time, every thread)`);
  console.log('| process | time | ratio to node -e 0 | CPU | CPU ratio |');
  console.log('| --- | ---: | ---: | ---: | ---: |');
  contenders.forEach((contender, index) => {
    const runs = timings[index]!;
    const ratio = median(runs.map((timing, round) => timing.wall / baseline[round]!.wall));
    const cpu = median(runs.map((timing) => timing.cpu));
    const cpuRatio = cpu / median(baseline.map((timing) => timing.cpu));
    console.log(`| ${contender.name} | ${median(runs.map((timing) => timing.wall)).toFixed(0)} ms | ${ratio.toFixed(2)}x | ${cpu.toFixed(0)} ms | ${cpuRatio.toFixed(2)}x |`);
  });
  const segment = timings[1]!;
  console.log(`target: the installed command reads the 4-page PDF in under 1000 ms (${median(segment.map((timing) => timing.wall)) < 1000 ? 'met' : 'missed'} in wall time, ${median(segment.map((timing) => timing.cpu)) < 1000 ? 'met' : 'missed'} in CPU time)`);
}

export default async function (): Promise<void> {
  const bytes = new Uint8Array(readFileSync(FILE));
  getFrenchLexicon();
  const pages = (await readPdf(bytes, 'bench.pdf')).pages.length;
  await structurePdf(bytes, { fileName: 'bench.pdf' });
  await bareTextContent(bytes);
  const withPdftotext = hasPdftotext();
  const timings = { bare: [] as Timing[], read: [] as Timing[], structure: [] as Timing[], pdftotext: [] as Timing[] };
  for (let round = 0; round < ROUNDS; round += 1) {
    timings.bare.push(await time(() => bareTextContent(bytes)));
    timings.read.push(await time(() => readPdf(bytes, 'bench.pdf')));
    timings.structure.push(await time(() => structurePdf(bytes, { fileName: 'bench.pdf' })));
    if (withPdftotext) timings.pdftotext.push(await time(() => execFileSync('pdftotext', ['-enc', 'UTF-8', fileURLToPath(FILE), '-'])));
  }
  const wall = (list: Timing[]): number => median(list.map((timing) => timing.wall));
  const cpu = (list: Timing[]): number => median(list.map((timing) => timing.cpu));
  const bare = wall(timings.bare);
  const read = wall(timings.read);
  const structure = wall(timings.structure);
  console.log(`file: ${pages} pages, ${(bytes.byteLength / 1024).toFixed(0)} KB; median of ${ROUNDS} alternated rounds, warm; wall time (CPU time of this process)`);
  console.log(`pdf.js getTextContent alone (baseline): ${bare.toFixed(0)} ms (${cpu(timings.bare).toFixed(0)} ms)`);
  if (withPdftotext) console.log(`pdftotext, a process per run (baseline): ${wall(timings.pdftotext).toFixed(0)} ms`);
  console.log(
    `readPdf (text layer and font names): ${read.toFixed(0)} ms (${cpu(timings.read).toFixed(0)} ms), ` +
      `${(read / bare).toFixed(2)}x getTextContent (${(cpu(timings.read) / cpu(timings.bare)).toFixed(2)}x in CPU time)`,
  );
  console.log(
    `structurePdf (read, layout, hyphens, sentences): ${structure.toFixed(0)} ms (${cpu(timings.structure).toFixed(0)} ms), ` +
      `${(structure / bare).toFixed(2)}x getTextContent (${(cpu(timings.structure) / cpu(timings.bare)).toFixed(2)}x in CPU time)` +
      (withPdftotext ? `, ${(structure / wall(timings.pdftotext)).toFixed(1)}x pdftotext` : ''),
  );
  const cold = Array.from({ length: COLD_RUNS }, coldRead);
  console.log(
    `cold, a fresh process's first PDF: ${median(cold.map((run) => run.inside)).toFixed(0)} ms ` +
      `(${median(cold.map((run) => run.cpu)).toFixed(0)} ms CPU, all threads) from the first import to the structured article, ` +
      `${median(cold.map((run) => run.total)).toFixed(0)} ms with node's own start; median of ${COLD_RUNS}`,
  );
  console.log(`target: under 1000 ms for the ${pages}-page read (warm ${structure < 1000 ? 'met' : 'missed'})`);
  wholeProcesses(withPdftotext);
}
