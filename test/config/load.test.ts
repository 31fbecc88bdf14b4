import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { z } from 'zod';
import { DEFAULT_CONFIG_FILE, loadConfig, parseSetOption, type ConfigOverride } from '../../src/config/load.ts';
import { configSchema, keysAt } from '../../src/config/schema.ts';
import { BilingualError } from '../../src/errors.ts';

const API_KEY = 'AIzaSyA-test0123456789abcdefghijklmnopq';

let folder: string;
beforeEach(async () => {
  folder = await mkdtemp(join(tmpdir(), 'bilingual-config-'));
});
afterEach(async () => {
  await rm(folder, { recursive: true, force: true });
});

async function userFile(text: string, name = 'my.yaml'): Promise<string> {
  const path = join(folder, name);
  await writeFile(path, text);
  return path;
}

async function failure(promise: Promise<unknown>): Promise<BilingualError> {
  const error = await promise.then(
    () => undefined,
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(BilingualError);
  return error as BilingualError;
}

describe('defaults', () => {
  it('load and validate with no file, no flags and an empty environment', async () => {
    const config = await loadConfig({ env: {} });
    expect(config.provider).toBe('apertium');
    // Quotas belong to each provider now (issue 15): top-level ones are unset by default.
    expect(config.limits).toMatchObject({ concurrency: 4, requestTimeoutMs: 30000 });
    expect(config.limits.requestsPerMinute).toBeUndefined();
    expect(config.limits.charactersPerMinute).toBeUndefined();
    expect(config.providers.google.limits).toEqual({});
    expect(config.retry.maxAttempts).toBe(5);
    expect(config.cache).toEqual({ enabled: true, path: '.cache/translations.sqlite' });
    expect(config.providers.apertium.modes).toEqual(['fr-es', 'spa-eng']);
    expect(config.providers.google.apiKey).toBeUndefined();
  });

  it('document every setting of the schema with a comment', async () => {
    const text = await readFile(DEFAULT_CONFIG_FILE, 'utf8');
    const lines = text.split('\n');
    const missing: string[] = [];
    const visit = (path: string[]) => {
      for (const key of keysAt(path)) {
        const full = [...path, key];
        // The key is written (or shown commented out, for optional settings) and the line
        // above it is a comment.
        const index = lines.findIndex((line) => new RegExp(`^\\s*(# )?${key}:`).test(line));
        if (index <= 0 || !/^\s*#/.test(lines[index - 1]!) && keysAt(full).length === 0) missing.push(full.join('.'));
        visit(full);
      }
    };
    visit([]);
    expect(missing).toEqual([]);
  });

  it('are exactly what the schema accepts, with nothing left over', () => {
    return readFile(DEFAULT_CONFIG_FILE, 'utf8').then((text) => {
      expect(configSchema.safeParse(parse(text)).success).toBe(true);
    });
  });
});

describe('zod', () => {
  it('parses interpreted (jitless): a run parses its configuration once, and writing a parser per object schema cost more than it saved', () => {
    expect(configSchema).toBeDefined();
    expect(z.config().jitless).toBe(true);
  });
});

describe('merge order', () => {
  it('puts the user file over the defaults and the flags over both', async () => {
    const configFile = await userFile('limits:\n  concurrency: 2\n  requestsPerMinute: 100\nretry:\n  maxAttempts: 3\n');
    const overrides: ConfigOverride[] = [
      { path: ['limits', 'concurrency'], value: 8, source: '--concurrency' },
      parseSetOption('retry.initialDelayMs=10'),
    ];
    const config = await loadConfig({ configFile, overrides, env: {} });
    expect(config.limits.concurrency).toBe(8); // flag over file
    expect(config.limits.requestsPerMinute).toBe(100); // file over default
    expect(config.limits.requestTimeoutMs).toBe(30000); // default kept beside merged keys
    expect(config.retry).toMatchObject({ maxAttempts: 3, initialDelayMs: 10, maxDelayMs: 30000 });
  });

  it('replaces lists instead of merging them, and unsets with null', async () => {
    const configFile = await userFile('providers:\n  apertium:\n    modes: [fr-en]\nglossary:\n  path: null\n');
    const config = await loadConfig({ configFile, env: {} });
    expect(config.providers.apertium.modes).toEqual(['fr-en']);
    expect(config.glossary.path).toBeUndefined();
  });

  it('reads secrets from the environment, over the file', async () => {
    const configFile = await userFile('providers:\n  google-advanced:\n    projectId: from-file\n');
    const config = await loadConfig({
      configFile,
      env: { GOOGLE_API_KEY: API_KEY, GOOGLE_CLOUD_PROJECT: 'from-env', HOME: '/nowhere' },
    });
    expect(config.providers.google.apiKey).toBe(API_KEY);
    expect(config.providers['google-advanced'].projectId).toBe('from-env');
  });

  it('reads --set values as YAML, except where the setting holds text', () => {
    expect(parseSetOption('limits.concurrency=8').value).toBe(8);
    expect(parseSetOption('cache.enabled=false').value).toBe(false);
    expect(parseSetOption('providers.apertium.modes=[fr-es, spa-eng]').value).toEqual(['fr-es', 'spa-eng']);
    expect(parseSetOption('output.dir=2024').value).toBe('2024');
    expect(() => parseSetOption('limits.concurrency')).toThrow(/key\.path=value/);
  });
});

describe('errors', () => {
  it('name the file, line, path, expectation and the value found for a wrong type', async () => {
    const configFile = await userFile('provider: apertium\nlimits:\n  requestsPerMinute: 10\n  concurrency: four\n');
    const error = await failure(loadConfig({ configFile, env: {} }));
    expect(error.code).toBe('CONFIG_INVALID');
    expect(error.message).toBe(`${configFile}:4: limits.concurrency: expected a whole number ≥ 1, got "four"`);
  });

  it('name a bad value (out of range, not whole, not in the list)', async () => {
    const configFile = await userFile('retry:\n  maxAttempts: 0\n  backoffFactor: 0.5\nlimits:\n  concurrency: 2.5\nproviders:\n  google:\n    model: turbo\n');
    const error = await failure(loadConfig({ configFile, env: {} }));
    const lines = error.message.split('\n').sort();
    expect(lines).toEqual(
      [
        `${configFile}:2: retry.maxAttempts: expected a whole number ≥ 1, got 0`,
        `${configFile}:3: retry.backoffFactor: expected a number ≥ 1, got 0.5`,
        `${configFile}:5: limits.concurrency: expected a whole number ≥ 1, got 2.5`,
        `${configFile}:8: providers.google.model: expected nmt or base, got "turbo"`,
      ].sort(),
    );
    expect(error.details.issues).toHaveLength(4);
  });

  it('name an unknown key on the line of the key, with the nearest known one', async () => {
    const configFile = await userFile('limits:\n  concurency: 3\ncolour: blue\n');
    const error = await failure(loadConfig({ configFile, env: {} }));
    expect(error.code).toBe('CONFIG_INVALID');
    const lines = error.message.split('\n');
    expect(lines).toContain(`${configFile}:2: limits.concurency: unknown setting; did you mean concurrency?`);
    expect(lines.find((line) => line.includes('colour'))).toMatch(
      new RegExp(`^${escape(configFile)}:3: colour: unknown setting; expected one of provider, .*qa$`),
    );
  });

  it('name the flag when the bad value came from the command line', async () => {
    const error = await failure(
      loadConfig({
        env: {},
        overrides: [{ path: ['limits', 'concurrency'], value: 'four', source: '--concurrency' }, parseSetOption('qa.strictly=true')],
      }),
    );
    expect(error.message.split('\n').sort()).toEqual(
      [
        '--concurrency: limits.concurrency: expected a whole number ≥ 1, got "four"',
        '--set: qa.strictly: unknown setting; did you mean strict?',
      ].sort(),
    );
  });

  it('give line and column for YAML syntax errors', async () => {
    const configFile = await userFile('limits:\n  concurrency: 3\n  retries: [1, 2\nqa: {strict: true}\n');
    const error = await failure(loadConfig({ configFile, env: {} }));
    expect(error.code).toBe('CONFIG_SYNTAX');
    expect(error.message.split('\n')[0]).toMatch(new RegExp(`^${escape(configFile)}:\\d+:\\d+: YAML syntax error: \\S`));
  });

  it('reports a duplicated key as a syntax error with its line', async () => {
    const configFile = await userFile('provider: google\nprovider: apertium\n');
    const error = await failure(loadConfig({ configFile, env: {} }));
    expect(error.code).toBe('CONFIG_SYNTAX');
    expect(error.message).toMatch(new RegExp(`^${escape(configFile)}:2:1: YAML syntax error: .*unique`));
  });

  it('refuses a file that is not a mapping', async () => {
    const configFile = await userFile('- provider\n- google\n');
    const error = await failure(loadConfig({ configFile, env: {} }));
    expect(error.code).toBe('CONFIG_INVALID');
    expect(error.message).toBe(`${configFile}:1: expected a mapping of settings (key: value lines), got a list.`);
  });

  it('says when the file does not exist', async () => {
    const error = await failure(loadConfig({ configFile: join(folder, 'nope.yaml'), env: {} }));
    expect(error.code).toBe('CONFIG_INVALID');
    expect(error.message).toMatch(/nope\.yaml: no such file\.$/);
  });

  it('lists the known providers for an unknown one, with its line', async () => {
    const configFile = await userFile('# mine\nprovider: systran\n');
    const error = await failure(loadConfig({ configFile, env: {} }));
    expect(error.code).toBe('UNKNOWN_PROVIDER');
    expect(error.message).toBe(
      `${configFile}:2: provider: unknown provider "systran"; expected one of apertium, google, google-advanced, openai, deepl, libretranslate.`,
    );
  });
});

describe('secrets', () => {
  it('are never echoed in a validation error, from the environment or from a file', async () => {
    const fromEnv = await failure(
      loadConfig({ env: { GOOGLE_API_KEY: API_KEY }, overrides: [parseSetOption('providers.google.model=best')] }),
    );
    expect(fromEnv.message).toBe('--set: providers.google.model: expected nmt or base, got "best"');
    expect(JSON.stringify(fromEnv.details)).not.toContain(API_KEY);

    const configFile = await userFile(`providers:\n  google:\n    apiKey: [${API_KEY}]\n`);
    const fromFile = await failure(loadConfig({ configFile, env: {} }));
    expect(fromFile.message).toBe(`${configFile}:3: providers.google.apiKey: expected a text, got a hidden value`);
    expect(JSON.stringify(fromFile.details)).not.toContain(API_KEY);
  });

  it('written in a file work but are warned about, without the value', async () => {
    const configFile = await userFile(`provider: google\nproviders:\n  google:\n    apiKey: ${API_KEY}\n`);
    const warnings: string[] = [];
    const config = await loadConfig({ configFile, env: {}, onWarning: (message) => warnings.push(message) });
    expect(config.providers.google.apiKey).toBe(API_KEY);
    expect(warnings).toEqual([
      `${configFile}:4: providers.google.apiKey: a secret in a config file is easily shared by mistake; prefer the GOOGLE_API_KEY environment variable.`,
    ]);
  });
});

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
