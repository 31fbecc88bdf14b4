import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { writeOutputsAtomically } from '../../src/output/write-outputs.ts';

let folder: string;
afterEach(async () => {
  await rm(folder, { recursive: true, force: true });
});

describe('writeOutputsAtomically', () => {
  it('writes every file, replaces old versions and leaves no temporary file', async () => {
    folder = await mkdtemp(join(tmpdir(), 'bilingual-write-'));
    await writeFile(join(folder, 'a.md'), 'old');
    const written = await writeOutputsAtomically(folder, [
      { name: 'a.md', content: 'new a' },
      { name: 'b.json', content: '{}' },
    ]);
    expect(written).toEqual([join(folder, 'a.md'), join(folder, 'b.json')]);
    expect(await readFile(join(folder, 'a.md'), 'utf8')).toBe('new a');
    expect((await readdir(folder)).sort()).toEqual(['a.md', 'b.json']);
  });

  it('removes what a killed run left half-written, and leaves other files alone', async () => {
    folder = await mkdtemp(join(tmpdir(), 'bilingual-write-'));
    await writeFile(join(folder, '.a.md.12345.tmp'), 'half');
    await writeFile(join(folder, 'notes.txt'), 'mine');
    await writeOutputsAtomically(folder, [{ name: 'a.md', content: 'whole' }]);
    expect((await readdir(folder)).sort()).toEqual(['a.md', 'notes.txt']);
  });

  it('fails with OUTPUT_WRITE and removes its temporary files when a file cannot be written', async () => {
    folder = await mkdtemp(join(tmpdir(), 'bilingual-write-'));
    const blocker = join(folder, 'blocked');
    await writeFile(blocker, 'a file where a folder should be');
    await expect(writeOutputsAtomically(join(blocker, 'inside'), [{ name: 'a.md', content: 'x' }])).rejects.toMatchObject({
      code: 'OUTPUT_WRITE',
    });
    expect(await readdir(folder)).toEqual(['blocked']);
  });
});
