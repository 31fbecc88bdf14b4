import { describe, expect, it } from 'vitest';
import { markdownCorrections } from '../../src/exchange/markdown-corrections.ts';
import { renderEnglish } from '../../src/render/render-english.ts';
import { renderSideBySide } from '../../src/render/render-side-by-side.ts';
import type { AlignedArticle, AlignedBlock, BlockRole } from '../../src/types.ts';

function block(id: string, role: BlockRole, pairs: [string, string][]): AlignedBlock {
  const sentences = pairs.map(([text, translation], index) => ({ id: `${id}.s${index + 1}`, text, translation, alignment: 'markup' as const, origin: 'machine' as const }));
  return { id, role, text: pairs.map(([text]) => text).join(' '), translation: pairs.map(([, translation]) => translation).join(' '), sentences, source: { startLine: 1, endLine: 1 } };
}

const ARTICLE: AlignedArticle = {
  source: { file: 'a.txt', encoding: 'utf-8', sha256: 'x', bytes: 1, layout: 'plain' },
  language: 'fr',
  repairs: [],
  warnings: [],
  translation: { provider: 'fake', engine: 'fake 1', sourceLanguage: 'fr', targetLanguage: 'en', date: '2026-01-01T00:00:00.000Z' },
  blocks: [
    block('h1', 'headline', [['Le *port* | bloqué', 'The *port* | blocked']]),
    block('by1', 'byline', [['Par Jeanne Martin', 'By Jeanne Martin']]),
    block('p1', 'paragraph', [
      ['Les dockers votent.', 'Dockers vote.'],
      ['Le préfet attend.', 'The prefect wait.'],
    ]),
    block('p2', 'paragraph', [['1. Rien ne bouge.', '1. Nothing moves.']]),
    block('c1', 'caption', [['Le quai, lundi.', 'The quay, Monday.']]),
  ],
};

describe('markdownCorrections', () => {
  it('finds each changed English sentence of a side-by-side edition, through its escapes, table cells, headline and caption label', () => {
    const markdown = renderSideBySide(ARTICLE)
      .replace('## The \\*port\\* \\| blocked', '## The *port* \\| is blocked')
      .replace('The prefect wait.', 'The prefect waits.')
      .replace('**Caption:** The quay, Monday.', '**Caption:** The quayside on Monday.');
    const { corrections, notes } = markdownCorrections(markdown, 'side-by-side', ARTICLE);
    expect(notes).toEqual([]);
    expect(corrections).toEqual([
      { kind: 'sentence', id: 'h1.s1', translation: 'The port | is blocked', state: 'translated' },
      { kind: 'sentence', id: 'p1.s2', translation: 'The prefect waits.', state: 'translated' },
      { kind: 'sentence', id: 'c1.s1', translation: 'The quayside on Monday.', state: 'translated' },
    ]);
  });

  it('reads an English edition whatever the editor did to its spacing, and says when the French was edited in a side by side', () => {
    const english = renderEnglish(ARTICLE).replace('Dockers vote. The prefect wait.', 'Dockers   vote.\nThe prefect is waiting.');
    expect(markdownCorrections(english, 'english', ARTICLE).corrections).toEqual([{ kind: 'sentence', id: 'p1.s2', translation: 'The prefect is waiting.', state: 'translated' }]);
    const frenchEdited = renderSideBySide(ARTICLE).replace('Le préfet attend.', 'Le préfet patiente.');
    const result = markdownCorrections(frenchEdited, 'side-by-side', ARTICLE);
    expect(result.corrections).toEqual([]);
    expect(result.notes.join(' ')).toContain('French of p1');
  });

  it('reports blocks added or removed instead of guessing where they go', () => {
    const english = renderEnglish(ARTICLE).replace('Dockers vote. The prefect wait.', 'Dockers vote.\n\nA paragraph added by the editor.\n\nAnd another one.');
    const result = markdownCorrections(english, 'english', ARTICLE);
    expect(result.corrections).toEqual([]);
    expect(result.notes.join(' ')).toContain('could not be placed');
  });
});
