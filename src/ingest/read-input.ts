/** Reads an article file's bytes, turning file-system failures into clear errors. */
import { readFile, stat } from 'node:fs/promises';
import { basename } from 'node:path';
import { BilingualError } from '../errors.ts';

export async function readArticleFile(path: string): Promise<Uint8Array> {
  const name = basename(path);
  const info = await stat(path).catch((error: unknown) => {
    throw new BilingualError('INPUT_NOT_FOUND', `The article file ${name} does not exist.`, {
      cause: error,
      details: { file: name },
    });
  });
  if (info.isDirectory()) {
    throw new BilingualError('INPUT_IS_DIRECTORY', `${name} is a folder, not an article file.`, { details: { file: name } });
  }
  try {
    return new Uint8Array(await readFile(path));
  } catch (error) {
    throw new BilingualError('INPUT_NOT_FOUND', `The article file ${name} could not be read.`, {
      cause: error,
      details: { file: name },
    });
  }
}
