import { describe, expect, it } from 'vitest';
import { readOffEdgeBars } from '../../src/layout/ocr-edge-bars.ts';
import { contents, pageLines } from '../support/page-lines.ts';

describe('bars read at a line\'s edge', () => {
  it('takes off a bar standing as a word at the start or end of a line of prose, recording each line', () => {
    const result = readOffEdgeBars(pageLines('| part, proches du smic, de\nlongues tiges accompagnées |\n¦ une pelle et une sonde │'));
    expect(contents(result.lines)).toEqual(['part, proches du smic, de', 'longues tiges accompagnées', 'une pelle et une sonde']);
    expect(result.repairs.map((repair) => `${repair.line} ${repair.reason}`)).toEqual(['1 bar-at-line-edge', '2 bar-at-line-edge', '3 bar-at-line-edge']);
  });

  it('takes off a colon or semicolon opening a line, or ending one after a sentence\'s stop, and leaves one after a word', () => {
    const result = readOffEdgeBars(pageLines(': vendredi et samedi. Un premier\ntexte du pôle. :\n; | qué physiquement, dit-il :\nen 2019 ;'));
    expect(contents(result.lines)).toEqual(['vendredi et samedi. Un premier', 'texte du pôle.', 'qué physiquement, dit-il :', 'en 2019 ;']);
    expect(result.repairs).toHaveLength(3);
  });

  it('keeps a colon opening a line under a line whose sentence goes on: a browser broke at the plain space before it', () => {
    const text = 'Sa pêche est strictement encadrée\n: seuls les professionnels titulaires d’une\nlicence peuvent pêcher en 2026\n; les autres sont verbalisés.';
    const result = readOffEdgeBars(pageLines(text));
    expect(contents(result.lines)).toEqual(text.split('\n'));
    expect(result.repairs).toEqual([]);
  });

  it('leaves a bar beside figures (a folio), a bar alone, and a bar between two columns', () => {
    const text = '16 |\n|\nen mars 2020 | et d’Allemagne\nmardi 3 février 2026 3 |';
    const result = readOffEdgeBars(pageLines(text));
    expect(contents(result.lines)).toEqual(text.split('\n'));
    expect(result.repairs).toEqual([]);
  });
});
