/**
 * An interrupted Google run resumes and pays only for the rest. The real CLI builds several
 * articles against the local fake Cloud Translation v2 server (answering slowly); it is sent
 * SIGINT once the first requests were answered. Then:
 * - it exits 130 with one line on stderr, leaves no half-written file, and the SQLite cache
 *   passes `PRAGMA integrity_check`;
 * - a second run sends each text once, misses none and re-sends nothing: what was in flight
 *   at the interrupt was let finish and cached, so second run's characters + first run's
 *   answered characters = a clean run's characters;
 * - the outputs equal a clean run's, apart from the date.
 */
import { copyFile, mkdir, mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startFakeGoogleV2Server, type FakeGoogleV2Server } from '../support/fake-google-v2-server.ts';
import { REPOSITORY_ROOT, runCli, STACK_LINE } from '../support/run-cli.ts';

const FAKE_KEY = 'AIzaSyA-test0123456789abcdefghijklmnopq';
const ARTICLES = [
  join(REPOSITORY_ROOT, 'seeds', 'g20-syria-talks-2016.txt'),
  ...['budget-deficit', 'climate-ratification', 'paris-municipal-alliance'].map((name) =>
    join(REPOSITORY_ROOT, 'test', 'fixtures', 'articles', `${name}.print.txt`),
  ),
];

let folder: string;
let inputs: string[];
beforeAll(async () => {
  folder = await mkdtemp(join(tmpdir(), 'bilingual-resume-'));
  await mkdir(join(folder, 'inbox'));
  inputs = [];
  for (const article of ARTICLES) {
    const copy = join(folder, 'inbox', article.replace(/^.*[\\/]/, '').replace('.print', ''));
    await copyFile(article, copy);
    inputs.push(copy);
  }
});
afterAll(async () => {
  await rm(folder, { recursive: true, force: true });
});

const CONCURRENCY = 2;
const SEGMENTS_PER_REQUEST = 3;
/** What the interrupted and resumed runs cost, for the contract test after the run. */
const measured = { paidTwice: -1, charactersSum: -1, fullCharacters: -1 };

/** Small requests, two at a time, so that a run takes many round trips. */
function buildArgs(name: string): string[] {
  return [
    'build',
    ...inputs,
    '--provider', 'google',
    '--out', join(folder, name, 'out'),
    '--cache-path', join(folder, name, 'cache.sqlite'),
    '--concurrency', String(CONCURRENCY),
    '--set', `limits.maxSegmentsPerRequest=${SEGMENTS_PER_REQUEST}`,
  ];
}

function environment(server: FakeGoogleV2Server): Record<string, string> {
  return { GOOGLE_API_KEY: FAKE_KEY, GOOGLE_CLOUD_TRANSLATE_ENDPOINT: server.endpoint };
}

/** Every file under an output folder, by relative path, with its date lines made equal. */
async function outputsOf(out: string): Promise<Map<string, string>> {
  const files = new Map<string, string>();
  for (const entry of (await readdir(out, { recursive: true, withFileTypes: true })).filter((item) => item.isFile())) {
    const path = join(entry.parentPath, entry.name);
    const text = await readFile(path, 'utf8');
    files.set(path.slice(out.length + 1), text.replace(/\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d+)?Z|\d{8}T\d{6}Z|\d{4}-\d{2}-\d{2}/g, '<date>'));
  }
  return files;
}

describe('an interrupted run', () => {
  it('exits 130 cleanly, keeps a consistent cache, and the next run sends only the rest, giving a clean run\'s outputs', async () => {
    // A clean run, for the reference characters and outputs.
    const reference = await startFakeGoogleV2Server({ latencyMs: 40 });
    const clean = await runCli(buildArgs('clean'), { env: environment(reference) });
    await reference.close();
    expect(clean.code, clean.stderr).toBe(0);
    const fullCharacters = reference.counters.charactersReceived;
    expect(reference.counters.requests).toBeGreaterThan(8);
    expect(reference.counters.characters).toBe(fullCharacters);

    // The interrupted run: SIGINT once a few requests were answered.
    const first = await startFakeGoogleV2Server({ latencyMs: 40 });
    let interruptedAt = -1;
    const interrupted = await runCli(buildArgs('resumed'), {
      env: environment(first),
      onSpawn: (child) => {
        const poll = setInterval(() => {
          if (child.exitCode !== null || child.signalCode !== null) return clearInterval(poll);
          if (first.counters.answered >= 3) {
            clearInterval(poll);
            interruptedAt = first.counters.answered;
            child.kill('SIGINT');
          }
        }, 2);
      },
    });
    // Requests already on the wire may still arrive and be answered after the signal.
    await new Promise((resolve) => setTimeout(resolve, 100));
    await first.close();
    expect(interruptedAt).toBeGreaterThanOrEqual(3);
    expect(interrupted.code, interrupted.stderr).toBe(130);
    const notices = interrupted.stderr.split('\n').filter((line) => line.startsWith('bilingual:'));
    expect(notices).toEqual([expect.stringMatching(/^bilingual: interrupted: .*cache/)]);
    expect(interrupted.stderr).not.toMatch(STACK_LINE);
    expect(first.counters.characters).toBeLessThan(fullCharacters);

    // No half-written file: no temporary file left, every article folder complete or absent.
    const out = join(folder, 'resumed', 'out');
    const written = await readdir(out).catch(() => [] as string[]);
    expect(written.length).toBeLessThan(inputs.length);
    for (const article of written) {
      const files = await readdir(join(out, article));
      expect(files.filter((name) => name.endsWith('.tmp'))).toEqual([]);
      expect(files).toHaveLength(8);
    }

    // The cache file (and its write-ahead log) is consistent and holds what was answered.
    const database = new Database(join(folder, 'resumed', 'cache.sqlite'), { readonly: true });
    try {
      expect(database.pragma('integrity_check', { simple: true })).toBe('ok');
      const rows = database.prepare<[], { count: number }>('SELECT count(*) AS count FROM translations').get()!.count;
      expect(rows).toBeGreaterThan(0);
    } finally {
      database.close();
    }

    // The resumed run sends only what the first did not get answered, nothing is missing, and
    // what is paid twice is at most the requests that were in flight at the interrupt.
    const second = await startFakeGoogleV2Server({ latencyMs: 40 });
    const resumed = await runCli(buildArgs('resumed'), { env: environment(second) });
    await second.close();
    expect(resumed.code, resumed.stderr).toBe(0);
    for (const text of reference.counters.answeredTexts.keys()) {
      expect(first.counters.answeredTexts.has(text) || second.counters.answeredTexts.has(text), `missing: ${text.slice(0, 60)}`).toBe(true);
    }
    for (const count of second.counters.answeredTexts.values()) expect(count).toBe(1);
    const paidTwice = [...second.counters.answeredTexts.keys()].filter((text) => first.counters.answeredTexts.has(text));
    expect(paidTwice).toEqual([]);
    measured.paidTwice = paidTwice.length;
    measured.charactersSum = second.counters.charactersReceived + first.counters.characters;
    measured.fullCharacters = fullCharacters;

    // And the editions are those of a clean run, apart from the date.
    const expected = await outputsOf(join(folder, 'clean', 'out'));
    const actual = await outputsOf(out);
    expect([...actual.keys()].sort()).toEqual([...expected.keys()].sort());
    for (const [path, text] of expected) expect(actual.get(path), path).toBe(text);
  }, 120_000);

  // Ctrl-C stops new requests but lets the ones in flight answer (Google has received, and
  // bills, them), so their answers reach the cache and the next run does not pay again.
  it('pays for nothing twice: second run + first run answered = one clean run, in characters', () => {
    expect(measured.fullCharacters).toBeGreaterThan(0);
    expect(measured.paidTwice).toBe(0);
    expect(measured.charactersSum).toBe(measured.fullCharacters);
  });
});
