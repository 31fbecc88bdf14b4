/**
 * The live progress display, seen through a pseudo-terminal: the real CLI runs under
 * `script -qec` (util-linux), which gives it a terminal and records the screen.
 */
import { spawnSync } from 'node:child_process';
import { copyFile, mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cleanEnvironment, CLI_PATH, REPOSITORY_ROOT } from '../support/run-cli.ts';

const hasScript = spawnSync('script', ['--version'], { encoding: 'utf8' }).status === 0;
const ERASE_FRAME = /(?:\u001B\[2K\u001B\[1A)+\u001B\[2K\u001B\[G/;

let folder: string;
beforeAll(async () => {
  folder = await mkdtemp(join(tmpdir(), 'bilingual-tty-'));
});
afterAll(async () => {
  await rm(folder, { recursive: true, force: true });
});

function quote(text: string): string {
  return `'${text.replace(/'/g, `'\\''`)}'`;
}

describe.skipIf(!hasScript)('build on a terminal', () => {
  it('redraws a live display in place, then leaves the summary and the list of files', async () => {
    const inputs: string[] = [];
    for (const name of ['first.txt', 'second.txt', 'third.txt']) {
      const path = join(folder, name);
      await copyFile(join(REPOSITORY_ROOT, 'seeds', 'g20-syria-talks-2016.txt'), path);
      inputs.push(path);
    }
    const out = join(folder, 'out');
    const command = [process.execPath, CLI_PATH, 'build', ...inputs, '--out', out, '--no-cache'].map(quote).join(' ');
    const result = spawnSync('script', ['-qec', `stty cols 100 rows 30; ${command}`, '/dev/null'], {
      cwd: REPOSITORY_ROOT,
      env: cleanEnvironment({ TERM: 'xterm' }),
      encoding: 'utf8',
      timeout: 120_000,
    });
    expect(result.status, result.stdout).toBe(0);
    const screen = result.stdout;
    const frames = screen.split(ERASE_FRAME);
    expect(frames.length).toBeGreaterThan(3); // drawn, erased and drawn again, not printed line after line
    const progress = frames.filter((frame) => frame.startsWith('Building 3 articles with apertium'));
    expect(progress.some((frame) => /articles 1\/3/.test(frame) && /about \d+:\d\d left/.test(frame))).toBe(true);
    // The offline engine is sent the first article alone, as soon as it is structured (the other
    // two, the same text, ask for nothing new): the display follows that call, by the file's name.
    expect(progress.some((frame) => /translating first\.txt: segments \d+\/(\d+|\?)/.test(frame))).toBe(true);
    expect(screen).toMatch(/segments \d+ · cache hits 0 · requests \d+ · 0 characters billed · retries 0/);
    expect(screen).toMatch(/Done: 3 of 3 articles built · \d+ sentences/);
    expect(screen).toMatch(/first\/first\.fr-en\.md\r?\n/);
    expect(screen).not.toMatch(/^\[1\/3\] first\.txt: 8 files written/m); // the plain lines are for pipes only
    expect(await readdir(out)).toEqual(['first', 'index.html', 'second', 'third']);
  });
});
