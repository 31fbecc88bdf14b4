/**
 * Where an article's editions are: `bilingual export` and `bilingual import` are given an
 * article file, its output folder, or a file of that folder, and read the aligned document
 * (`<slug>.json`) the build wrote there.
 */
import { existsSync, statSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { BilingualError } from '../errors.ts';
import { slugFromFileName } from '../input/find-articles.ts';
import { markIntertitles } from '../segment/intertitles.ts';
import type { AlignedArticle } from '../types.ts';

export interface BuiltArticle {
  /** The article's output folder. */
  folder: string;
  slug: string;
  article: AlignedArticle;
}

/** Suffixes of the files of an output folder, longest first, so `g20.fr-en.interleaved.md` gives `g20`. */
const EDITION_SUFFIXES = ['.fr-en.interleaved.md', '.fr-en.md', '.en.md', '.fr.md', '.qa.md', '.json', '.tmx', '.html', '.xliff', '.xlf'];

/**
 * The built article `target` names: an output folder (`output/g20`), a file in it
 * (`output/g20/g20.en.md`), or the article itself (`articles/g20.txt`, looked up in `outDir`).
 */
export async function findBuiltArticle(target: string, outDir: string): Promise<BuiltArticle> {
  if (!existsSync(target)) throw new BilingualError('INPUT_NOT_FOUND', `${target} does not exist.`);
  const candidates: { folder: string; slug: string }[] = [];
  if (statSync(target).isDirectory()) {
    candidates.push({ folder: target, slug: basename(target) });
  } else {
    const name = basename(target);
    const suffix = EDITION_SUFFIXES.find((candidate) => name.endsWith(candidate));
    if (suffix !== undefined) candidates.push({ folder: dirname(target), slug: name.slice(0, -suffix.length) });
    const slug = slugFromFileName(name);
    candidates.push({ folder: join(outDir, slug), slug });
  }
  for (const candidate of candidates) {
    const json = join(candidate.folder, `${candidate.slug}.json`);
    if (existsSync(json)) return { ...candidate, article: await readAlignedArticle(json) };
  }
  const looked = candidates.map((candidate) => join(candidate.folder, `${candidate.slug}.json`)).join(' or ');
  throw new BilingualError('EXCHANGE_NOT_BUILT', `No aligned document for ${target} (looked for ${looked}); build the article first (bilingual build), with the json output.`);
}

export async function readAlignedArticle(path: string): Promise<AlignedArticle> {
  let article: AlignedArticle;
  try {
    article = JSON.parse(await readFile(path, 'utf8')) as AlignedArticle;
  } catch (error) {
    throw new BilingualError('EXCHANGE_UNREADABLE', `${path} is not an aligned document bilingual wrote: ${(error as Error).message}`, { cause: error });
  }
  if (!Array.isArray(article?.blocks) || typeof article.source?.sha256 !== 'string') {
    throw new BilingualError('EXCHANGE_UNREADABLE', `${path} is not an aligned document bilingual wrote (no blocks or source).`);
  }
  // A document written before intertitles were marked gets its marks (the structure stage's rule,
  // which reads only the blocks), so its editions regenerate with their headings.
  return { ...article, blocks: markIntertitles(article.blocks) };
}
