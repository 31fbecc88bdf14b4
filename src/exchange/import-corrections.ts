/**
 * `bilingual import`: a person's English taken back from an XLIFF file or an edited Markdown
 * edition (side by side or English), checked against the article's French, stored in the
 * translation memory and written into every edition of the article. A refusal (French
 * changed since the export, a file that cannot be read) writes nothing at all.
 */
import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import type { Config } from '../config/types.ts';
import { BilingualError } from '../errors.ts';
import { loadConfiguredGlossary } from '../glossary/index.ts';
import { openTranslationMemory } from '../memory/translation-memory.ts';
import { applyCorrections, type Correction } from './apply-corrections.ts';
import { findBuiltArticle } from './find-built-article.ts';
import { markdownCorrections, type EditedMarkdownKind } from './markdown-corrections.ts';
import { readXliff } from './read-xliff.ts';
import { regenerateEditions } from './regenerate-editions.ts';
import { xliffCorrections } from './xliff-corrections.ts';

export interface ImportOptions {
  config: Config;
  /** The date recorded in the memory. @default now */
  now?: () => Date;
}

export interface ImportReport {
  /** The article's output folder and slug. */
  folder: string;
  slug: string;
  /** Sentences whose English was taken, in article order. */
  sentences: string[];
  /** Paragraphs whose edited English could not be matched sentence by sentence, taken whole. */
  wholeBlocks: string[];
  /** Entries added to (or replaced in) the translation memory. */
  memoryEntries: number;
  /** The editions written again (none when nothing changed). */
  outputs: string[];
  /** What a person should know: the article rebuilt since the export, an edit that could not be placed. */
  notes: string[];
}

type FileKind = { kind: 'xliff' } | { kind: 'markdown'; edition: EditedMarkdownKind };

/** What the file is, from its name. */
export function importKind(file: string): FileKind {
  const name = basename(file).toLowerCase();
  if (name.endsWith('.xlf') || name.endsWith('.xliff')) return { kind: 'xliff' };
  if (name.endsWith('.fr-en.md')) return { kind: 'markdown', edition: 'side-by-side' };
  if (name.endsWith('.en.md')) return { kind: 'markdown', edition: 'english' };
  throw new BilingualError(
    'USAGE',
    `Cannot import ${basename(file)}: give an XLIFF file (.xlf, .xliff), an edited side-by-side edition (.fr-en.md) or an edited English edition (.en.md).`,
  );
}

export async function importCorrections(file: string, options: ImportOptions): Promise<ImportReport> {
  const kind = importKind(file);
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    throw new BilingualError('INPUT_NOT_FOUND', `Cannot read ${file}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}.`, { cause: error });
  }
  const notes: string[] = [];
  let corrections: Correction[];
  let built;
  if (kind.kind === 'xliff') {
    const document = readXliff(text, basename(file));
    // A CAT tool's target folder is anywhere: the file's own folder first, then the article's output folder.
    built = await findBuiltArticle(file, options.config.output.dir).catch(async (error: unknown) => {
      if (document.original === undefined) throw error;
      return findBuiltArticle(document.original, options.config.output.dir);
    });
    if (document.sourceSha256 !== undefined && document.sourceSha256 !== built.article.source.sha256) {
      notes.push(`${basename(file)} was exported from another version of ${built.article.source.file}; each unit was checked against the French of the current one.`);
    }
    corrections = xliffCorrections(document, built.article);
  } else {
    built = await findBuiltArticle(file, options.config.output.dir);
    const read = markdownCorrections(text, kind.edition, built.article);
    notes.push(...read.notes);
    corrections = read.corrections;
  }
  const date = (options.now?.() ?? new Date()).toISOString();
  const applied = applyCorrections(built.article, corrections, { origin: `import:${basename(file)}`, date });
  for (const block of applied.wholeBlocks) {
    notes.push(`The English of ${block} could not be matched to its sentences one by one; it was taken as one translation of the whole paragraph.`);
  }
  const report: ImportReport = { folder: built.folder, slug: built.slug, sentences: applied.sentences, wholeBlocks: applied.wholeBlocks, memoryEntries: applied.entries.length, outputs: [], notes };
  if (applied.entries.length === 0) return report;
  const memory = openTranslationMemory(options.config.memory.path);
  try {
    memory.add(applied.entries);
  } finally {
    memory.close();
  }
  const glossary = await loadConfiguredGlossary(options.config.glossary.path);
  report.outputs = await regenerateEditions(built.folder, built.slug, applied.article, glossary);
  return report;
}
