/**
 * A page without paragraph breaks (issue 11): the body sentences of the seed and of the test
 * articles run together into one paragraph of at least 40 kB under a headline, as a PDF
 * extraction that lost every paragraph end gives it. Sentences are taken in order, and the
 * articles are read again when one pass is not enough; no sentence is longer than any
 * provider's request.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { structureArticle } from '../../src/structure.ts';
import { REPOSITORY_ROOT } from './run-cli.ts';

/** The page's size in bytes (UTF-8), at least. */
export const LONG_PARAGRAPH_BYTES = 40_000;

function bodySentences(): string[] {
  const folder = join(REPOSITORY_ROOT, 'test', 'fixtures', 'articles');
  const files = [
    join(REPOSITORY_ROOT, 'seeds', 'g20-syria-talks-2016.txt'),
    ...readdirSync(folder)
      .filter((name) => name.endsWith('.plain.txt'))
      .sort()
      .map((name) => join(folder, name)),
  ];
  return files.flatMap((file) =>
    structureArticle(readFileSync(file), { fileName: file })
      .blocks.filter((block) => block.role === 'paragraph')
      .flatMap((block) => block.sentences.map((sentence) => sentence.text)),
  );
}

/** The page's text: a headline, a blank line, one paragraph of at least `LONG_PARAGRAPH_BYTES`. */
export function longParagraphPage(): string {
  const sentences = bodySentences();
  const paragraph: string[] = [];
  for (let index = 0; Buffer.byteLength(paragraph.join(' ')) < LONG_PARAGRAPH_BYTES; index += 1) paragraph.push(sentences[index % sentences.length]!);
  return `Un article dont l'extraction a perdu tous les paragraphes\n\n${paragraph.join(' ')}\n`;
}

/** Writes the page as `long-paragraph.txt` in `folder`; returns its path. */
export async function writeLongParagraphPage(folder: string): Promise<string> {
  const path = join(folder, 'long-paragraph.txt');
  await writeFile(path, longParagraphPage());
  return path;
}
