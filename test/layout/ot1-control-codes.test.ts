/**
 * TeX's OT1 font codes an extraction wrote as control characters (pypdf's reading of plain TeX),
 * read through OT1 in the text stage (`src/layout/ot1-control-codes.ts`): lines typed by hand,
 * then the plain-TeX page's pypdf text structured.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readOt1ControlCodes, showsOt1Codes } from '../../src/layout/ot1-control-codes.ts';
import { structureText } from '../../src/structure.ts';

const read = (text: string) => readOt1ControlCodes(text).text;

describe('readOt1ControlCodes: OT1 codes read where the text shows them', () => {
  it('reads the accents as their spacing glyphs, the ligatures, the dotless i and the letters', () => {
    expect(read('Le d\u0013 ebut du f\u0013 estival \u0012 a Noy\u0018 con, o\u000Eciel.')).toBe('Le d´ ebut du f´ estival ` a Noy¸ con, officiel.');
    expect(read('La s\u001Bur et l\u0013 a\u007F \u0010eule, d\u0013 e\u000Cl\u0013 e, a\u000Fuent, \u000Bet.')).toBe('La sœur et l´ a¨ ıeule, d´ efil´ e, affluent, ffet.');
  });

  it('reads the en dash between figures, the em dash between spaces and the apostrophe', () => {
    expect(read("L'\u0013 et\u0013 e de 3{4 ans | pas plus | a f\u0013 et\u0013 e.")).toBe('L’´ et´ e de 3–4 ans — pas plus — a f´ et´ e.');
  });

  it('records each line it changed as a repair', () => {
    const result = readOt1ControlCodes('Titre\nUn caf\u0013 e et un th\u0013 e.');
    expect(result.repairs).toEqual([expect.objectContaining({ kind: 'font-codes-read', line: 2, before: 'Un caf\u0013 e et un th\u0013 e.', after: 'Un caf´ e et un th´ e.' })]);
  });

  it('leaves a form feed between pages, and the text composes the accents it read', () => {
    const text = 'Le caf\u0013 e du march\u0013 e.\n12\u000CLe journal du jour.\u000C';
    expect(read(text)).toBe('Le caf´ e du march´ e.\n12\u000CLe journal du jour.\u000C');
    expect(structureText('Le caf\u0013 e du march\u0013 e a rouvert jeudi \u0012 a Lyon.\n', { fileName: 'page.pypdf.txt' }).blocks.map((block) => block.text)).toEqual([
      'Le café du marché a rouvert jeudi à Lyon.',
    ]);
  });

  it('leaves a text without the pattern as it is: guillemets passed through outside words, a lone code', () => {
    for (const text of ['Il dit : \u0013 Bonjour \u0014 et part.', 'Il dit : \u0013Un mot\u0014.', 'Une ligne\n\u007F\n31 -\n\u000C', 'Un seul d\u0013 ebut.', "L'eau et 3{4 | 5"]) {
      expect(showsOt1Codes(text)).toBe(false);
      expect(readOt1ControlCodes(text)).toEqual({ text, repairs: [] });
    }
  });
});

describe('the plain-TeX page as pypdf reads it', () => {
  it('structures to the expected text but for the euro TeX drew from a bitmap', () => {
    const text = readFileSync(new URL('../fixtures/tex-accents/plain-tex.pypdf.txt', import.meta.url), 'utf8');
    const expected = readFileSync(new URL('../fixtures/tex-accents/plain-tex.expected.txt', import.meta.url), 'utf8')
      .split(/\n\s*\n/u)
      .map((block) => block.trim().replace(/\s+/gu, ' '))
      .filter((block) => block.length > 0);
    const blocks = structureText(text, { fileName: 'plain-tex.pypdf.txt' }).blocks.map((block) => block.text);
    expect(blocks.slice(0, 4)).toEqual(expected.slice(0, 4));
    expect(blocks[4]).toBe(expected[4]!.replace('(5 € l’entrée)', '(5 ¿l’entrée)'));
  });
});
