/**
 * A typewriter face's `’` (code 0x27 drawn with quoteright) goes back to the `'` typed only when
 * the text itself was typed in ASCII (straight double quotes, no typographic quotation).
 */
import { describe, expect, it } from 'vitest';
import type { PdfFont } from '../../src/ingest/read-pdf.ts';
import { restorePdfTypedApostrophes } from '../../src/layout/pdf-typed-apostrophes.ts';

const COURIER: Record<string, PdfFont> = { f1: { name: 'Courier', bold: false, italic: false, typewriterQuotes: true } };
const TIMES: Record<string, PdfFont> = { f1: { name: 'Times-Roman', bold: false, italic: false } };

describe('restorePdfTypedApostrophes', () => {
  it('gives back the straight apostrophe of a copy quoting with straight double quotes', () => {
    const lines = ['"Nous n’irons pas", dit-il.', 'L’usine ferme.'];
    const result = restorePdfTypedApostrophes(lines, COURIER);
    expect(result.lines).toEqual(['"Nous n\'irons pas", dit-il.', "L'usine ferme."]);
    expect(result.repairs.map((repair) => [repair.line, repair.kind, repair.reason])).toEqual([
      [1, 'apostrophe-normalized', 'typewriter-copy'],
      [2, 'apostrophe-normalized', 'typewriter-copy'],
    ]);
    expect(result.repairs[0]?.evidence).toContain('Courier');
  });

  it('keeps the drawn apostrophe of a copy quoting with guillemets, though its face draws 0x27 curly', () => {
    const lines = ['« Nous n’irons pas », dit-il.', 'L’usine ferme.'];
    expect(restorePdfTypedApostrophes(lines, COURIER)).toEqual({ lines, repairs: [] });
  });

  it('gives back the straight apostrophe of a copy setting a lone hyphen for a dash, though it quotes with guillemets', () => {
    // Emacs's ps-print: the copy's `-` drawn as a minus sign, its `'` as quoteright.
    const lines = ['DIJON \u2212 L’usine ferme.', '\u2212 Nous n’irons pas, dit-il.', '« C’est fini », a-t-il ajouté.'];
    const result = restorePdfTypedApostrophes(lines, COURIER);
    expect(result.lines).toEqual(['DIJON \u2212 L\'usine ferme.', "\u2212 Nous n'irons pas, dit-il.", "« C'est fini », a-t-il ajouté."]);
    expect(result.repairs.map((repair) => repair.line)).toEqual([1, 2, 3]);
    expect(result.repairs[0]?.evidence).toContain('hyphens where dashes stand');
  });

  it('keeps the drawn apostrophe of a copy whose dashes the printer spelled out with two hyphens (a2ps), or that sets none', () => {
    const spelled = ['DIJON \u2212\u2212 L’usine ferme.', 'Les horaires - inchangés - restent affichés.'];
    expect(restorePdfTypedApostrophes(spelled, COURIER)).toEqual({ lines: spelled, repairs: [] });
    const none = ['DIJON — L’usine ferme.', 'Les salariés-actionnaires votent.'];
    expect(restorePdfTypedApostrophes(none, COURIER)).toEqual({ lines: none, repairs: [] });
  });

  it('keeps every apostrophe when no face draws 0x27 curly', () => {
    const lines = ['"Nous n’irons pas", dit-il.'];
    expect(restorePdfTypedApostrophes(lines, TIMES)).toEqual({ lines, repairs: [] });
  });
});
