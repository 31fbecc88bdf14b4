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
import { basename } from 'node:path';
import { structureText } from '../src/structure.ts';
import { buildCorpus, buildFrom, readPages } from './structure.bench.ts';

interface CallFrame {
  functionName: string;
  url: string;
}
interface ProfileNode {
  id: number;
  callFrame: CallFrame;
  children?: number[];
}
interface Profile {
  nodes: ProfileNode[];
  samples: number[];
}

function option(name: string, fallback: number): number {
  const at = process.argv.indexOf(name);
  const value = at === -1 ? Number.NaN : Number(process.argv[at + 1]);
  return Number.isFinite(value) && value > 0 ? value : fallback;
}

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
const { profile } = (await session.post('Profiler.stop')) as unknown as { profile: Profile };
session.disconnect();

const byId = new Map(profile.nodes.map((node) => [node.id, node]));
const selfSamples = new Map<number, number>();
for (const id of profile.samples) selfSamples.set(id, (selfSamples.get(id) ?? 0) + 1);
const inclusive = new Map<number, number>();
function inclusiveOf(id: number): number {
  const known = inclusive.get(id);
  if (known !== undefined) return known;
  const node = byId.get(id) as ProfileNode;
  let count = selfSamples.get(id) ?? 0;
  for (const child of node.children ?? []) count += inclusiveOf(child);
  inclusive.set(id, count);
  return count;
}
const nameOf = (node: ProfileNode): string => `${node.callFrame.functionName || '(anonymous)'} ${basename(node.callFrame.url) || '(native)'}`;

// The stage: every node of `structureText`, outermost only.
const stage = profile.nodes.filter((node) => node.callFrame.functionName === 'structureText').map((node) => node.id);
const stageSet = new Set(stage);
const parents = new Map<number, number>();
for (const node of profile.nodes) for (const child of node.children ?? []) parents.set(child, node.id);
const outermost = stage.filter((id) => {
  for (let parent = parents.get(id); parent !== undefined; parent = parents.get(parent)) if (stageSet.has(parent)) return false;
  return true;
});
const stageTotal = outermost.reduce((sum, id) => sum + inclusiveOf(id), 0);
const share = (count: number): string => `${((100 * count) / Math.max(1, stageTotal)).toFixed(1).padStart(5)}%`;

console.log(`## structure stage profile: ${corpusName === 'print' ? 'seed print layout' : 'extracted pages'}`);
console.log(`\n${corpus.length} texts, ${megabytes.toFixed(2)} MB, ${rounds} rounds after one warm-up: ${((used.user + used.system) / 1000 / rounds).toFixed(0)} ms of CPU a round (profiler on)`);
const all = profile.samples.length;
const collector = profile.nodes.filter((node) => node.callFrame.functionName === '(garbage collector)').reduce((sum, node) => sum + (selfSamples.get(node.id) ?? 0), 0);
console.log(`samples: ${all}; in structureText ${((100 * stageTotal) / all).toFixed(1)}%, the garbage collector ${((100 * collector) / all).toFixed(1)}% (shares below are of structureText's samples)`);

console.log(`\n### steps (inclusive, merged over callers, depth ${depth}, at least ${SMALLEST_STEP}%)\n`);
function printSteps(ids: readonly number[], level: number, levelsUsed: number): void {
  const groups = new Map<string, number[]>();
  let own = 0;
  for (const id of ids) {
    own += selfSamples.get(id) ?? 0;
    for (const child of byId.get(id)?.children ?? []) {
      const name = nameOf(byId.get(child) as ProfileNode);
      groups.set(name, [...(groups.get(name) ?? []), child]);
    }
  }
  const indent = '    '.repeat(level);
  if (own > 0 && (100 * own) / stageTotal >= SMALLEST_STEP) console.log(`${indent}${share(own)} (its own code)`);
  const sorted = [...groups].map(([name, children]) => [name, children, children.reduce((sum, id) => sum + inclusiveOf(id), 0)] as const).sort((a, b) => b[2] - a[2]);
  for (const [name, children, count] of sorted) {
    if ((100 * count) / stageTotal < SMALLEST_STEP) continue;
    console.log(`${indent}${share(count)} ${name}`);
    // A step holding most of the stage (layoutText, layoutPrint, layoutPage) costs no level:
    // the steps worth reading are under it.
    const used = count >= stageTotal * WRAPPER_SHARE ? levelsUsed : levelsUsed + 1;
    if (used < depth) printSteps(children, level + 1, used);
  }
}
printSteps(outermost, 0, 0);

/** Self samples of every node under the stage, by function and by module. */
const selfByFunction = new Map<string, number>();
const selfByModule = new Map<string, number>();
function collectSelf(id: number): void {
  const node = byId.get(id) as ProfileNode;
  const count = selfSamples.get(id) ?? 0;
  if (count > 0) {
    const name = nameOf(node);
    selfByFunction.set(name, (selfByFunction.get(name) ?? 0) + count);
    const module = basename(node.callFrame.url) || node.callFrame.functionName;
    selfByModule.set(module, (selfByModule.get(module) ?? 0) + count);
  }
  for (const child of node.children ?? []) collectSelf(child);
}
for (const id of outermost) collectSelf(id);
const listTop = (counts: Map<string, number>): void => {
  for (const [name, count] of [...counts].sort((a, b) => b[1] - a[1]).slice(0, top)) console.log(`${share(count)} ${name}`);
};
console.log(`\n### functions by their own samples (top ${top}; regular expressions' compiled code shows as \`RegExp: ...\`)\n`);
listTop(selfByFunction);
console.log(`\n### modules by their functions' own samples (top ${top})\n`);
listTop(selfByModule);
