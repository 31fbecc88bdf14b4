/**
 * Reads an article file's bytes, turning file-system failures into clear errors.
 *
 * Through `node:fs`'s callbacks rather than `node:fs/promises`: that module brings readline, the
 * file watchers and the directory reader with it, about a millisecond of a `bilingual segment`
 * that reads one file (docs/benchmarks.md, session 40). The same calls, answered the same way.
 */
import { readFile, stat } from 'node:fs';
import { basename } from 'node:path';
import { promisify } from 'node:util';
import { BilingualError } from '../errors.ts';

const statOf = promisify(stat);
const bytesOf = promisify(readFile);

export async function readArticleFile(path: string): Promise<Uint8Array> {
  const name = basename(path);
  const info = await statOf(path).catch((error: unknown) => {
    throw new BilingualError('INPUT_NOT_FOUND', `The article file ${name} does not exist.`, {
      cause: error,
      details: { file: name },
    });
  });
  if (info.isDirectory()) {
    throw new BilingualError('INPUT_IS_DIRECTORY', `${name} is a folder, not an article file.`, { details: { file: name } });
  }
  try {
    return new Uint8Array(await bytesOf(path));
  } catch (error) {
    throw new BilingualError('INPUT_NOT_FOUND', `The article file ${name} could not be read.`, {
      cause: error,
      details: { file: name },
    });
  }
}
