/**
 * The timeline of one offline build, span by span: the bench's 120 articles built by a
 * compiled CLI (`build <folder> --no-cache`), with `offline-build-trace.cjs` preloaded to note
 * its spawns, the engine chain's writes and answers, its progress lines and its exit, while
 * this process samples /proc every 10 ms: both CPUs' idle time, the CLI's main thread (running,
 * waiting for a core, or asleep: `schedstat`), its threads and the engine's programs ready to
 * run, and the CPU of each. Not part of `npm run bench` (no `.bench.ts`): run it by hand.
 *
 *   node --import tsx bench/offline-build-timeline.ts [cli.cjs ...]
 *
 * Several CLIs (the default: this checkout's `dist/cli/bilingual.cjs`) are built alternately,
 * `TIMELINE_ROUNDS` times (default 1), each into a fresh output folder. For every build: the
 * spans between its marks (process start, preload, the engine spawned, the first article
 * structured, the first request written into the chain, its first answer, the first article
 * written, the last request written, the last answer, the last article written, the summary,
 * stdout, the `exit` event, the process gone) with, in each, the main thread's time running /
 * waiting for a core / asleep, the Node process's and the engine's CPU, the share of samples
 * with an engine program ready to run, and how far the build's own runnable threads fell short
 * of the two cores (`short of 2`: a quiet machine's idle core time, which a loaded one hides
 * in its idle column; a thread waiting for a core still counts as runnable, so at a high load
 * this share is a floor).
 */
import { spawn } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { articleVariant } from './pipeline.bench.ts';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const TRACE = join(ROOT, 'bench', 'offline-build-trace.cjs');
const ARTICLES = 120;
const SAMPLE_EVERY_MS = 10;
const ROUNDS = Number(process.env.TIMELINE_ROUNDS ?? 1);
/** Linux's clock ticks (`USER_HZ`), in which /proc counts CPU time. */
const TICK_MS = 10;

interface Sample {
  at: number;
  /** Idle and total ticks of every CPU (/proc/stat). */
  idle: number;
  total: number;
  /** CPU of the main thread and of the whole Node process, in ms. */
  main: number;
  node: number;
  /** CPU of every descendant seen so far (the engine's shells and programs), in ms. */
  engine: number;
  /** The main thread's time running and waiting for a core, in ms (schedstat). */
  mainRun: number;
  mainQueued: number;
  /** Threads of the Node process, and engine programs, ready to run. */
  nodeReady: number;
  engineReady: number;
}

function statFields(path: string): string[] | undefined {
  try {
    const text = readFileSync(path, 'utf8');
    return text.slice(text.lastIndexOf(')') + 2).split(' ');
  } catch {
    return undefined;
  }
}

function sample(pid: number, engineCpu: Map<number, number>, last: Sample | undefined): Sample {
  const cpus = readFileSync('/proc/stat', 'utf8').split('\n')[0]!.split(/\s+/).slice(1, 8).map(Number);
  const main = statFields(`/proc/${pid}/task/${pid}/stat`);
  const whole = statFields(`/proc/${pid}/stat`);
  let nodeReady = 0;
  let engineReady = 0;
  let mainRun = last?.mainRun ?? 0;
  let mainQueued = last?.mainQueued ?? 0;
  try {
    const [run, queued] = readFileSync(`/proc/${pid}/task/${pid}/schedstat`, 'utf8').split(' ').map(Number);
    mainRun = run! / 1e6;
    mainQueued = queued! / 1e6;
    for (const task of readdirSync(`/proc/${pid}/task`)) if (statFields(`/proc/${pid}/task/${task}/stat`)?.[0] === 'R') nodeReady += 1;
  } catch {
    // gone
  }
  const stack = [pid];
  while (stack.length > 0) {
    const parent = stack.pop()!;
    let tasks: string[] = [];
    try {
      tasks = readdirSync(`/proc/${parent}/task`);
    } catch {
      continue;
    }
    for (const task of tasks) {
      let children: number[] = [];
      try {
        children = readFileSync(`/proc/${parent}/task/${task}/children`, 'utf8').split(' ').filter(Boolean).map(Number);
      } catch {
        continue;
      }
      for (const child of children) {
        stack.push(child);
        const fields = statFields(`/proc/${child}/stat`);
        if (fields === undefined) continue;
        engineCpu.set(child, (Number(fields[11]) + Number(fields[12])) * TICK_MS);
        if (fields[0] === 'R') engineReady += 1;
      }
    }
  }
  const cpuOf = (fields: string[] | undefined, before: number | undefined) => (fields ? (Number(fields[11]) + Number(fields[12])) * TICK_MS : (before ?? 0));
  return {
    at: Date.now(),
    idle: cpus[3]! + cpus[4]!,
    total: cpus.reduce((sum, value) => sum + value, 0),
    main: cpuOf(main, last?.main),
    node: cpuOf(whole, last?.node),
    engine: [...engineCpu.values()].reduce((sum, value) => sum + value, 0),
    mainRun,
    mainQueued,
    nodeReady,
    engineReady,
  };
}

export interface TraceEvent {
  at: number;
  cpu: number;
  what: string;
}

async function buildOnce(cli: string, articles: string, out: string, traceFile: string): Promise<{ events: TraceEvent[]; samples: Sample[]; load: number }> {
  const load = loadavg()[0]!;
  const child = spawn(process.execPath, ['--require', TRACE, cli, 'build', articles, '--no-cache', '--out', out], {
    cwd: ROOT,
    stdio: ['ignore', 'ignore', 'ignore'],
    env: { ...process.env, NODE_OPTIONS: '', BILINGUAL_TRACE_OUT: traceFile },
  });
  const samples: Sample[] = [];
  const engineCpu = new Map<number, number>();
  const timer = setInterval(() => samples.push(sample(child.pid!, engineCpu, samples.at(-1))), SAMPLE_EVERY_MS);
  const code = await new Promise<number | null>((resolve) => child.on('exit', resolve));
  clearInterval(timer);
  const final = samples.at(-1)!;
  samples.push({ ...final, at: Date.now(), engine: [...engineCpu.values()].reduce((sum, value) => sum + value, 0), nodeReady: 0, engineReady: 0 });
  if (code !== 0) throw new Error(`${cli} build exited ${code}`);
  const events = readFileSync(traceFile, 'utf8')
    .trimEnd()
    .split('\n')
    .map((line) => {
      const [at, cpu, what] = line.split('\t');
      return { at: Number(at), cpu: Number(cpu), what: what! };
    });
  return { events, samples, load };
}

export interface Span {
  label: string;
  from: number;
  to: number;
}

/**
 * The spans between the build's marks, in time order; a mark the trace lacks (a build that
 * never wrote to an engine) is left out. The engine's chain is the spawned program written the
 * most bytes (the names' dictionaries get a few hundred a request).
 */
export function marks(events: TraceEvent[], gone: number): Span[] {
  const first = (test: (what: string) => boolean) => events.find((event) => test(event.what))?.at;
  const last = (test: (what: string) => boolean) => events.findLast((event) => test(event.what))?.at;
  const written = new Map<string, number>();
  for (const { what } of events) {
    const match = /^write#(\d+) (\d+)/.exec(what);
    if (match) written.set(match[1]!, (written.get(match[1]!) ?? 0) + Number(match[2]));
  }
  const chain = [...written].sort((a, b) => b[1] - a[1])[0]?.[0];
  const points: [string, number | undefined][] = [
    ['process start', events[0]!.at],
    ['preload', first((what) => what === 'preload')],
    ['engine spawned', first((what) => what.startsWith('spawn#'))],
    ['first article structured', first((what) => /^stderr \[1\/\d+\] .* blocks?,/.test(what))],
    ['first request written', first((what) => what.startsWith(`write#${chain} `))],
    ['first answer', first((what) => what.startsWith(`read#${chain} `))],
    ['first article written', first((what) => /^stderr \[\d+\/\d+\] .* written/.test(what))],
    ['last request written', last((what) => what.startsWith(`write#${chain} `))],
    ['last answer', last((what) => what.startsWith(`read#${chain} `))],
    ['last article written', last((what) => /^stderr \[\d+\/\d+\] .* written/.test(what))],
    ['summary', first((what) => what.startsWith('stderr Done'))],
    ['stdout', first((what) => what === 'stdout first')],
    ['exit event', first((what) => what === 'exit')],
    ['process gone', gone],
  ];
  const known = points.filter((point): point is [string, number] => point[1] !== undefined).sort((a, b) => a[1] - b[1]);
  return known.slice(1).map(([label, to], index) => ({ label: `${known[index]![0]} → ${label}`, from: known[index]![1], to }));
}

function describeSpan(span: Span, samples: Sample[], origin: number): string {
  const at = (time: number) => samples.findLast((entry) => entry.at <= time) ?? samples[0]!;
  const a = at(span.from);
  const b = at(span.to);
  const inside = samples.filter((entry) => entry.at > span.from && entry.at <= span.to);
  const engineShare = inside.filter((entry) => entry.engineReady > 0).length / Math.max(1, inside.length);
  const short = inside.reduce((sum, entry) => sum + (2 - Math.min(2, entry.nodeReady + entry.engineReady)), 0) / Math.max(1, 2 * inside.length);
  const wall = span.to - span.from;
  const run = b.mainRun - a.mainRun;
  const queued = b.mainQueued - a.mainQueued;
  const cells = [
    span.label,
    `${(span.from - origin).toFixed(0)}–${(span.to - origin).toFixed(0)}`,
    wall.toFixed(0),
    run.toFixed(0),
    queued.toFixed(0),
    Math.max(0, wall - run - queued).toFixed(0),
    String(b.node - a.node),
    String(b.engine - a.engine),
    `${(engineShare * 100).toFixed(0)}%`,
    `${(short * 100).toFixed(0)}% (${(short * wall * 2).toFixed(0)})`,
    `${(((b.idle - a.idle) / Math.max(1, b.total - a.total)) * 100).toFixed(0)}%`,
  ];
  return `| ${cells.join(' | ')} |`;
}

async function main(): Promise<void> {
  const clis = process.argv.slice(2).length > 0 ? process.argv.slice(2) : [join(ROOT, 'dist', 'cli', 'bilingual.cjs')];
  const folder = await mkdtemp(join(tmpdir(), 'bilingual-timeline-'));
  try {
    const articles = join(folder, 'articles');
    await mkdir(articles);
    const sources = [
      join(ROOT, 'seeds', 'g20-syria-talks-2016.txt'),
      ...readdirSync(join(ROOT, 'test', 'fixtures', 'articles'))
        .filter((name) => name.endsWith('.print.txt'))
        .sort()
        .map((name) => join(ROOT, 'test', 'fixtures', 'articles', name)),
    ].map((path) => readFileSync(path, 'utf8'));
    for (let index = 0; index < ARTICLES; index += 1) {
      await writeFile(join(articles, `article-${String(index + 1).padStart(3, '0')}.txt`), articleVariant(sources[index % sources.length]!, Math.floor(index / sources.length)));
    }
    for (let round = 0; round < ROUNDS; round += 1) {
      for (const [index, cli] of clis.entries()) {
        const { events, samples, load } = await buildOnce(cli, articles, join(folder, `out-${round}-${index}`), join(folder, `trace-${round}-${index}.tsv`));
        const origin = events[0]!.at;
        const gone = samples.at(-1)!.at;
        console.log(`\n### ${cli}, round ${round + 1}: ${((gone - origin) / 1000).toFixed(2)} s, load ${load.toFixed(1)}\n`);
        console.log('| span | from–to (ms) | wall | main running | main waiting for a core | main asleep | Node CPU | engine CPU | engine ready | short of 2 cores (core-ms) | machine idle |');
        console.log('| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |');
        for (const span of marks(events, gone)) console.log(describeSpan(span, samples, origin));
        console.log(describeSpan({ label: 'whole', from: origin, to: gone }, samples, origin));
      }
    }
  } finally {
    await rm(folder, { recursive: true, force: true });
  }
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) await main();
