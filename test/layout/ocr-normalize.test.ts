import { describe, expect, it } from 'vitest';
import { normalizeOcr } from '../../src/layout/ocr-normalize.ts';
import { contents, pageLines } from '../support/page-lines.ts';

describe('OCR conventions', () => {
  it('turns a line-end ¬ into a hyphen and expands ligatures, recording each', () => {
    const result = normalizeOcr(pageLines('La conﬁance des ﬂeuves est inﬁ¬\nnie.'));
    expect(contents(result.lines)).toEqual(['La confiance des fleuves est infi-', 'nie.']);
    expect(result.repairs.map((repair) => repair.kind)).toEqual(['ocr-hyphen-replaced', 'ligature-expanded']);
    expect(result.repairs[1]).toMatchObject({ before: 'conﬁance ﬂeuves inﬁ-', after: 'confiance fleuves infi-' });
  });

  it('makes apostrophes follow the article’s majority, never touching a quote mark', () => {
    const result = normalizeOcr(pageLines("L’usine d’Annecy et l’atelier d'Evian.\nIl dit 'non' à l’idée."));
    expect(contents(result.lines)).toEqual(['L’usine d’Annecy et l’atelier d’Evian.', "Il dit 'non' à l’idée."]);
    expect(result.repairs).toEqual([expect.objectContaining({ kind: 'apostrophe-normalized', line: 1, before: "'", after: '’' })]);
  });

  it('warns when the majority of apostrophes is too narrow to say which form the page printed', () => {
    const narrow = normalizeOcr(pageLines("L'usine d'Annecy et l'atelier d’Evian.\nL’idée du rachat."));
    expect(contents(narrow.lines)).toEqual(["L'usine d'Annecy et l'atelier d'Evian.", "L'idée du rachat."]);
    expect(narrow.warnings).toEqual([expect.objectContaining({ rule: 'layout/apostrophes-mixed', line: 1 })]);
    const decisive = normalizeOcr(pageLines("L’usine d’Annecy et l’atelier d'Evian.\nL’idée d’un rachat."));
    expect(decisive.warnings).toBeUndefined();
  });

  it('changes nothing in a clean text', () => {
    const lines = pageLines("L'usine d'Annecy ferme.");
    expect(normalizeOcr(lines)).toEqual({ lines, repairs: [] });
  });
});
