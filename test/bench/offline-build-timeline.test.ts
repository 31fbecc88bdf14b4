import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { marks, type TraceEvent } from '../../bench/offline-build-timeline.ts';

const TRACE = fileURLToPath(new URL('../../bench/offline-build-trace.cjs', import.meta.url));

const event = (at: number, what: string): TraceEvent => ({ at, cpu: 0, what });

describe('marks', () => {
  it('cuts a build at its marks, the chain being the program written the most', () => {
    const events = [
      event(1000, 'process start'),
      event(1050, 'preload'),
      event(1100, 'spawn#0 /bin/sh -c chain'),
      event(1110, 'spawn#1 /bin/sh -c names'),
      event(1200, 'stderr [1/2] a.txt: 3 blocks, 4 sentences'),
      event(1210, 'write#1 40'), // the names' dictionaries: first, but small
      event(1220, 'write#0 900'),
      event(1300, 'read#0 300'),
      event(1350, 'stderr [1/2] a.txt: 8 files written, 0 warnings, 0 QA failures (0:00)'),
      event(1360, 'write#0 800'),
      event(1400, 'read#0 500'),
      event(1420, 'stderr [2/2] b.txt: 8 files written, 0 warnings, 0 QA failures (0:00)'),
      event(1430, 'stderr Done: 2 of 2 articles built'),
      event(1431, 'stdout first'),
      event(1440, 'exit'),
    ];
    const spans = marks(events, 1460);
    expect(spans.map((span) => span.label)).toEqual([
      'process start → preload',
      'preload → engine spawned',
      'engine spawned → first article structured',
      'first article structured → first request written',
      'first request written → first answer',
      'first answer → first article written',
      'first article written → last request written',
      'last request written → last answer',
      'last answer → last article written',
      'last article written → summary',
      'summary → stdout',
      'stdout → exit event',
      'exit event → process gone',
    ]);
    expect(spans[3]).toMatchObject({ from: 1200, to: 1220 });
    expect(spans[7]).toMatchObject({ from: 1360, to: 1400 });
    expect(spans.at(-1)).toMatchObject({ from: 1440, to: 1460 });
  });

  it('leaves out what a build without an engine never did', () => {
    const spans = marks([event(0, 'process start'), event(10, 'preload'), event(20, 'stderr Done: 0 of 1 articles built'), event(30, 'exit')], 40);
    expect(spans.map((span) => span.label)).toEqual(['process start → preload', 'preload → summary', 'summary → exit event', 'exit event → process gone']);
  });
});

describe('offline-build-trace.cjs', () => {
  it('changes nothing without BILINGUAL_TRACE_OUT', () => {
    const run = spawnSync(process.execPath, ['--require', TRACE, '-e', "process.stdout.write(require('node:child_process').spawn.name)"], {
      env: { ...process.env, BILINGUAL_TRACE_OUT: '', NODE_OPTIONS: '' },
      encoding: 'utf8',
    });
    expect(run.stdout).toBe('spawn');
  });

  it('notes a spawn, what is written to it and read back, stderr, stdout and the exit', () => {
    const folder = mkdtempSync(join(tmpdir(), 'trace-test-'));
    try {
      const out = join(folder, 'trace.tsv');
      const script = [
        "const child = require('node:child_process').spawn('cat', [], { stdio: ['pipe', 'pipe', 'ignore'] });",
        "child.stdout.on('data', () => { process.stderr.write('got it\\n'); process.stdout.write('done\\n'); child.stdin.end(); });",
        "child.stdin.write('hello');",
      ].join('\n');
      const run = spawnSync(process.execPath, ['--require', TRACE, '-e', script], { env: { ...process.env, BILINGUAL_TRACE_OUT: out, NODE_OPTIONS: '' }, encoding: 'utf8' });
      expect(run.status).toBe(0);
      expect(run.stdout).toBe('done\n');
      const lines = readFileSync(out, 'utf8').trimEnd().split('\n').map((line) => line.split('\t')[2]);
      expect(lines[0]).toBe('process start');
      expect(lines).toEqual(expect.arrayContaining(['preload', 'spawn#0 cat ', 'spawned#0', 'write#0 5', 'read#0 5', 'stderr got it', 'stdout first', 'exit']));
      expect(lines.at(-1)).toBe('exit');
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  });
});
