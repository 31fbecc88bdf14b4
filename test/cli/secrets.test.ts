/**
 * An API key never leaves the process except towards the service: not in an output file, a
 * stdout or stderr line (even with --debug, even when a request fails), nor in the SQLite
 * cache (database, write-ahead log, shared memory). A key written in a --config file works,
 * is warned about, and is never echoed. The key has the real shape (AIza + 35 characters).
 */
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startFakeDeeplServer, type FakeDeeplServerOptions } from '../support/fake-deepl-server.ts';
import { startFakeGoogleV2Server, type FakeGoogleV2ServerOptions } from '../support/fake-google-v2-server.ts';
import { REPOSITORY_ROOT, runCli, type CliResult } from '../support/run-cli.ts';

const SEED = join(REPOSITORY_ROOT, 'seeds', 'g20-syria-talks-2016.txt');
const KEY = 'AIzaSyDq3-Xb7_kR9vT2mW5nL8pZ4cF6hJ1eG0s';
/** Pieces a partial leak would still show (the key minus its well-known prefix, both halves). */
const KEY_PIECES = [KEY, KEY.slice(4), KEY.slice(4, 22), KEY.slice(22)];

let folder: string;
beforeAll(async () => {
  folder = await mkdtemp(join(tmpdir(), 'bilingual-secrets-'));
});
afterAll(async () => {
  await rm(folder, { recursive: true, force: true });
});

function expectNoKey(text: string, where: string): void {
  for (const piece of KEY_PIECES) expect(text.includes(piece), `the key appears in ${where}`).toBe(false);
}

/** Every file under the folder (outputs, cache database, -wal, -shm), read as bytes. */
async function expectNoKeyInFiles(directory: string): Promise<number> {
  const entries = await readdir(directory, { recursive: true, withFileTypes: true });
  let files = 0;
  for (const entry of entries.filter((item) => item.isFile())) {
    const path = join(entry.parentPath, entry.name);
    const bytes = await readFile(path);
    // latin1 keeps every byte as one character, so the ASCII key is found wherever it is.
    expectNoKey(bytes.toString('latin1'), path);
    files++;
  }
  return files;
}

function expectNoKeyInResult(result: CliResult, name: string): void {
  expectNoKey(result.stdout, `${name}: stdout`);
  expectNoKey(result.stderr, `${name}: stderr`);
}

/** A build against a fake server, in its own folder, with --debug. */
async function buildAgainst(name: string, server: FakeGoogleV2ServerOptions, extra: string[] = [], env: Record<string, string> = { GOOGLE_API_KEY: KEY }) {
  const fake = await startFakeGoogleV2Server(server);
  const run = join(folder, name);
  await mkdir(run, { recursive: true });
  try {
    const args = ['--debug', 'build', SEED, '--provider', 'google', '--out', join(run, 'out'), '--cache-path', join(run, 'cache.sqlite'), ...extra];
    const result = await runCli(args, { env: { ...env, GOOGLE_CLOUD_TRANSLATE_ENDPOINT: fake.endpoint } });
    return { result, run, keysSent: fake.received.map((request) => request.key) };
  } finally {
    await fake.close();
  }
}

describe.concurrent('the API key', () => {
  it('a successful run with --debug: the key reaches the service and nothing else', async () => {
    const { result, run, keysSent } = await buildAgainst('success', { apiKey: KEY });
    expect(result.code, result.stderr).toBe(0);
    expect(keysSent.length).toBeGreaterThan(0);
    expect(keysSent.every((key) => key === KEY)).toBe(true);
    expectNoKeyInResult(result, 'success');
    const files = await expectNoKeyInFiles(run);
    expect(files).toBeGreaterThanOrEqual(8); // seven outputs and the cache database

    // The same with --json: the summary on stdout holds no key either.
    const json = await buildAgainst('success-json', { apiKey: KEY }, ['--json']);
    expect(json.result.code, json.result.stderr).toBe(0);
    expect(JSON.parse(json.result.stdout)).toMatchObject({ ok: true });
    expectNoKeyInResult(json.result, 'success --json');
  });

  it('a key the service refuses, with --debug and --json: the error names the variable, never the key', async () => {
    const { result, run, keysSent } = await buildAgainst('refused', { apiKey: 'AIzaSyAnotherKeyTheServiceExpects000000' }, ['--json']);
    expect(result.code).toBe(3);
    expect(keysSent).toContain(KEY);
    expect(result.stderr).toMatch(/rejected the API key: check GOOGLE_API_KEY/);
    expect(result.stderr).toMatch(/^\s+at /m); // --debug did show the stack and causes
    expectNoKeyInResult(result, 'refused');
    await expectNoKeyInFiles(run);
  });

  it('service errors retried until the budget is spent, with --debug: no key in any retry or cause line', async () => {
    const { result, run } = await buildAgainst('failing', { failureRate: 1 }, ['--max-attempts', '2', '--set', 'retry.initialDelayMs=1']);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/caused by: /);
    expectNoKeyInResult(result, 'failing');
    await expectNoKeyInFiles(run);
  });

  it('dropped connections, with --debug: the network error holds no request URL with the key', async () => {
    const { result, run } = await buildAgainst('resets', { resetRate: 1 }, ['--max-attempts', '2', '--set', 'retry.initialDelayMs=1']);
    expect(result.code).toBe(1);
    expectNoKeyInResult(result, 'resets');
    await expectNoKeyInFiles(run);
  });

  it('a key written in a --config file works, is warned about once, and is never echoed', async () => {
    const run = join(folder, 'config-file');
    await mkdir(run, { recursive: true });
    const config = join(run, 'my.yaml');
    await writeFile(config, `provider: google\nproviders:\n  google:\n    apiKey: ${KEY}\n`);
    const { result } = await buildAgainst('config-file', { apiKey: KEY }, ['--config', config], {});
    expect(result.code, result.stderr).toBe(0);
    const warnings = result.stderr.split('\n').filter((line) => line.startsWith('bilingual: warning:'));
    expect(warnings).toEqual([expect.stringMatching(/my\.yaml:4: providers\.google\.apiKey: .*prefer the GOOGLE_API_KEY environment variable/)]);
    expectNoKeyInResult(result, 'config file');
    const files = (await readdir(run, { recursive: true, withFileTypes: true })).filter((entry) => entry.isFile() && entry.name !== 'my.yaml');
    for (const file of files) expectNoKey((await readFile(join(file.parentPath, file.name))).toString('latin1'), file.name);

    // `providers` reads the same file: usable, the warning again, no key.
    const providers = await runCli(['--debug', 'providers', '--json', '--config', config]);
    expect(providers.code, providers.stderr).toBe(0);
    expect(JSON.parse(providers.stdout)).toContainEqual(expect.objectContaining({ id: 'google', usable: true, selected: true }));
    expect(providers.stderr).toMatch(/providers\.google\.apiKey: a secret in a config file/);
    expectNoKeyInResult(providers, 'providers');

    // A key of the wrong type is refused without being quoted back.
    const wrong = join(run, 'wrong.yaml');
    await writeFile(wrong, `providers:\n  google:\n    apiKey:\n      - ${KEY}\n`);
    const refused = await runCli(['--debug', 'build', SEED, '--config', wrong, '--out', join(run, 'wrong-out')]);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toMatch(/wrong\.yaml:\d+: providers\.google\.apiKey: /);
    expectNoKeyInResult(refused, 'wrong type');
  });
});

// One at a time: the Google block above already runs five CLI processes at once.
describe('the DeepL key', () => {
  /** Shaped like a real DeepL Free key: a UUID and `:fx`. */
  const DEEPL_KEY = '7e3a9c15-2d4b-4f80-b6e1-93c5a7d2f048:fx';
  const DEEPL_PIECES = [DEEPL_KEY, DEEPL_KEY.slice(0, 18), DEEPL_KEY.slice(18, 36)];
  const expectNoDeeplKey = (text: string, where: string) => {
    for (const piece of DEEPL_PIECES) expect(text.includes(piece), `the DeepL key appears in ${where}`).toBe(false);
  };

  async function buildAgainstDeepl(name: string, server: FakeDeeplServerOptions, extra: string[] = []) {
    const fake = await startFakeDeeplServer(server);
    const run = join(folder, name);
    await mkdir(run, { recursive: true });
    try {
      const args = ['--debug', 'build', SEED, '--provider', 'deepl', '--out', join(run, 'out'), '--cache-path', join(run, 'cache.sqlite'), ...extra];
      const result = await runCli(args, { env: { DEEPL_API_KEY: DEEPL_KEY, DEEPL_SERVER_URL: fake.url } });
      return { result, run, keysSent: fake.received.map((request) => request.authorization) };
    } finally {
      await fake.close();
    }
  }

  async function expectNoDeeplKeyAnywhere(result: CliResult, run: string, name: string) {
    expectNoDeeplKey(result.stdout, `${name}: stdout`);
    expectNoDeeplKey(result.stderr, `${name}: stderr`);
    const entries = await readdir(run, { recursive: true, withFileTypes: true });
    for (const entry of entries.filter((item) => item.isFile())) {
      const path = join(entry.parentPath, entry.name);
      expectNoDeeplKey((await readFile(path)).toString('latin1'), path);
    }
  }

  it('a successful run with --debug: the key reaches DeepL in its header and nothing else', async () => {
    const { result, run, keysSent } = await buildAgainstDeepl('deepl-success', { apiKey: DEEPL_KEY });
    expect(result.code, result.stderr).toBe(0);
    expect(keysSent.length).toBeGreaterThan(0);
    expect(keysSent.every((header) => header === `DeepL-Auth-Key ${DEEPL_KEY}`)).toBe(true);
    await expectNoDeeplKeyAnywhere(result, run, 'deepl success');
  });

  it('a key DeepL refuses (403) stops the run as unavailable (exit 3), naming DEEPL_API_KEY, never the key', async () => {
    const { result, run } = await buildAgainstDeepl('deepl-refused', { apiKey: 'another-key-the-server-expects:fx' }, ['--json']);
    expect(result.code).toBe(3);
    expect(result.stderr).toMatch(/refused the authentication key \(HTTP 403\): check DEEPL_API_KEY/);
    await expectNoDeeplKeyAnywhere(result, run, 'deepl refused');
  });

  it('service errors retried until the budget is spent, with --debug: no key in any retry or cause line', async () => {
    const { result, run } = await buildAgainstDeepl('deepl-failing', { apiKey: DEEPL_KEY, script: Array.from({ length: 40 }, () => 503) }, [
      '--max-attempts',
      '2',
      '--set',
      'retry.initialDelayMs=1',
    ]);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/caused by: /);
    await expectNoDeeplKeyAnywhere(result, run, 'deepl failing');
  });

  it('estimate --provider deepl prices the run at the configured rate and sends nothing, with or without a key', async () => {
    const fake = await startFakeDeeplServer({ apiKey: DEEPL_KEY });
    try {
      const withKey = await runCli(['estimate', SEED, '--provider', 'deepl', '--no-cache'], { env: { DEEPL_API_KEY: DEEPL_KEY, DEEPL_SERVER_URL: fake.url } });
      const withoutKey = await runCli(['estimate', SEED, '--provider', 'deepl', '--no-cache']);
      expect(withKey.code, withKey.stderr).toBe(0);
      expect(withoutKey.code, withoutKey.stderr).toBe(0);
      expect(fake.received).toHaveLength(0);
      const estimate = /([\d,]+) billable characters · estimated cost \$([\d.]+)/.exec(withKey.stderr);
      expect(estimate, withKey.stderr).not.toBeNull();
      const characters = Number(estimate![1]!.replace(/,/g, ''));
      expect(Number(estimate![2])).toBeCloseTo((characters * 25) / 1_000_000, 2);
      expect(withoutKey.stderr).toContain(estimate![0]);
      expectNoDeeplKey(withKey.stdout + withKey.stderr, 'estimate');
    } finally {
      await fake.close();
    }
  });
});
