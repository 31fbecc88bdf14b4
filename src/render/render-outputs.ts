import { renderQaReport } from './render-qa-report.ts';
import type { AlignedArticle } from '../types.ts';
import { renderReaderPage } from './html/render-reader-page.ts';
import { OUTPUT_FORMATS, type OutputFormat } from './output-formats.ts';
import { renderAlignedJson } from './render-aligned-json.ts';
import { renderEnglish } from './render-english.ts';
import { renderFrench } from './render-french.ts';
import { renderInterleaved } from './render-interleaved.ts';
import { renderSideBySide } from './render-side-by-side.ts';
import { renderTmx } from './render-tmx.ts';

/** One file rendered for an article. */
export interface RenderedFile {
  /** File name inside the article's folder. */
  name: string;
  content: string;
}

const OUTPUTS: Record<OutputFormat, { suffix: string; render: (article: AlignedArticle) => string }> = {
  'side-by-side': { suffix: '.fr-en.md', render: renderSideBySide },
  interleaved: { suffix: '.fr-en.interleaved.md', render: renderInterleaved },
  english: { suffix: '.en.md', render: renderEnglish },
  french: { suffix: '.fr.md', render: renderFrench },
  json: { suffix: '.json', render: renderAlignedJson },
  tmx: { suffix: '.tmx', render: renderTmx },
  qa: { suffix: '.qa.md', render: renderQaReport },
  html: { suffix: '.html', render: renderReaderPage },
};

/** What each output is, in a few words, for a person choosing which to open. */
const LABELS: Record<OutputFormat, string> = {
  'side-by-side': 'Side by side (Markdown)',
  interleaved: 'Interleaved (Markdown)',
  english: 'English (Markdown)',
  french: 'French (Markdown)',
  json: 'Aligned document (JSON)',
  tmx: 'Translation memory (TMX)',
  qa: 'QA report',
  html: 'Reader',
};

/** The label of an output file by its name (`g20.tmx` is a translation memory); the name itself when it is no output. */
export function outputLabel(fileName: string): string {
  // The longest suffix first: `.fr-en.interleaved.md` before `.fr-en.md` and `.md`.
  const format = [...OUTPUT_FORMATS].sort((a, b) => OUTPUTS[b].suffix.length - OUTPUTS[a].suffix.length).find((candidate) => fileName.endsWith(OUTPUTS[candidate].suffix));
  return format === undefined ? fileName : LABELS[format];
}

/** The file name of one output of the article `slug`, for example `g20.fr-en.md`. */
export function outputFileName(slug: string, format: OutputFormat): string {
  return `${slug}${OUTPUTS[format].suffix}`;
}

/**
 * The outputs of one article in `formats`, in the fixed order of `OUTPUT_FORMATS` whatever
 * order `formats` lists them in, each rendered once.
 */
export function renderOutputs(article: AlignedArticle, slug: string, formats: readonly OutputFormat[] = OUTPUT_FORMATS): RenderedFile[] {
  const chosen = new Set(formats);
  return OUTPUT_FORMATS.filter((format) => chosen.has(format)).map((format) => ({
    name: outputFileName(slug, format),
    content: OUTPUTS[format].render(article),
  }));
}
