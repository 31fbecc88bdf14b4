import { describe, expect, it } from 'vitest';
import { printedWidth } from '../../src/layout/printed-width.ts';
import { estimatePrintedMeasure, stopsShort, stopsShortPrinted } from '../../src/layout/paragraph-ends.ts';
import { pageLines } from '../support/page-lines.ts';

describe('printed width', () => {
  it('weighs letters by their advance, accented letters as their base', () => {
    expect(printedWidth('mm')).toBeGreaterThan(printedWidth('iiii'));
    expect(printedWidth('é')).toBe(printedWidth('e'));
    expect(printedWidth('À')).toBe(printedWidth('A'));
    expect(printedWidth('a b')).toBe(printedWidth('a') + printedWidth(' ') + printedWidth('b'));
    expect(printedWidth('')).toBe(0);
  });

  it('sees a line of narrow letters stop short where its characters fill the column', () => {
    // Five full justified lines of ordinary text, then a paragraph's last line as long in
    // characters, but of narrow letters (i, l, t, f, r) a printed column holds more of.
    const column = [
      'Mme Wagner, maire de Maubeuge, a reçu mercredi les',
      'membres du comité d’entreprise venus demander son',
      'soutien face au projet de fermeture de leur usine',
      'de Maubeuge, où travaillent deux cents salariés.',
      'Elle a promis de saisir le ministre dès lundi matin',
      'il a dit qu’il fallait le faire, et il l’a fait lui.',
      'Le maire a aussi écrit au préfet du département.',
    ];
    const lines = pageLines(column.join('\n'));
    const width = Math.max(...column.map((line) => line.length));
    const measure = estimatePrintedMeasure(lines, width);
    expect(measure).toBeGreaterThan(0);
    // By characters the narrow line is as full as the others...
    expect(lines[5]!.content.length).toBeGreaterThanOrEqual(lines[3]!.content.length);
    expect(stopsShort(lines[5]!, lines[6], width)).toBe(false);
    // ...in print it leaves room for "Le".
    expect(stopsShortPrinted(lines[5]!, lines[6], width, measure)).toBe(true);
    // A full line of ordinary letters does not.
    expect(stopsShortPrinted(lines[0]!, lines[1], width, measure)).toBe(false);
  });
});
