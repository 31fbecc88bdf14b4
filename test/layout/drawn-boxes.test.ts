import { describe, expect, it } from 'vitest';
import { removeDrawnBoxes } from '../../src/layout/drawn-boxes.ts';
import { splitParagraphs } from '../../src/layout/paragraph-ends.ts';
import { layoutText } from '../../src/structure.ts';
import { pageLines } from '../support/page-lines.ts';

const RULE = '+' + '-'.repeat(30) + '+';

describe('boxes drawn in characters', () => {
  it('takes out a box left empty (a picture’s place) and parts the text around it', () => {
    const lines = pageLines(['Les pompiers sont restés sur place', 'toute la nuit.', RULE, '|                              |', '|                              |', RULE, 'Le hangar au petit matin.'].join('\n'));
    const boxes = removeDrawnBoxes(lines);
    expect(boxes.lines.map((line) => line.content)).toEqual(['Les pompiers sont restés sur place', 'toute la nuit.', 'Le hangar au petit matin.']);
    expect(boxes.lines[2]).toMatchObject({ blankBefore: true, drawnBreakBefore: 'edge' });
    expect(boxes.repairs.every((repair) => repair.kind === 'box-border-removed')).toBe(true);
    expect(boxes.repairs).toHaveLength(4);
  });

  it('keeps a box’s lines without their borders, a paragraph to each entry and to the title', () => {
    const text = [
      'La décrue est attendue jeudi, selon la',
      'préfecture.',
      RULE,
      '| Les consignes                |',
      '| Ne pas s’engager à pied sur  |',
      '| une route inondée.           |',
      '| Ne pas descendre dans les    |',
      '| sous-sols.                   |',
      '| Se tenir informé par la      |',
      '| radio locale.                |',
      RULE,
    ].join('\n');
    const boxes = removeDrawnBoxes(pageLines(text));
    const split = splitParagraphs(boxes.lines, 38);
    expect(split.paragraphs.map((paragraph) => paragraph.map((line) => line.content).join(' '))).toEqual([
      'La décrue est attendue jeudi, selon la préfecture.',
      'Les consignes',
      'Ne pas s’engager à pied sur une route inondée.',
      'Ne pas descendre dans les sous-sols.',
      'Se tenir informé par la radio locale.',
    ]);
    expect(split.repairs.filter((repair) => repair.reason === 'box-entry')).toHaveLength(3);
  });

  it('reads no entries in a box of running text, and lets a sentence the box cut run across it', () => {
    const prose = removeDrawnBoxes(
      pageLines([RULE, '| Le musée rouvre ses portes   |', '| samedi après deux ans de     |', '| travaux. Les visites seront  |', '| gratuites le premier mois.   |', RULE].join('\n')),
    );
    expect(prose.lines.filter((line) => line.drawnBreakBefore === 'entry')).toHaveLength(0);
    const cut = removeDrawnBoxes(pageLines(['Le cortège a traversé la ville', 'sous la pluie avant de', RULE, '|   |', RULE, 'rejoindre la place de la mairie.'].join('\n')));
    expect(splitParagraphs(cut.lines, 32).paragraphs).toHaveLength(1);
  });

  it('leaves the lines a box crosses on its way over a page (a running header) as they are', () => {
    const boxes = removeDrawnBoxes(pageLines([RULE, '| Repères                      |', '| Surface : 5 400 hectares.    |', 'Le Courrier du Val', '| Domaines : environ 800.      |', RULE].join('\n')));
    expect(boxes.lines.map((line) => line.content)).toEqual(['Repères', 'Surface : 5 400 hectares.', 'Le Courrier du Val', 'Domaines : environ 800.']);
  });

  it('lays out a wire printout’s box of key figures, its rules and borders gone', () => {
    const text = [
      'VITICULTURE',
      'Une récolte mince mais prometteuse',
      '',
      'Les premiers raisins ont été coupés à la fin du mois',
      'd’août, deux semaines plus tôt qu’il y a dix ans. Les',
      'vignerons comptent sur des prix plus hauts.',
      RULE,
      '| Repères',
      '|',
      '| Surface : 5 400 hectares.',
      '|',
      '| Domaines : environ 800.',
      '|',
      RULE,
    ].join('\n');
    const blocks = layoutText(text, { layout: 'print' }).result.blocks;
    const body = blocks.filter((block) => block.role === 'paragraph').map((block) => block.text);
    expect(body.slice(-3)).toEqual(['Repères', 'Surface : 5 400 hectares.', 'Domaines : environ 800.']);
    expect(blocks.some((block) => /[|+]/u.test(block.text))).toBe(false);
  });
});
