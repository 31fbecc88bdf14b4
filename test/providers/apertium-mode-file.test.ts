import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { BilingualError } from '../../src/errors.ts';
import { parseModeFile } from '../../src/providers/apertium/parse-mode-file.ts';

const MODES_DIR = '/usr/share/apertium/modes';

describe.each(['fr-es', 'spa-eng'])('parseModeFile on the installed %s.mode', (mode) => {
  const path = `${MODES_DIR}/${mode}.mode`;
  const installed = existsSync(path);

  it.skipIf(!installed)('lists every program with -z exactly once and the placeholders filled', () => {
    const content = readFileSync(path, 'utf8');
    const commands = parseModeFile(content, { generationFlag: '-n' });
    expect(commands.length).toBe(content.split('|').length);
    for (const command of commands) {
      expect(command.program).toMatch(/^[a-z][a-z0-9-]*$/);
      expect(command.args.filter((argument) => argument === '-z')).toHaveLength(1);
      expect(command.args.join(' ')).not.toMatch(/\$[12]|['"]/);
    }
    expect(commands[0]!.program).toBe('lt-proc');
    expect(commands.map((command) => command.program)).toContain('apertium-transfer');
    // `$1` is the generator flag: the morphological generator gets -n, the post-generator keeps -p.
    const generators = commands.filter((command) => command.args.some((argument) => argument.endsWith('.autogen.bin')));
    expect(generators).toHaveLength(1);
    expect(generators[0]!.args).toContain('-n');
    // `$2` is empty by default and vanishes instead of becoming an empty argument.
    const tagger = commands.find((command) => command.program === 'apertium-tagger')!;
    expect(tagger.args).not.toContain('');
    expect(tagger.args.slice(0, 2)).toEqual(['-z', '-g']);
    // Quoted paths come out whole and unquoted.
    for (const command of commands) {
      for (const argument of command.args.filter((a) => a.startsWith('/'))) expect(existsSync(argument)).toBe(true);
    }
  });
});

describe('parseModeFile quirks', () => {
  it('keeps an existing -z or --null-flush and adds none twice', () => {
    const commands = parseModeFile("lt-proc -z 'a.bin' | cg-proc --null-flush -w b.bin | apertium-pretransfer");
    expect(commands).toEqual([
      { program: 'lt-proc', args: ['-z', 'a.bin'] },
      { program: 'cg-proc', args: ['-z', '-w', 'b.bin'] },
      { program: 'apertium-pretransfer', args: ['-z'] },
    ]);
  });

  it('handles double quotes, escaped spaces, line continuations and both placeholders', () => {
    const content = 'lt-proc "$1" "/data/my pair/x.bin" \\\n | apertium-tagger -g $2 /data/with\\ space.prob|lrx-proc -m x.autolex.bin';
    const commands = parseModeFile(content, { generationFlag: '-g', taggerFlag: '-m' });
    expect(commands).toEqual([
      { program: 'lt-proc', args: ['-z', '-g', '/data/my pair/x.bin'] },
      { program: 'apertium-tagger', args: ['-z', '-g', '-m', '/data/with space.prob'] },
      { program: 'lrx-proc', args: ['-z', '-m', 'x.autolex.bin'] },
    ]);
  });

  it('keeps a quoted empty placeholder as an argument, as the shell would', () => {
    expect(parseModeFile('lt-proc "$2" a.bin', { taggerFlag: '' })).toEqual([{ program: 'lt-proc', args: ['-z', '', 'a.bin'] }]);
  });

  it('refuses shell features it cannot run without a shell, with ENGINE_NOT_INSTALLED', () => {
    for (const content of ['lt-proc a.bin > out', 'lt-proc a.bin; rm x', 'lt-proc a.bin ||', "lt-proc 'a.bin", '| lt-proc', '']) {
      const error = (() => {
        try {
          parseModeFile(content, { name: 'bad.mode' });
        } catch (caught) {
          return caught;
        }
        return undefined;
      })();
      expect(error, content).toBeInstanceOf(BilingualError);
      expect((error as BilingualError).code).toBe('ENGINE_NOT_INSTALLED');
      expect((error as BilingualError).message).toContain('bad.mode');
    }
  });
});
