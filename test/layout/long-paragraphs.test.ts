import { describe, expect, it } from 'vitest';
import { longParagraphCut } from '../../src/layout/long-paragraphs.ts';
import { splitParagraphs } from '../../src/layout/paragraph-ends.ts';
import { pageLines } from '../support/page-lines.ts';

const FOUR_SENTENCES = 'Le conseil a voté le budget lundi soir. Les tarifs de la cantine augmentent de deux pour cent. La piscine rouvrira en mars. Le maire s’en est félicité.';
const THREE_SENTENCES = 'Le conseil a voté le budget lundi soir, après trois heures de débat et une longue suspension. Les tarifs de la cantine augmentent de deux pour cent. Le maire s’en est félicité devant la presse.';

// The article's other paragraphs: of two sentences each (prose), or of one each (an agenda's entries).
const PROSE = [{ length: 200, sentences: 2 }, { length: 180, sentences: 2 }];
const ENTRIES = [{ length: 110, sentences: 1 }, { length: 90, sentences: 1 }];
const habits = (blankSeparated = false, proseElsewhere = true) => ({ blankSeparated, others: () => (proseElsewhere ? PROSE : ENTRIES) });
const holdsTwo = (length: number, median: number, text: string, blankSeparated = false, proseElsewhere = true): boolean => longParagraphCut(length, median, () => text, habits(blankSeparated, proseElsewhere)) !== undefined;

describe('longParagraphCut', () => {
  it('takes any paragraph over 450 characters and 1.4 times the median for two', () => {
    expect(holdsTwo(460, 200, 'Une seule phrase.')).toBe(true);
    expect(holdsTwo(460, 340, FOUR_SENTENCES)).toBe(false);
  });

  it('takes one of 350 to 450 characters for two only when it has four sentences or more', () => {
    expect(holdsTwo(400, 200, FOUR_SENTENCES)).toBe(true);
    expect(holdsTwo(400, 200, THREE_SENTENCES)).toBe(false);
    // A title's abbreviation ends no sentence: `M. Durand` is one sentence with what follows.
    expect(holdsTwo(400, 200, 'Le conseil a voté. M. Durand a parlé. Mme Roux aussi. Puis tout le monde est parti.')).toBe(true);
    expect(holdsTwo(400, 200, 'Le conseil a voté avec M. Durand. Mme Roux aussi, avec M. Petit.')).toBe(false);
  });

  it('leaves one under 450 characters whole in text whose blank lines part its paragraphs', () => {
    expect(holdsTwo(400, 200, FOUR_SENTENCES, true)).toBe(false);
    expect(holdsTwo(460, 200, FOUR_SENTENCES, true)).toBe(true);
  });

  it('leaves one under 450 characters whole among paragraphs of one sentence each (an agenda\'s entries)', () => {
    expect(holdsTwo(400, 110, FOUR_SENTENCES, false, false)).toBe(false);
    expect(holdsTwo(460, 110, FOUR_SENTENCES, false, false)).toBe(true);
  });

  it('leaves one under 450 characters whole when a paragraph of the article\'s ordinary length holds as many sentences (session 51)', () => {
    const asMany = { blankSeparated: false, others: () => [...PROSE, { length: 270, sentences: 4 }] };
    expect(longParagraphCut(400, 200, () => FOUR_SENTENCES, asMany)).toBeUndefined();
    expect(longParagraphCut(460, 200, () => FOUR_SENTENCES, asMany)).toEqual({ from: 0.2, to: 0.8 });
    // Another paragraph longer than 1.4 times the median is itself taken for two: its sentences are two paragraphs'.
    const twoLong = { blankSeparated: false, others: () => [...PROSE, { length: 290, sentences: 4 }] };
    expect(longParagraphCut(400, 200, () => FOUR_SENTENCES, twoLong)).toEqual({ from: 0.3, to: 0.7 });
    // Fewer sentences in an ordinary paragraph leave the cut as it was.
    const fewer = { blankSeparated: false, others: () => [...PROSE, { length: 270, sentences: 3 }] };
    expect(longParagraphCut(400, 200, () => FOUR_SENTENCES, fewer)).toEqual({ from: 0.3, to: 0.7 });
  });

  it('cuts one taken for two by its sentences nearer its middle than a long one', () => {
    expect(longParagraphCut(460, 200, () => FOUR_SENTENCES, habits())).toEqual({ from: 0.2, to: 0.8 });
    expect(longParagraphCut(400, 200, () => FOUR_SENTENCES, habits())).toEqual({ from: 0.3, to: 0.7 });
  });

  it('never takes one of 350 characters or less, nor one under 1.4 times the median', () => {
    expect(holdsTwo(350, 150, FOUR_SENTENCES)).toBe(false);
    expect(holdsTwo(400, 300, FOUR_SENTENCES)).toBe(false);
  });
});

describe('splitParagraphs with short paragraphs (session 50)', () => {
  // An article of short paragraphs (about 120 characters) where two of them ran together, the
  // first one's last line full and ending a sentence: 362 characters, five sentences.
  // Each of two sentences: the article's prose runs in paragraphs of sentences.
  const short = ['Un paragraphe court qui tient sur trois', 'lignes de la colonne. Il finit court avant', 'son bord, ici.'];
  const glued = [
    'Le conseil a voté le budget lundi soir et',
    'la séance a duré plus de trois heures.',
    'Les tarifs de la cantine augmentent, eux,',
    'de deux pour cent dès la rentrée prochaine.',
    'La piscine rouvrira en mars après travaux',
    'et le gymnase sera repeint cet été enfin.',
    'Le maire s’en est félicité devant tous les',
    'élus présents dans la salle du conseil.',
    'Trois élus ont voté contre.',
  ];
  it('cuts a paragraph of four sentences or more under 450 characters at the sentence end nearest its middle', () => {
    const split = splitParagraphs(pageLines([...short, ...short, ...glued, ...short].join('\n')), 43);
    expect(split.repairs).toContainEqual(expect.objectContaining({ kind: 'paragraph-split', reason: 'long-paragraph' }));
    expect(split.paragraphs).toHaveLength(5);
  });
  it('leaves it whole when it holds three sentences', () => {
    const three = [...glued.slice(0, 4), 'La piscine rouvrira en mars après travaux,', 'le gymnase sera repeint cet été enfin et', 'le maire s’en est félicité devant tous les', 'élus présents dans la salle du conseil,', 'dont trois ont voté contre.'];
    const split = splitParagraphs(pageLines([...short, ...short, ...three, ...short].join('\n')), 43);
    expect(split.repairs.some((repair) => repair.reason === 'long-paragraph')).toBe(false);
    expect(split.paragraphs).toHaveLength(4);
  });
  it('leaves it whole where a paragraph of ordinary length holds as many sentences (session 51)', () => {
    // Five short sentences in a paragraph of ordinary length, as many as the long one's.
    const fiveShort = ['Le maire a parlé. Les élus ont voté', 'ensuite. La séance est levée. Tous', 'sont partis. Rien de plus.'];
    const split = splitParagraphs(pageLines([...short, ...fiveShort, ...glued, ...short].join('\n')), 43);
    expect(split.repairs.some((repair) => repair.reason === 'long-paragraph')).toBe(false);
  });
  it('leaves it whole among paragraphs of one sentence each', () => {
    const entries = ['Une entrée d’agenda qui tient sur trois', 'lignes de la colonne et finit court avant', 'son bord, ici.'];
    const split = splitParagraphs(pageLines([...entries, ...entries, ...glued, ...entries].join('\n')), 43);
    expect(split.repairs.some((repair) => repair.reason === 'long-paragraph')).toBe(false);
  });
});
