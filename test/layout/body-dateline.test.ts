import { describe, expect, it } from 'vitest';
import { findBodyDateline } from '../../src/layout/body-dateline.ts';
import { structureText } from '../../src/structure.ts';
import { pageLines } from '../support/page-lines.ts';

const contents = (paragraphs: ReturnType<typeof findBodyDateline>['paragraphs']): string[][] =>
  paragraphs.map((paragraph) => paragraph.map((line) => line.content));

describe('the body opens at its dateline', () => {
  it('cuts a paragraph where a dateline opens a line after a sentence’s end, and says which paragraph it opens', () => {
    const lines = pageLines(
      ['La digue du port après la tempête, mardi matin.', 'BREST — La mer a franchi la digue dans la nuit de lundi', 'à mardi, inondant les quais.', 'Les pompiers sont restés sur place.'].join('\n'),
    );
    const found = findBodyDateline([lines.slice(0, 3), lines.slice(3)]);
    expect(contents(found.paragraphs)).toEqual([
      ['La digue du port après la tempête, mardi matin.'],
      ['BREST — La mer a franchi la digue dans la nuit de lundi', 'à mardi, inondant les quais.'],
      ['Les pompiers sont restés sur place.'],
    ]);
    expect(found.opens).toBe(1);
    expect(found.repairs[0]).toMatchObject({ kind: 'paragraph-split', reason: 'dateline', line: 1 });
  });

  it('finds a dateline opening the second paragraph, and leaves a line in capitals inside a sentence alone', () => {
    const lines = pageLines(['Une photo du port.', 'BREST — La mer a franchi la digue.', 'Selon la', 'SNSM — qui veille — rien n’a cédé.'].join('\n'));
    const second = findBodyDateline([lines.slice(0, 1), lines.slice(1)]);
    expect(second.opens).toBe(1);
    expect(second.repairs).toEqual([]);
    const inside = findBodyDateline([lines.slice(2)]);
    expect(inside.opens).toBe(0);
    expect(contents(inside.paragraphs)).toEqual([['Selon la', 'SNSM — qui veille — rien n’a cédé.']]);
  });

  it('takes the body from a dateline further down when every paragraph before it is a box’s entry or a caption, and sets those after the body', () => {
    const boxed = [
      'Le bateau échoué sur le quai, mardi, après la tempête.',
      'Repères',
      'Quais inondés : quatre.',
      'Bateaux endommagés : une vingtaine.',
      'Coût estimé : deux millions d’euros.',
    ];
    const body = ['BREST — La mer a franchi la digue dans la nuit de lundi', 'à mardi, inondant les quais.', 'Les pompiers sont restés sur place', 'jusqu’au matin, sans relâche.'];
    const lines = pageLines([...boxed, ...body].join('\n'));
    const paragraphs = [...lines.slice(0, 5).map((line) => [line]), lines.slice(5, 7), lines.slice(7)];
    const found = findBodyDateline(paragraphs);
    expect(found.opens).toBe(0);
    expect(contents(found.paragraphs)).toEqual([body.slice(0, 2), body.slice(2), ...boxed.map((line) => [line])]);
    expect(found.repairs[0]).toMatchObject({ kind: 'columns-reordered', reason: 'boxes-before-dateline', line: 6 });
    // A paragraph of running text (three lines or more) before it: the body started there, nothing moves.
    const running = [lines.slice(0, 3), ...lines.slice(3, 5).map((line) => [line]), lines.slice(5, 7), lines.slice(7)];
    expect(findBodyDateline(running).repairs).toEqual([]);
    expect(findBodyDateline(running).opens).toBe(0);
  });

  it('gives the dateline its role when a caption under the headline comes first on the page', () => {
    const page = [
      'SOCIÉTÉ',
      'La tempête a noyé les quais de Brest',
      'Les quais ont été inondés dans la nuit. Le port restera fermé jusqu’à jeudi.',
      'Par Anne Le Goff',
      'Jean-Marc Le Bihan, pêcheur, devant son bateau échoué sur le quai Malbert, mardi.',
      'BREST — La mer a franchi la digue dans la nuit de lundi à mardi, inondant les quais',
      'et une partie du port de commerce, où plusieurs conteneurs ont été emportés par les',
      'vagues. Les pompiers sont restés sur place jusqu’au matin pour pomper l’eau.',
      'Le maire a demandé que l’état de catastrophe naturelle soit reconnu au plus vite par',
      'le gouvernement, qui doit se prononcer dans les prochains jours sur la demande.',
    ].join('\n');
    const article = structureText(page, { fileName: 'tempete.txt', layout: 'print' });
    const roles = article.blocks.map((block) => [block.role, block.text.slice(0, 20)]);
    expect(roles).toContainEqual(['dateline', 'BREST —']);
    expect(article.blocks.find((block) => block.text.startsWith('La mer a franchi'))?.role).toBe('paragraph');
    expect(article.blocks.find((block) => block.text.startsWith('Jean-Marc'))?.text).toBe('Jean-Marc Le Bihan, pêcheur, devant son bateau échoué sur le quai Malbert, mardi.');
  });
});
