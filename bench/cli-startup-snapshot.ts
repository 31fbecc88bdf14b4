/**
 * What a V8 startup snapshot (`node --build-snapshot`, `--snapshot-blob`) would save `segment` of
 * one article, counted before anything is built on it (issue 15, docs/benchmarks.md, session 34).
 * Not one of `npm run bench`'s benches: run it alone,
 * `node --import tsx bench/cli-startup-snapshot.ts [--count] [--node <binary>]`.
 *
 * Two processes do the same work, the structure stage of the seed printed as `segment` prints it:
 * - **cached**: `dist/structure-stage.cjs` run through a V8 code cache, as the installed command
 *   runs it (`src/cli/cached-script.ts`), from the cache's second run on;
 * - **snapshot**: a snapshot whose heap holds the same script already evaluated and warmed on
 *   another article (a dev split's, never the seed), so that the run starts with every module's
 *   patterns created and the functions that run compiled.
 * The command line (commander, `main.ts`, the command's own module) is in neither: each does only
 * the stage, so the difference is what a snapshot saves, not the whole of `segment`.
 *
 * A warmed heap cannot be written while it holds machine code (Node 20's V8 stops with "unreachable
 * code" in its serializer), so the builder runs with V8's optimising compilers off and patterns
 * interpreted, then sets V8's flags back to their defaults before the snapshot is written: V8 checks
 * its flags' hash when it loads a snapshot, and the run then uses the defaults. The snapshot is
 * also checked against the CPU's features (a blob built outside valgrind is rejected inside it), so
 * `--count` builds its blob under `valgrind --tool=none` and counts instructions with callgrind;
 * without it, paired rounds of wall and CPU time (ticks of 10 ms) against `node -e 0`.
 * Last, what a user would meet when the blob is wrong: one built under other V8 flags, and one cut
 * short (a write interrupted).
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ensureBuilt } from './ensure-built.ts';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const ARTICLE = join(ROOT, 'seeds', 'g20-syria-talks-2016.txt');
/** The article the snapshot is warmed on: another text, from a working split. */
const WARM_ARTICLE = join(ROOT, 'test', 'fixtures', 'pages', 'dev', 'dairy-cooperative-jobs', 'dairy-cooperative-jobs.latex-a4-3col.pdftotext.txt');
const ROUNDS = 11;

const argv = process.argv.slice(2);
const COUNT = argv.includes('--count');
const NODE = argv.includes('--node') ? (argv[argv.indexOf('--node') + 1] as string) : process.execPath;

/** Without the certificates this machine's environment names (a user's machine has none). */
const { NODE_EXTRA_CA_CERTS: _certificates, ...userEnv } = process.env;
const ENV = { ...userEnv, NODE_OPTIONS: '' };

/** The script both contenders run (CommonJS; `mode` 'cached' or 'snapshot'), as source text. */
function loaderSource(folder: string, mode: 'cached' | 'snapshot', buildFlags: string[], restoreFlags: string[]): string {
  const stage = join(ROOT, 'dist', 'structure-stage.cjs');
  return `'use strict';
const fs = require('node:fs'), vm = require('node:vm'), path = require('node:path'), v8 = require('node:v8');
const { createRequire } = require('node:module');
const STAGE = ${JSON.stringify(stage)}, ERRORS = ${JSON.stringify(join(folder, 'errors.cjs'))};
const CACHE = ${JSON.stringify(join(folder, 'stage.v8'))};
function wrap(source) { return '(function (exports, require, module, __filename, __dirname, __import) {' + source + '\\n})'; }
// errors.js is an ES module outside the bundle: its CommonJS copy, evaluated here (a snapshot's
// builder may load no module of its own through require).
const outside = createRequire(STAGE);
let errors;
function stageRequire(id) {
  if (!id.endsWith('errors.js')) return outside(id);
  if (errors === undefined) {
    const module = { exports: {} };
    vm.runInThisContext(wrap(fs.readFileSync(ERRORS, 'utf8'))).call(module.exports, module.exports, outside, module, ERRORS, path.dirname(ERRORS), (s) => import(s));
    errors = module.exports;
  }
  return errors;
}
function load(cachedData) {
  const script = new vm.Script(wrap(fs.readFileSync(STAGE, 'utf8')), { filename: STAGE, cachedData });
  const module = { exports: {} };
  script.runInThisContext().call(module.exports, module.exports, stageRequire, module, STAGE, path.dirname(STAGE), (s) => import(s));
  return { script, stage: module.exports };
}
function print(article) { process.stdout.write(JSON.stringify(article, null, 2) + '\\n'); }
${
  mode === 'cached'
    ? `let cachedData; try { cachedData = fs.readFileSync(CACHE); } catch {}
const { script, stage } = load(cachedData);
stage.structureFile(process.argv[2]).then((article) => {
  print(article);
  if (cachedData === undefined || script.cachedDataRejected) fs.writeFileSync(CACHE, script.createCachedData());
});`
    : `for (const flag of ${JSON.stringify(buildFlags)}) v8.setFlagsFromString(flag);
const { stage } = load(undefined);
stage.structureFile(${JSON.stringify(WARM_ARTICLE)}).then(() => {
  for (const flag of ${JSON.stringify(restoreFlags)}) v8.setFlagsFromString(flag);
});
v8.startupSnapshot.setDeserializeMainFunction(() => {
  stage.structureFile(process.argv[process.argv.length - 1]).then(print);
});`
}
`;
}

interface Run {
  status: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

function run(args: string[], prefix: string[] = []): Run {
  const [command, ...rest] = prefix.length > 0 ? [...prefix, NODE, ...args] : [NODE, ...args];
  const result = spawnSync(command as string, rest, { env: ENV, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  return { status: result.status, signal: result.signal, stdout: result.stdout, stderr: result.stderr };
}

function instructions(args: string[]): number {
  const result = run(args, ['valgrind', '--tool=callgrind', '--callgrind-out-file=/dev/null']);
  const collected = /Collected : (\d+)/.exec(result.stderr);
  if (collected === null) throw new Error(`callgrind gave no count:\n${result.stderr.slice(-2000)}`);
  return Number(collected[1]) / 1e6;
}

function childrenCpuMilliseconds(): number {
  const fields = readFileSync('/proc/self/stat', 'utf8').replace(/^.*\) /, '').split(' ');
  return (Number(fields[13]) + Number(fields[14])) * 10;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] as number;
}

export default async function main(): Promise<void> {
  ensureBuilt();
  const folder = mkdtempSync(join(tmpdir(), 'bilingual-snapshot-'));
  try {
    const esbuild = await import('esbuild');
    await esbuild.build({ entryPoints: [join(ROOT, 'dist', 'errors.js')], bundle: true, platform: 'node', format: 'cjs', outfile: join(folder, 'errors.cjs'), logLevel: 'warning' });
    const version = run(['-p', 'process.versions.v8']).stdout.trim();
    const maglev = Number(version.split('.')[0]) >= 12; // on by default from V8 12 (Node 22)
    const buildFlags = ['--no-turbofan', '--no-sparkplug', '--regexp-interpret-all', ...(maglev ? ['--no-maglev'] : [])];
    const restoreFlags = ['--turbofan', '--sparkplug', '--no-regexp-interpret-all', '--regexp-tier-up', ...(maglev ? ['--maglev'] : [])];
    const cached = join(folder, 'cached.cjs');
    const entry = join(folder, 'snapshot-entry.cjs');
    const blob = join(folder, 'stage.blob');
    writeFileSync(cached, loaderSource(folder, 'cached', [], []));
    writeFileSync(entry, loaderSource(folder, 'snapshot', buildFlags, restoreFlags));
    const built = run(['--snapshot-blob', blob, '--build-snapshot', entry], COUNT ? ['valgrind', '--tool=none'] : []);
    if (built.status !== 0) throw new Error(`building the snapshot failed (${built.status ?? built.signal}):\n${built.stderr.slice(-3000)}`);

    const expected = run([join(ROOT, 'dist', 'cli', 'bilingual.js'), 'segment', ARTICLE]).stdout;
    run([cached, ARTICLE]); // writes the code cache
    const fromCache = run([cached, ARTICLE]).stdout;
    const fromSnapshot = (COUNT ? run(['--snapshot-blob', blob, ARTICLE], ['valgrind', '--tool=none']) : run(['--snapshot-blob', blob, ARTICLE])).stdout;
    console.log(`Node ${run(['--version']).stdout.trim()} (V8 ${version}); snapshot ${(readFileSync(blob).length / 1e6).toFixed(1)} MB`);
    console.log(`same article as \`segment\`: cached ${fromCache === expected}, snapshot ${fromSnapshot === expected}`);

    if (COUNT) {
      const counts = { base: instructions(['-e', '0']), cached: instructions([cached, ARTICLE]), snapshot: instructions(['--snapshot-blob', blob, ARTICLE]) };
      console.log(`instructions (millions, callgrind): node -e 0 ${counts.base.toFixed(1)}, cached ${counts.cached.toFixed(1)}, snapshot ${counts.snapshot.toFixed(1)}: saves ${(counts.cached - counts.snapshot).toFixed(1)}`);
    } else {
      const contenders = [['-e', '0'], [cached, ARTICLE], ['--snapshot-blob', blob, ARTICLE]];
      const times = contenders.map(() => ({ wall: [] as number[], cpu: [] as number[] }));
      for (let round = 0; round < ROUNDS; round += 1) {
        contenders.forEach((args, index) => {
          const cpu = childrenCpuMilliseconds();
          const started = performance.now();
          run(args);
          (times[index] as { wall: number[] }).wall.push(performance.now() - started);
          (times[index] as { cpu: number[] }).cpu.push(childrenCpuMilliseconds() - cpu);
        });
      }
      const [base, ...rest] = times as [{ wall: number[]; cpu: number[] }, ...{ wall: number[]; cpu: number[] }[]];
      ['cached', 'snapshot'].forEach((name, index) => {
        const own = rest[index] as { wall: number[]; cpu: number[] };
        const ratios = own.wall.map((wall, round) => wall / (base.wall[round] as number));
        console.log(`${name}: wall ${median(own.wall).toFixed(0)} ms (${median(ratios).toFixed(2)}x node -e 0's ${median(base.wall).toFixed(0)}), CPU ${median(own.cpu)} ms`);
      });
    }

    // What a wrong blob does (one built outside valgrind): made under other V8 flags, cut short.
    const plainBlob = join(folder, 'plain.blob');
    if (run(['--snapshot-blob', plainBlob, '--build-snapshot', entry]).status !== 0) throw new Error('building the snapshot failed');
    const otherFlags = run(['--no-turbofan', '--snapshot-blob', plainBlob, ARTICLE]);
    const short = join(folder, 'short.blob');
    const cuts = [100_000, 1_000_000, 10_000_000].map((length) => {
      writeFileSync(short, readFileSync(plainBlob).subarray(0, length));
      const cut = run(['--snapshot-blob', short, ARTICLE]);
      return `${length / 1e6} MB: exit ${cut.status ?? cut.signal}`;
    });
    console.log(`blob under other flags: exit ${otherFlags.status ?? otherFlags.signal} (${otherFlags.stderr.trim().split('\n')[0] ?? ''}); blob cut short, ${cuts.join(', ')}`);
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}

if (import.meta.url === `file://${process.argv[1]}`) await main();
