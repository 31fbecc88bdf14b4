import { describe, expect, it } from 'vitest';
import type { BlockRole, StructuredArticle } from '../../src/types.ts';
import { matchInOrder, scoreStructure, structureMisses, type ExpectedArticle, type ExpectedBlock } from './structure-score.ts';

type Spec = [role: BlockRole, sentences: string[]];

function expectedOf(...blocks: Spec[]): ExpectedArticle {
  return { blocks: blocks.map(([role, sentences]): ExpectedBlock => ({ role, text: sentences.join(' '), sentences })) };
}

function actualOf(...blocks: Spec[]): StructuredArticle {
  return {
    source: { file: 'case.txt', encoding: 'utf-8', sha256: '0'.repeat(64), bytes: 0, layout: 'print' },
    language: 'fr',
    blocks: blocks.map(([role, sentences], index) => ({
      id: `b${index + 1}`,
      role,
      text: sentences.join(' '),
      sentences: sentences.map((text, sentence) => ({ id: `b${index + 1}.s${sentence + 1}`, text })),
      source: { startLine: index + 1, endLine: index + 1 },
    })),
    repairs: [],
    warnings: [],
  };
}

const EXPECTED = expectedOf(
  ['kicker', ['POLITIQUE']],
  ['headline', ['Le budget reporté']],
  ['paragraph', ['Le vote est reporté.', 'Il aura lieu lundi.']],
  ['paragraph', ['« Nous attendrons », a dit M. Martin.']],
  ['paragraph', ['Rien n’est acquis.']],
  ['caption', ['Le maire, hier (Photo AFP)']],
);

describe('matchInOrder', () => {
  it('pairs equal items in order, leaving out those that would cross', () => {
    expect(matchInOrder(['a', 'b', 'c', 'd'], ['b', 'x', 'a', 'c', 'd'])).toEqual([-1, 0, 3, 4]);
    expect(matchInOrder(['a', 'a'], ['a'])).toEqual([0, -1]);
    expect(matchInOrder([], ['a'])).toEqual([]);
  });
});

describe('scoreStructure', () => {
  it('gives full marks and no word difference when the blocks are the expected ones', () => {
    const actual = actualOf(...EXPECTED.blocks.map((block): Spec => [block.role, block.sentences]));
    expect(scoreStructure(actual, EXPECTED)).toEqual({
      paragraphs: { exact: 3, total: 3 },
      sentences: { exact: 7, total: 7 },
      roles: { right: 6, total: 6 },
      wordsLost: [],
      wordsInvented: [],
    });
  });

  it('counts two paragraphs glued together as neither exact, their sentences still exact, and no word lost', () => {
    const actual = actualOf(
      ['kicker', ['POLITIQUE']],
      ['headline', ['Le budget reporté']],
      ['paragraph', ['Le vote est reporté.', 'Il aura lieu lundi.', '« Nous attendrons », a dit M. Martin.']],
      ['paragraph', ['Rien n’est acquis.']],
      ['caption', ['Le maire, hier (Photo AFP)']],
    );
    const score = scoreStructure(actual, EXPECTED);
    expect(score.paragraphs).toEqual({ exact: 1, total: 3 });
    expect(score.sentences).toEqual({ exact: 7, total: 7 });
    expect(score.roles).toEqual({ right: 6, total: 6 });
    expect(score.wordsLost).toEqual([]);
    expect(score.wordsInvented).toEqual([]);
  });

  it('counts a wrongly kept line-end hyphen as a word lost and two invented, and a running header as invented', () => {
    const actual = actualOf(
      ['kicker', ['Ouest Matin Mardi 3 mars']],
      ['headline', ['Le budget reporté']],
      ['paragraph', ['Le vote est repor- té.', 'Il aura lieu lundi.']],
      ['paragraph', ['« Nous attendrons », a dit M. Martin.']],
      ['paragraph', ['Rien n’est acquis.']],
      ['caption', ['Le maire, hier (Photo AFP)']],
    );
    const score = scoreStructure(actual, EXPECTED);
    expect(score.paragraphs).toEqual({ exact: 2, total: 3 });
    expect(score.sentences).toEqual({ exact: 5, total: 7 });
    expect(score.wordsLost).toEqual(['POLITIQUE', 'reporté.']);
    expect(score.wordsInvented).toEqual(['Ouest', 'Matin', 'Mardi', '3', 'mars', 'repor-', 'té.']);
    // The kicker's actual block shares no word with it, so the kicker has no block at all.
    expect(score.roles).toEqual({ right: 5, total: 6 });
  });

  it('judges the role of a block not matched exactly by the actual block sharing most words with it', () => {
    const actual = actualOf(
      ['headline', ['POLITIQUE Le budget reporté']],
      ['paragraph', ['Le vote est reporté.', 'Il aura lieu lundi.']],
      ['caption', ['« Nous attendrons », a dit M. Martin.']],
      ['paragraph', ['Rien n’est acquis.', 'Le maire, hier (Photo AFP)']],
    );
    const score = scoreStructure(actual, EXPECTED);
    // kicker → the headline block (wrong); headline → headline block (right); second paragraph
    // matched exactly to a caption (wrong); the caption shares most words with the last paragraph (wrong).
    expect(score.roles).toEqual({ right: 3, total: 6 });
    expect(score.paragraphs).toEqual({ exact: 2, total: 3 });
    expect(score.wordsLost).toEqual([]);
    expect(score.wordsInvented).toEqual([]);
    expect(structureMisses(actual, EXPECTED).roles).toEqual([
      { text: 'POLITIQUE', expected: 'kicker', actual: 'headline' },
      { text: '« Nous attendrons », a dit M. Martin.', expected: 'paragraph', actual: 'caption' },
      { text: 'Le maire, hier (Photo AFP)', expected: 'caption', actual: 'paragraph' },
    ]);
  });

  it('counts repeated words as a multiset: one copy too many is invented, one too few is lost', () => {
    const expected = expectedOf(['paragraph', ['Il a dit non, non.']]);
    expect(scoreStructure(actualOf(['paragraph', ['Il a dit non, non. non,']]), expected).wordsInvented).toEqual(['non,']);
    expect(scoreStructure(actualOf(['paragraph', ['Il a dit non.']]), expected).wordsLost).toEqual(['non,']);
  });

  it('counts a block the typesetter printed in capitals as the block it spells, and nothing else in capitals', () => {
    const expected = expectedOf(['kicker', ['Faits divers']], ['headline', ['Le pont rouvre']], ['paragraph', ['Le pont rouvre lundi.']]);
    const printed = actualOf(['kicker', ['FAITS DIVERS']], ['headline', ['LE PONT']], ['paragraph', ['Le pont rouvre lundi.']]);
    const score = scoreStructure(printed, expected);
    expect(score.sentences).toEqual({ exact: 2, total: 3 });
    expect(score.roles).toEqual({ right: 2, total: 3 });
    expect(score.wordsLost).toEqual(['Le', 'pont', 'rouvre']);
    expect(score.wordsInvented).toEqual(['LE', 'PONT']);
  });

  it('scores an empty result as everything lost and nothing right', () => {
    const score = scoreStructure(actualOf(), EXPECTED);
    expect(score.paragraphs).toEqual({ exact: 0, total: 3 });
    expect(score.sentences).toEqual({ exact: 0, total: 7 });
    expect(score.roles).toEqual({ right: 0, total: 6 });
    expect(score.wordsLost).toHaveLength(EXPECTED.blocks.flatMap((block) => block.text.split(' ')).length);
    expect(score.wordsInvented).toEqual([]);
  });

  it('counts a no-break, narrow or figure space or a tab the page set as the plain space the source typed, unless told to tell them apart', () => {
    const expected = expectedOf(['headline', ['Le prix monte']], ['paragraph', ['Le litre coûte 1 250 francs !', 'Vraiment ?']], ['paragraph', ['« Non », dit-il.']]);
    const actual = actualOf(['headline', ['Le\tprix monte']], ['paragraph', ['Le litre coûte 1\u2007250 francs\u202F!', 'Vraiment\u00A0?']], ['paragraph', ['«\u00A0Non\u00A0», dit-il.']]);
    const loose = scoreStructure(actual, expected);
    expect(loose.paragraphs).toEqual({ exact: 2, total: 2 });
    expect(loose.sentences).toEqual({ exact: 4, total: 4 });
    expect(loose.roles).toEqual({ right: 3, total: 3 });
    const strict = scoreStructure(actual, expected, { strictSpaces: true });
    expect(strict.paragraphs).toEqual({ exact: 0, total: 2 });
    expect(strict.sentences).toEqual({ exact: 0, total: 4 });
    // Words are told apart by any white space either way: no word lost or invented.
    expect([strict.wordsLost, strict.wordsInvented, loose.wordsLost, loose.wordsInvented]).toEqual([[], [], [], []]);
    expect(structureMisses(actual, expected).paragraphs).toEqual([]);
    expect(structureMisses(actual, expected, { strictSpaces: true }).paragraphs).toHaveLength(2);
  });

  it('still counts two spaces where the source has one as a miss', () => {
    const score = scoreStructure(actualOf(['paragraph', ['Il pleut\u00A0 fort.']]), expectedOf(['paragraph', ['Il pleut fort.']]));
    expect(score.paragraphs.exact).toBe(0);
  });
});

describe('structureMisses', () => {
  it('lists each inexact paragraph with the closest actual block, and each sentence not found', () => {
    const actual = actualOf(
      ['paragraph', ['POLITIQUE Le budget reporté Le vote est reporté.', 'Il aura lieu lundi.']],
      ['paragraph', ['« Nous attendrons », a dit M. Martin.']],
      ['paragraph', ['Rien n’est acquis.']],
    );
    const misses = structureMisses(actual, EXPECTED);
    expect(misses.paragraphs).toEqual([
      { expected: 'Le vote est reporté. Il aura lieu lundi.', closest: 'POLITIQUE Le budget reporté Le vote est reporté. Il aura lieu lundi.' },
    ]);
    expect(misses.sentences).toEqual(['POLITIQUE', 'Le budget reporté', 'Le vote est reporté.', 'Le maire, hier (Photo AFP)']);
  });
});
