/**
 * The real command line, run as a child process with a clean environment: help texts, the
 * `segment` JSON, usage errors, and the failure catalogue. Every failure must end with a
 * non-zero exit, one or two clear lines on stderr, no stack trace, and no Markdown written
 * for the article that failed.
 */
import { copyFile, mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startFakeGoogleV2Server } from '../support/fake-google-v2-server.ts';
import { REPOSITORY_ROOT, runCli, STACK_LINE, type CliResult } from '../support/run-cli.ts';

const SEED = join(REPOSITORY_ROOT, 'seeds', 'g20-syria-talks-2016.txt');
const FAKE_KEY = 'AIzaSyA-test0123456789abcdefghijklmnopq';

let folder: string;
beforeAll(async () => {
  folder = await mkdtemp(join(tmpdir(), 'bilingual-cli-'));
});
afterAll(async () => {
  await rm(folder, { recursive: true, force: true });
});

function lines(text: string): string[] {
  return text.split('\n').filter((line) => line.trim() !== '');
}

async function markdownUnder(directory: string): Promise<string[]> {
  const entries = await readdir(directory, { recursive: true }).catch(() => [] as string[]);
  return entries.filter((entry) => entry.endsWith('.md'));
}

/** A fresh output folder and cache for one run. */
async function runFolder(name: string): Promise<{ out: string; flags: string[] }> {
  const out = join(folder, name, 'out');
  await mkdir(join(folder, name), { recursive: true });
  return { out, flags: ['--out', out, '--cache-path', join(folder, name, 'cache.sqlite')] };
}

function expectCleanFailure(result: CliResult, exitCode: number, message: RegExp): void {
  expect(result.code, result.stderr).toBe(exitCode);
  const errorLines = lines(result.stderr);
  expect(errorLines.length, result.stderr).toBeGreaterThanOrEqual(1);
  expect(errorLines.length, result.stderr).toBeLessThanOrEqual(2);
  expect(errorLines[0]).toMatch(/^bilingual: /);
  expect(result.stderr).toMatch(message);
  expect(result.stderr).not.toMatch(STACK_LINE);
}

describe.concurrent('help and version', () => {
  it('lists the commands, the global options and the exit codes', async () => {
    const result = await runCli(['--help']);
    expect(result.code).toBe(0);
    for (const word of ['segment', 'build', 'estimate', 'providers', '--json', '--quiet', '--debug', '--version']) {
      expect(result.stdout).toContain(word);
    }
    expect(result.stdout).toMatch(/Exit codes:\n\s+0\s+all done\n\s+1\s.*\n\s+2\s.*\n\s+3\s.*\n\s+4\s+spending cap.*\n\s+130\s+interrupted/);
    expect(result.stderr).toBe('');
  });

  it('documents every flag of build, and each command has its own help', async () => {
    const build = await runCli(['build', '--help']);
    expect(build.code).toBe(0);
    for (const flag of [
      '--provider', '--config', '--out', '--dry-run', '--fail-fast', '--strict', '--concurrency', '--requests-per-minute',
      '--characters-per-minute', '--max-attempts', '--cache-path', '--no-cache', '--glossary', '--set',
    ]) {
      expect(build.stdout).toContain(flag);
    }
    const viaHelpCommand = await runCli(['help', 'build']);
    expect(viaHelpCommand).toMatchObject({ code: 0, stdout: build.stdout });
    for (const command of ['segment', 'estimate', 'providers']) {
      const help = await runCli([command, '--help']);
      expect(help.code).toBe(0);
      expect(help.stdout).toContain(`Usage: bilingual ${command}`);
    }
  });

  it('prints the version from package.json', async () => {
    const version = (JSON.parse(await readFile(join(REPOSITORY_ROOT, 'package.json'), 'utf8')) as { version: string }).version;
    const result = await runCli(['--version']);
    expect(result).toMatchObject({ code: 0, stdout: `${version}\n` });
  });
});

describe.concurrent('segment', () => {
  it('prints the structured seed article as JSON, exactly as JSON.stringify(article, null, 2)', async () => {
    const result = await runCli(['segment', SEED]);
    expect(result.code, result.stderr).toBe(0);
    const article = JSON.parse(result.stdout) as Record<string, unknown> & { blocks: Record<string, unknown>[] };
    expect(result.stdout).toBe(`${JSON.stringify(article, null, 2)}\n`);
    expect(Object.keys(article).sort()).toEqual(['blocks', 'language', 'repairs', 'source', 'warnings']);
    expect(article.language).toBe('fr');
    expect(article.source).toMatchObject({ file: 'g20-syria-talks-2016.txt', sha256: expect.stringMatching(/^[0-9a-f]{64}$/) });
    expect(article.blocks.length).toBeGreaterThan(0);
    for (const block of article.blocks) {
      expect(block).toMatchObject({
        id: expect.any(String),
        role: expect.any(String),
        text: expect.any(String),
        sentences: expect.any(Array),
        source: { startLine: expect.any(Number), endLine: expect.any(Number) },
      });
    }
  });
});

describe.concurrent('usage errors', () => {
  const cases: [string, string[], RegExp][] = [
    ['an unknown command', ['buidl', 'x.txt'], /^bilingual: unknown command 'buidl' \(did you mean build\?\)/],
    ['an unknown option', ['build', '--frob', 'x.txt'], /^bilingual: unknown option '--frob'/],
    ['a missing argument', ['segment'], /^bilingual: missing required argument 'file'/],
  ];
  for (const [name, args, message] of cases) {
    it(`${name}: exit 2, one line, no stack`, async () => {
      const result = await runCli(args);
      expect(result.code).toBe(2);
      expect(lines(result.stderr)).toHaveLength(1);
      expect(result.stderr).toMatch(message);
      expect(result.stdout).toBe('');
    });
  }

  it('no command at all shows the help on stderr and exits 2', async () => {
    const result = await runCli([]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('Usage: bilingual');
  });

  it('--debug shows the stack trace that is otherwise hidden', async () => {
    const quiet = await runCli(['build', 'x.txt', '--concurrency', 'four']);
    expect(quiet.stderr).not.toMatch(STACK_LINE);
    const debug = await runCli(['--debug', 'build', 'x.txt', '--concurrency', 'four']);
    expect(debug.code).toBe(2);
    expect(debug.stderr).toMatch(/^bilingual: --concurrency: limits\.concurrency: expected a whole number ≥ 1, got "four"$/m);
    expect(debug.stderr).toMatch(STACK_LINE);
  });

  it('--json puts the error on stdout as JSON as well', async () => {
    const result = await runCli(['--json', 'build', 'x.txt', '--provider', 'systran']);
    expect(result.code).toBe(2);
    expect(JSON.parse(result.stdout)).toMatchObject({ ok: false, error: { code: 'UNKNOWN_PROVIDER' } });
  });
});

describe.concurrent('failure catalogue', () => {
  it('missing file', async () => {
    const { out, flags } = await runFolder('missing');
    const result = await runCli(['build', join(folder, 'nope.txt'), ...flags]);
    expectCleanFailure(result, 2, /No such file or folder: .*nope\.txt/);
    expect(await markdownUnder(out)).toEqual([]);
  });

  it('folder without articles', async () => {
    const { out, flags } = await runFolder('no-articles');
    const empty = join(folder, 'no-articles', 'inbox');
    await mkdir(empty);
    await writeFile(join(empty, 'notes.pdf'), 'not an article');
    const result = await runCli(['build', empty, ...flags]);
    expectCleanFailure(result, 2, /holds no articles/);
    expect(await markdownUnder(out)).toEqual([]);
  });

  const badArticles: [string, string, string | Buffer, RegExp][] = [
    ['empty file', 'empty.txt', '', /empty\.txt.*empty/],
    ['binary file', 'binary.bin.txt', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52, 0, 1, 2, 3]), /binary/],
    [
      'not French',
      'english.txt',
      'The prime minister said on Tuesday that the talks with the unions would resume next week, after a long and difficult summer for the government and the country.\n',
      /English, not French|not French/,
    ],
  ];
  for (const [name, file, content, message] of badArticles) {
    it(name, async () => {
      const { out, flags } = await runFolder(file);
      const path = join(folder, file, file);
      await writeFile(path, content);
      const result = await runCli(['build', path, '--quiet', ...flags]);
      expectCleanFailure(result, 1, message);
      expect(await markdownUnder(out)).toEqual([]);
    });
  }

  it('malformed YAML', async () => {
    const { out, flags } = await runFolder('malformed');
    const config = join(folder, 'malformed', 'my.yaml');
    await writeFile(config, 'limits:\n  concurrency: [1, 2\n');
    const result = await runCli(['build', SEED, '--config', config, ...flags]);
    expectCleanFailure(result, 2, /my\.yaml:\d+:\d+: YAML syntax error/);
    expect(await markdownUnder(out)).toEqual([]);
  });

  it('unknown key', async () => {
    const { out, flags } = await runFolder('unknown-key');
    const config = join(folder, 'unknown-key', 'my.yaml');
    await writeFile(config, 'retry:\n  maxAttempt: 3\n');
    const result = await runCli(['build', SEED, '--config', config, ...flags]);
    expectCleanFailure(result, 2, /my\.yaml:2: retry\.maxAttempt: unknown setting; did you mean maxAttempts\?/);
    expect(await markdownUnder(out)).toEqual([]);
  });

  it('unknown provider', async () => {
    const { out, flags } = await runFolder('unknown-provider');
    const result = await runCli(['build', SEED, '--provider', 'systran', ...flags]);
    expectCleanFailure(result, 2, /unknown provider "systran"; expected one of apertium, google, google-advanced, openai, deepl, libretranslate/);
    expect(await markdownUnder(out)).toEqual([]);
  });

  it('missing credentials', async () => {
    const { out, flags } = await runFolder('credentials');
    const result = await runCli(['build', SEED, '--provider', 'google', '--quiet', ...flags]);
    expectCleanFailure(result, 3, /GOOGLE_API_KEY/);
    expect(await markdownUnder(out)).toEqual([]);
  });

  it('engine not installed', async () => {
    const { out, flags } = await runFolder('engine');
    const modes = join(folder, 'engine', 'no-modes');
    const result = await runCli(['build', SEED, '--set', `providers.apertium.modesDir=${modes}`, '--quiet', ...flags]);
    expectCleanFailure(result, 3, /Apertium is not installed/);
    expect(await markdownUnder(out)).toEqual([]);
  });

  it('network down, with a key that is never echoed even with --debug', async () => {
    const { out, flags } = await runFolder('network');
    // A proxy on a closed local port: the connection is refused without leaving the machine.
    const env = { GOOGLE_API_KEY: FAKE_KEY, HTTPS_PROXY: 'http://127.0.0.1:9', https_proxy: 'http://127.0.0.1:9' };
    const args = ['build', SEED, '--provider', 'google', '--max-attempts', '2', '--set', 'retry.initialDelayMs=1', ...flags];
    const result = await runCli([...args, '--quiet'], { env });
    expectCleanFailure(result, 1, /network/i);
    expect(await markdownUnder(out)).toEqual([]);

    const debug = await runCli([...args, '--debug'], { env });
    expect(debug.code).toBe(1);
    expect(debug.stderr + debug.stdout).not.toContain(FAKE_KEY);
  });

  it('quota exhausted for longer than the retry budget: says so, after how many attempts, and what to do', async () => {
    const { out, flags } = await runFolder('quota');
    // A quota of one character per minute: every request is refused with 403 userRateLimitExceeded.
    const server = await startFakeGoogleV2Server({ charactersPerWindow: 1 });
    try {
      const env = { GOOGLE_API_KEY: FAKE_KEY, GOOGLE_CLOUD_TRANSLATE_ENDPOINT: server.endpoint };
      const args = ['build', SEED, '--provider', 'google', '--max-attempts', '3', '--set', 'retry.initialDelayMs=5', '--set', 'retry.maxDelayMs=20'];
      const result = await runCli([...args, '--quiet', ...flags], { env });
      expectCleanFailure(result, 1, /^bilingual: g20-syria-talks-2016\.txt: Quota exhausted: gave up after 3 attempts .*rate limit/m);
      expect(lines(result.stderr)[1]).toMatch(/^bilingual: hint: lower limits\.charactersPerMinute .*wait for it to reset.*cached/);
      expect(await markdownUnder(out)).toEqual([]);
      expect(server.counters.rejections).toBe(server.counters.requests);
      expect(server.counters.requests % 3).toBe(0); // every request tried exactly three times

      // Without --quiet the summary names the failure and gives the same advice once.
      const loud = await runCli([...args, ...flags], { env });
      expect(loud.code).toBe(1);
      expect(loud.stderr).toMatch(/^Failed:\n {2}g20-syria-talks-2016\.txt: Quota exhausted: gave up after 3 attempts/m);
      expect(loud.stderr.match(/lower limits\.charactersPerMinute/g)).toHaveLength(1);
      expect(loud.stderr).not.toMatch(STACK_LINE);
    } finally {
      await server.close();
    }
  });

  it('interrupted run: exit 130, one line, only whole outputs for the articles finished', async () => {
    const { out, flags } = await runFolder('interrupted');
    const inputs: string[] = [];
    for (let index = 1; index <= 30; index++) {
      const copy = join(folder, 'interrupted', `article-${String(index).padStart(2, '0')}.txt`);
      await copyFile(SEED, copy);
      inputs.push(copy);
    }
    let sent = false;
    const result = await runCli(['build', ...inputs, '--no-cache', ...flags], {
      onStderr: (child, stderr) => {
        if (!sent && stderr.includes('[2/30]')) {
          sent = true;
          child.kill('SIGINT');
        }
      },
    });
    expect(result.code, result.stderr).toBe(130);
    const notices = lines(result.stderr).filter((line) => line.startsWith('bilingual:'));
    expect(notices).toEqual([expect.stringMatching(/^bilingual: interrupted: .*Ctrl-C again/)]);
    expect(result.stderr).not.toMatch(STACK_LINE);
    const written = await readdir(out).catch(() => [] as string[]);
    expect(written.length).toBeLessThan(30);
    for (const article of written) {
      expect((await readdir(join(out, article))).filter((name) => !name.startsWith('.'))).toHaveLength(8);
    }
  });
});

describe.concurrent('providers', () => {
  it('shows apertium usable with its engine and versions, and google not usable without GOOGLE_API_KEY', async () => {
    const text = await runCli(['providers']);
    expect(text.code, text.stderr).toBe(0);
    expect(text.stderr).toBe('');
    // The engine line names the Apertium version and both language pairs with theirs, and the
    // unknown words' second pair with theirs where it is installed (setup installs it).
    expect(text.stdout).toMatch(/^apertium\s+usable \(selected\): apertium \d+\.\d+\S* fr-es \d+\.\d+\S* \+ eng-spa \d+\.\d+\S*(?: \+ fra-cat \d+\.\d+\S* \+ eng-cat \d+\.\d+\S*)? pre-edit \d+ names kept(?: unknown words through fra-cat cat-eng)?$/m);
    expect(text.stdout).toMatch(/^google\s+not usable: .*set GOOGLE_API_KEY/m);
    expect(text.stdout).toMatch(/^google-advanced\s+not usable: .*set GOOGLE_APPLICATION_CREDENTIALS/m);
    // Each provider's capabilities on the line below it.
    expect(text.stdout).toMatch(/^apertium .*\n\s+free \(offline\), /m);
    expect(text.stdout).toMatch(/^google .*\n\s+\$20 per million characters, /m);
  });

  it('--json gives the same as data: usable, engine, reason and code, capabilities', async () => {
    const json = await runCli(['providers', '--json']);
    expect(json.code, json.stderr).toBe(0);
    const statuses = JSON.parse(json.stdout) as Record<string, unknown>[];
    expect(statuses.map((status) => status.id)).toEqual(['apertium', 'google', 'google-advanced', 'openai', 'deepl', 'libretranslate']);
    expect(statuses[0]).toMatchObject({
      id: 'apertium',
      usable: true,
      selected: true,
      engine: expect.stringMatching(/^apertium \d+\.\d+/),
      capabilities: { billingUnit: 'none', pricePerMillionCharacters: 0 },
    });
    expect(statuses[0]).not.toHaveProperty('reason');
    expect(statuses[1]).toMatchObject({
      id: 'google',
      usable: false,
      selected: false,
      code: 'MISSING_CREDENTIALS',
      reason: expect.stringContaining('GOOGLE_API_KEY'),
      capabilities: { billingUnit: 'character', pricePerMillionCharacters: 20 },
    });
    expect(statuses[2]).toMatchObject({ id: 'google-advanced', usable: false, code: 'MISSING_CREDENTIALS' });
    // No model is chosen by default, so nothing is billed by surprise: it says which key to set.
    expect(statuses[3]).toMatchObject({ id: 'openai', usable: false, code: 'CONFIG_INVALID', reason: expect.stringContaining('providers.openai.model') });
    expect(statuses[4]).toMatchObject({
      id: 'deepl',
      usable: false,
      code: 'MISSING_CREDENTIALS',
      reason: expect.stringContaining('DEEPL_API_KEY'),
      capabilities: { billingUnit: 'character', pricePerMillionCharacters: 25, maxSegmentsPerRequest: 50, markup: true },
    });
    expect(statuses[5]).toMatchObject({
      id: 'libretranslate',
      usable: false,
      code: 'MISSING_CREDENTIALS',
      reason: expect.stringContaining('LIBRETRANSLATE_URL'),
      capabilities: { billingUnit: 'none', pricePerMillionCharacters: 0, markup: true },
    });
  });

  it('deepl is usable when DEEPL_API_KEY is set, with its price from the configuration, and the key is never echoed', async () => {
    const deeplKey = '0c9e7a51-3b2d-4f68-9e1a-7d5c3b2a1f09:fx';
    const text = await runCli(['providers'], { env: { DEEPL_API_KEY: deeplKey } });
    expect(text.code, text.stderr).toBe(0);
    expect(text.stdout).toMatch(/^deepl\s+usable: deepl v2 EN-US html\n\s+\$25 per million characters, keeps sentence markup/m);
    const json = await runCli(['providers', '--json', '--set', 'providers.deepl.pricePerMillionCharacters=0', '--set', 'providers.deepl.targetLanguage=EN-GB'], {
      env: { DEEPL_API_KEY: deeplKey },
    });
    const statuses = JSON.parse(json.stdout) as { id: string }[];
    expect(statuses.find((status) => status.id === 'deepl')).toMatchObject({
      usable: true,
      engine: 'deepl v2 EN-GB html',
      capabilities: { pricePerMillionCharacters: 0 },
    });
    for (const output of [text.stdout, text.stderr, json.stdout, json.stderr]) expect(output).not.toContain(deeplKey.slice(0, 20));
  });

  it('follows the environment and the configuration: a key makes google usable (never echoed), a wrong modes folder makes apertium unusable', async () => {
    const json = await runCli(['providers', '--json', '--provider', 'google', '--set', 'providers.apertium.modesDir=/nonexistent/modes'], {
      env: { GOOGLE_API_KEY: FAKE_KEY },
    });
    expect(json.code, json.stderr).toBe(0);
    const statuses = JSON.parse(json.stdout) as { id: string }[];
    expect(statuses.find((status) => status.id === 'google')).toMatchObject({ usable: true, selected: true, engine: 'google v2 nmt' });
    expect(statuses.find((status) => status.id === 'apertium')).toMatchObject({
      usable: false,
      selected: false,
      code: 'ENGINE_NOT_INSTALLED',
      reason: expect.stringMatching(/Apertium is not installed/),
    });
    expect(json.stdout + json.stderr).not.toContain(FAKE_KEY);
  });
});
