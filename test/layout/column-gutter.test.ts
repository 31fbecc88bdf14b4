import { describe, expect, it } from 'vitest';
import { gutterAt, isWordSpaces, narrowColumns, runsAcross } from '../../src/layout/column-gutter.ts';
import { cutLine, findColumnStarts, readColumns, type RawLine } from '../../src/layout/column-layout.ts';

const raw = (lines: readonly string[]): RawLine[] => lines.map((text, index) => ({ number: index + 1, text }));

/** Per line, the positions where it resumes after two spaces or more (as findColumnStarts reads them). */
const resumesOf = (lines: readonly RawLine[]): number[][] =>
  lines.map(({ text }) => {
    const at: number[] = [];
    for (let index = 2; index < text.length; index += 1) if (text[index] !== ' ' && text[index - 1] === ' ' && text[index - 2] === ' ') at.push(index);
    return at;
  });

// One justified column whose word spaces a typesetter drew wide: on five lines a word resumes at
// character 20 after a run of spaces, and the lines between run straight across that place.
const JUSTIFIED = raw([
  `${'Le    conseil'.padEnd(20)}municipal    a    voté`,
  'hier soir le budget de la ville après un',
  `${'débat     très'.padEnd(20)}animé     qui    a    duré`,
  'plus de quatre heures, suspension comprise.',
  `${'Les    élus'.padEnd(20)}d’opposition   ont   dénoncé`,
  'une hausse des impôts locaux que la majorité',
  `${'juge     pour'.padEnd(20)}sa     part     inévitable`,
  `${'faute     de'.padEnd(20)}dotations    de    l’État.`,
]);

// Two columns, the second's justified lines leaving their last word after wide spaces at one place
// (character 68) on five lines.
const NARROW = raw(
  [
    ['La médiathèque rouvre ses portes', 'Les horaires sont élargis :', 'le'],
    ['samedi après deux ans de travaux.', 'le dimanche après-midi,', 'de'],
    ['Le chantier a coûté quatre millions', 'quatorze heures à dix-huit', 'heures,'],
    ['d’euros, financés pour moitié par', 'et le mercredi jusqu’à vingt', 'heures.'],
    ['l’État et pour moitié par la Région.', 'Trois agents ont été', 'recrutés'],
    ['Le bâtiment a été isolé et agrandi', 'pour ces nouveaux créneaux.', ''],
    ['d’un étage en bois clair.', '', ''],
  ].map(([left, middle, last]) => `${(left as string).padEnd(38)}${(middle as string).padEnd(30)}${last as string}`.trimEnd()),
);

describe('column gutters (pdftotext -layout)', () => {
  it('tells a word running across a place from a cut two spaces allow', () => {
    expect(runsAcross('hier soir le budget de la ville après un', 20)).toBe(true);
    expect(runsAcross(`${'débat     très'.padEnd(20)}animé`, 20)).toBe(false);
    expect(runsAcross('trop court', 20)).toBe(false);
  });

  it('takes word spaces lining up on a justified column for no gutter', () => {
    const gutter = gutterAt(JUSTIFIED, resumesOf(JUSTIFIED), 20);
    expect(gutter).toEqual({ resuming: 5, crossing: 3, interrupted: 3, line: 1 });
    expect(isWordSpaces(gutter)).toBe(true);
    expect(findColumnStarts(JUSTIFIED)).toEqual([]);
    const reading = readColumns(JUSTIFIED, 0, false);
    expect(reading.lines.map((line) => line.content)).toEqual(JUSTIFIED.map((line) => line.text.trim()));
    expect(reading.refusedStarts).toContainEqual({ kind: 'crossed', position: 20, resuming: 5, crossing: 3, interrupted: 3, line: 1 });
  });

  it('keeps a gutter that one headline runs across', () => {
    const page = raw([
      'Le conseil municipal    les élus de l’opposition',
      'a voté hier soir le     ont dénoncé une hausse',
      'Un titre sur les deux colonnes de la page entière',
      'budget de la ville      des impôts locaux que la',
      'après quatre heures     majorité juge inévitable.',
      'de débat animé.         Le vote est acquis.',
    ]);
    const gutter = gutterAt(page, resumesOf(page), 24);
    expect(gutter.interrupted).toBe(1);
    expect(isWordSpaces(gutter)).toBe(false);
    expect(findColumnStarts(page)).toEqual([24]);
  });

  it('takes a column too narrow to be one for the column before’s last words', () => {
    expect(narrowColumns(NARROW, [38, 68], 12, cutLine)).toEqual([{ kind: 'narrow', position: 68, line: 1, lines: 5, widest: 8, widestBefore: 28 }]);
    const reading = readColumns(NARROW, 0, false);
    expect(reading.columnStarts).toEqual([38]);
    expect(reading.lines.filter((line) => line.column === 1).map((line) => line.content.replace(/ {2,}/gu, ' | '))).toEqual([
      'Les horaires sont élargis : | le',
      'le dimanche après-midi, | de',
      'quatorze heures à dix-huit | heures,',
      'et le mercredi jusqu’à vingt | heures.',
      'Trois agents ont été | recrutés',
      'pour ces nouveaux créneaux.',
    ]);
    expect(reading.refusedStarts.map((start) => start.kind)).toEqual(['narrow']);
  });
});
