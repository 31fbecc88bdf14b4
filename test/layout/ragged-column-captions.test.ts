import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { showsGluedLines } from '../../src/layout/wider-measure-captions.ts';
import { structureText } from '../../src/structure.ts';
import { pageLines } from '../support/page-lines.ts';

/**
 * A short article set by Chromium in three ragged columns (unjustified, unhyphenated), a
 * picture's two-line caption in a smaller face in the middle of the body
 * (test/fixtures/ragged-captions/, made by its make-extractions.sh, written by hand). Hardly a
 * line ends with a hyphen, so the text reads as one whose hyphenated lines pdftotext glued; but
 * no line of it prints twice the column's measure, as a glued one does, so the caption's wider
 * first line is read on its face.
 */
const CAPTION = 'Des bénévoles plantent un poirier sur la parcelle de la Grange-Neuve.';

function structure(tool: string) {
  const file = new URL(`../fixtures/ragged-captions/ragged-caption.${tool}.txt`, import.meta.url);
  return structureText(readFileSync(file, 'utf8'), { fileName: `ragged-caption.${tool}.txt`, checkLanguage: false });
}

describe('a caption in the middle of a ragged column', () => {
  // -layout is left out: its column reading interleaves the caption's lines with the first column's.
  it.each(['pdftotext', 'mutool', 'pymupdf', 'pdfminer'])('is taken out of the body in %s’s text, the paragraphs around it whole', (tool) => {
    const article = structure(tool);
    expect(article.blocks.filter((block) => block.role === 'caption').map((block) => block.text)).toEqual([CAPTION]);
    const paragraphs = article.blocks.filter((block) => block.role === 'paragraph').map((block) => block.text);
    expect(paragraphs.some((text) => text.includes('Grange-Neuve.'))).toBe(false);
    expect(paragraphs).toContain(
      'Le chantier a coûté près de 180 000 euros, dont un tiers apporté par la Région au titre de son plan pour les filières locales. La coopérative a emprunté le reste sur douze ans, le temps que les arbres entrent en pleine production.',
    );
  });

  it('tells a text showing a line glued from two printed lines from one showing none', () => {
    const column = ['Les jeunes arbres sont alignés', 'au cordeau, chacun tenu par', 'un tuteur et protégé contre', 'les lièvres par un manchon.'];
    // The column's measure, about 12 ems: a line wider than its caption's face may print.
    const measure = 12000;
    expect(showsGluedLines(pageLines(column.join('\n')), measure)).toBe(false);
    expect(showsGluedLines(pageLines([...column, 'Un manchon plus large se prépare déjà.'].join('\n')), measure)).toBe(false);
    // `pdftotext` glued `châtai-|gnier` and the whole next printed line onto the line it ended.
    expect(showsGluedLines(pageLines([...column, 'un tuteur de châtaignier, protégé par un manchon contre les lièvres'].join('\n')), measure)).toBe(true);
  });
});
