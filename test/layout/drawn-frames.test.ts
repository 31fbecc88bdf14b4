import { describe, expect, it } from 'vitest';
import { readDrawnFrames } from '../../src/layout/drawn-frames.ts';
import { composeLineNumbers } from '../../src/layout/soft-hyphen-lines.ts';
import { layoutText } from '../../src/structure.ts';

describe('frames drawn in characters', () => {
  it('takes off a box’s borders and side bars, keeping its rows’ text on their own lines, in order', () => {
    const text = [
      'Le marché reprend samedi.',
      '+----------------------+',
      '| Horaires             |',
      '| Samedi : 8 h à 13 h. |',
      '+----------------------+',
      'La suite.',
    ].join('\n');
    const result = readDrawnFrames(text);
    expect(result.text).toBe(['Le marché reprend samedi.', '', 'Horaires', 'Samedi : 8 h à 13 h.', '', 'La suite.'].join('\n'));
    expect(result.lineNumbers).toBeUndefined();
    expect(result.repairs).toHaveLength(1);
    expect(result.repairs[0]).toMatchObject({ kind: 'drawn-frame-removed', line: 2, reason: 'framed-text', after: 'Horaires / Samedi : 8 h à 13 h.' });
    expect(result.repairs[0]?.evidence).toContain('lines 2 to 5');
  });

  it('reads the box-drawing characters of a terminal capture and the minus signs of a Courier printout', () => {
    const boxed = readDrawnFrames(['┌──────────┐', '│ Tarifs   │', '│ 2 euros. │', '└──────────┘'].join('\n'));
    expect(boxed.text).toBe(['', 'Tarifs', '2 euros.', ''].join('\n'));
    const courier = readDrawnFrames(['+−−−−−−−−−+', '| Tarifs   |', '+−−−−−−−−−+'].join('\n'));
    expect(courier.text).toBe(['', 'Tarifs', ''].join('\n'));
  });

  it('keeps a title set in a border\'s rule as the box\'s heading, on its own line', () => {
    const result = readDrawnFrames(['+-- Repères ------+', '| 800 domaines.   |', '+-----------------+', '┌─ Tarifs ─┐', '│ 2 euros. │', '└──────────┘'].join('\n'));
    expect(result.text).toBe(['Repères', '800 domaines.', '', 'Tarifs', '2 euros.', ''].join('\n'));
    expect(result.repairs.map((repair) => repair.after)).toEqual(['Repères / 800 domaines. / Tarifs / 2 euros.']);
  });

  it('takes a table\'s rule under its head for a border, and its rows\' outer bars off', () => {
    const result = readDrawnFrames(['| Produit | Prix |', '|---------|:----:|', '| Pommes  | 2 €  |'].join('\n'));
    expect(result.text).toBe(['Produit | Prix', '', 'Pommes  | 2 €'].join('\n'));
  });

  it('takes an empty frame, a picture’s place, for blank lines', () => {
    const result = readDrawnFrames(['Fin du texte.', '+--------+', '|        |', '|        |', '+--------+', 'La légende.'].join('\n'));
    expect(result.text).toBe(['Fin du texte.', '', '', '', '', 'La légende.'].join('\n'));
    expect(result.repairs[0]).toMatchObject({ reason: 'empty-frame', after: '' });
  });

  it('takes out the lone bars of a frame whose right side was read as a column of its own, so a wrapped row stays one text', () => {
    const text = ['+-----------------+', '| Ne pas sortir de', '|', '| chez soi.', '|', '+-----------------+', 'Suite.'].join('\n');
    const result = readDrawnFrames(text);
    expect(result.text).toBe(['', 'Ne pas sortir de', 'chez soi.', '', 'Suite.'].join('\n'));
    // Each line of the result stands for the lines it was read from.
    expect(result.lineNumbers).toEqual({ first: [1, 2, 4, 6, 7], last: [1, 3, 5, 6, 7] });
    expect(result.repairs[0]?.evidence).toContain('2 lines holding only the right side');
  });

  it('reads the rows of a frame cut by a page turn, one border on each page', () => {
    const text = ['+---------+', '| Un.', '|', '', '\fLe Journal  Page 2', '', '| Deux.', '|', '+---------+'].join('\n');
    const result = readDrawnFrames(text);
    expect(result.text.split('\n')).toEqual(['', 'Un.', '', '\fLe Journal  Page 2', '', 'Deux.', '']);
    expect(result.repairs).toHaveLength(2);
  });

  it('takes corners OCR read alone, without their rules, for a border', () => {
    expect(readDrawnFrames(['Fin.', '+', '', '+', 'Légende.'].join('\n')).text).toBe(['Fin.', '', '', '', 'Légende.'].join('\n'));
  });

  it('leaves a bar OCR read before a line of text alone when no border frames it, and lines that only open with a plus', () => {
    const text = ['| part, proches du smic, découragent beaucoup', 'de jeunes.', '+ 24 % sur un an.', '+04'].join('\n');
    expect(readDrawnFrames(text)).toEqual({ text, repairs: [], underPictures: new Set() });
  });

  it('gives the layout the frame’s text with no bar and its repairs on the source’s lines', () => {
    const text = [
      'Le marché reprend',
      '',
      'Les producteurs reviennent samedi sur la place, comme chaque année',
      'depuis trente ans, avec leurs fruits et leurs légumes.',
      '+---------------------------+',
      '| Ouvert de 8 h',
      '|',
      '| à 13 h.',
      '|',
      '+---------------------------+',
    ].join('\n');
    const laidOut = layoutText(text);
    const words = laidOut.result.blocks.map((block) => block.text).join(' ');
    expect(words).not.toMatch(/[|+]/u);
    expect(words).toContain('Ouvert de 8 h à 13 h.');
    expect(laidOut.result.repairs).toContainEqual(expect.objectContaining({ kind: 'drawn-frame-removed', line: 5 }));
    const opening = laidOut.result.blocks.find((block) => block.text.startsWith('Ouvert'));
    expect(opening).toMatchObject({ startLine: 6, endLine: 9 });
  });

  it('marks the line right under a picture’s empty frame, where its caption stands, and not under a lone rule', () => {
    const text = [
      'Le marché a retrouvé ses couleurs samedi.',
      '+---------------------+',
      '|                     |',
      '|                     |',
      '+---------------------+',
      'Les étals de courges, samedi matin.',
      '',
      'Les producteurs étaient une trentaine.',
      '+---------------------+',
      'La foire reprend en mai.',
    ].join('\n');
    const read = readDrawnFrames(text);
    expect([...read.underPictures]).toEqual([6]);
    expect(read.text.split('\n')[5]).toBe('Les étals de courges, samedi matin.');
  });

  it('chains the frames’ line map after the soft hyphens’ one', () => {
    // Source lines 1-2 joined into one line; then that text's line 3 taken out into its line 2.
    const outer = { first: [1, 3, 4, 5], last: [2, 3, 4, 5] };
    const inner = { first: [1, 2, 4], last: [1, 3, 4] };
    expect(composeLineNumbers(outer, inner)).toEqual({ first: [1, 3, 5], last: [2, 4, 5] });
    expect(composeLineNumbers(undefined, inner)).toBe(inner);
    expect(composeLineNumbers(outer, undefined)).toBe(outer);
  });
});
