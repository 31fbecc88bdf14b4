import { describe, expect, it } from 'vitest';
import { getFrenchLexicon } from '../../src/layout/french-lexicon.ts';
import { createDocumentEvidence } from '../../src/layout/join-lines.ts';
import { joinSplitWords, joinSplitWordsInLine } from '../../src/layout/split-words.ts';
import type { PageLine } from '../../src/layout/page-line.ts';

const context = (text = '') => ({ lexicon: getFrenchLexicon(), document: createDocumentEvidence(text) });

describe('words split by extraction', () => {
  it('joins pieces that make a French word when one piece is no word', () => {
    const joined = joinSplitWordsInLine('Vernhes était de retour derr ière le four de la boulanger ie, sour it-elle.', context());
    expect(joined.content).toBe('Vernhes était de retour derrière le four de la boulangerie, sourit-elle.');
    expect(joined.pairs.map((pair) => `${pair.before} -> ${pair.after}`)).toEqual(['derr ière -> derrière', 'boulanger ie, -> boulangerie,', 'sour it-elle. -> sourit-elle.']);
  });

  it('joins a capitalised first piece and an elided article set apart', () => {
    expect(joinSplitWordsInLine('Ar tisanat', context()).content).toBe('Artisanat');
    expect(joinSplitWordsInLine('L ’épreuve a duré huit heures', context()).content).toBe('L’épreuve a duré huit heures');
  });

  it('leaves two words that happen to make a third, a name, and a word the list does not know', () => {
    for (const text of ['Il est parti par ce que tu sais.', 'Une maison au bord du lac depuis le début', 'Jean Pierre Duverger a vu Vernhes hier.', 'il est arrivé aussi tôt que possible']) {
      expect(joinSplitWordsInLine(text, context()).content).toBe(text);
    }
  });

  it('takes the document as evidence for a word the list does not know', () => {
    const text = 'La Valmontaise est cotée. Les Valmont aise ont voté.';
    expect(joinSplitWordsInLine('Les Valmont aise ont voté.', context()).content).toBe('Les Valmont aise ont voté.');
    expect(joinSplitWordsInLine('la Valmont aise est cotée', context(text)).content).toBe('la Valmontaise est cotée');
  });

  it('moves up the rest of a word the extraction cut at a line\'s end with no hyphen, when the line ends on no word', () => {
    const line = (number: number, content: string, blankBefore = false): PageLine => ({ number, content, page: 0, column: 0, indent: 0, blankBefore, pageBreakBefore: false });
    const result = joinSplitWords([line(1, 'pour que les enneigeurs soient effi'), line(2, 'caces », explique le directeur. La T'), line(3, 'rois semaines plus tard')], context());
    expect(result.lines.map((each) => each.content)).toEqual(['pour que les enneigeurs soient efficaces', '», explique le directeur. La Trois', 'semaines plus tard']);
    expect(result.repairs.map((repair) => `${repair.line} ${repair.before} -> ${repair.after} ${repair.reason}`)).toEqual([
      '2 effi / caces -> efficaces word-split-at-line-end',
      '3 T / rois -> Trois word-split-at-line-end',
    ]);
  });

  it('leaves a line ending on a word, an elided article, a blank line or a line of one piece between them', () => {
    const line = (number: number, content: string, blankBefore = false): PageLine => ({ number, content, page: 0, column: 0, indent: 0, blankBefore, pageBreakBefore: false });
    for (const lines of [
      [line(1, 'il a suffi'), line(2, 'sent des heures')],
      [line(1, 'la mise en place de l’'), line(2, 'efficacité du réseau')],
      [line(1, 'soient effi'), line(2, 'caces et rapides', true)],
      [line(1, 'soient effi'), line(2, 'caces')],
      [line(1, 'Jean Duverg'), line(2, 'er a vu Vernhes hier.')],
    ]) {
      expect(joinSplitWords(lines, context()).lines).toEqual(lines);
    }
  });

  it('joins nothing to the first token of a line after a line-end hyphen: the rest of a broken word (stu- / dio de)', () => {
    const line = (number: number, content: string): PageLine => ({ number, content, page: 0, column: 0, indent: 0, blankBefore: false, pageBreakBefore: false });
    const result = joinSplitWords([line(1, 'un appel, pour un stu-'), line(2, 'dio de 14 m² et des ouv riers')], context());
    expect(result.lines[1]?.content).toBe('dio de 14 m² et des ouvriers');
    // Without the hyphen before, the same pieces are one word.
    expect(joinSplitWords([line(1, 'un appel, pour un'), line(2, 'dio de 14 m²')], context()).lines[1]?.content).toBe('diode 14 m²');
  });

  it('records each join on its line', () => {
    const line: PageLine = { number: 7, content: 'les ouv riers du dépôt', page: 0, column: 0, indent: 0, blankBefore: false, pageBreakBefore: false };
    const result = joinSplitWords([line], context());
    expect(result.lines[0]?.content).toBe('les ouvriers du dépôt');
    expect(result.repairs).toMatchObject([{ kind: 'space-collapsed', line: 7, before: 'ouv riers', after: 'ouvriers', reason: 'word-split-by-extraction' }]);
  });
});
