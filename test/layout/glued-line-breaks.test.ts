import { describe, expect, it } from 'vitest';
import { lastPrintedLineWidth } from '../../src/layout/glued-line-breaks.ts';
import { printedWidth } from '../../src/layout/printed-width.ts';
import { printedLastWidth, stopsShortPrinted } from '../../src/layout/paragraph-ends.ts';
import { pageLines } from '../support/page-lines.ts';

const WIDTHS = { fullLine: 1.03, glued: 1.08 };
// A narrow column's full line (38 characters), as a justified column prints it.
const MEASURE = printedWidth('les riverains ont vu monter l’eau dans');
const NEXT = 'Les travaux commenceront en mars.';

describe('glued line breaks', () => {
  it('sets a line glued across a hyphen again at the last syllable that fits, not at the measure', () => {
    // `… une péti-` / `tion signée par les habitants.`: the first printed line ends inside `pétition`.
    const glued = 'Le comité a lancé hier soir une pétition signée par les habitants.';
    expect(lastPrintedLineWidth(glued, MEASURE, WIDTHS)).toBe(printedWidth('tion signée par les habitants.'));
    // The measure taken for the first line's end leaves the last one shorter than it printed.
    expect(printedLastWidth(printedWidth(glued), MEASURE)).toBeLessThan(printedWidth('tion signée par les habitants.'));
  });

  it('cuts a compound at its own hyphen', () => {
    // `… entre Saint-` / `Étienne et le col est fermée.`
    expect(lastPrintedLineWidth('La route départementale entre Saint-Étienne et le col est fermée.', MEASURE, WIDTHS)).toBe(printedWidth('Étienne et le col est fermée.'));
  });

  it('says nothing where no syllable can be cut before the measure', () => {
    // `l’entrepôt` cannot be cut before the measure (`l’en-` does not fit), nor can `vers`.
    expect(lastPrintedLineWidth('Les pompiers ont été appelés vers l’entrepôt de la zone artisanale.', MEASURE, WIDTHS)).toBeUndefined();
    expect(lastPrintedLineWidth('SNCF RATP CGT CFDT FO UNSA SUD CGC CFTC SNCF RATP CGT CFDT FO.', MEASURE, WIDTHS)).toBeUndefined();
    expect(lastPrintedLineWidth('Une ligne courte.', 0, WIDTHS)).toBeUndefined();
  });

  it('keeps a paragraph going after a glued line whose last printed line runs full, and ends it after one that stops short', () => {
    // `… une péti-` / `tion signée par tous les habitants.`: `Les` would not have fitted after it,
    // though it would have after the measure's worth taken off the line.
    const full = 'Le comité a lancé hier soir une pétition signée par tous les habitants.';
    const [line, next] = pageLines(`${full}\n${NEXT}`);
    expect(printedLastWidth(printedWidth(full), MEASURE) + printedWidth(' Les')).toBeLessThan(MEASURE * 0.98);
    expect(stopsShortPrinted(line!, next!, 40, MEASURE)).toBe(false);
    const [short, after] = pageLines(`Le comité a lancé hier soir une pétition signée par les riverains.\n${NEXT}`);
    expect(stopsShortPrinted(short!, after!, 38, MEASURE)).toBe(true);
  });
});
