import { describe, expect, it } from 'vitest';
import type { FrenchLexicon } from '../../src/layout/french-lexicon.ts';
import { readInterleavedLines } from '../../src/layout/ocr-interleaved-lines.ts';
import { pageLines } from '../support/page-lines.ts';

const contents = (lines: ReturnType<typeof pageLines>): string[] => lines.map((line) => line.content);

/** A word list that knows the words the columns cut at their lines' ends, and nothing else. */
const lexicon = (words: readonly string[]): FrenchLexicon => ({ source: 'test', size: words.length, loadMilliseconds: 0, has: (word) => words.includes(word.toLowerCase()) });
const WORDS = lexicon(['rénovation', 'minorité', 'privées']);

const LEFT = [
  'Le conseil municipal a voté mardi soir la réno-',
  'vation de la salle des fêtes, fermée depuis deux',
  'ans. Le chantier, confié à une entreprise de la',
  'vallée, doit durer huit mois. Les associations, pri-',
  'vées de leur local, se réunissent à l’école.',
];
const RIGHT = [
  'Le maire a rappelé que la commune avait obtenu',
  'une subvention couvrant un tiers du coût. La mino-',
  'rité a voté contre, jugeant la facture trop',
  'lourde pour un village de six cents habitants. Une',
  'réunion publique est prévue en mars.',
];
/** The two columns as OCR gives them with no blank line: a line of the left one, the line beside it, and so on. */
const TURNS = LEFT.flatMap((line, index) => [line, RIGHT[index] as string]);

describe('two columns OCR gave line by line in turn', () => {
  it('reads the first column whole, then the second, where cut words go on two lines further', () => {
    const read = readInterleavedLines(pageLines(TURNS.join('\n')), WORDS);
    expect(contents(read.lines)).toEqual([...LEFT, ...RIGHT]);
    expect(read.repairs).toEqual([expect.objectContaining({ kind: 'columns-reordered', line: 1, reason: 'interleaved-lines' })]);
    expect(read.repairs[0]?.evidence).toContain('(3)');
  });

  it('leaves one column alone: its cut words go on on the next line', () => {
    const column = [...LEFT, ...RIGHT];
    const read = readInterleavedLines(pageLines(column.join('\n')), WORDS);
    expect(contents(read.lines)).toEqual(column);
    expect(read.repairs).toEqual([]);
  });

  it('reads nothing without a word list to complete the cut words, nor where blank lines set pieces apart', () => {
    expect(readInterleavedLines(pageLines(TURNS.join('\n')), undefined).repairs).toEqual([]);
    expect(readInterleavedLines(pageLines(TURNS.join('\n\n')), WORDS).repairs).toEqual([]);
  });

  it('reads nothing on a single word cut so: a name the word list knows by chance is no evidence', () => {
    // Only `réno-` goes on two lines further: the other cut words are completed by no line.
    const once = lexicon(['rénovation']);
    expect(readInterleavedLines(pageLines(TURNS.join('\n')), once).repairs).toEqual([]);
  });
});
