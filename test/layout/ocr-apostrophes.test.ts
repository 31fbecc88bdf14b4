import { describe, expect, it } from 'vitest';
import { mendOcrApostrophes } from '../../src/layout/ocr-apostrophes.ts';
import { contents, pageLines } from '../support/page-lines.ts';

describe('apostrophes OCR misreads around an elision', () => {
  it('reads two apostrophe marks between letters as one, the curly one when the pair holds it', () => {
    const result = mendOcrApostrophes(pageLines("Le pont de Tain-l’'Hermitage, près d'’Aurigny, aujourd”’hui.\nL''usine ferme."));
    expect(contents(result.lines)).toEqual(['Le pont de Tain-l’Hermitage, près d’Aurigny, aujourd’hui.', "L'usine ferme."]);
    expect(result.repairs.map((repair) => `${repair.line} ${repair.before} -> ${repair.after} (${repair.reason})`)).toEqual([
      "1 ’' -> ’ (apostrophe-read-twice)",
      "1 '’ -> ’ (apostrophe-read-twice)",
      '1 ”’ -> ’ (apostrophe-read-twice)',
      "2 '' -> ' (apostrophe-read-twice)",
    ]);
  });

  it('takes out a space after an elided word, and leaves quotes and possessives', () => {
    const result = mendOcrApostrophes(pageLines("Selon l’ AFP, les élus de l’ Aveyron n’ avaient rien dit jusqu’ ici.\nLe ‘d’ final, James’ book et l'’ « autre » restent."));
    expect(contents(result.lines)).toEqual([
      'Selon l’AFP, les élus de l’Aveyron n’avaient rien dit jusqu’ici.',
      "Le ‘d’ final, James’ book et l'’ « autre » restent.",
    ]);
    expect(result.repairs.map((repair) => `${repair.before} -> ${repair.after}`)).toEqual(['l’  -> l’', 'l’  -> l’', 'n’  -> n’', 'jusqu’  -> jusqu’']);
  });
});
