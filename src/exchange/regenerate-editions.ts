/**
 * An article's editions written again from its aligned document, after corrections: the
 * translation checks run again over the new English, and every edition the folder already
 * holds is rendered and written atomically (the aligned JSON always, since it is what the
 * next import and export read). No provider is involved.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Glossary } from '../glossary/index.ts';
import { writeOutputsAtomically } from '../output/write-outputs.ts';
import { checkArticle } from '../qa/index.ts';
import { OUTPUT_FORMATS } from '../render/output-formats.ts';
import { outputFileName, renderOutputs } from '../render/render-outputs.ts';
import type { AlignedArticle } from '../types.ts';

/** Renders and writes the article's editions in `folder`; returns the files written. */
export async function regenerateEditions(folder: string, slug: string, article: AlignedArticle, glossary: Glossary | undefined): Promise<string[]> {
  const checked = checkArticle(article, glossary, false).article;
  const formats = OUTPUT_FORMATS.filter((format) => format === 'json' || existsSync(join(folder, outputFileName(slug, format))));
  return writeOutputsAtomically(folder, renderOutputs(checked, slug, formats));
}
