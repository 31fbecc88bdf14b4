/**
 * What a user sees building many articles offline: the compiled CLI (`dist/cli/bilingual.cjs
 * build <folder> --no-cache`, one whole process) on 120 distinct generated print articles with
 * Apertium, against the raw engine on the same cleaned French: every distinct block text of
 * those articles (as `structureFile` cleans them, each once, as the build sends each once)
 * piped through one `apertium -u fr-es | apertium -u spa-eng` chain for all of them.
 *
 * Contenders: the build with `providers.apertium.processes` 1 and 2, and 1 with the engine's
 * programs at Node's own priority (`providers.apertium.niceness` 0, against its default 10) (and, when
 * `OFFLINE_BUILD_BENCH_BEFORE` names another compiled `bilingual.js`, that one with 1 process,
 * to compare a change). Paired rounds: each round runs the baseline and every contender once,
 * in a rotating order; a ratio is the median over rounds of the contender's time divided by the
 * baseline's in the same round, so the load other work puts on the machine cancels out.
 *
 * CPU: for the baseline, the whole pipe's (`cutime`/`cstime`); for a build, its Node process's
 * and its engine programs' apart (sampled from /proc while it runs), to see what each needs.
 * Overlap, from the same samples: the share of the time, once the engine has started, that at
 * least one of its programs is running or ready to run (`engine busy`: the rest it waits for
 * the CLI's main thread), and how many of them are at once when one is (`programs running at
 * once`: how far its stages overlap, as the raw pipe's do). Counting runnable programs, not
 * time, these two move much less with the machine's load than the wall-clock ratio.
 */
import { spawn } from 'node:child_process';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DEFAULT_MODES_DIR } from '../src/providers/apertium/index.ts';
import { structureFile } from '../src/structure.ts';
import { articleVariant } from './pipeline.bench.ts';
import { COMPILED_CLI, ensureBuilt } from './ensure-built.ts';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const COMPILED = COMPILED_CLI;
/** Articles built. @default 120 */
const ARTICLES = 120;
/** Paired rounds. @default 3 */
const ROUNDS = Number(process.env.OFFLINE_BUILD_BENCH_ROUNDS ?? 3);
/** How often the engine's programs are sampled from /proc, in milliseconds. @default 100 */
const SAMPLE_EVERY_MS = 100;
const BASELINE_COMMAND = 'apertium -u fr-es | apertium -u spa-eng';
/** The baseline with the French file (`$1`) on the first program's input. */
const BASELINE_SCRIPT = 'apertium -u fr-es < "$1" | apertium -u spa-eng > /dev/null';
/** Names of the programs an Apertium mode runs. */
const ENGINE_PROGRAM = /^(?:lt-|lrx-|apertium|cg-|hfst-|vislcg)/;

const SOURCES = [
  join(ROOT, 'seeds', 'g20-syria-talks-2016.txt'),
  ...readdirSync(join(ROOT, 'test', 'fixtures', 'articles'))
    .filter((name) => name.endsWith('.print.txt'))
    .sort()
    .map((name) => join(ROOT, 'test', 'fixtures', 'articles', name)),
];

interface Contender {
  name: string;
  /** Undefined: the baseline. */
  cli?: string;
  processes?: number;
  /** `providers.apertium.niceness`; unset, its default. */
  niceness?: number;
  target?: string;
}

interface Timing {
  milliseconds: number;
  /** The build: CPU of the CLI's Node process. The baseline: CPU of the whole pipe. */
  cpuMilliseconds: number;
  /** The build: CPU of the engine's programs. Both sampled from /proc, so slightly under. */
  engineCpuMilliseconds: number;
  /**
   * Share of the samples, once the engine's first program had started, in which at least one
   * of its programs was running or ready to run: the rest of the time the engine had nothing
   * to do (it waited for the CLI's main thread). For the raw pipe, of its programs.
   */
  engineBusyShare: number;
  /** Engine programs running or ready to run at once, on average over those busy samples: how far its stages overlap. */
  engineParallelism: number;
}

/** CPU of this process's waited-for descendants, in milliseconds (Linux, ticks of 10 ms). */
function childrenCpuMilliseconds(): number {
  const fields = readFileSync('/proc/self/stat', 'utf8').replace(/^.*\) /, '').split(' ');
  return (Number(fields[13]) + Number(fields[14])) * 10;
}

/** How the engine's programs were seen running, over the samples taken once the first of them had started. */
interface Overlap {
  /** Samples with at least one engine program. */
  samples: number;
  /** Of those, samples with at least one engine program running or ready to run (state R). */
  busy: number;
  /** Engine programs in state R, summed over the busy samples. */
  running: number;
}

/**
 * utime + stime of `root` itself and of each engine program it started, however deep (the raw
 * pipe's programs are the grandchildren of its shell), in milliseconds; and whether, and how
 * many of, those programs are running in this sample, in `overlap`.
 */
function sampleCpu(root: number, seen: Map<number, number>, overlap: Overlap): void {
  const processes: { pid: number; parent: number; name: string; state: string; cpu: number }[] = [];
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      const name = stat.slice(stat.indexOf('(') + 1, stat.lastIndexOf(')'));
      processes.push({ pid: Number(entry), parent: Number(fields[1]), name, state: fields[0]!, cpu: (Number(fields[11]) + Number(fields[12])) * 10 });
    } catch {
      // ended while we looked
    }
  }
  const below = new Set([root]);
  let engines = 0;
  let running = 0;
  // /proc lists processes by id, and a child's id is almost always above its parent's: a few passes find every descendant.
  for (let pass = 0, grew = true; grew && pass < 4; pass += 1) {
    grew = false;
    for (const entry of processes) {
      if (below.has(entry.pid) || !below.has(entry.parent)) continue;
      below.add(entry.pid);
      grew = true;
      if (!ENGINE_PROGRAM.test(entry.name)) continue;
      seen.set(entry.pid, entry.cpu);
      engines += 1;
      if (entry.state === 'R') running += 1;
    }
  }
  const own = processes.find((entry) => entry.pid === root);
  if (own) seen.set(root, own.cpu);
  if (engines === 0) return;
  overlap.samples += 1;
  if (running > 0) overlap.busy += 1;
  overlap.running += running;
}

function runOnce(command: string, args: string[], sampleChildren: boolean): Promise<Timing> {
  const cpuBefore = childrenCpuMilliseconds();
  const started = performance.now();
  const child = spawn(command, args, { cwd: ROOT, stdio: ['ignore', 'ignore', 'pipe'], env: { ...process.env, NODE_OPTIONS: '' } });
  const seen = new Map<number, number>();
  const overlap: Overlap = { samples: 0, busy: 0, running: 0 };
  const timer = setInterval(() => sampleCpu(child.pid!, seen, overlap), SAMPLE_EVERY_MS);
  let errors = '';
  child.stderr.setEncoding('utf8').on('data', (data: string) => (errors = (errors + data).slice(-2000)));
  return new Promise((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (code) => {
      clearInterval(timer);
      const milliseconds = performance.now() - started;
      if (code !== 0) reject(new Error(`${command} ${args.join(' ')} exited ${code}: ${errors}`));
      const tree = childrenCpuMilliseconds() - cpuBefore;
      const engineBusyShare = overlap.busy / Math.max(1, overlap.samples);
      const engineParallelism = overlap.running / Math.max(1, overlap.busy);
      if (!sampleChildren) return resolve({ milliseconds, cpuMilliseconds: tree, engineCpuMilliseconds: 0, engineBusyShare, engineParallelism });
      // As last sampled: the engine's programs are killed as the CLI ends, and may never be reaped into its time.
      const node = seen.get(child.pid!) ?? 0;
      const engine = [...seen].filter(([pid]) => pid !== child.pid).reduce((sum, [, value]) => sum + value, 0);
      resolve({ milliseconds, cpuMilliseconds: node, engineCpuMilliseconds: engine, engineBusyShare, engineParallelism });
    });
  });
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
}

/** The articles, each source used in turn, its k-th use being its variant k; and the distinct block texts the build sends. */
async function makeCorpus(folder: string): Promise<{ french: string; blocks: number; characters: number }> {
  const originals = SOURCES.map((path) => readFileSync(path, 'utf8'));
  const texts = new Set<string>();
  let blocks = 0;
  for (let index = 0; index < ARTICLES; index += 1) {
    const file = join(folder, 'articles', `article-${String(index + 1).padStart(3, '0')}.txt`);
    await writeFile(file, articleVariant(originals[index % originals.length]!, Math.floor(index / originals.length)));
    const article = await structureFile(file);
    for (const block of article.blocks) {
      blocks += 1;
      texts.add(block.text);
    }
  }
  const french = [...texts].join('\n\n') + '\n';
  return { french, blocks, characters: [...texts].reduce((sum, text) => sum + text.length, 0) };
}

export default async function benchOfflineBuild(): Promise<void> {
  if (!['fr-es', 'spa-eng'].every((mode) => existsSync(`${DEFAULT_MODES_DIR}/${mode}.mode`))) {
    console.log('skipped: Apertium with the fr-es and eng-spa pairs is not installed (npm run setup)');
    return;
  }
  ensureBuilt();
  const folder = await mkdtemp(join(tmpdir(), 'bilingual-offline-build-'));
  try {
    await mkdir(join(folder, 'articles'));
    const corpus = await makeCorpus(folder);
    const frenchFile = join(folder, 'french.txt');
    await writeFile(frenchFile, corpus.french);
    const distinct = corpus.french.split('\n\n').length;
    const before = process.env.OFFLINE_BUILD_BENCH_BEFORE;
    const contenders: Contender[] = [
      { name: `raw pipe \`${BASELINE_COMMAND}\`` },
      ...(before ? [{ name: 'build, before (OFFLINE_BUILD_BENCH_BEFORE), processes: 1', cli: before, processes: 1 }] : []),
      { name: 'build, processes: 1', cli: COMPILED, processes: 1, target: '≤ 1.3x' },
      { name: 'build, processes: 2', cli: COMPILED, processes: 2, target: 'faster than 1 process' },
      { name: 'build, processes: 1, niceness: 0 (the engine as Node)', cli: COMPILED, processes: 1, niceness: 0 },
    ];
    // Each build writes a folder of its own, all of them removed at the end only: on an ext4
    // without a journal (this machine's), a file created within a minute or so of others being
    // deleted in the same block group has the allocator read past each of their inodes first,
    // which charged 0.4–0.8 s of system CPU to whichever build followed the removal of the
    // one before (docs/benchmarks.md, session 29). A user's build does not follow its own
    // deletion of 961 files; the bench's builds should not either.
    const run = (contender: Contender, index: number, round: number) =>
      contender.cli === undefined
        ? runOnce('sh', ['-c', BASELINE_SCRIPT, 'sh', frenchFile], false)
        : runOnce(
            process.execPath,
            [
              contender.cli,
              'build',
              join(folder, 'articles'),
              '--no-cache',
              '--out',
              join(folder, `out-${round}-${index}`),
              '--set',
              `providers.apertium.processes=${contender.processes}`,
              ...(contender.niceness === undefined ? [] : ['--set', `providers.apertium.niceness=${contender.niceness}`]),
            ],
            true,
          );
    const load = [loadavg()[0]!];
    const timings = contenders.map(() => [] as Timing[]);
    for (let round = 0; round < ROUNDS; round += 1) {
      // Rotate who goes first, so no contender always follows the same neighbour.
      for (let step = 0; step < contenders.length; step += 1) {
        const index = (round + step) % contenders.length;
        timings[index]!.push(await run(contenders[index]!, index, round));
      }
      load.push(loadavg()[0]!);
    }
    console.log(
      `${ARTICLES} articles (${SOURCES.length} sources, each varied), ${corpus.blocks} blocks, ${distinct} distinct (${corpus.characters.toLocaleString('en')} characters) sent; ` +
        `${ROUNDS} paired rounds, medians; load average (1 min) ${Math.min(...load).toFixed(1)}–${Math.max(...load).toFixed(1)} on ${availableParallelism()} cores\n`,
    );
    console.log('| contender | time | ratio to the raw pipe | CPU: the pipe / the CLI\'s Node process | CPU: engine programs | engine busy | programs running at once | target |');
    console.log('| --- | ---: | ---: | ---: | ---: | ---: | ---: | --- |');
    const baseline = timings[0]!;
    contenders.forEach((contender, index) => {
      const runs = timings[index]!;
      const ratio = median(runs.map((timing, round) => timing.milliseconds / baseline[round]!.milliseconds));
      const wall = median(runs.map((timing) => timing.milliseconds));
      const cpu = median(runs.map((timing) => timing.cpuMilliseconds));
      const engine = contender.cli === undefined ? '' : `${(median(runs.map((timing) => timing.engineCpuMilliseconds)) / 1000).toFixed(1)} s (${(median(runs.map((timing) => timing.engineCpuMilliseconds / timing.milliseconds)) * 100).toFixed(0)}% of a core)`;
      const busy = median(runs.map((timing) => timing.engineBusyShare));
      const parallelism = median(runs.map((timing) => timing.engineParallelism));
      console.log(
        `| ${contender.name} | ${(wall / 1000).toFixed(2)} s | ${ratio.toFixed(2)}x | ${(cpu / 1000).toFixed(1)} s (${((cpu / wall) * 100).toFixed(0)}% of a core) | ${engine} | ${(busy * 100).toFixed(0)}% | ${parallelism.toFixed(1)} | ${contender.target ?? ''} |`,
      );
    });
  } finally {
    await rm(folder, { recursive: true, force: true });
  }
}
