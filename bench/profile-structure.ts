/**
 * Where the structure stage's time goes: a CPU profile of `structureText` over the structure
 * bench's corpus (`structure.bench.ts`: about 3 MB of extracted pages, or of the seed's print
 * layout), taken in this process by the inspector after a warm-up, and read back as
 *
 * - the steps: each function `structureText` calls, and what they call, down to `--depth`
 *   levels, with its share of the stage's samples (inclusive: what it calls counts), merged over
 *   every place it was called from;
 * - the functions that spend the most samples in their own code (self), and the modules;
 * - the collector's share, which no step is charged with.
 *
 * Shares of samples, not times, so that a loaded machine changes them less than it changes the
 * bench's ratios. Not a bench (no baseline, nothing timed against anything): `npm run bench`
 * does not run it. Run as
 *
 *   node --import tsx bench/profile-structure.ts [pages|print] [--rounds N] [--depth N] [--top N]
 *
 * Functions the compiler inlined are charged to their caller; under tsx every function is
 * named, as in `dist/`.
 */
import { Session } from 'node:inspector/promises';
import { structureText } from '../src/structure.ts';
import { readStage, type CpuProfile, type Step } from './cpu-profile-steps.ts';
import { buildCorpus, buildFrom, readPages, option } from './structure.bench.ts';

const corpusName = process.argv.includes('print') ? 'print' : 'pages';
const rounds = option('--rounds', 3);
const depth = option('--depth', 2);
const top = option('--top', 25);
/** Steps under this share of the stage's samples are left out of the tree. @default 0.5 */
const SMALLEST_STEP = 0.5;
/** A step with this share of the stage's samples or more wraps the others: it counts no level of `--depth`. @default 0.6 */
const WRAPPER_SHARE = 0.6;

const corpus = corpusName === 'print' ? buildCorpus() : buildFrom(readPages());
const megabytes = corpus.reduce((sum, text) => sum + Buffer.byteLength(text), 0) / 1e6;
const run = (): void => {
  for (const text of corpus) structureText(text, { fileName: 'bench.txt', checkLanguage: false });
};
run();

const session = new Session();
session.connect();
await session.post('Profiler.enable');
// Every 200 µs: a finer grid than the default 1 ms, for steps of a few percent.
await session.post('Profiler.setSamplingInterval', { interval: 200 });
await session.post('Profiler.start');
const started = process.cpuUsage();
for (let round = 0; round < rounds; round += 1) run();
const used = process.cpuUsage(started);
const { profile } = (await session.post('Profiler.stop')) as unknown as { profile: CpuProfile };
session.disconnect();

const reading = readStage(profile, 'structureText', depth, WRAPPER_SHARE);
const share = (count: number): string => `${((100 * count) / Math.max(1, reading.stage)).toFixed(1).padStart(5)}%`;

console.log(`## structure stage profile: ${corpusName === 'print' ? 'seed print layout' : 'extracted pages'}`);
console.log(`\n${corpus.length} texts, ${megabytes.toFixed(2)} MB, ${rounds} rounds after one warm-up: ${((used.user + used.system) / 1000 / rounds).toFixed(0)} ms of CPU a round (profiler on)`);
const ofAll = (count: number): string => `${((100 * count) / Math.max(1, reading.samples)).toFixed(1)}%`;
console.log(`samples: ${reading.samples}; in structureText ${ofAll(reading.stage)}, the garbage collector ${ofAll(reading.collector)} (shares below are of structureText's samples)`);

console.log(`\n### steps (inclusive, merged over callers, depth ${depth}, at least ${SMALLEST_STEP}%)\n`);
function printSteps(step: Step, level: number): void {
  const indent = '    '.repeat(level);
  if (step.steps.length > 0 && (100 * step.own) / reading.stage >= SMALLEST_STEP) console.log(`${indent}${share(step.own)} (its own code)`);
  for (const child of step.steps) {
    if ((100 * child.samples) / reading.stage < SMALLEST_STEP) continue;
    console.log(`${indent}${share(child.samples)} ${child.name}`);
    printSteps(child, level + 1);
  }
}
printSteps(reading.root, 0);

const listTop = (counts: Array<[string, number]>): void => {
  for (const [name, count] of counts.slice(0, top)) console.log(`${share(count)} ${name}`);
};
console.log(`\n### functions by their own samples (top ${top}; regular expressions' compiled code shows as \`RegExp: ...\`)\n`);
listTop(reading.byFunction);
console.log(`\n### modules by their functions' own samples (top ${top})\n`);
listTop(reading.byModule);
