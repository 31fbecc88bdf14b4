/**
 * How fast the installed command starts: whole `bilingual` processes (the compiled
 * `dist/cli/bilingual.cjs`, the `bin`, as `npm run setup` builds it) against `node -e 0`, the least a
 * Node process costs, in the same run. Rounds are paired, as hyperfine's are: each round runs
 * every contender once, one after the other, and each contender's ratio is the median over the
 * rounds of its time divided by the baseline's time in the same round, so that load from other
 * processes hits both sides of a ratio alike. Targets (issue 15): `--help` ≤ 2.5x, `segment` of
 * one article ≤ 3x. The development entry (`bin/bilingual.js`, the sources through tsx) is
 * shown for comparison.
 *
 * The targets are read without `NODE_EXTRA_CA_CERTS`: where it is set (this project's machines),
 * Node parses that certificate bundle at every start, before any script (417 of `node -e 0`'s
 * 502 million instructions here, docs/benchmarks.md), which swells the baseline and shrinks every
 * ratio; a user's machine does not set it. So every contender runs without it, and, when the
 * variable is set, again with it, as a second table. `segment` runs from its code cache after
 * the warm-up round (`src/cli/cached-script.ts`), as every run after a user's first does.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { COMPILED_CLI, ensureBuilt } from './ensure-built.ts';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const COMPILED = COMPILED_CLI;
const ARTICLE = 'seeds/g20-syria-talks-2016.txt';
/** Paired rounds, after one round that warms every cache (disk, compiled lexicon). @default 11 */
const ROUNDS = 11;

interface Contender {
  name: string;
  args: string[];
  target?: number;
}

const CONTENDERS: Contender[] = [
  { name: 'node -e 0 (baseline)', args: ['-e', '0'] },
  { name: 'bilingual --help', args: [COMPILED, '--help'], target: 2.5 },
  { name: `bilingual segment ${ARTICLE}`, args: [COMPILED, 'segment', ARTICLE], target: 3 },
  { name: 'bin/bilingual.js --help (tsx, development)', args: [join(ROOT, 'bin', 'bilingual.js'), '--help'] },
  { name: 'bin/bilingual.js segment (tsx, development)', args: [join(ROOT, 'bin', 'bilingual.js'), 'segment', ARTICLE] },
];

/**
 * CPU time of this process's waited-for children, in milliseconds (Linux: `cutime` and
 * `cstime` of /proc/self/stat, in ticks of 10 ms), or NaN elsewhere.
 */
function childrenCpuMilliseconds(): number {
  try {
    const fields = readFileSync('/proc/self/stat', 'utf8').replace(/^.*\) /, '').split(' ');
    // After the command's closing parenthesis, cutime and cstime are the 14th and 15th fields.
    return (Number(fields[13]) + Number(fields[14])) * 10;
  } catch {
    return Number.NaN;
  }
}

interface Timing {
  milliseconds: number;
  cpuMilliseconds: number;
}

interface Environment {
  name: string;
  env: NodeJS.ProcessEnv;
}

/** A user's machine (no extra certificates), then this one's when it sets them. */
function environments(): Environment[] {
  const { NODE_EXTRA_CA_CERTS: certificates, ...without } = process.env;
  const found: Environment[] = [{ name: 'without NODE_EXTRA_CA_CERTS (a user\'s machine: the targets)', env: { ...without, NODE_OPTIONS: '' } }];
  if (certificates !== undefined) found.push({ name: `with NODE_EXTRA_CA_CERTS=${certificates} (this machine)`, env: { ...process.env, NODE_OPTIONS: '' } });
  return found;
}

function timeOnce(contender: Contender, env: NodeJS.ProcessEnv): Timing {
  const cpuBefore = childrenCpuMilliseconds();
  const started = performance.now();
  const run = spawnSync(process.execPath, contender.args, { cwd: ROOT, stdio: ['ignore', 'ignore', 'pipe'], env });
  const milliseconds = performance.now() - started;
  if (run.status !== 0) throw new Error(`${contender.name} exited ${run.status}: ${run.stderr.toString().slice(0, 500)}`);
  return { milliseconds, cpuMilliseconds: childrenCpuMilliseconds() - cpuBefore };
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
}

export default async function benchCliStartup(): Promise<void> {
  ensureBuilt();
  console.log(`Node ${process.version}, ${ROUNDS} paired rounds, medians (CPU: the process's user and system time)`);
  environments().forEach((environment, index) => {
    for (const contender of CONTENDERS) timeOnce(contender, environment.env); // warm-up round
    const timings = CONTENDERS.map(() => [] as Timing[]);
    for (let round = 0; round < ROUNDS; round += 1) {
      CONTENDERS.forEach((contender, contenderIndex) => timings[contenderIndex]!.push(timeOnce(contender, environment.env)));
    }
    const baseline = timings[0]!;
    console.log(`\n${environment.name}\n`);
    console.log('| process | time | ratio to node -e 0 | CPU | CPU ratio | target (time ratio) |');
    console.log('| --- | ---: | ---: | ---: | ---: | --- |');
    CONTENDERS.forEach((contender, contenderIndex) => {
      const runs = timings[contenderIndex]!;
      const ratio = median(runs.map((timing, round) => timing.milliseconds / baseline[round]!.milliseconds));
      const cpuRatio = median(runs.map((timing) => timing.cpuMilliseconds)) / median(baseline.map((timing) => timing.cpuMilliseconds));
      const verdict = contender.target === undefined || index > 0 ? '' : `≤ ${contender.target}x: ${ratio <= contender.target ? 'met' : 'NOT met'}`;
      const wall = median(runs.map((timing) => timing.milliseconds));
      const cpu = median(runs.map((timing) => timing.cpuMilliseconds));
      console.log(`| ${contender.name} | ${wall.toFixed(0)} ms | ${ratio.toFixed(2)}x | ${cpu.toFixed(0)} ms | ${cpuRatio.toFixed(2)}x | ${verdict} |`);
    });
  });
}
