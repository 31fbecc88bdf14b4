/**
 * The engine's chain started by one shell (engine-pipeline.ts): every word of the mode reaches
 * its program unchanged, the programs' data goes from one to the next, and a program that ends
 * is named with how it ended; programs started side by side by one shell, each on its own
 * descriptors. Small stand-in programs (`cat`, `false`, `sh`), no Apertium.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { BilingualError } from '../../src/errors.ts';
import { chainScript, EnginePipeline, startSideBySide } from '../../src/providers/apertium/engine-pipeline.ts';

describe('the chain script', () => {
  it('gives each program its arguments as written: quotes, dollars and spaces are not read by the shell', () => {
    const script = chainScript([{ program: 'printf', args: ['%s|', "l'arbre", '$HOME', 'deux mots', '`date`'] }]);
    const output = execFileSync('/bin/sh', ['-c', script], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
    expect(output).toBe("l'arbre|$HOME|deux mots|`date`|");
  });

  it("pipes each program into the next and writes each one's exit status, by its place in the chain", () => {
    const script = chainScript([
      { program: 'printf', args: ['a b c'] },
      { program: 'tr', args: [' ', '-'] },
    ]);
    const output = execFileSync('/bin/sh', ['-c', script], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
    expect(output).toBe('a-b-c');
    const stderr = execFileSync('/bin/sh', ['-c', `(${script}) 2>&1 >/dev/null`], { encoding: 'utf8' }).split('\n').filter(Boolean);
    expect(stderr.sort()).toEqual(['bilingual-engine-exit 0 0', 'bilingual-engine-exit 1 0']);
  });
});

/** A process's niceness, from /proc/<pid>/stat (field 19). */
function nicenessOf(pid: number): number {
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  return Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[16]);
}

describe('an engine chain started by one shell', () => {
  it('runs every program of the chain the niceness asked for above this process, with the same answers', async () => {
    const engine = new EnginePipeline({ commands: [{ program: 'cat', args: [] }, { program: 'cat', args: [] }], niceness: 7 });
    try {
      expect(await engine.translate(['une', 'deux'])).toEqual(['une', 'deux']);
      expect(engine.processIds).toHaveLength(2);
      const own = nicenessOf(process.pid);
      expect(engine.processIds.map(nicenessOf)).toEqual([Math.min(19, own + 7), Math.min(19, own + 7)]);
    } finally {
      engine.close();
    }
  });

  it('answers each null-terminated chunk through the whole chain', async () => {
    const engine = new EnginePipeline({ commands: [{ program: 'cat', args: [] }, { program: 'cat', args: [] }] });
    try {
      expect(await engine.translate(['une', 'deux'])).toEqual(['une', 'deux']);
      expect(await engine.translate(['trois'])).toEqual(['trois']);
      expect(engine.processIds).toHaveLength(2); // the programs, not the shell nor its groups
    } finally {
      engine.close();
    }
  });

  it('fails the request in flight naming the program that ended and its exit code, not the ones that followed it', async () => {
    const engine = new EnginePipeline({
      commands: [
        { program: 'cat', args: [] },
        { program: 'sh', args: ['-c', 'echo "dictionnaire illisible" >&2; exit 3'] },
        { program: 'cat', args: [] },
      ],
    });
    try {
      const error = await engine.translate(['texte']).then(
        () => undefined,
        (caught: unknown) => caught,
      );
      expect(error).toBeInstanceOf(BilingualError);
      expect((error as BilingualError).code).toBe('ENGINE_FAILED');
      expect((error as BilingualError).message).toMatch(/sh exited with code 3 \(dictionnaire illisible\)/);
      expect(engine.usable).toBe(false);
    } finally {
      engine.close();
    }
  });

  it('ends every program on close, a hung one too, and nothing it started stays behind', async () => {
    // The middle program never reads its input: only a kill ends it.
    const engine = new EnginePipeline({ commands: [{ program: 'cat', args: [] }, { program: 'sleep', args: ['60'] }, { program: 'cat', args: [] }] });
    await expect.poll(() => engine.processIds.length).toBe(3);
    const programs = engine.processIds;
    const shell = shellOf(programs[0]!);
    engine.close();
    await expect.poll(() => [shell, ...programs].filter(running)).toEqual([]);
  });

  it('says a program could not be started when the shell does not find it', async () => {
    const engine = new EnginePipeline({ commands: [{ program: 'cat', args: [] }, { program: 'no-such-engine-program', args: [] }] });
    try {
      const error = await engine.translate(['texte']).then(
        () => undefined,
        (caught: unknown) => caught,
      );
      expect((error as BilingualError).message).toMatch(/no-such-engine-program could not be started/);
    } finally {
      engine.close();
    }
  });
});

/** Still running: not ended, not a zombie waiting to be reaped (Linux /proc). */
function running(pid: number): boolean {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    return stat.slice(stat.lastIndexOf(')') + 2)[0] !== 'Z';
  } catch {
    return false;
  }
}

/** The shell that runs a program's `{ …; }` group: its parent's parent. */
function shellOf(pid: number): number {
  const parent = (id: number) => {
    const stat = readFileSync(`/proc/${id}/stat`, 'utf8');
    return Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
  };
  return parent(parent(pid));
}

describe('single programs started side by side by one shell', () => {
  it('gives each program its own input and output: each answers only its own chunks', async () => {
    const [upper, dashes] = startSideBySide([
      // Unbuffered, one null-terminated record at a time, as the dictionaries answer.
      { program: 'sed', args: ['-u', '-z', 's/.*/\\U&/'] },
      { program: 'sed', args: ['-u', '-z', 's/ /-/g'] },
    ]);
    try {
      const answers = await Promise.all([upper!.translate(['une phrase', 'deux']), dashes!.translate(['trois mots ici'])]);
      expect(answers).toEqual([['UNE PHRASE', 'DEUX'], ['trois-mots-ici']]);
      expect(await dashes!.translate(['a b'])).toEqual(['a-b']);
      expect(upper!.processIds).toHaveLength(2); // both programs, not the shell nor its groups
    } finally {
      upper!.close();
      dashes!.close();
    }
  }, 10_000);

  it('starts more than four programs four by four (a shell names descriptors up to 9), each still on its own', async () => {
    const readers = startSideBySide(Array.from({ length: 6 }, (_, index) => ({ program: 'sed', args: ['-u', '-z', `s/$/ ${index}/`] })));
    try {
      expect(await Promise.all(readers.map((reader) => reader.translate(['mot'])))).toEqual([0, 1, 2, 3, 4, 5].map((index) => [`mot ${index}`]));
    } finally {
      for (const reader of readers) reader.close();
    }
  }, 10_000);

  it('fails a request naming the program that ended, and ends the others with it', async () => {
    const [reader, broken] = startSideBySide([
      { program: 'cat', args: [] },
      { program: 'sh', args: ['-c', 'head -c 1 >/dev/null; echo "dictionnaire absent" >&2; exit 4'] },
    ]);
    try {
      const error = await broken!.translate(['mot']).then(
        () => undefined,
        (caught: unknown) => caught,
      );
      expect((error as BilingualError).message).toMatch(/sh exited with code 4 \(dictionnaire absent\)/);
      await expect.poll(() => reader!.usable).toBe(false);
      // Its sibling is killed with it; the kernel takes a moment to end it on a loaded machine.
      await expect.poll(() => reader!.processIds, { timeout: 5000 }).toEqual([]);
    } finally {
      reader!.close();
      broken!.close();
    }
  }, 10_000);

  it('ends every program and the shell on close', async () => {
    const readers = startSideBySide([
      { program: 'cat', args: [] },
      { program: 'sleep', args: ['60'] },
    ]);
    await expect.poll(() => readers[0]!.processIds.length).toBe(2);
    const programs = readers[0]!.processIds;
    const shell = shellOf(programs[0]!);
    for (const reader of readers) reader.close();
    await expect.poll(() => [shell, ...programs].filter(running)).toEqual([]);
  }, 10_000);
});
