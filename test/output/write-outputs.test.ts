import { spawnSync } from 'node:child_process';
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

  it('writes several folders asked at once, each whole', async () => {
    folder = await mkdtemp(join(tmpdir(), 'bilingual-write-'));
    const folders = Array.from({ length: 6 }, (_, index) => join(folder, `article-${index}`));
    const written = await Promise.all(folders.map((inside, index) => writeOutputsAtomically(inside, [{ name: 'a.md', content: `a${index}` }, { name: 'b.md', content: `b${index}` }])));
    expect(written).toEqual(folders.map((inside) => [join(inside, 'a.md'), join(inside, 'b.md')]));
    for (const [index, inside] of folders.entries()) {
      expect(await readFile(join(inside, 'b.md'), 'utf8')).toBe(`b${index}`);
      expect((await readdir(inside)).sort()).toEqual(['a.md', 'b.md']);
    }
  });

  it('does not keep the process alive once its writes are done', async () => {
    folder = await mkdtemp(join(tmpdir(), 'bilingual-write-'));
    const module = new URL('../../src/output/write-outputs.ts', import.meta.url).href;
    const script = `const { writeOutputsAtomically } = await import(${JSON.stringify(module)}); await writeOutputsAtomically(${JSON.stringify(folder)}, [{ name: 'a.md', content: 'x' }]);`;
    const child = spawnSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], { encoding: 'utf8', timeout: 60_000 });
    expect(child.error).toBeUndefined(); // a process kept alive would have been killed at the timeout
    expect(child.status).toBe(0);
    expect(await readFile(join(folder, 'a.md'), 'utf8')).toBe('x');
  });
});
