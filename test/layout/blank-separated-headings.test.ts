import { describe, expect, it } from 'vitest';
import { blankLinesSeparateParagraphs, estimateColumnWidth } from '../../src/layout/paragraph-ends.ts';
import { pageLines } from '../support/page-lines.ts';

describe('a heading OCR set right over its paragraph, in a text whose blank lines part paragraphs', () => {
  // Tesseract reads a question set close above its answer as one block: no blank line under the
  // question, a blank line after each answer. The questions' ends are no paragraph ends to weigh.
  const answer = (first: string): string[] => [first, 'répartis en trois groupes selon leurs résultats aux', 'évaluations de début d’année, à la rentrée', 'de septembre.'];
  const text = [
    'Les élèves seront répartis en groupes de niveau pour le',
    'français et les mathématiques dès septembre prochain.',
    '',
    'Qu’appelle-t-on les groupes de niveau ?',
    ...answer('En français et en mathématiques, les élèves seront'),
    '',
    'Mon enfant changera-t-il de groupe ?',
    ...answer('Oui, au moins deux fois dans l’année, les élèves seront'),
    '',
    'Faudra-t-il plus de professeurs ?',
    ...answer('Le rectorat annonce des postes, et les élèves seront'),
    '',
    'Et le brevet ?',
    ...answer('Il devient obligatoire, et les élèves y seront'),
    '',
    'Les parents seront reçus dans chaque collège avant',
    'les vacances de février.',
  ].join('\n');

  it('reads the text as blank-separated, its questions aside', () => {
    const lines = pageLines(text);
    expect(blankLinesSeparateParagraphs(lines, estimateColumnWidth(lines))).toBe(true);
  });

  it('still counts a one-line paragraph over another with no blank line as an end without one', () => {
    // The same text where a short last line ends each answer with no blank line after it: the
    // paragraphs are not set apart by blank lines.
    const solid = text.replace(/\n\n/gu, '\n');
    const lines = pageLines(solid);
    expect(blankLinesSeparateParagraphs(lines, estimateColumnWidth(lines))).toBe(false);
  });
});
