/**
 * Reads an Apertium `.mode` file (one shell pipeline, for example
 * `lt-proc 'fr-es.automorf.bin' | apertium-tagger -g $2 'fr-es.prob' | …`) into the list of
 * programs it runs, so each can be spawned directly with null-flush (`-z`) on.
 *
 * The `apertium` wrapper cannot be used for a warm engine: its deformatter buffers, so `-z`
 * never answers. Parsing the mode file keeps the pair's own program list and arguments.
 */
import { BilingualError } from '../../errors.ts';

export interface ModeCommand {
  /** Program name as written in the mode file (looked up on PATH when not absolute). */
  program: string;
  /** Arguments, unquoted, `$1`/`$2` substituted, `-z` present exactly once. */
  args: string[];
}

export interface ParseModeFileOptions {
  /**
   * What `$1` stands for: the generator's flag. `-g` marks unknown words with `*`,
   * `-n` does not.
   * @default "-n"
   */
  generationFlag?: string;
  /**
   * What `$2` stands for: the tagger's extra flag (`-m` shows ambiguity), or nothing.
   * @default ""
   */
  taggerFlag?: string;
  /** Name shown in error messages, for example `fr-es.mode`. */
  name?: string;
}

const NULL_FLUSH_FLAGS = new Set(['-z', '--null-flush']);

/** Splits a mode file into commands, honouring quotes and escapes; rejects shell features it cannot run. */
export function parseModeFile(content: string, options: ParseModeFileOptions = {}): ModeCommand[] {
  const name = options.name ?? 'mode file';
  const substitutions: Record<string, string> = {
    '1': options.generationFlag ?? '-n',
    '2': options.taggerFlag ?? '',
  };
  const commands: string[][] = [[]];
  let word = '';
  let inWord = false;
  const endWord = () => {
    if (inWord) commands.at(-1)!.push(word);
    word = '';
    inWord = false;
  };
  const fail = (reason: string): never => {
    throw new BilingualError('ENGINE_NOT_INSTALLED', `The Apertium ${name} cannot be read: ${reason}.`, {
      details: { modeFile: name },
    });
  };

  const text = content.replace(/\\\r?\n/g, ' ');
  for (let index = 0; index < text.length; index++) {
    const character = text[index]!;
    if (character === "'") {
      const end = text.indexOf("'", index + 1);
      if (end < 0) fail('a single quote is not closed');
      word += text.slice(index + 1, end);
      inWord = true;
      index = end;
    } else if (character === '"') {
      inWord = true;
      index++;
      for (; index < text.length && text[index] !== '"'; index++) {
        const inner = text[index]!;
        if (inner === '\\' && index + 1 < text.length && '"\\$`'.includes(text[index + 1]!)) {
          word += text[++index];
        } else if (inner === '$' && /[12]/.test(text[index + 1] ?? '')) {
          word += substitutions[text[++index]!];
        } else {
          word += inner;
        }
      }
      if (index >= text.length) fail('a double quote is not closed');
    } else if (character === '\\') {
      if (index + 1 < text.length) word += text[++index];
      inWord = true;
    } else if (character === '$' && /[12]/.test(text[index + 1] ?? '')) {
      const value = substitutions[text[++index]!]!;
      // An unquoted empty expansion vanishes, as it does in the shell.
      if (value !== '' || inWord) {
        word += value;
        inWord = true;
      }
    } else if (character === '|') {
      if (text[index + 1] === '|') fail('it uses `||`, which is not a plain pipeline');
      endWord();
      if (commands.at(-1)!.length === 0) fail('a pipe has no program before it');
      commands.push([]);
    } else if (/\s/.test(character)) {
      endWord();
    } else if (character === '#' && !inWord) {
      // A comment runs to the end of the line.
      const end = text.indexOf('\n', index);
      index = end < 0 ? text.length : end;
    } else if (';&<>`()'.includes(character)) {
      fail(`it uses the shell feature \`${character}\`, which is not a plain pipeline`);
    } else {
      word += character;
      inWord = true;
    }
  }
  endWord();
  if (commands.at(-1)!.length === 0) {
    if (commands.length === 1) fail('it names no program');
    fail('it ends with a pipe');
  }

  return commands.map((words) => {
    const [program, ...rest] = words as [string, ...string[]];
    const args = rest.filter((argument) => !NULL_FLUSH_FLAGS.has(argument));
    return { program, args: ['-z', ...args] };
  });
}
