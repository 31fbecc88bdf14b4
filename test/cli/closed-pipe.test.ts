/**
 * A reader that closes the command's standard output early (`bilingual --help | head -3`,
 * `bilingual build ... | head -1`): the command must not die on EPIPE with a stack trace, and a
 * build must still write every edition and exit as it would have.
 */
import { spawn } from 'node:child_process';
import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startFakeGoogleV2Server, type FakeGoogleV2Server } from '../support/fake-google-v2-server.ts';
import { CLI_PATH, cleanEnvironment, REPOSITORY_ROOT, STACK_LINE } from '../support/run-cli.ts';

const SEED = join(REPOSITORY_ROOT, 'seeds', 'g20-syria-talks-2016.txt');
const FAKE_KEY = 'AIzaSyA-test0123456789abcdefghijklmnopq';

/** Runs the command with its standard output a pipe this side closes at once, before the command writes. */
function runWithClosedOutput(args: string[], env: Record<string, string> = {}): Promise<{ code: number | null; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [CLI_PATH, ...args], { cwd: REPOSITORY_ROOT, env: cleanEnvironment(env), stdio: ['ignore', 'pipe', 'pipe'] });
    child.stdout!.destroy();
    let stderr = '';
    child.stderr!.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    const timer = setTimeout(() => child.kill('SIGKILL'), 60_000);
    child.on('error', reject);
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve({ code, stderr });
    });
  });
}

let folder: string;
let server: FakeGoogleV2Server;
beforeAll(async () => {
  folder = await mkdtemp(join(tmpdir(), 'bilingual-closed-pipe-'));
  server = await startFakeGoogleV2Server();
});
afterAll(async () => {
  await server.close();
  await rm(folder, { recursive: true, force: true });
});

describe('standard output closed by its reader', () => {
  it('--help exits 0 with nothing on stderr', async () => {
    const result = await runWithClosedOutput(['--help']);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
  });

  it('segment exits 0 with nothing on stderr', async () => {
    const result = await runWithClosedOutput(['segment', SEED]);
    expect(result.stderr).not.toMatch(STACK_LINE);
    expect(result.stderr).not.toMatch(/EPIPE/);
    expect(result.code).toBe(0);
  });

  it('a build still writes every edition of the article', async () => {
    const out = join(folder, 'out');
    const env = { GOOGLE_API_KEY: FAKE_KEY, GOOGLE_CLOUD_TRANSLATE_ENDPOINT: server.endpoint };
    const result = await runWithClosedOutput(['build', SEED, '--provider', 'google', '--out', out, '--cache-path', join(folder, 'cache.sqlite')], env);
    expect(result.stderr).not.toMatch(STACK_LINE);
    expect(result.stderr).not.toMatch(/EPIPE/);
    expect(result.code).toBe(0);
    const written = await readdir(join(out, 'g20-syria-talks-2016'));
    expect(written).toEqual(expect.arrayContaining(['g20-syria-talks-2016.fr-en.md', 'g20-syria-talks-2016.en.md', 'g20-syria-talks-2016.fr.md']));
  });
});
