/**
 * Expands the command line's files, folders and globs into article files, in a stable order.
 * A folder contributes its `.txt` files, its saved web pages (`.html`, `.htm`) and its `.pdf` files that are PDFs (that start with
 * `%PDF-`; a text saved under that name is not an article), recursively, hidden files skipped; a glob is matched
 * with tinyglobby. A name that matches nothing is reported, not silently skipped.
 */
import { open, stat } from 'node:fs/promises';
import { resolve } from 'node:path';
import { glob, isDynamicPattern } from 'tinyglobby';
import { BilingualError } from '../errors.ts';
import { isOwnEdition } from '../ingest/read-html.ts';
import { isPdf } from '../ingest/read-pdf.ts';

/** Extensions taken from a folder. */
export const ARTICLE_EXTENSIONS = ['txt', 'pdf', 'html', 'htm'];

export interface FoundArticles {
  files: string[];
  /** Inputs that could not be used, with the error to report for each. */
  missing: { input: string; error: BilingualError }[];
}

export async function findArticles(inputs: string[]): Promise<FoundArticles> {
  const files: string[] = [];
  const missing: FoundArticles['missing'] = [];
  for (const input of inputs) {
    if (isDynamicPattern(input)) {
      const matched = await glob(input, { onlyFiles: true, absolute: true, dot: false });
      if (matched.length === 0) {
        missing.push({ input, error: new BilingualError('INPUT_NOT_FOUND', `No file matches "${input}".`) });
      }
      files.push(...matched.sort());
      continue;
    }
    const info = await stat(input).catch(() => undefined);
    if (info === undefined) {
      missing.push({ input, error: new BilingualError('INPUT_NOT_FOUND', `No such file or folder: ${input}.`) });
    } else if (info.isDirectory()) {
      const patterns = ARTICLE_EXTENSIONS.map((extension) => `**/*.${extension}`);
      const matched = await keepArticles(await glob(patterns, { cwd: input, onlyFiles: true, absolute: true, dot: false }));
      if (matched.length === 0) {
        missing.push({
          input,
          error: new BilingualError(
            'NO_ARTICLES',
            `The folder ${input} holds no articles (${ARTICLE_EXTENSIONS.map((e) => `.${e}`).join(', ')} files).`,
          ),
        });
      }
      files.push(...matched.sort());
    } else {
      files.push(resolve(input));
    }
  }
  return { files: [...new Set(files)], missing };
}

/**
 * The files of a folder that are articles: every `.txt`, the `.pdf` files that are PDFs, and the
 * web pages that are not bilingual's own editions (a reader or a run index written into the
 * folder by an earlier build).
 */
async function keepArticles(files: string[]): Promise<string[]> {
  const kept: string[] = [];
  for (const file of files) {
    const name = file.toLowerCase();
    if (name.endsWith('.pdf')) {
      if (isPdf(await head(file, 1024))) kept.push(file);
    } else if (name.endsWith('.html') || name.endsWith('.htm')) {
      if (!isOwnEdition(new TextDecoder().decode(await head(file, 4096)))) kept.push(file);
    } else {
      kept.push(file);
    }
  }
  return kept;
}

/** The file's first bytes; an unreadable file gives what passes every check, so that reading it reports why. */
async function head(file: string, size: number): Promise<Uint8Array> {
  const handle = await open(file, 'r').catch(() => undefined);
  if (handle === undefined) return new TextEncoder().encode('%PDF-');
  try {
    const bytes = new Uint8Array(size);
    const { bytesRead } = await handle.read(bytes, 0, bytes.length, 0);
    return bytes.subarray(0, bytesRead);
  } finally {
    await handle.close();
  }
}

/** `Some Article (v2).txt` -> `some-article-v2`. */
export function slugFromFileName(fileName: string): string {
  const base = fileName.replace(/^.*[\\/]/, '').replace(/\.[^.]+$/, '');
  const slug = base
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return slug === '' ? 'article' : slug;
}

/**
 * A slug for every file, each distinct: two articles named alike in different folders
 * (`a/article.txt`, `b/article.txt`) would otherwise write to the same output folder. A clash
 * takes the parent folder's name in front (`a-article`), then a number if it still clashes.
 */
export function assignSlugs(files: readonly string[]): Map<string, string> {
  const counts = new Map<string, number>();
  for (const file of files) counts.set(slugFromFileName(file), (counts.get(slugFromFileName(file)) ?? 0) + 1);
  const slugs = new Map<string, string>();
  const taken = new Set<string>();
  for (const file of files) {
    let slug = slugFromFileName(file);
    if ((counts.get(slug) ?? 0) > 1) {
      const parent = file.replace(/[\\/][^\\/]*$/, '');
      slug = slugFromFileName(`${parent.replace(/^.*[\\/]/, '')}-${file.replace(/^.*[\\/]/, '')}`);
    }
    let unique = slug;
    for (let number = 2; taken.has(unique); number++) unique = `${slug}-${number}`;
    taken.add(unique);
    slugs.set(file, unique);
  }
  return slugs;
}
