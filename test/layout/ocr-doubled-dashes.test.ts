import { describe, expect, it } from 'vitest';
import { readDoubledDashes } from '../../src/layout/ocr-doubled-dashes.ts';
import { structureText } from '../../src/structure.ts';
import { pageLines } from '../support/page-lines.ts';

const contents = (lines: ReturnType<typeof pageLines>): string[] => lines.map((line) => line.content);

describe('a dash OCR read as a hyphen and a dash', () => {
  it('reads the pair standing between two words as the dash the page printed', () => {
    const read = readDoubledDashes(pageLines(['VIENNE -— Le conseil a voté « pour » mardi.', 'La séance —- longue — a duré trois heures.'].join('\n')));
    expect(contents(read.lines)).toEqual(['VIENNE — Le conseil a voté « pour » mardi.', 'La séance — longue — a duré trois heures.']);
    expect(read.repairs).toEqual([
      expect.objectContaining({ kind: 'ocr-hyphen-replaced', line: 1, before: '-—', after: '—', reason: 'dash-read-twice' }),
      expect.objectContaining({ line: 2, before: '—-', after: '—' }),
    ]);
  });

  it('reads it as a hyphen in a copy typed on a keyboard (straight double quotes, no typographic quotation)', () => {
    const read = readDoubledDashes(pageLines(['VIENNE (AFP) —- Le conseil a voté "pour" mardi soir.', 'Le maire parle d\'un "bon budget".'].join('\n')));
    expect(contents(read.lines)[0]).toBe('VIENNE (AFP) - Le conseil a voté "pour" mardi soir.');
    expect(read.repairs[0]?.after).toBe('-');
  });

  it('leaves a hyphen and a dash touching a figure (a folio’s ornament) and a compound’s hyphen alone', () => {
    const lines = pageLines(['—17-—', '19-— La Gazette du Val', 'Un après-midi — chaud — à Saint-Jean.'].join('\n'));
    const read = readDoubledDashes(lines);
    expect(contents(read.lines)).toEqual(contents(lines));
    expect(read.repairs).toEqual([]);
  });

  it('sets the dateline apart from the paragraph it opens', () => {
    // An OCR page: the paper's head on top, the folio at the foot.
    const text = [
      'Le Courrier du Lot · Sports samedi 3 mai 2026',
      'FOOTBALL',
      'Les Girondines tout près de l’accession',
      'Victorieuses samedi, les joueuses comptent six points d’avance à trois journées de la fin.',
      'LIBOURNE -— Il restait un quart d’heure à jouer quand la capitaine a repris de la tête un',
      'corner, au second poteau. Le stade s’est levé d’un bond, et les tribunes ont chanté',
      'jusqu’au coup de sifflet final.',
      'Avec cette huitième victoire de suite, le club prend six points d’avance sur son dauphin, à',
      'trois journées de la fin du championnat.',
      '12',
    ].join('\n');
    const blocks = structureText(text, { fileName: 'libourne.tesseract.txt', checkLanguage: false }).blocks;
    expect(blocks.find((block) => block.role === 'dateline')?.text).toBe('LIBOURNE —');
    expect(blocks.find((block) => block.role === 'paragraph')?.text.startsWith('Il restait un quart d’heure')).toBe(true);
  });
});
