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

describe('the elided l OCR misreads', () => {
  it('reads a figure 1 alone before an apostrophe and a letter as the elided l', () => {
    const result = mendOcrApostrophes(pageLines('le record de 1’ AC Melun et de 1’équipe,\nen 1’30 sur 1 500 m.'));
    expect(contents(result.lines)).toEqual(['le record de l’AC Melun et de l’équipe,', 'en 1’30 sur 1 500 m.']);
    expect(result.repairs.map((repair) => `${repair.before} -> ${repair.after} (${repair.reason})`)).toEqual(['1’  -> l’ (elided-l-read-as-one)', '1’ -> l’ (elided-l-read-as-one)']);
  });

  it('capitalises an elided l opening a sentence after a full stop in the line, not at a line’s start', () => {
    const result = mendOcrApostrophes(pageLines('fermer les volets la nuit. l’agence a tout prévu en 2026. l’an dernier aussi.'));
    expect(contents(result.lines)).toEqual(['fermer les volets la nuit. L’agence a tout prévu en 2026. L’an dernier aussi.']);
    expect(result.repairs.filter((repair) => repair.reason === 'sentence-opening-elision')).toHaveLength(2);
    // A line opening on l’: the line above may be another column's or a caption's, left as read.
    const interleaved = pageLines('recueillis l’an dernier.\n\nl’identification par puce.');
    expect(mendOcrApostrophes(interleaved).lines).toEqual(interleaved);
  });

  it('leaves a small l after an enumeration’s number, at a line’s start or after the item before', () => {
    const lines = pageLines('Trois raisons sont avancées :\n1. l’usure des pistes ;\n2. le coût ; 3. l’accès par la route.\nIls ont tout noté. l’an prochain, le 12. l’été passé.');
    const result = mendOcrApostrophes(lines);
    expect(contents(result.lines)).toEqual(['Trois raisons sont avancées :', '1. l’usure des pistes ;', '2. le coût ; 3. l’accès par la route.', 'Ils ont tout noté. L’an prochain, le 12. L’été passé.']);
    expect(result.repairs.filter((repair) => repair.reason === 'sentence-opening-elision').map((repair) => repair.line)).toEqual([4, 4]);
  });

  it('leaves a small l after an abbreviation’s capital, a question or an exclamation', () => {
    const lines = pageLines('Il a reçu M. l’abbé Roux. « Pourquoi ? l’interroge-t-elle.\nVenez ! l’encourage sa mère.');
    expect(mendOcrApostrophes(lines).lines).toEqual(lines);
  });
});
