import { describe, expect, it } from 'vitest';
import { endsBeforeIndentedLine, learnFirstLineIndent } from '../../src/layout/first-line-indent.ts';
import { estimateColumnWidth, estimatePrintedMeasure, splitParagraphs } from '../../src/layout/paragraph-ends.ts';
import { pageLines } from '../support/page-lines.ts';

/** A column whose paragraphs open on an indented first line (the indent's spaces dropped, as pdftotext does). */
const INDENTED = [
  'Le conseil municipal a voté hier soir le',
  'budget de la ville pour l’année prochaine, après',
  'un débat de plus de quatre heures entre la ma-',
  'jorité et la droite.',
  'L’opposition dénonce une hausse des impôts',
  'locaux de près de quatre pour cent, la plus forte',
  'depuis dix ans, et demande un nouveau débat en',
  'janvier.',
  'Le maire répond que la dette a baissé de',
  'moitié depuis le début de son mandat et que les',
  'investissements restent au niveau des années',
  'passées.',
  'Les écoles recevront deux millions d’euros',
  'pour leurs travaux de rénovation thermique, une',
  'somme que les parents d’élèves jugent encore trop',
  'faible face à l’état des bâtiments les plus vieux.',
  'Le vote définitif aura lieu le mois prochain,',
  'après une dernière réunion avec les syndicats des',
  'agents municipaux.',
];

const texts = (paragraphs: ReturnType<typeof splitParagraphs>['paragraphs']): string[] =>
  paragraphs.map((paragraph) => paragraph.map((line) => line.content).join(' '));

describe('a paragraph ending on a full line, told by the next one’s indented first line', () => {
  it('learns the indent from the ends the page shows and cuts before a first line as narrow', () => {
    const lines = pageLines(INDENTED.join('\n'));
    const width = estimateColumnWidth(lines);
    const split = splitParagraphs(lines, width);
    expect(texts(split.paragraphs)).toHaveLength(5);
    expect(texts(split.paragraphs)[3]).toBe(
      'Les écoles recevront deux millions d’euros pour leurs travaux de rénovation thermique, une somme que les parents d’élèves jugent encore trop faible face à l’état des bâtiments les plus vieux.',
    );
    const repair = split.repairs.find((entry) => entry.reason === 'indented-first-line');
    expect(repair?.line).toBe(16);
    expect(repair?.evidence).toContain('learned from 3 paragraph ends');
  });

  it('learns nothing where first lines are as wide as the others, and keeps the full line’s paragraph whole', () => {
    const flush = [...INDENTED];
    flush[0] = 'Le conseil municipal a voté hier soir le budget';
    flush[1] = 'de la ville pour l’année prochaine, après un';
    flush[4] = 'L’opposition dénonce une hausse des impôts lo-';
    flush[5] = 'caux de près de quatre pour cent, la plus forte';
    flush[8] = 'Le maire répond que la dette a baissé de moitié';
    flush[9] = 'depuis le début de son mandat et que les';
    flush[12] = 'Les écoles recevront deux millions d’euros pour';
    flush[13] = 'leurs travaux de rénovation thermique, une';
    const lines = pageLines(flush.join('\n'));
    const width = estimateColumnWidth(lines);
    const measure = estimatePrintedMeasure(lines, width);
    expect(learnFirstLineIndent(lines, [3, 7, 11], measure)).toBeUndefined();
    const split = splitParagraphs(lines, width);
    expect(split.repairs.some((entry) => entry.reason === 'indented-first-line')).toBe(false);
    expect(texts(split.paragraphs)).toHaveLength(4);
  });

  it('does not cut before a full-width line, nor before a line ending its own sentence', () => {
    const lines = pageLines(INDENTED.join('\n'));
    const width = estimateColumnWidth(lines);
    const measure = estimatePrintedMeasure(lines, width);
    const indent = learnFirstLineIndent(lines, [3, 7, 11], measure);
    expect(indent).toBeDefined();
    const [full, narrow, after] = pageLines(
      ['faible face à l’état des bâtiments les plus vieux.', 'Le vote définitif aura lieu le mois prochain,', 'après une dernière réunion.'].join('\n'),
    ) as [never, never, never];
    expect(endsBeforeIndentedLine(full, narrow, after, indent!, measure)).toBe(true);
    const [, wide, wideAfter] = pageLines(
      ['faible face à l’état des bâtiments les plus vieux.', 'Le vote définitif aura lieu au mois de novembre,', 'après une dernière réunion.'].join('\n'),
    ) as [never, never, never];
    expect(endsBeforeIndentedLine(full, wide, wideAfter, indent!, measure)).toBe(false);
    const [, closing, next] = pageLines(['faible face à l’état des bâtiments.', 'Le vote aura lieu en mai.', 'Après une réunion.'].join('\n')) as [never, never, never];
    expect(endsBeforeIndentedLine(full, closing, next, indent!, measure)).toBe(false);
    // A line printed stretched (its words read one a line, joined back) fills the measure with
    // few characters: as narrow as an indented line in characters, it shows no indent.
    const stretched = pageLines(['faible face à l’état des bâtiments les plus vieux.', 'Le vote définitif aura lieu le mois prochain,', 'après une dernière réunion.'].join('\n'));
    stretched[1]!.stretched = true;
    expect(endsBeforeIndentedLine(stretched[0]!, stretched[1]!, stretched[2], indent!, measure)).toBe(false);
  });
});
